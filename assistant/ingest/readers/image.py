"""Scanned pages saved as images (.png, .jpg, .tif): their text comes from OCR."""

from __future__ import annotations

from pathlib import Path


def read_image(path: Path, data: bytes) -> tuple[str, str | None]:
    from assistant.ingest.ocr import ocr_image  # lazy: the OCR models load only for images

    return ocr_image(path, data).text, None
