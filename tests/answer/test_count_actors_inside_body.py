"""A figure naming who acted (a post, a person) is part of one beside it that names nobody: the body's own
讲党课5次 already holds its secretary's 讲党课3次, so they are never added; figures naming actors each still add."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

WATER = "青岚县水务局机关党支部2024年度党建工作总结"
WATER_CHUNKS = [
    make_chunk(WATER, "全年召开党员大会4次、支委会11次，讲党课5次，开展主题党日12次。支部书记郑启航讲党课3次。", ("二、主要工作",), position=0),
]  # fmt: skip
FOREST = "青岚县林业站党委2024年度党建工作总结"
FOREST_CHUNKS = [
    make_chunk(FOREST, "全年组织专题调研7次，开展走访慰问21次，其中党委书记岳明川带队走访6次。", ("一、调查研究",), position=0),
    make_chunk(FOREST, "各党支部书记讲党课8次，邀请县委党校教师讲党课1次。", ("二、基层组织",), position=1),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(WATER_CHUNKS, FOREST_CHUNKS)


@pytest.mark.parametrize(
    "question",
    ["水务局机关支部一共讲了几次党课？", "水务局机关党支部2024年讲了多少次党课", "水务局机关支部全年上了几次党课"],
)
def test_the_secretarys_figure_is_not_added_to_the_bodys(source, question):
    answer = ask_source(source, question)
    assert "5次" in answer.text and "8次" not in answer.text and answer.derived_numbers == set(), answer.text


def test_figures_naming_actors_each_still_add(source):
    answer = ask_source(source, "林业站党委一共讲了几次党课")
    assert "共9次" in answer.text, answer.text


def test_a_secretarys_part_is_no_addend(source):
    answer = ask_source(source, "林业站党委全年走访慰问了多少次")
    assert "21次" in answer.text and "27次" not in answer.text, answer.text
