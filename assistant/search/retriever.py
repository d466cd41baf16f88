"""Hybrid retrieval: BM25 keywords + dense vectors fused by reciprocal rank fusion.

Exact references (《纪律处分条例》第一百一十三条, 条例第八条) are resolved to the
article directly; similarity is only for everything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.errors import AssistantError
from assistant.core.numerals import parse_article_refs
from assistant.core.schema import Chunk, Evidence
from assistant.core.text import TITLE_REF, split_sentences
from assistant.embeddings.reranker import CrossEncoderReranker
from assistant.index.knowledge_base import DocRecord, KnowledgeBase
from assistant.search.organisations import named_organisation, spelled_out
from assistant.search.regulations import (
    chosen_revisions,
    named_regulations,
    provisions,
    revision_asked,
    revision_year,
)
from assistant.search.scope import Scope, scope_for, short_title
from assistant.search.terms import Terms, answer_score, organisation_names, question_terms, sentence_scores
from assistant.search.visible import VisibleDocuments

RRF_K = 20
# BM25 over jieba tokens is the sharper signal for this domain's wording; the small
# multilingual encoder mainly rescues paraphrases, so its ranking counts for less.
KEYWORD_WEIGHT = 1.0
DENSE_WEIGHT = 0.5
CANDIDATES = 40
MAX_QUERY_CHARS = 500  # longer questions are cut to this many characters
MAX_INPUT_CHARS = 2000  # beyond this a "question" is pasted text: refuse it with a message
MIN_TITLE_OVERLAP = 6
OLDER_REVISION_FACTOR = 0.7
RERANK_DEPTH = 30  # fused candidates re-scored by question-word coverage
FUSION_SHARE = 0.3  # weight of the fused rank against coverage (0..1) in the final score


class QueryError(AssistantError):
    """The question cannot be searched as given; str() is a Chinese message."""


def check_query(query: str) -> str:
    query = (query or "").strip()
    if not query:
        raise QueryError("问题为空，请输入要查询的内容。")
    if len(query) > MAX_INPUT_CHARS:
        raise QueryError(f"问题过长（{len(query)} 字），请精简到 {MAX_INPUT_CHARS} 字以内。")
    if not re.search(r"[\w]", query):
        raise QueryError("问题中没有可检索的文字，请换一种说法。")
    return query[:MAX_QUERY_CHARS]


def longest_common_substring(a: str, b: str) -> int:
    best = 0
    previous = [0] * (len(b) + 1)
    for ch in a:
        current = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            if ch == other:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


@dataclass(frozen=True)
class Filters:
    kinds: tuple[str, ...] = ()
    title: str = ""  # substring of the document title
    doc_ids: frozenset[str] | None = None  # only these documents


@dataclass(frozen=True)
class SearchHints:
    """What the router decided about a question, so that retrieval does not guess it again."""

    quantity: re.Pattern[str] | None = None  # 几次/多少项: passages stating such a quantity rank higher
    cites_documents: bool = False  # 报告引用了哪些法规: passages citing 《…》 rank higher, word coverage does not count


NO_HINTS = SearchHints()


class Retriever:
    """Ranked evidence for a question; the one retrieval entry point for CLI, UI and answers."""

    def __init__(self, kb: KnowledgeBase, reranker: CrossEncoderReranker | None = None):
        self.kb = kb
        self.reranker = reranker or (CrossEncoderReranker(kb.settings.reranker) if kb.settings.reranker else None)

    def restricted(self, doc_ids: frozenset[str]) -> Retriever:
        """This retriever over only `doc_ids` (a user's knowledge bases): nothing else is found, listed or cited."""
        kb = self.kb.inner if isinstance(self.kb, VisibleDocuments) else self.kb
        narrowed = doc_ids & self.kb.doc_ids if isinstance(self.kb, VisibleDocuments) else doc_ids
        return Retriever(VisibleDocuments(kb, frozenset(narrowed)), self.reranker)  # type: ignore[arg-type]

    def allowed_docs(self, filters: Filters | None) -> set[str] | None:
        if not filters or (not filters.kinds and not filters.title and filters.doc_ids is None):
            return None
        return {
            d.doc_id
            for d in self.kb.documents()
            if (not filters.kinds or d.kind in filters.kinds)
            and (not filters.title or filters.title in d.title)
            and (filters.doc_ids is None or d.doc_id in filters.doc_ids)
        }

    def named_documents(self, query: str) -> list[DocRecord]:
        """Documents the question names, by 《title》 or by a regulation's name (党章, 巡视条例), newest first."""
        names = TITLE_REF.findall(query)
        documents = self.kb.documents()
        matched = {d.doc_id: d for d in named_regulations(query, documents)}
        for doc in documents:
            if doc.kind != "regulation" and any(
                short_title(n) in doc.title or short_title(doc.title) in n for n in names
            ):
                matched[doc.doc_id] = doc
        return sorted(matched.values(), key=revision_year, reverse=True)

    def mentioned_documents(self, query: str) -> set[str]:
        """Documents the question refers to by name, even loosely (上半年党建工作报告, 桃源村党支部2023年度总结)."""
        named = {d.doc_id for d in self.named_documents(query)}
        _, own = named_organisation(query, self.kb.documents())
        if own:  # the organisation's documents of the period and type asked about
            in_scope = self.scope(query).doc_ids
            return named | ((own & in_scope if in_scope is not None else own) or own)
        plain = TITLE_REF.sub("", query)
        # Sharing a run of MIN_TITLE_OVERLAP characters is a set lookup, cheap for thousands of titles.
        grams = {plain[i : i + MIN_TITLE_OVERLAP] for i in range(len(plain) - MIN_TITLE_OVERLAP + 1)}
        return named | {
            d.doc_id
            for d in self.kb.documents()
            if any(t[i : i + MIN_TITLE_OVERLAP] in grams for t in [short_title(d.title)] for i in range(len(t)))
        }

    def older_revisions(self) -> set[str]:
        """Doc ids superseded by a newer revision of the same regulation in the knowledge base."""
        newest: dict[str, int] = {}
        docs = [d for d in self.kb.documents() if d.kind == "regulation"]
        for doc in docs:
            newest[short_title(doc.title)] = max(newest.get(short_title(doc.title), 0), revision_year(doc))
        return {d.doc_id for d in docs if revision_year(d) < newest[short_title(d.title)]}

    def resolve_article(self, query: str, allowed: set[str] | None = None) -> list[Evidence]:
        """The articles (第N条, lists, ranges) of the regulation the question names: the asked revision
        first, then the others. A number the regulation does not have resolves to nothing."""
        refs = parse_article_refs(query)
        if not refs:
            return []
        revisions = [d for d in named_regulations(query, self.kb.documents()) if allowed is None or d.doc_id in allowed]
        if not revisions:
            return []
        chosen = chosen_revisions(revisions, revision_asked(query))
        ordered = chosen + [d for d in revisions if d not in chosen]
        wanted = {r.number for r in refs}
        return [
            Evidence(c, 1.0)
            for doc in ordered
            for p in provisions(self.kb.doc_chunks(doc.doc_id))
            if p.number in wanted
            for c in p.chunks
        ]

    def search(
        self, query: str, k: int = 5, filters: Filters | None = None, hints: SearchHints = NO_HINTS
    ) -> list[Evidence]:
        query = check_query(query)
        allowed = self.allowed_docs(filters)
        direct = self.resolve_article(query, allowed)
        scores: dict[str, float] = {}
        for rank, evidence in enumerate(direct):
            scores[evidence.chunk.id] = 1.0 + 1.0 / (rank + 1)  # exact references outrank similarity
        keyword = self.kb.keyword_search(query, CANDIDATES * 3, allowed)
        rankings = [
            (KEYWORD_WEIGHT, keyword[:CANDIDATES]),
            (DENSE_WEIGHT, self.kb.dense_search(query, CANDIDATES, allowed)),
        ]
        mentioned = self.mentioned_documents(query)
        if allowed is not None:
            mentioned &= allowed
        if mentioned:  # a question that names a document is answered from it first
            rankings.append((KEYWORD_WEIGHT, self.kb.keyword_search(query, CANDIDATES, mentioned)))
        if hints.cites_documents:
            rankings.append((KEYWORD_WEIGHT, self.citing_passages(keyword, mentioned, allowed)))
        if hints.quantity:
            stated = {c.id for c in self.kb.chunks([cid for cid, _ in keyword]) if hints.quantity.search(c.text)}
            rankings.append((KEYWORD_WEIGHT, [(cid, s) for cid, s in keyword if cid in stated]))
        for weight, ranking in rankings:
            for rank, (cid, _) in enumerate(ranking):
                scores[cid] = scores.get(cid, 0.0) + weight / (RRF_K + rank + 1)
        ranked = sorted(scores, key=scores.get, reverse=True)
        chunks = self.kb.chunks(ranked[:RERANK_DEPTH])
        older = self.older_revisions()
        top = max(scores.values(), default=1.0) or 1.0
        terms = self.terms(query)
        # "Which regulations does it cite" is about 《》 marks, not about the question's words.
        use_coverage = not hints.cites_documents
        names = organisation_names(self.kb.documents())
        evidence = []
        for chunk in chunks:
            # Fused rank, then how much of the question the passage's best sentence contains.
            lexical = use_coverage and max(
                (
                    answer_score(own, passage)
                    for _, own, passage in sentence_scores(terms, chunk, names.get(chunk.doc_id, ""))
                ),
                default=0.0,
            )
            score = scores[chunk.id] if scores[chunk.id] >= 1.0 else FUSION_SHARE * scores[chunk.id] / top + lexical
            evidence.append(Evidence(chunk, score * (OLDER_REVISION_FACTOR if chunk.doc_id in older else 1.0)))
        evidence.sort(key=lambda e: -e.score)
        if self.reranker and evidence:
            direct_ids = {e.chunk.id for e in direct}  # exact references stay first, in their order
            pinned = [e for e in evidence if e.chunk.id in direct_ids]
            rest = [e for e in evidence if e.chunk.id not in direct_ids]
            rerank = self.reranker.scores(query, [e.chunk.text for e in rest])
            rest = [Evidence(e.chunk, s) for e, s in sorted(zip(rest, rerank), key=lambda p: -p[1])]
            evidence = pinned + rest
        return evidence[:k]

    # ---------- read-only views for the answer stage ----------
    def documents(self) -> list[DocRecord]:
        return self.kb.documents()

    def scope(self, question: str) -> Scope:
        return scope_for(question, self.documents(), self.occurs_in_text, self.document_mentions)

    def occurs_in_text(self, name: str) -> bool:
        """Whether any indexed passage contains `name` (a sub-branch named only in a report's body)."""
        hits = [cid for cid, _ in self.kb.keyword_search(name, 10)]
        return any(name in chunk.text for chunk in self.kb.chunks(hits))

    def document_mentions(self, words: str, doc_id: str) -> bool:
        return any(words in chunk.text for chunk in self.kb.doc_chunks(doc_id))

    def document(self, doc_id: str) -> DocRecord | None:
        return self.kb.document(doc_id)

    def document_chunks(self, doc_id: str) -> list[Chunk]:
        """A document's chunks in reading order (its outline, a section's siblings)."""
        return self.kb.doc_chunks(doc_id)

    def terms(self, question: str) -> Terms:
        # An organisation named by a contraction (公交集团) is looked for as its documents spell it (公共交通集团).
        return question_terms(self.kb, spelled_out(question, self.kb.documents()))

    def citing_places(self, title: str) -> list[tuple[Chunk, str]]:
        """(chunk, sentence) wherever a document cites 《title》."""
        places = []
        for doc in self.kb.documents():
            for chunk in self.kb.doc_chunks(doc.doc_id):
                for sentence in split_sentences(chunk.text):
                    if f"《{title}》" in sentence:
                        places.append((chunk, sentence.strip()))
        return places

    def titles_in_knowledge_base(self, title: str) -> list[str]:
        """Titles of indexed documents that are the cited 《title》 (by its short name)."""
        wanted = short_title(title)
        return [d.title for d in self.kb.documents() if short_title(d.title) == wanted or wanted in d.title]

    def citing_passages(
        self, keyword: list[tuple[str, float]], mentioned: set[str], allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        """Passages that cite a 《document》, in the named (or best-matching) reports, best first."""
        scope = mentioned or {
            c.doc_id for c in self.kb.chunks([cid for cid, _ in keyword[:10]]) if c.doc_kind == "report"
        }
        order = {cid: i for i, (cid, _) in enumerate(keyword)}
        citing = [
            c.id
            for doc_id in sorted(scope)
            if allowed is None or doc_id in allowed
            for c in self.kb.doc_chunks(doc_id)
            if TITLE_REF.search(c.text)
        ]
        citing.sort(key=lambda cid: order.get(cid, len(order)))
        return [(cid, 0.0) for cid in citing[:CANDIDATES]]
