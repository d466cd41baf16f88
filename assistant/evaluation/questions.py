"""Question sets and conversations in the shared/eval schema, read from JSONL files.

A file is read as conversations when its lines have a `turns` field: the turns are asked in
order, each with the earlier questions and answers as history.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.core.errors import AssistantError

# The kinds of single questions, in table order; a file may name others (they are reported after these).
KINDS = ("count", "fact", "list", "lookup", "cited", "draft", "refuse")
TURN = "turn"  # the kind of a conversation turn that names none


class EvalFileError(AssistantError):
    """A question file cannot be used; str() names the file, line and field (Chinese)."""


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    question: str
    expect: list
    evidence: list[dict]
    refuse: bool
    forbid: tuple[str, ...] = ()
    multi: bool = False
    needs: str | None = None
    conversation: str | None = None  # the conversation a turn belongs to
    position: int = 0  # 1-based turn number within it

    @property
    def is_turn(self) -> bool:
        return self.conversation is not None


@dataclass(frozen=True)
class Conversation:
    id: str
    turns: list[Question]


EvalItem = Question | Conversation


def question_of(raw: dict, conversation: str | None = None, position: int = 0) -> Question:
    """One question, or turn `position` of `conversation`; a turn keeps the kind it names, else is a TURN."""
    kind = raw.get("kind") or ("" if conversation is None else TURN)
    return Question(
        f"{conversation}.{position}" if conversation else str(raw["id"]),
        kind,
        raw["question"],
        raw.get("expect", []),
        raw.get("evidence", []),
        bool(raw.get("refuse", False)) or kind == "refuse",
        tuple(raw.get("forbid", ())),
        bool(raw.get("multi", False)),
        raw.get("needs"),
        conversation,
        position,
    )


def load_items(path: Path) -> list[EvalItem]:
    """Questions, or conversations (lines with `turns`), from a JSONL file."""
    items: list[EvalItem] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalFileError(f"无法读取问题文件 {path}：{exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if "turns" in raw:
                cid = str(raw["id"])
                items.append(Conversation(cid, [question_of(t, cid, n) for n, t in enumerate(raw["turns"], 1)]))
            else:
                items.append(question_of(raw))
        except json.JSONDecodeError as exc:
            raise EvalFileError(f"{path} 第 {number} 行不是有效的 JSON：{exc.msg}") from exc
        except KeyError as exc:
            raise EvalFileError(f"{path} 第 {number} 行缺少字段 {exc.args[0]}") from exc
        except (TypeError, AttributeError) as exc:  # a list or a bare string where an object belongs
            raise EvalFileError(
                f"{path} 第 {number} 行的格式不对：每行应是一个问题对象（含 id、question 等字段）或含 turns 的对话。"
            ) from exc
    return items


def load_questions(path: Path) -> list[Question]:
    """The single questions of a file (conversations are left out)."""
    return [item for item in load_items(path) if isinstance(item, Question)]
