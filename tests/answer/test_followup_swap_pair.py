"""X换成Y呢: Y replaces X in the turn that asked of X; a regulation's answer that spoke of X is asked of Y
(documents and wordings of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.question import slots_of
from tests.answer.conversation_fixtures import understood as understood_with

COVERED = {"柳溪镇卫生院": ("2024年上半年", "2024年"), "南湖水务公司": ("2023年", "2024年")}
known = Organisations(
    lambda text: next((n for n in COVERED if text.startswith(n)), ""),
    lambda organisation, period: period in COVERED.get(organisation, (period,)),
)


def understood(*turns: str | tuple[str, str]) -> str:
    """The last turn's question; a (question, answer) pair gives the answer said to a turn."""
    return understood_with(*turns, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("柳溪镇卫生院2024年开展义诊多少次", "义诊换成健康讲座呢"), "柳溪镇卫生院2024年开展健康讲座多少次"),
        (
            ("南湖水务公司2023年女职工有多少名", "那发展党员几名", "把女职工改成青年职工呢"),
            "南湖水务公司2023年青年职工有多少名",
        ),
    ],
)
def test_the_words_replaced_in_the_turn_that_said_them(turns, expected):
    assert understood(*turns).startswith(expected)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (("监督条例第五条讲的啥", "第五条　监督的内容包括下列职责：（一）……〔1〕"), "职责换成义务呢"),
            "关于义务是怎么规定的",
        ),
        (
            (
                ("《村务公开办法（2019年修订）》一共几项", "第八条　公开的事项包括下列内容：（一）……〔1〕"),
                "内容换成程序呢",
            ),
            "《村务公开办法（2019年修订）》关于程序是怎么规定的",
        ),
    ],
)
def test_a_regulations_topic_said_by_its_answer_is_swapped(turns, expected):
    question = understood(*turns)
    assert expected in question and not slots_of(question).period


@pytest.mark.parametrize(
    "question",
    ["《村务公开办法（2019年修订）》一共几项", "《干部培训规定（2015年修改）》第三条讲的啥"],
)
def test_a_revision_year_in_a_regulations_name_is_no_period(question):
    assert slots_of(question).period == ""


def test_a_period_outside_the_name_is_still_read():
    assert slots_of("2024年《村务公开办法（2019年修订）》执行了几次").period == "2024年"


def test_a_reports_title_keeps_its_period():
    assert slots_of("《青松水厂党支部2024年党建工作总结》里志愿服务开展了几次").period == "2024年"


@pytest.mark.parametrize("turn", ["办公室支部书记换成谁了", "站长改成什么人了", "考核办法改为啥了"])
def test_asking_what_replaced_it_is_no_swap_of_words(turn):
    question = understood("柳溪镇卫生院2024年开展义诊多少次", turn)
    assert "义诊" not in question and "谁了" not in question.replace(turn, ""), question
