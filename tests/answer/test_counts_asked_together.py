"""Two counts asked at once (应到多少人，实到多少): the second part is the same question with the other act, and a
follow-up (其中二支部呢) asks both again, not only the one asked last."""

from __future__ import annotations

from assistant.answer.act_pairs import counterpart_question
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

MEETING = "东岭县水务局机关党委关于2024年度组织生活会情况的报告"
DUES = "南屏区卫生健康委员会党委2024年度党费收缴使用情况报告"


def meeting_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                MEETING, "各党支部应到会党员88名，实到85名，3名因公请假的党员会后进行了补课。", ("一、会议召开情况",)
            ),
            make_chunk(
                MEETING,
                "机关第一党支部：应到30名，实到29名，查摆问题11条。\n"
                "机关第二党支部：应到32名，实到30名，查摆问题12条。\n"
                "离退休干部党支部：应到26名，实到26名，查摆问题7条。",
                ("二、各支部情况",),
                position=1,
            ),
        ]
    )


def test_the_second_act_of_a_pair_is_asked_as_the_first_was():
    assert (
        counterpart_question("水务局2024年度组织生活会应到多少人", "实到多少？")
        == "水务局2024年度组织生活会实到多少人？"
    )
    assert counterpart_question("卫健委党委2024年党费应交多少元", "实交多少") == "卫健委党委2024年党费实交多少元？"
    # 最后完成了几个 after 原计划换届几个: another act, not the counterpart of the first
    assert counterpart_question("石桥镇2023年原计划换届几个党支部", "最后完成了几个？") == ""


def test_a_follow_up_of_two_counts_asks_both():
    first, branch = converse(
        Assistant(meeting_source()), "水务局2024年度组织生活会应到多少人，实到多少？", "其中机关第二党支部呢？"
    )
    assert "88名" in first.text and "85名" in first.text
    assert first.resolved_question.endswith("组织生活会实到多少人？") and "应到实到" not in first.resolved_question
    assert "应到多少人，其中机关第二党支部" in branch.resolved_question
    assert "实到多少人，其中机关第二党支部" in branch.resolved_question
    assert "32名" in branch.text and "30名" in branch.text
    assert answer_problems(branch) == []


def test_other_wordings():
    *_, retired = converse(
        Assistant(meeting_source()), "水务局组织生活会应到几个人？实到多少？", "那离退休干部党支部呢？"
    )
    assert "26名" in retired.text and "88名" not in retired.text
    assert retired.resolved_question.count("离退休干部党支部") == 2
    dues = FakeSource(
        [make_chunk(DUES, "2024年委党委应交党费38600元，实交党费38600元，收缴率100%。", ("一、党费收缴情况",))]
    )
    answer = Assistant(dues).ask("南屏区卫健委党委2024年党费应交多少元，实交多少？")
    assert answer.text.count("38600元") >= 2 and "第二问" not in answer.text
