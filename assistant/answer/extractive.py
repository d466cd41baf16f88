"""The default answerer: quotes, lists, counts and drafts built only from retrieved sentences.

Nothing here generates facts. Every sentence comes from a chunk and is cited; the
only computed number is a total of cited addends from one passage.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from assistant.answer.citations import CitationBook
from assistant.answer.facts import ASKED_QUANTITY, UNITS, NumericFact, asked_quantity, extract_facts, format_number
from assistant.answer.routing import Route
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.text import YEAR, split_sentences, squash
from assistant.core.words import cut_words
from assistant.index.knowledge_base import KnowledgeBase
from assistant.ingest.structure import ENUMERATED, heading_label, lead_label
from assistant.search.retriever import (
    Filters,
    Retriever,
    longest_common_substring,
    revision_year,
    short_title,
)
from assistant.search.terms import TIME_WORDS, answer_score, question_terms, sentence_scores

FACT_THRESHOLD = 0.6  # share of the question's (IDF-weighted) words a passage must contain
COUNT_THRESHOLD = 0.6
LIST_LIMIT = 8
DRAFT_SENTENCES = 5
REGULATION_TITLE = re.compile(r"(条例|准则|规定|细则|章程|办法|规则)$")
SOURCE_CLAUSE = re.compile(
    r"^(请)?(根据|依据|结合|按照|参照)([^，,。]*?(报告|材料|总结|文件|讲话)|[^，,。]*[，,])[，,]?"
)
ABOUT_TOPIC = re.compile(r"关于(.+?)(?:工作)?(?:的)?(?:情况|开展情况)?(?:的)?(?:总结|段落|材料|综述|文字|小结|汇报)")
DRAFT_VERBS = re.compile(
    r"请|帮我|起草|撰写|草拟|拟写|写|形成|生成|概括|一段|一份|段|总结|情况|段落|材料|的$|[。？?！!，,]"
)
HALF = re.compile(r"[上下]半年")
WHOLE_DOCUMENT = re.compile(r"(主要)?内容|规定了(什么|哪些)|包括哪些|由哪些部分|分为哪几")
ORG = re.compile(r"(?:[局校院所厅处办委]|市委|县委)?党(?:委|组|总支|支部)")


def refusal(kind: str, retrieved: list[Evidence], detail: str = "") -> Answer:
    # The question is not echoed: its numbers (2025年…) must not look like an answer.
    text = f"知识库中没有找到能回答这个问题的内容{detail}。为避免误导，不作推测。"
    return Answer(text, kind, refused=True, retrieved=retrieved)


@dataclass
class Scored:
    chunk: Chunk
    sentence: str
    score: float
    own: float  # share of the question's words in the sentence (read under its heading)
    passage: float  # … in the whole passage with its title and section path


class ExtractiveAnswerer:
    def __init__(self, kb: KnowledgeBase, retriever: Retriever):
        self.kb = kb
        self.retriever = retriever

    # ---------- shared helpers ----------
    @staticmethod
    def period_conflict(question: str, title: str) -> bool:
        """The question asks about another period than the document (by its title) reports on."""
        q_years, t_years = set(YEAR.findall(question)), set(YEAR.findall(title))
        if q_years and t_years and not q_years & t_years:
            return True
        q_half, t_half = set(HALF.findall(question)), set(HALF.findall(title))
        if q_half and t_half and not q_half & t_half:
            return True
        # A half-year question is not answered from a whole-year report (figures would mix periods).
        return bool(q_half and not t_half and "年度" in title)

    def evidence(
        self, route: Route, k: int = 8, filters: Filters | None = None, query: str | None = None
    ) -> list[Evidence]:
        documents = self.kb.documents()
        in_period = frozenset(d.doc_id for d in documents if not self.period_conflict(route.question, d.title))
        if len(in_period) < len(documents):  # no filter at all is much cheaper for Chroma
            filters = replace(filters or Filters(), doc_ids=in_period)
        return self.retriever.search(query or route.question, k, filters)

    def best_sentences(self, question: str, evidence: list[Evidence]) -> list[Scored]:
        """Sentences ranked by how much of the question they (and their passage) contain."""
        terms = question_terms(self.kb, question)
        scored = []
        for rank, e in enumerate(evidence):
            for sentence, own, passage in sentence_scores(terms, e.chunk):
                if is_heading_sentence(sentence, e.chunk):
                    continue
                score = answer_score(own, passage) - 0.01 * rank
                scored.append(Scored(e.chunk, sentence, score, own, passage))
        return sorted(scored, key=lambda s: -s.score)

    # ---------- kinds ----------
    def answer(self, route: Route) -> Answer:
        handler = {
            "count": self.count,
            "fact": self.fact,
            "list": self.listing,
            "lookup": self.lookup,
            "cited": self.cited,
            "draft": self.draft,
        }[route.kind]
        return handler(route)

    def fact(self, route: Route, kind: str = "fact") -> Answer:
        evidence = self.evidence(route)
        ranked = self.best_sentences(route.question, evidence)
        if not ranked or ranked[0].passage < FACT_THRESHOLD:
            return refusal(kind, evidence)
        best = ranked[0]
        book = CitationBook()
        older = self.retriever.older_revisions()
        chosen = [best]
        for other in ranked[1:4]:
            duplicate = squash(other.sentence) in {squash(c.sentence) for c in chosen}
            if other.score >= 0.9 * best.score and not (duplicate and other.chunk.doc_id in older):
                chosen.append(other)
        # The same sentence in several documents (e.g. 章程 and 细则) is one statement with several sources.
        parts: list[str] = []
        for sentence in dict.fromkeys(squash(clean(c.sentence)) for c in chosen):
            same = [c for c in chosen if squash(clean(c.sentence)) == sentence]
            marks = "".join(book.cite(c.chunk, c.sentence) for c in same)
            sentence = clean(same[0].sentence)
            parts.append(f"{sentence.rstrip('。；;，,')}{marks}")
        return Answer("；".join(parts) + "。", kind, book.citations(), evidence)

    def listing(self, route: Route) -> Answer:
        named = self.retriever.named_documents(route.question)
        if named and WHOLE_DOCUMENT.search(route.question):
            return self.outline(named[0])
        evidence = self.evidence(route)
        ranked = self.best_sentences(route.question, evidence)
        if not ranked or ranked[0].passage < FACT_THRESHOLD:
            return refusal("list", evidence)
        best = ranked[0].chunk
        enumeration = self.enumeration(best)
        if not enumeration and ranked[0].own >= 0.75 and not best.article:
            return self.fact(route, "list")  # one sentence names them all (项目建设、招投标、……)
        book = CitationBook()
        items: list[str] = []
        if enumeration:  # 一是……二是……: each paragraph's lead sentence is one item
            for chunk in enumeration:
                for line in chunk.text.split("\n"):  # short paragraphs may share a chunk
                    if ENUMERATED.match(line):
                        lead = split_sentences(line)[0].strip()
                        items.append(f"{lead.rstrip('。；')}{book.cite(chunk, lead)}")
        for chunk in [] if enumeration else self.named_section(route.question, best) or [best]:
            for item in list_items(chunk):
                items.append(f"{clean(item).rstrip('。；')}{book.cite(chunk, item)}")
        items = items[:LIST_LIMIT]
        where = f"《{best.doc_title}》" + (f"“{best.section_path[-1]}”" if best.section_path else "")
        head = f"据{where}，共{len(items)}项：" if len(items) > 1 else f"据{where}："
        body = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1)) if len(items) > 1 else items[0]
        return Answer(f"{head}\n{body}", "list", book.citations(), evidence, derived_numbers={float(len(items))})

    def outline(self, doc) -> Answer:
        """《八项规定》的内容有哪些: the document's top-level parts, each cited where it starts."""
        book = CitationBook()
        items: list[str] = []
        seen: set[str] = set()
        chunks = self.kb.doc_chunks(doc.doc_id)
        for chunk in chunks:
            label = chunk.section_path[0] if chunk.section_path else ""
            if not label or label in seen:
                continue
            seen.add(label)
            quote = label.rstrip("…")
            if quote in chunk.text:
                items.append(f"{label}{book.cite(chunk, quote)}")
            elif chunk.text:
                items.append(f"{label}{book.cite(chunk, split_sentences(chunk.text)[0].strip())}")
        if len(items) < 2:  # no outline to speak of: its passages in order
            items = [f"{clean(c.text.split(chr(10))[0])[:60]}{book.cite(c, c.text.split(chr(10))[0])}" for c in chunks]
        items = items[: LIST_LIMIT * 2]
        body = "\n".join(f"{i}. {item}" for i, item in enumerate(items, 1))
        evidence = [Evidence(c, 1.0) for c in book.chunks]
        return Answer(
            f"《{doc.title}》共{len(items)}部分：\n{body}",
            "list",
            book.citations(),
            evidence,
            derived_numbers={float(len(items))},
        )

    def enumeration(self, chunk: Chunk) -> list[Chunk]:
        """The 一是/二是/三是 paragraphs a chunk belongs to, in order (empty if it is not one)."""
        # Either one of the paragraphs, or the lead paragraph that announces them.
        path = chunk.section_path if ENUMERATED.match(chunk.text) else (*chunk.section_path, lead_label(chunk.text))
        return [c for c in self.kb.doc_chunks(chunk.doc_id) if c.section_path == path and ENUMERATED.match(c.text)][
            :LIST_LIMIT
        ]

    def named_section(self, question: str, chunk: Chunk) -> list[Chunk]:
        """All chunks of a section the question names (党员领导干部廉洁自律规范有哪几条)."""
        if not chunk.section_path:
            return []
        label = chunk.section_path[-1]
        if longest_common_substring(question, label) < min(6, len(label)):
            return []
        siblings = [c for c in self.kb.doc_chunks(chunk.doc_id) if c.section_path == chunk.section_path]
        return siblings[:LIST_LIMIT]

    def count(self, route: Route) -> Answer:
        evidence = self.evidence(route, k=20)
        facts = self.matching_facts(route, evidence)
        if not facts:
            answer = refusal("count", evidence, "（没有相关数字的记载）")
            related = self.fact(route, "count")
            if not related.refused:  # the nearest related passage, clearly labelled as such
                answer.text += f"\n相关内容（仅供参考，并非所问的数字）：{related.text}"
                answer.citations = related.citations
            return answer
        by_doc: dict[str, list[NumericFact]] = defaultdict(list)
        for fact in facts:
            by_doc[fact.chunk.doc_id].append(fact)
        book = CitationBook()
        derived: set[float] = set()
        paragraphs = []
        for doc_facts in by_doc.values():
            paragraphs.append(
                self.count_paragraph(doc_facts, book, derived, len(by_doc) > 1, counted_thing(route.question))
            )
        text = "\n".join(paragraphs)
        if len(by_doc) > 1:
            text += "\n以上数字分别来自不同文档（不同单位或时期），未合并计算。"
        return Answer(text, "count", book.citations(), evidence, derived_numbers=derived)

    def count_paragraph(
        self,
        facts: list[NumericFact],
        book: CitationBook,
        derived: set[float],
        many_docs: bool,
        counted: Counted | None,
    ) -> str:
        prefix = f"《{facts[0].chunk.doc_title}》：" if many_docs else ""
        # Addends: one passage, the same unit, different actors (党委班子成员 5次 + 党支部书记 3次).
        groups: dict[tuple[str, str], list[NumericFact]] = defaultdict(list)
        for fact in facts:
            groups[(fact.chunk.id, fact.unit)].append(fact)
        lines: list[str] = []
        repeated: dict[str, int] = {}  # single figure -> its line
        for group in groups.values():
            clauses = "，".join(dict.fromkeys(f.clause for f in group))
            marks = "".join(dict.fromkeys(book.cite(f.chunk, f.sentence) for f in group))
            distinct_actors = len({f.action for f in group}) == len(group)
            if len(group) > 1 and distinct_actors and counted:
                total = f"{format_number(sum(f.number for f in group))}{group[0].unit}"
                derived.add(sum(f.number for f in group))
                what = f"{counted.text}{total}" if counted.is_action else f"{total}{counted.text}"
                lines.append(f"共{what}：{clauses}{marks}")
            elif len(group) == 1 and group[0].value_text in repeated:
                # The same figure stated again elsewhere in the document: one statement, both sources.
                lines[repeated[group[0].value_text]] += marks
            else:
                if len(group) == 1:
                    repeated[group[0].value_text] = len(lines)
                lines.append(f"{clauses}{marks}")
        return prefix + "；".join(lines) + "。"

    def matching_facts(self, route: Route, evidence: list[Evidence]) -> list[NumericFact]:
        """Facts whose clause states the quantity the question asks about."""
        question = route.question
        unit_pattern = asked_quantity(question)
        terms = question_terms(self.kb, QUANTITY_WORDS.sub("，", question))
        periods = TIME_WORDS.findall(question)
        counted = counted_thing(question)
        scored: list[tuple[float, NumericFact]] = []
        for e in evidence:
            for fact in extract_facts(e.chunk):
                if unit_pattern and not unit_pattern.search(fact.clause):
                    continue
                if counted and counted.text not in fact.clause:
                    continue  # 全国金牌4枚 does not answer 国际金牌几枚
                # The title and section say whose and when; the clause says what was counted.
                context = fact.chunk.doc_title + " ".join(fact.chunk.section_path)
                own = terms.coverage(context + fact.sentence)
                near = terms.coverage(context + fact.clause)
                same_period = sum(0.05 for w in periods if w in fact.sentence or w in fact.chunk.doc_title)
                scored.append((0.5 * own + 0.5 * near + same_period, fact))
        if not scored:
            return []
        best = max(s for s, _ in scored)
        if best < COUNT_THRESHOLD:
            return []
        # Keep facts nearly as good as the best, i.e. the same action by other actors; another
        # document's figure only when it matches just as well (it is then listed, never summed).
        top_doc = next(f for s, f in scored if s == best).chunk.doc_id
        chosen = [f for s, f in scored if s >= best - (0.2 if f.chunk.doc_id == top_doc else 0.02)]
        if route.focus:
            focused = [f for f in chosen if route.focus in f.clause]
            chosen = focused or chosen
        unique: dict[tuple[str, str], NumericFact] = {}
        for fact in chosen:
            unique.setdefault((fact.chunk.id, fact.clause), fact)
        return list(unique.values())

    def lookup(self, route: Route) -> Answer:
        direct = self.retriever.resolve_article(route.question)
        if direct:
            return self.article_answer(route, direct[0].chunk, direct)
        named = self.retriever.named_documents(route.question)
        if named and WHOLE_DOCUMENT.search(route.question):
            return self.outline(named[0])
        cited_missing = [t for t in re.findall(r"《([^》]+)》", route.question) if not named]
        if cited_missing:
            return self.missing_regulation(route, cited_missing[0])
        evidence = self.evidence(route, k=8, filters=Filters(kinds=("regulation",)))
        ranked = self.best_sentences(route.question, evidence)
        if not ranked or ranked[0].passage < FACT_THRESHOLD:
            return self.fact(route, "lookup")
        if not ranked[0].chunk.article:
            return self.fact(route, "lookup")
        return self.article_answer(route, ranked[0].chunk, evidence)

    def article_answer(self, route: Route, chunk: Chunk, evidence: list[Evidence]) -> Answer:
        book = CitationBook()
        mark = book.cite(chunk, chunk.text)
        text = f"依据《{chunk.doc_title}》{chunk.article or ''}：\n{chunk.text}{mark}"
        answer = Answer(text, "lookup", book.citations(), evidence)
        older = [
            d
            for d in self.kb.documents()
            if d.doc_id != chunk.doc_id and short_title(d.title) == short_title(chunk.doc_title)
        ]
        current = self.kb.document(chunk.doc_id)
        newer = [d for d in older if current and revision_year(d) > revision_year(current)]
        if newer:
            answer.note = f"知识库中另有更新的版本《{newer[0].title}》，以上按问题所指的版本回答。"
        elif older:
            answer.note = f"知识库中另有旧版本《{older[0].title}》，以上依据最新版本。"
        return answer

    def missing_regulation(self, route: Route, title: str) -> Answer:
        places = self.citing_places(title)
        text = f"知识库中没有收录《{title}》的原文，无法回答其具体内容。"
        book = CitationBook()
        if places:
            refs = "；".join(f"《{c.doc_title}》{c.location}{book.cite(c, s)}" for c, s in places[:3])
            text += f"该文件在以下位置被引用：{refs}。"
        text += "如需查询，请将其原文放入 corpus/ 文件夹后运行 assistant index。"
        return Answer(text, "lookup", book.citations(), [], refused=True)

    def citing_places(self, title: str) -> list[tuple[Chunk, str]]:
        places = []
        for doc in self.kb.documents():
            for chunk in self.kb.doc_chunks(doc.doc_id):
                for sentence in split_sentences(chunk.text):
                    if f"《{title}》" in sentence:
                        places.append((chunk, sentence.strip()))
        return places

    def cited(self, route: Route) -> Answer:
        reports = [d for d in self.kb.documents() if d.doc_id in self.retriever.mentioned_documents(route.question)]
        reports = [d for d in reports if d.kind != "regulation"] or [
            d for d in self.kb.documents() if d.kind == "report"
        ]
        if not reports:
            return refusal("cited", [], "（知识库中没有报告类文档）")
        if len(reports) > 1 and not self.retriever.mentioned_documents(route.question):
            top = self.retriever.search(route.question, 5, Filters(kinds=("report",)))
            reports = [self.kb.document(top[0].chunk.doc_id)] if top else reports[:1]
        book = CitationBook()
        sections = []
        counts: set[float] = set()
        used: list[Evidence] = []
        for report in reports[:3]:
            found: dict[str, list[tuple[Chunk, str]]] = {}
            for chunk in self.kb.doc_chunks(report.doc_id):
                for sentence in split_sentences(chunk.text):
                    for title in re.findall(r"《([^》]+)》", sentence):
                        found.setdefault(title, []).append((chunk, sentence.strip()))
            regulations = {t: p for t, p in found.items() if REGULATION_TITLE.search(t)}
            counts.add(float(len(regulations)))
            others = {t: p for t, p in found.items() if t not in regulations}
            lines = [
                f"《{report.title}》引用的党内法规共{len(regulations)}部："
                if regulations
                else f"《{report.title}》中没有引用党内法规。"
            ]
            for n, (title, places) in enumerate(regulations.items(), 1):
                chunk, sentence = places[0]  # cited where it is first mentioned; other places named
                mark = book.cite(chunk, sentence)
                elsewhere = list(dict.fromkeys(c.location or "正文" for c, _ in places[1:] if c.id != chunk.id))
                also = f"（另见{'；'.join(elsewhere)}）" if elsewhere else ""
                in_kb = self.in_knowledge_base(title)
                status = f"知识库已收录{'、'.join(f'《{t}》' for t in in_kb)}" if in_kb else "知识库未收录原文"
                lines.append(f"{n}. 《{title}》——见{chunk.location or '正文'}{mark}{also}；{status}。")
                used.append(Evidence(chunk, 1.0))
            if others:
                lines.append(f"另提及其他文件{len(others)}个（非党内法规）：{'、'.join(f'《{t}》' for t in others)}。")
                counts.add(float(len(others)))
            sections.append("\n".join(lines))
        return Answer("\n".join(sections), "cited", book.citations(), used, derived_numbers=counts)

    def in_knowledge_base(self, title: str) -> list[str]:
        wanted = short_title(title)
        return [d.title for d in self.kb.documents() if short_title(d.title) == wanted or wanted in d.title]

    def draft(self, route: Route) -> Answer:
        topic = draft_topic(route.question)
        mentioned = self.retriever.mentioned_documents(route.question)
        filters = Filters(kinds=("report",))  # a work summary is drafted from reports, not regulations
        if mentioned:
            titles = [
                d.title
                for d in self.kb.documents()
                if d.doc_id in mentioned and d.kind == "report" and not self.period_conflict(route.question, d.title)
            ]
            filters = Filters(title=titles[0]) if len(titles) == 1 else filters
        # Retrieve by topic, but keep the period the user named (上半年, 2022年) in the query.
        periods = " ".join(TIME_WORDS.findall(route.question) + YEAR.findall(route.question))
        evidence = self.evidence(route, k=20, filters=filters, query=f"{periods} {topic}".strip())
        ranked = [s for s in self.best_sentences(topic, evidence) if s.passage >= FACT_THRESHOLD]
        if not ranked:
            return refusal("draft", evidence, f"（没有关于“{topic}”的材料）")
        # One paragraph speaks for one document: the one whose title names the period asked
        # about (上半年), else the one with the best passage.
        wanted = TIME_WORDS.findall(route.question) + YEAR.findall(route.question)
        doc_id = max(ranked, key=lambda s: (all(w in s.chunk.doc_title for w in wanted), s.score)).chunk.doc_id
        ranked = [s for s in ranked if s.chunk.doc_id == doc_id]
        best_passage = max(s.passage for s in ranked)
        top_chunks = list(dict.fromkeys(s.chunk.id for s in ranked if s.passage >= 0.9 * best_passage))[:3]
        chosen = [s for s in ranked if s.chunk.id in top_chunks][:DRAFT_SENTENCES]
        chosen.sort(key=lambda s: (top_chunks.index(s.chunk.id), s.chunk.text.find(s.sentence)))
        book = CitationBook()
        ordinals = "一二三四五六七八九十"
        parts = [
            f"{ordinals[i]}是{ENUMERATED.sub('', clean(s.sentence)).rstrip('。；')}{book.cite(s.chunk, s.sentence)}"
            for i, s in enumerate(chosen)
        ]
        first = chosen[0].chunk
        period = period_of(first.doc_title)
        org = most_common_org(self.kb.doc_chunks(first.doc_id))
        lead = (
            f"{period}，{org}在{topic}方面主要开展了以下工作：" if period else f"{org}在{topic}方面主要开展了以下工作："
        )
        text = lead + "；".join(parts) + "。"
        return Answer(text, "draft", book.citations(), evidence)


