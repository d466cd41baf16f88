"""OCR speed: seconds per scanned page (rapidocr-onnxruntime, bundled PP-OCR models) on this machine.

    .venv/bin/python -m bench.ocr [--rounds 3] [FILE ...]   # default: the scans of ../shared/corpus-dev2

Loads the engine once (reported apart), then recognises each page `rounds` times through the same path as
indexing (`assistant.ingest.ocr`), and prints the median and the range per page, with the machine's cores.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from bench.common import SHARED, machine

DEFAULT_SCANS = sorted((SHARED / "corpus-dev2" / "scans").glob("*"))


def main(argv: list[str] | None = None) -> int:
    from assistant.ingest import ocr

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT_SCANS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    ocr.engine()
    print(f"{machine()}\nengine load: {time.perf_counter() - started:.1f} s")
    print("| file | pages | seconds per page (median) | min–max | confidence |\n|---|---|---|---|---|")
    for path in args.files:
        data = path.read_bytes()
        read = ocr.ocr_pdf if path.suffix.lower() == ".pdf" else ocr.ocr_image
        times, result = [], None
        for _ in range(args.rounds):
            started = time.perf_counter()
            result = read(path, data)
            times.append((time.perf_counter() - started) / len(result.pages))
        print(
            f"| {path.name} | {len(result.pages)} | {statistics.median(times):.1f} | "
            f"{min(times):.1f}–{max(times):.1f} | {result.confidence:.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
