"""Those dealt with (处理/约谈/问责) are counted in 人次: 处理了几个 / 约谈了多少人 is answered by a figure in 人次."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

SCIENCE = "青石县科协机关党支部2024年度党建工作总结"
SCIENCE_DOC = [
    make_chunk(
        SCIENCE,
        "全年运用监督执纪第一种形态处理6人次，其中诫勉谈话2人次、批评教育4人次。",
        ("三、全面从严治党",),
    ),
]
WATER = "东渠水务集团纪委2024年度工作报告"
WATER_DOC = [
    make_chunk(WATER, "全年约谈提醒中层干部17人次；开展廉政教育讲座5场。", ("二、监督执纪",)),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(SCIENCE_DOC, WATER_DOC)


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("青石县科协去年第一种形态处理了几个", ["6人次"]),
        ("青石县科协2024年第一种形态处理了多少人", ["6人次"]),
        ("东渠水务集团纪委2024年约谈提醒了几个中层干部", ["17人次"]),
    ],
)
def test_those_dealt_with_are_counted_in_person_times(source, question, figures):
    answer = ask_source(source, question)
    assert all(f in answer.text for f in figures) and not answer.refused, answer.text
