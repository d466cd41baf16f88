"""A 其中 part asked of a whole: a side word inside the whole's own word is no other side (科普宣传 is not
宣传群众), a 的 phrase counted with 几个 counts people too (免职的几个), and a figure whose own words say all the
part asks answers before the finer parts stated of it (缺席的有几个: 缺席5名, not 因病缺席3名)."""

from __future__ import annotations

from assistant.answer.asked_quantity import read_asked
from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

MUSEUM = "青枫市科技馆党支部2024年度党建工作总结"
MEETING = "青枫市科技馆党支部2024年度组织生活会情况报告"
COUNTY = "白石县自然资源局党组2024年度全面从严治党工作报告"


def museum_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                MUSEUM,
                "全年开展科普宣传活动40场，宣传群众1.5万人次，其中进校园科普18场。",
                ("二、主要工作", "（三）服务群众"),
            )
        ]
    )


def meeting_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                MEETING,
                "支部应到会党员52名，实到47名，缺席5名，其中因病缺席3名、外出学习缺席2名，到会率90.4%。",
                ("二、会议召开情况",),
            )
        ]
    )


def county_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                COUNTY,
                "全年立案查处违纪问题4件，组织处理干部7人，其中调整岗位2人、免职1人、诫勉谈话4人。",
                ("三、监督执纪",),
            )
        ]
    )


def test_a_side_word_inside_the_wholes_word_is_no_other_side():
    answer = Assistant(museum_source()).ask("科技馆2024年科普宣传，其中进校园科普多少？")
    assert "18场" in answer.text and not answer.refused


def test_a_side_word_inside_the_wholes_word_in_other_wording():
    answer = Assistant(museum_source()).ask("科技馆2024年科普宣传活动里进校园科普的有多少场")
    assert "18场" in answer.text and "40场" not in answer.text.split("\n")[0].replace("18场", "")


def test_a_de_phrase_counted_with_ge_counts_people_too():
    assert read_asked("处理里免职的几个？").people_too
    assert read_asked("其中诫勉谈话的有几个").people_too
    answer = Assistant(county_source()).ask("白石县自然资源局2024年组织处理里免职的几个？")
    assert "免职1人" in answer.text and not answer.refused


def test_a_de_phrase_part_in_other_wording():
    answer = Assistant(county_source()).ask("白石县自然资源局2024年组织处理干部多少人，其中调整岗位的是几个")
    assert "7人" in answer.text and "2人" in answer.text


def test_the_figure_said_as_asked_answers_before_its_finer_parts():
    answer = Assistant(meeting_source()).ask("科技馆2024年组织生活会实到几个，其中缺席的有几个？")
    assert "缺席5名" in answer.text and "因病缺席3名" not in answer.text


def test_a_finer_part_asked_is_still_that_part():
    answer = Assistant(meeting_source()).ask("科技馆2024年组织生活会缺席的里面因病缺席的有几个？")
    assert "3名" in answer.text and not answer.refused


def test_a_later_part_counting_another_kind_takes_only_whose_and_when():
    from assistant.answer.question_parts import context_for

    first = "科技馆2024年组织生活会是几个支部开的"
    assert context_for(first, "一共实到多少人？") == "科技馆2024年组织生活会"
    assert context_for("档案馆去年是几个科室参加的", "参加了多少人次") == "档案馆去年"
    assert "党课" in context_for("讲了几次党课", "其中书记讲几次")  # the same kind: the thing counted is kept
    assert "发展" in context_for("今年打算发展多少名党员", "实际几个")  # 几个 may count the same people
