"""List answers: the items of the section the question's aspect names (存在的问题, 整改措施, 下一步打算),
of an enumeration (一是……二是……), of a named section, or of an article's （一）（二）."""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.answer.asked_part import asked_part, topic_words
from assistant.answer.aspects import ASKS_OPEN, QUESTION_ASPECTS, Aspect, heading_aspect, question_aspect
from assistant.answer.citations import CitationBook
from assistant.answer.context import FACT_THRESHOLD, LIST_LIMIT, AnswerContext, Scored, clean, refusal
from assistant.answer.draft_names import is_plan
from assistant.answer.fact import answer_fact
from assistant.answer.group_members import asks_people, members
from assistant.answer.group_units import group_units
from assistant.answer.heading_names import names_heading, said_plainly
from assistant.answer.inline_clauses import enumerated_clauses
from assistant.answer.listed_titles import titles_listed
from assistant.answer.listing_items import announced_list, list_items, lists_things
from assistant.answer.listing_people import ASKED_NOUN, person_lines
from assistant.answer.named_items import named_items
from assistant.answer.outline import WHOLE_DOCUMENT, answer_outline
from assistant.answer.person_part import person_part
from assistant.answer.problem_entries import problem_entries
from assistant.answer.project_items import project_items
from assistant.answer.report_parts import report_parts
from assistant.answer.section_work import asks_work_done, done_statements
from assistant.answer.sections import (
    SIGNATURE,
    Item,
    aspect_section,
    common_path,
    document_year_fits,
    lead_in_items,
    on_side_of_measures,
    section_items,
    strip_number,
)
from assistant.answer.speakers import speaker_line_items, speakers_items
from assistant.answer.table_lists import table_items, unit_rows
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.ingest.structure import ENUMERATED, lead_label
from assistant.search.retriever import longest_common_substring
from assistant.search.terms import Terms

# How a list question asks, not what it is about: 存在/查摆出/采取了/针对这些/准备干哪几件事.
LIST_VERBS = re.compile(
    r"(?:他|她)?(?:自己|本人|自身)|还?存在|查摆出?|查找出?|梳理出?|剖析|制定了?|采取了?|提出了?|针对(这些|上述)?|承认了?|(?:讲|写|提|列)(?:到|出)?[了的]|说了?|"
    r"[要准]?备?[干做办](?!法)|哪几件事|件事|之前|会前|工作中|里|中|还有|主要|具体|都|了"
)
CANDIDATE_DOCUMENTS = 3
INTENT = re.compile(r"打算|准备(?!工作)")  # 打算给哪几个支部换届: what a plan is to do
NAMED_PROBLEM = 0.3  # share of the question's naming words a 问题N： line must hold to be the one asked about
LISTING_CANDIDATES = 5
OTHER_TIMES: set[Aspect | None] = {"problems", "measures", "plans"}
LISTING_NEAR = 0.8  # a listing passage's sentence this good against the best one answers instead
NAMING_FIT = 0.5  # share of the question's naming words the document must hold (short forms lose pairs)


