"""党支部有几个 after 有多少党员: the branches themselves are counted, not the members the last turn counted."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, history_of
from tests.answer.support import FakeSource, make_chunk

PORT = "南湾港务有限公司党委2024年度党建工作报告"


def test_the_branches_are_counted_not_the_members():
    source = FakeSource(
        [make_chunk(PORT, "公司党委下设党支部9个、党小组31个，截至2024年底共有党员212名。", ("一、基本情况",))]
    )
    _, branches = converse(Assistant(source), "南湾港务公司有多少党员？", "党支部有几个？")
    assert "党员" not in branches.resolved_question
    assert "9个" in branches.text and "212" not in branches.text


def test_other_wordings():
    last = conversation_state(history_of("北坪矿业集团2024年发展了多少名党员？"))
    groups = resolve("党小组一共有多少个？", last).question
    assert "党小组" in groups and "党员" not in groups
    last = conversation_state(history_of("城西街道党工委有多少名党员？"))
    assert "党员" not in resolve("下设党支部有几个？", last).question
