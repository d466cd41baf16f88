"""A plan figure asked as a plan answers, an actual asked as an actual: the reported part of a section that
reports and plans at once (存在问题：… beside 下一步打算：…) states what was; a report's 整改措施 commit to
figures without a plan word; 要命名几个 asks what is to be done."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.fact_plans import states_plan
from assistant.answer.facts import extract_facts
from tests.answer.support import FakeSource, ask_source, make_chunk

CLINIC = "松涛医院门诊党支部2025年上半年党建工作总结"
CLINIC_DOC = [
    make_chunk(
        CLINIC,
        "存在问题：一是部分党员参与志愿服务不够主动，门诊一党小组上半年志愿服务参与率仅为64%；二是学习形式较单一。\n"
        "下半年打算：一是完善积分激励办法，确保志愿服务参与率不低于90%；二是计划发展党员2名。",
        ("四、存在问题及下半年打算",),
    ),
]
SCHOOL = "云岭中学教工党支部2024年度工作总结"
SCHOOL_DOC = [
    make_chunk(
        SCHOOL,
        "（一）主要不足\n教师党员课题参与面偏窄，全年仅立项校级课题3项。\n"
        "（二）下一步计划\n力争立项校级以上课题6项，组织公开课12节。",
        ("三、不足和下一步计划",),
    ),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(CLINIC_DOC, SCHOOL_DOC)


@pytest.mark.parametrize(
    ("chunk", "reported", "planned"),
    [
        (CLINIC_DOC[0], "64%", "90%"),
        (SCHOOL_DOC[0], "3项", "6项"),
    ],
)
def test_the_reported_part_of_a_mixed_section_is_no_plan(chunk, reported, planned):
    facts = {f.value_text: f for f in extract_facts(chunk)}
    assert not facts[reported].is_plan and facts[planned].is_plan
    assert not states_plan(chunk, facts[reported].sentence) and states_plan(chunk, facts[planned].sentence)


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("松涛医院门诊党支部2025年上半年志愿服务参与率是多少", "64%", "90%"),
        ("松涛医院门诊党支部下半年志愿服务参与率要达到多少", "90%", "64%"),
        ("云岭中学教工党支部2024年立项校级课题多少项", "3项", "6项"),
        ("云岭中学教工党支部下一步计划立项多少项课题", "6项", "3项"),
    ],
)
def test_a_mixed_section_answers_the_actual_and_the_plan_apart(source, question, figure, other):
    answer = ask_source(source, question)
    assert figure in answer.text and other not in answer.text and not answer.refused, answer.text


LIFE_MEETING = "恒川物流公司党委2024年度民主生活会情况报告"
LIFE_MEETING_DOC = [
    make_chunk(
        LIFE_MEETING,
        "班子成员共查摆问题14条。",
        ("二、查摆的主要问题",),
        position=0,
    ),
    make_chunk(
        LIFE_MEETING,
        "班子共制定整改措施12条。制定青年骨干培养计划，设立青年人才培养专项资金80万元，选派骨干参加外部培训。",
        ("三、整改措施", "（一）加强人才队伍建设"),
        position=1,
    ),
]
SCHOOL_MEETING = "青桐小学党支部2024年度组织生活会情况报告"
SCHOOL_MEETING_DOC = [
    make_chunk(
        SCHOOL_MEETING,
        "全年仅开展主题党日5次，形式单一。针对上述问题，下一步将丰富活动载体。",
        ("二、存在的问题和整改措施",),
    ),
]
BRANCH_MEETING = "禾丰村党支部2024年度组织生活会情况报告"
BRANCH_MEETING_DOC = [
    make_chunk(
        BRANCH_MEETING,
        "针对群众反映的问题，在村内增设便民服务点4个，每名党员联系农户5户。",
        ("三、整改措施",),
    ),
]


@pytest.fixture
def measures() -> FakeSource:
    return FakeSource(LIFE_MEETING_DOC, BRANCH_MEETING_DOC, SCHOOL_MEETING_DOC)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("恒川物流打算设多少钱的青年人才培养专项资金", "80万元"),
        ("禾丰村党支部计划增设几个便民服务点", "4个"),
        ("恒川物流设的青年人才培养专项资金是多少", "80万元"),  # asked plainly: the measure, marked
    ],
)
def test_a_measure_to_take_answers_a_plan_marked_as_such(measures, question, figure):
    answer = ask_source(measures, question)
    assert figure in answer.text and "（整改措施）" in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    "question",
    ["恒川物流实际设了多少钱的青年人才培养专项资金", "禾丰村党支部增设了几个便民服务点"],
)
def test_a_measure_to_take_is_no_actual(measures, question):
    answer = ask_source(measures, question)  # refused, or the sentence quoted as no more than related
    assert answer.refused or answer.confidence == "low", answer.text


@pytest.mark.parametrize(
    ("question", "plan"),
    [
        ("澄江街道2026年党员示范岗要评选几个", True),
        ("澄江街道今年要选派多少名驻村第一书记", True),
        ("党支部每月要开几次支委会", False),
        ("至少要开几次组织生活会", False),
        ("会议材料要提前几天送达", False),
        ("会议纪要要在几天内印发", False),
    ],
)
def test_an_act_to_be_done_asks_a_plan(question, plan):
    asked = read_asked(question)
    assert asked is not None and asked.plan is plan


def test_a_count_of_the_measures_is_what_was_set(measures):
    answer = ask_source(measures, "恒川物流党委班子定了多少条整改措施")
    assert "12条" in answer.text and "（整改措施）" not in answer.text and not answer.refused, answer.text


def test_a_problem_beside_the_measures_is_no_plan(measures):
    answer = ask_source(measures, "青桐小学党支部2024年实际开展几次主题党日")
    assert "5次" in answer.text and "（整改措施）" not in answer.text and not answer.refused, answer.text
