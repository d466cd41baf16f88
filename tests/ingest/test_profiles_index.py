"""Profiles are computed when a document is indexed, stored in the manifest and read back with its record."""

from __future__ import annotations

from assistant.core.schema import Chunk, Document, Period
from assistant.index.manifest import Manifest

TEXT = "青禾村党支部2023年上半年工作总结\n今年上半年，青禾村党支部开展主题党日6次。\n三、下半年打算\n继续抓好学习。\n中共柳溪镇青禾村支部委员会\n2023年7月2日"


def document() -> tuple[Document, list[Chunk]]:
    doc = Document(
        "d", "/corpus/青禾村党支部2023年上半年工作总结.txt", "青禾村党支部2023年上半年工作总结", "report", TEXT, "h"
    )
    chunk = Chunk("d-0", "d", doc.title, "report", (), None, TEXT, 0, len(TEXT))
    return doc, [chunk]


def test_profile_stored_with_the_document_and_removed_with_it(tmp_path):
    manifest = Manifest(tmp_path)
    doc, chunks = document()
    with manifest.transaction():
        manifest.put_documents([(doc, chunks)], 1.0)
    record = manifest.document("d")
    assert record.profile.periods == (Period(2023, "上半年"),)
    assert record.profile.plan_periods == (Period(2023, "下半年"),)
    assert "青禾村党支部" in record.profile.aliases
    assert manifest.documents()[0].profile == record.profile
    assert record.to_json()["profile"]["periods"] == ["2023年上半年"]
    with manifest.transaction():
        manifest.delete_document("d")
    assert manifest.db.execute("SELECT COUNT(*) FROM profiles").fetchone()[0] == 0
    manifest.close()


def test_server_cache_records_get_a_profile_from_their_chunks(tmp_path):
    manifest = Manifest(tmp_path)
    doc, chunks = document()
    with manifest.transaction():
        manifest.put_documents([(doc, chunks)], 1.0)
    record = manifest.document("d")
    (tmp_path / "cache").mkdir()
    other = Manifest(tmp_path / "cache")
    with other.transaction():
        other.put_record(record, chunks)
    assert other.document("d").profile == record.profile
    manifest.close()
    other.close()
