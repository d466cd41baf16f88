"""Which row or which meeting: a month or an ordinal in the question must agree with the passage
(5月的研讨 is not the row of 8月; 第2次集体学习 is not a sentence about 第3次), and 位 asks what 名 counts."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.fact_plans import is_plan_text
from assistant.answer.facts import extract_facts
from assistant.answer.pipeline import answer_problems
from assistant.answer.question import agrees_with_marks
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk

SCHEDULE = "东岭市交通运输局党组理论学习中心组2023年度学习情况报告"
SCHEDULE_DOC = [
    make_chunk(
        SCHEDULE,
        "全年开展专题研讨5次，具体安排如下。\n"
        "序号1：时间3月9日，研讨专题为交通强国建设，领学人为韩东。\n"
        "序号2：时间5月18日，研讨专题为安全生产责任落实，领学人为梁悦。\n"
        "序号3：时间7月6日，研讨专题为营商环境优化，领学人为韩东。\n"
        "序号4：时间9月21日，研讨专题为党风廉政建设，领学人为蒋涛。\n"
        "序号5：时间11月16日，研讨专题为基层党建质量提升，领学人为梁悦。",
        ("二、主要做法",),
        position=0,
    ),
]

MINUTES = "东岭市交通运输局党组理论学习中心组2024年第4次集体学习会议纪要"
MINUTES_DOC = [
    make_chunk(MINUTES, "会议时间：2024年6月12日上午。会议地点：局机关三楼会议室。", position=0),
    make_chunk(MINUTES, "韩东、梁悦、蒋涛3位同志结合分管工作作了交流发言。", ("二、交流发言",), position=1),
    make_chunk(
        MINUTES,
        "局党组理论学习中心组2024年第5次集体学习定于7月中旬举行，由蒋涛同志作重点发言。",
        ("四、议定事项",),
        position=2,
    ),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(SCHEDULE_DOC, MINUTES_DOC)


def ask(source: FakeSource, question: str):
    answer = answer_extractively(understand(question, None), source)
    assert answer_problems(answer) == []
    return answer


@pytest.mark.parametrize(
    ("question", "leader", "others"),
    [
        ("东岭市交通运输局中心组2023年5月的专题研讨是谁领学的？", "梁悦", ("韩东", "蒋涛")),
        ("交通运输局中心组2023年9月那次研讨的领学人是谁", "蒋涛", ("梁悦", "韩东")),
    ],
)
def test_the_row_of_the_month_asked(source, question, leader, others):
    text = ask(source, question).text
    assert leader in text and all(other not in text for other in others)


def test_month_and_ordinal_marks():
    assert not agrees_with_marks("5月的研讨是谁领学的", "序号4：时间9月21日，领学人为蒋涛。", "", row=True)
    assert agrees_with_marks("5月的研讨是谁领学的", "全年开展专题研讨5次。", "", row=True)  # no month: may answer
    assert agrees_with_marks("开展了3个月", "序号1：时间6月1日，专题为x。", "", row=True)  # 3个月 is no month
    assert agrees_with_marks("1月的组织生活会定在几月整改完", "3月底前完成整改。", "")  # prose: another month may
    assert not agrees_with_marks("第4次集体学习是哪天", "第5次集体学习定于7月中旬举行", MINUTES)
    assert not agrees_with_marks("第五次集体学习在哪开", "会议地点：三楼会议室", MINUTES)  # the title's meeting
    assert agrees_with_marks("第四次集体学习在哪开", "会议地点：三楼会议室", MINUTES)


@pytest.mark.parametrize(
    "question",
    ["东岭市交通运输局中心组2024年第4次集体学习是哪天开的？", "交通运输局中心组第4次集体学习是什么时间召开的"],
)
def test_an_ordinal_is_not_answered_by_another_meeting(source, question):
    text = ask(source, question).text
    assert "6月12日" in text and "7月中旬" not in text


@pytest.mark.parametrize(
    "question",
    ["交通运输局中心组2024年6月那次学习有几位同志作了交流发言？", "东岭市交通运输局第4次集体学习有多少名同志交流发言"],
)
def test_wei_and_ming_count_the_same_people(source, question):
    assert "3位同志" in ask(source, question).text


def test_an_organisation_named_planning_is_no_plan():
    minutes = make_chunk("南湖市自然资源和规划局党组中心组2024年第1次集体学习会议纪要", "张明、李华2名同志作了发言。")
    assert not is_plan_text(minutes)
    (fact,) = extract_facts(minutes)
    assert fact.number == 2 and fact.family == "person" and not fact.is_plan


@pytest.mark.parametrize(
    "question",
    [
        "东岭市交通运输局中心组2024年第4次集体学习是什么时候、在哪开的？",
        "交通运输局中心组第4次集体学习哪天开的、在哪里开的",
    ],
)
def test_when_and_where_are_two_parts(source, question):
    text = ask(source, question).text
    assert "6月12日" in text and "三楼会议室" in text and "7月中旬" not in text


def test_a_document_stored_twice_states_its_figure_once():
    scan = make_chunk(MINUTES, "韩东、梁悦、蒋涛3位同志结合分管工作作了交流发言。", ("二、交流发言",))
    copy = replace(scan, id="doc-copy#0", doc_id="doc-copy")  # the same minutes as PDF and as PNG
    text = ask(FakeSource([scan], [copy]), "东岭市交通运输局第4次集体学习有几位同志作了交流发言？").text
    assert text.count("3位同志") == 1 and "不同文档" not in text
