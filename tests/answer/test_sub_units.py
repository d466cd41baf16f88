"""A branch asked about (外科党支部, 第二党小组) is answered only by figures and sentences said of it,
never by the whole organisation's figure that merely lists the branch."""

from __future__ import annotations

import pytest

from assistant.answer.branch_units import names_unit, sub_unit
from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from tests.answer.support import FakeSource, grounded, make_chunk

TITLE = "青禾县人民医院党委2024年度工作总结"
REPORT = [
    make_chunk(
        TITLE,
        "医院党委下设门诊、急诊、药剂、后勤4个党支部，共有党员120名，其中在职党员98名。",
        ("一、基本情况",),
    ),
    make_chunk(TITLE, "急诊党支部现有党员31名，全年开展主题党日12次。", ("二、支部建设",), position=1),
    make_chunk(TITLE, "医院党委书记为周明远，全年讲党课4次。", ("三、班子建设",), position=2),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(REPORT))  # type: ignore[arg-type]


def ask(assistant: Assistant, question: str) -> Answer:
    return grounded(assistant.ask(question))


@pytest.mark.parametrize("question", ["青禾县人民医院急诊党支部有多少名党员？", "人民医院急诊党支部现有几名党员"])
def test_a_branch_named_by_its_own_sentence_is_answered(assistant, question):
    answer = ask(assistant, question)
    assert "31名" in answer.text and "120名" not in answer.text


@pytest.mark.parametrize("question", ["青禾县人民医院药剂党支部有多少名党员？", "人民医院门诊党支部一共几个党员"])
def test_a_branch_only_listed_is_not_answered_with_the_whole(assistant, question):
    answer = ask(assistant, question)
    assert "120名" not in answer.text.split("相关内容")[0]
    assert answer.refused


def test_the_whole_organisation_is_still_answered(assistant):
    assert "120名" in ask(assistant, "青禾县人民医院党委共有多少名党员？").text


def test_a_person_of_the_whole_does_not_answer_for_a_branch(assistant):
    answer = ask(assistant, "人民医院药剂党支部的书记是谁？")
    assert "周明远" not in answer.text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("中医院外科党支部有多少名党员？", "外科"),
        ("县机关党支部第二党小组志愿服务多少人次", "第二党小组"),
        ("中医院四个支部一共有多少名党员", ""),
        ("各村党支部有多少党员", ""),
        ("桃源村2023年开了几次党小组会？", ""),  # a meeting, not a unit
        ("学院2023年最后换届党支部完成了几个？", ""),  # an action before 党支部, not a unit's name
        (
            "县纪委监委机关党支部开了几次支委会",
            "机关党支部",
        ),  # said_of_unit: the body's own name when its title says it
        ("税务局第三党支部召开支部党员大会多少次？", "第三党支部"),  # 支部党员大会 is a meeting
        ("急诊党支部召开了几次支部委员会", "急诊"),
    ],
)
def test_sub_unit(question, unit):
    assert sub_unit(question) == unit


def test_a_list_of_units_does_not_name_one():
    assert not names_unit("外科", "医院总结", "下设内科、外科、医技3个党支部，共有党员97名")
    assert names_unit("外科", "医院总结", "外科党支部有党员26名")


FLOWS = [
    make_chunk("丰源村党支部2024年度工作总结", "全年发展党员3名，其中女党员2名。", ("一、队伍建设",)),
    make_chunk("丰源村党支部2024年度工作总结", "支部现有党员42名，其中女党员11名。", ("一、队伍建设",), position=1),
    make_chunk("丰源村党支部2024年度工作总结", "全年吸收预备党员2名，其中返乡青年1名。", ("二、发展党员",), position=2),
]


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("丰源村党支部有多少名女党员？", "11名", "2名"),
        ("丰源村党支部2024年发展了几名女党员", "2名", "11名"),
    ],
)
def test_how_many_there_are_is_not_how_many_were_gained(question, figure, wrong):
    answer = ask(Assistant(FakeSource(FLOWS)), question)  # type: ignore[arg-type]
    assert figure in answer.text and wrong not in answer.text


def test_a_stock_asked_where_only_a_flow_is_stated_is_refused():
    answer = ask(Assistant(FakeSource(FLOWS)), "丰源村党支部一共有多少名返乡青年党员？")  # type: ignore[arg-type]
    assert answer.refused and "1名" not in answer.text.split("相关内容")[0]


@pytest.mark.parametrize(
    ("unit", "statement"),
    [("第三支部", "第三党支部：党员人数20名，民主评议优秀7人。"), ("第二党小组", "第二小组本月开展志愿服务3次。")],
)
def test_a_branch_is_named_with_or_without_the_party_word(unit, statement):
    assert names_unit(unit, "", statement)
    assert not names_unit("第一支部", "", statement)
