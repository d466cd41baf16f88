"""Command line: a thin layer over the library (index, search, docs, ask, chat, eval, serve)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

from assistant.accounts.commands import add_commands as add_account_commands
from assistant.accounts.commands import has_accounts
from assistant.accounts.knowledge_bases import Membership
from assistant.answer.draft_options import with_length
from assistant.answer.pipeline import Assistant, render
from assistant.answer.routing import hints_for
from assistant.config import Settings
from assistant.core.errors import AssistantError
from assistant.core.schema import Answer
from assistant.present.docx import write_docx
from assistant.runtime import Runtime
from assistant.search.preview import (
    KIND_NAMES,
    DocumentSource,
    PreviewError,
    document_preview,
    ocr_warning,
    render_preview,
    shown_names,
)
from assistant.search.retriever import Filters, QueryError
from assistant.search.scope import GENRE_NAMES
from assistant.search.source import DocRecord


class UserError(AssistantError):
    """Printed as-is (Chinese) with exit status 2; never a traceback."""


def print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


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


def cmd_docs(args: argparse.Namespace, settings: Settings) -> int:
    kb = Runtime.from_settings(settings).kb
    if args.show:
        return show_document(kb, args.show, args.json)
    docs = kb.documents()
    if args.json:
        print_json({"documents": [d.to_json() for d in docs]})
        return 0
    if not docs:
        print("知识库为空，请先运行 assistant index。")
    for d in docs:
        print(f"{KIND_NAMES.get(d.kind, d.kind)}\t{d.n_chunks:>4} 段\t{d.title}\t{d.source}")
        if d.profile and d.kind != "regulation":
            print(f"\t{profile_line(d)}")
        if warning := ocr_warning(d.ocr_confidence):
            print(f"\t⚠ {warning}（assistant docs --show 查看识别结果）")
    print(f"共 {len(docs)} 个文档、{kb.chunk_count()} 个片段；索引目录 {settings.index_dir}。")
    return 0


def show_document(kb: DocumentSource, name: str, as_json: bool) -> int:
    """`assistant docs --show NAME`: how one document was read (查看原文)."""
    try:
        preview = document_preview(kb, name)
    except PreviewError as exc:
        raise UserError(str(exc)) from exc
    if as_json:
        print_json(preview.to_json())
    else:
        print(render_preview(preview))
    return 0


def profile_line(record: DocRecord) -> str:
    """单位、期间、体裁、落款 of a document, as `assistant docs` shows them."""
    profile = record.profile
    parts = [
        f"单位：{profile.organisation or '—'}",
        f"简称：{'、'.join(shown_names(record)) or '—'}",
        f"期间：{'、'.join(p.label for p in profile.periods) or '—'}",
        f"体裁：{GENRE_NAMES.get(profile.genre, profile.genre)}",
    ]
    if profile.plan_periods:
        parts.append(f"计划期间：{'、'.join(p.label for p in profile.plan_periods)}")
    if profile.recalled:
        parts.append(f"回顾往年：{'、'.join(p.label for p in profile.recalled)}")
    if profile.issuer or profile.date:
        parts.append(f"落款：{profile.issuer or '—'} {profile.date}".strip())
    return "；".join(parts)


def answer_one(
    assistant: Assistant, question: str, as_json: bool, mode: str = "auto", show_reasoning: bool = False
) -> Answer:
    """Print one answer; a question that cannot be asked raises QueryError (exit 2), with or without --json.

    A reasoning model's thinking is printed (or put in the JSON) only when asked for."""
    answer = assistant.ask(question, None, mode)
    if as_json:
        data = answer.to_json()
        if not show_reasoning:
            data.pop("reasoning", None)
        print_json({"question": question, **data})
    else:
        print_reasoning(answer, show_reasoning)
        print(render(answer), flush=True)
    return answer


def print_reasoning(answer: Answer, show_reasoning: bool) -> None:
    if show_reasoning and answer.reasoning:
        print(f"【思考过程】\n{answer.reasoning}\n【回答】", flush=True)


def answering_runtime(settings: Settings) -> Runtime:
    runtime = Runtime.from_settings(settings)
    if not runtime.kb.documents():
        raise UserError("知识库为空，请先运行 assistant index 导入文档。")
    return runtime


