"""What one hostile file costs the server: time, the parse worker's peak memory, and this process's memory.

Parses zip-bomb .docx files (210 and 150 MB expanded, a few hundred KB on disk) and a 30 MB one-line-per-paragraph
text file in the parse worker (`ingest.worker.ParseWorker`) under several limits, and prints for
each: the outcome (the Chinese reason), seconds, the worker's peak resident memory, and the growth
of this (server) process's resident memory.

    python -m bench.hostile_files
"""

from __future__ import annotations

import resource
import tempfile
import time
import zipfile
from pathlib import Path

from bench.common import table

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A valid .docx whose document.xml expands to `megabytes` of repeated paragraphs (a few hundred KB on disk)."""
    paragraph = "<w:p><w:r><w:t>上半年组织集中学习6次，开展主题党日活动3次。</w:t></w:r></w:p>".encode()
    block = paragraph * ((1 << 20) // len(paragraph))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(megabytes):
                member.write(block)
            member.write(b"</w:body></w:document>")
    return path


def long_text(path: Path) -> Path:
    line = "上半年组织集中学习6次，开展主题党日活动3次，讲党课8次。" * 40 + "\n"
    path.write_text("超长文件\n" + line * 12_000, encoding="utf-8")
    return path


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    from assistant.ingest.pipeline import ParseLimits
    from assistant.ingest.worker import ParseWorker

    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        bomb = zip_bomb(Path(tmp) / "炸弹.docx", 210)
        small_bomb = zip_bomb(Path(tmp) / "小炸弹.docx", 150)  # under the Word reader's own 200 MB check
        text = long_text(Path(tmp) / "超长文件.txt")
        cases = [
            ("zip 炸弹，默认限制", bomb, ParseLimits()),
            ("150 MB 炸弹，不查解压大小，60 秒", small_bomb, ParseLimits(expanded_mb=0, seconds=60)),
            ("150 MB 炸弹，不查解压大小，内存 256 MB", small_bomb, ParseLimits(expanded_mb=0, memory_mb=256)),
            ("30 MB 文本，2 秒", text, ParseLimits(seconds=2)),
            ("30 MB 文本，内存 64 MB", text, ParseLimits(seconds=0, memory_mb=64)),
            ("30 MB 文本，不限", text, ParseLimits(seconds=0, memory_mb=0)),
        ]
        sizes = f"{bomb.stat().st_size // 1024} KB / {small_bomb.stat().st_size // 1024} KB"
        for label, path, limits in cases:
            before = rss_mb()
            with ParseWorker(limits) as worker:
                started = time.perf_counter()
                result, _ = worker.prepare(path)
                seconds = time.perf_counter() - started
            outcome = (
                result.error.split("：", 1)[-1][:40] if result.error else f"{result.status}，{result.chunks} 个片段"
            )
            rows.append([label, outcome, f"{seconds:.1f}", f"{worker.peak_mb:.0f}", f"{rss_mb() - before:.0f}"])
    print(table(["文件与限制", "结果", "秒", "解析进程峰值 MB", "本进程增长 MB"], rows))
    print(f"炸弹文件在磁盘上：{sizes}。解析进程峰值为 0：进程被停止，未报告（超时或超内存）。")


if __name__ == "__main__":
    main()
