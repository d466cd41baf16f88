"""A report titled after what it is about (…组织生活会…的报告): the title says whose figures they are, not what
each counts. 开了几次组织生活会 is answered only by a figure of those meetings, never by any 次 in the report;
and 组织 of 组织生活会 is not said by 组织委员."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

MEETINGS = "中共东湖街道第三社区委员会关于2024年度组织生活会召开情况的报告"
LESSONS = "红星机械厂党支部2024年党课工作总结"
SOURCE = FakeSource(
    [
        make_chunk(MEETINGS, "会上，社区党委班子共查摆问题7条，党员个人查摆问题40条。", ("二、查摆问题情况",)),
        make_chunk(
            MEETINGS,
            "整改措施：由组织委员每月检查1次学习记录；组织党员集中学习6次。",
            ("三、整改措施",),
            position=1,
        ),
    ],
    [
        make_chunk(LESSONS, "全年支部书记讲党课4次，邀请专家讲党课2次。", ("一、党课开展情况",)),
        make_chunk(LESSONS, "组织委员参加上级培训3次。", ("二、其他工作",), position=1),
    ],
)


@pytest.mark.parametrize("question", ["第三社区党委2024年开了几次组织生活会", "东湖第三社区党委组织生活会开了几次？"])
def test_the_topic_in_the_title_is_no_figure_of_it(question):
    answer = ask_source(SOURCE, question)
    head = answer.text.split("\n")[0]  # a refusal or a quotation may show the sentences after it, as such
    assert "1次" not in head and "6次" not in head, answer.text


def test_a_figure_of_the_topic_still_answers():
    answer = ask_source(SOURCE, "第三社区党委组织生活会上班子查摆了多少问题")
    assert not answer.refused and "7条" in answer.text, answer.text


@pytest.mark.parametrize("question", ["红星机械厂党支部讲了几次党课", "红星机械厂党支部2024年一共讲了多少次党课"])
def test_a_report_on_lessons_counts_only_lessons(question):
    answer = ask_source(SOURCE, question)
    assert "6次" in answer.text and "3次" not in answer.text, answer.text


def test_a_role_asked_alone_and_inside_another_is_both():
    answer = ask_source(SOURCE, "红星机械厂党支部书记和专家加起来讲了几次党课")
    assert "6次" in answer.text, answer.text
