"""Hand-made chunks and an in-memory `EvidenceSource` for answer tests without a model or Chroma."""

from __future__ import annotations

from assistant.core.numerals import article_label, parse_article_ref
from assistant.core.schema import Chunk, DocKind, Evidence
from assistant.core.text import TITLE_REF, split_sentences
from assistant.ingest.profiles import build_profile
from assistant.search.organisations import spelled_out
from assistant.search.retriever import NO_HINTS, Filters, SearchHints, revision_year, short_title
from assistant.search.scope import Scope, scope_for
from assistant.search.source import DocRecord
from assistant.search.terms import Terms, question_terms


def make_chunk(
    doc_title: str,
    text: str,
    section: tuple[str, ...] = (),
    article: str | None = None,
    kind: DocKind = "report",
    position: int = 0,
) -> Chunk:
    doc_id = f"doc-{doc_title}"
    return Chunk(f"{doc_id}#{position}", doc_id, doc_title, kind, section, article, text, 0, len(text))


def make_document(chunks: list[Chunk]) -> DocRecord:
    """The document's record with the profile indexing would build from its headings and text."""
    first = chunks[0]
    chars = sum(len(c.text) for c in chunks)
    lines = [line for c in chunks for line in (*c.section_path[-1:], c.text)]
    source = f"{first.doc_title}.txt"
    profile = build_profile(first.doc_title, "\n".join(lines), first.doc_kind, source)
    return DocRecord(first.doc_id, source, first.doc_title, first.doc_kind, "hash", 0.0, len(chunks), chars, profile)


class EqualWeights:
    """Every known token weighs 1; a token no chunk has weighs the maximum (2)."""

    def __init__(self, chunks: list[Chunk]):
        self.text = "".join(c.doc_title + "".join(c.section_path) + c.text for c in chunks).lower()

    def token_weights(self, tokens: list[str]) -> list[float]:
        return [1.0 if t in self.text else 2.0 for t in tokens]

    def max_token_weight(self) -> float:
        return 2.0


class FakeSource:
    """Searches by question-word coverage; records each search with its hints."""

    def __init__(self, *documents: list[Chunk]):
        self.chunks = [c for chunks in documents for c in chunks]
        self.records = [make_document(chunks) for chunks in documents]
        self.weights = EqualWeights(self.chunks)
        self.searches: list[tuple[str, SearchHints]] = []

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, hints: SearchHints = NO_HINTS
    ) -> list[Evidence]:
        self.searches.append((query, hints))
        filters = filters or Filters()
        allowed = {
            d.doc_id
            for d in self.records
            if (not filters.kinds or d.kind in filters.kinds)
            and filters.title in d.title
            and (filters.doc_ids is None or d.doc_id in filters.doc_ids)
        }
        terms = self.terms(query)
        scored = [
            Evidence(c, terms.coverage(c.doc_title + "".join(c.section_path) + c.text))
            for c in self.chunks
            if c.doc_id in allowed
        ]
        return sorted(scored, key=lambda e: -e.score)[:k]

    def resolve_article(self, query: str) -> list[Evidence]:
        number = parse_article_ref(query)
        named = {d.doc_id for d in self.named_documents(query)}
        if number is None:
            return []
        return [Evidence(c, 1.0) for c in self.chunks if c.doc_id in named and c.article == article_label(number)]

    def named_documents(self, query: str) -> list[DocRecord]:
        names = TITLE_REF.findall(query)
        named = [
            d
            for d in self.records
            if any(short_title(n) in d.title for n in names)
            or (d.kind == "regulation" and short_title(d.title).rsplit("的", 1)[-1] in query)
        ]
        return sorted(named, key=revision_year, reverse=True)

    def mentioned_documents(self, query: str) -> set[str]:
        return {d.doc_id for d in self.named_documents(query)} | {
            d.doc_id for d in self.records if short_title(d.title) in query
        }

    def older_revisions(self) -> set[str]:
        return set()

    def documents(self) -> list[DocRecord]:
        return list(self.records)

    def scope(self, question: str) -> Scope:
        return scope_for(question, self.documents(), mentions=self.mentions)

    def mentions(self, words: str, doc_id: str) -> bool:
        """Whether a document's text holds the words (第四季度), as the retriever's document_mentions."""
        return any(words in c.text for c in self.chunks if c.doc_id == doc_id)

    def document(self, doc_id: str) -> DocRecord | None:
        return next((d for d in self.records if d.doc_id == doc_id), None)

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        return [c for c in self.chunks if c.doc_id == doc_id]

    def terms(self, question: str) -> Terms:
        return question_terms(self.weights, spelled_out(question, self.documents()))

    def citing_places(self, title: str) -> list[tuple[Chunk, str]]:
        return [(c, s.strip()) for c in self.chunks for s in split_sentences(c.text) if f"《{title}》" in s]

    def titles_in_knowledge_base(self, title: str) -> list[str]:
        return [d.title for d in self.records if short_title(d.title) == short_title(title)]


