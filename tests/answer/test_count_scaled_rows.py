"""Table rows whose label states a scale or a rate with the measure word (供水量（万吨）, 客流（万人次）,
合格率（%）) measure their bare cells; a column named by its year alone (2023年5210) is that year's."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from assistant.core.schema import Period
from assistant.ingest.profiles import build_profile
from tests.answer.support import FakeSource, ask_source, make_chunk

WATER = "东湖区自来水公司党委2024年度党建工作总结"
TABLE = (
    "供水生产主要指标见下表。\n"
    "供水量（万吨）：2023年5210，2024年完成5480，2024年同比为+5.2%。\n"
    "水质合格率（%）：2023年99.2，2024年完成99.6，2024年同比为+0.4个百分点。\n"
    "热线服务（万人次）：2023年18，2024年完成21，2024年同比为+16.7%。\n"
    "公众号关注（万）：2023年7，2024年完成9。"
)
WATER_DOC = [make_chunk(WATER, TABLE, ("三、服务保障",), position=0)]


def test_a_scale_in_the_label_scales_the_bare_cells():
    facts = {(f.row, f.number_text): f for f in extract_facts(WATER_DOC[0])}
    served = facts[("热线服务（万人次）", "21万")]
    assert (served.number, served.unit, served.family) == (210_000, "人次", "person_time")
    assert facts[("水质合格率（%）", "99.2")].family == "percent"
    assert facts[("公众号关注（万）", "9万")].number == 90_000
    assert ("供水量（万吨）", "5210万") in facts  # the column named by its year alone is read


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("自来水公司2024年供水量多少万吨？", "5480", "5210"),
        ("东湖区自来水公司去年水质合格率是多少", "99.6", "99.2"),
        ("自来水公司2024年热线服务了多少人次", "21", "18万"),
    ],
)
def test_scaled_rows_answer_their_figures(question, figure, not_figure):
    answer = ask_source(FakeSource(WATER_DOC), question)
    assert figure in answer.text and not answer.refused, answer.text
    assert not_figure not in answer.text, answer.text


def test_a_column_named_by_its_year_alone_recalls_that_year():
    text = f"{WATER}\n{TABLE}\n全年召开党委会12次，2023年12月完成换届。"
    profile = build_profile(WATER, text, "report", f"{WATER}.txt")
    assert Period(2023) in profile.recalled
    dated = build_profile(WATER, f"{WATER}\n2023年12月完成换届。", "report", f"{WATER}.txt")
    assert Period(2023) not in dated.recalled  # a date is no figure of that year


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("自来水公司2024年热线服务了多少人次", "21万人次"),
        ("自来水公司2024年公众号关注有多少", "9万"),
        ("东湖区自来水公司2024年水质合格率是多少", "99.6%"),
    ],
)
def test_a_bare_cell_is_said_with_its_rows_scale(question, said):
    answer = ask_source(FakeSource(WATER_DOC), question)
    assert said in answer.text, answer.text
