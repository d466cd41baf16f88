"""A run of months asked (1到5月份走访了几次): the figure its sentence states for that same run (1—5月…走访27次)
answers, though no document covers those months as its period; another run, or the year's figure, does not."""

from __future__ import annotations

import pytest

from assistant.answer.month_ranges import months_run
from assistant.search.periods import asked_period
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "南溪电力公司党支部关于2024年度组织生活会查摆问题整改落实情况的报告"
SOURCE = index_like(
    FakeSource(
        [
            make_chunk(TITLE, "针对联系群众不够紧密的问题，1—5月支委到班组走访27次，协调解决职工诉求11个。", ("二、整改落实情况",)),
            make_chunk(TITLE, "全年支委到班组走访63次，形成调研报告4篇。", ("三、下一步打算",), position=1),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize(
    "question", ["南溪电力公司1到5月份支委到班组走访了多少回", "南溪电力公司支部1至5月支委到班组走访几次"]
)
def test_the_run_stated_answers(question):
    answer = ask_source(SOURCE, question)
    assert "27次" in answer.text and "63" not in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    "question", ["南溪电力公司6到9月份支委到班组走访了多少回", "南溪电力公司2到5月份支委到班组走访几次"]
)
def test_another_run_is_not_answered_by_a_stated_one(question):
    answer = ask_source(SOURCE, question)
    assert "27次" not in answer.text.split("相关内容")[0] and "63次" not in answer.text.split("相关内容")[0]


def test_a_run_is_no_single_month():
    assert asked_period("1到4月份开了几次会").month == ""
    assert asked_period("4月份开了几次会").month == "4月份"
    assert months_run("一至四月份") == (1, 4) and months_run("4月份") is None


VILLAGE = "东坡村党支部2024年度工作总结"
VILLAGE_CHUNKS = [
    make_chunk(VILLAGE, "全年党员干部入户走访86次，帮助群众解决实际困难23个。", ("二、服务群众",)),
]


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        ("南溪电力公司1到5月份支委下基层调研搞了多少回，解决了几个职工诉求", "27次", "11个"),
        ("东坡村党支部2024年党员干部上门搞了多少回入户走访？解决了几个实际困难？", "86次", "23个"),
    ],
)
def test_a_second_part_counting_what_was_solved_after_visits_is_its_own_count(question, first, second):
    from assistant.answer.pipeline import Assistant

    answer = Assistant(FakeSource(SOURCE.chunks, VILLAGE_CHUNKS)).ask(question)
    assert first in answer.text and second in answer.text and not answer.refused, answer.text
