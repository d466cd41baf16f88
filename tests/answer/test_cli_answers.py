"""`assistant ask / chat / eval` end to end, in-process, on a temporary index of fixture documents."""

from __future__ import annotations

import io
import json

import pytest

from assistant.cli import main
from tests.corpus import write_corpus
from tests.support import cli_on_fixture_corpus

pytestmark = pytest.mark.slow  # the real embedder and Chroma


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    with cli_on_fixture_corpus(tmp_path_factory.mktemp("cli-answers")) as root:
        yield root


def test_ask_json(env, capsys):
    capsys.readouterr()
    assert main(["ask", "2023年上半年讲党课几次？", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "6次" in data["answer"] and data["kind"] == "count" and data["refused"] is False
    assert data["citations"][0]["doc"] == "2023年上半年机关党建工作报告"
    assert data["retrieved"] and data["ms"] >= 0


def test_ask_text_ends_with_sources(env, capsys):
    capsys.readouterr()
    assert main(["ask", "《纪律处分条例》第三条"]) == 0
    out = capsys.readouterr().out
    assert "（一）警告" in out and "来源：" in out and "第三条" in out


def test_ask_reads_questions_from_stdin(env, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("2023年上半年召开了几次党委会？\n\n   \n上半年发展了多少名新党员？\n"))
    capsys.readouterr()
    assert main(["ask", "-"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2
    assert "4次" in lines[0]["answer"] and lines[1]["refused"] is True


@pytest.mark.parametrize("question", ["", "   ", "？！。", "党" * 10_000])
def test_bad_questions_get_a_chinese_message(env, capsys, question):
    code = main(["ask", question])
    err = capsys.readouterr().err
    if question.strip("？！。 ") or len(question) > 100:
        assert code in (0, 2)
        assert "Traceback" not in err
    else:
        assert code == 2 and "错误：问题" in err


def test_chat_keeps_the_conversation(env, capsys, monkeypatch):
    answers = iter(["2023年上半年讲党课几次？", "那党支部书记呢？", ""])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "6次" in out and "党支部书记讲党课2次" in out


def test_eval_prints_metrics(env, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    rows = [
        {
            "id": "q1",
            "kind": "count",
            "question": "上半年讲党课几次？",
            "expect": [["6", "六"]],
            "evidence": [{"doc": "机关党建工作报告", "quote": "党委班子成员讲党课4次"}],
        },
        {
            "id": "q2",
            "kind": "refuse",
            "question": "上半年发展了多少名新党员？",
            "refuse": True,
            "expect": [],
            "evidence": [],
        },
    ]
    questions.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    corpus = write_corpus(tmp_path / "corpus", with_old_revision=False)
    assert main(["eval", str(questions), "--corpus", str(corpus), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    overall = data["overall"]
    assert overall["answer_accuracy"] == 1.0 and overall["refusal_accuracy"] == 1.0
    assert overall["hit@5"] == 1.0 and overall["unsupported_numbers"] == 0
    assert data["by_kind"]["count"]["questions"] == 1
    index = data["index"]
    assert index["temporary"] and index["corpora"] == [str(corpus.resolve())] and index["documents"] >= 1
    assert data["warmup_ms"] is not None  # asked before the timed questions


def test_eval_saves_the_full_json_beside_the_table(env, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    row = {"id": "q1", "kind": "count", "question": "上半年讲党课几次？", "expect": [["6", "六"]], "evidence": []}
    questions.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    saved = tmp_path / "result.json"
    assert main(["eval", str(questions), "--save", str(saved)]) == 0
    out, err = capsys.readouterr()
    assert "答对率" in out and str(saved) in err  # the table is printed as without --save
    item = json.loads(saved.read_text(encoding="utf-8"))["questions"][0]
    assert item["id"] == "q1" and "6次" in item["answer"]


def test_eval_refuses_a_save_path_in_a_missing_folder_before_answering(env, tmp_path, capsys):
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"id": "q1", "question": "上半年讲党课几次？"}, ensure_ascii=False), encoding="utf-8"
    )
    assert main(["eval", str(questions), "--save", str(tmp_path / "no" / "r.json")]) == 2
    assert "--save 的文件夹" in capsys.readouterr().err


def test_eval_rejects_a_broken_question_file(env, tmp_path, capsys):
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "x", "question": "…"}\n{not json\n', encoding="utf-8")
    assert main(["eval", str(broken)]) == 2
    assert "第 2 行" in capsys.readouterr().err
