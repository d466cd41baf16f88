"""A branch asked of per-branch tables made by python-docx and as HTML: its row answers, also when the branch is
said by a short form (公卫党支部); a secretary's sentence naming the branch as whom he lectured for is no figure
of the branch's; 各党支部…实到93名 is the whole, never the branch's; a column asked by its measure (场次, 人次)
or by its last words under a merged header (党员攻关项目) is that column; the branches a sentence names after
分别为 and those a merged 类别 cell labels are listed, not the whole paragraph or table."""

from __future__ import annotations

import pytest

from tests.answer.branch_table_fixtures import health_source, hospital_source
from tests.answer.support import ask_source


@pytest.fixture(scope="module")
def health(tmp_path_factory):
    return health_source(tmp_path_factory.mktemp("health"))


@pytest.fixture(scope="module")
def hospital(tmp_path_factory):
    return hospital_source(tmp_path_factory.mktemp("hospital"))


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        # the row's figure, not the secretary's 为疾病控制党支部讲党课1次 nor the whole's 18场
        ("疾病控制党支部2024年讲了几场党课？", "党课4场", ("1次", "18场")),
        ("卫健局疾病控制党支部去年党课一共讲了多少次？", "党课4场", ("1次", "18场")),
        ("公共卫生党支部2024年讲过几次党课？", "党课6场", ("7次", "18场")),
    ],
)
def test_a_branch_asked_is_answered_by_its_row_not_by_a_sentence_naming_it_as_recipient(
    health, question, expected, wrong
):
    answer = ask_source(health, question)
    assert expected in answer.text and not answer.refused, answer.text
    assert all(w not in answer.text for w in wrong), answer.text


def test_a_branch_named_as_recipient_in_the_question_keeps_that_reading(health):
    answer = ask_source(health, "林晓东给疾病控制党支部讲了几次党课？")
    assert "1次" in answer.text and "党课4场" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("卫健局2024年组织生活会，公卫党支部实到几个？", "实到28名", ("93", "99")),
        ("疾控党支部组织生活会查摆了几条问题？", "查摆问题5条", ("23条",)),
        ("公卫支部有多少名党员？", "党员数31名", ("99名",)),
    ],
)
def test_a_branch_said_by_its_short_form_is_its_row(health, question, expected, wrong):
    answer = ask_source(health, question)
    assert expected in answer.text and not answer.refused, answer.text
    assert all(w not in answer.text for w in wrong), answer.text


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("卫健局公共卫生党支部党课场次是多少？", "党课6场", "167人次"),
        ("医政医管党支部的党课场次有多少？", "党课5场", "131人次"),
        ("公共卫生党支部党课参加人次是多少？", "167人次", "党课6场"),
        ("卫健局机关综合党支部有几个党员攻关项目？", "攻关项目1项", "19名"),
        ("疾病控制党支部搞了多少个党员攻关项目？", "攻关项目2项", "23名"),
    ],
)
def test_a_column_asked_by_its_measure_or_last_words_is_that_column(health, question, expected, wrong):
    answer = ask_source(health, question)
    assert expected in answer.text and not answer.refused, answer.text
    assert wrong not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "卫健局评上红旗党支部的是哪几个？",
        "卫健局红旗党支部都有哪些？",
        "卫健局2024年哪几个支部被评为红旗党支部？",
        "卫健局评上“红旗党支部”的是哪几个支部？",  # not every row of the per-branch table
    ],
)
def test_the_branches_a_sentence_names_are_listed_alone(health, question):
    answer = ask_source(health, question)
    assert "医政医管党支部" in answer.text and "疾病控制党支部" in answer.text, answer.text
    assert "三会一课" not in answer.text and "发展党员" not in answer.text, answer.text
    assert "公共卫生" not in answer.text and "机关综合" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "listed", "others"),
    [
        ("人民医院管理类的党支部有哪几个？", ("行政党支部", "后勤党支部"), ("内科", "外科", "医技")),
        ("人民医院临床类的支部都有哪些？", ("内科党支部", "外科党支部", "医技党支部"), ("行政", "后勤")),
        ("人民医院属于管理类的是哪几个党支部？", ("行政党支部", "后勤党支部"), ("内科", "合计")),
    ],
)
def test_the_branches_of_a_merged_category_cell_are_listed(hospital, question, listed, others):
    answer = ask_source(hospital, question)
    assert all(name in answer.text for name in listed), answer.text
    assert all(other not in answer.text for other in others), answer.text


@pytest.mark.parametrize(
    "question", ["卫健局那个组织生活会应到多少人，实到多少？", "卫健局组织生活会应到几人？实到几人？请假几人？"]
)
def test_a_figure_an_earlier_part_already_states_is_not_repeated(health, question):
    answer = ask_source(health, question)
    assert "99名" in answer.text and answer.text.count("实到93名") == 1, answer.text
