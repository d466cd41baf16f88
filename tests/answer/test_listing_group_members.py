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
