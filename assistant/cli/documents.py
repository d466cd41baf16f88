"""The documents indexed (docs): the list with each document's profile, and how one was read (docs --show)."""

from __future__ import annotations

import argparse

from assistant.cli.base import UserError, print_json
from assistant.config import Settings
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
from assistant.search.scope import GENRE_NAMES
from assistant.search.source import DocRecord


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
