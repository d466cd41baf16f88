"""Look-up answers: a regulation's articles quoted whole, its structure, and the article a topic falls under.

A reference (第N条, 第N条第M款, 第N章, lists and ranges) is resolved only within the regulation the
question names, in the revision it asks for (2018年版, 旧版, 现行); a number that regulation does not
have is refused with its real range, never answered with another article.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answer.citations import CitationBook
from assistant.answer.context import ANY_TITLE, FACT_THRESHOLD, AnswerContext
from assistant.answer.fact import answer_fact
from assistant.answer.outline import WHOLE_DOCUMENT, answer_outline
from assistant.core.numerals import PartRef, int_to_chinese, parse_part_refs, to_int
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.search.regulations import (
    Provision,
    chosen_revisions,
    named_regulations,
    parts,
    provisions,
    revision_asked,
    revision_year,
    unknown_regulation,
)
from assistant.search.retriever import Filters, short_title
from assistant.search.source import DocRecord

# A second regulation named after a reference starts a new group (纪律处分条例第八条和问责条例第七条);
# 第八条和第九条 stays one group.
NEXT_REGULATION = re.compile(
    r"(?<=[条款项章节编])\s*(?:和|与|及|以及|，|,|；|;|、)\s*"
    r"(?=[^第，,。？?]{0,16}?(?:条例|准则|细则|章程|规定|办法|党章|《))"
)
POINT_REF = re.compile(r"第\s*([一二三四五六七八九十百\d]+)\s*[项点]")
SPACES = re.compile(r"[ 　\t]+")
ARTICLE_LABEL = re.compile(r"^第[一二三四五六七八九十百零〇]+条\s*")
MAX_ARTICLES = 12  # a longer range is answered with its first articles and a note
TOPIC_NEAR_BEST = 0.9  # further articles quoted for a topic when they score this close to the best
TOPIC_ARTICLES = 2
ASKS_COUNT = re.compile(r"(?:一共|总共|共|总计)?(?:有|分为?|包括|包含)?(?<!第)(?:多少|几)(?:个)?([条章节编项款部分])")
# Which article says so: the topic is the rest of the question.
ASKS_WHICH_ARTICLE = re.compile(r"(?:是|在)?第几条(?:规定的?|条文)?|(?:是|在)?哪一?条(?:规定的?|条文)?了?")
# 违反中央八项规定精神…怎么处分: the named rule was broken; the penalty is in the disciplinary regulations.
BROKEN_RULE = re.compile(r"违反[^，,。？?]{0,12}?(?:规定|准则|条例|纪律)[^，,。？?]{0,4}?")
ASKS_PENALTY = re.compile(r"处分|处理|追究|问责")
ASKS_VERSIONS = re.compile(r"几个版本|哪些版本|哪几个?版|几版|版本有哪些|有哪些修订|修订(?:过)?几次")
ASKS_START = re.compile(
    r"(?:什么时候|何时|哪天|哪一天|哪年|什么时间|啥时候)[^？?，,]{0,6}(?:施行|生效|实施|执行)"
    r"|(?:施行|生效|实施)(?:的)?(?:日期|时间)|自何时"
)
ASKS_INTERPRETER = re.compile(r"由谁解释|谁(?:来|负责)?解释|解释权|负责解释|哪个?(?:部门|机关|单位)解释")
ASKS_ISSUED = re.compile(r"(?:什么时候|何时|哪天|哪年)[^？?]{0,6}(?:通过|发布|印发|审议|颁布|出台)")
START_CLAUSE = re.compile(r"本[\u4e00-\u9fff]{1,4}自[^。]{2,24}施行")
INTERPRETER_CLAUSE = re.compile(r"本[\u4e00-\u9fff]{1,4}由[^。]{2,40}解释")
ISSUED_LINE = re.compile(r"^[（(][^）)]*(?:通过|发布|印发|批准)[^）)]*[）)]")
# A question for the kinds of something wants the article that enumerates them (种类：（一）…（二）…).
CLASSIFICATION = re.compile(r"(?:哪|几)(?:几)?(?:种|类)|种类|分为|分类")
ENUMERATES = re.compile(r"(?:种类|分为|包括|有)[^。\n]{0,6}[：:]\s*\n?\s*[（(]一[）)]")
KINDS_BONUS = 0.5
NOT_KINDS_FACTOR = 0.5
CHAR_WEIGHT = 0.3
RANK_WEIGHT = 0.2
# The regulation's own name in a topic question (纪律处分条例规定的…): not a word the answer must contain.
NAMED_REGULATION = re.compile(r"《[^》]+》|党章|[\u4e00-\u9fff]{0,16}?(?:条例|准则|细则|章程|规定|办法)")
ABBREVIATIONS = {"纪律检查委员会": "纪委", "党的委员会": "党委", "中国共产党章程": "党章"}
# Question words and particles: not characters of the topic.
TOPIC_NOISE = re.compile(r"[的了是有在和与及对于关什么怎样么如何讲说哪几些种类要求规定呢吗啊？?，,。、\s]")


def answer_lookup(ctx: AnswerContext) -> Answer:
    question = ctx.question
    documents = ctx.source.documents()
    segments = NEXT_REGULATION.split(question)
    if len(segments) > 1 and parse_part_refs(question):
        return answer_segments(ctx, segments, documents)
    broken = BROKEN_RULE.search(question) if ASKS_PENALTY.search(question) else None
    revisions = named_regulations(BROKEN_RULE.sub("", question) if broken else question, documents)
    if broken and not revisions:
        revisions = penalty_regulations(documents)
    missing = None if revisions or broken else unknown_regulation(question, documents)
    if missing:
        return missing_regulation(ctx, missing)
    if len({short_title(d.title) for d in revisions}) > 1:  # 纪律条例: 纪律处分条例 or 纪律检查委员会工作条例?
        return which_of(revisions)
    refs = parse_part_refs(question)
    if refs and not revisions:
        revisions = the_only_regulation(documents)
        if not revisions:
            return which_regulation(refs, documents)
    if revisions:
        asked = revision_asked(question)
        chosen = chosen_revisions(revisions, asked)
        if not chosen:
            return revision_missing(revisions, asked.years)
        refs = refs or points_asked(ctx, chosen[0])
        if refs:
            return answer_refs(ctx, [(chosen, refs)])
        return structure_answer(ctx, chosen[0]) or regulation_topic(ctx, chosen)
    return topic_in_regulations(ctx)


# ---------- references ----------
@dataclass
class Found:
    """What a reference found in one revision: the quoted lines with their chunks."""

    doc: DocRecord
    ref: PartRef
    label: str  # 第六条第（三）项, 二、
    quotes: list[tuple[Chunk, str]]


def answer_segments(ctx: AnswerContext, segments: list[str], documents: Sequence[DocRecord]) -> Answer:
    """纪律处分条例第八条和问责条例第七条: each reference within the regulation named before it."""
    groups: list[tuple[list[DocRecord], list[PartRef]]] = []
    revisions: list[DocRecord] = []
    for segment in segments:
        named = named_regulations(segment, documents)
        missing = None if named else unknown_regulation(segment, documents)
        if missing:
            return missing_regulation(ctx, missing)
        revisions = named or revisions
        refs = parse_part_refs(segment)
        if refs and not revisions:
            return which_regulation(refs, documents)
        asked = revision_asked(segment)
        chosen = chosen_revisions(revisions, asked)[:1]
        if refs and not chosen:
            return revision_missing(revisions, asked.years)
        if refs:
            groups.append((chosen, refs))
    return answer_refs(ctx, groups)


def answer_refs(ctx: AnswerContext, groups: list[tuple[list[DocRecord], list[PartRef]]]) -> Answer:
    """The references of each group within its revision(s); two revisions of one group are compared."""
    found: list[Found] = []
    absent: list[str] = []
    for chosen, refs in groups:
        for doc in chosen:
            items = provisions(ctx.source.document_chunks(doc.doc_id))
            for ref in refs:
                hit = resolve(ref, items)
                if hit:
                    found.append(Found(doc, ref, *hit))
                else:
                    absent.append(absence(doc, ref, items))
    if not found:
        return Answer("；".join(dict.fromkeys(absent)) + "。", "lookup", refused=True)
    chosen = groups[0][0]
    notes = ["；".join(dict.fromkeys(absent)) + "。"] if absent else []
    if len(groups) == 1 and len(chosen) > 1:
        answer = compared(found, chosen)
    else:
        answer = quoted(found[:MAX_ARTICLES])
        if len(found) > MAX_ARTICLES:
            notes.append(f"所问范围较大，以上列出前{MAX_ARTICLES}条。")
        if len(groups) == 1 and not absent:
            notes.append(other_revision_note(ctx, chosen[0]) or "")
    answer.note = "".join(notes) or None
    return answer


def points_asked(ctx: AnswerContext, doc: DocRecord) -> list[PartRef]:
    """第二项/第二点 of a regulation of numbered points (八项规定) is its point 二."""
    numbers = [to_int(n) for n in POINT_REF.findall(ctx.question)]
    if not numbers:
        return []
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    if not items or items[0].label.startswith("第"):
        return []
    return [PartRef("条", n) for n in numbers if n]


def resolve(ref: PartRef, items: list[Provision]) -> tuple[str, list[tuple[Chunk, str]]] | None:
    """The label and quoted lines of a reference, or None when the regulation has no such part."""
    if ref.unit != "条":
        return chapter_quotes(ref, items)
    provision = next((p for p in items if p.number == ref.number), None)
    if provision is None:
        return None
    lines: list[tuple[Chunk, str]] = [(c, c.text) for c in provision.chunks]
    label = provision_name(provision)
    if ref.clause:
        clauses = provision.clauses()
        if ref.clause > len(clauses):
            return None
        lines = [clauses[ref.clause - 1]]
        label += f"第{int_to_chinese(ref.clause)}款"
    if ref.item:
        within = lines[0][1] if ref.clause else None
        items_found = [(c, line) for n, c, line in provision.items(within) if n == ref.item]
        if not items_found:
            return None
        chunk, line = items_found[0]
        lead = next((cl for cl in provision.clauses() if line in cl[1]), lines[0])
        lines = [(lead[0], lead[1].split("\n")[0]), (chunk, line)]
        label += f"第（{int_to_chinese(ref.item)}）项"
    return label, lines


def chapter_quotes(ref: PartRef, items: list[Provision]) -> tuple[str, list[tuple[Chunk, str]]] | None:
    """第三章: its heading and the range of its articles, quoting the first and last."""
    part = next((p for p in parts(items) if p.unit == ref.unit and p.number == ref.number), None)
    if part is None:
        return None
    first, last = items[part.provisions[0]], items[part.provisions[-1]]
    quotes = [(first.chunks[0], first_line(first.chunks[0]))]
    if last is not first:
        quotes.append((last.chunks[0], first_line(last.chunks[0])))
    return part.heading, quotes


def absence(doc: DocRecord, ref: PartRef, items: list[Provision]) -> str:
    """《…》共158条，没有第二百条 (or 第N条没有第M款)."""
    if ref.unit != "条":
        same = [p for p in parts(items) if p.unit == ref.unit]
        return f"《{doc.title}》共{len(same)}{ref.unit}，没有{ref.label}"
    provision = next((p for p in items if p.number == ref.number), None)
    if provision is None:
        unit = "条" if items and items[0].label.startswith("第") else "项"
        return f"《{doc.title}》共{len(items)}{unit}，没有{ref.label}"
    if ref.clause and ref.clause > len(provision.clauses()):
        return f"《{doc.title}》{provision.label}共{len(provision.clauses())}款，没有第{int_to_chinese(ref.clause)}款"
    return f"《{doc.title}》{ref.label}中没有{ref.full_label.removeprefix(ref.label)}"


def quoted(found: list[Found]) -> Answer:
    book = CitationBook()
    doc = found[0].doc
    if len(found) == 1 and found[0].ref.unit != "条":
        return answer_of(f"依据《{doc.title}》，{structure_of(found[0], book)}。", book)
    if len(found) == 1:
        body = "\n".join(f"{text}{book.cite(chunk, text)}" for chunk, text in found[0].quotes)
        return answer_of(f"依据《{doc.title}》{found[0].label}：\n{body}", book)
    lines: list[str] = []
    for n, f in enumerate(found):
        if n == 0 or f.doc.doc_id != found[n - 1].doc.doc_id:
            lines.append(f"依据《{f.doc.title}》：")
        if f.ref.unit != "条":
            lines.append(structure_of(f, book))
        elif f.label.startswith("第") and f.quotes[0][1].startswith(f.label):
            lines.append("\n".join(f"{text}{book.cite(chunk, text)}" for chunk, text in f.quotes))
        else:
            lines.append(f"{f.label}：" + "\n".join(f"{text}{book.cite(chunk, text)}" for chunk, text in f.quotes))
    return answer_of("\n".join(lines), book)


def structure_of(found: Found, book: CitationBook) -> str:
    """第三章 …：第十七条〔1〕至第二十九条〔2〕."""
    labels = [f"{line.split()[0] if line.split() else line}{book.cite(chunk, line)}" for chunk, line in found.quotes]
    return f"{found.label}，包括" + "至".join(labels)


def compared(found: list[Found], chosen: list[DocRecord]) -> Answer:
    """Both revisions' texts of each article asked, then what changed."""
    older, newer = sorted(chosen[:2], key=revision_year)

    def hit(ref: PartRef, doc: DocRecord) -> Found | None:
        return next((f for f in found if f.ref == ref and f.doc.doc_id == doc.doc_id), None)

    pairs = [(hit(ref, older), hit(ref, newer)) for ref in dict.fromkeys(f.ref for f in found)]
    return compared_pairs(pairs, older, newer)


