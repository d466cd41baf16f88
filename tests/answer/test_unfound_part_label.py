"""A part of a two-part count question the documents do not state is echoed as asked ("其中40岁以下的是多少：
没有找到相关记载"): the figures in that echo are the user's words, so the answer is not blocked as unsupported
(made-up hospital report)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, grounded, index_like

TITLE = "青禾县人民医院党委2025年上半年党建工作报告"
REPORT = f"""{TITLE}
一、组织建设
上半年发展党员3名，预备党员转正4名。召开党委会议9次。
二、作风建设
上半年开展廉政谈话26人次。
"""


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("青禾县人民医院党委今年上半年发展了几名党员，其中40岁以下的是多少？", "3名"),
        ("医院党委上半年发展党员多少名，其中35岁以下的有几名？", "3名"),
        ("医院党委上半年开展廉政谈话多少人次，其中处级以上干部60人里谈了几个？", "26人次"),
    ],
)
def test_an_unstated_parts_own_figures_do_not_block_the_answer(question, figure):
    answer = grounded(Assistant(index_like(FakeSource(chunks_of(TITLE, REPORT)))).ask(question))
    assert not answer.refused
    assert figure in answer.text
