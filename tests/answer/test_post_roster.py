"""班子都有谁，啥职务: a sentence made of nothing but posts and their holders names the whole team, each shown
with the posts held, as one answer (not a refused first part)."""

from __future__ import annotations

import pytest

from assistant.answer.question_parts import split_parts
from tests.answer.support import FakeSource, ask_source, make_chunk

INSTITUTE = "中共南浦市农业科学院委员会2024年度党建工作总结"
WATER = "白石县水务局党组2024年度工作报告"

SOURCE = FakeSource(
    [
        make_chunk(
            INSTITUTE,
            "院党委下设党支部9个，共有党员236名。院党委书记、院长冯德胜，院党委副书记、副院长谭秀英，"
            "院党委委员、纪委书记龚建军，院党委委员、副院长岳晓东。全年召开党委会议24次。",
            ("一、基本情况",),
        )
    ]
)
WATER_SOURCE = FakeSource(
    [
        make_chunk(
            WATER,
            "局党组班子团结协作，全年召开党组会议18次。局党组书记、局长侯振宇；党组成员、副局长沈美玲；党组成员、总工程师邓国华。",
            ("一、班子建设",),
        ),
    ]
)
INSTITUTE_TEAM = [
    ("冯德胜", "院党委书记、院长"),
    ("谭秀英", "院党委副书记、副院长"),
    ("龚建军", "院党委委员、纪委书记"),
    ("岳晓东", "院党委委员、副院长"),
]
WATER_TEAM = [("侯振宇", "局党组书记、局长"), ("沈美玲", "党组成员、副局长"), ("邓国华", "党组成员、总工程师")]


@pytest.mark.parametrize(
    ("source", "question", "team"),
    [
        (SOURCE, "农业科学院党委班子都有谁，啥职务？", INSTITUTE_TEAM),
        (SOURCE, "农科院党委领导班子成员分别是谁，各自什么职务", INSTITUTE_TEAM),
        (WATER_SOURCE, "水务局党组班子都有谁？", WATER_TEAM),
    ],
)
def test_a_roster_sentence_names_the_team_with_posts(source, question, team):
    answer = ask_source(source, question)
    assert not answer.refused, answer.text
    assert "第一问" not in answer.text
    for number, (name, posts) in enumerate(team, 1):
        assert f"{number}. {name}（{posts}）〔" in answer.text, answer.text
    assert f"共{len(team)}人" in answer.text


def test_posts_asked_after_the_people_is_one_question():
    assert split_parts("水务局党组班子都有谁，啥职务？") == ["水务局党组班子都有谁，啥职务？"]


def test_a_sentence_with_other_words_is_no_roster():
    source = FakeSource(
        [make_chunk(WATER, "局党组书记、局长侯振宇主持会议，党组成员、副局长沈美玲，总工程师邓国华列席。", ())]
    )
    assert "共3人" not in ask_source(source, "水务局党组班子都有谁？").text