def compared_pairs(pairs: list[tuple[Found | None, Found | None]], older: DocRecord, newer: DocRecord) -> Answer:
    """Each pair's older and newer text, cited, then the change (删去 [-…-], 新增 {+…+})."""
    book = CitationBook()
    lines: list[str] = []
    for pair in pairs:
        asked = next(f for f in pair if f is not None).ref
        for doc, hit in zip((older, newer), pair, strict=True):
            if hit is None:
                lines.append(f"《{doc.title}》没有{asked.full_label}。")
                continue
            text = "\n".join(t for _, t in hit.quotes)
            marks = "".join(book.cite(c, t) for c, t in hit.quotes)
            lines.append(f"《{doc.title}》{hit.label}：\n{text}{marks}")
        if pair[0] and pair[1]:
            old, new = ("\n".join(t for _, t in f.quotes) for f in pair)
            lines.append(difference(old, new, older, newer))
    return answer_of("\n".join(lines), book)


def difference(old: str, new: str, older: DocRecord, newer: DocRecord) -> str:
    # 第八条　 and 第八条  are the same text; an article renumbered (第八十八条 -> 第九十七条) is no change of text.
    old, new = (ARTICLE_LABEL.sub("", SPACES.sub(" ", t)) for t in (old, new))
    if old == new:
        return "两版条文相同。"
    marked = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            marked.append(old[a0:a1])
        if op in ("delete", "replace"):
            marked.append(f"[-{old[a0:a1]}-]")
        if op in ("insert", "replace"):
            marked.append(f"{{+{new[b0:b1]}+}}")
    return (
        f"变化（由{revision_year(older)}年版到{revision_year(newer)}年版，[-…-]为删去，{{+…+}}为新增）：\n"
        + "".join(marked)
    )


