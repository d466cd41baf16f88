"""A sibling branch said by its bare name (那后勤服务党支部呢) after a question that named a branch after a comma,
and the whole asked next (全厂加起来呢): each count the first turn asked is asked again, of the right branch."""

from __future__ import annotations

from assistant.answer.followup_units import swapped_unit
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

WATERWORKS = "东湖县自来水厂党总支2024年度组织生活会情况报告"
BUREAU = "西岭县水务局机关党委2024年度组织生活会情况报告"


def waterworks_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(WATERWORKS, "全厂各支部应到会党员64名，实到会党员59名，5名因公请假。", ("一、总体情况",)),
            make_chunk(
                WATERWORKS,
                "厂区安保党支部：应到21名，实到20名。\n后勤服务党支部：应到19名，实到16名。\n"
                "制水车间党支部：应到24名，实到23名。",
                ("二、各支部情况",),
                position=1,
            ),
        ]
    )


def test_a_bare_sibling_replaces_the_branch_named_after_a_comma():
    # 厂 opening 厂区安保 is a word of the branch's own name, not a parent kept before the sibling
    assert (
        swapped_unit("自来水厂组织生活会，厂区安保党支部实到几个", "后勤服务党支部")
        == "自来水厂组织生活会，后勤服务党支部实到几个"
    )


def test_the_sibling_and_then_the_whole_ask_both_counts():
    _, sibling, whole = converse(
        Assistant(waterworks_source()),
        "自来水厂组织生活会，厂区安保党支部应到几个实到几个？",
        "那后勤服务党支部呢？",
        "全厂加起来呢？",
    )
    assert "19名" in sibling.text and "16名" in sibling.text and "厂区安保" not in sibling.resolved_question
    assert "64名" in whole.text and "59名" in whole.text


def test_other_wordings():
    bureau = FakeSource(
        [
            make_chunk(BUREAU, "全局应到会党员47名，实到会党员45名。", ("一、总体情况",)),
            make_chunk(
                BUREAU,
                "局属站所党支部：应到18名，实到17名。\n机关综合党支部：应到29名，实到28名。",
                ("二、各支部情况",),
                position=1,
            ),
        ]
    )
    _, sibling, whole = converse(
        Assistant(bureau),
        "水务局组织生活会，局属站所党支部应到多少人？实到多少？",
        "机关综合党支部呢？",
        "那全局合计呢？",
    )
    assert "29名" in sibling.text and "28名" in sibling.text
    assert "47名" in whole.text and "45名" in whole.text
