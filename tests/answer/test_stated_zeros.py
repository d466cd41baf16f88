"""A stated zero (未立案) answers a count only when no clause states the figure (立案5件) beside it."""

from __future__ import annotations

import pytest

from assistant.answer.stated_zeros import states_a_figure
from tests.answer.support import FakeSource, ask_source, make_chunk


@pytest.mark.parametrize(
    ("counted", "text", "stated"),
    [
        ("立案", "受理信访举报2件，均已办结，未立案。全年立案5件，给予党纪处分5人。", True),
        ("立案", "全年受理信访举报2件，均已办结，未立案查处违纪案件。", False),
        ("事故", "全年未发生安全事故，开展安全检查12次。", False),
        ("事故", "全年发生一般事故1起，未发生较大事故。", True),
    ],
)
def test_a_figure_stated_of_what_is_counted_is_no_zero(counted, text, stated):
    assert states_a_figure(counted, text) is stated


# 有没有立案查处的: a stated zero in other words (no 案件 happened) answers whether, 没有 with the quote
LAB = "金沙市计量检测研究院党总支2025年上半年党建工作报告"
LAB_SOURCE = FakeSource(
    [
        make_chunk(
            LAB,
            "上半年开展廉洁谈话32人次，运用“第一种形态”处理4人次；全院未发生违纪违法案件。",
            ("四、党风廉政建设",),
        ),
        make_chunk(LAB, "上半年完成检定校准任务1.2万台件，全年没有发生安全生产事故。", ("五、业务工作",), position=1),
    ]
)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("计量检测研究院上半年有没有立案查处的？", "未发生违纪违法案件"),
        ("计量检测研究院上半年有无查处案子", "未发生违纪违法案件"),
    ],
)
def test_whether_is_answered_no_by_a_stated_zero(question, quoted):
    answer = ask_source(LAB_SOURCE, question)
    assert not answer.refused, answer.text
    assert answer.text.startswith("没有。"), answer.text
    assert quoted in answer.text


def test_whether_said_in_the_report_own_words_is_still_answered():
    answer = ask_source(LAB_SOURCE, "计量检测研究院是否发生安全生产事故？")
    assert "没有发生安全生产事故" in answer.text, answer.text


def test_a_case_figure_stated_is_no_zero_of_cases():
    assert states_a_figure("立案", "全院查处违纪案件2件，其余未发生违纪违法案件。")


# 立案了没有 asked after the thing: the sentence saying it answers, not an opening that only names the body and year
MUSEUM = "青萝县博物馆党支部2024年度党建工作总结"
MUSEUM_SOURCE = FakeSource(
    [
        make_chunk(
            MUSEUM,
            "2024年，青萝县博物馆党支部在县委宣传部党委的领导下，围绕文物保护利用中心工作，推动党建与业务深度融合。",
            ("一、总体情况",),
        ),
        make_chunk(
            MUSEUM,
            "全年开展廉政提醒谈话26人次；接到群众来信3件，均已转办答复，未立案。全馆没有发生文物安全事故。",
            ("三、党风廉政建设",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("博物馆党支部2024年立案了没有？", "未立案"),
        ("青萝县博物馆2024年度立案了吗", "未立案"),
        ("博物馆党支部2024年发生文物安全事故了吗？", "没有发生文物安全事故"),
    ],
)
def test_whether_asked_after_the_thing_quotes_the_sentence_saying_it(question, quoted):
    answer = ask_source(MUSEUM_SOURCE, question)
    assert quoted in answer.text, answer.text
    assert "深度融合" not in answer.text, answer.text
