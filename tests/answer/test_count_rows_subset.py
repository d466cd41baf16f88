"""其中X领学了几次 asked after the whole (开了几次专题研讨，其中…): the whole's figure does not name X, so the rows
naming X in the act's column answer; a figure said of X himself still answers."""

from __future__ import annotations

import pytest

from assistant.answer.count_rows import said_of_person
from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "中共西岭县审计局党组理论学习中心组2024年度学习情况报告"
SOURCE = FakeSource(
    [
        make_chunk(
            TITLE, "全年开展中心组集中学习12次，其中专题研讨5次，邀请专家作辅导讲座2次；", ("一、坚持领学促学",)
        ),
        make_chunk(TITLE, "专题研讨安排如下：", ("二、专题研讨",), position=1),
        make_chunk(
            TITLE,
            "序号1：时间3月7日，研讨专题为审计法修订，领学人为葛文山。\n"
            "序号2：时间5月16日，研讨专题为经济责任审计，领学人为骆晓鸥。\n"
            "序号3：时间7月11日，研讨专题为政府债务风险，领学人为葛文山。",
            ("二、专题研讨",),
            position=2,
        ),
        make_chunk(
            TITLE,
            "序号4：时间9月5日，研讨专题为廉政风险防控，领学人为葛文山。\n"
            "序号5：时间11月20日，研讨专题为党的二十届三中全会精神，领学人为骆晓鸥。",
            ("二、专题研讨",),
            position=3,
        ),
        make_chunk(TITLE, "党组书记葛文山带头作交流发言6次。", ("三、示范带动",), position=4),
    ]
)


@pytest.mark.parametrize(
    ("question", "times", "rows"),
    [
        ("西岭县审计局中心组开了几次专题研讨，其中葛文山领学了几次", "共3次", ("序号1", "序号3", "序号4")),
        ("西岭审计局中心组2024年专题研讨几次？其中骆晓鸥领学了几次？", "共2次", ("序号2", "序号5")),
    ],
)
def test_the_persons_rows_answer_the_part_after_the_whole(question, times, rows):
    answer = ask_source(SOURCE, question)
    assert "5次" in answer.text and times in answer.text, answer.text
    assert all(r in answer.text for r in rows)


def test_a_figure_said_of_the_person_answers_itself():
    answer = ask_source(SOURCE, "西岭县审计局中心组葛文山作交流发言几次")
    assert "6次" in answer.text and "序号" not in answer.text, answer.text


def test_a_figure_is_said_of_the_person_only_when_its_sentence_names_them():
    assert not said_of_person("开了几次专题研讨，其中葛文山领学了几次", ["全年开展集中学习12次，其中专题研讨5次"])
    assert said_of_person("葛文山领学了几次", ["党组书记葛文山带头领学6次"])
    assert said_of_person("开了几次专题研讨", ["其中专题研讨5次"])  # no person asked: any figure may answer
