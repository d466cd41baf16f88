"""A post asked in a clerk's words: 管纪检的是谁 is the 纪检委员, 在局里担任啥职务 the post written beside the name
(副局长某某 / 书记某某（局党组成员、副局长）), and 他 after 书记是谁 the holder, whatever the surname."""

from __future__ import annotations

import pytest

from assistant.core.names import is_name
from tests.answer.conversation_fixtures import understood
from tests.answer.support import FakeSource, ask_source, make_chunk

COMMUNITY = "蓝湾街道海星社区党支部2024年度党建工作总结"
COMMUNITY_DOC = [
    make_chunk(
        COMMUNITY,
        "支部委员会由5名委员组成：书记钟立平，副书记汤晓薇，组织委员宁海，宣传委员卓文彬，纪检委员毕云舒。全年召开支委会12次。",
        ("一、组织建设",),
    )
]
BUREAU = "青禾县农业农村局机关党委2024年度党建工作总结"
BUREAU_DOC = [
    make_chunk(
        BUREAU,
        "局党组书记、局长严正方带头讲党课3次，副局长温若兰（机关党委书记）讲党课2次。"
        "机关党委由5名委员组成，书记阎立诚（局党组成员、副局长），专职副书记蔺晓峰。",
        ("一、理论学习",),
    )
]

HOSPITAL = "鹿鸣县中医院党委2024年度党建工作总结"
HOSPITAL_DOC = [
    make_chunk(HOSPITAL, "院党委书记王建华讲专题党课4次，副书记屈红梅讲党课2次。", ("一、理论学习",), position=0),
    make_chunk(HOSPITAL, "院党委由7名委员组成，书记王建华（副院长），副书记屈红梅。", ("二、组织建设",), position=1),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(COMMUNITY_DOC, BUREAU_DOC, HOSPITAL_DOC)


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("海星社区支部管纪检的是谁", "纪检委员毕云舒"),
        ("海星社区支部管宣传的是哪位", "宣传委员卓文彬"),
        ("海星社区支部负责组织工作的是谁", "组织委员宁海"),
    ],
)
def test_a_post_said_by_its_work_is_that_committee_member(source, question, holder):
    answer = ask_source(source, question)
    assert not answer.refused and holder in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "post"),
    [
        ("温若兰在局里担任啥职务", "副局长温若兰"),
        ("阎立诚在局里担任什么职务", "副局长"),
        ("温若兰是什么职务", "副局长温若兰"),
        ("王建华在院里担任什么职务", "副院长"),
    ],
)
def test_the_post_beside_the_name_answers_what_post_a_person_holds(source, question, post):
    answer = ask_source(source, question)
    assert not answer.refused and post in answer.text, answer.text


def test_a_holder_of_a_rarer_surname_is_who_he_points_at():
    assert is_name("蔺晓峰") and is_name("阎立诚")
    route = understood(
        (
            "农业农村局机关党委书记是谁",
            "机关党委由5名委员组成，书记阎立诚（局党组成员、副局长），专职副书记蔺晓峰〔1〕。",
        ),
        "他讲了几次党课",
    )
    assert "阎立诚" in route.question, route.question