def draft_topic(question: str) -> str:
    """廉政文化建设 from 根据上半年报告，起草一段关于廉政文化建设情况的总结。"""
    text = SOURCE_CLAUSE.sub("", question.strip())
    about = ABOUT_TOPIC.search(text)
    topic = about.group(1) if about else DRAFT_VERBS.sub("", text)
    return topic.strip("，,。 的") or question


QUANTITY_WORDS = re.compile(rf"(?:几|多少)(?:{UNITS})?|共|一共|总共|分别")


def is_heading_sentence(sentence: str, chunk: Chunk) -> bool:
    """A sentence that only repeats a heading (（三）加强廉政文化建设。)."""
    bare = sentence.rstrip("。；：:")
    return any(bare == label or bare == heading_label(label) for label in chunk.section_path)


def clean(sentence: str) -> str:
    """A quoted sentence without a leading outline number (（三）, 1., 一是 stays)."""
    return re.sub(r"^(（[一二三四五六七八九十]+）|\d+[.．、]|[一二三四五六七八九十]+、)", "", sentence.strip())


def list_items(chunk: Chunk) -> list[str]:
    """The items of a passage: （一）（二） lines of an article, else its sentences."""
    lines = [line.strip() for line in chunk.text.split("\n") if line.strip()]
    if len(lines) > 1 and chunk.article:
        return lines[1:] if len(lines[0]) < 40 else lines
    sentences = [s.strip() for s in split_sentences(chunk.text) if s.strip()]
    return [s for s in sentences if not is_heading_sentence(s, chunk)] or sentences


