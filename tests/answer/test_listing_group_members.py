"""班子成员都有谁: the names one paragraph gives the group, each marked 某某同志; all of them when the
report states how many, none when it states another number."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

BUREAU = "中共临川县交通运输局党组关于2023年度民主生活会召开情况的报告"
HOSPITAL = "中共滨江区人民医院委员会2023年度专题民主生活会情况报告"


def meeting(title: str, opening: str, members: str) -> list:
    return [
        make_chunk(title, opening, ()),
        make_chunk(title, members, ("三、查摆的主要问题",), position=1),
    ]


SOURCE = FakeSource(
    meeting(
        BUREAU,
        "局党组书记、局长彭海涛主持会议，党组班子成员五人全部参会。",
        "班子成员结合分管工作查摆了问题。彭海涛同志查摆了调查研究不够深入等问题；邹建平同志查摆了项目推进办法不多等问题；"
        "宋丽娜同志查摆了监督不够有力等问题；贺鹏同志查摆了安全检查不够细等问题；石磊同志查摆了资金管理不严等问题。",
    ),
    meeting(
        HOSPITAL,
        "院党委书记魏国庆主持会议，院领导班子成员4人参加会议。",
        "会上，领导班子成员逐一作个人对照检查。魏国庆同志带头作对照检查，随后吕红梅同志、袁志强同志、潘晓东同志依次发言。",
    ),
)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("交通运输局党组班子成员都有谁", ["彭海涛", "邹建平", "宋丽娜", "贺鹏", "石磊"]),
        ("滨江区人民医院领导班子成员分别是谁？", ["魏国庆", "吕红梅", "袁志强", "潘晓东"]),
    ],
)
def test_the_members_one_paragraph_names(question, names):
    answer = ask_source(SOURCE, question)
    assert not answer.refused
    for number, name in enumerate(names, 1):
        assert f"{number}. {name}〔" in answer.text, answer.text
    assert f"共{len(names)}人" in answer.text


def test_without_a_stated_size_the_paragraph_is_no_whole_list():
    source = FakeSource(meeting(HOSPITAL, "院党委书记魏国庆主持会议，院领导班子成员参加会议。", SOURCE.chunks[3].text))
    answer = ask_source(source, "滨江区人民医院领导班子成员都有谁")
    assert "共4人" not in answer.text


def test_a_stated_size_the_names_do_not_reach_is_no_list():
    source = FakeSource(
        meeting(
            BUREAU,
            "局党组书记彭海涛主持会议，党组班子成员六人全部参会。",
            "班子成员结合分管工作查摆了问题。彭海涛同志查摆了调查研究不够深入等问题；邹建平同志查摆了项目推进办法不多等问题；"
            "宋丽娜同志查摆了监督不够有力等问题。",
        )
    )
    answer = ask_source(source, "交通运输局党组班子成员都有谁")
    assert "共3人" not in answer.text


COOP = "中共河湾县供销合作社联合社机关委员会2024年度党建工作总结"
ROWS = FakeSource(
    [
        make_chunk(COOP, "机关党委下设党支部4个，各支部情况见下表。", ("二、组织建设",)),
        make_chunk(
            COOP,
            "第一党支部（办公室）：支部书记为梁文斌，党员数12名，主题党日12次。\n"
            "第二党支部（业务科）：支部书记为崔玉兰，党员数9名，主题党日12次。\n"
            "第三党支部（财会科）：支部书记为易志刚，党员数8名，主题党日11次。\n"
            "第四党支部（离退休）：支部书记为葛永福，党员数15名，主题党日10次。\n"
            "合计：支部书记—，党员数44名，主题党日45次。",
            ("二、组织建设",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize("question", ["供销社机关党委四个党支部的书记分别是谁", "供销社机关党委各支部的书记都是谁？"])
def test_each_rows_holder_of_the_asked_role(question):
    answer = ask_source(ROWS, question)
    assert not answer.refused
    for name in ("梁文斌", "崔玉兰", "易志刚", "葛永福"):
        assert name in answer.text, answer.text
    assert "共4人" in answer.text and "合计" not in answer.text


def test_a_count_the_rows_do_not_match_is_refused():
    answer = ask_source(ROWS, "供销社机关党委三个党支部的书记分别是谁")
    assert "梁文斌" not in answer.text
