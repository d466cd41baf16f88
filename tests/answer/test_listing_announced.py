"""A list asked of the things a paragraph announces (确定民生实事项目6项……主要包括：A，B，C): its clauses are the
items, and that paragraph answers, not another paragraph of the same section that names the things only by
the section's heading."""

from __future__ import annotations

import pytest

from assistant.answer.listing_items import announced_items
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source, index_like

VILLAGE = "桃源村党委2024年度党建工作总结"
VILLAGE_TEXT = f"""{VILLAGE}
一、加强理论武装
村党委全年组织集中学习12次。
二、用心办好民生实事，村民获得感不断增强
村党委确定民生实事项目6项，年底前已全部完成。主要包括：硬化村组道路3.2公里，新建文化广场1个，改造危房14户，安装太阳能路灯86盏。
在服务村民中，村党委注重发挥党员作用，组建党员先锋队3支，开展清洁家园、关爱老人、防诈宣传等活动28场次，服务村民900余人次。
"""
SCHOOL = "青梧中学党总支2024年工作总结"
SCHOOL_TEXT = f"""{SCHOOL}
一、党建引领教育教学
党总支把支部建在教研组上，推动党建和业务深度融合。
二、关爱学生暖心工程
党总支确定暖心工程项目4项，具体包括：开设课后托管班12个，资助困难学生37名，建成心理辅导室1间，组织教师家访420人次。
党员教师在暖心工程中带头承担任务，党员先锋岗覆盖全部年级组，学生和家长满意度达到97%。
"""


@pytest.fixture
def source() -> FakeSource:
    return index_like(FakeSource(chunks_of(VILLAGE, VILLAGE_TEXT), chunks_of(SCHOOL, SCHOOL_TEXT)))


def test_the_clauses_after_an_announcing_colon_are_items():
    assert announced_items("主要包括：硬化道路3.2公里，新建广场1个，改造危房14户等。") == [
        "硬化道路3.2公里",
        "新建广场1个",
        "改造危房14户等",
    ]
    assert announced_items("村党委全年组织集中学习12次。") == []


@pytest.mark.parametrize(
    ("question", "items", "other"),
    [
        ("桃源村给村民办的实事主要都有哪些", ("村组道路", "文化广场", "危房", "路灯"), "先锋队"),
        ("青梧中学暖心工程项目都有哪些", ("托管班", "困难学生", "心理辅导室", "家访"), "先锋岗"),
    ],
)
def test_the_announced_items_are_listed(source, question, items, other):
    answer = ask_source(source, question)
    assert all(item in answer.text for item in items), answer.text
    assert other not in answer.text
