"""Older office formats (.doc, .wps, .rtf): converted to .docx by LibreOffice, then read as Word."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from assistant.ingest.readers.base import LoadError
from assistant.ingest.readers.word import read_docx

CONVERT_TIMEOUT_SECONDS = 120
SOFFICE_NAMES = ("soffice", "libreoffice")
INSTALL_HINT = (
    "读取该格式需要 LibreOffice：请安装（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui），"
    "或在 Word/WPS 中另存为 .docx 后再导入"
)


def find_soffice() -> str | None:
    return next((found for name in SOFFICE_NAMES if (found := shutil.which(name))), None)


def read_converted(path: Path, data: bytes) -> tuple[str, str | None]:
    """Convert in a temporary folder (never next to the user's file), with a timeout."""
    soffice = find_soffice()
    if soffice is None:
        raise LoadError(path, INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="assistant-convert-") as folder:
        source = Path(folder) / f"source{path.suffix.lower()}"
        source.write_bytes(data)
        command = [soffice, "--headless", "--norestore", f"-env:UserInstallation=file://{folder}/profile"]
        command += ["--convert-to", "docx", "--outdir", folder, str(source)]
        try:
            subprocess.run(command, capture_output=True, timeout=CONVERT_TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired as exc:
            raise LoadError(
                path, f"LibreOffice 转换超时（{CONVERT_TIMEOUT_SECONDS} 秒），请另存为 .docx 后再导入"
            ) from exc
        converted = Path(folder) / "source.docx"
        if not converted.is_file():
            raise LoadError(
                path, "LibreOffice 无法转换该文件（可能已损坏或加密），请在 Word/WPS 中另存为 .docx 后再导入"
            )
        return read_docx(converted, converted.read_bytes())
