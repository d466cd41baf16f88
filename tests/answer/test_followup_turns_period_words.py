"""Period words of a follow-up: 当年 / 这一年 is the year of the conversation's period; 到…月底呢 is that day."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve


def resolved(*turns: str):
    """The last turn resolved against the ones before it (each answered with a cited sentence)."""
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(turns[-1], conversation_state(history))


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("远山水泥厂党委2022年底有多少名党员", "当年发展了几名"), "远山水泥厂党委2022年发展了几名"),
        (("远山水泥厂党委2022年底有多少名党员", "这一年吸收了多少新党员"), "远山水泥厂党委2022年吸收了多少新党员"),
        (("柏林镇党委2023年12月底有几个党支部", "其中农村支部几个", "同年新建了几个"), "柏林镇党委2023年新建了几个"),
    ],
)
def test_the_same_year_is_the_year_of_the_day_asked_before(turns, expected):
    assert resolved(*turns).question.startswith(expected), resolved(*turns).question


def test_a_year_named_in_the_turn_is_kept():
    question = resolved("远山水泥厂党委2022年底有多少名党员", "2021年发展了几名").question
    assert "2021年" in question and "2022年" not in question, question


@pytest.mark.parametrize("lead", ["到", "截至", "那到"])
def test_a_day_led_to_is_the_day_figures_are_taken(lead):
    question = resolved("白沙中学党支部2023年底有多少党员", f"{lead}2024年6月底呢").question
    assert question.startswith("白沙中学党支部2024年6月底有多少党员"), question


def test_the_difference_between_the_two_days_compares_both_figures():
    answer = resolved("白沙中学党支部2023年底有多少党员", "到2024年6月底呢", "多了几个")
    assert answer.question.startswith("白沙中学党支部2024年6月底有多少党员"), answer.question
    assert answer.compared == ("白沙中学党支部2023年底有多少党员",)


def test_same_year_then_plan_gap_compares_what_was_done_with_the_plan():
    answer = resolved("青川县消防救援大队党委2024年底有多少名党员", "当年发展了几个", "比计划差几个")
    assert answer.question.startswith("青川县消防救援大队党委2024年发展了几个"), answer.question
    assert answer.compared and "计划" in answer.compared[0], answer.compared
