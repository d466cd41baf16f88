"""A document's title from its text: the heading of the body, not what is printed around it.

Above a title there may be a 红头 (中共××委员会文件: the issuer), a 文号, a secrecy or urgency mark
(内部资料　注意保存, 机密★1年, 特急) and a running page header repeated on every page: none of them is the
title. A title may be set over two or three lines (the organisation, then 关于…的; or a line cut before
its last words): the lines are joined until the title reaches its head noun (报告, 总结, 通知…).
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.ingest.readers.base import DOCUMENT_NUMBER, RED_HEADER

SECTION_LINE = re.compile(r"^[一二三四五六七八九十]+、", re.MULTILINE)
ARTICLE_LINE = re.compile(r"^第[一二三四五六七八九十百零〇]+条[ 　]", re.MULTILINE)
REPORT_WORDS = r"报告|总结|述职|汇报|情况|工作要点|计划"
# The issuing organisation on a line of its own, and what may follow it (2024年党建工作亮点, 关于…).
ORGANISATION_LINE = re.compile(
    r"^(?:中共|中国共产党)?[\u4e00-\u9fff（）()“”]{2,36}?(?:委员会|党委|党总支|党支部|党组|纪委|监委|工委)$"
)
TITLE_CONTINUATION = re.compile(r"^(?:关于|(?:19|20)\d{2}年|.{0,20}?(?:" + REPORT_WORDS + r"))")
TITLE_STOPS = re.compile(r"[。；！？：:]|.{41}")
# The noun a title ends with (…的报告, …工作总结, …实施细则（试行）): a line without one is cut short.
HEAD_NOUN = re.compile(
    r"(?:报告|总结|通知|通报|决定|意见|办法|规定|规则|细则|条例|准则|章程|制度|方案|要点|计划|打算|安排|思路|纪要|"
    r"讲话|讲稿|发言|汇报|述职|请示|批复|函|公告|公示|说明|材料|体会|心得|提纲|清单|情况|简报|决议|倡议书|承诺书|责任书|名单)"
    r"(?:[（(][^（）()]{1,12}[）)])?$"
)
# Marks printed above a title: secrecy, urgency, the copy number, 内部资料.
PRINTED_MARKS = (
    r"附件\s*\d*[:：]?|内部资料|内部材料|内部文件|注意保存|妥善保管|绝密|机密|秘密|特急|加急|平急|急件|★\S{0,8}|\d{4,8}"
)
MARK_LINE = re.compile(rf"^(?:(?:{PRINTED_MARKS})[\s　]*)+$")
# The issuer's header (…文件), perhaps with marks after it on the same line (XX党委文件　内部资料注意保存).
HEADER_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,40}}文件(?:[\s　]*(?:{PRINTED_MARKS}))*$")
REPEATED = 3  # a line this many times in a text is a running header or footer
MAX_TITLE_LINES = 3
TITLE_SCAN = 6  # lines a title may sit below: header, 文号, marks
MAX_TITLE_CHARS = 60


def is_printed_matter(line: str, lines: list[str]) -> bool:
    """A header, 文号, mark or running header: printed above the title, never the title."""
    header = RED_HEADER.match(line)
    return bool(
        (header and header.group(1) == line)
        or HEADER_LINE.match(line)
        or DOCUMENT_NUMBER.fullmatch(line)
        or MARK_LINE.match(line)
        or lines.count(line) >= REPEATED
    )


def could_continue(line: str) -> bool:
    """A line that can be the rest of a title: short, no sentence, no heading of the body."""
    return (
        0 < len(line) <= 40
        and not TITLE_STOPS.search(line)
        and not SECTION_LINE.match(line)
        and not ARTICLE_LINE.match(line)
        and not line.startswith("#")  # a Markdown heading is a line of its own
    )


def whole_title(lines: list[str], at: int) -> str:
    """The title starting at line `at`, with the lines it runs on to (at most MAX_TITLE_LINES)."""
    title = lines[at]
    if HEAD_NOUN.search(title) or TITLE_STOPS.search(title):
        return title
    joined = title
    for line in lines[at + 1 : at + MAX_TITLE_LINES]:
        if not could_continue(line):
            break
        joined += line
        if HEAD_NOUN.search(joined):
            return joined
    following = lines[at + 1] if at + 1 < len(lines) else ""
    if ORGANISATION_LINE.match(title) and TITLE_CONTINUATION.match(following) and could_continue(following):
        return title + following  # 溪南村党支部 + 2024年党建工作亮点: no head noun, but the name's own title
    return title


def title_line(text: str) -> str:
    """The first line that can be a title, joined with the lines it continues on."""
    lines = [line.strip() for line in text.split("\n")]
    for at, line in enumerate(lines[:TITLE_SCAN]):
        if not is_printed_matter(line, lines):
            return whole_title(lines, at)
    return lines[0]


def guess_title(text: str, path: Path) -> str:
    first = title_line(text)
    looks_like_title = (
        0 < len(first) <= MAX_TITLE_CHARS
        and not any(p in first for p in "。；！？")
        and not SECTION_LINE.match(first)
        and not ARTICLE_LINE.match(first)
    )
    if not looks_like_title:
        return path.stem
    title = first.lstrip("#").strip()
    # "条例（2023年修订）.md" names the revision the first line leaves out.
    return path.stem if path.stem.startswith(title) and path.stem != title else title
