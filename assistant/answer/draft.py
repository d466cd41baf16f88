"""Draft answers: a 公文-style paragraph (一是……二是……) from every section of one report on a topic.

The paragraph speaks for one document (the one the question names, else the one that says most
about the topic). It draws on each relevant section in document order, keeps the sentences that
hold the section's figures, and cites every sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from assistant.answer.aspects import heading_aspect, question_aspects
from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, AnswerContext, refusal
from assistant.answer.draft_compare import (
    asks_comparison,
    asks_plan,
    compared_reports,
    comparison_answer,
    counterpart_parts,
    figures,
    without_comparison,
)
from assistant.answer.draft_compose import NUMBER, Part, compose, has_figure, is_table_row
from assistant.answer.draft_key_figures import with_key_figures
from assistant.answer.draft_leads import lead_sentence
from assistant.answer.draft_names import is_plan, organisation_name
from assistant.answer.draft_options import DraftOptions, draft_options, without_options
from assistant.answer.draft_sentences import (
    PARTS,
    SENTENCES_PER_PART,
    background,
    body_chunk,
    in_table,
    key_sentences,
    line_sentences,
    statement,
    table_row_labels,
)
from assistant.answer.draft_sources import joined_documents
from assistant.answer.draft_speaker import duty_topic, in_third_person, named_reporter, personal
from assistant.answer.draft_topic import (
    DRAFT_VERBS,
    PERIOD_WORDS,
    draft_topic,
    family_words,
    kin_words,
    topic_without_title,
    without_short_names,
)
from assistant.answer.heading_names import names_heading
from assistant.answer.sections import aspect_section, document_year_fits
from assistant.core.schema import Answer, Chunk
from assistant.core.text import HALF, YEAR
from assistant.search.organisations import UNIT_MENTION, with_profile
from assistant.search.periods import asked_period, period_conflict, plans_for, reports_on
from assistant.search.retriever import Filters
from assistant.search.source import DocRecord
from assistant.search.terms import TIME_WORDS, Terms

FEW_PARTS = 3  # fewer parts than this give more of their sentences (fit trims them to the length)
PARAGRAPH = DraftOptions()
LONG_DRAFT = 600  # from this many characters on, a section gives more than its three best sentences
# What a whole piece on a report's work names when it names no topic (写一篇上半年工作总结 → 工作).
GENERIC_TOPIC = re.compile(r"^(?:党建|全面|整体|全年|主要|各项|总体|年度)?(?:工作|党建工作)?(?:情况)?$")
SOURCE_VERB = re.compile(r"^(请)?(根据|依据|结合|按照|参照|用|以|给|从)")
BROAD_ENDING = re.compile(r"(?:建设|工作|管理|情况)+$")
DOCUMENT_NAME_LEFT = 3  # characters of an organisation's name a topic may keep and still only name it
OTHER_TIMES = {"problems", "plans", "measures"}
TOPIC_SHARE = 0.6  # share of the topic's words a section heading or paragraph must hold
JOINS = re.compile(r"以及|和|与|及|、")
MIN_SUBTOPIC = 4  # 党建 alone would match every part of a 党建 report
MIN_CORE = 3  # 组织 of 组织建设 names too many headings to stand for the topic
BROAD_WORDS = frozenset({"党建", "工作", "党务", "业务", "情况", "建设"})  # …but 防汛 names one part
CANDIDATES = 5  # documents a draft may choose from
TITLE_NAMED = 0.6  # share of the question's naming words a title must hold to be a candidate by name


def answer_draft(ctx: AnswerContext) -> Answer:
    options = draft_options(ctx.question)
    # 约300字 says how long, not what about: neither the topic nor the period.
    ctx = replace(ctx, route=replace(ctx.route, question=without_options(ctx.question)))
    compare = asks_comparison(ctx.question)
    topic = draft_topic(without_comparison(ctx.question) if compare else ctx.question)
    # Retrieve by topic, but keep the period the user named (上半年, 2022年) in the query.
    wanted = TIME_WORDS.findall(ctx.question) + YEAR.findall(ctx.question)
    evidence = ctx.evidence(k=20, filters=Filters(kinds=("report",)), query=f"{' '.join(wanted)} {topic}".strip())
    chosen = best_document(ctx, topic, wanted, evidence, options)
    if chosen is None:
        return refusal("draft", evidence, f"（没有关于“{topic}”的材料）")
    chunks, own_topic, parts = chosen
    compared = comparison_draft(ctx, chunks, (topic, own_topic), options, evidence) if compare else None
    if compared is not None:
        return compared
    book = CitationBook()
    record = ctx.source.document(chunks[0].doc_id)
    drawn = [(record, chunks, parts)] if record else []
    for other in joined_documents(ctx, record) if record else []:  # 结合书记述职和全年总结: both documents
        other_chunks = ctx.source.document_chunks(other.doc_id)
        found = document_parts(ctx.source, topic, other, other_chunks, [], options)[1]
        # No section of its own on the topic: its statements on the same things as the first report's figures.
        found = found or counterpart_parts(ctx, topic, parts, figure_statements(other_chunks))
        drawn.append((other, other_chunks, found))
    # The organisation's own report speaks first and names it; a 述职's parts follow, in the third person.
    drawn.sort(key=lambda doc: personal(doc[0]))
    if drawn:
        record, chunks = drawn[0][0], drawn[0][1]
        parts = [part for doc, doc_chunks, found in drawn for part in in_third_person(doc, doc_chunks, found)]
    lead = lead_sentence(chunks[0].doc_title, own_topic, chunks, record)
    answer = Answer(compose(lead, parts, options, book), "draft", book.citations(), evidence)
    if compare:  # asked to compare, but only one period says something on the topic: say so
        answer.note = f"知识库中没有找到可对比的另一时期关于“{own_topic}”的内容，以下只依据《{chunks[0].doc_title}》。"
    return answer


def comparison_draft(
    ctx: AnswerContext, chunks: list[Chunk], topics: tuple[str, str], options: DraftOptions, evidence: list
) -> Answer | None:
    """The topic in two periods of the organisation of the report chosen (None: no second period).

    `topics`: the topic as asked (to find each report's parts) and as the chosen report words it (the lead)."""
    asked, own = topics
    record = ctx.source.document(chunks[0].doc_id) if chunks else None
    reports = compared_reports(ctx, record) if record else []
    if len(reports) != 2:
        return None
    ranked = [s for s in ctx.best_sentences(asked, evidence) if s.passage >= FACT_THRESHOLD]
    both = []
    for report in reports:
        report_chunks = ctx.source.document_chunks(report.doc_id)
        parts = document_parts(ctx.source, asked, report, report_chunks, ranked, options)[1]
        both.append((report, report_chunks, parts))
    # One report heads the topic (（二）教育培训), the other says it inside a broader section: its
    # sentences on the same things as the first report's figures.
    for i, j in ((0, 1), (1, 0)):
        report, report_chunks, parts = both[i]
        if not figures(parts) and figures(both[j][2]):
            both[i] = (
                report,
                report_chunks,
                counterpart_parts(ctx, asked, both[j][2], figure_statements(report_chunks)),
            )
    return comparison_answer(ctx, organisation_name(record, chunks), own, both, options, evidence)


def figure_statements(chunks: list[Chunk]) -> list[tuple[Part, str]]:
    """A report's statements of figures, each as a part of its own; not from its problems or plans."""
    return [
        (Part(c, [s]), s)
        for c in chunks
        if body_chunk(c) and not {heading_aspect(label) for label in c.section_path} & OTHER_TIMES
        for line in c.text.split("\n")
        for s in line_sentences(line)
        if statement(s, c) and has_figure(s) and not is_table_row(s)
    ]


def best_document(
    ctx: AnswerContext, topic: str, wanted: list[str], evidence: list, options: DraftOptions = PARAGRAPH
) -> tuple[list[Chunk], str, list[Part]] | None:
    """(chunks, topic as the document words it, parts) of the one report the paragraph should speak for.

    Candidates are the documents the question mentions and those retrieved for the topic. The
    winner has sections about the topic, then best fits the question's other words (its name,
    organisation and genre: 民主生活会情况报告) and the period asked about.
    """
    ranked = [s for s in ctx.best_sentences(topic, evidence) if s.passage >= FACT_THRESHOLD]
    mentioned = ctx.source.mentioned_documents(ctx.question)
    others = ctx.question.replace(topic, "，") if topic else ctx.question
    naming = ctx.source.terms(DRAFT_VERBS.sub("，", SOURCE_VERB.sub("，", others)))
    # The reports whose titles the question's other words name (恒锐公司党支部书记述职报告), even when the
    # topic words alone would retrieve another report first.
    titled = sorted((d for d in ctx.source.documents() if d.kind == "report"), key=lambda d: -naming.coverage(d.title))
    named = [d.doc_id for d in titled[:2] if naming.words and naming.coverage(d.title) >= TITLE_NAMED]
    own = [d.doc_id for d in titled if named_reporter(ctx.question, d)]  # 周海涛的履职: his own 述职
    named += own
    ranked_ids = [s.chunk.doc_id for s in ranked]
    candidates = list(dict.fromkeys([*named, *ranked_ids, *sorted(mentioned)]))[: CANDIDATES + len(named)]
    # A follow-up (把上面的写成一段总结) or a question naming its report is scoped: speak for those documents.
    scoped = ctx.source.scope(ctx.question).doc_ids
    if scoped:  # …and the reports of the organisation and period it names, though no sentence matched the topic
        reports = [d.doc_id for d in ctx.source.documents() if d.doc_id in scoped and d.kind == "report"]
        # …but a person's own 述职 speaks for them, whatever the conversation was last about
        candidates = list(dict.fromkeys([d for d in candidates if d in scoped or d in own] + reports)) or candidates
    best = None
    asked, compare, plan_asked = asked_period(ctx.question), asks_comparison(ctx.question), asks_plan(ctx.question)
    for order, doc_id in enumerate(candidates):
        record = ctx.source.document(doc_id)
        if record is None or record.kind != "report" or period_conflict(ctx.question, record.title):
            continue
        profile = with_profile(record).profile
        # 2023年度 asked: not the 2022 report; a plan only when the plan is asked for (以2026年要点为依据)
        if not compare and not reports_on(profile, asked) and not (plan_asked and plans_for(profile, asked)):
            continue
        chunks = ctx.source.document_chunks(doc_id)
        own_topic, parts = document_parts(ctx.source, topic, record, chunks, ranked, options)
        if not parts:
            continue
        fit = naming.coverage(record.title) if naming.words else 0.0
        key = (
            all(w in record.title for w in wanted),
            document_year_fits(ctx.question, record.title),
            is_plan(record) == plan_asked,  # what was done comes from a report, not from a plan (要点)
            bool(named_reporter(ctx.question, record)),  # 周海涛的履职: his own 述职 speaks for him
            round(fit, 2),
            -order,
        )
        if best is None or key > best[0]:
            best = (key, (chunks, own_topic, parts))
    return best[1] if best else None


def document_parts(
    source, topic: str, record: DocRecord, chunks: list[Chunk], ranked: list, options: DraftOptions
) -> tuple[str, list[Part]]:
    """(the topic as the document words it, the parts of the document about it).

    A whole piece (一篇) on the report's work in general (写一篇上半年工作总结) draws on all of it."""
    own_topic = topic_without_title(without_names(topic, record), record.title)
    per_part = SENTENCES_PER_PART if (options.budget or 0) <= LONG_DRAFT else PARTS
    general = GENERIC_TOPIC.match(PERIOD_WORDS.sub("", own_topic))
    # What is left of the topic only names the document (血站 of 血站…组织生活会简报): a summary of all of it.
    profile = with_profile(record).profile
    names = " ".join([profile.organisation, *profile.aliases]) if profile else ""
    names_document = bool(own_topic) and len(own_topic) <= DOCUMENT_NAME_LEFT and own_topic in names
    half = HALF.search(topic) if is_plan(record) else None
    if half:  # 按工作要点写一段下半年打算: the sections of the year's plan headed by that half, if any
        terms = source.terms("")
        headed = [c for c in chunks if body_chunk(c) and any(half.group(0) in label for label in c.section_path)]
        parts = [Part(c, key_sentences(c, terms, whole=True, limit=PARTS)) for c in headed]
        if any(p.sentences for p in parts):
            return half.group(0), [p for p in parts if p.sentences]
    general = general or (personal(record) and duty_topic(own_topic))  # 述职报告写一段个人履职情况
    if names_document or general:  # 写一段党建工作总结: the report's work in general, from all of it
        # A paragraph sums up what was done; a whole piece (一篇) also has its problems and next steps, and
        # a meeting's problems and measures are what the meeting did.
        done_only = options.form != "article" and not (profile and profile.genre == "meeting")
        return "", whole_report_parts(source, chunks, per_part, done_only)
    doc_id = chunks[0].doc_id if chunks else ""
    # 组织建设 in a plan headed 提升组织力: without its broad last word the topic still names its sections.
    core = BROAD_ENDING.sub("", own_topic)
    searched = own_topic
    parts = relevant_parts(source, searched, chunks, per_part)
    if not parts and core != own_topic and len(core) >= 2:
        searched = core
        parts = relevant_parts(source, searched, chunks, per_part)
    # One or two sections (a table's chunks are no sections of their own): the length asked decides.
    sections = {p.chunk.section_path for p in parts}
    if 0 < len(sections) < FEW_PARTS and per_part < PARTS:
        parts = relevant_parts(source, searched, chunks, per_part, headed=PARTS)
    return own_topic, parts or fallback_parts(ranked, doc_id)


def without_names(topic: str, record: DocRecord) -> str:
    """The topic without the names of the document's organisation (鹿鸣县纪委监委机关…的组织生活 → 组织生活)."""
    profile = with_profile(record).profile
    names = {profile.organisation, *profile.aliases} if profile else set()
    # 青岚新材料公司 as the file is named, though the title says 青岚能源集团新材料有限公司
    named = f"{record.title} {Path(record.source).stem}"
    names |= {m.group(0) for m in UNIT_MENTION.finditer(topic) if m.group(0) in named}
    names = sorted(names - {""}, key=len, reverse=True)
    for name in [*names, named_reporter(topic, record)]:  # 周海涛的履职 of 周海涛's own 述职: his duties
        topic = topic.replace(name, "") if name else topic
    topic = without_short_names(topic, names)  # 广电台 of 广播电视台
    return topic.strip("，,的 ") or topic


def whole_report_parts(source, chunks: list[Chunk], per_part: int, done_only: bool = False) -> list[Part]:
    """Every section's statements, in document order (the opening's figures first); with `done_only`, not
    the sections on problems, measures or plans."""
    terms, rows = source.terms(""), table_row_labels(chunks)
    parts = [
        Part(
            c,
            [
                s
                for s in key_sentences(c, terms, whole=True, limit=per_part)
                if not (background(s, c) or in_table(s, rows))
            ],
        )
        for c in chunks
        if body_chunk(c) and not (done_only and {heading_aspect(label) for label in c.section_path} & OTHER_TIMES)
    ]
    parts = [p for p in parts if p.sentences]
    # A short summary still says something of every section (会前准备, 会议召开, 查摆问题, 整改措施…).
    firsts = {p.chunk.section_path[:1]: i for i, p in reversed(list(enumerate(parts)))}
    # …and the figures the report tallies against its targets before a section's other figures.
    return with_key_figures([replace(p, leads=i in firsts.values()) for i, p in enumerate(parts)], chunks, source.terms)


def subtopics(topic: str) -> list[str]:
    """The topic and, when it joins several (基层组织建设和发展党员), each of them that can stand alone."""
    pieces = [p for p in JOINS.split(topic) if len(p) >= MIN_SUBTOPIC or (len(p) >= 2 and p not in BROAD_WORDS)]
    return [topic, *pieces] if len(pieces) > 1 else [topic]


def relevant_parts(
    source, topic: str, chunks: list[Chunk], per_part: int = SENTENCES_PER_PART, headed: int = 0
) -> list[Part]:
    """Each chunk whose heading or text is about the topic (or one of its subtopics), in document order;
    a chunk whose heading is about it gives up to `headed` sentences (all its sentences are the topic)."""
    terms = source.terms(topic)
    if not terms.words:
        return []
    topics = [terms, *(source.terms(t) for t in subtopics(topic)[1:])]
    family = family_words(topic) or headed_in_kin_words(topic, chunks, topics)
    parts = []
    asked = question_aspects(topic)
    # 存在问题 / 下一步打算 (or 查摆问题和整改措施): the sections about them, whatever their words.
    in_section = {c.id for aspect in asked for c in aspect_section(chunks, aspect)}
    continued: tuple[str, ...] = ()  # the path of the last part: a chunk under its parent only continues it
    # 基层党支部建设 is headed 建强基层党支部: a heading names the topic without its broad last word.
    core = BROAD_ENDING.sub("", topic)
    headings = [*topics, source.terms(core)] if core != topic and len(core) >= MIN_CORE else topics
    narrowed = {
        c.section_path[:-1]
        for c in chunks
        if len(c.section_path) > 1 and heads_topic(c.section_path[-1:], topic, headings, family)
    }
    for chunk in chunks:
        if not body_chunk(chunk):
            continue
        aspects = {heading_aspect(label) for label in chunk.section_path} - {None}
        if aspects & OTHER_TIMES and not asked & aspects:
            continue  # what went wrong or is planned is not what was done, unless asked for
        # 党员教育 under 一、…党员教育成效明显: its （三）安全生产 is no part when a sibling heads the topic
        path = chunk.section_path[-1:] if chunk.section_path[:-1] in narrowed else chunk.section_path
        titled = heads_topic(path, topic, headings, family)
        # The sections of the aspects asked stand for them: not a sentence elsewhere that names them.
        said = not in_section and any(t.coverage(chunk.text) >= TOPIC_SHARE for t in topics)
        about = titled or chunk.id in in_section or said
        about = about or continues(chunk.section_path, continued)
        continued = chunk.section_path if about and len(chunk.section_path) > len(continued) else continued
        continued = continued if about else ()
        limit = max(per_part, headed) if titled else per_part
        whole = chunk.id in in_section
        sentences = key_sentences(chunk, terms, whole=whole, limit=limit, headed=titled) if about else []
        if sentences:
            parts.append(Part(chunk, sentences))
    # The opening paragraph sums the whole report up: it is a part only when nothing else is,
    # or for its figures on the topic (9条问题已整改完成7条), which lead the paragraph.
    body = [p for p in parts if p.chunk.section_path]
    if len(parts) == 1 and not body:  # the opening alone: its points are the paragraph's points
        return [Part(parts[0].chunk, key_sentences(parts[0].chunk, terms, limit=PARTS))]
    if not body:
        return parts
    overview = overview_part(chunks, terms)
    return [overview, *body] if overview else body


def headed_in_kin_words(topic: str, chunks: list[Chunk], topics: list[Terms]) -> tuple[str, ...]:
    """The words of the topic's kin (正风肃纪 → 纪律, 廉政…) when no heading of the report names the topic itself."""
    if any(heads_topic(c.section_path, topic, topics, ()) for c in chunks if body_chunk(c)):
        return ()
    return kin_words(topic)


def heads_topic(path: tuple[str, ...], topic: str, topics: list[Terms], family: tuple[str, ...]) -> bool:
    """Whether the headings of `path` name the topic: most of its words, loosely (先锋作用 → （二）党员先锋作用),
    or a word of its family (组织建设 → （二）整顿软弱涣散村党组织)."""
    heading = " ".join(path)
    return (
        any(t.coverage(heading) >= TOPIC_SHARE for t in topics if t.words)
        or any(names_heading(topic, label) for label in path)
        or any(word in heading for word in family)
    )


def continues(path: tuple[str, ...], part_path: tuple[str, ...]) -> bool:
    """Whether a chunk filed under a parent heading of the last part is that part's continuation: a
    table or paragraph of （一） that the chunker left under 二、 only."""
    return bool(path) and len(path) < len(part_path) and part_path[: len(path)] == path


def overview_part(chunks: list[Chunk], terms: Terms) -> Part | None:
    """The opening paragraph's statements that hold a figure and are mostly about the topic."""
    opening = next((c for c in chunks if not c.section_path), None)
    if opening is None:
        return None
    sentences = [s for line in opening.text.split("\n") for s in line_sentences(line)]
    figures = [s for s in sentences if statement(s, opening) and NUMBER.search(s) and terms.coverage(s) >= TOPIC_SHARE]
    return Part(opening, figures[:SENTENCES_PER_PART]) if figures else None


def fallback_parts(ranked, doc_id: str) -> list[Part]:
    """The best-scoring sentences of the document, grouped by chunk, when no section is about the topic."""
    by_chunk: dict[str, Part] = {}
    for s in ranked:
        if s.chunk.doc_id == doc_id and statement(s.sentence, s.chunk):
            by_chunk.setdefault(s.chunk.id, Part(s.chunk, []))
            part = by_chunk[s.chunk.id]
            if len(part.sentences) < SENTENCES_PER_PART:
                part.sentences.append(s.sentence)
    parts = list(by_chunk.values())[:3]
    return sorted(parts, key=lambda p: p.chunk.start)
