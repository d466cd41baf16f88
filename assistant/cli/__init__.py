"""Command line: a thin layer over the library (index, search, docs, ask, chat, eval, serve).

The parser and `main` (the `assistant` console script) are here; each command lives in the module of its role.
"""

from __future__ import annotations

import argparse
import os
import sys

from assistant.accounts.commands import add_commands as add_account_commands
from assistant.cli.answering import cmd_ask, cmd_chat
from assistant.cli.documents import cmd_docs
from assistant.cli.evaluating import cmd_eval
from assistant.cli.knowledge_base import cmd_index, cmd_search, cmd_status
from assistant.cli.serving import cmd_serve
from assistant.config import Settings
from assistant.core.errors import AssistantError


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
