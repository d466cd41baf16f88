"""还剩几个 when the report states no open figure: the whole (or the plan) and what was done of it, stated in one
sentence, give the remainder as their difference, with the sentence cited; asked alone and as a follow-up whose
counted turn named nothing of its own (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from assistant.answer.followup_remainders import stated_thing
from assistant.answer.pipeline import Assistant
from assistant.answer.remainders import whole_and_done
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, grounded, make_chunk

BUREAU = "云杉县自然资源局党组2024年度工作总结"
BUREAU_REPORT = [
    make_chunk(
        BUREAU, "开展耕地保护专项督查5次，排查隐患问题23个，已整改19个。全年召开党组会16次。", ("二、主要工作",)
    ),
    make_chunk(BUREAU, "计划建设党员示范岗15个，实际建成11个，开展志愿服务48场次。", ("三、党建品牌",), position=1),
]
STATION = "北岭水文站党支部2025年上半年工作总结"
STATION_REPORT = [
    make_chunk(STATION, "全年计划发展党员3名，上半年已发展2名，另有入党积极分子4名正在培养考察。", ("二、发展党员",)),
    make_chunk(STATION, "上半年开展主题党日6次，组织集中学习9次。", ("一、组织生活",), position=1),
]
STATED = [
    make_chunk(
        "东湖街道党工委2024年度工作总结",
        "排查矛盾纠纷40件，已化解完成33件，剩余7件正在推进。",
        ("三、平安建设",),
    )
]


def ask(chunks: list, question: str):
    return grounded(Assistant(FakeSource(chunks)).ask(question))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "left", "worked"),
    [
        ("云杉县自然资源局排查隐患问题还剩几个没整改", "还剩4个", "23个－19个"),
        ("云杉县自然资源局党员示范岗还剩几个没建", "还剩4个", "15个－11个"),
        ("北岭水文站全年计划发展党员还剩几名", "还剩1名", "3名－2名"),
        ("北岭水文站全年计划发展党员，还剩几个", "还剩1名", "3名－2名"),
    ],
)
def test_the_remainder_is_the_whole_less_what_was_done(question, left, worked):
    chunks = BUREAU_REPORT if question.startswith("云杉") else STATION_REPORT
    answer = ask(chunks, question)
    assert not answer.refused and left in answer.text and worked in answer.text and "〔1〕" in answer.text


def test_a_stated_remainder_is_answered_as_stated():
    answer = ask(STATED, "东湖街道矛盾纠纷还剩几件没化解")
    assert "7件" in answer.text and "－" not in answer.text


def test_no_remainder_without_a_done_figure():
    """组织集中学习9次 states no plan nor a whole it was done of: nothing is left over to compute."""
    answer = ask(STATION_REPORT, "北岭水文站集中学习还剩几次没开")
    assert answer.refused or "还剩" not in answer.text


def test_whole_and_done_pairs():
    said = {f.value_text: f for f in extract_facts(BUREAU_REPORT[0]) + extract_facts(BUREAU_REPORT[1])}
    assert [f.value_text for f in whole_and_done(said["23个"])] == ["23个", "19个"]
    assert [f.value_text for f in whole_and_done(said["11个"])] == ["15个", "11个"]
    assert whole_and_done(said["16次"]) is None
    stated = {f.value_text: f for f in extract_facts(STATED[0])}
    assert whole_and_done(stated["40件"]) is None  # 剩余7件: stated, never computed


@pytest.mark.parametrize(
    ("turns", "left"),
    [
        (("云杉县自然资源局计划建设党员示范岗多少个", "实际建成了几个", "还剩几个没建"), "还剩4个"),
        (("北岭水文站2025年上半年发展了谁", "全年计划几名", "还剩几个"), "还剩1名"),
        (("云杉县自然资源局排查隐患问题多少个", "还剩几个没整改"), "还剩4个"),
    ],
)
def test_a_remainder_asked_as_a_follow_up(turns, left):
    answers = converse(Assistant(FakeSource(BUREAU_REPORT, STATION_REPORT)), *turns)
    assert left in grounded(answers[-1]).text


@pytest.mark.parametrize(
    ("answer", "thing"),
    [
        ("全年计划发展党员2名〔1〕。", "发展党员"),
        ("上半年开展主题党日6次〔1〕。", "开展主题党日"),
        ("党员大会3次、支委会7次〔1〕。", ""),
    ],
)
def test_the_thing_a_short_answer_counted(answer, thing):
    assert stated_thing(answer) == thing


def test_the_remainder_follow_up_names_what_the_thin_turn_counted():
    """全年计划几名 names no thing: 还剩几个 after it asks of what its answer counted (发展党员)."""
    route = understood(
        ("北岭水文站2025年上半年发展了谁", "全年计划发展党员3名，上半年已发展2名〔1〕。"),
        ("全年计划几名", "全年计划发展党员3名〔1〕。"),
        "还剩几个",
    )
    assert "发展党员" in route.question and "还剩" in route.question
