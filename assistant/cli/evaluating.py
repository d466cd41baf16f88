"""Evaluation of retrieval and answers over question files (eval), on the current index or fresh corpora."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from assistant.cli.base import UserError, print_json
from assistant.config import Settings


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.evaluation import EvalFileError, evaluate, format_report, load_items

    paths = [Path(f) for f in args.files]
    for path in paths:
        if not path.is_file():
            raise UserError(f"找不到问题文件 {path}。")
    corpora = [Path(c) for c in args.corpus or []]
    for corpus in corpora:
        if not corpus.is_dir():
            raise UserError(f"找不到语料文件夹 {corpus}。")
    saved = Path(args.save) if args.save else None
    if saved and not saved.parent.is_dir():  # said before the run, not after minutes of answering
        raise UserError(f"--save 的文件夹 {saved.parent} 不存在，请先建好或换一个路径。")
    try:
        questions = [item for path in paths for item in load_items(path)]
    except EvalFileError as exc:
        raise UserError(str(exc)) from exc

    live = sys.stderr.isatty()  # a log file gets no line rewritten in place 162 times

    def progress(done: int, total: int, name: str) -> None:
        if live:
            print(f"\r[{done}/{total}] {name:<20}", end="", file=sys.stderr, flush=True)

    report = evaluate(questions, settings, corpora, progress)
    if live:
        print(file=sys.stderr)
    print_json(report.to_json()) if args.json else print(format_report(report))
    if saved:
        try:
            saved.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        except OSError as exc:
            raise UserError(f"无法写入 {saved}（{exc.strerror}），请换一个路径。") from exc
        print(f"逐题结果（JSON，含回答全文）已写入 {saved}", file=sys.stderr)
    return 0
