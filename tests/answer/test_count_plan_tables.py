"""Plan/actual tables: a bare figure counts its row's thing in the row's measure word (发展党员（名）, a
单位 column); a plan column states plans, the other columns what was done; a table under a heading that
mixes problems with plans (存在的问题和明年打算) records what is."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.support import FakeSource, ask_source, make_chunk

COOP = "松阳县供销合作社党支部2024年度工作总结"
COOP_DOC = [
    make_chunk(COOP, "支部现有党员26名，全年开展主题党日12次。", ("一、基本情况",), position=0),
    make_chunk(
        COOP,
        "年度目标完成情况见下表。\n"
        "吸收新党员：单位为名，年度计划3，实际完成4。\n"
        "党员志愿服务：单位为人次，年度计划300，实际完成356。\n"
        "结对帮扶农户：单位为户，年度计划40，实际完成38。",
        ("二、目标完成情况",),
        position=1,
    ),
]

CLINIC = "岚山街道社区卫生服务中心党支部2023年工作总结"
CLINIC_DOC = [
    make_chunk(
        CLINIC,
        "健康讲座（场）：计划24，完成30，完成率125%。\n党员教育培训（人次）：计划80，完成76，完成率95%。",
        ("三、重点指标",),
        position=0,
    ),
]

PORT = "东渡港务集团党委2024年上半年党建工作总结"
PORT_DOC = [
    make_chunk(PORT, "上半年集团党委发展党员5名，下半年计划再发展党员3名。", ("四、存在的不足和下步打算",), position=0),
    make_chunk(
        PORT,
        "装卸一队党支部：支部书记为陶明，党员人数42，主题党日6次。\n"
        "理货党支部：支部书记为孔雁，党员人数17，主题党日5次。\n"
        "合计：党员人数59，主题党日11次。",
        ("四、存在的不足和下步打算",),
        position=1,
    ),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(COOP_DOC, CLINIC_DOC, PORT_DOC)


def test_a_unit_column_gives_bare_figures_their_measure_word():
    facts = [f for f in extract_facts(COOP_DOC[1]) if f.row == "吸收新党员"]
    planned, done = facts
    assert (planned.value_text, planned.family, planned.is_plan) == ("3名", "person", True)
    assert (done.value_text, done.is_plan) == ("4名", False)
    assert "subset" not in done.qualifiers  # what was done is no part of the target
    assert planned.said == "吸收新党员：年度计划3名"


def test_a_unit_in_the_row_label_gives_bare_figures_their_measure_word():
    planned, done, rate = [f for f in extract_facts(CLINIC_DOC[0]) if f.row == "党员教育培训（人次）"]
    assert (planned.value_text, planned.family, planned.is_plan) == ("80人次", "person_time", True)
    assert (done.value_text, done.family, done.is_plan) == ("76人次", "person_time", False)
    assert rate.family == "percent"


@pytest.mark.parametrize(
    ("question", "figure", "not_figures"),
    [
        ("供销社2024年计划吸收几名新党员", "3名", ("4名",)),
        ("松阳县供销合作社2024年实际吸收了几名新党员", "4名", ("3名",)),
        ("供销社党员志愿服务年度计划多少人次", "300人次", ("356",)),
        ("供销社结对帮扶农户实际做到了多少户", "38户", ("40户",)),
        ("岚山卫生服务中心2023年健康讲座计划搞几场", "24场", ("30场",)),
        ("岚山卫生服务中心2023年健康讲座完成了几场", "30场", ("24场",)),
        ("岚山卫生服务中心党员教育培训实际多少人次", "76人次", ("80人次",)),
    ],
)
def test_plan_and_actual_columns_answer_plan_and_actual_questions(source, question, figure, not_figures):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text
    assert all(other not in answer.text for other in not_figures), answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("港务集团理货党支部党员有几名", "17"),
        ("东渡港务集团装卸一队党支部上半年开了几次主题党日", "6次"),
        ("港务集团所有支部上半年加起来开了多少次主题党日", "11次"),
    ],
)
def test_a_table_under_a_problems_and_plans_heading_records_what_is(source, question, figure):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text
    assert all("plan" not in f.qualifiers for f in extract_facts(PORT_DOC[1]))


def test_a_plan_sentence_under_that_heading_stays_a_plan():
    planned = [f for f in extract_facts(PORT_DOC[0]) if f.number == 3]
    assert planned and planned[0].is_plan


def test_columns_named_with_their_year_are_read():
    (chunk,) = [
        make_chunk(
            COOP,
            "党员志愿服务：单位为人次，2025年计划200，2025年完成260。\n一支部：党员数20名，计划发展1名，实际发展2名。",
            ("二、目标完成情况",),
        )
    ]
    facts = extract_facts(chunk)
    assert [(f.value_text, f.is_plan) for f in facts if f.row == "党员志愿服务"] == [
        ("200人次", True),
        ("260人次", False),
    ]
    assert [f.value_text for f in facts if f.row == "一支部"] == ["20名", "1名", "2名"]  # 一支部 is no 一支


@pytest.mark.parametrize(
    "question", ["岚山卫生服务中心健康讲座计划完成率多少", "岚山卫生服务中心2023年健康讲座的计划完成率是多少"]
)
def test_the_rate_of_a_plan_done_is_no_plan_figure(source, question):
    answer = ask_source(source, question)
    assert "125%" in answer.text and not answer.refused, answer.text


def test_a_branch_named_by_its_planning_office_states_no_plan():
    (chunk,) = [
        make_chunk(
            COOP,
            "第二党支部（综合规划、财务）：党员数18名，主题党日12次。\n综合规划科党支部：党员数9名，主题党日12次。",
            ("一、基本情况",),
        )
    ]
    assert not any(f.is_plan for f in extract_facts(chunk))


def test_a_row_without_measure_word_counts_what_its_label_names():
    (chunk,) = [
        make_chunk(COOP, "发展党员：2024年计划3，2024年完成4。\n主题党日：计划12，完成12。", ("二、目标完成情况",))
    ]
    facts = extract_facts(chunk)
    assert [(f.row, f.number, f.family, f.is_plan) for f in facts] == [
        ("发展党员", 3, "person", True),
        ("发展党员", 4, "person", False),
        ("主题党日", 12, "times", True),
        ("主题党日", 12, "times", False),
    ]
