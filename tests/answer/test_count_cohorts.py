"""A graduating cohort (2021届) is what a figure is said of, not the period a report covers: a summary of
2020—2022 answers 2021届…多少人 with the figure said after 2021届, never the one said of the cohort before it,
and 2022届呢 asks the same of the next cohort."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

TITLE = "清河卫生学校领导班子三年工作总结（2020—2022年）"
SUMMARY = f"""{TITLE}
2020年—2022年的三年，是清河卫校爬坡过坎的三年。现报告如下：
一、教学质量
1.护士执业资格考试成绩稳中有升
2021届护理专业毕业生考试通过人数共486人；2022届再创新高，全校考试通过总人数503人。三年中获省级技能竞赛一等奖6项。
二、存在的不足
实训基地建设有待进一步加强。
"""
ANNUAL_TITLE = "清河卫校2022年度领导干部述职报告"
ANNUAL = f"""{ANNUAL_TITLE}
一、履行岗位职责情况
本年度组织教职工培训12场，参训人数共230人。
"""


def source() -> FakeSource:
    return FakeSource(chunks_of(TITLE, SUMMARY) + chunks_of(ANNUAL_TITLE, ANNUAL))


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("2020到2022年那份班子总结里，2021届考试通过多少人？", "486人", "503人"),
        ("2020到2022年那份班子总结里，2022届考试通过多少人？", "503人", "486人"),
        ("这份三年总结里，2022届考试通过的有几个人？", "503人", "486人"),
    ],
)
def test_a_cohort_is_answered_by_its_own_figure(question, figure, other):
    answer = ask_source(source(), question)
    assert not answer.refused and figure in answer.text and other not in answer.text, answer.text


def test_another_cohort_follows_up_the_same_count():
    first, second = converse(Assistant(source()), "2020到2022年那份班子总结里，2021届考试通过多少人？", "2022届呢？")
    assert "486人" in first.text, first.text
    assert "503人" in second.text and "486人" not in second.text, second.text
