"""An amount asked with a bare 多少: 税款入库多少 asks money, and 投资…，其中X是多少 (or 其中X呢 after it) asks a
part of the amount its whole names, so that a figure in 亿元 answers it."""

from __future__ import annotations

from assistant.answer.asked_quantity import read_asked
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

ROADS = "南溪县交通运输局党组2024年度党建工作报告"
TAX = "城关税务分局党支部2024年度工作总结"


def roads() -> FakeSource:
    sentence = "全年完成公路建设投资5.2亿元，其中农村公路提档升级2.1亿元，新改建桥梁9座。"
    return FakeSource([make_chunk(ROADS, sentence, ("二、服务中心工作",))])


def tax() -> FakeSource:
    return FakeSource([make_chunk(TAX, "全年组织税款入库8.7亿元，完成年度计划的102.3%。", ("一、主要工作",))])


def test_a_part_asked_of_an_amount_is_an_amount():
    whole, part = converse(Assistant(roads()), "交通运输局2024年公路建设投资多少？", "其中农村公路提档升级呢？")
    assert "5.2亿元" in whole.text
    assert "2.1亿元" in part.text and "5.2亿元" not in part.text
    assert answer_problems(part) == []


def test_a_tax_amount_and_its_share_of_the_plan():
    answer = Assistant(tax()).ask("城关税务分局2024年税款入库多少，完成年度计划的百分之几？")
    assert "8.7亿元" in answer.text and "102.3%" in answer.text
    assert answer_problems(answer) == []


def test_what_a_bare_figure_asks():
    assert read_asked("公路建设投资，其中农村公路是多少？").family == "money"
    assert read_asked("党员有多少名，其中女党员多少？").family == "person"
    assert read_asked("研究事项多少，其中党建的多少").family is None  # items: no amount named
    assert read_asked("客运站全年发送旅客多少万人次？").family == "person_time"