def answer_list(ctx: AnswerContext) -> Answer:
    named = ctx.source.named_documents(ctx.question)
    if named and WHOLE_DOCUMENT.search(ctx.question):
        return answer_outline(ctx, named[0])
    evidence = ctx.evidence()
    parts = report_parts(ctx, evidence)
    if parts:  # 党建工作有哪几个方面 / 这一部分分哪几块: the report's own headings (or the section's)
        return listed(*parts, evidence)
    if asks_people(ctx.question):  # 班子成员都有谁: the people one paragraph names, else as a fact
        return members_answer(ctx, evidence) or answer_fact(ctx, "fact")
    spoken = speaker_line_items(ctx.question, ctx.source.document_chunks(evidence[0].chunk.doc_id)) if evidence else []
    if spoken:  # 副书记查摆了啥: the line of that speaker among several speakers' lines, every item of it
        return listed([spoken[0].chunk], spoken, evidence)
    project = project_items(ctx, [e.chunk for e in evidence[:LISTING_CANDIDATES]])
    if project:  # 烛光引航都搞了哪些活动: the items given under that name, not another project's beside it
        return listed([project[0]], project[1], evidence)
    aspect = question_aspect(ctx.question)
    found = aspect_items(ctx, aspect, evidence) if aspect is not None else None
    spoken = speakers_items(ctx.question, found[1]) if found else []
    if found and spoken != found[1]:  # 宣传委员查摆了啥: only that speaker's line of the section
        return listed(found[0], spoken, evidence)
    own = own_part(ctx, evidence)
    if own:  # 钱某重点查摆了啥问题: that person's clause, not what the whole team listed
        return listed_lines(own, evidence)
    if found:
        return listed(found[0], found[1], evidence)
    # 打算给哪几个支部换届: the intent asks of a plan, whose sentences do not say it of each thing they list
    ranked = ctx.best_sentences(INTENT.sub("", ctx.question), evidence)
    # The items must be the named person's (a sentence holding the name is evidence enough): none, no answer.
    personal = person_lines(ctx, ranked[0].chunk.doc_id) if ranked else None
    if personal is not None:
        return listed_lines(personal, evidence) if personal else refusal("list", evidence)
    grouped = group_units(ctx, evidence)
    if grouped:  # 管理类的党支部有哪几个: the units of the rows a merged 类别 cell labels so
        return listed([grouped[0].chunk], grouped, evidence)
    # 评上“四强党支部”的是哪几个支部: the sentence naming them 甲支部、乙支部和丙支部, before every row of a table
    names = named_items(ctx.question, ranked)
    if names:  # 哪几个支部完成了换届: the sentence naming them 甲支部、乙支部、丙支部
        return listed([names[0].chunk], names, evidence)
    units = unit_rows(ctx, evidence)
    if units:  # 下面都有哪些支部: the names are only the row labels of a per-branch table
        return listed([units[0][0].chunk], units[0], evidence, closing=units[1])
    table = table_items(ctx, [s.chunk for s in ranked[:LISTING_CANDIDATES] if s.passage >= FACT_THRESHOLD])
    if table:  # 搞了哪些品牌活动: the first column of the table 主要品牌活动如下表 announces
        return listed([table[0].chunk], table, evidence)
    announced = announced_list(ctx.question, ranked, LISTING_CANDIDATES)
    if announced:  # 办的实事都有哪些: the clauses of 确定实事项目8项，主要包括：A，B，C
        return listed([announced[0].chunk], announced, evidence)
    titles = titles_listed(ctx.question, ranked, LISTING_CANDIDATES)
    if titles:  # 学了哪些书目: the titles of 学习了《甲》《乙》等书目
        return listed([titles[0].chunk], titles, evidence)
    # 教育改造都干了啥: a part of plain sentences is answered by what it says was done, figure by figure
    done = asks_work_done(ctx.question) and best_document_section(
        ctx, evidence, lambda chunks, _: done_statements(chunks, titled_path(ctx.question, chunks))
    )
    if done:
        return listed(*done, evidence)
    titled = titled_items(ctx, evidence)
    if titled:
        return listed(titled[0], titled[1], evidence)
    if not ranked or ranked[0].passage < FACT_THRESHOLD:
        return refusal("list", evidence)
    top = listing_passage(ranked, aspect)
    best = top.chunk
    headed = noun_section(ctx, best.doc_id)
    if headed:  # 都学了哪些内容: the items under 一、学习内容
        return listed(headed, section_items(headed), evidence)
    items_in = enumeration(ctx, best)
    if not items_in and top.own >= 0.75 and not best.article:
        return answer_fact(ctx, "list")  # one sentence names them all (项目建设、招投标、……)
    book = CitationBook()
    items: list[str] = []
    if items_in:  # 一是……二是……: each paragraph's lead sentence is one item, or each clause it counts inline
        for chunk in items_in:
            for line in chunk.text.split("\n"):  # short paragraphs may share a chunk
                if ENUMERATED.match(line):
                    leads = [quote for quote, _ in enumerated_clauses(line)] or [split_sentences(line)[0].strip()]
                    items.extend(f"{lead.rstrip('。；')}{book.cite(chunk, lead)}" for lead in leads)
    for chunk in [] if items_in else named_section(ctx, best) or [best]:
        for item in list_items(chunk):
            items.append(f"{clean(item).rstrip('。；')}{book.cite(chunk, item)}")
    items = items[:LIST_LIMIT]
    if not items:  # a section with no lines to list (only a table or a heading): nothing to state
        return refusal("list", evidence)
    where = f"《{best.doc_title}》" + (f"“{best.section_path[-1]}”" if best.section_path else "")
    head = f"据{where}，共{len(items)}项：" if len(items) > 1 else f"据{where}："
    body = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) if len(items) > 1 else items[0]
    return Answer(f"{head}\n{body}", "list", book.citations(), evidence, derived_numbers={float(len(items))})


