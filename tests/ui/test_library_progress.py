"""The knowledge-base tab's progress, upload queueing and quarantine texts, without a browser (fake embedder)."""

from __future__ import annotations

import pytest
from fakes import GatedEmbeddings, fake_kb

from assistant.config import Settings
from assistant.index.jobs import IndexJobs, foreground_parser
from assistant.web.library import (
    cancel_jobs,
    md_text,
    progress_rows,
    progress_text,
    quarantine_rows,
    queue_reindex,
    queue_upload,
    remove_from_quarantine,
)


@pytest.fixture
def setup(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    settings = Settings(index_dir=tmp_path / "index", corpus_dir=corpus, max_upload_mb=1)
    kb = fake_kb(settings.index_dir)
    yield settings, IndexJobs(kb, corpus, foreground_parser)
    kb.close()


def test_file_names_are_shown_literally_in_markdown():
    shown = md_text("![x](http:evil.example) <img src=x> $$a$$ [链接](javascript:1)")
    assert "![" not in shown and "](" not in shown and "<img" not in shown and "$$" not in shown
    assert shown == r"\!\[x\]\(http:evil.example\) &lt;img src=x&gt; ＄＄a＄＄ \[链接\]\(javascript:1\)"


def test_a_batch_with_an_exe_reports_it_and_indexes_the_rest(setup, tmp_path):
    settings, jobs = setup
    good = tmp_path / "学习记录.txt"
    good.write_text("学习记录\n一、学习\n（一）集中学习。组织学习3次。\n", encoding="utf-8")
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    big = tmp_path / "大文件.txt"
    big.write_bytes(b"a" * (2 * 1024 * 1024))
    assert progress_text(jobs.snapshot()) == "当前没有索引任务。"
    message = queue_upload(jobs, settings, [(good, good.name), (exe, exe.name), (big, big.name)])
    assert message.startswith("已接收 1 个文件，正在后台索引") and "2 个未接收" in message
    assert jobs.wait(30)
    rows = {row[0]: row[1:] for row in progress_rows(jobs.snapshot())}
    assert rows["学习记录.txt"] == ["已完成", "新增"]
    assert rows["setup.exe"][0] == "失败" and "不支持的文件类型“.exe”" in rows["setup.exe"][1]
    assert rows["大文件.txt"][0] == "失败" and "文件过大（2.0 MB），上限 1 MB" in rows["大文件.txt"][1]
    text = progress_text(jobs.snapshot())
    assert text.startswith("已完成。索引上传的文件：新增 1 个") and "steps" not in text


def test_nothing_accepted_and_no_files(setup, tmp_path):
    settings, jobs = setup
    exe = tmp_path / "setup.exe"
    exe.write_bytes(b"MZ")
    assert queue_upload(jobs, settings, []) == "请先选择要上传的文件。"
    assert queue_upload(jobs, settings, [(exe, exe.name)]) == "没有文件被接收：1 个文件不符合要求，原因见下表。"
    assert jobs.wait(30)
    assert progress_rows(jobs.snapshot())[0][:2] == ["setup.exe", "失败"]


def test_progress_while_running_and_the_quarantine_listing(setup):
    settings, jobs = setup
    (settings.corpus_dir / "坏[文件].docx").write_bytes(b"not a zip")
    assert "后台" in queue_reindex(jobs, settings)
    assert jobs.wait(30)
    assert "1 个失败的文件已移入隔离区" in progress_text(jobs.snapshot())
    [row] = quarantine_rows(settings)
    assert row[0] == "坏[文件].docx" and "Word 文档已损坏" in row[1] and row[2] == "坏[文件].docx"
    assert remove_from_quarantine(settings, "坏[文件].docx") == r"已从隔离区删除 坏\[文件\].docx。"
    assert remove_from_quarantine(settings, None) == "请先选择隔离区中的文件。"
    assert quarantine_rows(settings) == []


def test_progress_text_while_a_file_is_embedded_and_when_cancelled(setup):
    settings, jobs = setup
    (settings.corpus_dir / "学习记录.txt").write_text("学习记录\n一、学习\n（一）集中学习。组织学习3次。\n", "utf-8")
    gated = GatedEmbeddings()
    jobs.kb._embeddings = gated
    queue_reindex(jobs, settings)
    queue_reindex(jobs, settings)
    assert gated.entered.wait(10)
    running = progress_text(jobs.snapshot())
    assert running == "正在重新索引语料文件夹：已处理 0 / 1 个文件，当前：学习记录.txt（向量化）；另有 1 个任务排队。"
    assert progress_rows(jobs.snapshot()) == [["学习记录.txt", "向量化", ""]]
    assert cancel_jobs(jobs).startswith("正在取消")
    assert "（正在取消）" in progress_text(jobs.snapshot())
    gated.release.set()
    assert jobs.wait(30)
    assert progress_text(jobs.snapshot()) == "已取消。已取消，未开始。"
    assert cancel_jobs(jobs) == "当前没有进行中的索引。"
