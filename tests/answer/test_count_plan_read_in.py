"""A plan named as where a figure is read (今年要点里… / 方案中…) and a figure asked as what was set (定的多少):
both ask the plan's figure; 要点里 is no whole a part is asked of."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.whole_parts import part_asked_at
from tests.answer.support import FakeSource, ask_source, make_chunk

PLAN = "青石县科协机关党支部2025年党建工作要点"
PLAN_DOC = [
    make_chunk(
        PLAN,
        "全年组织科普志愿服务活动80场，其中科普进校园不少于35场。全年发展党员2名。",
        ("一、加强政治建设",),
    ),
]
SUMMARY = "青石县科协机关党支部2024年度党建工作总结"
SUMMARY_DOC = [
    make_chunk(SUMMARY, "全年组织科普志愿服务活动64场，其中科普进校园29场。", ("一、主要工作",)),
]
WORKS = "白沙镇卫生院党支部2025年工作方案"
WORKS_DOC = [
    make_chunk(WORKS, "全年开展义诊活动24次，其中进村义诊不少于15次；培训乡村医生120人次。", ("二、重点任务",)),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(PLAN_DOC, SUMMARY_DOC, WORKS_DOC)


@pytest.mark.parametrize(
    "question",
    ["青石县科协2025年要点里科普进校园定的多少场", "白沙镇卫生院2025年方案中进村义诊定了几次"],
)
def test_a_plan_read_in_is_asked_and_is_no_whole(question):
    assert read_asked(question).plan
    assert part_asked_at(question) is None
    assert "要点" not in read_asked(question).words and "方案" not in read_asked(question).words


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("青石县科协2025年要点里科普进校园定的多少场", "35场", "29场"),
        ("青石县科协2025年要点里科普志愿服务活动多少场", "80场", "64场"),
        ("白沙镇卫生院2025年方案中进村义诊定了几次", "15次", "24次"),
    ],
)
def test_the_plan_read_in_answers(source, question, figure, other):
    answer = ask_source(source, question)
    assert figure in answer.text and other not in answer.text and not answer.refused, answer.text
