"""Same questions, same answers whether the documents are plain text or in their real formats (issue 11).

    .venv/bin/python -m scripts.format_parity                    # ../shared/corpus + ../shared/corpus-dev2
    .venv/bin/python -m scripts.format_parity --out /tmp/parity  # keep the plain copy and per-question results

Builds a plain-text twin of corpus-dev2 (one UTF-8 .txt per file, same name stem, so evidence still points at
it): .txt and .md files are copied as they are; a scan becomes the text it was rendered from (the appendix of
CORPUS-DEV2.md); every other file (.docx, .pdf, .html) becomes the text this project's loader reads from it,
one paragraph a line. No hand-made plain version of those files exists, so this shows whether the real format
itself (its title, structure, tables, page furniture) changes answers once its text is read, not whether
reading lost text: for that, compare `assistant docs --show` with the file. Both corpora are indexed on fresh
temporary indexes with the same embedder, the questions and conversations are asked of each, and the figures
are printed side by side per delivered format of the evidence document.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import tempfile
from collections import defaultdict
from pathlib import Path

from assistant.config import Settings
from assistant.evaluation import QuestionResult, evaluate, load_items
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, load
from assistant.runtime import Runtime

SHARED = Path(__file__).resolve().parents[2] / "shared"
PLAIN_SUFFIXES = (".txt", ".md")


def scan_original(corpus_notes: Path) -> str:
    """The text a scan was rendered from: the fenced block of CORPUS-DEV2.md's appendix."""
    appendix = corpus_notes.read_text(encoding="utf-8").split("## 附录", 1)[-1]
    block = re.search(r"```\n(.*?)```", appendix, re.S)
    return block.group(1) if block else ""


def plain_twin(source: Path, target: Path, scan_text: str) -> dict[str, str]:
    """Write the plain copy; returns {file stem: delivered format} for grouping the questions."""
    formats: dict[str, str] = {}
    for path in sorted(p for p in source.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES):
        out = target / path.relative_to(source).with_suffix(".txt")
        out.parent.mkdir(parents=True, exist_ok=True)
        is_scan = path.parent.name == "scans"
        formats.setdefault(path.stem, "scan" if is_scan else path.suffix.lower().lstrip("."))
        if out.exists():  # the scan comes as .pdf and .png: one plain copy
            continue
        if path.suffix.lower() in PLAIN_SUFFIXES:
            shutil.copyfile(path, out.with_suffix(path.suffix.lower()))
        elif is_scan and scan_text:
            out.write_text(scan_text, encoding="utf-8")
        else:
            document = load(path)
            title = "" if document.text.startswith(document.title) else document.title + "\n"
            out.write_text(title + document.text, encoding="utf-8")
    return formats


def group_of(result: QuestionResult, formats: dict[str, str]) -> str:
    found = {formats.get(e.get("doc", ""), "other") for e in result.question.evidence}
    if not found:
        return "refuse (no evidence)"
    return found.pop() if len(found) == 1 else "several formats"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, help="keep the plain copy and results here (default: a temporary folder)")
    args = parser.parse_args(argv)
    shared = args.shared
    items = load_items(shared / "eval" / "dev2.jsonl") + load_items(shared / "eval" / "conversations-dev.jsonl")
    with tempfile.TemporaryDirectory(prefix="parity-") as tmp:
        out = args.out or Path(tmp)
        plain = out / "corpus-dev2-plain"
        shutil.rmtree(plain, ignore_errors=True)
        formats = plain_twin(shared / "corpus-dev2", plain, scan_original(shared / "CORPUS-DEV2.md"))
        settings = Settings.from_env()
        embeddings = Runtime.from_settings(settings.with_values({"index_dir": str(out / "probe")})).kb.embeddings
        reports = {
            name: evaluate(items, settings, [shared / "corpus", folder], embeddings=embeddings)
            for name, folder in (("delivered", shared / "corpus-dev2"), ("plain", plain))
        }
    by_id = {name: {(r.question.conversation, r.question.id): r for r in rep.results} for name, rep in reports.items()}
    groups: dict[str, list[tuple[QuestionResult, QuestionResult]]] = defaultdict(list)
    for key, delivered in by_id["delivered"].items():
        groups[group_of(delivered, formats)].append((delivered, by_id["plain"][key]))
    print("| format of the evidence document | questions | right, delivered | right, plain text | same answer |")
    print("|---|---|---|---|---|")
    for name in sorted(groups, key=lambda g: (-len(groups[g]), g)):
        pairs = groups[name]
        right = [sum(pair[i].correct for pair in pairs) for i in (0, 1)]
        same = sum(a.answer == b.answer for a, b in pairs)
        print(f"| {name} | {len(pairs)} | {right[0]} | {right[1]} | {same} |")
    total = [r for pairs in groups.values() for r in pairs]
    right = [sum(pair[i].correct for pair in total) for i in (0, 1)]
    print(f"| all | {len(total)} | {right[0]} | {right[1]} | {sum(a.answer == b.answer for a, b in total)} |")
    if args.out:
        rows = [
            {"id": d.question.id, "conversation": d.question.conversation, "group": group_of(d, formats),
             "delivered": d.correct, "plain": p.correct, "answer_delivered": d.answer, "answer_plain": p.answer}
            for pairs in groups.values() for d, p in pairs
        ]  # fmt: skip
        (args.out / "parity.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
