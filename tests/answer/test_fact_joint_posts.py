"""One person holding two committee posts is written 宣传兼纪检委员某某: the name answers who holds either
post, 宣传委员 as much as 纪检委员."""

from __future__ import annotations

import pytest

from assistant.answer.person_names import named_holder
from tests.answer.support import FakeSource, ask_source, make_chunk

STATION = "青岚县农机推广站党支部2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(STATION, "支部委员会由3人组成：书记岳思源，组织委员乔雨桐，宣传兼纪检委员司马静。", ("一、基本情况",)),
        make_chunk(STATION, "全年开展农机安全宣讲11场，培训农机手260人次。", ("二、主要工作",), position=1),
    ]
)  # fmt: skip


@pytest.mark.parametrize(
    "question", ["农机推广站支部宣传委员是谁", "农机推广站党支部的宣传委员叫什么名字", "农机推广站支部纪检委员是哪位"]
)
def test_either_post_held_jointly_names_the_holder(question):
    answer = ask_source(SOURCE, question)
    assert "司马静" in answer.text and not answer.refused, answer.text


def test_the_holder_of_a_joint_post_is_read_beside_it():
    text = "党小组由5人组成：组长晏书宁，青年兼统战委员童可欣。"
    assert named_holder("统战委员", text) == "童可欣"
    assert named_holder("青年委员", text) == "童可欣"
    assert named_holder("组织委员", text) == ""
