"""assistant eval: reading sets, strict (forbid) and lax scoring, what an answer's text is matched against."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.core.schema import Answer
from assistant.evaluation import (
    Conversation,
    EvalFileError,
    load_items,
    load_questions,
    question_of,
    quote_in,
    score_result,
)
from assistant.evaluation.scoring import statement


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
    assert [t.kind for t in conversation.turns] == ["turn", "turn", "turn"]  # a refusing turn is still a turn
    assert [t.refuse for t in conversation.turns] == [False, False, True]
    assert load_questions(tmp_path / "mixed.jsonl") == [items[0]]


def test_a_line_that_is_no_question_object_is_named(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(QUESTION, ensure_ascii=False) + '\n["q2", "几次？"]\n', encoding="utf-8")
    with pytest.raises(EvalFileError, match="第 2 行的格式不对"):
        load_items(path)


def test_table_quotes_match_cell_by_cell():
    assert quote_in("全年合计\u300013\u300036", "全年合计｜支委会：13次｜集中学习：36次")
    assert not quote_in("全年合计\u300036\u300013", "全年合计｜支委会：13次｜集中学习：36次")
    assert quote_in("发展 党员", "发展党员")


def test_forbid_makes_an_answer_wrong_strictly_but_not_laxly():
    question = question_of(QUESTION)
    result = score_result(question, [], Answer("共4次，另有9次〔1〕", "count"), [], {}, 1.0)
    assert not result.correct and result.correct_ignoring_forbid and result.forbidden == ["9次"]
    right = score_result(question, [], Answer("共4次〔1〕", "count"), [], {}, 1.0)
    assert right.correct


def scored(expect: list, text: str, refused: bool = False, refuse: bool = False, forbid: tuple = ()):
    question = question_of({"id": "x", "kind": "count", "question": "几名？", "expect": expect, "refuse": refuse})
    question = replace(question, forbid=forbid)
    return score_result(question, [], Answer(text, "count", refused=refused), [], {}, 1.0)


def test_citation_marks_are_not_figures():
    """An expected "1" is not matched by the mark 〔1〕 (a tester's wrong answer passed that way)."""
    assert not scored([["1", "一"]], "党总支共有党员58名〔1〕。").correct
    assert scored([["1", "一"]], "共发展党员1名〔1〕。").correct
    assert scored(["北新党发〔2024〕5号"], "依据北新党发〔2024〕5号〔1〕").correct  # a document number is no mark


@pytest.mark.parametrize(
    ("expect", "text"),
    [
        ("6", "共16次〔1〕"),
        ("6", "2016年以来"),
        ("6", "完成率6.5%"),
        ("2名", "比去年少312名"),
        ("98", "达到98.5%"),
        ("200", "经费1,200元"),
        ("三", "共十三次"),
        ("十", "共十五次"),
    ],
)
def test_a_figure_is_not_matched_inside_a_longer_one(expect, text):
    assert not scored([expect], text).correct


@pytest.mark.parametrize(
    ("expect", "text"),
    [
        ("6", "共6次〔1〕"),
        ("6次", "讲党课6次，"),
        ("2万元", "缴纳党费2万元"),
        ("98.5%", "达到98.5%。"),
        ("三", "第三季度召开三次"),
        ("二十大", "学习党的二十大精神"),
        ("2024", "2024年上半年"),
    ],
)
def test_whole_figures_still_match(expect, text):
    assert scored([expect], text).correct


def test_a_refusal_is_judged_by_its_statement_not_its_reference_tail():
    refusal = "知识库中没有找到能回答这个问题的内容。\n相关内容（仅供参考，并非所问的数字）：全年发展党员3名〔1〕"
    answer = Answer(refusal, "count", refused=True)
    assert statement(answer) == "知识库中没有找到能回答这个问题的内容。"
    # A refused answer to an answerable question is wrong, though the figure is in the quoted passage.
    assert not scored(["3名"], refusal, refused=True).correct
    # A refusal expected to say what exists must say it itself, not in the quoted passage.
    assert not scored(["3名"], refusal, refused=True, refuse=True).correct_ignoring_forbid
    assert scored([], refusal, refused=True, refuse=True).correct


def test_forbid_strings_count_in_everything_shown():
    """第五十条呢？ refused, but quoting the wrong article's 灯下黑: the forbid string makes it wrong."""
    refusal = "知识库中没有第五十条。\n相关内容（仅供参考）：坚决防止“灯下黑”〔1〕"
    result = scored([], refusal, refused=True, refuse=True, forbid=("灯下黑",))
    assert not result.correct and result.correct_ignoring_forbid and result.forbidden == ["灯下黑"]
    assert scored([], "共8次", forbid=("8次",)).forbidden == ["8次"]
    assert scored([], "共18次", forbid=("8次",)).forbidden == []  # 18次 is not the forbidden 8次
