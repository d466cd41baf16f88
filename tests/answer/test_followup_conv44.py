"""Follow-ups whose rewrite kept the wrong slot: the other act of a due/done pair said with another verb
(实到 after 应参会), a name that ran on past a period, the sum word of a count taken for its items, a branch
swapped in after an organisation named by its kind, a branch of the old organisation kept for a new one, and a
plan's 明年 carried into a turn about what was done."""

from __future__ import annotations

import pytest

from assistant.answer.question import holder_of
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


@pytest.mark.parametrize(
    ("first", "later", "wanted"),
    [
        ("税务所支部大会应参会多少人", "实到呢", "税务所支部大会实参会多少人"),
        ("青松林场民主评议应参评多少人", "实到多少", "青松林场民主评议实参评多少人"),
        ("粮库组织生活会应到多少人", "实到呢", "粮库组织生活会实到多少人"),
    ],
)
def test_the_done_act_after_a_due_act_said_with_another_verb(first, later, wanted):
    assert understand(later, history_of(first)).question.rstrip("？?") == wanted


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("图书馆去年送书进社区搞了几场", "图书馆"),
        ("气象站今年下半年目标全年科普进社区搞几场", "气象站"),
        ("城南街道今年新建了几个社区", "城南街道"),
    ],
)
def test_a_leading_name_stops_at_a_period(question, holder):
    assert holder_of(question) == holder


def test_a_standalone_turn_after_a_run_on_name_is_not_glued_onto_it():
    turns = ("图书馆去年送书进社区搞了几场", "今年上半年呢", "全年目标是多少场")
    question = understand("去年借阅图书多少册", history_of(*turns)).question
    assert "送书" not in question and "目标" not in question, question
    assert question.startswith("图书馆去年借阅图书"), question


def test_the_items_left_are_those_counted_without_their_sum_word():
    question = understand("还剩几个没整改", history_of("全站排查隐患一共多少个")).question
    assert "一共" not in question and "排查隐患" in question, question


@pytest.mark.parametrize(
    ("first", "kind", "branch"),
    [
        ("检察院2024年开展了几次主题党日", "检察院", "离退休干部支部"),
        ("医院2023年讲了几次党课", "医院", "第三党支部"),
    ],
)
def test_a_branch_after_an_organisation_named_by_its_kind_is_its_branch(first, kind, branch):
    question = understand(f"{branch}呢", history_of(first)).question
    assert question.startswith(f"{kind}{branch}"), question
    assert "主题党日" in question or "党课" in question, question


def test_a_branch_said_with_its_own_organisation_is_not_the_last_ones():
    question = understand("税务局那个第二支部呢", history_of("检察院2024年开展了几次主题党日")).question
    assert question.startswith("税务局"), question


def test_another_organisation_drops_the_old_ones_branch():
    turns = ("检察院2024年开展了几次主题党日", "离退休干部支部呢", "水务局支部呢", "税务局那个第二支部呢")
    question = understand("检察院今年上半年呢", history_of(*turns)).question
    assert "第二支部" not in question and question.startswith("检察院今年上半年"), question


@pytest.mark.parametrize(
    ("counted", "done", "word"),
    [
        ("江岸体育中心党支部全民健身赛事保障搞了多少场", "健身器材更新了多少套", "健身器材"),
        ("绿道驿站党支部义务植树搞了多少棵", "巡护了多少次", "巡护"),
        ("江岸体育中心党支部全民健身赛事保障搞了多少场", "新建了几处健身路径", "健身路径"),
    ],
)
def test_what_was_done_after_a_plan_of_next_year_is_not_of_next_year(counted, done, word):
    # the conversation names no year: 明年 is said as it is, and nothing of it is done yet
    question = understand(done, history_of(counted, "明年计划呢")).question
    assert "明年" not in question and word in question, question
