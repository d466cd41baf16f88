"""它 after 哪个支部…最多, when the ranked label glues the row's group before its name, and 这俩支部加起来多少党员
after turns about two branches that counted something else: each branch asked the thing, and added."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_actors import entity_pointed_at
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

SUMMARY = "云溪县林业局机关党委2024年度党建工作总结"
SUMMARY_TEXT = f"""{SUMMARY}
一、基层组织建设
营林站党支部有党员24名，全年召开支委会6次。
防火办党支部有党员15名，全年召开支委会12次。
"""


def history(*turns: tuple[str, str]) -> list[dict]:
    said: list[dict] = []
    for question, answer in turns:
        said += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return said


def test_it_after_a_ranked_row_is_the_row_without_its_group_cell():
    last = conversation_state(
        history(
            (
                "林业局去年哪个支部党员最多？",
                f"据《{SUMMARY}》，党员数最多的是基层单位支部营林站党支部：党员数24名〔1〕。（共比较4个，其余3个均少于此数。）",
            )
        )
    )
    asked = entity_pointed_at("它开了几次支委会", last)
    assert asked.startswith("营林站党支部") and "基层单位" not in asked, asked


@pytest.mark.parametrize(
    ("said", "thing"), [("这俩支部加起来多少党员", "党员"), ("这两个支部一共有多少名党员？", "党员")]
)
def test_the_two_branches_talked_about_are_each_asked_the_thing_and_added(said, thing):
    last = conversation_state(
        history(
            ("营林站党支部去年开了几次支委会", "营林站党支部：支委会6次〔1〕。"),
            ("那防火办党支部呢？", "防火办党支部：支委会12次〔1〕。"),
        )
    )
    resolution = resolve(said, last)
    assert resolution.summed and resolution.question.startswith("营林站党支部"), resolution
    assert resolution.compared and resolution.compared[0].startswith("防火办党支部"), resolution
    assert thing in resolution.question and "支委会" not in resolution.question, resolution


def test_the_sum_of_two_branches_members_is_answered_from_each_branchs_figure():
    bot = Assistant(FakeSource(chunks_of(SUMMARY, SUMMARY_TEXT)))
    answers = converse(bot, "营林站党支部去年开了几次支委会？", "那防火办党支部呢？", "这俩支部加起来多少党员？")
    assert "6次" in answers[0].text and "12次" in answers[1].text, [a.text for a in answers]
    assert "39" in answers[-1].text and "24名" in answers[-1].text and "15名" in answers[-1].text, answers[-1].text