def members_answer(ctx: AnswerContext, evidence: list[Evidence]) -> Answer | None:
    """The members of the asked group (or each unit's holder of a role), from the first documents that say them."""
    for doc_id in list(dict.fromkeys(e.chunk.doc_id for e in evidence))[:CANDIDATE_DOCUMENTS]:
        found = members(ctx.question, ctx.source.document_chunks(doc_id))
        if found:
            return listed_lines([(c, line) for c, line, _ in found], evidence, [shown for *_, shown in found], "人")
    return None


def listing_passage(ranked: list[Scored], asked: Aspect | None) -> Scored:
    """The best sentence, unless one nearly as good, or in a passage holding more of the question, stands in a
    passage that lists things (局党组的主要职责是：（一）…（二）…): a list is answered by a passage that lists,
    not by a sentence naming the subject."""
    first = ranked[0]
    for s in ranked[:LISTING_CANDIDATES]:
        better = s.score >= LISTING_NEAR * first.score or s.passage > first.passage
        # what went wrong or comes next (问题, 打算) is no list of what is, unless asked for
        other_time = {heading_aspect(label) for label in s.chunk.section_path} & (OTHER_TIMES - {asked})
        if better and s.passage >= FACT_THRESHOLD and not other_time and lists_things(s.chunk):
            return s
    return first


def aspect_items(ctx: AnswerContext, aspect: Aspect, evidence: list[Evidence]) -> tuple[list[Chunk], list[Item]] | None:
    """(section, items) of the aspect's section in the best-matching document of the evidence, if any."""

    def in_document(chunks: list[Chunk], subject: Terms) -> tuple[list[Chunk], list[Item]]:
        record = ctx.source.document(chunks[0].doc_id)
        if aspect == "plans" and record and is_plan(record):
            return [], []  # all of a plan (要点) is plans: the heading the question names chooses
        section, items = entry_items(ctx, aspect, chunks, subject)
        if not items:
            section = aspect_section(chunks, aspect)
            items = on_side_of_measures(section_items(section), aspect) if section else []
        if not items:  # no heading names it: a paragraph may announce it (会议要求：一要……)
            section, items = lead_in_items(chunks, aspect)
        return section, items

    return best_document_section(ctx, evidence, in_document)


def titled_items(ctx: AnswerContext, evidence: list[Evidence]) -> tuple[list[Chunk], list[Item]] | None:
    """(section, items) of the section whose heading the question names (党建引领基层治理有哪几条举措 →
    三、深化党建引领基层治理), in the best-matching document of the evidence, if any."""

    # A regulation's section the question names better (机关干部作风建设规范 of a 准则) is what is asked,
    # not a report's heading sharing a word of it (三、作风建设，…).
    regulation_heading = max(
        (
            names_heading(ctx.question, label)
            for e in evidence
            if e.chunk.doc_kind == "regulation"
            for label in e.chunk.section_path
        ),
        default=0,
    )

    def in_document(chunks: list[Chunk], subject: Terms) -> tuple[list[Chunk], list[Item]]:
        path = titled_path(ctx.question, chunks)
        if not path or names_heading(ctx.question, path[-1]) <= regulation_heading:
            return [], []
        section = [c for c in chunks if c.section_path[: len(path)] == path]
        items = [item for item in section_items(section) if strip_number(item.text) != strip_number(path[-1])]
        # One statement is no list: the sentence answers better as a fact (与…、…开展结对共建).
        return section, items if len(items) > 1 else []

    return best_document_section(ctx, evidence, in_document)


