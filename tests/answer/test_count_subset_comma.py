"""A 其中 set off by its own comma (处分党员6人，其中，警告4人，严重警告2人) opens the parts after it: 其中警告的几个
is answered by 警告4人, not by the whole nor left unanswered."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source, index_like

TITLE = "2022年度青石镇党委书记述职报告"
REPORT = f"""{TITLE}
一、从严管党治党
全年运用“四种形态”处理党员干部6人，其中，提醒谈话4人，诫勉2人，追回违规发放津贴1.5万元。
"""


def source() -> FakeSource:
    return index_like(FakeSource(chunks_of(TITLE, REPORT)))


def test_parts_after_a_bare_qizhong_are_subsets():
    facts = [f for c in chunks_of(TITLE, REPORT) for f in extract_facts(c)]
    parts = [f for f in facts if "subset" in f.qualifiers]
    assert {f.number_text for f in parts} == {"4", "2"}, [(f.clause, f.qualifiers) for f in facts]


@pytest.mark.parametrize(
    ("question", "figure", "not_figure"),
    [
        ("2022年运用四种形态处理了多少名党员干部？其中提醒谈话的几个？", "提醒谈话4人", "诫勉2人"),
        ("全年用四种形态处理了几个党员干部，其中诫勉的有几人？", "诫勉2人", "提醒谈话4人"),
    ],
)
def test_the_part_asked_after_qizhong_is_answered(question, figure, not_figure):
    answer = ask_source(source(), question)
    assert not answer.refused and figure in answer.text and not_figure not in answer.text, answer.text
