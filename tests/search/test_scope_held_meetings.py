"""今年组织生活会 is the yearly meeting held this year: the report of the year before's 年度 meeting, dated this year."""

from __future__ import annotations

from assistant.search.scope import scope_for
from tests.search.test_scope_relative_years import record

MEETING = "青桐社区卫生服务中心党支部2023年度组织生活会情况报告"
CLINIC = [
    record(
        "青桐社区卫生服务中心党支部2023年度党建工作总结",
        "2023年，中心党支部开展主题党日12次。\n青桐社区卫生服务中心党支部\n2024年1月8日",
    ),
    record(
        "青桐社区卫生服务中心党支部2024年上半年党建工作报告",
        "上半年，中心党支部开展主题党日6次。\n青桐社区卫生服务中心党支部\n2024年7月5日",
    ),
    record(
        MEETING,
        "中心党支部于2024年1月22日召开2023年度组织生活会。会前共收集意见建议21条。\n"
        "青桐社区卫生服务中心党支部\n2024年2月2日",
    ),
]


def test_this_years_meeting_is_the_one_held_this_year():
    doc_ids = scope_for("卫生服务中心今年组织生活会前收集了多少条意见建议？", CLINIC).doc_ids
    assert doc_ids is not None and MEETING in doc_ids


def test_a_meeting_named_by_its_own_year_is_that_years():
    doc_ids = scope_for("卫生服务中心2024年度组织生活会收集了多少条意见建议？", CLINIC).doc_ids
    assert doc_ids is None or MEETING not in doc_ids


def test_this_years_other_work_is_not_read_in_the_meeting_report():
    doc_ids = scope_for("卫生服务中心今年开展了几次主题党日？", CLINIC).doc_ids
    assert doc_ids is not None and MEETING not in doc_ids
