"""写成一段总结 after a question asked in a clerk's words: the topic without the asking verb (搞了些啥, 做了点啥)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

TITLE = "东岭县水务局机关党委2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(
            TITLE,
            "一是实施“党建+防汛”项目8个，二是完成水利投资3.2亿元，三是走访服务企业126家。",
            ("二、主要工作", "（三）党建与业务融合"),
        ),
        make_chunk(TITLE, "全年发展党员5名。", ("一、组织建设",), position=1),
    ]
)


@pytest.mark.parametrize("first", ["水务局2024年党建和业务融合搞了些啥？", "水务局2024年党建和业务融合做了点啥？"])
def test_the_asking_verb_is_no_part_of_the_drafts_topic(first):
    *_, draft = converse(Assistant(SOURCE), first, "写成一段总结")
    assert "融合方面" in draft.text and "搞" not in draft.resolved_question and "做" not in draft.resolved_question