# ---------- structure ----------
def structure_answer(ctx: AnswerContext, doc: DocRecord) -> Answer | None:
    """一共多少条/多少章, 什么时候施行, 由谁解释, 什么时候发布: from the regulation's own structure."""
    question = ctx.question
    chunks = ctx.source.document_chunks(doc.doc_id)
    if ASKS_VERSIONS.search(question):
        return versions_held(ctx, doc)
    count = ASKS_COUNT.search(question)
    items = provisions(chunks)
    by_articles = bool(items) and items[0].label.startswith("第")
    if count and not (count.group(1) == "项" and by_articles):  # 多少项 of articles asks about their content
        return counted(doc, items, count.group(1))
    for asks, clause in ((ASKS_START, START_CLAUSE), (ASKS_INTERPRETER, INTERPRETER_CLAUSE)):
        if asks.search(question):
            return clause_answer(doc, chunks, clause)
    if ASKS_ISSUED.search(question):
        return clause_answer(doc, chunks, ISSUED_LINE)
    return None


def versions_held(ctx: AnswerContext, doc: DocRecord) -> Answer:
    """The revisions of the regulation the knowledge base holds, newest first, each cited where it starts."""
    revisions = named_regulations(f"《{doc.title}》", ctx.source.documents())
    book = CitationBook()
    listed = []
    for revision in revisions:
        chunks = ctx.source.document_chunks(revision.doc_id)
        mark = book.cite(chunks[0], first_line(chunks[0])) if chunks else ""
        listed.append(f"《{revision.title}》{mark}")
    text = f"知识库收录了该法规的{len(revisions)}个版本：" + "、".join(listed) + "。"
    return answer_of(text, book, {float(len(revisions))})


