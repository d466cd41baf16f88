"""A count asked of a named person (张建国讲了几次党课) that no passage gives is refused without a related
passage of the organisation's own figure, which would pass for the person's, even when the report names
the person elsewhere."""

from __future__ import annotations

import pytest

from assistant.answer.fallback import related_counts_asked
from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "中共青屿市图书馆支部委员会2025年上半年党建工作报告"
SOURCE = FakeSource(
    [
        make_chunk(TITLE, "上半年召开支部党员大会4次、支委会8次，讲党课7场。", ("一、组织生活",)),
        make_chunk(TITLE, "开展志愿服务活动12次，服务读者3600人次。", ("二、服务群众",), position=1),
        make_chunk(
            TITLE,
            "| 党小组 | 组长 |\n| --- | --- |\n| 采编党小组 | 张建国 |\n| 借阅党小组 | 刘志强 |\n| 典藏党小组 | 周海燕 |",
            ("三、党小组设置",),
            position=2,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("张建国今年上半年讲了几次党课？", "7场"),
        ("刘志强上半年讲了多少次党课", "7场"),
        ("周海燕上半年参加了几次志愿服务活动", "12次"),
    ],
)
def test_a_persons_count_shows_no_figure_of_the_organisation(question, figure):
    answer = ask_source(SOURCE, question)
    assert answer.refused and figure not in answer.text, answer.text


def test_the_organisations_count_is_still_answered():
    assert "7场" in ask_source(SOURCE, "图书馆支部上半年讲了几次党课").text


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("张建国今年上半年讲了几次党课？", "上半年各支部召开支部党员大会4次，讲党课7场。"),
        ("刘志强去年讲了多少次党课", "全年讲党课15场，开展主题党日12次。"),
    ],
)
def test_a_passage_never_naming_the_person_asked_is_no_related_passage(question, passage):
    assert not related_counts_asked(question, passage)
    assert related_counts_asked(question, passage.replace("讲党课", question[:3] + "讲党课"))
