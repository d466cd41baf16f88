"""他今年打算讲几次 after a turn about the whole (全局各支部一共讲了多少场): 他 is the person talked about before
it, asked in the scope of the turn that named him, not the whole the last turn asked about."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from tests.answer.conversation_fixtures import history_of


def test_the_person_keeps_his_own_scope_after_a_whole():
    last = conversation_state(
        history_of(
            ("气象局党组书记是谁？", "党组书记由局长杜明远担任〔1〕。"),
            ("他去年讲了几次党课？", "杜明远讲党课3次〔1〕。"),
            ("全局各支部去年一共讲了多少场党课？", "（回答）〔1〕"),
        )
    )
    asked = resolve("他今年打算讲几次？", last).question
    assert "杜明远" in asked and "全局" not in asked


def test_other_wordings():
    last = conversation_state(
        history_of(
            ("港务公司党委副书记是谁？", "党委副书记为周海燕〔1〕。"),
            ("她2024年到基层调研了几次？", "周海燕到基层调研9次〔1〕。"),
            ("全公司2024年一共调研了多少次？", "（回答）〔1〕"),
        )
    )
    asked = resolve("她2025年计划调研几次？", last).question
    assert "周海燕" in asked and "全公司" not in asked
    last = conversation_state(
        history_of(
            ("水文站站长是谁？", "站长为韦立新〔1〕。"),
            ("他2024年讲了几次党课？", "韦立新讲党课2次〔1〕。"),
            ("全站一共多少名党员？", "（回答）〔1〕"),
        )
    )
    asked = resolve("他明年准备讲几次？", last).question
    assert "韦立新" in asked and "全站" not in asked
