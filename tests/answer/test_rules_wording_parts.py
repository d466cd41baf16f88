"""A rule's fact asked in a clerk's words (到期还不合格 for 期满仍不符合条件) is asked again in the rules' words
when the plain wording finds nothing; a later part of one question is not pinned to the regulation the first
part's answer came from when the user named none."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, index_like

CHARTER = "红枫市律师协会章程（2021年修改）"
RULES = "红枫市律师协会会员惩戒办法（2022年修订）"
CHARTER_TEXT = """红枫市律师协会章程
第一条　为规范协会工作，制定本章程。
第十四条　会员可以自愿退会。暂停会籍的期限最长不超过两年。
第十五条　本章程由理事会负责解释。
"""
RULES_TEXT = """红枫市律师协会会员惩戒办法
第一条　为规范会员惩戒工作，制定本办法。
第九条　对于受到暂停会籍处分一年的会员，期满后仍不符合恢复会员权利条件的，应当延长一年暂停会籍期限。
第十条　试用期满仍不符合执业条件的，取消其申请执业资格。
第十一条　本办法自发布之日起施行。
"""


def assistant() -> Assistant:
    return Assistant(
        index_like(FakeSource(regulation_chunks(CHARTER, CHARTER_TEXT), regulation_chunks(RULES, RULES_TEXT)))
    )


def test_the_second_part_in_plain_words_is_found_in_another_regulation():
    answer = assistant().ask("暂停会籍最长能停多久？停了一年的到期还不合格咋办？")
    assert "两年" in answer.text and "延长一年" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected"),
    [("暂停会籍一年的，到期了仍然不合格怎么处理？", "延长一年"), ("实习律师试用期到期还是不合格的怎么办", "取消")],
)
def test_a_rule_asked_in_plain_words_is_found_in_its_own_words(question, expected):
    answer = assistant().ask(question)
    assert not answer.refused and expected in answer.text, answer.text


def test_a_later_part_is_not_pinned_to_the_regulation_the_first_parts_answer_came_from():
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    first = Turn("暂停会籍最长能停多久？", answer=f"依据《{CHARTER}》第十四条：暂停会籍的期限最长不超过两年〔1〕。")
    assert CHARTER not in resolve("停了一年的到期还不合格咋办？", first, within_question=True).question
    named = Turn("律协章程里暂停会籍最长能停多久？", answer=f"依据《{CHARTER}》第十四条：最长不超过两年〔1〕。")
    assert CHARTER in resolve("谁来解释？", named, within_question=True).question
