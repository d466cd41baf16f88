"""Money is said of the clause before it (修建便道2公里，投入资金8万元，其中…): asked what a work cost, the answer
is its whole outlay, not the 其中 part the question never names; asked for the part by its words, the part."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

VILLAGE = "中共柳湾村支部委员会2024年工作总结"
SCHOOL = "红星小学党支部2024年度工作总结"
SOURCE = FakeSource(
    [
        make_chunk(VILLAGE, "村党支部现有党员42名。", ("一、基本情况",)),
        make_chunk(
            VILLAGE,
            "（二）办好民生实事。议决村级事项7项；硬化通组便道2.6公里，投入资金38万元，其中上级补助26万元；"
            "新建文化广场1处。",
            ("二、主要工作",),
            position=1,
        ),
    ],
    [
        make_chunk(SCHOOL, "支部现有党员23名。", ("一、基本情况",)),
        make_chunk(
            SCHOOL,
            "翻修学生食堂1处，投入经费64万元，其中教育局拨款50万元；开展课后服务120场。",
            ("二、服务师生",),
            position=1,
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "whole", "part"),
    [
        ("柳湾村硬化便道花了多少钱", "38万元", "26万元"),
        ("红星小学翻修学生食堂投了多少钱？", "64万元", "50万元"),
    ],
)
def test_what_a_work_cost_is_its_whole_outlay(question, whole, part):
    answer = ask_source(SOURCE, question)
    assert whole in answer.text and part not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        ("柳湾村硬化便道上级补助了多少钱", "26万元", "38万元"),
        ("红星小学翻修学生食堂教育局拨款多少钱", "50万元", "64万元"),
    ],
)
def test_the_part_asked_by_its_words_is_the_part(question, part, whole):
    answer = ask_source(SOURCE, question)
    assert part in answer.text and whole not in answer.text, answer.text
