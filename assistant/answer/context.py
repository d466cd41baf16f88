"""What every answer kind works with: the route, the search stage, and the sentence ranking they share.

Nothing here generates facts. Every sentence an answer states comes from a chunk and is cited;
the only computed numbers are totals of cited addends and counts of listed items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.answer.answer_types import asks_issuer, is_furniture, is_signature
from assistant.answer.branch_units import names_unit
from assistant.answer.routing import AnswerKind, Route, hints_for
from assistant.core.schema import Answer, Chunk, Evidence
from assistant.core.words import spoken_title
from assistant.ingest.structure import heading_label
from assistant.search.contractions import contracts
from assistant.search.retriever import Filters
from assistant.search.source import EvidenceSource
from assistant.search.terms import answer_score, organisation_names, sentence_scores

ITEM_AS_HEADING_CHARS = 15  # a heading this long that is its passage's whole text is a statement
FACT_THRESHOLD = 0.6  # share of the question's (IDF-weighted) words a passage must contain
LIST_LIMIT = 8
LEADING_TITLE = re.compile(r"^《[^》]+》")
ANY_TITLE = re.compile(r"《([^》]+)》")  # any length: unlike core's TITLE_REF, a cited 《…》 of one character counts
OUTLINE_NUMBER = re.compile(r"^(（[一二三四五六七八九十]+）|\d+[.．、]|[一二三四五六七八九十]+、)")


def refusal(kind: AnswerKind, retrieved: list[Evidence], detail: str = "") -> Answer:
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
    names: str = ""  # the names the document's organisation goes by

    @property
    def in_context(self) -> str:
        """The sentence as read in its document: whose and when are said by the title and section."""
        return " ".join([spoken_title(self.chunk.doc_title), self.names, *self.chunk.section_path, self.sentence])


@dataclass(frozen=True)
class AnswerContext:
    route: Route
    source: EvidenceSource

    @property
    def question(self) -> str:
        return self.route.question

    def said_of_unit(self, unit: str, chunk: Chunk, statement: str) -> bool:
        """Whether a statement is said of the branch asked about: its title, section or the statement names
        it, or the branch is the document's own organisation called by a short name (疾控中心党支部) or by a
        contraction of one (粮储局 of 粮食和物资储备局)."""
        place = " ".join([spoken_title(chunk.doc_title), *chunk.section_path])
        if names_unit(unit, place, statement):
            return True
        return any(unit in alias or contracts(unit, alias) for alias in self.names_of(chunk.doc_id))

    def names_of(self, doc_id: str) -> tuple[str, ...]:
        """Every name the document's organisation goes by (its profile's aliases: 广电 of a 广播电视台)."""
        record = self.source.document(doc_id)
        return record.profile.aliases if record and record.profile else ()

    def evidence(self, k: int = 8, filters: Filters | None = None, query: str | None = None) -> list[Evidence]:
        """Evidence for the question (or a kind's own `query`), leaving out documents of another period."""
        scope = self.source.scope(self.question)
        if scope.doc_ids is not None:
            filters = replace(filters or Filters(), doc_ids=scope.doc_ids)
        query = query or self.question
        # A kind that searches with its own words (draft: period + topic) gets hints for those words.
        hints = self.route.hints if query == self.question else hints_for(query)
        return self.source.search(query, k, filters, hints)

    def best_sentences(self, question: str, evidence: list[Evidence]) -> list[Scored]:
        """Sentences ranked by how much of the question they (and their passage) contain.

        Headings, page furniture and the 落款 are no statements (the 落款 is, when the issuer is asked)."""
        # 《…规则》党组书记由谁担任: the title a follow-up is scoped by is no content a sentence should repeat
        terms = self.source.terms(LEADING_TITLE.sub("", question) or question)
        issuer = asks_issuer(question)
        names = organisation_names(self.source.documents())
        scored = []
        for rank, e in enumerate(evidence):
            known_as = names.get(e.chunk.doc_id, "")
            for sentence, own, passage in sentence_scores(terms, e.chunk, known_as):
                if is_heading_sentence(sentence, e.chunk) or is_furniture(sentence):
                    continue
                if is_signature(sentence) and not issuer:
                    continue
                score = answer_score(own, passage) - 0.01 * rank
                scored.append(Scored(e.chunk, sentence, score, own, passage, known_as))
        return sorted(scored, key=lambda s: -s.score)


def is_heading_sentence(sentence: str, chunk: Chunk) -> bool:
    """A sentence that only repeats a heading (（三）加强廉政文化建设。)."""
    bare = sentence.rstrip("。；：:")
    # A numbered line that is all its passage says ((二)每名党员…于1月19日前交馆党建办公室。) is an item, not a title.
    if len(bare) > ITEM_AS_HEADING_CHARS and chunk.text.strip().rstrip("。；：:") == bare:
        return False
    return any(bare == label or bare == heading_label(label) for label in chunk.section_path)


def clean(sentence: str) -> str:
    """A quoted sentence without a leading outline number (（三）, 1., 一是 stays)."""
    return OUTLINE_NUMBER.sub("", sentence.strip())
