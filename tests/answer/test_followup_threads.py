"""Follow-ups that keep the thread of a conversation (documents and wordings of our own): the whole after a
branch named in a later clause or by 全社, a sibling branch said by its own name alone, an activity swapped in,
the lectures a secretary gave himself, a 其中 part of a count in 人次, and last year's figure after a half's plan."""

from __future__ import annotations

import re

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.routing import understand

KNOWN = ("林业局", "档案馆", "青禾出版社", "东湖报社")
# only this year's halves have reports; earlier years have their annual reports alone
known = Organisations(
    lambda text: next((n for n in KNOWN if text.startswith(n)), ""),
    lambda organisation, period: not re.search(r"(?:去年|前年|20\d\d年)[上下]半年", period),
)


def understood(*turns: str, refused: tuple[int, ...] = ()) -> str:
    history: list[dict] = []
    for n, question in enumerate(turns[:-1]):
        answer = "知识库中没有找到能回答这个问题的内容。" if n in refused else "（回答）〔1〕"
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return understand(turns[-1], history, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the branch named after the table, in a later clause, is no part of the bureau's total; 一共 where it stood
            ("林业局2023年那张活动统计表里，护林党支部主题党日开了几次？", "换成苗圃党支部的呢？", "全局一共呢？"),
            "林业局2023年那张活动统计表里，一共主题党日开了几次？",
        ),
        (
            ("档案馆2024年的考核表里，征集党支部开了几次支委会？", "全馆一共呢？"),
            "档案馆2024年的考核表里，一共开了几次支委会？",
        ),
        (  # 全社: the press its branches belong to
            ("青禾出版社校对党支部主题党日搞了几次？", "全社一共多少次？"),
            "青禾出版社一共主题党日搞了几次？",
        ),
        (  # a branch's figure the documents lack still says what the whole adds up
            ("东湖报社采编党支部有多少党员？", "他们搞了几个课题攻关项目？", "全社一共多少项？"),
            "东湖报社一共搞了几个课题攻关项目？",
        ),
    ],
)
def test_the_whole_after_a_branch(turns, expected):
    assert understood(*turns, refused=(1,)) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("青禾出版社校对党支部主题党日搞了几次？", "印务的呢？"),
            "青禾出版社印务党支部主题党日搞了几次？",
        ),
        (
            ("林业局机关第一党支部2023年讲了几场党课？", "森林防火的呢？"),
            "林业局机关森林防火党支部2023年讲了几场党课？",
        ),
        (
            ("东湖报社2024年的表里，新媒体党支部开了几次主题党日？", "离退休的呢？"),
            "东湖报社2024年的表里，离退休党支部开了几次主题党日？",
        ),
    ],
)
def test_a_sibling_branch_said_by_its_own_name(turns, expected):
    assert understood(*turns) == expected


def test_a_modifier_of_people_is_still_a_part_of_them():
    assert "女" in understood("青禾出版社校对党支部有多少党员？", "女的呢？")
    assert "女党支部" not in understood("青禾出版社校对党支部有多少党员？", "女的呢？")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("林业局2023年度组织生活会上一共提了多少条批评意见？", "会前征求了多少条意见建议？", "谈心谈话呢？"),
            "林业局2023年度组织生活会谈心谈话有多少？",
        ),
        (("档案馆2024年收集了多少份测评表？", "志愿服务呢？"), "档案馆2024年志愿服务有多少？"),
        (("东湖报社2024年收到多少条读者意见？", "那谈话提醒呢？"), "东湖报社2024年谈话提醒有多少？"),
    ],
)
def test_an_activity_swapped_in_is_counted_on_its_own(turns, expected):
    assert understood(*turns) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("林业局2023年各支部一共讲了多少场党课？", "书记王志刚自己讲了几次？"),
            "林业局2023年书记王志刚自己讲了几次党课？",
        ),
        (("档案馆2024年讲了几回党课？", "副书记讲了几场？"), "档案馆2024年副书记讲了几场党课？"),
        (
            ("东湖报社2024年开展几场警示教育？", "纪委书记本人组织了几次？"),
            "东湖报社2024年纪委书记本人组织了几次警示教育？",
        ),
    ],
)
def test_what_a_role_did_of_the_thing_counted(turns, expected):
    assert understood(*turns) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("林业局2023年第一种形态处理了几人次？", "其中批评教育几个？"),
            "林业局2023年第一种形态处理了几人次，其中批评教育几个？",
        ),
        (
            ("档案馆2024年廉政谈话多少人次？", "其中新提任干部有几个？"),
            "档案馆2024年廉政谈话，其中新提任干部有几个？",
        ),
    ],
)
def test_a_part_of_a_count_in_person_times(turns, expected):
    assert understood(*turns) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (
                "林业局今年义务植树活动目标是多少场？",
                "上半年实际完成多少？",
                "下半年打算搞多少？",
                "那去年实际搞了多少场？",
            ),
            "林业局去年义务植树活动实际完成多少场？",
        ),
        (
            ("档案馆今年下半年计划办几期读书班？", "那去年实际办了几期？"),
            "档案馆去年实际办几期读书班？",
        ),
        (("东湖报社今年上半年开展了几次采风？", "那去年干了几次？"), "东湖报社去年开展了几次采风？"),
    ],
)
def test_last_year_after_a_half(turns, expected):
    assert understood(*turns) == expected
