"""Answering questions: one (ask, also a batch from stdin or a Word file) or a conversation in the terminal (chat)."""

from __future__ import annotations

import argparse
import sys

from assistant.accounts.knowledge_bases import Membership
from assistant.answer.draft_options import with_length
from assistant.answer.pipeline import Assistant, render
from assistant.cli.base import UserError, print_json
from assistant.config import Settings
from assistant.core.schema import Answer
from assistant.present.docx import write_docx
from assistant.runtime import Runtime
from assistant.search.retriever import QueryError


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
