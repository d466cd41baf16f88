"""Whose role a sentence names: 高新区非公企业党委组织委员张慧 holds the role in another body than the
document's own, and （党总支组织委员） in another than the branch a question asks about, so the name answers
nothing of who holds that role in the organisation or branch asked."""

from __future__ import annotations

import re

from assistant.answer.answer_types import ANCHOR_FORMS, PERSON, ROLE_AT_END, Wanted
from assistant.answer.branch_units import names_unit
from assistant.answer.person_names import is_name, people_named
from assistant.core.words import tagged_words

# A party body or inspection team right before a role holds it (…非公企业党委组织委员, …督导组组长).
BODIES = r"党委|党工委|党组|纪委|纪工委|委员会|督导组|巡察组"
BODY_BEFORE = re.compile(rf"([\u4e00-\u9fff]{{2,14}}?)(?:{BODIES})(?:副)?[\u4e00-\u9fff]{{0,2}}$")
# Of a branch asked about, a branch or 党总支 before the role too (（党总支组织委员）): the whole body named.
UNIT_BODY_BEFORE = re.compile(
    rf"([\u4e00-\u9fff]{{0,14}}?(?:{BODIES}|党总支|党支部|支部))(?:副)?[\u4e00-\u9fff]{{0,2}}$"
)
OWN_KIND = re.compile(r"(?:党)?支部(?:委员会)?")  # the branch said by its kind alone: its own
CLAUSE = re.compile(r"[^，,；;。！？!?\n]+")


def another_bodys_role(part: Wanted, sentence: str, own: tuple[str, ...], unit: str = "") -> bool:
    """高新区非公企业党委组织委员张慧到会指导: every mention of the role asked is held in another body than the
    document's own, so its name answers nothing about the document's organisation. Of a branch asked about
    (某党支部的组织委员), any other body's role — its own 党总支's too — is another body's."""
    if part.kind != "person" or not part.anchor:
        return False
    forms = ANCHOR_FORMS.get(part.anchor, (part.anchor,))
    mentions = [m for form in forms for m in re.finditer(re.escape(form), sentence)]
    if unit:
        bodies = [UNIT_BODY_BEFORE.search(sentence[: m.start()]) for m in mentions]
        # a bare 支部书记 is the branch's own; a bare 党总支组织委员 the body's above it
        return bool(mentions) and all(
            body and not OWN_KIND.fullmatch(body.group(1)) and not names_unit(unit, "", body.group(1))
            for body in bodies
        )
    bodies = [BODY_BEFORE.search(sentence[: m.start()]) for m in mentions]
    return bool(mentions) and all(
        body and not any(body.group(1) in name or name in body.group(1) for name in own) for body in bodies
    )


def nobody_of_the_act(part: Wanted, sentence: str) -> bool:
    """请假1名…，指导人员为某某: who did an act (请假的都是谁) is told only by a name in a clause saying the act; a
    name beside another act of the same row (the 指导人员) is not theirs. Roles are left to `another_bodys_role`."""
    if part.kind != "person" or not part.anchor or ROLE_AT_END.search(part.anchor):
        return False
    forms = ANCHOR_FORMS.get(part.anchor, (part.anchor,))
    saying = [c for c in CLAUSE.findall(sentence) if any(form in c for form in forms)]
    return bool(saying) and not any(PERSON.search(c) or people_named(c) or names_anyone(c) for c in saying)


def names_anyone(clause: str) -> bool:
    """请假2名（甲、乙因公出差）: names listed without a role."""
    return any(is_name(word) for word, _ in tagged_words(clause))