def counted(doc: DocRecord, items: list[Provision], unit: str) -> Answer:
    book = CitationBook()
    if unit in "编章节":
        found = [p for p in parts(items) if p.unit == unit]
        if not found:
            return Answer(f"《{doc.title}》不分{unit}。", "lookup", refused=True)
        listed = [f"{p.heading}（{span(items[p.provisions[0]], items[p.provisions[-1]], book)}）" for p in found]
        text = f"《{doc.title}》共{len(found)}{unit}：\n" + "\n".join(listed)
        return answer_of(text, book, {float(len(found)), *(float(p.number) for p in found)})
    if not items:
        return Answer(f"《{doc.title}》没有编号的条款。", "lookup", refused=True)
    named = "条" if items[0].label.startswith("第") else "项"
    text = f"《{doc.title}》共{len(items)}{named}：{span(items[0], items[-1], book)}。"
    return answer_of(text, book, {float(len(items))})


def provision_name(provision: Provision) -> str:
    """第八条 for an article; 第二项 / 第5项 for a numbered point (二、 / 5.)."""
    if provision.label.startswith("第"):
        return provision.label
    return f"第{provision.label.rstrip('、.．')}项"


def span(first: Provision, last: Provision, book: CitationBook) -> str:
    """从第一条〔1〕到第七条〔2〕: both ends cited where they start."""
    ends = [first] if first is last else [first, last]
    marked = [f"{provision_name(p)}{book.cite(p.chunks[0], first_line(p.chunks[0]))}" for p in ends]
    return "至".join(marked)


