"""压缩一下 after a recap of a conversation: each turn's figures as its answer stated them, so that all fit."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

TITLE = "南浦县税务局党委关于2024年度基层党组织组织生活会召开情况的报告"
TEXT = """南浦县税务局党委关于2024年度基层党组织组织生活会召开情况的报告
县直机关工委：
根据县直机关工委通知要求，按照有关规定，局党委所属6个党支部于2025年1月8日至1月30日集中召开2024年度组织生活会。
一、会议召开情况
6个党支部全部按时召开组织生活会，应参会党员97名、实到91名，参会率93.8%，因公出差请假6名。
二、批评和自我批评
会上认真开展批评和自我批评，共提出批评意见305条，其中对支部书记的批评意见64条。
三、整改落实
各支部共制定整改措施58项，已完成41项。
"""
TURNS = (
    "南浦税务局2024年度组织生活会是什么时候开的？",
    "应到多少实到多少？",
    "批评意见一共提了多少条？",
    "其中对支部书记的呢？",
)


@pytest.mark.parametrize("shorter", ["压缩一下，两句话以内", "压缩到80字以内", "再精简一些"])
def test_a_compressed_recap_keeps_every_turns_figures(shorter):
    source = FakeSource(chunks_of(TITLE, TEXT))
    answers = converse(Assistant(source), *TURNS, "把上面的写成一段总结", shorter)
    draft = answers[-1]
    assert draft.kind == "draft" and not draft.refused, draft.text
    assert all(figure in draft.text for figure in ("91名", "305条", "64条")), draft.text
    assert "三是其中" not in draft.text  # a 其中 part said with its whole
    assert answer_problems(draft) == []
