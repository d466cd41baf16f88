"""Whether a figure met its plan (达到年度目标没有 / 达标了吗: both figures cited and the verdict), a 其中 part
asked after the turn that gave its whole (the part alone), and a turn naming the whole's act after a turn about
a part's requirement (the part not carried)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.plan_met import met_questions
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

PLAN = "南岭县医保局机关党委2025年党建工作要点"
PLAN_DOC = [
    make_chunk(PLAN, "4. 医保线上办理率达到85%以上，群众满意度保持在95%以上。", ("二、服务提升",), position=0),
    make_chunk(PLAN, "5. 投诉件数控制在30件以内。", ("二、服务提升",), position=1),
]
HALF = "南岭县医保局机关党委2025年上半年党建工作报告"
HALF_DOC = [
    make_chunk(
        HALF,
        "上半年办理医保业务5200件，其中线上办理4524件，医保线上办理率87%。",
        ("一、上半年主要工作",),
        position=0,
    ),
    make_chunk(HALF, "上半年收到投诉42件，均已办结。", ("一、上半年主要工作",), position=1),
]
YEAR = "南岭县医保局机关党委2024年度党建工作总结"
YEAR_DOC = [
    make_chunk(
        YEAR,
        "全年开展党员培训9期，其中线上培训4期；全年组织志愿服务31次，其中医保政策宣讲13次；"
        "局党组理论学习中心组全年开展集体学习14次，其中专题研讨6次。",
        ("一、主要工作",),
        position=0,
    ),
    make_chunk(
        YEAR,
        "2025年，全年开展党员培训不少于10期，其中线上培训不少于5期；中心组集体学习不少于12次，其中专题研讨不少于5次。",
        ("二、2025年工作打算",),
        position=1,
    ),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(PLAN_DOC, HALF_DOC, YEAR_DOC))


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("医保线上办理率达到今年要点的要求没有？", True),
        ("线上办理率完成年度目标了吗", True),
        ("群众满意度达标了没有？", True),
        ("达到要求没有？", False),
        ("线上办理率是多少？", False),
        ("要点的要求是多少？", False),
    ],
)
def test_whether_a_plan_was_met_is_asked_yes_or_no(text, asked):
    assert (met_questions(text) is not None) is asked


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("医保局医保线上办理率达到今年要点的要求没有？", "已达到"),
        ("医保局线上办理率完成年度目标了吗", "已达到"),
        ("医保局收到投诉件数达标了没有？", "未达到"),
    ],
)
def test_the_figure_done_is_set_against_the_plan_and_judged(assistant, question, verdict):
    answer = assistant.ask(question)
    assert verdict in answer.text, answer.text
    if verdict == "已达到":
        assert "87%" in answer.text and "85%" in answer.text, answer.text
    else:
        assert "42件" in answer.text and "30件" in answer.text, answer.text
    assert answer_problems(answer) == []


@pytest.mark.parametrize(
    ("turns", "part", "whole"),
    [
        (("医保局2024年开展了几期党员培训", "其中线上培训搞了几期"), "4期", "9期"),
        (("医保局2024年组织了几次志愿服务", "其中医保政策宣讲搞了几次"), "13次", "31次"),
    ],
)
def test_a_part_after_its_whole_is_answered_alone(assistant, turns, part, whole):
    last = converse(assistant, *turns)[-1]
    assert part in last.text and whole not in last.text, last.text
    assert answer_problems(last) == []


@pytest.mark.parametrize("asked", ["2024年实际学了几次？", "2024年实际学了多少次？", "去年一共学了几次？"])
def test_the_whole_act_after_a_part_requirement_drops_the_part(assistant, asked):
    answers = converse(
        assistant,
        "医保局中心组2024年学了几次",
        "其中专题研讨几次？",
        "2025年要求不少于几次？",
        "专题研讨的要求呢",
        asked,
    )
    assert "14次" in answers[-1].text and "6次" not in answers[-1].text, answers[-1].text
