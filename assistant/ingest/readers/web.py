"""HTML pages: the article, without the site's menus, breadcrumbs, sidebars, footers and link lists.

The article is found without a per-site rule: it is the innermost element that holds nearly all
of the page's sentence punctuation outside links. Menus, headline lists and footers are links or
short labels, so they carry almost none.
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.ingest.readers.base import decode_text
from assistant.ingest.readers.tables import render_table

HTML_BLOCK_TAGS = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "body", "td", "th",
]  # fmt: skip
NEVER_CONTENT = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button"]
# Sentence punctuation; not "：" or "、", which labels (发布时间：, 当前位置：) and headings (一、) use too.
SENTENCE_PUNCTUATION = re.compile(r"[，。；！？,;]")
ARTICLE_SHARE = 0.8  # the article holds at least this share of the page's punctuation
MAX_LINK_SHARE = 0.5  # a block whose text is mostly links is a link list (相关新闻, 上一篇/下一篇)
# Page furniture that is plain text rather than links.
FURNITURE_LINE = re.compile(
    r"^(上一篇|下一篇|上一条|下一条|相关新闻|相关阅读|相关链接|友情链接|分享到|责任编辑|【打印本页】|【关闭窗口】|"
    r"您现在的位置|当前位置|打印本页|关闭窗口|版权所有)"
)
# "通知标题-城南街道办事处" / "标题_某某网": the site name after the last separator
SITE_SUFFIX = re.compile(r"\s*[-_|–—]+\s*[^-_|–—]{2,20}$")
MIN_TITLE_CHARS = 8


def page_title(soup) -> str | None:
    """The article heading (<h1>), else <title> without the site name it usually ends with."""
    heading = soup.find("h1")
    if heading is not None and heading.get_text(strip=True):
        return heading.get_text(strip=True)
    title = soup.find("title")
    text = title.get_text(strip=True) if title is not None else ""
    bare = SITE_SUFFIX.sub("", text)
    return (bare if len(bare) >= MIN_TITLE_CHARS else text) or None


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
        rows = [[cell.get_text(" ", strip=True) for cell in tr.find_all(["td", "th"])] for tr in table.find_all("tr")]
        table.replace_with("\n" + "\n".join(render_table(rows)) + "\n")


def read_html(path: Path, data: bytes) -> tuple[str, str | None]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(decode_text(data, path), "html.parser")
    for tag in soup(NEVER_CONTENT):
        tag.decompose()
    title = page_title(soup)
    for tag in soup("head"):
        tag.decompose()
    article = article_element(soup)
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
