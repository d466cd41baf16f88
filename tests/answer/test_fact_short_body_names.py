"""纪委 / 纪检委 / 纪检委员 are how people say the 纪律检查委员会 / 纪律检查委员 a regulation writes in full:
a question in the short form finds the article."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

RULES = "临江市直机关基层党组织工作规则"
CHUNKS = [
    make_chunk(RULES, "第九条　机关党委设立纪律检查委员会的，其委员由机关党员代表大会选举产生，报上级机关工委审批。", ("第三章　组织设置",), "第九条", "regulation", 0),
    make_chunk(RULES, "第十条　不设纪律检查委员会的机关党支部，应当设立纪律检查委员，由支部委员会推荐人选，报机关党委备案。", ("第三章　组织设置",), "第十条", "regulation", 1),
    make_chunk(RULES, "第十一条　机关党委每年至少召开两次全体委员会议。", ("第三章　组织设置",), "第十一条", "regulation", 2),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return index_like(FakeSource(CHUNKS))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("机关党委设纪委还是设纪检委员，由谁审批", "上级机关工委审批"),
        ("不设纪委的支部要设纪检委员吗", "应当设立纪律检查委员"),
        ("纪检委员人选由谁推荐", "支部委员会推荐人选"),
    ],
)
def test_a_short_body_name_finds_the_article_that_writes_it_in_full(source, question, said):
    answer = ask_source(source, question)
    assert said in answer.text and not answer.refused
