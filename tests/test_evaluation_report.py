"""assistant eval: turns asked with history, table rows (kinds, turns, groups), the printed report, warm-up."""

from __future__ import annotations

from assistant.config import Settings
from assistant.core.schema import Answer
from assistant.evaluation import (
    WARMUP_QUESTION,
    Conversation,
    Report,
    evaluate,
    evaluate_conversation,
    format_report,
    question_of,
    running,
    score_result,
)
from assistant.evaluation.reporting import width
from assistant.index.knowledge_base import KnowledgeBase
from assistant.index.vectors import InMemoryVectorIndex
from assistant.runtime import Runtime
from assistant.search.retriever import Retriever
from tests.answer.support import make_chunk
from tests.fakes import FakeEmbeddings

CONVERSATION = {
    "id": "c1",
    "turns": [
        {"question": "青禾村2022年讲了几次党课？", "expect": [["4"]], "forbid": ["9次"]},
        {"question": "那2023年呢？", "expect": [["5"]], "refuse": False},
        {"question": "2020年呢？", "expect": [], "refuse": True},
    ],
}


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
    second = results[1].to_json()  # a turn in --json says where it stands and what was expected
    assert (second["conversation"], second["turn"], second["expect"]) == ("c1", 2, turns[1].expect)


def test_multi_and_ocr_are_reported_as_their_own_rows():
    multi = question_of({"id": "m", "kind": "count", "question": "几次？谁讲的？", "expect": ["4"], "multi": True})
    ocr = question_of({"id": "o", "kind": "fact", "question": "哪天？", "expect": ["3月"], "needs": "ocr"})
    report = Report([score_result(q, [], Answer("4", "count"), [], {}, 1.0) for q in (multi, ocr)])
    groups = report.to_json()["groups"]
    assert groups["multi"]["questions"] == 1 and groups["multi"]["answer_accuracy"] == 1.0
    assert groups["needs: ocr"]["answer_accuracy"] == 0.0


def test_refusals_have_no_citation_precision():
    """A refusal question names no evidence: its row shows — for citation precision, not 0.00."""
    refuse = question_of({"id": "r", "kind": "refuse", "question": "2030年发展了几名？", "refuse": True})

    related = make_chunk("某单位2024年度工作总结", "全年发展党员3名。")  # shown beside the refusal, cited
    answer = Answer("知识库中没有2030年的材料。相关内容：全年发展党员3名〔1〕", "count", refused=True)
    report = Report([score_result(refuse, [], answer, [related], {}, 1.0)])
    assert report.to_json()["by_kind"]["refuse"]["citation_precision"] is None


def result(
    raw: dict, text: str, refused: bool = False, conversation: str | None = None, position: int = 0, resolved: str = ""
):
    question = question_of(raw, conversation, position)
    answer = Answer(text, "count", refused=refused, resolved_question=resolved)
    return score_result(question, [], answer, [], {}, 1.0)


def mixed_report() -> Report:
    """Two counts, a lookup of an article that does not exist, a refuse question, and a three-turn conversation."""
    return Report(
        [
            result({"id": "q1", "kind": "count", "question": "几次？", "expect": ["4次"]}, "共4次〔1〕"),
            result({"id": "q2", "kind": "count", "question": "几名？", "expect": ["1名"]}, "共58名〔1〕"),
            result({"id": "q3", "kind": "lookup", "question": "第五十条？", "refuse": True}, "没有第五十条。", True),
            result({"id": "q4", "kind": "refuse", "question": "2030年？", "refuse": True}, "共3次〔1〕"),
            result(CONVERSATION["turns"][0], "共4次", conversation="c1", position=1),
            result(CONVERSATION["turns"][1], "没有找到。", True, "c1", 2, "青禾村2023年讲了几次党课？"),
            result(CONVERSATION["turns"][2], "没有2020年的材料。", True, "c1", 3),
        ],
        chunks=12,
        documents=3,
        index_location="/srv/index",
    )


def test_kind_rows_hold_single_questions_only_and_add_up():
    data = mixed_report().to_json()
    assert {k: m["questions"] for k, m in data["by_kind"].items()} == {"count": 2, "lookup": 1, "refuse": 1}
    assert data["turns"]["questions"] == 3
    assert sum(m["questions"] for m in data["by_kind"].values()) + data["turns"]["questions"] == 7
    assert data["by_kind"]["count"]["answer_accuracy"] == 0.5  # 58名〔1〕 is not 1名
    assert data["by_kind"]["lookup"]["refusal_accuracy"] == 1.0  # the refusing lookup stays a lookup


