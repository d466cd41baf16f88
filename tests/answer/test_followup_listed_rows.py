"""Follow-ups over a per-branch table and a target table, and turns that name another body or institution
(invented organisations: 红岭县水利局, 北塘镇卫生院, 云港供电公司)."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.conversation_fixtures import understood
from tests.answer.support import make_chunk


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("红岭县水利局机关党委有几个党支部？", "都有哪些支部？", "其中河道管理所党支部有多少党员？"),
            "红岭县水利局机关党委河道管理所党支部有多少党员？",
        ),
        (
            ("北塘镇卫生院党总支下设几个支部？", "这几个支部都叫什么？", "其中护理党支部有几名党员？"),
            "北塘镇卫生院党总支护理党支部有几名党员？",
        ),
    ],
)
def test_a_part_after_a_list_is_one_of_the_things_listed(turns, expected):
    assert understood(*turns).question == expected


def test_a_column_swapped_after_a_listed_row_keeps_the_row():
    turns = ("红岭县水利局机关党委有几个党支部？", "都有哪些支部？", "其中河道管理所党支部有多少党员？", "女党员呢？")
    question = understood(*turns).question
    assert "红岭县水利局机关党委河道管理所党支部" in question and "女党员" in question and "其中" not in question


@pytest.mark.parametrize("kind", ["检察院", "法院", "卫生院"])
def test_another_organisation_replaces_one_named_by_its_kind_alone(kind):
    question = understood(f"{kind}2024年发展了几名党员？", "换成云港供电公司的呢？").question
    assert question.startswith("云港供电公司") and kind not in question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("红岭县水利局2024年集中学习几次？", "组织生活会查摆了多少问题？", "机关纪委2024年谈话提醒呢？"),
            "2024年机关纪委谈话提醒有多少",
        ),
        (("北塘镇卫生院2024年开了几次支委会？", "团委志愿服务呢？"), "团委志愿服务有多少"),
    ],
)
def test_another_body_and_its_own_act_make_a_question_of_their_own(turns, expected):
    question = understood(*turns).question
    assert expected in question and "查摆" not in question and "支委会" not in question


def test_only_the_period_is_new_when_the_thing_is_said_again():
    turns = ("红岭县水利局2024年集中学习几次？", "机关纪委2024年谈话提醒呢？", "2025年上半年谈话提醒呢？")
    question = understood(*turns).question
    assert "2025年上半年" in question and question.count("谈话") == 1


@pytest.mark.parametrize(
    ("turns", "dropped"),
    [
        (("红岭县水利局2025年河道清淤全年目标是多少公里？", "上半年干了多少？"), "目标"),
        (("北塘镇卫生院2025年家庭医生签约计划是多少户？", "上半年实际签了多少？"), "计划"),
    ],
)
def test_what_was_done_is_not_asked_as_the_target(turns, dropped):
    question = understood(*turns).question
    assert "上半年" in question and dropped not in question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("红岭县检察院政治部党支部有多少党员？", "全院党员里员额检察官有几名？"), "红岭县检察院全院党员"),
        (("红岭县检察院机关党委政治部党支部有多少党员？", "检察长是谁？"), "红岭县检察院检察长是谁"),
        (("红岭县水利局机关第二党支部有多少党员？", "局长是谁？"), "红岭县水利局局长是谁"),
    ],
)
def test_the_institution_is_asked_of_not_the_branch_of_the_last_turn(turns, expected):
    assert understood(*turns).question.startswith(expected)


def test_a_branch_of_the_organisation_is_still_asked_of_a_party_head():
    question = understood("红岭县水利局机关第二党支部有多少党员？", "书记是谁？").question
    assert question.startswith("红岭县水利局机关第二党支部")


def test_each_branch_after_a_person_is_asked_of_no_person():
    question = understood("周海峰2024年谈心谈话多少人次？", "那民主生活会前各支部谈心谈话共多少人次？").question
    assert "周海峰" not in question


def test_a_part_column_of_a_row_counts_what_its_whole_counts():
    chunk = make_chunk(
        "红岭县法院机关党委2024年度工作总结",
        "刑事审判庭党支部：党员数9，其中员额法官0，其中书记员2。",
        ("一、基本情况",),
    )
    facts = {f.predicate: f for f in extract_facts(chunk)}
    assert facts["其中员额法官"].number == 0 and facts["其中员额法官"].family == "person"
    assert facts["其中书记员"].family == "person"
