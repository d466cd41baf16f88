"""A branch named after a period (税务局今年上半年纳税服务党支部): the period is no part of its name, so a figure
of all branches answers nothing of it; words after a period that say what happened (最早改选) name no branch."""

from __future__ import annotations

import pytest

from assistant.answer.branch_units import sub_unit
from tests.answer.support import FakeSource, ask_source, make_chunk

BUREAU = "青岚县税务局机关党委2025年上半年党建工作报告"
SOURCE = FakeSource(
    [
        make_chunk(BUREAU, "上半年，各党支部召开支委会19次、党员大会7次，开展主题党日12次。纳税服务党支部、稽查党支部开展“税宣进企业”活动5场。", ("一、组织建设",)),
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("税务局今年上半年纳税服务党支部开了几次支委会", "服务"),
        ("税务局去年下半年稽查党支部有多少党员", "稽查"),
        ("税务局今年上半年离退休党支部开了几次党员大会", "离退休"),
        ("设计院2022年最早改选党支部是哪个", ""),
        ("税务局去年新成立党支部有几个党员", ""),
        ("税务局2024年开了几次党支部会", ""),
    ],
)
def test_the_branch_named_after_a_period(question, unit):
    assert sub_unit(question) == unit


@pytest.mark.parametrize(
    "question", ["税务局今年上半年纳税服务党支部开了几次支委会", "税务局今年上半年稽查党支部开了几次党员大会"]
)
def test_all_branches_figure_is_no_branchs(question):
    answer = ask_source(SOURCE, question)
    assert "19次" not in answer.text and "7次" not in answer.text, answer.text