def test_refusal_row_counts_every_item_that_should_be_refused():
    groups = mixed_report().to_json()["groups"]
    refusals = groups["refuse: true"]
    assert refusals["questions"] == 3  # the lookup, the refuse question and the refusing turn
    assert refusals["refusal_accuracy"] == round(2 / 3, 4)  # q4 answered instead of refusing
    assert groups["followups"]["questions"] == 2
    assert mixed_report().metrics()["wrongly_refused"] == 1  # turn 2 had an answer


def test_turn_rows_give_strict_and_lax_accuracy():
    report = mixed_report()
    turns = report.to_json()["turns"]
    assert turns["answer_accuracy"] == round(2 / 3, 4)
    assert report.conversations()["conversations_right"] == 0


def test_the_report_names_its_index_and_says_what_rows_count():
    text = format_report(mixed_report())
    assert text.splitlines()[0] == "索引：/srv/index（现有索引），3 个文档、12 个片段"
    assert "全部 = 4 个单个问题 + 3 个对话轮次" in text
    assert "合计 4（refuse:true 的其他类问题留在本类：lookup 1 个）" in text
    assert "含应拒答的 1 轮" in text and "（以下各行与上面重叠）" in text
    row = next(line for line in text.splitlines() if line.startswith("应拒答"))
    assert row.split()[1] == "3"
    assert "- q2（缺少期望内容）几名？ → 共58名〔1〕" in text and "- q4（应拒答未拒答）2030年？ → 共3次〔1〕" in text


def test_a_missed_turn_shows_how_it_was_read_and_what_was_expected():
    lines = format_report(mixed_report()).splitlines()
    turn = lines.index("- c1.2（误拒）那2023年呢？ → 没有找到。")
    assert lines[turn + 1 : turn + 3] == ["  按上文理解为：青禾村2023年讲了几次党课？", "  期望：5"]
    q2 = lines.index("- q2（缺少期望内容）几名？ → 共58名〔1〕")
    assert lines[q2 + 1] == "  期望：1名"  # a question read as typed shows no rewrite


def test_table_columns_line_up_under_chinese_names():
    lines = format_report(mixed_report()).splitlines()
    table = [line for line in lines if line.startswith(("类别", "全部", "数字 count", "对话轮次", "应拒答"))]
    assert len(table) == 5 and len({width(line) for line in table}) == 1


class RecordingAssistant:
    """The real assistant, recording the questions asked."""

    def __init__(self, assistant):
        self.assistant = assistant
        self.asked: list[str] = []

    def ask(self, question: str, history=None, mode: str = "auto") -> Answer:
        self.asked.append(question)
        return self.assistant.ask(question, history, mode)


def test_evaluate_warms_up_untimed_and_reports_the_index(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "青禾村党支部2023年度工作总结.txt").write_text(
        "青禾村党支部2023年度工作总结\n全年召开支部委员会12次，讲党课4次。\n", encoding="utf-8"
    )
    recorders: list[RecordingAssistant] = []

    def fake_runtime(settings: Settings, embeddings=None) -> Runtime:
        kb = KnowledgeBase(settings, FakeEmbeddings(), InMemoryVectorIndex())
        runtime = Runtime(settings, kb, Retriever(kb))
        recorders.append(RecordingAssistant(runtime.assistant))
        runtime.__dict__["assistant"] = recorders[-1]  # replaces the cached property
        return runtime

    monkeypatch.setattr(running.Runtime, "from_settings", fake_runtime)
    question = question_of({"id": "q1", "kind": "count", "question": "2023年讲了几次党课？", "expect": ["4次"]})
    report = evaluate([question], Settings(index_dir=tmp_path / "unused"), corpus)
    assert recorders[0].asked == [WARMUP_QUESTION, "2023年讲了几次党课？"]
    assert [r.question.id for r in report.results] == ["q1"] and report.results[0].correct
    assert report.warmup_ms is not None and report.documents == 1 and report.chunks >= 1
    assert report.corpora == [str(corpus.resolve())] and report.index_location.endswith("index")
    text = format_report(report)
    assert f"由 {corpus.resolve()} 新建的临时索引" in text and "1 个文档" in text
    assert "先答 1 个预热问题（不计时" in text
