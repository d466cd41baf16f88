"""Document outline: headings (第N编/章/节, 一、, （一）, 1., （1）) and 第N条 articles.

The outline is a flat list of blocks, each carrying its section path, so later
stages never need to re-parse headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.names import name_line
from assistant.core.schema import Document

CN = "[一二三四五六七八九十百零〇]+"
# Ordered from outermost to innermost; the index is the heading level.
HEADING_PATTERNS: list[re.Pattern[str]] = [
    re.compile(rf"^第{CN}编(?:[ 　]|$)"),
    re.compile(rf"^第{CN}章(?:[ 　]|$)"),
    re.compile(rf"^第{CN}节(?:[ 　]|$)"),
    re.compile(r"^[一二三四五六七八九十]+(?:、|[.．](?!\d))"),  # 三、2025年工作计划 is a heading
    re.compile(r"^[（(][一二三四五六七八九十]+[）)]"),
    re.compile(r"^\d{1,2}[.．、](?!\d)|^\d{1,2}[.．](?=\d{1,2}月)"),  # 2.10月底前…: item 2, in October
    re.compile(r"^[（(]\d{1,2}[）)]"),
]
ITEM_LEVEL = 4  # （一） and below are items when they occur inside an article
# An article starts a line and is followed by an ASCII or full-width space (or ends the line,
# as when a PDF puts the number on a line of its own), so that "依照第十七条" inside a
# sentence is never a boundary.
ARTICLE = re.compile(rf"^(第{CN}条)(?:[ 　]|$)")
INLINE_HEADING_END = re.compile(r"[。！？；：:]")
MAX_HEADING_CHARS = 40
# In regulations, an unnumbered short line without punctuation is a part title
# (e.g. 党员廉洁自律规范 in 《廉洁自律准则》).
BARE_HEADING = re.compile(r"^[^\s（(，。；：、,.;:！？“”]{2,20}$")
BARE_HEADING_LEVEL = 3
# "一是……" / "一要……" paragraphs enumerate what their lead paragraph announces
# ("下一步，我们将……"), so the lead becomes their section label.
ENUMERATED = re.compile(r"^([一二三四五六七八九十]+)[是要]")
ENUMERATION_LEVEL = len(HEADING_PATTERNS)
# Markup around a heading that is not part of it: indentation (GBK txt), "## " and "**…**" (Markdown).
HEADING_MARKUP = re.compile(r"^[\s　#]+|\*\*|[\s　]+$")
# A report heading without a number (Word auto-numbering lost, or none at all) says what its section is:
# 存在的问题, 2024年工作打算, 主要工作及成效. Signature and table lines never end with these words.
SECTION_WORDS = re.compile(
    r"(问题|不足|差距|短板|措施|举措|打算|计划|思路|要点|成效|成绩|亮点|做法|经验|情况|工作|议程|安排|要求|准备|目标|任务|建议|体会)$"
)
PLAIN_HEADING = re.compile(r"^[^\s（(。；：:！？!?“”、.;]{3,24}$")
PLAIN_HEADING_LEVEL = 3  # the level of 一、: such headings are a report's main parts
# Inline "一是……；二是……" inside one paragraph: each marker starts a clause.
INLINE_ENUMERATOR = re.compile(r"(?:^|(?<=[：:；;。，,]))([一二三四五六七八九十]+)是")
ORDINALS = "一二三四五六七八九十"
# …整改措施：（1）开通线上学习群；（2）实行结对培养: numbered in brackets within a paragraph
INLINE_NUMBER = re.compile(r"(?:^|(?<=[：:；;。，,]))[（(]([1-9一二三四五六七八九十])[）)]")
# The 落款: the issuing organisation on its own line, then the date on its own line.
DATE_LINE = re.compile(r"^[（(]?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[）)]?$")
# A byline under a title: the author's name on its own line, then the date (刘建明 /（2025年1月14日）).
NAME_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
ORG_LINE = re.compile(
    r"^[^\s，,。；：:！？]{2,40}(委员会|党委|党组|党总支|支部|办事处|政府|局|公司|学校|医院|社区|村)$"
)
SIGNATURE = "落款"
# A compilation of several people's 述职: each part opens with its own title line and the person's name on the
# next line (2024年度述职报告 / 欧阳  晴), or with a numbered name and post (2.韦立群（党委委员、副院长）). The
# part is an outermost section named by the person, so that one person's 存在问题 is never read as another's.
PART_TITLE = re.compile(r"^[^\s，,。；：:！？“”]{0,30}(?:述职|报告)[^，,。；：:！？“”]{0,12}$")
NUMBERED_PERSON = re.compile(
    r"^\d{1,2}[.．、]\s*([\u4e00-\u9fff][\u4e00-\u9fff \u3000]{1,6}?)\s*[（(][^（()）]{2,30}[）)]$"
)
PERSON_LEVEL = -1  # above every heading: no heading of the part closes it
# 附表：2024年各党支部情况 / 附件1 …: what follows is outside the body's sections (a table under it is no plan).
ATTACHMENT = re.compile(r"^(?:附表|附件|附录)\s*\d*\s*[：:　 ]?|^附[：:]")
ATTACHMENT_LEVEL = 0
# Lines that are never an item or a sentence of an answer: 落款, contacts, attachments, table captions and rows.
FURNITURE = re.compile(
    r"^(联系人|联系电话|电话|附件|抄送|印发|主送)[:：\d]|(如下表|见下表|下表|如下)[:：。]?$|[|｜].*[|｜]|^(?!第[一二三四五六七八九十百零〇]+[条章节编]).*\S[　\t]+\S|—\s*\d+\s*—"
)


@dataclass(frozen=True)
class Block:
    """One paragraph (or one whole article) with its place in the outline."""

    section_path: tuple[str, ...]
    article: str | None
    text: str
    start: int
    end: int
    is_heading_only: bool = False


def heading_text(line: str) -> str:
    """A line without the markup around a heading (indentation, ## , **)."""
    return HEADING_MARKUP.sub("", line)


def heading_level(line: str) -> int | None:
    text = heading_text(line)
    for level, pattern in enumerate(HEADING_PATTERNS):
        if pattern.match(text):
            return level
    return None


def is_plain_heading(line: str, next_line: str) -> bool:
    """An unnumbered report heading: a short bare line naming a section, or one that a numbered part follows."""
    text = heading_text(line)
    if not PLAIN_HEADING.match(text) or DATE_LINE.match(text) or ORG_LINE.match(text):
        return False
    follows = heading_level(next_line)
    return bool(SECTION_WORDS.search(text)) or (follows is not None and follows > PLAIN_HEADING_LEVEL)


def is_signature(line: str, next_line: str) -> bool:
    """The organisation line of a 落款 (the date follows it) or the date line itself."""
    text, after = heading_text(line), heading_text(next_line)
    return bool(DATE_LINE.match(text) or ((ORG_LINE.match(text) or NAME_LINE.match(text)) and DATE_LINE.match(after)))


def person_opening(line: str, previous_line: str, next_line: str) -> str:
    """The person whose part of a 述职 compilation `line` opens (the part's title over a name line, or a
    numbered name with a post); "" for any other line."""
    text = heading_text(line)
    numbered = NUMBERED_PERSON.match(text)
    if numbered:  # not one row of a list of people (1.甲（组长） / 2.乙（副组长）)
        listed = any(NUMBERED_PERSON.match(heading_text(other)) for other in (previous_line, next_line))
        return "" if listed else name_line(numbered.group(1))
    return name_line(heading_text(next_line)) if PART_TITLE.match(text) else ""


def is_attachment_heading(text: str) -> bool:
    """附表：2024年各党支部情况, 附件2 名单: a short line opening an attachment, not a sentence."""
    match = ATTACHMENT.match(text)
    return bool(match) and len(text) <= MAX_HEADING_CHARS and not INLINE_HEADING_END.search(text[match.end() :])


def is_furniture(line: str) -> bool:
    """A line that is no statement: 落款 parts, 联系人/附件, table captions and table rows."""
    text = heading_text(line)
    return bool(DATE_LINE.match(text) or ORG_LINE.match(text) or FURNITURE.search(text))


def inline_items(paragraph: str) -> list[tuple[str, str]]:
    """(marker-and-clause, clause) for each 一是/二是/… (or （1）/（2）…) of one paragraph, in order; [] unless the
    first two occur."""
    found = in_sequence(INLINE_ENUMERATOR, paragraph, ORDINALS)
    if len(found) < 2:
        found = in_sequence(INLINE_NUMBER, paragraph, "123456789") or in_sequence(INLINE_NUMBER, paragraph, ORDINALS)
    if len(found) < 2:
        return []
    items = []
    for match, following in zip(found, [*found[1:], None], strict=True):
        end = following.start() if following else len(paragraph)
        quote = paragraph[match.start() : end].rstrip("；;，,。 ")
        if following is None:  # the last item ends at its sentence end
            quote = re.split(r"[。！？]", quote, maxsplit=1)[0]
        items.append((quote, quote[match.end() - match.start() :]))
    return items


def in_sequence(marker: re.Pattern[str], paragraph: str, ordinals: str) -> list[re.Match[str]]:
    """The markers of a paragraph that count up from the first ordinal (一是, 二是 …; （1）, （2） …)."""
    found = []
    for match in marker.finditer(paragraph):
        if len(found) < len(ordinals) and match.group(1) == ordinals[len(found)]:
            found.append(match)
    return found if len(found) >= 2 else []


def heading_label(line: str) -> str:
    """A heading's label: the whole line when short, else up to its first sentence end."""
    match = INLINE_HEADING_END.search(line)
    label = line[: match.start()] if match else line
    return label if len(label) <= MAX_HEADING_CHARS else label[:MAX_HEADING_CHARS] + "…"


def lead_label(paragraph: str) -> str:
    """Short name for a lead paragraph: 下一步 for 下一步，我们将……"""
    first = re.split(r"[，,。；：:]", paragraph, maxsplit=1)[0]
    return first if len(first) <= 20 else first[:20] + "…"


def iter_lines(text: str):
    offset = 0
    for line in text.split("\n"):
        yield line, offset, offset + len(line)
        offset += len(line) + 1


def parse(document: Document) -> list[Block]:
    """Split a document into blocks following its own numbering."""
    blocks: list[Block] = []
    path: list[tuple[int, str, bool]] = []  # (level, label, heading shares its line with body)
    article: list | None = None  # [label, start, end, lines, section_path]

    def close_article() -> None:
        nonlocal article
        if article:
            label, start, end, lines, section = article
            blocks.append(Block(section, label, "\n".join(lines), start, end))
        article = None

    lines = list(iter_lines(document.text))
    for index, (line, start, end) in enumerate(lines):
        named = line.lstrip("#").strip()
        if (index == 0 and document.title.startswith(named)) or (
            index == 1 and len(named) >= 4 and document.title.endswith(named)
        ):
            continue  # the title line(s) (中共X委员会 / 2026年党建工作要点) are the document's name, not its content
        next_line = next((text for text, _, _ in lines[index + 1 :] if text.strip()), "")
        previous_line = next((text for text, _, _ in reversed(lines[:index]) if text.strip()), "")
        text = heading_text(line)
        match = ARTICLE.match(text)
        if match:
            close_article()
            article = [match.group(1), start, end, [line], tuple(label for _, label, _ in path)]
            continue
        if article is None and document.kind != "regulation" and is_signature(line, next_line):
            blocks.append(Block((SIGNATURE,), None, line, start, end))
            path.clear()  # whatever follows the 落款 (附件, a table) belongs to no section
            continue
        person = (
            ""
            if article is not None or document.kind == "regulation"
            else person_opening(line, previous_line, next_line)
        )
        if person:
            path[:] = [(PERSON_LEVEL, person, False)]
            blocks.append(Block((person,), None, line, start, end))
            continue
        level = heading_level(line)
        attachment = level is None and article is None and is_attachment_heading(text)
        if attachment:
            level = ATTACHMENT_LEVEL
        if level is None and (article is not None or document.kind == "regulation") and BARE_HEADING.match(text):
            level = BARE_HEADING_LEVEL
        if level is None and article is None and document.kind != "regulation" and is_plain_heading(line, next_line):
            level = PLAIN_HEADING_LEVEL
        if article is not None and (level is None or level >= ITEM_LEVEL):
            article[2] = end
            article[3].append(line)
            continue
        close_article()
        if level is None:
            enumerated = ENUMERATED.match(text)
            if path and path[-1][0] == ENUMERATION_LEVEL and not enumerated:
                path.pop()  # the enumeration has ended
            if path and path[-1][2]:
                path.pop()  # an inline heading ("（三）标题。正文") covers only its own paragraph
            previous = blocks[-1] if blocks else None
            if (
                enumerated
                and enumerated.group(1) == "一"
                and previous is not None
                and previous.article is None
                and not previous.is_heading_only
                and heading_level(previous.text) is None
            ):
                path.append((ENUMERATION_LEVEL, lead_label(heading_text(previous.text)), False))
            blocks.append(Block(tuple(label for _, label, _ in path), None, line, start, end))
            continue
        while path and path[-1][0] >= level:
            path.pop()
        label = text if attachment else heading_label(text)  # 附表：… is named by its whole line
        heading_only = label == text
        path.append((level, label, not heading_only))
        blocks.append(Block(tuple(label for _, label, _ in path), None, line, start, end, heading_only))
    close_article()
    return blocks
