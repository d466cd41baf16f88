"""Figures written without a plain measure word: 5大领域 (大 heads the things counted, as 几大领域 asks), and a
focus a report writes 以…为重点 that a clerk asks 把…作为重点. 党的二十大 and 一大批 count nothing."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source, index_like

TITLE = "2023年度石门县水利局党组党风廉政建设情况分析会情况报告"
REPORT = f"""{TITLE}
一、会议基本情况
党组副书记、纪检组长彭振宇对照工程招标、资金拨付、物资采购、河道采砂、人事管理等5大领域开展了自查。
二、专项整治
局党组以着力解决责任意识不强、服务群众不实、工作作风漂浮、纪律意识松弛等四个方面问题为重点，开展作风专项整治。
三、学习情况
深入学习党的二十大精神，培养了一大批业务骨干。
"""


def source() -> FakeSource:
    return index_like(FakeSource(chunks_of(TITLE, REPORT)))


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("彭振宇自查的时候对照了几大领域？", "5大领域"),
        ("纪检组长彭振宇一共对照了几大领域开展自查？", "5大领域"),
        ("作风专项整治把几个方面的问题作为重点？", "四个方面"),
        ("局党组将几个方面的问题作为作风专项整治的重点？", "四个方面"),
        ("开展作风专项整治时把几个方面的问题作为重点？", "四个方面"),
    ],
)
def test_a_figure_headed_by_its_measure_answers(question, figure):
    answer = ask_source(source(), question)
    assert not answer.refused and figure in answer.text, answer.text


def test_a_congress_and_a_crowd_are_no_figures():
    chunk = next(c for c in chunks_of(TITLE, REPORT) if "二十大" in c.text)
    assert not [f for f in extract_facts(chunk) if f.unit == "大"]
