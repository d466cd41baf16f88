"""A report's 主送 line (县委组织部：) above its first sentence is no part of what an answer quotes."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.core.text import without_addressee
from tests.answer.support import FakeSource, make_chunk

REPORT = "东岭县水务局机关党委关于2024年度组织生活会情况的报告"


def test_an_answer_does_not_open_with_the_body_the_report_is_sent_to():
    source = FakeSource(
        [
            make_chunk(
                REPORT,
                "县直机关工委：\n根据县直机关工委统一安排，机关党委所属4个党支部于2025年1月15日至1月24日召开了2024年度组织生活会。"
                "现将有关情况报告如下。",
            ),
            make_chunk(REPORT, "各支部应到党员88名，实到85名。", ("一、会议召开情况",), position=1),
        ]
    )
    answer = Assistant(source).ask("水务局2024年度组织生活会是什么时候开的？")
    assert "1月15日" in answer.text
    assert "县直机关工委：" not in answer.text
    assert all("县直机关工委：" not in c.quote for c in answer.citations)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("县委组织部：\n现将情况报告如下。", "现将情况报告如下。"),
        ("区卫生健康委员会：\n按照部署召开了会议。", "按照部署召开了会议。"),
        ("主要做法如下：\n一是开展学习。", "主要做法如下：\n一是开展学习。"),  # a lead-in, not an addressee
        ("会议要求：各支部按时报送。", "会议要求：各支部按时报送。"),
    ],
)
def test_without_addressee(sentence, kept):
    assert without_addressee(sentence) == kept


def test_other_wordings_on_another_report():
    title = "南屏区卫生健康委员会党委2024年度党风廉政建设工作情况报告"
    source = FakeSource(
        [
            make_chunk(
                title,
                "区纪委监委：\n2024年，委党委坚持把党风廉政建设摆在突出位置，全年召开党风廉政建设专题会议4次。",
            ),
            make_chunk(title, "开展廉政谈话96人次，签订责任书58份。", ("一、主要做法",), position=1),
        ]
    )
    for question in ("南屏区卫健委2024年开了几次党风廉政建设专题会议？", "卫健委党风廉政建设专题会议开了几次？"):
        answer = Assistant(source).ask(question)
        assert "4次" in answer.text and "区纪委监委：" not in answer.text, question
