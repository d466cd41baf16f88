"""A restricted retriever sees only the granted documents: evidence, sources, refusals, lists, lookups.

Three knowledge bases as folders: a report in 公共, a regulation in 党内法规, a branch summary in 第一支部.
A reader of 公共 asks about the other two in every way the answer stage can reach a document.
"""

from __future__ import annotations

import pytest

from assistant.accounts.knowledge_bases import DEFAULT_KB, Membership, kb_of
from assistant.answer.pipeline import Assistant
from assistant.index.indexing import index_paths
from assistant.search.retriever import Filters, Retriever
from assistant.search.visible import VisibleDocuments
from tests.corpus import REG_2023_NAME, REGULATION_2023, REPORT, REPORT_NAME
from tests.fakes import fake_kb

SECRET_TITLE = "第一支部2023年上半年工作总结"
SECRET = f"""{SECRET_TITLE}
一、组织建设
上半年第一支部发展预备党员3名，开展青松计划结对帮扶17次。
二、纪律教育
组织学习《中国共产党纪律处分条例》第八条，开展警示谈话5人次。
"""
SECRET_WORDS = ("青松", "17次", "预备党员3名", "警示谈话5人次", SECRET_TITLE, "责令其改正", "收受可能影响公正")


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    root = tmp_path_factory.mktemp("kbs")
    corpus = root / "corpus"
    (corpus / "党内法规").mkdir(parents=True)
    (corpus / "第一支部").mkdir()
    (corpus / REPORT_NAME).write_text(REPORT, encoding="utf-8")
    (corpus / "党内法规" / REG_2023_NAME).write_text(REGULATION_2023, encoding="utf-8")
    (corpus / "第一支部" / f"{SECRET_TITLE}.txt").write_text(SECRET, encoding="utf-8")
    kb = fake_kb(root / "index")
    assert not index_paths(kb, [corpus]).errors
    return kb, corpus


@pytest.fixture(scope="module")
def public(indexed):
    kb, corpus = indexed
    allowed = Membership(kb.documents(), corpus).doc_ids([DEFAULT_KB])
    return Retriever(kb).restricted(allowed), allowed


def test_documents_are_in_the_knowledge_base_of_their_folder(indexed):
    kb, corpus = indexed
    by_title = {d.title: kb_of(d.source, corpus) for d in kb.documents()}
    assert by_title == {
        "2023年上半年机关党建工作报告": DEFAULT_KB,
        "中国共产党纪律处分条例（2023年修订）": "党内法规",
        SECRET_TITLE: "第一支部",
    }
    assert kb_of("/elsewhere/a.txt", corpus) == DEFAULT_KB


def test_the_view_lists_and_returns_only_granted_documents(indexed, public):
    kb, _ = indexed
    retriever, allowed = public
    view = retriever.kb
    assert {d.doc_id for d in view.documents()} == set(allowed) and len(allowed) == 1
    hidden = [d for d in kb.documents() if d.doc_id not in allowed]
    for doc in hidden:
        assert view.document(doc.doc_id) is None and view.doc_chunks(doc.doc_id) == []
        ids = [c.id for c in kb.doc_chunks(doc.doc_id)]
        assert view.chunks(ids) == []
        assert retriever.document(doc.doc_id) is None
    assert view.chunk_count() == sum(d.n_chunks for d in view.documents()) < kb.chunk_count()
    assert retriever.titles_in_knowledge_base("中国共产党纪律处分条例") == []
    assert all(c.doc_id in allowed for c, _ in retriever.citing_places("中国共产党纪律处分条例"))
    with pytest.raises(AttributeError):
        view.remove_document(hidden[0].doc_id)


def test_search_never_returns_hidden_chunks_whatever_the_filters(public):
    retriever, allowed = public
    for query in ("青松计划结对帮扶", "纪律处分条例第八条", "警示谈话", "上半年召开党委会几次"):
        for filters in (None, Filters(doc_ids=None), Filters(kinds=("regulation", "report"))):
            assert all(e.chunk.doc_id in allowed for e in retriever.search(query, 10, filters))
    everything = frozenset({"x"}) | allowed
    assert retriever.restricted(everything).kb.doc_ids == allowed  # a view is never widened


@pytest.mark.parametrize(
    "question",
    [
        "第一支部青松计划结对帮扶几次？",
        "第一支部2023年上半年发展预备党员几名？",
        "纪律处分条例第八条",
        "收受礼金怎么处分",
        "报告引用了哪些党内法规？",
        "起草一段第一支部组织建设情况总结",
        "第一支部2023年上半年工作总结讲了什么",
    ],
)
def test_answers_cite_and_mention_only_granted_documents(public, question):
    retriever, allowed = public
    answer = Assistant(retriever).ask(question)
    assert all(e.chunk.doc_id in allowed for e in answer.retrieved)
    assert all((c.chunk.doc_id if c.chunk else "") in allowed for c in answer.citations)
    shown = f"{answer.text}\n{answer.note}\n" + "\n".join(f"{c.doc}{c.quote}" for c in answer.citations)
    leaked = [w for w in SECRET_WORDS if w in shown and w not in question]
    assert not leaked, (question, shown)


def test_the_full_retriever_does_find_them(indexed):
    """The restricted answers above are empty because of the grant, not because nothing matches."""
    kb, _ = indexed
    answer = Assistant(Retriever(kb)).ask("第一支部青松计划结对帮扶几次？")
    assert "17次" in answer.text
    assert "责令其改正" in Assistant(Retriever(kb)).ask("纪律处分条例第八条").text


def test_a_view_passes_reads_through_but_not_writes(indexed):
    kb, _ = indexed
    view = VisibleDocuments(kb, frozenset())
    assert view.documents() == [] and view.keyword_search("党委会", 5) == [] and view.dense_search("党委会", 5) == []
    assert view.embeddings is kb.embeddings
    with pytest.raises(AttributeError):
        view.replace_documents([])
