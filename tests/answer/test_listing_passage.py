"""A list is answered by a passage that lists things: 局党组的主要职责有哪几项 takes the article 主要职责是：（一）…（二）…,
not a sentence that only repeats the organisation's name (…议事规则同时废止)."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

RULE_TITLE = "鹭江市水利局党组工作规则（试行）"
RULE = f"""{RULE_TITLE}
第一章　总则
第一条　为加强和规范鹭江市水利局党组（以下简称局党组）工作，根据有关党内法规，制定本规则。
第二章　组成和职责
第五条　局党组由书记、副书记和成员组成，成员一般为5至7人。
第六条　局党组的主要职责是：
（一）学习贯彻党的路线方针政策；
（二）讨论和决定本局重大事项；
（三）领导本局干部人事工作；
（四）履行全面从严治党主体责任。
第三章　附则
第二十条　本规则自2024年5月1日起施行。2020年印发的《鹭江市水利局党组议事规则》同时废止。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(RULE_TITLE, RULE))


@pytest.mark.parametrize("question", ["鹭江市水利局党组的主要职责有哪几项", "鹭江市水利局党组的职责都有哪些？"])
def test_the_article_that_lists_not_the_sentence_naming_the_subject(source, question):
    answer = ask_source(source, question)
    assert "共4项" in answer.text, answer.text
    for item in ("路线方针政策", "重大事项", "干部人事", "主体责任"):
        assert item in answer.text
    assert "废止" not in answer.text