SectionFinder = Callable[[list[Chunk], Terms], tuple[list[Chunk], list[Item]]]


def best_document_section(
    ctx: AnswerContext, evidence: list[Evidence], find: SectionFinder
) -> tuple[list[Chunk], list[Item]] | None:
    """The section `find` picks in the candidate document the question's naming words fit best."""
    subject = ctx.source.terms(without_aspect_words(ctx.question))
    doc_ids = list(dict.fromkeys(e.chunk.doc_id for e in evidence if e.chunk.doc_kind != "regulation"))
    best: tuple[tuple[bool, bool, float], list[Chunk], list[Item]] | None = None
    for doc_id in doc_ids[:CANDIDATE_DOCUMENTS]:
        chunks = ctx.source.document_chunks(doc_id)
        section, items = find(chunks, subject)
        if not items:
            continue
        # The question's other words (organisation, period, meeting) must be the document's; quotes do
        # not part them (党建+产业融合 is said as “党建+产业”融合), nor does + said as 加.
        whole = said_plainly(chunks[0].doc_title + "".join("".join(c.section_path) + c.text for c in chunks))
        whole += " ".join(ctx.names_of(doc_id))  # 广电 of a 广播电视台: the names the document goes by
        fit = subject.coverage(whole) if subject.words else 1.0
        key = (document_year_fits(ctx.question, chunks[0].doc_title), heading_states_year(ctx.question, section), fit)
        if fit >= NAMING_FIT and (best is None or key > best[0]):
            best = (key, section, items)
    return (best[1], best[2]) if best else None


YEAR = re.compile(r"(?:19|20)\d{2}(?=年(?!度?[上下]半年))")  # a whole year: 2025年下半年 is a half


def heading_states_year(question: str, section: list[Chunk]) -> bool:
    """Whether the section's heading states a year the question names (2025年打算 → 五、2025年工作打算 of the
    2024 report, rather than the 下半年工作打算 of a 2025 half-year report)."""
    heading = "".join(common_path(section)) if section else ""
    return any(year in heading for year in YEAR.findall(question))


def titled_path(question: str, chunks: list[Chunk]) -> tuple[str, ...]:
    """The section path whose heading the question names most of (heading_names: without number, quotes
    and opening verb, one clause of it, + said as 加)."""
    best_shared, best_path = 0, ()
    for path in dict.fromkeys(c.section_path[: depth + 1] for c in chunks for depth in range(len(c.section_path))):
        if path[-1] == SIGNATURE or strip_number(path[-1]) in chunks[0].doc_title:
            continue  # the 落款, or a heading that repeats the title: it names the document, not a part
        shared = names_heading(question, path[-1])
        if shared > best_shared:
            best_shared, best_path = shared, path
    return best_path


def entry_items(
    ctx: AnswerContext, aspect: Aspect, chunks: list[Chunk], subject: Terms
) -> tuple[list[Chunk], list[Item]]:
    """From a 问题清单: the problems not yet rectified, or the measures for the one problem the question names."""
    entries = problem_entries(chunks)
    if not entries:
        return [], []
    if aspect == "problems" and ASKS_OPEN.search(ctx.question):  # 还有哪几个问题没有整改完
        return chunks, [e.problem for e in entries if e.open]
    if aspect == "measures" and subject.words:  # 倒班党员参学难的问题，采取了哪些整改措施
        fit, entry = max(((subject.coverage(e.problem.quote), e) for e in entries), key=lambda pair: pair[0])
        if fit >= NAMED_PROBLEM and entry.measures:
            return [entry.problem.chunk], entry.measures
    return [], []


def without_aspect_words(question: str) -> str:
    """The question's naming words (organisation, period, meeting): no aspect word, no verb of asking."""
    words = sorted({w for ws in QUESTION_ASPECTS.values() for w in ws}, key=len, reverse=True)
    question = ASKS_OPEN.sub("，", question)
    for word in words:
        question = question.replace(word, "，")
    return LIST_VERBS.sub("，", question)


