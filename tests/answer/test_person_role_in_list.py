"""A role whose last character the words glue to 是 (纪检组长是谁 cut as 纪检组 / 长是): the role asked is 组长,
so the sentence naming its holder among other titles answers."""

from __future__ import annotations

import pytest

from assistant.answer.answer_types import wanted_types
from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

BUREAU = "松林县水利局党组2024年度落实全面从严治党主体责任情况报告"
BUREAU_CHUNKS = [
    make_chunk(BUREAU, "局党组书记、局长陈立志认真履行第一责任人职责，党组成员、纪检组长郑海波履行监督责任。", ("一、履行主体责任",), position=0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "role"), [("松林县水利局的纪检组长是谁", "组长"), ("水利局党组纪检组长是谁", "组长")]
)
def test_the_role_before_shi_is_read_whole(question, role):
    assert wanted_types(question)[0].anchor == role


def test_the_holder_named_in_a_list_of_titles_answers():
    answer = Assistant(FakeSource(BUREAU_CHUNKS)).ask("松林县水利局的纪检组长是谁")
    assert "郑海波" in answer.text and not answer.refused, answer.text
