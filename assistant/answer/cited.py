"""Cited answers: the regulations a report cites, where, and whether the knowledge base has them."""

from __future__ import annotations

import re

from assistant.answer.citations import CitationBook
from assistant.answer.cited_articles import answer_articles, names_title
from assistant.answer.cited_asked import activity_after, activity_cited_for, articles_asked, besides_named
from assistant.answer.cited_plain import plain_names, plainly_named, without_doubles
from assistant.answer.context import ANY_TITLE, AnswerContext, refusal
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.core.words import cut_words
from assistant.search.regulations import ALIASES, named_regulations, provisions
from assistant.search.retriever import Filters

# A cited 《…》 is a regulation (or normative document) by how its title ends, once （试行）/（2018年修订）
# is set aside; books, films and articles (《学思践悟》《警钟长鸣》) are not, and are not listed.
REGULATION_TITLE = re.compile(r"(条例|准则|规定|细则|章程|办法|规则|意见|决定|通知|纲要|制度|党章)$")
TRAILING_NOTE = re.compile(r"[（(][^）)]*[）)]$")
# 集团“六条禁令规定”: a regulation named in quotation marks, by how such names end (not 制度, 通知, 意见)
QUOTED_NAME = re.compile(r"[“\"]([^”\"]{2,30})[”\"]")
QUOTED_REGULATION = re.compile(r"(?:条例|准则|规定|细则|章程|办法)$")
# 安全方面的规定 / 传达的那三部条例: what the question narrows the cited regulations to
ASPECT = re.compile(r"([\u4e00-\u9fff]{2,4})方面的")
ACT_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,8})的(?:那|这)?[一两二三四五六七八九十几]*部")
TITLE_FIT_MARGIN = 0.05  # reports whose titles hold about as many of the question's words as the best one
MAX_REPORTS = 3


def answer_cited(ctx: AnswerContext) -> Answer:
    documents = ctx.source.documents()
    mentioned = ctx.source.mentioned_documents(ctx.question)
    reports = [d for d in documents if d.doc_id in mentioned]
    reports = [d for d in reports if d.kind != "regulation"] or [d for d in documents if d.kind == "report"]
    if not reports:
        return refusal("cited", [], "（知识库中没有报告类文档）")
    if len(reports) > 1 and not mentioned:
        top = ctx.source.search(ctx.question, 5, Filters(kinds=("report",)), ctx.route.hints)
        reports = [ctx.source.document(top[0].chunk.doc_id)] if top else reports[:1]
    elif len(reports) > 1:  # a 年度学习报告 beside a 纪要 of one organisation: the report whose title the question says
        terms = ctx.source.terms(ctx.question)
        fit = {d.doc_id: terms.coverage(d.title) for d in reports}
        best = max(fit.values())
        reports = sorted((d for d in reports if fit[d.doc_id] >= best - TITLE_FIT_MARGIN), key=lambda d: -fit[d.doc_id])
    if named := articles_asked(
        ctx.question
    ):  # 总结里引用了监督条例哪几条: that regulation's articles, not the regulations
        return answer_articles(ctx, reports[:MAX_REPORTS], named)
    besides = besides_named(ctx.question)  # 除了问责条例还引用了哪些: the others
    book = CitationBook()
    sections = []
    counts: set[float] = set()
    used: list[Evidence] = []
    regulation_names = plain_names([d for d in documents if d.kind == "regulation"])
    for report in reports[:MAX_REPORTS]:
        found: dict[str, list[tuple[Chunk, str]]] = {}
        plain: dict[str, list[tuple[Chunk, str]]] = {}
        for chunk in ctx.source.document_chunks(report.doc_id):
            for sentence in split_sentences(chunk.text):
                for title in cited_titles(sentence):
                    found.setdefault(title, []).append((chunk, sentence.strip()))
                for title in plainly_named(sentence, regulation_names):
                    plain.setdefault(title, []).append((chunk, sentence.strip()))
        found = without_doubles(found, plain, documents)
        regulations = asked_of({t: p for t, p in found.items() if is_regulation_title(t)}, ctx.question)
        regulations = {t: p for t, p in regulations.items() if not (besides and names_title(besides, t))}
        counts.add(float(len(regulations)))
        other = f"除《{besides.strip('《》')}》外" if besides else ""
        lines = [
            f"《{report.title}》{other}引用的党内法规共{len(regulations)}部："
            if regulations
            else f"《{report.title}》中{other}没有引用{'其他' if besides else ''}党内法规。"
        ]
        for n, (title, places) in enumerate(regulations.items(), 1):
            chunk, sentence = places[0]  # cited where it is first mentioned; other places named
            mark = book.cite(chunk, sentence)
            # every other place cited too: its location (9. 严格落实…) is then in the evidence the answer checks
            others: dict[str, tuple[Chunk, str]] = {}
            for c, s in places[1:]:
                if c.id != chunk.id and c.location != chunk.location:
                    others.setdefault(c.location or "正文", (c, s))
            elsewhere = [f"{c.location or '正文'}{book.cite(c, s)}" for c, s in others.values()]
            used.extend(Evidence(c, 1.0) for c, _ in others.values())
            also = f"（另见{'；'.join(elsewhere)}）" if elsewhere else ""
            status, sizes = holding(ctx, title)
            counts |= sizes
            lines.append(f"{n}. 《{title}》——见{chunk.location or '正文'}{mark}{also}；{status}。")
            used.append(Evidence(chunk, 1.0))
        sections.append("\n".join(lines))
    if not used:  # no report cites any: said so, as a refusal (there is no sentence to cite for an absence)
        return Answer("\n".join(sections), "cited", refused=True)
    return Answer("\n".join(sections), "cited", book.citations(), used, derived_numbers=counts)


