"""A comparison takes the figure said of each period, never a sum of both nor the other period's figure."""

from __future__ import annotations

import pytest

from assistant.answer.periods import Figure, compared_answer, main_figure
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.core.schema import Answer, Citation
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

CLINIC = "青川县人民医院党总支2022—2023年党建工作总结"
CLINIC_CHUNKS = [
    make_chunk(CLINIC, "党总支下设3个党支部，现有党员58名。", ("一、基本情况",), position=0),
    make_chunk(
        CLINIC,
        "组织党员下乡义诊，2022年累计服务1300人次，2023年累计服务1800人次。",
        ("二、志愿服务",),
        position=1,
    ),
]
SCHOOL = "白沙中学党支部2023年度工作总结"
SCHOOL_CHUNKS = [
    make_chunk(SCHOOL, "支部现有党员19名，其中女党员8名。", ("一、基本情况",), position=0),
    make_chunk(SCHOOL, "全年开展党员家访62户次，2022年开展家访47户次。", ("二、联系群众",), position=1),
]


@pytest.mark.parametrize(
    ("text", "question", "figure"),
    [
        (
            "两年共服务3100人次：2022年累计服务1300人次，2023年累计服务1800人次〔1〕。",
            "甲2022年服务多少人次",
            (1300, "人次"),
        ),
        (
            "两年共服务3100人次：2022年累计服务1300人次，2023年累计服务1800人次〔1〕。",
            "甲2023年服务多少人次",
            (1800, "人次"),
        ),
        ("合计走访96户：2024年上半年走访41户；2024年下半年走访55户〔1〕。", "乙2024年下半年走访多少户", (55, "户")),
    ],
)
def test_the_figure_said_of_the_period_asked_not_the_sum_of_both(text, question, figure):
    assert main_figure(Answer(text, "count"), question) == Figure(*figure)


def test_an_answer_of_one_period_keeps_its_stated_total():
    text = "全年共开展主题党日14次：上级党委部署9次，支部自行组织5次〔1〕。"
    assert main_figure(Answer(text, "count"), "丙2024年开了几次主题党日") == Figure(14, "次")


def test_two_years_in_one_sentence_are_compared_figure_by_figure():
    answers = converse(
        Assistant(FakeSource(CLINIC_CHUNKS, SCHOOL_CHUNKS)),
        "青川县人民医院党总支2023年义诊累计服务多少人次",
        "和2022年比多了多少",
    )
    answer = answers[-1]
    assert "500人次" in answer.text, answer.text
    assert "3100" not in answer.text and "少1300" not in answer.text, answer.text
    assert answer_problems(answer) == []


def cited(text: str, quote: str, title: str = "河口社区党委2023年度工作总结") -> Answer:
    chunk = make_chunk(title, quote)
    return Answer(text, "count", [Citation(chunk.id, title, "", None, quote, chunk)])


@pytest.mark.parametrize("summed", [True, False])
def test_one_sentence_found_for_both_questions_makes_no_total_nor_level(summed):
    quote = "全年党员共查摆问题48条。"
    answers = [cited("党员共查摆问题48条〔1〕。", quote), cited("党员共查摆问题48条〔1〕。", quote)]
    text = compared_answer(["河口社区党委查摆了多少条班子问题", "河口社区党委查摆了多少条问题"], answers, summed).text
    assert "96" not in text and "合计" not in text and "持平" not in text, text


def test_two_sentences_of_one_figure_are_still_added():
    answers = [
        cited("居民议事会开展协商12次〔1〕。", "居民议事会开展协商12次。"),
        cited("楼栋议事会开展协商12次〔1〕。", "楼栋议事会开展协商12次。"),
    ]
    text = compared_answer(["河口社区居民议事会协商几次", "河口社区楼栋议事会协商几次"], answers, True).text
    assert "合计24次" in text, text
