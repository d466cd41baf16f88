"""Counts stated where a reader would look for them: last year's annual meeting told in this year's report, a
standing 每年…不少于 arrangement, figures taken at a month's end; and no rule's minimum for what a half did."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

SONGSHAN_H1 = "松山林场党支部2025年上半年工作总结"
SONGSHAN_2024 = "松山林场党支部2024年度工作总结"
SONGSHAN = FakeSource(
    [make_chunk(SONGSHAN_2024, "全年开展主题党日12次，发展党员1名。", ("二、组织生活",), position=0)],
    [
        make_chunk(
            SONGSHAN_H1,
            "2025年1月20日，支部召开2024年度组织生活会，林业局机关党委派员指导。"
            "会上共查摆问题14条，提出批评意见30条，会后制定整改措施9条。",
            ("二、组织生活", "（二）开好组织生活会"),
            position=0,
        ),
        make_chunk(SONGSHAN_H1, "上半年接收转入党员2名，截至6月底，支部共有党员31名。", ("三、队伍建设",), position=1),
    ],
)


def test_last_years_annual_meeting_is_told_in_this_years_report() -> None:
    answer = Assistant(SONGSHAN).ask("松山林场党支部2024年度组织生活会查摆了多少条问题")
    assert "14条" in answer.text and not answer.refused, answer.text


def test_follow_ups_stay_with_that_meeting() -> None:
    answers = converse(
        Assistant(SONGSHAN), "松山林场党支部2024年度组织生活会查摆了多少条问题", "批评意见呢", "会后定了几条整改措施"
    )
    assert "30条" in answers[1].text, answers[1].text
    assert "9条" in answers[2].text, answers[2].text


def test_a_figure_taken_at_a_months_end_answers_for_that_day() -> None:
    answer = Assistant(SONGSHAN).ask("松山林场党支部2025年6月底有多少党员")
    assert "31名" in answer.text, answer.text


HETAI = "和泰公司党委2024年度党建工作总结"
HETAI_CHUNKS = [
    make_chunk(HETAI, "公司每年安排党建工作经费不少于12万元，建成党员活动室2个。", ("四、基础保障",), position=0),
    make_chunk(HETAI, "全年开展主题党日12次，讲党课6次。", ("二、组织生活",), position=1),
]


def test_a_standing_minimum_answers_what_is_set_every_year() -> None:
    answer = Assistant(FakeSource(HETAI_CHUNKS)).ask("和泰公司每年给党建安排多少经费")
    assert "不少于12万元" in answer.text and answer.confidence != "low", answer.text  # stated, not only quoted


def test_a_minimum_is_no_answer_to_what_was_spent_in_a_year() -> None:
    answer = Assistant(FakeSource(HETAI_CHUNKS)).ask("和泰公司2024年党建经费实际花了多少")
    assert "12万元" not in answer.text.split("相关内容")[0], answer.text


ANLAN_RULES = "安澜区统计局党组工作规则"
ANLAN_H1 = "安澜区统计局党组2025年上半年工作总结"
ANLAN = FakeSource(
    [
        make_chunk(
            ANLAN_RULES,
            "第十二条　党组成员应当带头学习，每年在中心组学习中作重点发言不少于2次。",
            ("第三章　学习制度",),
            article="第十二条",
            kind="regulation",
        )
    ],
    [make_chunk(ANLAN_H1, "上半年党组理论学习中心组集中学习6次，其中专题研讨2次。", ("一、理论学习",))],
)


def test_no_rule_tells_what_a_half_without_a_report_did() -> None:
    answer = Assistant(ANLAN).ask("统计局2025年下半年中心组学习了几次")
    assert answer.refused and "2次" not in answer.text, answer.text


def test_the_half_with_a_report_is_answered_from_it() -> None:
    answer = Assistant(ANLAN).ask("统计局2025年上半年中心组学习了几次")
    assert "6次" in answer.text, answer.text


QINGLIN = "县水利局机关党支部2024年上半年工作总结"
QINGLIN_CHUNKS = [
    make_chunk(QINGLIN, "中共青林县水利局机关支部委员会", (), position=0),
    make_chunk(QINGLIN, "上半年接收转入党员1名，截至6月底，支部共有党员37名。", ("三、队伍建设",), position=1),
    make_chunk(
        QINGLIN,
        "2024年1月18日，支部召开2023年度组织生活会。会上共查摆问题16条。同步开展民主评议党员，评定“优秀”等次党员四名。",
        ("二、组织生活",),
        position=2,
    ),
]


def test_the_day_figures_are_taken_is_when_not_what() -> None:
    """青林 (of 青林县) and 月底 say whose and when; the figure is said of 党员 alone."""
    answer = Assistant(FakeSource(QINGLIN_CHUNKS)).ask("青林水利局机关支部2024年6月底有多少党员")
    assert "37名" in answer.text and not answer.text.startswith("未能"), answer.text


def test_a_transfer_out_is_no_transfer_in() -> None:
    """上半年接收转入党员1名 does not say how many left (转出 cut by the tokenizer as 转 / 出 is still an act)."""
    answer = Assistant(FakeSource(QINGLIN_CHUNKS)).ask("青林水利局机关支部2024年上半年转出了几名党员")
    assert "1名" not in answer.text.split("相关内容")[0], answer.text
