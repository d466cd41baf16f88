"""The regulations another document cites, asked as a follow-up (组织生活会情况报告呢 / 某人的述职报告呢 / 那另一单位的
报告呢 after …总结引用了哪些法规), and the regulation a report names for one activity (报告里搞隐患排查是对照哪个党内
法规), over documents written for this test."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

ORG = "松涛县气象局机关党支部"
SUMMARY = f"{ORG}2024年度党建工作总结"
MEETING = f"{ORG}2024年度组织生活会情况报告"
DUTY = f"{ORG}书记陈向东2024年度抓基层党建工作述职报告"
CLINIC = "岭南镇卫生院党支部2024年度党建工作报告"
PLAN = f"{ORG}2025年党建工作要点"
DOCUMENTS = [
    [make_chunk(PLAN, "全年计划开展主题党日12次，发展党员1名。", ("一、主要任务",))],
    [make_chunk(SUMMARY, "严格执行《气象系统党员学习教育办法》，全年集中学习12次。", ("一、理论学习",))],
    [make_chunk(MEETING, "会议按照《基层党组织民主评议党员规定》开展民主评议，评出优秀党员5名。", ("一、会议情况",))],
    [make_chunk(DUTY, "本人依据《党员教育培训工作规则》为支部党员讲党课3次。", ("一、履职情况",))],
    [
        make_chunk(CLINIC, "组织党员学习《医务人员廉洁从业九项准则》，开展警示教育2次。", ("一、纪律建设",)),
        make_chunk(
            CLINIC,
            "对照《医疗机构安全生产责任规定》开展安全隐患排查，整改隐患9处。",
            ("二、党建保安全",),
            position=1,
        ),
    ],
]


def conversation(*questions: str) -> list:
    helper = Assistant(FakeSource(*DOCUMENTS))
    history: list[dict] = []
    answers = []
    for question in questions:
        answer = helper.ask(question, history)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        answers.append(answer)
    return answers


def test_another_document_of_the_organisation_by_type_author_or_organisation():
    first, meeting, duty, clinic = conversation(
        "气象局2024年度党建工作总结引用了哪些法规？",
        "组织生活会情况报告呢？",
        "陈向东的述职报告呢？",
        "那卫生院的报告呢？",
    )
    assert "学习教育办法" in first.text, first.text
    assert "民主评议党员规定" in meeting.text and "学习教育办法" not in meeting.text, meeting.text
    assert "教育培训工作规则" in duty.text and "民主评议" not in duty.text, duty.text
    assert "廉洁从业九项准则" in clinic.text and "教育培训" not in clinic.text, clinic.text


@pytest.mark.parametrize("turn", ["述职报告呢", "换成组织生活会报告呢？"])
def test_in_other_words(turn):
    _, other = conversation("气象局2024年度总结里引用了哪几部条例？", turn)
    assert not other.refused and "学习教育办法" not in other.text, other.text
    assert ("教育培训工作规则" if "述职" in turn else "民主评议党员规定") in other.text, other.text


@pytest.mark.parametrize(
    "question",
    [
        "卫生院报告里搞隐患排查是对照哪个党内法规文件？",
        "卫生院报告中开展安全隐患排查依据的是哪部法规？",
        "卫生院总结里隐患排查是按照什么规定搞的",
    ],
)
def test_the_regulation_a_report_names_for_an_activity(question):
    (answer,) = conversation(question)
    assert answer.kind == "cited" and "安全生产责任规定" in answer.text, answer.text
    assert "廉洁从业" not in answer.text, answer.text


def test_a_document_citing_no_regulation_is_said_so_not_blocked():
    (answer,) = conversation("气象局2025年党建工作要点引用了哪些法规？")
    assert answer.refused and "中没有引用党内法规" in answer.text and PLAN in answer.text, answer.text
