"""A follow-up that names a document type (述职里…, 述职报告里…) and no organisation or person is about the
document the conversation is answered from, not any document of that type."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk

OWN = "西峡县林业局党组书记贺明远2024年度述职报告"
OTHER = "东岭镇中心小学党支部书记2023年度述职报告"
CHUNKS = [
    make_chunk(OWN, "全年主持召开党组会议14次，研究党建事项31项。", ("一、履职情况",), position=0),
    make_chunk(OWN, "一是对护林员党员的教育管理不够经常；二是党建品牌特色不鲜明；三是年轻干部培养力度不够。", ("二、存在的问题",), position=1),
    make_chunk(OTHER, "本人全年讲党课3次，听课20节。", ("一、履职情况",), position=0),
    make_chunk(OTHER, "述职中存在的问题和不足：一是课堂思政融合存在不够深入的问题；二是家校共育机制不健全。", ("二、述职存在的问题和不足",), position=1),
]  # fmt: skip
# The last turn, resolved without the person (本人…), answered from the asked person's 述职
HISTORY = [
    {"role": "user", "content": "本人研究了多少项党建事项？"},
    {"role": "assistant", "content": f"研究党建事项31项〔1〕。\n来源：\n〔1〕《{OWN}》 › 一、履职情况"},
]


@pytest.mark.parametrize("follow_up", ["述职里说存在哪些问题？", "述职报告里讲了哪些不足"])
def test_the_named_type_refers_back(follow_up):
    assert understand(follow_up, HISTORY).refers_back


def test_the_list_comes_from_the_conversations_document():
    listed = Assistant(FakeSource(CHUNKS)).ask("述职里说存在哪些问题？", HISTORY)
    assert "护林员" in listed.text and "家校共育" not in listed.text, listed.text
