"""Whose role a sentence names: 高新区非公企业党委组织委员张慧 holds the role in another body than the
document's own, and （党总支组织委员） in another than the branch a question asks about, so the name answers
nothing of who holds that role in the organisation or branch asked."""

from __future__ import annotations

import re

from assistant.answer.answer_types import ANCHOR_FORMS, Wanted
from assistant.answer.branch_units import names_unit

# A party body or inspection team right before a role holds it (…非公企业党委组织委员, …督导组组长, （党总支组织委员）).
BODY_BEFORE = re.compile(
    r"([\u4e00-\u9fff]{0,14}?(?:党委|党工委|党组|纪委|纪工委|委员会|督导组|巡察组|党总支|党支部|支部))"
    r"(?:副)?[\u4e00-\u9fff]{0,2}$"
)


def another_bodys_role(part: Wanted, sentence: str, own: tuple[str, ...], unit: str = "") -> bool:
    """高新区非公企业党委组织委员张慧到会指导: every mention of the role asked is held in another body than the
    document's own, so its name answers nothing about the document's organisation. Of a branch asked about
    (某党支部的组织委员), any other body's role — its own 党总支's too — is another body's."""
    if part.kind != "person" or not part.anchor:
        return False
    forms = ANCHOR_FORMS.get(part.anchor, (part.anchor,))
    mentions = [m for form in forms for m in re.finditer(re.escape(form), sentence)]
    bodies = [BODY_BEFORE.search(sentence[: m.start()]) for m in mentions]
    if unit:
        return bool(mentions) and all(body and not names_unit(unit, "", body.group(1)) for body in bodies)
    return bool(mentions) and all(
        body and not any(body.group(1) in name or name in body.group(1) for name in own) for body in bodies
    )
