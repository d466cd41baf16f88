"""A count of items asked of a branch the meeting report does not break down (法规科党支部查摆了多少问题): a sentence
naming the branch beside another figure (到法规科党支部指导，…参加组织生活会共5人次) is no quotation of it."""

from __future__ import annotations

import pytest

from assistant.answer.context import AnswerContext
from assistant.answer.extractive import answer_extractively
from assistant.answer.fallback import quoted_answer
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk

AUDIT = "河湾区审计局党总支2024年度组织生活会情况报告"
HARBOUR = "东港海事处党委2024年度组织生活会情况报告"
DOCUMENTS = [
    [
        make_chunk(
            AUDIT,
            "各支部会前开展谈心谈话。局党组书记苏慕白到法规科党支部指导，班子成员以普通党员身份参加所在支部组织生活会"
            "共5人次。各支部共查摆问题40个，提出批评意见120条。",
            ("一、总体情况",),
            position=0,
        ),
        make_chunk(
            AUDIT,
            "机关支部：应到40名，实到38名，查摆问题28个。\n离退休支部：应到12名，实到10名，查摆问题12个。",
            ("二、分类情况",),
            position=1,
        ),
    ],
    [
        make_chunk(
            HARBOUR,
            "处党委书记邝一鸣到通航科党支部全程指导，督导组成员列席会议6人次。各支部共提出整改措施52条。",
            ("二、会议召开情况",),
            position=0,
        ),
    ],
]


def answered(question: str):
    source = FakeSource(*DOCUMENTS)
    route = understand(question, None)
    answer = answer_extractively(route, source)
    return (quoted_answer(AnswerContext(route, source), answer) or answer) if answer.refused else answer


@pytest.mark.parametrize(
    "question",
    [
        "法规科党支部组织生活会查摆了多少问题？",
        "通航科党支部组织生活会制定了多少整改措施？",
        "通航科党支部生活会定了几条整改措施？",
    ],
)
def test_a_branch_the_report_does_not_break_down_is_refused(question):
    answer = answered(question)
    assert answer.refused and "人次" not in answer.text, answer.text


def test_a_branch_row_still_answers():
    answer = answered("审计局离退休支部查摆了多少问题？")
    assert not answer.refused and "12个" in answer.text, answer.text
