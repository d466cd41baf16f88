"""Regulations as a look-up sees them: which one a question names, which revision, and its numbered provisions.

Pure functions over document records and chunks, shared by the retriever (exact references pinned
first) and the look-up answers. A reference is resolved only within the regulation it names: a
number the regulation does not have is reported missing, never read as another article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import reduce
from typing import Literal

from assistant.core.numerals import NUMERAL, chinese_to_int, to_int
from assistant.core.schema import Chunk
from assistant.core.text import TITLE_REF, YEAR, squash
from assistant.core.words import cut_words
from assistant.index.knowledge_base import DocRecord
from assistant.search.scope import short_title

FOREIGN_CHARS = 1  # characters of a quoted title its regulation's title may lack (a variant wording)
# What people call a regulation whose title does not contain the name.
ALIASES = {"党章": "中国共产党章程"}
REGULATION_SUFFIX = re.compile(r"(条例|准则|细则|章程|规定|办法|规则|意见|决定)$")
# An unknown name is a regulation people ask for by these suffixes only (有关规定/相关意见 are no names).
NAME_BEFORE_SUFFIX = re.compile(r"([\u4e00-\u9fff]{2,16}?)(条例|准则|细则|章程)")
LEAD_WORD = re.compile(
    r"(?:按照|根据|依据|依照|按|关于|请问|查询|查一下|查|看看|对照|在|把|将|的话|的|那么|那)(?=[\u4e00-\u9fff]{2})"
)


def without_lead(text: str) -> str:
    """支部工作条例 of 按照支部工作条例: the name after the last word leading to it. A lead word starts a
    word (按旧 of 按旧条例 is cut as one): 查 of 督查工作规则 or 纪律检查委员会 is part of the name."""
    starts = {0}
    for word in cut_words(text):
        starts.add(max(starts) + len(word))
    ends = [m.end() for m in LEAD_WORD.finditer(text) if m.start() in starts]
    return text[max(ends) :] if ends else text


# A name said right before an article is a regulation's, whatever its suffix (考核办法第三条).
NAME_BEFORE_ARTICLE = re.compile(rf"([\u4e00-\u9fff]{{2,16}}?(办法|规定|规则))(?=的?第\s*{NUMERAL}\s*[条章节])")
# …so is a name said as where a rule is looked up (执法办法里对…是咋规定的 / 考勤规定中有什么要求).
NAME_BEFORE_RULING = re.compile(
    r"([\u4e00-\u9fff]{2,16}?(办法|规定|规则))(?=(?:里|中|里面)[^？?]{0,24}?"
    r"(?:咋|怎么|如何|怎样|有什么|有啥|有哪些)(?:样)?(?:规定|要求))"
)
NUMBERED_RULES = re.compile(r"[一二三四五六七八九十]+项规定$")
GENERIC_NAMES = frozenset(["工作", "党内", "若干", "有关", "相关", "管理", "这个", "该", "本", "这部", "那个"])
# 旧版/现行/2018年版 before a name says which revision, it is no part of the name; so does 新/旧/老 before a
# short name (新处分条例, 老条例): no regulation held is named by its age alone. 年版 is what is left of
# 2018年版 when the name is read from its first Chinese character on.
REVISION_BEFORE_NAME = re.compile(
    r"^(?:旧版|新版|老版|原版|现行|最新版?|(?:19|20)\d{2}\s*年(?:修订)?版?|年(?:修订|修改)?版|年(?:修订|修改)(?=的)"
    r"|[新旧老](?=[\u4e00-\u9fff]{0,4}(?:条例|准则|细则|章程)$))的?"
)
MIN_NAME = 2
ASKING = re.compile(r"哪|什么|啥")  # 出自哪个条例 asks for a name, it says none
MIN_INNER_NAME = 4  # characters an abbreviation that drops the name's start must keep

RevisionWish = Literal["newest", "older", "both"]
# 老处分条例 / 旧细则: the age said before a short name (not 老干部工作条例, whose 老 is of the people it is about)
OLDER = re.compile(
    r"旧版|老版|原版|修订前|修改前|上一版|以前的版本|之前的版本|原来的版本|原条例"
    r"|(?<![依仍])[旧老](?!干部|党员|同志|年)(?=[\u4e00-\u9fff]{0,4}(?:条例|准则|细则|章程))"
)
BOTH = re.compile(
    r"新旧|两版|两个版本|前后两|修订前后|新版和旧版|旧版和新版|新老|各版"
    r"|修订(?:时|后)?[^？?，,]{0,10}(?:改了|修改了|改动|变化|变动|调整)"
)
# 纪律处分条例（2018年）第三条: a revision year in brackets after the name.
BRACKETED_YEAR = re.compile(r"(?:条例|准则|细则|章程|规定|办法)[（(]((?:19|20)\d{2})")
REVISION_YEAR = re.compile(
    r"((?:19|20)\d{2})\s*年?\s*(?:的)?\s*(?:版|修订|修正|修改|印发|发布|颁布|出台|制定"
    r"|(?=[\u4e00-\u9fff]{0,14}(?:条例|准则|细则|章程|规定|办法)))"  # 2018年纪律处分条例
)


@dataclass(frozen=True)
class RevisionAsk:
    years: frozenset[int]  # 2018年版, 2018年修订的, 《…（2018年修订）》
    wish: RevisionWish


def revision_year(doc: DocRecord) -> int:
    years = [int(m.group(0)) for m in YEAR.finditer(doc.title + " " + doc.source)]
    return max(years, default=0)


def effective_year(doc: DocRecord) -> int:
    date = doc.profile.date if doc.profile else ""
    return int(date[:4]) if date[:4].isdigit() else 0


def matched_length(question: str, name: str) -> int:
    """How many characters of `question` name the regulation `name` (巡视条例 -> 巡视工作条例: 4).

    Each occurrence of the name's suffix (条例…) is read backwards: the characters before it must be,
    in order, characters of the name (an abbreviation drops characters, it does not add any)."""
    suffix = REGULATION_SUFFIX.search(name)
    if not suffix:
        return 0
    stem, tail = name[: suffix.start()], suffix.group(0)
    best = 0
    for hit in re.finditer(tail, question):
        i, j = hit.start() - 1, len(stem) - 1
        taken = ""
        while i >= 0 and j >= 0:
            found = stem.rfind(question[i], 0, j + 1)
            if found < 0:
                break
            taken = question[i] + taken
            i, j = i - 1, found - 1
        # An abbreviation keeps the name's start (巡视条例, 纪委工作条例) or most of it (教育管理工作条例);
        # 党委工作条例 is not 纪律检查委员会工作条例 for sharing 委工作.
        starts = j == -1  # the first character taken is the name's first
        if len(taken) >= MIN_NAME and taken not in GENERIC_NAMES and (starts or len(taken) >= MIN_INNER_NAME):
            best = max(best, len(taken) + len(tail))
    return best


def names_of(doc: DocRecord) -> list[str]:
    """The names a regulation goes by: its short title, the part after 的 (…的八项规定), its aliases."""
    short = short_title(doc.title)
    names = [short, short.rsplit("的", 1)[-1]]
    names += [alias for alias, title in ALIASES.items() if title in doc.title]
    names += NUMBERED_RULES.findall(short)  # 机关会务管理五项规定 goes by 五项规定
    return names


def kind_of(title: str) -> str:
    """条例, 规定, 细则 …: 《中央八项规定》 is not 《中央八项规定实施细则》."""
    suffix = REGULATION_SUFFIX.search(short_title(title))
    return suffix.group(0) if suffix else ""


def match_score(question: str, doc: DocRecord) -> int:
    titles = TITLE_REF.findall(question)
    short = short_title(doc.title)
    if any((short_title(t) in doc.title or short in t) and kind_of(t) == kind_of(short) for t in titles):
        return 100
    # A name inside 《》 counts too (《中央八项规定》, 《党章》), unless the title says words the regulation's
    # title lacks: 《…船员党员干部廉洁履职若干准则》 is another regulation than 《关于…的若干准则》.
    foreign = [t for t in titles if sum(ch not in doc.title for ch in set(short_title(t))) > FOREIGN_CHARS]
    plain = reduce(lambda text, title: text.replace(f"《{title}》", ""), foreign, question)
    exact = [len(n) * (2 if n in ALIASES else 1) for n in names_of(doc) if (len(n) >= 4 or n in ALIASES) and n in plain]
    return max(exact + [matched_length(plain, n) for n in names_of(doc)])


def named_regulations(question: str, documents: Sequence[DocRecord]) -> list[DocRecord]:
    """The regulation the question names (every revision of it), newest first; [] if it names none.

    When several regulations match, only the best-matching name counts (纪律处分条例 is not 纪律检查…条例)."""
    scored = [(match_score(question, d), d) for d in documents if d.kind == "regulation"]
    scored = [(s, d) for s, d in scored if s > 0]
    if not scored:
        return by_kind_name(question, documents)
    best = max(s for s, _ in scored)
    names = {short_title(d.title) for s, d in scored if s == best}
    chosen = [d for d in documents if d.kind == "regulation" and short_title(d.title) in names]
    return sorted(chosen, key=revision_year, reverse=True)


def by_kind_name(question: str, documents: Sequence[DocRecord]) -> list[DocRecord]:
    """实施细则第5项, 若干准则: a name that only says what kind of document it is, taken as the one regulation
    whose title ends with it; [] when none or several do (工作条例第十条)."""
    said = said_name(question)
    if len(said) < MIN_INNER_NAME:
        return []
    fitting = [d for d in documents if d.kind == "regulation" and short_title(d.title).endswith(said)]
    return sorted(fitting, key=revision_year, reverse=True) if len({short_title(d.title) for d in fitting}) == 1 else []


def said_name(question: str) -> str:
    """The name a question gives a regulation it does not quote in 《》 (支部工作条例; 旧版处分条例 -> 处分条例), or ""."""
    match = NAME_BEFORE_SUFFIX.search(TITLE_REF.sub("", question))
    return REVISION_BEFORE_NAME.sub("", without_lead(match.group(0))) if match else ""


def unknown_regulation(question: str, documents: Sequence[DocRecord]) -> str | None:
    """A regulation the question names that the knowledge base does not hold (支部工作条例, 《…办法》)."""
    if named_regulations(question, documents):
        return None
    titles = [t for t in TITLE_REF.findall(question) if REGULATION_SUFFIX.search(re.sub(r"[（(][^）)]*[）)]$", "", t))]
    if titles:
        return titles[0]
    plain = TITLE_REF.sub("", question)
    match = NAME_BEFORE_SUFFIX.search(plain) or NAME_BEFORE_ARTICLE.search(plain) or NAME_BEFORE_RULING.search(plain)
    if not match:
        return None
    name = REVISION_BEFORE_NAME.sub("", without_lead(match.group(0)))
    stem = name[: -len(match.group(2))]
    return name if len(stem) >= MIN_NAME and stem not in GENERIC_NAMES and not ASKING.search(stem) else None


def regulation_of_years(years: frozenset[int], documents: Sequence[DocRecord]) -> list[DocRecord]:
    """2018年版和2023年版…, no regulation named: the one regulation held in a revision of each year, newest
    first; [] when no regulation or several fit."""
    by_name: dict[str, list[DocRecord]] = {}
    for doc in documents:
        if doc.kind == "regulation":
            by_name.setdefault(short_title(doc.title), []).append(doc)
    fitting = [
        revisions
        for revisions in by_name.values()
        if len(revisions) > 1 and all(any(y in (revision_year(d), effective_year(d)) for d in revisions) for y in years)
    ]
    return sorted(fitting[0], key=revision_year, reverse=True) if len(fitting) == 1 and years else []


def revision_asked(question: str) -> RevisionAsk:
    years = {int(y) for y in REVISION_YEAR.findall(question)}
    years |= {int(y) for t in TITLE_REF.findall(question) for y in YEAR.findall(t)}
    years |= {int(y) for y in BRACKETED_YEAR.findall(question)}
    if BOTH.search(question) or len(years) > 1:
        return RevisionAsk(frozenset(years), "both")
    if OLDER.search(question):
        return RevisionAsk(frozenset(years), "older")
    return RevisionAsk(frozenset(years), "newest")


def chosen_revisions(revisions: Sequence[DocRecord], asked: RevisionAsk) -> list[DocRecord]:
    """The revision(s) the question asks for, newest first; [] when a named year is not held."""
    ordered = sorted(revisions, key=revision_year, reverse=True)
    at = next((i for i, d in enumerate(ordered) if asked.years & {revision_year(d), effective_year(d)}), None)
    if asked.wish == "both" and len(asked.years) == 1:  # 2023年修订改了什么: that revision and the one before
        return ordered[at : at + 2] if at is not None else []
    if asked.wish == "older" and len(asked.years) == 1 and at == 0:
        return ordered[1:2]  # 2023年修订前的, 旧版，《…（2023年修订）》: the one before the newest
    if asked.years:  # the revision's year, or the year it took effect (2024年施行的 is the 2023 revision)
        return [d for d in ordered if revision_year(d) in asked.years or effective_year(d) in asked.years]
    if asked.wish == "both":
        return ordered[:2]
    if asked.wish == "older":
        return ordered[1:2]
    return ordered[:1]


# ---------- numbered provisions ----------
POINT = re.compile(r"^([一二三四五六七八九十]+)、")
NUMBERED_ITEM = re.compile(r"^(\d+)[.．、]")
ITEM_LINE = re.compile(r"^\s*[（(]([一二三四五六七八九十]+|\d+)[）)]")
CHAPTER = re.compile(r"^第([一二三四五六七八九十百零〇]+)([编章节])[\s　]*(.*)$")


@dataclass
class Provision:
    """One article (第N条), or one numbered point (一、 / 1.) of a regulation without articles."""

    number: int
    label: str  # 第八条, 二、, 5.
    chunks: list[Chunk] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(c.text for c in self.chunks)

    @property
    def path(self) -> tuple[str, ...]:
        return self.chunks[0].section_path if self.chunks else ()

    def clauses(self) -> list[tuple[Chunk, str]]:
        """款: paragraphs of the article; its （一）（二） items belong to the paragraph before them."""
        result: list[tuple[Chunk, str]] = []
        for chunk in self.chunks:
            for line in chunk.text.split("\n"):
                if not line.strip():
                    continue
                if ITEM_LINE.match(line) and result:
                    result[-1] = (result[-1][0], result[-1][1] + "\n" + line)
                else:
                    result.append((chunk, line))
        return result

    def items(self, within: str | None = None) -> list[tuple[int, Chunk, str]]:
        """项: the （一）（二） lines, of one clause when `within` is given."""
        found = []
        for chunk in self.chunks:
            for line in chunk.text.split("\n"):
                match = ITEM_LINE.match(line)
                if match and (within is None or line in within):
                    found.append((to_int(match.group(1)) or 0, chunk, line.strip()))
        return found


def provisions(chunks: Sequence[Chunk]) -> list[Provision]:
    """A regulation's provisions in order: its 第N条 articles, else its numbered points.

    Points numbered 1. 2. … straight through the document (an 实施细则's 30 items) are its
    provisions; otherwise its top-level 一、二、 points (the 八项规定), or its 一、二、 sections (若干准则)."""
    articles: dict[str, Provision] = {}
    for chunk in chunks:
        if chunk.article:
            number = chinese_to_int(chunk.article[1:-1]) or 0
            articles.setdefault(chunk.article, Provision(number, chunk.article)).chunks.append(chunk)
    if articles:
        return list(articles.values())
    numbered = points(chunks, NUMBERED_ITEM, to_int)
    numbers = [p.number for p in numbered]
    if len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)):
        return numbered
    return points(chunks, POINT, chinese_to_int) or headed_parts(chunks)


def headed_parts(chunks: Sequence[Chunk]) -> list[Provision]:
    """The parts of a regulation written as sections under 一、二、 headings (若干准则), each with its chunks."""
    found: dict[int, Provision] = {}
    for chunk in chunks:
        match = POINT.match(chunk.section_path[0]) if chunk.section_path else None
        if match:
            number = chinese_to_int(match.group(1)) or 0
            found.setdefault(number, Provision(number, match.group(0))).chunks.append(chunk)
    return list(found.values())


def points(chunks: Sequence[Chunk], pattern: re.Pattern[str], parse) -> list[Provision]:
    found: dict[int, Provision] = {}
    last: Provision | None = None
    for chunk in chunks:
        match = pattern.match(chunk.text)
        if match:
            number = parse(match.group(1)) or 0
            last = found.setdefault(number, Provision(number, match.group(0)))
            last.chunks.append(chunk)
        elif last is not None and chunk.section_path and chunk.section_path == last.path:
            last.chunks.append(chunk)  # a long point split in two
    return list(found.values())


@dataclass(frozen=True)
class Part:
    """第N编/章/节 with the provisions under it."""

    unit: str
    number: int
    heading: str  # 第三章 纪律处分运用规则
    provisions: tuple[int, ...]  # indexes into the provision list

    @property
    def title(self) -> str:
        """纪律处分运用规则 of 第三章 纪律处分运用规则 (总 则 -> 总则)."""
        match = CHAPTER.match(self.heading.strip())
        return squash(match.group(3)) if match else ""


def parts(items: Sequence[Provision]) -> list[Part]:
    found: dict[str, tuple[str, int, list[int]]] = {}
    for index, provision in enumerate(items):
        for heading in provision.path:
            match = CHAPTER.match(heading.strip())
            if match:
                unit, number = match.group(2), chinese_to_int(match.group(1)) or 0
                found.setdefault(heading, (unit, number, []))[2].append(index)
    return [Part(unit, number, heading, tuple(idx)) for heading, (unit, number, idx) in found.items()]


# ---------- cross-references: 依照本条例第十七条 ----------
OWN_NAME = r"本(?:条例|准则|细则|规定|办法|章程)"
ARTICLE_MENTION = re.compile(rf"({OWN_NAME})?第\s*({NUMERAL})\s*条")
# 《刑法》第十条, 党章第三条: an article of another document.
OTHER_DOCUMENT_BEFORE = re.compile(r"(?:》|法|条例|准则|细则|规定|办法|章程|党章)\s*$")


def cross_references(text: str) -> list[tuple[str, int]]:
    """The articles of its own regulation a provision refers to, as (phrase, number) in order:
    依照本条例第十七条 -> ("本条例第十七条", 17); 第三十七条、第三十八条 -> both. An article's own label at the
    start of a line and articles of other documents (《…》第十条) are no cross-references."""
    found: list[tuple[str, int]] = []
    for line in text.split("\n"):
        for match in ARTICLE_MENTION.finditer(line):
            before = line[: match.start()]
            if not before.strip() or (not match.group(1) and OTHER_DOCUMENT_BEFORE.search(before)):
                continue
            number = to_int(match.group(2))
            if number:
                found.append((match.group(0), number))
    return list(dict.fromkeys(found))
