"""A draft held to a very short limit (压缩到50字以内): whose and when, then what fits, cut at a clause."""

from __future__ import annotations

import pytest

from assistant.answer.draft_options import written_length
from assistant.answer.draft_topic import draft_topic
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

MEETING = "东岭县水务局机关党委关于2024年度组织生活会情况的报告"
TRAINING = "南屏区卫生健康委员会党委2024年度党员教育培训工作总结"


def meeting_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                MEETING,
                "根据县直机关工委统一安排，所属4个党支部于2025年1月召开了2024年度组织生活会。",
            ),
            make_chunk(
                MEETING,
                "各党支部应到会党员88名，实到85名，3名因公请假的党员会后进行了补课，会上共提出批评意见97条，"
                "查摆问题41条，制定整改措施45条。",
                ("二、会议召开情况",),
                position=1,
            ),
        ]
    )


def test_a_draft_squeezed_to_fifty_characters_keeps_to_it():
    first, squeezed = converse(
        Assistant(meeting_source()), "把水务局2024年度组织生活会的情况写成一段总结", "压缩一下，50个字以内"
    )
    assert written_length(first.text) > 50
    assert written_length(squeezed.text) <= 50, squeezed.text
    assert "主要开展了以下工作" not in squeezed.text
    assert answer_problems(squeezed) == []


def test_other_wordings_on_another_document():
    source = FakeSource(
        [
            make_chunk(
                TRAINING,
                "全年举办党员集中轮训班6期，培训党员1260人次，组织党员干部赴红色教育基地开展现场教学14次，"
                "线上学习平台参学率达98.6%。",
                ("一、主要做法",),
            ),
            make_chunk(TRAINING, "部分支部培训内容与业务结合不够紧密。", ("二、存在问题",), position=1),
        ]
    )
    for question in (
        "把南屏区卫生健康委员会2024年党员培训的成效概括成一段话，不超过60字",
        "写一段南屏区卫生健康委员会2024年党员培训的总结，60字以内，用在年终汇报里",
    ):
        answer = Assistant(source).ask(question)
        assert written_length(answer.text) <= 60, (question, answer.text)
        assert "6期" in answer.text and answer_problems(answer) == [], question


@pytest.mark.parametrize(
    ("request_text", "topic"),
    [
        ("帮我把水务局河长制工作的成绩概括成一段话，用在汇报里", "水务局河长制工作"),
        ("把卫健委家庭医生签约工作的成绩归纳成一段话，要放到年终材料里", "卫健委家庭医生签约工作"),
        ("把林业局护林防火情况总结成一段话", "林业局护林防火"),
    ],
)
def test_where_a_draft_is_to_go_and_the_verb_of_its_form_are_no_topic(request_text, topic):
    assert draft_topic(request_text) == topic
