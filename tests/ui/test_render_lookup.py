"""Look-up answers in the chat: a diff of two revisions marked <del>/<ins>, a cross-reference a link that
opens the article in place; everything from the documents escaped."""

from __future__ import annotations

import html
import re

from assistant.answer.extractive import answer_extractively
from assistant.answer.lookup_compare import difference
from assistant.answer.routing import understand
from assistant.core.schema import Answer, ArticleLink
from assistant.web.chat import answer_html, text_html
from tests.answer.regulation_fixtures import NEW_TITLE, all_regulations
from tests.answer.support import FakeSource

HOSTILE = '<img src=x onerror="alert(1)">'


def visible(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment.replace("<br>", "\n")))


def test_a_diff_is_marked_and_escaped():
    diff = difference(f"甲{HOSTILE}丙", "甲**乙**丙", "由2019年版到2024年版")
    answer = Answer(f"《旧》第一条：\n甲{HOSTILE}丙\n{diff.text}", "lookup", diffs=[diff])
    shown = text_html(answer)
    assert '<del class="kb-del">&#60;img src&#61;x onerror&#61;&#34;alert&#40;1&#41;&#34;&#62;</del>' in shown
    assert '<ins class="kb-ins">&#42;&#42;乙&#42;&#42;</ins>' in shown
    assert "<img" not in shown and "[-" not in shown and "{+" not in shown
    assert (
        visible(shown)
        == f"《旧》第一条：\n甲{HOSTILE}丙\n变化（由2019年版到2024年版，删去、新增）：\n甲{HOSTILE}**乙**丙"
    )


def test_a_cross_reference_opens_its_article_in_place():
    link = ArticleLink("本条例第十七条", "条例<b>", "第十七条", f"第十七条　{HOSTILE}")
    answer = Answer("第十九条　具有本条例第十七条规定的情形，依照本条例第十七条处理。", "lookup", links=[link])
    shown = text_html(answer)
    assert shown.count('<details class="kb-xref"><summary>本条例第十七条</summary>') == 2
    assert "<img" not in shown and "<b>条例" not in shown
    assert "《条例&#60;b&#62;》第十七条" in shown and "可继续问“第十七条呢”" in shown


def test_plain_answers_are_rendered_as_before():
    answer = Answer(f"依据{HOSTILE}", "lookup")
    assert text_html(answer) == answer_html(answer).split('<div class="kb-answer">')[1].split("</div>")[0]
    assert "<img" not in text_html(answer)


def test_a_compared_article_renders_its_diff_and_a_quoted_article_its_links():
    source = FakeSource(*all_regulations())
    compared = answer_extractively(understand("新旧两版效能监督条例第三条有什么不同"), source)
    shown = answer_html(compared)
    assert '<ins class="kb-ins">、注重实效</ins>' in shown and "{+" not in shown
    quoted = answer_extractively(understand("效能监督条例第八条"), source)
    shown = answer_html(quoted)
    assert "<summary>本条例第十一条</summary>" in shown
    assert f"《{NEW_TITLE}》第十一条" in visible(shown)
