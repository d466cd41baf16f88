"""The escaping behind every document string the browser shows: nothing left for HTML or Markdown to read."""

from __future__ import annotations

import html
import re

import pytest

from assistant.web.safe import SYNTAX_CHARS, escape

HOSTILE = [
    "![x](http://evil.example/x.png)",
    "[a](javascript:alert(1))",
    '<img src=x onerror="alert(1)">',
    "$$\\frac{1}{2}$$ 与 $x$",
    "<script>alert(1)</script>",
    "**粗体** _斜体_ `代码` ~~删除~~ # 标题 > 引用 | 表格 |",
    "http://evil.example/ 与 www.evil.example",
    "&lt;已转义&gt; &amp; &#60;",
    "第一行\n\n第三行\r\n",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_reads_back_exactly_and_holds_no_syntax(text):
    escaped = escape(text)
    assert html.unescape(escaped.replace("<br>", "\n")) == text.replace("\r", "")
    bare = re.sub(r"&#\d+;", "", escaped.replace("<br>", ""))  # what is left besides entities
    assert not set(bare) & set(SYNTAX_CHARS), bare
    assert "\n" not in escaped  # a blank line would end the HTML block around it


def test_chinese_text_is_left_alone():
    assert escape("上半年讲党课8次〔1〕，“三会一课”。") == "上半年讲党课8次〔1〕，“三会一课”。"