def clause_answer(doc: DocRecord, chunks: Sequence[Chunk], clause: re.Pattern[str]) -> Answer:
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            match = clause.search(line)
            if match:
                book = CitationBook()
                quote = line.strip()
                return answer_of(f"依据《{doc.title}》：{quote}{book.cite(chunk, quote)}", book)
    return Answer(f"《{doc.title}》中没有写明这一点。", "lookup", refused=True)


# ---------- topics ----------
def regulation_topic(ctx: AnswerContext, chosen: list[DocRecord]) -> Answer:
    """A topic within a named regulation: its best-matching provisions, not passages that mention it;
    with two revisions asked for, each one's best provision and what changed."""
    doc = chosen[0]
    if WHOLE_DOCUMENT.search(ctx.question) and not re.search(r"关于|对|有关", ctx.question):
        return answer_outline(ctx, doc)
    topic = ASKS_WHICH_ARTICLE.sub("", NAMED_REGULATION.sub("", ctx.question, count=1)) or ctx.question
    best = {d.doc_id: best_provisions(ctx, d, topic) for d in chosen}
    if not best[doc.doc_id][0]:
        return answer_fact(ctx, "lookup")
    found = {
        d.doc_id: [Found(d, PartRef("条", p.number), p.label, quotes_of(p)) for p in best[d.doc_id][0]] for d in chosen
    }
    if len(chosen) > 1:
        older, newer = sorted(chosen[:2], key=revision_year)
        answer = compared_pairs([(first(found[older.doc_id]), first(found[newer.doc_id]))], older, newer)
    else:
        answer = quoted(found[doc.doc_id])
        answer.note = other_revision_note(ctx, doc)
    answer.retrieved = best[doc.doc_id][1]
    return answer