REPORT_TITLE = "2023年上半年机关党建工作报告"
REPORT = [
    make_chunk(
        REPORT_TITLE,
        "（二）坚持民主集中制。上半年召开党委会4次，重大事项一律由班子集体研究决定。",
        ("一、压实管党治党政治责任", "（二）坚持民主集中制"),
        position=0,
    ),
    make_chunk(
        REPORT_TITLE,
        "（一）落实组织生活制度。机关党委严格落实“三会一课”制度。上半年召开民主生活会1次，"
        "组织全体党员集中学习6次，党委班子成员讲党课4次，党支部书记讲党课2次。",
        ("二、严肃党内政治生活", "（一）落实组织生活制度"),
        position=1,
    ),
    make_chunk(
        REPORT_TITLE,
        "（二）加强作风建设。开展“庸懒散拖”问题专项整治，建立问题清单台账。",
        ("二、严肃党内政治生活", "（二）加强作风建设"),
        position=2,
    ),
    make_chunk(
        REPORT_TITLE,
        "（一）开展廉洁教育。机关党委组织党员干部观看警示教育片，重温《中国共产党纪律处分条例》，增强纪律规矩意识。",
        ("三、加强党风廉政建设", "（一）开展廉洁教育"),
        position=3,
    ),
    make_chunk(
        REPORT_TITLE,
        "（二）强化监督执纪。运用监督执纪“四种形态”，开展谈心谈话12人次。认真学习《中国共产党问责条例》。",
        ("三、加强党风廉政建设", "（二）强化监督执纪"),
        position=4,
    ),
    make_chunk(REPORT_TITLE, "一是持续加强理论学习，丰富党课形式。", ("四、下一步重点做好以下工作",), position=5),
    make_chunk(
        REPORT_TITLE, "二是严格落实“三会一课”制度，提高组织生活质量。", ("四、下一步重点做好以下工作",), position=6
    ),
]

REGULATION_TITLE = "中国共产党纪律处分条例（2023年修订）"
REGULATION = [
    make_chunk(
        REGULATION_TITLE,
        "第三条　对党员的纪律处分种类：\n（一）警告；\n（二）严重警告；\n（三）撤销党内职务；\n（四）留党察看；\n（五）开除党籍。",
        ("第一章　总则", "第三条"),
        "第三条",
        "regulation",
        0,
    ),
    make_chunk(
        REGULATION_TITLE,
        "第一百一十三条　收受可能影响公正执行公务的礼品、礼金、消费卡，情节较轻的，给予警告或者严重警告处分。",
        ("第二章　违纪行为的处理", "第一百一十三条"),
        "第一百一十三条",
        "regulation",
        1,
    ),
]

OLD_REGULATION = [
    make_chunk(
        "中国共产党纪律处分条例（2018年修订）",
        "第三条　党员的纪律处分种类为警告、严重警告、撤销党内职务、留党察看、开除党籍。",
        ("第三条",),
        "第三条",
        "regulation",
    )
]

SIX_RULES_TITLE = "机关党委关于改进会风文风的六项规定"
SIX_RULES = [
    make_chunk(SIX_RULES_TITLE, f"{n}、{text}", (f"{n}、{text}",), kind="regulation", position=i)
    for i, (n, text) in enumerate([("一", "要精简会议活动。"), ("二", "要精简文件简报。"), ("三", "要改进调查研究。")])
]


def grounded(answer):
    """The answer, checked: no ungrounded statement, every quote taken from the chunk it cites."""
    from assistant.answer.pipeline import answer_problems

    assert answer_problems(answer) == []
    for citation in answer.citations:
        assert citation.quote in citation.chunk.text
    return answer


def ask_source(source: FakeSource, question: str):
    """An extractive answer from `source` with no conversation, checked by `grounded`."""
    from assistant.answer.extractive import answer_extractively
    from assistant.answer.routing import understand

    return grounded(answer_extractively(understand(question, None), source))


class IndexLikeWeights:
    """Known words weigh about what they weigh in a real index (IDF ~4), so that adjacent-word pairs
    (2.5 each) count as much relative to them as they do there."""

    def __init__(self, source: FakeSource):
        self.text = "".join(c.doc_title + "".join(c.section_path) + c.text for c in source.chunks).lower()

    def token_weights(self, tokens: list[str]) -> list[float]:
        return [4.0 if t in self.text else 2.5 for t in tokens]

    def max_token_weight(self) -> float:
        return 5.0


def index_like(source: FakeSource) -> FakeSource:
    """The source with words weighed as in a real index (see IndexLikeWeights)."""
    source.weights = IndexLikeWeights(source)
    return source
