"""Time limits asked in a clerk's words that the best-matching article does not state: 过几年才能重新…, 一届任期是
几年, 得在多长时间里…; the limit is taken from the next articles ranked when they say more of what is limited,
never from a limit of something else that shares a word."""

from __future__ import annotations

import pytest

from assistant.answer.asked_limit import asks_rule_limit, limit_asked
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like

RULES_TITLE = "中共青石县委志愿服务工作规定"
RULES = """中共青石县委志愿服务工作规定
第一条　为规范志愿服务管理，制定本规定。
第二条　被取消志愿者资格的人员，原则上不再恢复原有资格，符合条件的可以重新申请注册。资格注销满2年仍无法联系的，从志愿者名册中删除。
第三条　志愿者被取消资格的，三年内不得重新申请注册，也不得担任志愿服务队负责人。
第四条　志愿服务队队委会每届任期两年至三年。
第五条　志愿者申请出具服务时长证明的，服务队应当认真核实，并于10个工作日内出具证明。
第六条　服务队监督小组由队员大会选举产生，每届任期和同级队委会任期相同。
第七条　本规定由县委社会工作部负责解释。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(RULES_TITLE, RULES)))


@pytest.mark.parametrize(
    ("question", "limit", "article"),
    [
        ("被取消志愿者资格的人，过几年才能重新申请注册", "三年内", "第三条"),
        ("志愿服务队队委会一届任期是几年", "两年至三年", "第四条"),
        ("志愿者要开服务时长证明，服务队得在多长时间里出具", "10个工作日", "第五条"),
        ("服务队监督小组一届干多久", "任期相同", "第六条"),  # a term set by another's, in a clerk's 一届
        ("队委会一届能干几年", "两年至三年", "第四条"),
    ],
)
def test_a_limit_is_quoted_from_the_article_that_states_it_of_what_is_asked(question, limit, article):
    answer = ask_source(source(), question)
    assert not answer.refused and limit in answer.text, answer.text
    assert answer.citations[0].chunk.article == article
    assert "2年" not in answer.text  # 注销满2年 limits something else that shares 资格


@pytest.mark.parametrize("question", ["被取消资格的人过几年才能恢复", "队委会一届任期是几年", "支部委员会任期几年"])
def test_a_term_or_a_wait_in_years_is_a_span_asked(question):
    assert limit_asked(question) == "duration"


def test_years_counted_are_no_span_and_a_deadline_in_a_clerks_words_is_a_rules():
    assert limit_asked("这个项目开展了几年") is None
    assert asks_rule_limit("服务队得在多长时间里出具证明")
    assert asks_rule_limit("队委会一届干多久")
    assert not asks_rule_limit("这次培训进行了多长时间")


def test_the_rules_are_searched_by_what_is_limited_not_by_the_regulations_name():
    # a carried 《name》 outweighs 外出多久 in a real embedder; the fake only shows what was searched
    rules = source()
    answer = ask_source(rules, f"《{RULES_TITLE}》服务时长证明得在多长时间里出具")
    assert "10个工作日" in answer.text and answer.citations[0].chunk.article == "第五条", answer.text
    assert any(query.startswith("服务时长证明") for query, _ in rules.searches), rules.searches
