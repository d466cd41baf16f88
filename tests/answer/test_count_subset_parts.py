"""A two-part count question whose second part asks for a 其中 subset (技改项目一共几项，申请到专利的是几项) is
answered with the subset the document states after its whole, in other words than the question's; with
no such subset the part is refused, never answered with the whole."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

FACTORY = "中共瑞丰机械有限公司支部委员会2024年度党建工作总结"
FARM = "青山镇农技推广站党支部2024年工作总结"
SOURCE = FakeSource(
    [
        make_chunk(FACTORY, "支部现有党员31名。", ("一、基本情况",)),
        make_chunk(
            FACTORY,
            "成立党员创新工作室2个，全年党员领衔技改项目9项，其中4项获得发明专利授权。",
            ("二、党建与生产融合",),
            position=1,
        ),
    ],
    [
        make_chunk(FARM, "支部现有党员14名。", ("一、基本情况",)),
        make_chunk(
            FARM,
            "全年推广新品种12个，其中5个通过省级审定。组织党员技术服务队下村服务86次。",
            ("二、党员服务",),
            position=1,
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "whole", "part"),
    [
        ("瑞丰机械公司党员领衔的技改项目一共几项，其中申请到专利的是几项", "9项", "4项"),
        ("农技推广站推广了多少个新品种，其中过了省级审定的有几个？", "12个", "5个"),
    ],
)
def test_the_subset_part_is_the_stated_subset(question, whole, part):
    answer = ask_source(SOURCE, question)
    assert not answer.refused
    assert whole in answer.text and part in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [  # as a follow-up is rewritten: the whole's words, then 其中 and the part
        ("瑞丰机械公司党员领衔的技改项目，其中申请到专利的是几项？", "4项", "9项"),
        ("农技推广站推广的新品种，其中过了省级审定的有几个？", "5个", "12个"),
    ],
)
def test_a_rewritten_subset_part_is_the_subset_not_the_whole(question, part, whole):
    answer = ask_source(SOURCE, question)
    assert part in answer.text and whole not in answer.text, answer.text


def test_a_subset_part_the_document_does_not_state_is_no_whole():
    answer = ask_source(SOURCE, "瑞丰机械公司党员领衔的技改项目，其中获得市级奖励的是几项？")
    assert "9项" not in answer.text


def test_a_part_said_in_its_own_sentence_beats_a_done_part_of_the_whole():
    title = "中共临河街道工作委员会2024年上半年党建工作总结"
    source = FakeSource(
        [
            make_chunk(title, "通过“接诉即办”收集群众诉求210件，已办结198件。", ("三、为民服务",)),
            make_chunk(title, "其中老旧小区加装电梯诉求17件，已加装6部。", ("三、为民服务",), position=1),
        ]
    )
    answer = ask_source(source, "临河街道上半年收集群众诉求多少件，其中加装电梯的诉求有多少？")
    assert "17件" in answer.text and "198件" not in answer.text, answer.text
