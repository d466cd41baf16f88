"""The web UI's handler functions, without a browser: real knowledge base, real embedder, real Chroma."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_support import REPORT_NAME, REPORT_TITLE, UPLOAD, UPLOAD_NAME, UPLOAD_TITLE, write_report

from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.index.jobs import IndexJobs, foreground_parser
from assistant.runtime import Runtime
from assistant.web.chat import ChatState, chat_turn
from assistant.web.library import (
    delete_document,
    delete_plan,
    doc_choices,
    doc_rows,
    progress_rows,
    progress_text,
    queue_reindex,
    queue_upload,
    status_rows,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def setup(tmp_path_factory, embeddings):
    root = tmp_path_factory.mktemp("ui-handlers")
    corpus = root / "corpus"
    write_report(corpus)
    settings = Settings(index_dir=root / "index", corpus_dir=corpus, max_upload_mb=1)
    runtime = Runtime.from_settings(settings, embeddings)
    report = index_paths(runtime.kb, [corpus])
    assert not report.errors
    yield settings, runtime.kb, runtime.assistant
    runtime.kb.close()


def test_upload_index_ask_and_delete(setup, tmp_path):
    settings, kb, assistant = setup
    good = tmp_path / UPLOAD_NAME
    good.write_text(UPLOAD, encoding="utf-8")
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"not a zip")
    wrong = tmp_path / "表格.xlsx"
    wrong.write_bytes(b"PK")
    jobs = IndexJobs(kb, settings.corpus_dir, foreground_parser)
    message = queue_upload(jobs, settings, [(good, good.name), (bad, bad.name), (wrong, wrong.name)])
    assert "已接收 2 个文件" in message and "1 个未接收" in message
    assert jobs.wait(120)
    view = jobs.snapshot()
    by_file = {row[0]: row for row in progress_rows(view)}
    assert by_file[UPLOAD_NAME][1:] == ["已完成", "新增"]
    assert by_file["坏文件.docx"][1] == "失败" and "已移入隔离区" in by_file["坏文件.docx"][2]
    assert by_file["表格.xlsx"][1] == "失败" and "不支持" in by_file["表格.xlsx"][2]
    assert "新增 1 个" in progress_text(view) and "1 个失败的文件已移入隔离区" in progress_text(view)
    assert (settings.corpus_dir / UPLOAD_NAME).is_file()
    assert not (settings.corpus_dir / "表格.xlsx").exists() and not (settings.corpus_dir / "坏文件.docx").exists()

    *_, (display, state) = chat_turn(assistant, "读书分享会举办了几场？", [], ChatState(), "问答")
    assert "7场" in display[-1]["content"] and f"《{UPLOAD_TITLE}》" in display[-1]["content"]

    doc = next(d for d in kb.documents() if d.title == UPLOAD_TITLE)
    assert (f"{UPLOAD_TITLE}（{UPLOAD_NAME}）", doc.doc_id) in doc_choices(kb.documents())
    question, deletable = delete_plan(kb, settings, doc.doc_id)
    assert deletable and UPLOAD_TITLE in question
    message = delete_document(kb, settings, doc.doc_id, delete_file=True)
    assert "已从知识库删除" in message and "已删除" in message
    assert kb.document(doc.doc_id) is None
    assert not (settings.corpus_dir / UPLOAD_NAME).exists()
    assert all(
        c.doc_id != doc.doc_id for c in kb.chunks([e.chunk.id for e in assistant.retriever.search("读书分享会", 5)])
    )
    assert delete_document(kb, settings, doc.doc_id, True) == "该文档已不在知识库中。"


def test_delete_keeps_file_when_asked_and_outside_corpus(setup, tmp_path):
    settings, kb, _ = setup
    kept = settings.corpus_dir / "保留原文件的报告.txt"
    kept.write_text("保留原文件的报告\n一、情况\n（一）开展调研。上半年开展专题调研3次。\n", encoding="utf-8")
    outside = tmp_path / "外部文件的报告.txt"
    outside.write_text("外部文件的报告\n一、情况\n（一）开展走访。上半年走访群众15户。\n", encoding="utf-8")
    index_paths(kb, [kept, outside])
    docs = {Path(d.source).name: d for d in kb.documents()}

    message = delete_document(kb, settings, docs[kept.name].doc_id, delete_file=False)
    assert kept.exists() and "保留在语料文件夹中" in message

    question, deletable = delete_plan(kb, settings, docs[outside.name].doc_id)
    assert not deletable and "不在语料文件夹中" in question
    message = delete_document(kb, settings, docs[outside.name].doc_id, delete_file=True)
    assert outside.exists() and "未删除" in message

    jobs = IndexJobs(kb, settings.corpus_dir, foreground_parser)
    queue_reindex(jobs, settings)  # the kept file comes back
    assert jobs.wait(120)
    assert [kept.name, "已完成", "新增"] in progress_rows(jobs.snapshot())
    kept.unlink()
    queue_reindex(jobs, settings)
    assert jobs.wait(120)
    assert "移除 1 个" in progress_text(jobs.snapshot())


def test_document_rows_and_filter(setup):
    _, kb, _ = setup
    docs = kb.documents()
    rows = doc_rows(docs)
    report = next(r for r in rows if r[0] == REPORT_TITLE)
    assert report[1] == "报告" and report[2] > 0 and report[5] == REPORT_NAME
    assert [r[0] for r in doc_rows(docs, "机关党建")] == [REPORT_TITLE]
    assert [r[0] for r in doc_rows(docs, "报告 2023")] == [REPORT_TITLE]
    assert doc_rows(docs, "不存在的标题") == []


def test_status_rows(setup):
    settings, kb, _ = setup
    status = dict(status_rows(kb, settings))
    assert status["向量模型（embedder）"] == "内置多语言句向量模型（离线，无需下载）"  # not "use-m3"
    assert status["重排序模型（reranker）"] == "未启用"
    assert status["回答方式"].startswith("抽取式")
    assert int(status["文档数"]) == len(kb.documents()) and int(status["片段数"]) == kb.chunk_count()
    assert status["索引大小"].endswith(("KB", "MB"))
    llm = dict(status_rows(kb, Settings(llm="openai:qwen-plus"), 2))
    assert "qwen-plus" in llm["回答方式"] and "2 个账号" in llm["登录"]


# ---------------------------------------------------------------- chat
def test_chat_turn_streams_then_shows_sources_and_keeps_history(setup):
    _, _, assistant = setup
    steps = list(chat_turn(assistant, "上半年讲党课几次？", [], ChatState(), "自动"))
    assert len(steps) >= 2
    first_display, _ = steps[0]
    assert first_display[0] == {"role": "user", "content": "上半年讲党课几次？"}
    assert "kb-streaming" in first_display[1]["content"]
    display, state = steps[-1]
    html = display[-1]["content"]
    assert "kb-streaming" not in html and "〔1〕" in html
    assert f"《{REPORT_TITLE}》" in html and "<details" in html and "<mark>" in html
    assert "党委班子成员讲党课5次" in html
    assert [m["role"] for m in state.history] == ["user", "assistant"]
    assert "<" not in state.history[1]["content"]  # the pipeline sees plain text, not our HTML
    assert state.last_answer.startswith(state.history[1]["content"]) and "来源" in state.last_answer

    # A follow-up in the same session extends its history; another session starts empty.
    *_, (display2, state2) = chat_turn(assistant, "党支部书记讲了几次？", display, state, "问答")
    assert len(display2) == 4 and len(state2.history) == 4
    assert len(state.history) == 2  # the earlier state object is not mutated
    *_, (other, other_state) = chat_turn(assistant, "上半年召开党委会几次？", [], ChatState(), "自动")
    assert len(other) == 2 and len(other_state.history) == 2


def test_chat_turn_refusal_and_bad_questions(setup):
    _, _, assistant = setup
    assert list(chat_turn(assistant, "   ", [], ChatState(), "自动")) == []
    *_, (display, state) = chat_turn(assistant, "今天的天气预报怎么样？", [], ChatState(), "查法规")
    assert 'class="kb-refused"' in display[-1]["content"] and "kb-answer" not in display[-1]["content"]
    *_, (display, _) = chat_turn(assistant, "？？？！！！", [], ChatState(), "自动")
    assert "kb-refused" in display[-1]["content"]