def best_provisions(ctx: AnswerContext, doc: DocRecord, topic: str) -> tuple[list[Provision], list[Evidence]]:
    items = provisions(ctx.source.document_chunks(doc.doc_id))
    evidence = ctx.source.search(topic, 8, Filters(doc_ids=frozenset({doc.doc_id})))
    scores = topic_scores(ctx, topic, items, evidence)
    if not scores or max(scores) <= 0:
        return [], evidence
    order = sorted(range(len(items)), key=lambda i: -scores[i])
    return [items[i] for i in order[:TOPIC_ARTICLES] if scores[i] >= TOPIC_NEAR_BEST * scores[order[0]]], evidence


def quotes_of(provision: Provision) -> list[tuple[Chunk, str]]:
    return [(c, c.text) for c in provision.chunks]


def first(found: list[Found]) -> Found | None:
    return found[0] if found else None


def abbreviated(text: str) -> str:
    """Regulations spell out what questions abbreviate (纪律检查委员会 -> 纪委): score in the question's words."""
    for full, short in ABBREVIATIONS.items():
        text = text.replace(full, short)
    return text


def topic_scores(ctx: AnswerContext, topic: str, items: list[Provision], evidence: list[Evidence]) -> list[float]:
    """How well each provision answers the topic: its words, its characters (开会 ~ 会议), its search rank,
    and, for 有哪几种, whether it enumerates kinds."""
    terms = ctx.source.terms(topic)
    chars = set(TOPIC_NOISE.sub("", topic))
    rank = {e.chunk.id: n for n, e in enumerate(evidence)}
    classification = bool(CLASSIFICATION.search(topic))
    scores = []
    for provision in items:
        text = abbreviated(provision.text)
        score = terms.coverage(text) + CHAR_WEIGHT * (sum(ch in text for ch in chars) / len(chars) if chars else 0.0)
        hits = [rank[c.id] for c in provision.chunks if c.id in rank]
        score += RANK_WEIGHT / (1 + min(hits)) if hits else 0.0
        if classification:  # 有哪几种 is answered by an article that lists kinds, not one that uses the word
            score = score + KINDS_BONUS if ENUMERATES.search(text) else score * NOT_KINDS_FACTOR
        elif any(lists_term(word, text) for word in terms.words if len(word) >= 2):
            score += KINDS_BONUS  # 党员的义务: the article listing 下列义务：（一）…, not one that mentions 义务
        scores.append(score)
    return scores


def lists_term(word: str, text: str) -> bool:
    """Whether an article lists what the word names: 党员必须履行下列义务：（一）…"""
    return bool(re.search(re.escape(word) + r"[^。\n]{0,4}[：:]\s*\n?\s*[（(]一[）)]", text))


def topic_in_regulations(ctx: AnswerContext) -> Answer:
    """No regulation named: the best article of the current revisions, else a cited fact."""
    titles = ANY_TITLE.findall(ctx.question)
    if titles:
        return missing_regulation(ctx, titles[0])
    older = ctx.source.older_revisions()
    current = frozenset(d.doc_id for d in ctx.source.documents() if d.kind == "regulation" and d.doc_id not in older)
    evidence = ctx.evidence(k=8, filters=Filters(kinds=("regulation",), doc_ids=current or None))
    ranked = ctx.best_sentences(ctx.question, evidence)
    if not ranked or ranked[0].passage < FACT_THRESHOLD or not ranked[0].chunk.article:
        return answer_fact(ctx, "lookup")
    return article_answer(ctx, ranked[0].chunk, evidence)


