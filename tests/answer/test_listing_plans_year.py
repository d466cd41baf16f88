"""“2025年打算做哪些工作”: the plans whose heading states that year (the 2024 report's 2025年工作打算),
not the 下半年工作打算 of a 2025 half-year report that fits the question's other words as well."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk


def reports(org: str, annual: str, half: str) -> list:
    """An annual report with next year's plans, and a half-year report of that next year with its own."""
    return [
        [
            make_chunk(f"{org}2024年度工作总结", f"{org}全年开展主题党日12次。", ("一、主要工作",)),
            make_chunk(f"{org}2024年度工作总结", annual, ("五、2025年工作打算",), position=1),
        ],
        [
            make_chunk(f"{org}2025年上半年工作总结", f"{org}上半年开展主题党日6次。", ("一、主要工作",)),
            make_chunk(f"{org}2025年上半年工作总结", half, ("四、下半年工作打算",), position=1),
        ],
    ]


@pytest.mark.parametrize(
    ("org", "annual", "half", "question"),
    [
        (
            "青柳镇农技站党支部",
            "一是深化理论学习，全年集中学习不少于12次；二是建强支部班子；三是打造“田间党课”品牌。",
            "一是办好秋季农技培训；二是做好年度考核准备；三是完成党费收缴核对。",
            "青柳镇农技站党支部2025年计划抓哪些方面的工作",
        ),
        (
            "东泉区税务局机关党委",
            "一是推进模范机关创建；二是加强青年干部培养；三是深化“税暖东泉”服务品牌。",
            "一是开展下半年廉政谈话；二是组织年度述职准备；三是整理上半年档案。",
            "东泉区税务局机关党委2025年有哪些工作打算？",
        ),
    ],
)
def test_plans_of_the_year_asked_come_from_the_heading_that_states_it(org, annual, half, question):
    answer = ask_source(FakeSource(*reports(org, annual, half)), question)
    first_plan = annual.split("；")[0][2:]
    assert first_plan[:6] in answer.text, answer.text
    assert half.split("；")[0][2:8] not in answer.text


def test_the_half_year_plans_when_the_half_is_asked():
    org = "青柳镇农技站党支部"
    source = FakeSource(
        *reports(org, "一是深化理论学习；二是建强支部班子。", "一是办好秋季农技培训；二是做好年度考核准备。")
    )
    answer = ask_source(source, "青柳镇农技站党支部2025年下半年打算做哪些工作")
    assert "秋季农技培训" in answer.text and "建强支部班子" not in answer.text