@dataclass(frozen=True)
class Counted:
    """What a 几次/多少 question counts: 讲党课 (an action) or 党委会 (a thing)."""

    text: str
    is_action: bool


PARTICLES = re.compile(r"[了过着的得]+$")
COMPARISON = re.compile(r"(一般)?(不少于|不低于|不超过|不多于|超过|达到|约|共计|一共|总共|共)$")


def counted_thing(question: str) -> Counted | None:
    """讲党课 in 上半年讲党课几次, 党委会 in 召开了几次党委会, 国际金牌 in 获得国际金牌几枚."""
    match = ASKED_QUANTITY.search(question)
    if not match:
        return None
    after = re.split(r"[，,。？?！!；;、]", question[match.end() :], maxsplit=1)[0]
    after_words = [w for w in cut_words(PARTICLES.sub("", after)) if len(w) >= 2]
    if after_words:  # 召开了几次党委会 -> the noun after the quantity
        return Counted(after_words[-1], False)
    before = COMPARISON.sub("", PARTICLES.sub("", TIME_WORDS.sub("，", question[: match.start()])))
    before = re.split(r"[，,。？?！!；;、]", before)[-1]
    words = [w for w in cut_words(before) if len(w) >= 2 or w in "讲开"]
    words = [w for w in words if len(w) >= 2] or words
    if not words:
        return None
    # Two words keep the object with its verb or modifier (国际金牌, 集中学习): 全国金牌 is not 国际金牌.
    return Counted("".join(words[-2:]) if len(words) >= 2 and len(words[-1]) <= 2 else words[-1], True)


def period_of(title: str) -> str:
    match = re.search(r"((?:19|20)\d{2}年(?:上半年|下半年|度)?|[上下]半年)", title)
    return match.group(1).rstrip("度") if match else ""


def most_common_org(chunks: list[Chunk]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for chunk in chunks:
        for match in ORG.finditer(chunk.text):
            counts[match.group(0)] += 1
    return max(counts, key=counts.get) if counts else ""
