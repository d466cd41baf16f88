"""What a report cites, asked more narrowly (总结里引用了X条例哪几条 / 除了X还引用了哪些), a regulation the knowledge
base does not hold asked for its rules, and 它一共有多少条 after an article of a cited regulation — over documents
written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk
from tests.answer.test_lookup_fixtures import NEW, OLD

FOREST = "青松县林业局机关党委2024年度党建工作总结"
WATER = "临江区水务局党支部2024年度党建工作报告"
PLAN = "青松县林业局机关党委2025年党建工作要点"
DOCUMENTS = [
    [
        make_chunk(
            FOREST, "组织学习《护林员队伍管理暂行办法》和《中国共产党支部工作条例（试行）》。", ("一、理论学习",)
        ),
        make_chunk(
            FOREST,
            "对照《中国共产党示范工作条例》第三条、第四条，对2个党小组开展专项检查，发现问题6个。",
            ("三、纪律建设",),
            position=1,
        ),
    ],
    [
        make_chunk(
            WATER,
            "严格执行《中国共产党示范工作条例》，依据该条例的规定开展廉政谈话11人次。",
            ("二、作风建设",),
        ),
        make_chunk(
            WATER, "按照《中国共产党示范工作条例》的第五条至第六条，规范了支部学习档案。", ("一、组织建设",), position=1
        ),
    ],
    [make_chunk(PLAN, "全年对照《中国共产党示范工作条例》推进作风建设，开展廉政谈话12次。", ("二、作风建设",))],
    NEW,
    OLD,
]


def conversation(*questions: str) -> list:
    helper = Assistant(FakeSource(*DOCUMENTS))
    history: list[dict] = []
    answers = []
    for question in questions:
        answer = helper.ask(question, history)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        answers.append(answer)
    return answers


def test_the_articles_of_one_regulation_a_report_cites_each_cited():
    (answer,) = conversation("林业局去年总结里引用了示范工作条例哪几条")
    assert answer.kind == "cited" and not answer.refused, answer.text
    assert "第三条" in answer.text and "第四条" in answer.text and "共2条" in answer.text, answer.text
    assert "没有收录" not in answer.text and answer.citations, answer.text


@pytest.mark.parametrize(
    ("question", "articles"),
    [
        ("水务局报告中依据示范工作条例的哪些条款？", ["第五条", "第六条"]),
        ("林业局总结里对照《示范工作条例》第几条开展检查", ["第三条", "第四条"]),
    ],
)
def test_articles_cited_in_other_words(question, articles):
    (answer,) = conversation(question)
    assert answer.kind == "cited" and all(a in answer.text for a in articles), answer.text


def test_the_regulation_left_out_by_besides_is_not_listed():
    _, answer = conversation("示范工作条例一共有多少条？", "林业局的总结里除了示范工作条例还引用了哪些？")
    assert answer.kind == "cited" and not answer.refused, answer.text
    assert "护林员队伍管理暂行办法" in answer.text and "支部工作条例" in answer.text, answer.text
    assert "1. 《中国共产党示范工作条例》" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["林业局总结里除了支部工作条例以外，还引用了哪些？", "除了《护林员队伍管理暂行办法》，林业局总结还引用了什么"],
)
def test_besides_in_other_words(question):
    (answer,) = conversation(question)
    assert answer.kind == "cited" and "共2部" in answer.text, answer.text
    left_out = "支部工作条例" if "支部" in question else "护林员"
    assert left_out not in answer.text.split("\n", 1)[1], answer.text


@pytest.mark.parametrize(
    "question",
    [
        "那护林员队伍管理暂行办法里对护林员擅离岗位是咋规定的？",
        "护林员队伍管理暂行办法中对巡山频次有什么要求",
        "在林区防火值守规则里怎么规定值班的",
    ],
)
def test_a_regulation_not_held_asked_for_its_rules_is_refused_as_not_held(question):
    (answer,) = conversation(question)
    assert answer.refused and "没有收录" in answer.text, answer.text


@pytest.mark.parametrize("last", ["它一共有多少条？", "它总共几条", "它有多少条"])
def test_it_after_an_article_of_the_cited_regulation_is_the_regulation(last):
    *_, answer = conversation("林业局今年的要点里说要对照哪个条例推进作风建设？", "这个条例第三条讲的啥？", last)
    assert "共6条" in answer.text and "改组" not in answer.text, answer.text
