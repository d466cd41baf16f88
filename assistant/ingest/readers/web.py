"""HTML pages: the article, without the site's menus, breadcrumbs, sidebars, footers and link lists.

The article is found without a per-site rule: it is the innermost element that holds nearly all
of the page's sentence punctuation outside links. Menus, headline lists and footers are links or
short labels, so they carry almost none.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.ingest.readers.base import decode_text
from assistant.ingest.readers.tables import Cell, render_table, with_stacked_header

HTML_BLOCK_TAGS = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "body", "td", "th",
]  # fmt: skip
NEVER_CONTENT = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button"]
# Sentence punctuation; not "：" or "、", which labels (发布时间：, 当前位置：) and headings (一、) use too.
SENTENCE_PUNCTUATION = re.compile(r"[，。；！？,;]")
ARTICLE_SHARE = 0.8  # the article holds at least this share of the page's punctuation
MAX_LINK_SHARE = 0.5  # a block whose text is mostly links is a link list (相关新闻, 上一篇/下一篇)
MAX_SPAN = 50  # a colspan or rowspan beyond any real table is a typo, read as one cell
# Page furniture that is plain text rather than links.
FURNITURE_LINE = re.compile(
    r"^(上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|友情链接|分享到|责任编辑|【打印本页】|【关闭窗口】|"
    r"您现在的位置|当前位置|打印本页|关闭窗口|版权所有)"
)
# Separators between an article's title and the site's or the column's name in <title>:
# "标题-城南街道办事处", "标题_某某网", "云岭县人民法院--党建园地", "某某网 | 标题".
TITLE_SEPARATOR = re.compile(r"\s*(?:-{1,3}|_{1,3}|——|—|–|\||｜|::|>>|»)\s*")
MIN_TITLE_CHARS = 8
MAX_TITLE_CHARS = 80  # for a line marked only by its type or class; a heading tag (<h1>) says it is one
MAX_HEADING_CHARS = 200
# An article heading: a heading tag, an element whose class or id names a title, or a centred bold/large line.
HEADING_TAGS = {"h1", "h2", "h3", "h4"}
TITLE_CLASS = re.compile(r"(?:^|[-_\s])(?:title|tit|biaoti|bt|headline|heading)(?:$|[-_\d\s])", re.IGNORECASE)
NOT_A_TITLE_CLASS = re.compile(r"box|side|nav|menu|list|column|lanmu|sub", re.IGNORECASE)
CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
EMPHASIS = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)|font-size\s*:\s*(?:1[6-9]|[2-9]\d)px", re.IGNORECASE)
TITLE_STOPS = re.compile(r"[。；！？]")
MIN_BODY_CHARS = 20


def site_title_part(title: str) -> str | None:
    """<title> without the site and column names around it: its longest part, if long enough to be a title."""
    parts = [p for p in TITLE_SEPARATOR.split(title.strip()) if p]
    if len(parts) <= 1:
        return title.strip() or None
    longest = max(parts, key=len)
    return longest if len(longest) >= MIN_TITLE_CHARS else None


def is_centred(tag) -> bool:
    return any(
        t.get("align", "").lower() == "center" or CENTRED.search(t.get("style", "")) or t.name == "center"
        for t in [tag, *tag.parents][:3]
        if getattr(t, "get", None)
    )


def is_emphasised(tag) -> bool:
    """Bold or large type: <b>/<strong>, <font size="4+">, or the same in a style."""
    if tag.name in ("b", "strong") or EMPHASIS.search(tag.get("style", "")):
        return True
    if tag.name == "font" and tag.get("size", "").lstrip("+").isdigit() and int(tag.get("size").lstrip("+")) >= 4:
        return True
    text = tag.get_text(strip=True)
    return any(
        is_emphasised(child) and child.get_text(strip=True) == text for child in tag.find_all(True, recursive=False)
    )


def may_be_heading(tag) -> bool:
    """Cheap test before the text is read: only these elements can be marked as a heading."""
    marked = ("class", "id", "align", "style")
    return tag.name in HEADING_TAGS or tag.name in ("b", "strong", "font", "center") or any(tag.get(a) for a in marked)


def heading_text(tag) -> str:
    """The text of an element that looks like an article heading, else ""."""
    if not may_be_heading(tag):
        return ""
    text = tag.get_text(strip=True)
    longest = MAX_HEADING_CHARS if tag.name in HEADING_TAGS else MAX_TITLE_CHARS
    if not (MIN_TITLE_CHARS // 2 < len(text) <= longest) or TITLE_STOPS.search(text):
        return ""
    if tag.find_parent("a") is not None or tag.find("a") is not None or FURNITURE_LINE.match(text):
        return ""
    classes = " ".join([*tag.get("class", []), tag.get("id", "")])
    titled = bool(TITLE_CLASS.search(classes)) and not NOT_A_TITLE_CLASS.search(classes)
    if tag.name in HEADING_TAGS or titled or (is_centred(tag) and is_emphasised(tag)):
        return text
    return ""


def article_heading(soup, article) -> str | None:
    """The heading nearest above the article's first sentence: a site's logo <h1> or a sidebar's
    heading comes earlier or later, the article's own heading right above its text."""
    body = soup.body or soup
    first = next(
        (
            s
            for s in article.find_all(string=True)
            if len(s.strip()) >= MIN_BODY_CHARS and SENTENCE_PUNCTUATION.search(s)
        ),
        None,
    )
    heading = None
    for element in body.descendants:
        if element is first:
            break
        if getattr(element, "name", None):
            heading = heading_text(element) or heading
    return heading