def cited_titles(sentence: str) -> list[str]:
    """The regulations a sentence cites: in 《》, a name in quotation marks (集团“六条禁令规定”), and a short name
    said plainly (组织学习了党章)."""
    quoted = [q for q in QUOTED_NAME.findall(sentence) if QUOTED_REGULATION.search(q)]
    plain = ANY_TITLE.sub("", sentence)
    return ANY_TITLE.findall(sentence) + quoted + [alias for alias in ALIASES if alias in plain]


def asked_of(regulations: dict[str, list[tuple[Chunk, str]]], question: str) -> dict[str, list[tuple[Chunk, str]]]:
    """Those the question narrows to, when any fits: 安全方面的规定 (cited in a 安全 part), 传达的那三部 (cited
    where 传达 is said), 搞隐患排查是对照哪个 (cited where 隐患 and 排查 are said); all of them otherwise."""
    narrowed = ASPECT.search(question) or ACT_BEFORE.search(question)
    # 安全 of 哪些安全方面的; every word of the activity a regulation was cited for
    said = [cut_words(narrowed.group(1))[-1]] if narrowed else cut_words(activity_cited_for(question))
    words = [w for w in said if len(w) >= 2]
    if not words:
        return cited_for(regulations, question)
    fitting = {
        title: places
        for title, places in regulations.items()
        if any(all(w in sentence or w in (chunk.location or "") for w in words) for chunk, sentence in places)
    }
    return fitting or regulations


def is_regulation_title(title: str) -> bool:
    return bool(REGULATION_TITLE.search(TRAILING_NOTE.sub("", title.strip())))


def holding(ctx: AnswerContext, title: str) -> tuple[str, set[float]]:
    """Whether the knowledge base holds the cited regulation: each revision with its article count."""
    revisions = named_regulations(f"《{title}》", ctx.source.documents())
    if not revisions:
        return "知识库中未收录", set()
    held, sizes = [], set()
    for doc in revisions:
        items = provisions(ctx.source.document_chunks(doc.doc_id))
        unit = "条" if items and items[0].label.startswith("第") else "项"
        held.append(f"《{doc.title}》（共{len(items)}{unit}）" if items else f"《{doc.title}》")
        sizes.add(float(len(items)))
    current = f"，现行为《{revisions[0].title}》" if len(revisions) > 1 else ""
    return f"知识库已收录{'、'.join(held)}{current}", sizes


FOR_SPAN = 16  # characters after a cited title where what it is cited for is said (对照《X》压实…责任)


def cited_for(regulations: dict[str, list[tuple[Chunk, str]]], question: str) -> dict[str, list[tuple[Chunk, str]]]:
    """对照哪个条例压实管党治党责任: those a sentence cites right before most of the activity's words (学习《A》，
    对照《B》压实管党治党责任 → B); all of them when the question says none or none fits."""
    words = [w for w in cut_words(activity_after(question)) if len(w) >= 2]
    if not words:
        return regulations

    def cited_right_before(title: str, sentence: str) -> bool:
        at = sentence.find(title)
        after = sentence[at + len(title) : at + len(title) + FOR_SPAN] if at >= 0 else ""
        return sum(w in after for w in words) * 2 >= len(words)

    fitting = {t: places for t, places in regulations.items() if any(cited_right_before(t, s) for _, s in places)}
    return fitting or regulations
