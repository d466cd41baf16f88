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