def page_title(soup, article) -> str | None:
    """The article's heading, else <title> without the site name around it."""
    heading = article_heading(soup, article)
    if heading:
        return heading
    title = soup.find("title")
    return site_title_part(title.get_text(strip=True)) if title is not None else None


def outside_links(tag) -> str:
    return "".join(s for s in tag.find_all(string=True) if s.find_parent("a") is None)


def article_element(soup):
    """The innermost element holding ARTICLE_SHARE of the punctuation outside links."""
    body = soup.body or soup
    total = len(SENTENCE_PUNCTUATION.findall(outside_links(body)))
    best = body
    if total == 0:
        return best
    for tag in body.find_all(["div", "article", "section", "main", "td"]):
        if len(SENTENCE_PUNCTUATION.findall(outside_links(tag))) >= ARTICLE_SHARE * total:
            best = tag  # find_all is in document order, so a later match is nested deeper
    return best


def drop_link_lists(article) -> None:
    for tag in article.find_all(["div", "ul", "ol", "p", "table", "dl", "span"]):
        if tag.decomposed:
            continue
        text = tag.get_text(strip=True)
        links = "".join(a.get_text(strip=True) for a in tag.find_all("a"))
        if text and len(links) > MAX_LINK_SHARE * len(text):
            tag.decompose()


def render_data_tables(article) -> None:
    """Innermost tables become lines with their headers; layout tables are left as they are."""
    for table in article.find_all("table"):
        if table.find("table") is not None:
            continue
        table.replace_with("\n" + "\n".join(render_table(with_stacked_header(table_cells(table)))) + "\n")


def table_cells(table) -> list[list[Cell]]:
    """Cells per row, a cell merged down (rowspan) repeated in the rows it covers, as Word's are: a label
    spanning two rows (东片 over two towns) stays the first cell of both, and the cells after it keep their
    columns."""
    rows: list[list[Cell]] = []
    carried: dict[int, tuple[Cell, int]] = {}  # grid column -> the cell merged down into it, rows left
    for tr in table.find_all("tr"):
        row: list[Cell] = []
        column = 0
        cells = iter(tr.find_all(["td", "th"]))
        while True:
            if column in carried:
                cell, left = carried.pop(column)
                if left > 1:
                    carried[column] = (cell, left - 1)
                row.append(cell)
                column += cell[1]
                continue
            tag = next(cells, None)
            if tag is None:
                break
            cell = (tag.get_text(" ", strip=True), cell_span(tag, "colspan"))
            if cell_span(tag, "rowspan") > 1:
                carried[column] = (cell, cell_span(tag, "rowspan") - 1)
            row.append(cell)
            column += cell[1]
        rows.append(row)
    return rows


def cell_span(cell, attribute: str) -> int:
    span = str(cell.get(attribute, "1")).strip()
    return int(span) if span.isdigit() and 0 < int(span) <= MAX_SPAN else 1


def read_html(path: Path, data: bytes) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data, path), "html.parser")
    for tag in soup(NEVER_CONTENT):
        tag.decompose()
    article = article_element(soup)
    title = page_title(soup, article)
    for tag in soup("head"):
        tag.decompose()
    drop_link_lists(article)
    render_data_tables(article)
    # Line breaks only where the page has block boundaries: "<b>第一条</b>　正文" stays one line.
    for tag in article.find_all("br"):
        tag.replace_with("\n")
    for tag in article.find_all(HTML_BLOCK_TAGS):
        tag.append("\n")
    lines = [line.strip() for line in article.get_text().split("\n")]
    lines = [line for line in lines if line and not FURNITURE_LINE.match(line)]
    if title and title not in lines[:3]:
        lines.insert(0, title)  # the article's heading sits above its body on most sites
    return "\n".join(lines), title
