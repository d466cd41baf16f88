"""assistant eval: conversation files, strict (forbid) and lax scoring, table quotes as cells, group rows."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.core.schema import Answer, Chunk
from assistant.evaluation import (
    Conversation,
    Report,
    evaluate_conversation,
    format_report,
    load_items,
    load_questions,
    quote_in,
    score_result,
)


def write(path: Path, rows: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


QUESTION = {"id": "q1", "kind": "count", "question": "讲了几次党课？", "expect": [["4", "四"]], "forbid": ["9次"]}
CONVERSATION = {
    "id": "c1",
    "turns": [
        {"question": "青禾村2022年讲了几次党课？", "expect": [["4"]], "forbid": ["9次"]},
        {"question": "那2023年呢？", "expect": [["5"]], "refuse": False},
        {"question": "2020年呢？", "expect": [], "refuse": True},
    ],
}


def test_conversation_files_are_detected_by_turns(tmp_path):
    items = load_items(write(tmp_path / "mixed.jsonl", [QUESTION, CONVERSATION]))
    assert items[0].id == "q1" and items[0].forbid == ("9次",)
    conversation = items[1]
    assert isinstance(conversation, Conversation)
    assert [t.id for t in conversation.turns] == ["c1.1", "c1.2", "c1.3"]
    assert [t.kind for t in conversation.turns] == ["turn", "turn", "refuse"]
    assert load_questions(tmp_path / "mixed.jsonl") == [items[0]]


def test_table_quotes_match_cell_by_cell():
    assert quote_in("全年合计\u300013\u300036", "全年合计｜支委会：13次｜集中学习：36次")
    assert not quote_in("全年合计\u300036\u300013", "全年合计｜支委会：13次｜集中学习：36次")
    assert quote_in("发展 党员", "发展党员")


def chunk(text: str) -> Chunk:
    return Chunk("c", "d", "青禾村党支部2022年度工作总结", "report", (), None, text, 0, len(text))


def test_forbid_makes_an_answer_wrong_strictly_but_not_laxly():
    question = load_items_from([QUESTION])[0]
    result = score_result(question, [], Answer("共4次，另有9次〔1〕", "count"), [], {}, 1.0)
    assert not result.correct and result.correct_ignoring_forbid and result.forbidden == ["9次"]
    right = score_result(question, [], Answer("共4次〔1〕", "count"), [], {}, 1.0)
    assert right.correct


def load_items_from(rows: list[dict]):
    from assistant.evaluation import question_of

    return [question_of(r) for r in rows]


class ScriptedAssistant:
    """Answers from a script and records the history each turn was asked with."""

    def __init__(self, answers: list[Answer]):
        self.answers = list(answers)
        self.histories: list[list[dict]] = []

    def ask(self, question: str, history=None, mode: str = "auto") -> Answer:
        self.histories.append(list(history or []))
        return self.answers.pop(0)


class NoRetrieval:
    def documents(self):
        return []

    def search(self, query, k=5, filters=None, hints=None):
        return []


def test_turns_are_asked_in_order_with_history_and_conversations_counted():
    from assistant.evaluation import question_of

    turns = [question_of(t, "c1", n) for n, t in enumerate(CONVERSATION["turns"], 1)]
    assistant = ScriptedAssistant(
        [
            Answer("共4次", "count"),
            Answer("共5次", "count"),
            Answer("知识库中只有2022年度的材料。", "count", refused=True),
        ]
    )
    results = evaluate_conversation(assistant, NoRetrieval(), Conversation("c1", turns))
    assert [len(h) for h in assistant.histories] == [0, 2, 4]
    assert assistant.histories[1][1] == {"role": "assistant", "content": "共4次"}
    report = Report(results)
    summary = report.conversations()
    assert summary == {
        "conversations": 1,
        "conversations_right": 1,
        "turns": 3,
        "turn_accuracy": 1.0,
        "turn_accuracy_ignoring_forbid": 1.0,
    }
    text = format_report(report)
    assert "对话：1 组、3 轮" in text and "对话轮次" in text


def test_multi_and_ocr_are_reported_as_their_own_rows():
    from assistant.evaluation import question_of

    multi = question_of({"id": "m", "kind": "count", "question": "几次？谁讲的？", "expect": ["4"], "multi": True})
    ocr = question_of({"id": "o", "kind": "fact", "question": "哪天？", "expect": ["3月"], "needs": "ocr"})
    report = Report([score_result(q, [], Answer("4", "count"), [], {}, 1.0) for q in (multi, ocr)])
    groups = report.to_json()["groups"]
    assert groups["multi"]["questions"] == 1 and groups["multi"]["answer_accuracy"] == 1.0
    assert groups["needs: ocr"]["answer_accuracy"] == 0.0


def test_refusals_have_no_citation_precision():
    """A refusal question names no evidence: its row shows — for citation precision, not 0.00."""
    from assistant.evaluation import question_of

    refuse = question_of({"id": "r", "kind": "refuse", "question": "2030年发展了几名？", "refuse": True})
    from tests.answer.support import make_chunk

    related = make_chunk("某单位2024年度工作总结", "全年发展党员3名。")  # shown beside the refusal, cited
    answer = Answer("知识库中没有2030年的材料。相关内容：全年发展党员3名〔1〕", "count", refused=True)
    report = Report([score_result(refuse, [], answer, [related], {}, 1.0)])
    assert report.to_json()["by_kind"]["refuse"]["citation_precision"] is None