def article_answer(ctx: AnswerContext, chunk: Chunk, evidence: list[Evidence]) -> Answer:
    """The article's whole text; a note says when another revision of the regulation is indexed."""
    book = CitationBook()
    mark = book.cite(chunk, chunk.text)
    answer = answer_of(f"依据《{chunk.doc_title}》{chunk.article or ''}：\n{chunk.text}{mark}", book)
    answer.retrieved = evidence
    current = ctx.source.document(chunk.doc_id)
    answer.note = other_revision_note(ctx, current) if current else None
    return answer


def other_revision_note(ctx: AnswerContext, doc: DocRecord) -> str | None:
    others = [
        d
        for d in ctx.source.documents()
        if d.doc_id != doc.doc_id and d.kind == "regulation" and short_title(d.title) == short_title(doc.title)
    ]
    newer = [d for d in others if revision_year(d) > revision_year(doc)]
    if newer:
        return f"知识库中另有更新的版本《{newer[0].title}》，以上按问题所指的版本回答。"
    if others:
        return f"知识库中另有旧版本《{others[0].title}》，以上依据最新版本。"
    return None


# ---------- refusals ----------
def missing_regulation(ctx: AnswerContext, title: str) -> Answer:
    """A refusal that says where the regulation is cited and how to add it."""
    places = ctx.source.citing_places(title)
    text = f"知识库中没有收录《{title}》的原文，无法回答其具体内容。"
    book = CitationBook()
    if places:
        refs = "；".join(f"《{c.doc_title}》{c.location}{book.cite(c, s)}" for c, s in places[:3])
        text += f"该文件在以下位置被引用：{refs}。"
    text += "如需查询，请将其原文加入知识库（网页“知识库”页上传，或放入 corpus/ 文件夹后重新索引）。"
    return Answer(text, "lookup", book.citations(), [], refused=True)


def penalty_regulations(documents: Sequence[DocRecord]) -> list[DocRecord]:
    """The revisions of the regulation that sets penalties (纪律处分条例), newest first."""
    return named_regulations("纪律处分条例", [d for d in documents if "处分" in d.title])


def the_only_regulation(documents: Sequence[DocRecord]) -> list[DocRecord]:
    """Every revision of the knowledge base's one regulation; [] when it holds several."""
    regulations = [d for d in documents if d.kind == "regulation"]
    names = {short_title(d.title) for d in regulations}
    return sorted(regulations, key=revision_year, reverse=True) if len(names) == 1 else []


def which_regulation(refs: list[PartRef], documents: Sequence[DocRecord]) -> Answer:
    newest = {short_title(d.title): d.title for d in sorted(documents, key=revision_year) if d.kind == "regulation"}
    names = list(newest.values())
    have = f"知识库收录的法规有：{'、'.join(f'《{n}》' for n in names[:8])}。" if names else "知识库中没有收录法规。"
    return Answer(f"请说明要查询哪部法规的{refs[0].full_label}。{have}", "lookup", refused=True)


def which_of(revisions: list[DocRecord]) -> Answer:
    newest = {short_title(d.title): d.title for d in reversed(revisions)}  # revisions come newest first
    names = "、".join(f"《{t}》" for t in newest.values())
    return Answer(f"问题所指的法规不明确，知识库中有{names}，请说明是哪一部。", "lookup", refused=True)


def revision_missing(revisions: list[DocRecord], years: frozenset[int]) -> Answer:
    held = "、".join(f"《{d.title}》" for d in revisions)
    asked = "、".join(f"{y}年版" for y in sorted(years))
    return Answer(f"知识库中没有{asked}，只收录了{held}。", "lookup", refused=True)


# ---------- helpers ----------
def first_line(chunk: Chunk) -> str:
    return chunk.text.split("\n")[0].strip()


def answer_of(text: str, book: CitationBook, derived: set[float] | None = None) -> Answer:
    evidence = [Evidence(c, 1.0) for c in book.chunks]
    return Answer(text, "lookup", book.citations(), evidence, derived_numbers=derived or set())
