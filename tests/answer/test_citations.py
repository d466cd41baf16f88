"""Citation marks: one number per chunk, exact quotes spanning the sentences used, chunks kept."""

from __future__ import annotations

import pytest

from assistant.answer.citations import CitationBook, cited_chunks
from assistant.core.schema import Citation
from tests.answer.support import make_chunk

FIRST = make_chunk("报告", "召开党委会4次。讲党课5次。观看警示片。", ("一、组织生活",), position=0)
SECOND = make_chunk("条例", "第三条　纪律处分种类。", article="第三条", kind="regulation", position=1)


def test_one_number_per_chunk_and_quotes_span_the_sentences_used():
    book = CitationBook()
    assert book.cite(FIRST, "讲党课5次。") == "〔1〕"
    assert book.cite(SECOND, "第三条　纪律处分种类。") == "〔2〕"
    assert book.cite(FIRST, "召开党委会4次。") == "〔1〕"
    first, second = book.citations()
    assert first.quote == "召开党委会4次。讲党课5次。"
    assert (first.doc, first.section, first.article, first.chunk) == ("报告", "一、组织生活", None, FIRST)
    assert (second.section, second.article) == ("第三条", "第三条")
    assert book.chunks == [FIRST, SECOND]
    assert cited_chunks(book.citations()) == [FIRST, SECOND]


def test_a_quote_must_be_in_the_chunk():
    with pytest.raises(ValueError, match="quote not in chunk"):
        CitationBook().cite(FIRST, "召开党委会5次")


def test_json_names_the_chunk_but_does_not_carry_it():
    book = CitationBook()
    book.cite(FIRST, "观看警示片。")
    assert book.citations()[0].to_json() == {
        "chunk_id": FIRST.id,
        "doc": "报告",
        "section": "一、组织生活",
        "article": None,
        "quote": "观看警示片。",
    }


def test_a_hand_made_citation_without_its_chunk():
    assert cited_chunks([Citation("c1", "文档", "", None, "句子")]) == []
