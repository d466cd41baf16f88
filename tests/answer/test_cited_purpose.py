"""The regulation a report cites for what it does, said after the asking (对照哪个条例压实管党治党责任): the one
cited right before those words, not every regulation of the sentence; 这个条例 / 它 afterwards is that regulation."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.article_followup_fixtures import NEW_CODE, NEW_CODE_TEXT
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, make_chunk

REPORT = "临港海事处机关党委2026年党建工作要点"
STUDY = "中国共产党海事系统党员学习规则"
STUDY_TEXT = "中国共产党海事系统党员学习规则\n第一条　为规范党员学习，制定本规则。\n第二条　党员每月集中学习一次。\n"
CHUNKS = [
    make_chunk(
        REPORT,
        "组织党员学习《中国共产党海事系统党员学习规则》，对照《中国共产党航运系统党员纪律条例》严肃查处违纪问题。",
        ("二、强化纪律建设",),
    ),
    make_chunk(REPORT, "开展警示教育2次。", ("三、其他工作",), position=1),
]


def assistant() -> Assistant:
    regulations = [regulation_chunks(t, x) for t, x in ((NEW_CODE, NEW_CODE_TEXT), (STUDY, STUDY_TEXT))]
    return Assistant(FakeSource(*regulations, CHUNKS))


@pytest.mark.parametrize(
    "question", ["海事处要点里要对照哪个条例严肃查处违纪问题？", "要点里依据什么规定来查处违纪问题"]
)
def test_the_regulation_cited_right_before_the_activity(question):
    text = assistant().ask(question).text
    assert "共1部" in text and "航运系统党员纪律条例》——" in text and "学习规则》——" not in text, text


@pytest.mark.parametrize("size_asked", [("这个条例一共有多少条？",), ("第五条呢？", "它一共有多少条？")])
def test_this_regulation_afterwards_is_the_one_cited(size_asked):
    _, article, *_, size = converse(
        assistant(), "海事处要点里要对照哪个条例严肃查处违纪问题？", "这个条例第六条讲的啥？", *size_asked
    )
    assert NEW_CODE in article.text and "宴请" in article.text, article.text
    assert "共8条" in size.text, size.text
