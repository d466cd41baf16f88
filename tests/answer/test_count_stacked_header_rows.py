"""Rows of a table under a stacked header (“三会一课”开展情况 over 党员大会 / 支委会…) are rows, their 合计 row a
total: 一共 is that row, never the rows and the total added together."""

from __future__ import annotations

import pytest

from assistant.answer.fact_cells import row_label
from tests.answer.support import FakeSource, ask_source, make_chunk

INSTITUTE = "南岭市林业科学研究院党委2024年度党建工作总结"
INSTITUTE_ROWS = """三是严格落实“三会一课”制度，各支部全年开展情况如下表。
机关党支部：党员数19名，“三会一课”开展情况党员大会4次，“三会一课”开展情况支委会12次，“三会一课”开展情况党课3次，主题党日12次。
营林研究所党支部：党员数23名，“三会一课”开展情况党员大会4次，“三会一课”开展情况支委会13次，“三会一课”开展情况党课4次，主题党日12次。
森保研究所党支部：党员数21名，“三会一课”开展情况党员大会5次，“三会一课”开展情况支委会12次，“三会一课”开展情况党课3次，主题党日12次。
离退休干部党支部：党员数30名，“三会一课”开展情况党员大会2次，“三会一课”开展情况支委会6次，“三会一课”开展情况党课2次，主题党日10次。
合计：党员数93名，“三会一课”开展情况党员大会15次，“三会一课”开展情况支委会43次，“三会一课”开展情况党课12次，主题党日46次。"""
HOSPITAL = "东川县中医院党总支2024年度党建工作总结"
HOSPITAL_ROWS = """各支部志愿服务情况见下表。
内科党支部：志愿服务开展情况义诊场次8场，志愿服务开展情况健康讲座场次5场。
外科党支部：志愿服务开展情况义诊场次6场，志愿服务开展情况健康讲座场次5场。
合计：志愿服务开展情况义诊场次14场，志愿服务开展情况健康讲座场次10场。"""
SOURCE = FakeSource(
    [
        make_chunk(INSTITUTE, "院党委现有党员93名。", ("一、基本情况",)),
        make_chunk(INSTITUTE, INSTITUTE_ROWS, ("二、主要工作",), position=1),
    ],
    [
        make_chunk(HOSPITAL, "党总支现有党员41名。", ("一、基本情况",)),
        make_chunk(HOSPITAL, HOSPITAL_ROWS, ("二、志愿服务",), position=1),
    ],
)


@pytest.mark.parametrize(
    ("question", "total", "summed"),
    [
        ("林科院去年各支部支委会一共开了多少次", "43次", "86"),
        ("林科院各支部一共开了多少次支委会", "43次", "86"),
        ("中医院去年各支部一共搞了多少场义诊", "14场", "28"),
    ],
)
def test_the_total_row_under_a_stacked_header_is_the_total(question, total, summed):
    answer = ask_source(SOURCE, question)
    assert total in answer.text and summed not in answer.text, answer.text


def test_cells_repeating_an_upper_header_are_a_row():
    assert (
        row_label(
            "合计：党员数93名，“三会一课”开展情况党员大会15次，“三会一课”开展情况支委会43次，“三会一课”开展情况党课12次。"
        )
        == "合计"
    )
