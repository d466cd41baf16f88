"""A whole asked with its 其中 part said by 呢 alone (吞吐量多少，其中外贸的呢 / 学习了几次，其中专题研讨呢): the part
asks the quantity of the clause before it, and the whole is answered too, not only the part."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.whole_parts import asked_like_wholes
from tests.answer.support import FakeSource, make_chunk

PORT = "海澄港务集团有限公司党委2024年度党建工作总结"


def port_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                PORT,
                "全年完成货物吞吐量8650.4万吨，同比增长8.1%，其中外贸货物1320.6万吨。"
                "全年投入技术改造资金520万元，其中安全改造项目资金130万元。",
                ("一、主要工作", "（一）生产经营"),
            ),
            make_chunk(
                PORT,
                "开展党委理论学习中心组学习10次，其中专题研讨4次。组织生活会应到党员64名，实到58名，其中请假6名。",
                ("一、主要工作", "（二）思想建设"),
                position=1,
            ),
        ]
    )


def test_a_part_said_by_ne_asks_the_quantity_of_the_clause_before():
    assert asked_like_wholes(["吞吐量多少", "其中外贸的呢"]) == ["吞吐量多少", "其中外贸的多少"]
    assert asked_like_wholes(["学习了几次", "其中专题研讨呢？"]) == ["学习了几次", "其中专题研讨几次"]
    assert asked_like_wholes(["其中女党员几名"]) == ["其中女党员几名"]  # asks on its own


def test_the_whole_and_its_part_said_by_ne_are_both_answered():
    answer = Assistant(port_source()).ask("港务集团去年货物吞吐量多少，其中外贸的呢")
    assert "8650.4万吨" in answer.text and "1320.6万吨" in answer.text
    assert answer_problems(answer) == []


def test_the_whole_count_is_answered_beside_its_part():
    answer = Assistant(port_source()).ask("港务集团去年中心组学了几次？其中专题研讨呢")
    assert "10次" in answer.text and "4次" in answer.text


def test_the_absent_and_the_attendance_are_both_answered():
    answer = Assistant(port_source()).ask("港务集团组织生活会实到多少人，其中请假的呢")
    assert "58名" in answer.text and "6名" in answer.text


REVIEW = "海澄港务集团有限公司党委书记林远航2024年度抓基层党建工作述职报告"


def test_a_part_for_one_branch_is_no_answer_to_the_whole_count():
    source = FakeSource([make_chunk(REVIEW, "本人讲专题党课5次，其中为装卸作业党支部讲党课2次；", ("一、履职情况",))])
    answer = Assistant(source).ask("港务集团书记2024年讲党课一共多少次")
    # 为装卸作业党支部 is the part's own: a question saying none of it does not ask the part
    assert not answer.text.startswith("其中") and "2次〔" not in answer.text


def test_a_part_the_question_names_is_still_answered():
    source = FakeSource([make_chunk(PORT, "全年发展党员5名，其中女党员2名。", ("一、组织建设",))])
    answer = Assistant(source).ask("港务集团2024年发展了几名女党员")
    assert "2名" in answer.text and not answer.refused
