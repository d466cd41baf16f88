"""最后一条 / 最后一章 of a named regulation, asked on its own or after a question about it: its last article
or chapter, quoted like 第N条."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like

TITLE = "白沙镇党委议事规则"
RULES = """白沙镇党委议事规则
第一章　总则
第一条　为规范镇党委议事决策，制定本规则。
第二条　镇党委议事坚持民主集中制。
第二章　议事程序
第三条　议题由党委书记确定。
第四条　会议须有半数以上委员到会方能召开。
第三章　附则
第五条　本规则由镇党委办公室负责解释。
第六条　本规则自印发之日起施行。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(TITLE, RULES)))


def test_the_last_article_of_a_named_regulation_is_quoted():
    for question in (f"《{TITLE}》最后一条说的啥", f"{TITLE}最末那条讲什么"):
        answer = ask_source(source(), question)
        assert "印发之日起施行" in answer.text and answer.citations[0].chunk.article == "第六条", answer.text


def test_the_last_chapter_of_a_named_regulation_is_its_highest_numbered():
    answer = ask_source(source(), f"{TITLE}最后一章是什么")
    assert "附则" in answer.text and "第五条" in answer.text, answer.text


def test_the_last_article_after_a_question_about_the_regulation():
    answers = converse(Assistant(source()), f"{TITLE}一共多少条", "最后一条说的啥")
    assert "印发之日起施行" in answers[1].text, answers[1].text
