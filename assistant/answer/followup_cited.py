"""组织生活会情况报告呢 / 某某的述职报告呢 / 那另一单位的报告呢 after 某单位2024年度总结引用了哪些法规: the same question
of the document the turn names — by its type, its author or another organisation — in place of the last one's,
never the named document read as what is cited."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant.answer.cited_asked import CITED, asking_start
from assistant.answer.question import ORG_SUFFIX, slots_of

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn

# 那X呢 where X is a document by what documents are called (…报告 / …总结 / 述职 / 要点 / 纪要)
DOCUMENT_SWAPPED = re.compile(
    r"^(?:那|那么)?(?:换成|改成|再看看?)?(?P<doc>[^，,。？?]{0,20}?(?:报告|总结|述职|要点|纪要|计划|方案|材料))"
    r"(?:里|中|里面)?(?:的)?呢[？?。！!\s]*$"
)

# 卫生院的报告: the document named by an organisation said first
ORGANISATION_FIRST = re.compile(rf"^[\u4e00-\u9fff]{{0,12}}?(?:{ORG_SUFFIX})")


def cited_in_other_document(text: str, last: Turn) -> str:
    """The last question's asking (引用了哪些法规) of the document this turn names, kept in the organisation and
    period the last one named unless the turn names an organisation of its own; "" when the last turn asked no
    citations or this one names no document."""
    asked = CITED.search(last.question)
    swapped = DOCUMENT_SWAPPED.match(text.strip())
    if not asked or not swapped:
        return ""
    document, start = swapped.group("doc"), asking_start(asked)
    if slots_of(document).holder or last.namer(document) or ORGANISATION_FIRST.match(document):
        # 水利局的报告: another organisation's, said whole
        return f"{document}{last.question[start:]}"
    before = last.question[:start]
    period = last.slots.period
    scope = before[: before.index(period) + len(period)] if period and period in before else last.holder
    return f"{scope}{document}{last.question[start:]}"
