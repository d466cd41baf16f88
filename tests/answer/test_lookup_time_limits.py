"""Time limits a rule sets, asked in a clerk's own words (多长时间内要答复, 多久组织一次, 最长能延多久): the
article that sets them, found by meaning, its limit quoted and cited; a limit of something no article is
about, or a report's own figure, is not taken from a regulation."""

from __future__ import annotations

import pytest

from assistant.answer.asked_limit import asks_rule_limit, limit_asked
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

RULES_TITLE = "中共云杉县委老干部服务工作条例"
RULES = """中共云杉县委老干部服务工作条例
第一条　为做好老干部服务工作，制定本条例。
第二条　老干部因病住院的，所在单位应当及时派人看望。
第三条　离退休干部党支部应当每季度至少组织1次集中学习，学习内容由党支部确定。
第四条　老干部申请异地安置的，组织部门应当在30个工作日内作出答复；情况复杂的，经分管领导同意可以延长，但延长时间最长不超过60个工作日。
第五条　老干部活动中心场地由老干部局统一管理，使用单位应当爱护公共设施。
第六条　本条例由县委组织部负责解释。
"""
REPORT_TITLE = "云杉县老干部局2025年工作总结"
REPORT = [
    make_chunk(REPORT_TITLE, "全年组织老干部外出参观学习两次，每次活动安排3天，参加老干部共86人次。", ("一、主要工作",))
]


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(RULES_TITLE, RULES), REPORT))


@pytest.mark.parametrize(
    ("question", "limit", "article"),
    [
        ("老干部想换个地方安置，组织部门多长时间内要给答复", "30个工作日", "第四条"),
        ("异地安置情况复杂的，答复最长能延多久", "60个工作日", "第四条"),
        ("离退休干部党支部多久组织一次集中学习", "每季度", "第三条"),
    ],
)
def test_a_rules_time_limit_is_quoted_from_the_article_that_sets_it(question, limit, article):
    answer = ask_source(source(), question)
    assert not answer.refused and limit in answer.text, answer.text
    assert answer.citations[0].chunk.article == article
    assert f"{article}：" in answer.text  # the article is named with the quote


@pytest.mark.parametrize("question", ["老干部疗养最长能休多久", "老干部体检多久要做一次"])
def test_a_limit_of_something_no_article_is_about_is_not_taken_from_another_article(question):
    answer = ask_source(source(), question)
    assert "30个工作日" not in answer.text and "60个工作日" not in answer.text and "每季度" not in answer.text


def test_a_reports_own_figure_is_not_answered_from_a_regulation():
    answer = ask_source(source(), "外出参观学习一次要安排多长时间")
    assert "工作日" not in answer.text
    assert all(c.chunk.doc_title == REPORT_TITLE for c in answer.citations)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("党委收到报告后多久内要批复", "duration"),
        ("考察对象谈话后几年内不得再次提名", "duration"),
        ("驻外党员多久联系一次", "frequency"),
        ("支部去年开了几次会", None),
    ],
)
def test_which_limit_a_question_asks(question, kind):
    assert limit_asked(question) == kind


def test_a_limit_in_a_rules_terms_is_sought_in_the_regulations_but_a_done_span_is_not():
    assert asks_rule_limit("党委收到报告后多久内要批复") and asks_rule_limit("驻外党员多久联系一次")
    assert not asks_rule_limit("这次培训进行了多长时间")
