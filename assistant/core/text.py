"""Text patterns shared by every stage: 《》 titles, years, sentences, whitespace."""

from __future__ import annotations

import re

TITLE_REF = re.compile(r"《([^》]{2,60})》")
YEAR = re.compile(r"(?:19|20)\d{2}")
SENTENCE = re.compile(r"[^。！？；!?]*[。！？；!?]+[”’」）)]*|[^。！？；!?]+$")
WHITESPACE = re.compile(r"\s+")


def split_sentences(text: str) -> list[str]:
    return [s for s in SENTENCE.findall(text) if s.strip()]


def squash(text: str) -> str:
    """Text without any whitespace, for comparisons that must ignore line breaks and spaces."""
    return WHITESPACE.sub("", text)


# A list item's number at a line start (1.…, 2、…, and 2.10月底前…, where the 10 is the month's): numbering,
# not a quantity of the text.
ITEM_NUMBER = re.compile(r"^([ \t　]*)\d{1,2}[.．、](?=\s|\d{1,2}\s*月|[^\d\s])", re.M)
