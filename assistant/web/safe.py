"""Escaping for everything a document or a user wrote that the browser shows.

Gradio renders chat messages and `gr.Markdown` values as Markdown (with HTML allowed), so a
title such as `![x](http://evil/x.png)` or `<img src=x onerror=…>` would become an image or
markup. Escaping as HTML entities turns every character that Markdown or HTML could read as
syntax into plain text; the browser shows it literally.
"""

from __future__ import annotations

# Characters HTML or Markdown (CommonMark + GFM + gradio's extensions) can read as syntax;
# one pass maps each to a numeric entity (escaping twice would show "&amp;" literally).
SYNTAX_CHARS = "&<>\"'\\`*_{}[]()#+-.!|~$:="
_ENTITIES = {ord(c): f"&#{ord(c)};" for c in SYNTAX_CHARS}


def escape(text: str) -> str:
    """Text shown literally in our chat HTML or in a `gr.Markdown` value; newlines become <br>.

    <br> because a blank line would end the surrounding HTML block and let Markdown parse what follows.
    """
    return str(text or "").replace("\r", "").translate(_ENTITIES).replace("\n", "<br>")
