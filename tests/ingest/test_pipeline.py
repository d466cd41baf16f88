"""Files -> (Document, chunks): what the ingest pipeline says about each file."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.ingest.loaders import content_hash
from assistant.ingest.pipeline import PIPELINE_VERSION, fingerprint, prepare_file
from tests.corpus import REPORT, REPORT_NAME


@dataclass
class Indexed:
    content_hash: str
    title: str
    n_chunks: int


def test_new_file_is_loaded_and_chunked(tmp_path):
    path = tmp_path / REPORT_NAME
    path.write_text(REPORT, encoding="utf-8")
    result, prepared = prepare_file(path)
    document, chunks = prepared
    assert (result.status, result.title, result.chunks) == ("added", "2023年上半年机关党建工作报告", len(chunks))
    assert (
        document.content_hash
        == fingerprint(path.read_bytes())
        == f"{content_hash(path.read_bytes())}/{PIPELINE_VERSION}"
    )
    assert chunks and all(c.doc_id == document.doc_id for c in chunks)


def test_unchanged_file_is_not_loaded_again(tmp_path):
    path = tmp_path / REPORT_NAME
    path.write_text(REPORT, encoding="utf-8")
    result, prepared = prepare_file(path, Indexed(fingerprint(path.read_bytes()), "旧标题", 7))
    assert prepared is None and (result.status, result.title, result.chunks) == ("unchanged", "旧标题", 7)
    result, prepared = prepare_file(path, Indexed("other-hash/1", "旧标题", 7))
    assert result.status == "updated" and prepared is not None


def test_bad_files_are_results_not_exceptions(tmp_path):
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    result, prepared = prepare_file(empty)
    assert prepared is None and result.status == "error" and result.error.startswith("空.txt：")
    result, _ = prepare_file(tmp_path / "不存在.txt", Indexed("h", "t", 1))
    assert result.status == "error" and "无法读取" in result.error
