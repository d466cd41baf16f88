"""回到<period>，<question>: the period the turn goes back to replaces the one carried from the last turn."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import history_of


@pytest.mark.parametrize(
    ("turns", "back", "period", "other"),
    [
        (("青岚茶场2023年新植茶园多少亩", "2024年呢，计划多少"), "回到2023年，修剪茶树多少亩", "2023年", "2024年"),
        (("红枫街道2022年走访群众多少户", "那2023年上半年呢"), "说回2022年，调解纠纷多少起", "2022年", "2023年"),
    ],
)
def test_back_to_a_period_replaces_the_carried_one(turns, back, period, other):
    question = understand(back, history_of(*turns)).question
    assert period in question and other not in question, question
    assert question.startswith(turns[0][:4]), question
