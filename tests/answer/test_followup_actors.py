"""Follow-ups that swap the entity the last question was about for a sibling (another row of a table, other
people doing the same act, another branch, a head's counterpart elsewhere), or point at it (它, 他, 那个车间),
or add siblings up (wordings and organisations of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_actors import actor_in, entity_pointed_at, siblings_total, swapped_actor
from assistant.answer.followup_turns import Turn
from tests.answer.conversation_fixtures import understood


@pytest.mark.parametrize(
    ("question", "actor"),
    [
        ("供电所抢修中队有多少名党员", "供电所抢修中队"),  # a table row, asked with 有
        ("石桥镇周海涛讲了几次党课", "周海涛"),  # a person after the organisation
        ("宏达公司民主生活会上班子成员查摆了多少条问题", "班子成员"),  # after the place (会上)
        ("宏达公司党委冯立新重点查摆了啥问题", "冯立新"),  # how (重点) is not who
        ("白沙村2023年讲了几次党课", None),  # nothing between the organisation and its verb
    ],
)
def test_the_actor_is_what_stands_before_the_verb(question: str, actor: str | None) -> None:
    found = actor_in(question)
    assert (found.text if found else None) == actor


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # another row of the same table: its head word (中队) marks it, the unit before it kept
            ("供电所抢修中队有多少名党员", "那运维中队呢"),
            "供电所运维中队有多少名党员？",
        ),
        (("三号车间2024年开展志愿服务多少人次", "五号车间呢"), "五号车间2024年开展志愿服务多少人次？"),
        (  # a modifier that is no unit (领导 of 领导干部岗位) goes with the row it names
            ("南湖中学2023年度管理干部岗位梳理了几个风险点", "后勤岗位呢"),
            "南湖中学2023年度后勤岗位梳理了几个风险点？",
        ),
        (  # other people for a person: the act and what it counts kept
            ("石桥镇周海涛讲了几次党课", "其余班子成员呢"),
            "石桥镇其余班子成员讲了几次党课？",
        ),
        (  # a body whose name would run on from the place: set off, the organisation still 宏达公司
            ("宏达公司民主生活会上党员个人查摆了多少条问题", "那支部班子呢"),
            "宏达公司民主生活会上，支部班子查摆了多少条问题？",
        ),
        (  # another aspect, said as one, replaces the one counted under
            ("南湖中学2023年度后勤岗位排查了几个风险点", "那财务管理方面呢"),
            "南湖中学2023年度财务管理排查了几个风险点？",
        ),
        (("宏达公司意识形态领域查找了多少条问题", "作风建设方面的呢"), "宏达公司作风建设查找了多少条问题？"),
        (  # a body for individuals, after the place they acted
            ("宏达公司民主生活会上班子成员查摆了多少条问题", "普通党员呢"),
            "宏达公司民主生活会上普通党员查摆了多少条问题？",
        ),
    ],
)
def test_a_sibling_replaces_who_acted(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("question", "rest"),
    [
        ("石桥镇有多少名党员", "女党员"),  # a kind of the people counted, not another actor
        ("宏达公司党委书记讲了几次党课", "宣传部"),  # no actor before the verb matches its head
        ("供电所抢修中队有多少名党员", "运维组"),  # another head word: no sibling row
    ],
)
def test_no_actor_swap_without_a_sibling(question: str, rest: str) -> None:
    assert swapped_actor(question, rest) == ""


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("供电所运维中队开展志愿服务多少人次", "四个中队一共呢"),
            "供电所四个中队一共开展志愿服务多少人次？",
        ),
        (("三号车间有多少名党员", "所有车间加起来呢"), "所有车间一共有多少名党员？"),
    ],
)
def test_every_sibling_row_together(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_siblings_of_another_head_are_no_total() -> None:
    assert siblings_total("供电所运维中队有多少名党员", "三个班组一共") == ""


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the row just asked, not the table's total
            ("供电所抢修中队有多少名党员", "它的志愿服务多少人次"),
            "供电所抢修中队的志愿服务多少人次",
        ),
        (  # the branch, in the period asked
            ("红星村第二党支部2023年发展了几名党员", "它有多少党员"),
            "红星村第二党支部2023年有多少党员",
        ),
    ],
)
def test_it_is_the_entity_asked_about(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_it_is_no_person_and_nothing_after_a_refusal() -> None:
    assert entity_pointed_at("它有多少党员", Turn("石桥镇周海涛讲了几次党课")) == "石桥镇有多少党员"
    refused = Turn("供电所抢修中队有多少名党员", answer="知识库中没有找到能回答这个问题的内容。")
    assert entity_pointed_at("它的志愿服务多少人次", refused) == ""


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("宏达公司党委冯立新重点查摆了啥问题", "他是什么职务"), "宏达公司党委冯立新是什么职务"),
        (("石桥镇民主生活会上陈雅琴提出了几条意见", "她的职务是什么"), "石桥镇陈雅琴的职务是什么"),
    ],
)
def test_he_is_the_person_who_did_any_act(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the branch the question named, though its answer names it shorter
            (("红星村第一党支部2023年发展了几名党员", "第一党支部：发展党员2名〔1〕。"), "那个支部的书记是谁"),
            "红星村第一党支部2023年的书记是谁",
        ),
        (  # a branch whose name has 本 in it is no generic 本支部
            (("理学院本科生第一党支部有多少党员", "本科生第一党支部：党员41名〔1〕。"), "那个支部的书记是谁"),
            "理学院本科生第一党支部的书记是谁",
        ),
        (  # a which-question: the branch its answer named
            (("哪个支部获评先进", "获评先进的是桂花村党支部〔1〕。"), "那个支部的书记是谁"),
            "桂花村党支部的书记是谁",
        ),
    ],
)
def test_that_branch_is_the_one_just_named(turns: tuple, expected: str) -> None:
    assert understood(*turns).question == expected


def test_another_branch_after_that_branch_is_not_glued_to_it() -> None:
    route = understood(
        ("白云物业维修中心党支部有多少党员", "维修中心党支部：党员12名〔1〕。"),
        ("那个支部的书记是谁", "维修中心党支部：支部书记为许文〔1〕。"),
        "换成保洁中心党支部呢",
    )
    assert route.question == "保洁中心党支部的书记是谁？"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # a 校长 has no counterpart in a company: who gave the lectures there
            (
                "南湖中学党委2024年讲了几次党课",
                ("其中校长讲了几次", "校长何建平讲党课2次〔1〕。"),
                ("他叫什么名字", "校长何建平〔1〕。"),
                "换成星河公司2024年的呢",
            ),
            "星河公司2024年谁讲了党课",
        ),
        (
            (
                "东坪水文站2023年开了几次支委会",
                ("其中站长主持了几次", "站长罗建华主持支委会5次〔1〕。"),
                ("他叫什么", "站长罗建华〔1〕。"),
                "换成白沙村2023年的呢",
            ),
            "白沙村2023年谁主持了支委会",
        ),
    ],
)
def test_a_heads_title_of_the_old_kind_asks_who_did_the_act(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    "turns",
    [
        ("长青村党支部有多少名党员", "其中预备党员", "柳溪村党支部呢，党员多少", "两个支部一共多少名党员"),
        ("长青村党支部有多少名党员", "柳溪村党支部有多少名党员", "这两个村加起来多少名党员"),
    ],
)
def test_two_named_units_add_their_wholes(turns: tuple[str, ...]) -> None:
    route = understood(*turns)
    assert route.summed and len(route.compared) == 1
    assert "其中" not in route.question + route.compared[0]
    assert route.question != route.compared[0]


@pytest.mark.parametrize(
    ("turn", "expected"),
    [("柳溪村呢，女党员几名", "柳溪村女党员几名"), ("东湖医院呢，发展了几名党员", "东湖医院发展了几名党员")],
)
def test_an_organisation_then_its_question_is_asked_of_it(turn: str, expected: str) -> None:
    assert understood("长青村党支部有多少名党员", turn).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # a branch whose name the organisation runs on into: that branch replaced, under the same school
            ("理学院本科生第一党支部的书记是谁", "换成研究生第三党支部的呢"),
            "理学院研究生第三党支部的书记是谁？",
        ),
        (  # a unit named after what it does (维修中心) is no parent of its sibling
            ("白云物业维修中心党支部有几名党员", "那保洁中心党支部呢"),
            "保洁中心党支部有几名党员？",
        ),
    ],
)
def test_another_branch_replaces_the_branch_named(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected
