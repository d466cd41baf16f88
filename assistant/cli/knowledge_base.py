"""The knowledge base itself: building it (index), searching it without answering (search), its state (status)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from assistant.answer.routing import hints_for
from assistant.cli.base import print_json
from assistant.config import Settings
from assistant.runtime import Runtime
from assistant.search.retriever import Filters


def cmd_index(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.index.indexing import in_process, index_paths, limits_of

    if args.rebuild:
        from assistant.index.knowledge_base import wipe_index

        wipe_index(settings.index_dir)
    kb = Runtime.from_settings(settings).kb
    paths = [Path(p) for p in args.paths] or [settings.corpus_dir]
    show_progress = not (args.quiet or args.json)
    live = sys.stderr.isatty()  # a log file gets one line per file, not one line rewritten in place

    def progress(done: int, total: int, name: str) -> None:
        if show_progress and live:
            print(f"\r[{done}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)
        elif show_progress:
            print(f"[{done}/{total}] {name}", file=sys.stderr, flush=True)

    report = index_paths(kb, paths, progress, parse=in_process(limits_of(settings)))
    status = 0 if report.indexed_any or not report.errors else 1
    if show_progress and live:
        print(file=sys.stderr)
    if args.json:
        totals = {name: report.count(name) for name in ("added", "updated", "unchanged", "removed", "error")}
        print_json(
            {
                "files": [asdict(result) for result in report.results],
                "totals": totals,
                "seconds": round(report.seconds, 3),
                "documents": len(kb.documents()),
                "chunks": kb.chunk_count(),
            }
        )
        return status
    for result in report.results:
        if result.status == "error":
            print(f"✗ {result.error}", file=sys.stderr)
        elif result.status != "unchanged" or args.verbose:
            print(
                f"{ {'added': '+', 'updated': '~', 'removed': '-', 'unchanged': '='}[result.status] } "
                f"{result.title}（{result.chunks} 段）"
            )
    print(f"索引完成：{report.summary()}。共 {len(kb.documents())} 个文档、{kb.chunk_count()} 个片段。")
    return status


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    runtime = Runtime.from_settings(settings)
    kb = runtime.kb
    filters = Filters(kinds=tuple(args.kind or ()), title=args.doc or "")
    results = runtime.retriever.search(args.query, args.k, filters, hints=hints_for(args.query))
    if args.json:
        print_json({"retrieved": [e.to_json() for e in results]})
        return 0
    if not results:
        print("没有找到相关内容。" + ("" if kb.documents() else "知识库为空，请先运行 assistant index。"))
    for rank, e in enumerate(results, 1):
        print(f"{rank}. [{e.score:.4f}] 《{e.chunk.doc_title}》 {e.chunk.location}")
        print(f"   {e.chunk.text[:200]}")
    return 0


def cmd_status(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.answer.llm import llm_status

    kb = Runtime.from_settings(settings).kb
    rows = {
        "索引位置": settings.chroma_url or str(settings.index_dir),
        "文档数": str(len(kb.documents())),
        "片段数": str(kb.chunk_count()),
        "回答方式": llm_status(settings, probe=True),  # asks the LLM server now whether it is up
    }
    print_json(rows) if args.json else print("\n".join(f"{k}：{v}" for k, v in rows.items()))
    return 0