def listed(section: list[Chunk], items: list[Item], evidence: list[Evidence], closing: Item | None = None) -> Answer:
    """据《title》“heading”，共N项：1. …〔1〕 for a section's items; `closing` a cited line after them."""
    if not items:
        return refusal("list", evidence)
    book = CitationBook()
    lines = [f"{item.text}{book.cite(item.chunk, item.quote)}" for item in items[:LIST_LIMIT]]
    path = common_path(section)
    where = f"《{section[0].doc_title}》" + (f"“{path[-1]}”" if path else "")
    head = f"据{where}，共{len(items)}项：" if len(lines) > 1 else f"据{where}："
    body = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1)) if len(lines) > 1 else lines[0]
    left = len(items) - len(lines)  # the count says them all; 其余N项 is a number the answer derives too
    rest, derived = (
        (f"\n（其余{left}项见原文）", {float(len(items)), float(left)}) if left > 0 else ("", {float(len(items))})
    )
    if closing is not None:
        rest += f"\n{closing.text}{book.cite(closing.chunk, closing.quote)}。"
    return Answer(f"{head}\n{body}{rest}", "list", book.citations(), evidence, derived_numbers=derived)


def enumeration(ctx: AnswerContext, chunk: Chunk) -> list[Chunk]:
    """The 一是/二是/三是 paragraphs a chunk belongs to, in order (empty if it is not one)."""
    # Either one of the paragraphs, or the lead paragraph that announces them.
    path = chunk.section_path if ENUMERATED.match(chunk.text) else (*chunk.section_path, lead_label(chunk.text))
    siblings = ctx.source.document_chunks(chunk.doc_id)
    return [c for c in siblings if c.section_path == path and ENUMERATED.match(c.text)][:LIST_LIMIT]


def named_section(ctx: AnswerContext, chunk: Chunk) -> list[Chunk]:
    """All chunks of a section the question names (党员领导干部廉洁自律规范有哪几条)."""
    if not chunk.section_path:
        return []
    label = chunk.section_path[-1]
    if longest_common_substring(ctx.question, label) < min(6, len(label)):
        return []
    siblings = [c for c in ctx.source.document_chunks(chunk.doc_id) if c.section_path == chunk.section_path]
    return siblings[:LIST_LIMIT]


def own_part(ctx: AnswerContext, evidence: list[Evidence]) -> list[tuple[Chunk, str]]:
    """The clauses of the best documents where the person the question names does what it asks."""
    docs = list(dict.fromkeys(e.chunk.doc_id for e in evidence))[:CANDIDATE_DOCUMENTS]
    return next((found for doc in docs if (found := person_part(ctx.question, ctx.source.document_chunks(doc)))), [])


def noun_section(ctx: AnswerContext, doc_id: str) -> list[Chunk]:
    """The one top-level section of the document whose heading ends with the asked thing (哪些内容 → 学习内容)."""
    asked = ASKED_NOUN.search(ctx.question)
    if not asked:
        return []
    chunks = ctx.source.document_chunks(doc_id)
    heads = {
        c.section_path[0] for c in chunks if c.section_path and strip_number(c.section_path[0]).endswith(asked.group(1))
    }
    if len(heads) != 1:
        return []
    head = heads.pop()
    section = [c for c in chunks if c.section_path and c.section_path[0] == head]
    topic = topic_words(LIST_VERBS.sub("，", ctx.question[: asked.start()]), chunks[0].doc_title + head)
    return asked_part(topic, section, 1) or section


def listed_lines(
    lines: list[tuple[Chunk, str]], evidence: list[Evidence], shown: list[str] | None = None, measure: str = "项"
) -> Answer:
    """据《title》，共N项：1. …〔1〕 for lines picked from one document (`shown` instead of the lines' text)."""
    book = CitationBook()
    said = shown or [clean(line).rstrip("。；") for _, line in lines]
    items = [f"{text}{book.cite(chunk, line)}" for (chunk, line), text in zip(lines[:LIST_LIMIT], said, strict=False)]
    head = (
        f"据《{lines[0][0].doc_title}》，共{len(items)}{measure}："
        if len(items) > 1
        else f"据《{lines[0][0].doc_title}》："
    )
    body = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) if len(items) > 1 else items[0]
    return Answer(f"{head}\n{body}", "list", book.citations(), evidence, derived_numbers={float(len(items))})
