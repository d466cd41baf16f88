"""A period only a plan speaks of (a 上半年 report's 下半年打算, an annual report's next-year plan): what was done
in it is refused, saying so, and never answered with the reported period's figure; its plan answers a plan question."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

HALF = "中共北岭理工学院机械学院委员会2024年上半年党建工作总结"
YEAR = "中共安平镇桃溪村总支部委员会2023年度工作总结"
SOURCE = FakeSource(
    [
        make_chunk(HALF, "上半年发展党员14名，其中学生党员13名。", ("二、组织建设",)),
        make_chunk(HALF, "下半年，学院党委计划发展党员不少于20名。", ("五、下半年工作打算",), position=1),
    ],
    [
        make_chunk(YEAR, "2023年村集体经济收入92.4万元，比上年增长11%。", ("二、集体经济",)),
        make_chunk(YEAR, "2024年，力争村集体经济收入突破100万元。", ("四、2024年工作打算",), position=1),
    ],
)


@pytest.mark.parametrize("question", ["机械学院下半年发展了多少名党员？", "机械学院下半年新发展党员几名"])
def test_what_was_done_in_a_planned_half_is_refused(question):
    answer = ask_source(SOURCE, question)
    assert answer.refused and "14名" not in answer.text and "只写了下半年的计划" in answer.text


def test_the_plan_answers_a_plan_question():
    answer = ask_source(SOURCE, "机械学院下半年计划发展多少名党员？")
    assert not answer.refused and "20名" in answer.text


@pytest.mark.parametrize("question", ["桃溪村2024年村集体经济收入多少", "桃溪村2024年集体经济收入是多少万元？"])
def test_a_planned_year_is_not_answered_with_the_reported_year(question):
    answer = ask_source(SOURCE, question)
    assert answer.refused and "92.4" not in answer.text


def test_a_plans_look_back_answers_a_question_that_names_no_year():
    title = "中共白湖乡委员会关于印发《白湖乡2025年党建工作要点》的通知"
    plan = FakeSource(
        [
            make_chunk(title, "2024年，全乡14个村党组织中，党总支3个、党支部11个。", ("一、2024年工作回顾",)),
            make_chunk(title, "2025年计划发展党员不少于10名。", ("二、2025年重点任务",), position=1),
        ]
    )
    answer = ask_source(plan, "白湖乡下面有多少个村党组织？")
    assert "14个" in answer.text and not answer.refused, answer.text


def test_what_a_plan_says_an_organisation_has_is_no_target():
    title = "中共柳川市第三中学支部委员会2025年党建工作要点"
    plan = FakeSource(
        [make_chunk(title, "学校党支部现有党员38名，设党小组3个。全年发展党员不少于2名。", ("一、基本情况和目标",))]
    )
    assert "38名" in ask_source(plan, "柳川三中党支部有多少党员").text
    assert "2名" in ask_source(plan, "柳川三中党支部计划发展几名党员").text


@pytest.mark.parametrize("question", ["白湖乡2024年一共发展了多少名党员", "白湖乡24年发展了几名党员？"])
def test_a_look_back_under_the_plans_own_heading_is_of_the_year_it_opens_with(question):
    """The paragraph opens with 2024年, though it stands under the heading 白湖乡2025年党建工作要点."""
    title = "中共白湖乡委员会关于印发《白湖乡2025年党建工作要点》的通知"
    plan = FakeSource(
        [
            make_chunk(
                title,
                "2024年，全乡党建工作取得新进展：共有党员980名；全年发展党员9名，其中35岁以下6名。2025年党建工作要点如下。",
                ("白湖乡2025年党建工作要点",),
            ),
            make_chunk(title, "2025年计划发展党员不少于12名。", ("一、重点任务",), position=1),
        ]
    )
    answer = ask_source(plan, question)
    assert "9名" in answer.text and not answer.refused and "12名" not in answer.text, answer.text


MINUTES = FakeSource(
    [
        make_chunk(
            "中共青崖县水利局党组理论学习中心组2025年第1次集体学习纪要",
            "会议传达学习了3份文件。会议要求，6月底前组织机关党员开展专题研讨2次，年底前完成支部换届4个。",
            ("二、会议要求",),
        ),
        make_chunk(
            "中共青崖县水利局党组理论学习中心组2025年第1次集体学习纪要",
            "3月底前已完成党员信息核对2轮。",
            ("三、其他事项",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize("question", ["青崖水利局2025年开展了几次专题研讨", "青崖县水利局2025年换届了几个支部"])
def test_a_task_with_a_deadline_is_no_figure_of_what_was_done(question):
    answer = ask_source(MINUTES, question)
    assert "2次" not in answer.text.split("：")[0] and "4个" not in answer.text.split("：")[0], answer.text
    assert not answer.text.startswith(("6月底前", "年底前")), answer.text


def test_a_task_with_a_deadline_answers_what_is_to_be_done():
    answer = ask_source(MINUTES, "青崖水利局要组织几次专题研讨？")
    assert not answer.refused and "2次" in answer.text, answer.text


def test_a_deadline_met_is_what_was_done():
    answer = ask_source(MINUTES, "青崖水利局核对了几轮党员信息")
    assert not answer.refused and "2轮" in answer.text, answer.text


def test_a_half_years_plan_does_not_answer_for_the_whole_year():
    title = "中共远帆航运有限公司委员会2025年上半年党建工作总结"
    source = FakeSource(
        [
            make_chunk(
                title,
                "上半年发展党员3名。下半年计划发展党员5名，确保全年完成发展党员8名的目标。",
                ("四、下半年工作打算",),
            )
        ]
    )
    answer = ask_source(source, "远帆航运2025年全年计划发展几名党员？")
    assert "8名" in answer.text and "5名" not in answer.text, answer.text
    assert "5名" in ask_source(source, "远帆航运2025年下半年计划发展几名党员？").text
