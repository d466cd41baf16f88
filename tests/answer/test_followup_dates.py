"""A follow-up naming only a day or a month replaces the date of the last question (its subject and its 其中 part
kept), never becoming a part of the whole; a two-digit year is a year, in questions and follow-ups alike."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.core.words import with_full_years


def resolved(*turns: str):
    """The last turn resolved against the ones before it (each answered with a cited sentence)."""
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(with_full_years(turns[-1]), conversation_state(history))


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("改成今年3月底呢", "鹭洲航运公司党委今年3月底有多少名党员，其中退役军人党员"),
        ("那9月底呢", "鹭洲航运公司党委今年9月底有多少名党员，其中退役军人党员"),
        ("截至今年5月呢", "鹭洲航运公司党委今年5月底有多少名党员，其中退役军人党员"),
        ("换成去年年底呢", "鹭洲航运公司党委去年底有多少名党员，其中退役军人党员"),
    ],
)
def test_a_day_alone_replaces_the_date_and_keeps_the_part(turn, expected):
    answer = resolved("鹭洲航运公司党委今年有多少名党员？", "其中退役军人党员呢？", turn)
    assert answer.question.startswith(expected), answer.question
    assert answer.subset.startswith("退役军人党员") and answer.same_organisation, answer


@pytest.mark.parametrize(
    ("first", "turn", "expected"),
    [
        ("石泉县税务局机关党委2023年6月底有多少党员", "那12月底呢", "石泉县税务局机关党委2023年12月底有多少党员"),
        (
            "石泉县税务局机关党委2023年一季度发展了几名党员",
            "那8月份呢",
            "石泉县税务局机关党委2023年8月份发展了几名党员",
        ),
        ("石泉县税务局机关党委去年有多少名党员", "到了24年4月底呢", "石泉县税务局机关党委2024年4月底有多少名党员"),
    ],
)
def test_the_whole_old_date_is_replaced(first, turn, expected):
    assert resolved(first, turn).question.startswith(expected), resolved(first, turn).question


def test_a_quarter_picked_before_gives_way_to_the_whole():
    answer = resolved("石泉县税务局机关党委2023年开了几次支委会", "其中二季度呢", "那10月底呢")
    assert answer.question == "石泉县税务局机关党委2023年10月底开了几次支委会？", answer.question


@pytest.mark.parametrize(
    ("said", "full"),
    [
        ("到了25年6月底呢", "到了2025年6月底呢"),
        ("22年前三季度开了几次", "2022年前三季度开了几次"),
        ("那23年的呢", "那2023年的呢"),
        ("入党15年以上的有几个", "入党15年以上的有几个"),
        ("工作了20年底薪多少", "工作了20年底薪多少"),
    ],
)
def test_a_two_digit_year_followed_by_its_part_is_a_year(said, full):
    assert with_full_years(said) == full
