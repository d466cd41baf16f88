"""比上一年多了多少 when one sentence of the later report states both years' figures ("由2022年的26万元增长到
31.5万元") and no document states the earlier year's figure on its own (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.stated_changes import FROM_TO
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, grounded, make_chunk

VILLAGE = "枫林村党支部2023年度工作总结"
VILLAGE_REPORT = [
    make_chunk(VILLAGE, "村集体经济收入由2022年的26万元增长到31.5万元，增幅21.2%。", ("二、集体经济",)),
    make_chunk(VILLAGE, "全年召开支委会14次。", ("一、组织生活",), position=1),
]
SCHOOL = "南湖中学党总支2024年度工作总结"
SCHOOL_REPORT = [
    make_chunk(SCHOOL, "党员人数从2023年底的61名增加至74名，队伍结构持续优化。", ("一、队伍建设",)),
]
OWN_2023 = [make_chunk("南湖中学党总支2023年度工作总结", "年底共有党员63名。", ("一、队伍建设",))]


@pytest.mark.parametrize(
    ("chunks", "turns", "gap", "figures"),
    [
        (VILLAGE_REPORT, ("枫林村2023年村集体经济收入多少", "比2022年多了多少"), "多5.5万元", ("31.5万元", "26万元")),
        (SCHOOL_REPORT, ("南湖中学党总支2024年有多少党员", "比2023年多了几名"), "多13名", ("74名", "61名")),
    ],
)
def test_both_figures_from_the_one_sentence_that_states_them(chunks, turns, gap, figures):
    answer = grounded(converse(Assistant(FakeSource(chunks)), *turns)[-1])
    assert gap in answer.text and all(f in answer.text for f in figures), answer.text
    assert answer_problems(answer) == []


def test_the_earlier_years_own_report_answers_for_that_year():
    answer = converse(
        Assistant(FakeSource(SCHOOL_REPORT, OWN_2023)), "南湖中学党总支2024年有多少党员", "比2023年多了几名"
    )[-1]
    assert "63名" in answer.text and "61名" not in answer.text.split("2023年：")[-1], answer.text


def test_a_sentence_of_another_years_change_is_not_taken():
    """The sentence states 2022's figure, not 2021's: no difference is worked out with it."""
    answer = converse(Assistant(FakeSource(VILLAGE_REPORT)), "枫林村2023年村集体经济收入多少", "比2021年多了多少")[-1]
    assert "－" not in answer.text and "5.5万元" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("sentence", "before", "after"),
    [("收入由2023年的38万元增长到52.6万元", "38万元", "52.6万元"), ("从2022年底的61名增加至74名", "61名", "74名")],
)
def test_from_to(sentence, before, after):
    stated = FROM_TO.search(sentence)
    assert stated and (stated.group("before"), stated.group("after")) == (before, after)


CLINIC = "杏林镇卫生院党支部2024年度工作总结"
CLINIC_REPORT = [
    make_chunk(CLINIC, "全年开展家庭医生签约随访1860人次，比上年增加240人次。", ("二、为民服务",)),
    make_chunk(CLINIC, "全年组织义诊23场，较上年增长15%。", ("二、为民服务",), position=1),
]
HALF_CLINIC = [
    make_chunk("杏林镇卫生院党支部2025年上半年工作总结", "上半年组织义诊14场，比上年增加3场。", ("二、为民服务",))
]


@pytest.mark.parametrize(
    ("turns", "gap"),
    [
        (("杏林镇卫生院2024年家庭医生签约随访多少人次", "比2023年多了多少"), "多240人次"),
        (("杏林镇卫生院2024年家庭医生签约随访多少人次", "和2023年比呢"), "多240人次"),
    ],
)
def test_the_change_the_later_year_states_answers_the_gap(turns, gap):
    answer = grounded(converse(Assistant(FakeSource(CLINIC_REPORT)), *turns)[-1])
    assert gap in answer.text and "比上年增加240人次" in answer.text, answer.text
    assert answer_problems(answer) == []


def test_a_rate_of_change_is_no_difference_of_the_figures():
    answer = converse(Assistant(FakeSource(CLINIC_REPORT)), "杏林镇卫生院2024年组织义诊多少场", "比2023年多了多少")[-1]
    assert "15场" not in answer.text and "多15" not in answer.text, answer.text


def test_a_half_years_change_from_the_year_before_is_no_gap_of_the_halves():
    """比上年增加3场 in a half-year report may be of the whole year before: not the gap of two halves."""
    answer = converse(
        Assistant(FakeSource(HALF_CLINIC)), "杏林镇卫生院2025年上半年组织义诊多少场", "比2024年上半年多了多少"
    )[-1]
    assert "多3场" not in answer.text, answer.text


POLICE = "长汀县交警大队党支部2025年上半年工作总结"
POLICE_REPORT = [make_chunk(POLICE, "上半年发展党员4名，比2024年上半年的1名增加3名。", ("一、队伍建设",))]
LIBRARY = "青檀区图书馆党支部2024年度工作总结"
LIBRARY_REPORT = [make_chunk(LIBRARY, "全年举办公益讲座26场，较2023年的31场减少5场。", ("二、阵地服务",))]


@pytest.mark.parametrize(
    ("chunks", "turns", "gap", "earlier"),
    [
        (POLICE_REPORT, ("长汀县交警大队2025年上半年发展了多少党员", "比2024年上半年多了多少"), "多3名", "1名"),
        (LIBRARY_REPORT, ("青檀区图书馆2024年举办公益讲座多少场", "和2023年比少了几场"), "少5场", "31场"),
    ],
)
def test_the_earlier_figure_said_beside_the_later_one(chunks, turns, gap, earlier):
    answer = grounded(converse(Assistant(FakeSource(chunks)), *turns)[-1])
    assert gap in answer.text and earlier in answer.text, answer.text
    assert answer_problems(answer) == []


def test_the_earlier_figure_of_another_span_is_not_taken():
    """比2024年上半年的1名 says nothing of the whole year 2024."""
    answer = converse(
        Assistant(FakeSource(POLICE_REPORT)), "长汀县交警大队2025年上半年发展了多少党员", "比2024年全年多了多少"
    )[-1]
    assert "多3名" not in answer.text and "－" not in answer.text, answer.text
