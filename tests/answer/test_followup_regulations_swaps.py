"""Regulation follow-ups: another regulation named in place of the last one, whole; 新版 after a revision quoted."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve


def resolved(turns: list[tuple[str, str]], question: str):
    history: list[dict] = []
    for asked, answer in turns:
        history += [{"role": "user", "content": asked}, {"role": "assistant", "content": answer}]
    return resolve(question, conversation_state(history))


INSPECTION = (
    "巡察工作规则什么时候施行的",
    "依据《某某市委巡察工作规则（2019年）》：第三十条 本规则自印发之日起施行。〔1〕",
)
CHARTER_NOTE = (
    "学习贯彻办法由谁解释",
    "依据《某某学院党委理论学习贯彻办法（2020年修订）》：第二十条 本办法由学院党委负责解释。〔1〕",
)


@pytest.mark.parametrize(
    ("turns", "question", "expected", "not_expected"),
    [
        ([INSPECTION], "信访工作条例呢", "信访工作条例什么时候施行的", "巡察信访"),
        ([INSPECTION], "那党员教育管理工作条例呢", "党员教育管理工作条例什么时候施行的", "2019年"),
        ([CHARTER_NOTE], "换成保密工作规定呢", "保密工作规定由谁解释", "理论学习"),
    ],
)
def test_another_regulation_replaces_the_whole_name(turns, question, expected, not_expected):
    asked = resolved(turns, question).question
    assert asked.startswith(expected) and not_expected not in asked, asked


@pytest.mark.parametrize(
    ("question", "revision"),
    [("新版一共多少条", "新版"), ("现行版有几章", "现行版")],
)
def test_a_revision_word_after_a_quoted_revision_asks_that_revision(question, revision):
    turns = [
        ("2016年版的由谁解释", "依据《中国共产党某某条例（2016年修订）》：第九十条 本条例由中央办公厅负责解释。〔1〕"),
    ]
    asked = resolved(turns, question).question
    assert "2016" not in asked and "某某条例" in asked and revision in asked, asked


@pytest.mark.parametrize("question", ["要学哪个准则", "按什么规定报送"])
def test_asking_which_regulation_keeps_the_organisation_talked_about(question):
    turns = [("溪口镇党委开民主生活会前要学习几次", "会前集中学习不少于2次〔1〕。")]
    asked = resolved(turns, question).question
    assert asked.startswith("溪口镇党委"), asked


def test_a_turn_after_asking_which_regulation_keeps_the_organisation_too():
    turns = [("溪口镇党委开民主生活会前要学习几次", "会前集中学习不少于2次〔1〕。"), ("要学哪个准则", "某某〔1〕。")]
    asked = resolved(turns, "会后几天内要报送材料").question
    assert asked.startswith("溪口镇党委"), asked


ACCOUNTABILITY = [
    ("问责条例第十条", "依据《中国共产党问责条例（2019年修订）》第十条：\n第十条 某某。〔1〕"),
    ("那第二款呢", "依据《中国共产党问责条例（2019年修订）》第十条第二款：某某〔1〕"),
    ("旧版呢", "依据《中国共产党问责条例（2016年）》第八条第二款：某某〔1〕"),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("新版这一条在哪一章", "《中国共产党问责条例（2019年修订）》第十条在哪一章"),
        ("旧版这一条在哪一章", "《中国共产党问责条例（2016年）》第八条在哪一章"),
        ("2016年版这条在第几章", "《中国共产党问责条例（2016年）》第八条在第几章"),
    ],
)
def test_this_article_in_a_revision_is_its_counterpart_asked_before(question, expected):
    assert resolved(ACCOUNTABILITY, question).question == expected


def test_this_article_in_a_revision_never_asked_is_not_guessed():
    asked = resolved(ACCOUNTABILITY[:1], "旧版这一条在哪一章").question
    assert "第十条" not in asked or "2019" not in asked, asked