def within_kbs(runtime: Runtime, kbs: list[str] | None) -> Assistant:
    """The assistant over only the knowledge bases named by --kb (all of them without)."""
    if not kbs:
        return runtime.assistant
    membership = Membership(runtime.kb.documents(), runtime.settings.corpus_dir)
    unknown = sorted(set(kbs) - membership.names())
    if unknown:
        raise UserError(f"这些知识库中没有已索引的文档：{'、'.join(unknown)}。用 assistant kb list 查看知识库。")
    return Assistant(runtime.retriever.restricted(membership.doc_ids(kbs)), runtime.assistant.llm)


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.question == "-" and args.docx:
        raise UserError("--docx 只能导出单个问题的回答，不能与“-”（从标准输入读取多个问题）同时使用。")
    question = with_length(args.question, args.length) if args.length else args.question  # a bad --length: now
    assistant = within_kbs(answering_runtime(settings), args.kb)
    if args.question == "-":  # one question per stdin line, one JSON line each; a bad line does not end the batch
        for line in sys.stdin:
            if line.strip():
                try:
                    answer_one(assistant, line.strip(), True, args.mode, args.show_reasoning)
                except QueryError as exc:
                    print_json({"error": str(exc), "question": line.strip()})
        return 0
    answer = answer_one(assistant, question, args.json, args.mode, args.show_reasoning)
    if args.docx:
        if answer.refused:  # a refusal is no material to hand in
            print("没有找到能回答的内容，未导出 Word 文件。", file=sys.stderr)
            return 0
        written = write_docx(answer, args.docx, question=question)
        print(f"已导出 Word 文件：{written.resolve()}", file=sys.stderr)
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


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    runtime = answering_runtime(settings)
    assistant = within_kbs(runtime, args.kb)
    print(f"党建知识助手（{len(runtime.kb.documents())} 个文档，{assistant.backend}）。输入问题，空行或 Ctrl-D 退出。")
    history: list[dict] = []
    while True:
        try:
            question = input("问：").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        try:
            answer = assistant.ask(question, history, args.mode)
        except QueryError as exc:
            print(f"提示：{exc}")
            continue
        print_reasoning(answer, args.show_reasoning)
        print(render(answer) + "\n", flush=True)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


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


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    host = args.host or settings.host
    port = args.port or settings.port
    if host not in ("127.0.0.1", "localhost", "::1") and not settings.auth and not has_accounts(settings):
        print(
            f"提示：监听 {host} 时局域网内他人可访问，建议用 assistant users add 建立账号（或设置 ASSISTANT_AUTH）启用登录。",
            file=sys.stderr,
        )
    from assistant.web.listen import check_can_listen
    from assistant.web.state import Backend

    check_can_listen(host, port)  # a busy port: said now, in Chinese, before anything loads
    # Open the index and load the models in the background while gradio is imported.
    backend = Backend.start(settings.with_values({"host": host, "port": port}))
    from assistant.web.app import serve

    serve(backend)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="党建知识助手（离线）")
    parser.add_argument("--index-dir", help="索引目录（默认 index/，或 ASSISTANT_INDEX_DIR）")
    parser.add_argument("--chroma-url", help="Chroma 服务地址（默认使用本地索引）")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("index", help="索引文件或文件夹（默认 corpus/），增量更新")
    p.add_argument("paths", nargs="*")
    p.add_argument("--rebuild", action="store_true", help="删除现有索引后完整重建")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--verbose", action="store_true", help="也列出未变化的文件")
    p.add_argument("--json", action="store_true", help="输出一个 JSON 对象：逐个文件的结果与合计")
    p.set_defaults(func=cmd_index)

    p = sub.add_parser("search", help="检索相关片段（不生成回答）")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("--kind", action="append", choices=["report", "regulation", "other"])
    p.add_argument("--doc", help="只在标题包含该文字的文档中检索")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="提问，给出带引用的回答")
    p.add_argument("question", help="问题；用 - 表示从标准输入逐行读取问题（每行输出一行 JSON）")
    p.add_argument("--json", action="store_true")
    p.add_argument("--mode", choices=["auto", "qa", "draft", "lookup"], default="auto")
    p.add_argument("--show-reasoning", action="store_true", help="也显示推理模型的思考过程（不作为回答）")
    p.add_argument("--docx", metavar="FILE", help="把回答按公文格式导出为 Word 文件（.docx）")
    p.add_argument("--length", help="起草篇幅：一段、一篇或字数（如 300）")
    p.add_argument(
        "--kb", action="append", help="只在该知识库（语料下的子文件夹；公共 为直接放在语料中的文件）中回答，可重复"
    )
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="终端对话（支持追问）")
    p.add_argument("--mode", choices=["auto", "qa", "draft", "lookup"], default="auto")
    p.add_argument("--show-reasoning", action="store_true", help="也显示推理模型的思考过程（不作为回答）")
    p.add_argument("--kb", action="append", help="只在该知识库中回答，可重复")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser(
        "eval",
        help="用问题集评测检索与回答",
        description="每行一个 JSON：问题 {id, kind, question, expect, forbid, refuse, evidence}；"
        "对话 {id, turns: [同样字段的问题…]}，逐轮带上前面的问答作为历史。字段含义见 README“评测结果”一节。",
    )
    p.add_argument(
        "files", nargs="+", help="JSONL 问题文件或对话文件（含 turns），可给多个（格式见 README“评测结果”一节）"
    )
    p.add_argument("--corpus", action="append", help="在这些文件夹的临时新索引上评测，可重复给出（默认用当前索引）")
    p.add_argument(
        "--json",
        action="store_true",
        help="输出 JSON：各项指标，以及每题（对话轮次含 conversation、turn）的回答、期望和判分",
    )
    p.add_argument(
        "--save", metavar="文件", help="同时把 --json 的全部结果写入该文件（表格照常显示），便于查看回答全文"
    )
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("serve", help="启动网页界面和 OpenAI 兼容接口（默认 http://127.0.0.1:7860，接口在 /v1）")
    p.add_argument("--host", help="监听地址（默认 127.0.0.1，或 ASSISTANT_HOST）")
    p.add_argument("--port", type=int, help="端口（默认 7860，或 ASSISTANT_PORT）")
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("status", help="显示索引与回答方式（配置了大模型时检查能否连接）")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("docs", help="列出已索引的文档")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--show", metavar="NAME", help="查看原文：显示该文档（标题、文件名或其中一段文字）是怎样读取和分段的"
    )
    p.set_defaults(func=cmd_docs)
    add_account_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
        overrides = {"index_dir": args.index_dir, "chroma_url": args.chroma_url}
        settings = settings.with_values({k: v for k, v in overrides.items() if v})
        status = args.func(args, settings)
        sys.stdout.flush()  # here, so that a reader gone (`| head`) is caught below rather than reported at exit
        return status
    except AssistantError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\n已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `assistant docs | head`: the reader left; no traceback, no flush error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
