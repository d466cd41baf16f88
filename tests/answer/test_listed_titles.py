"""学了哪些书目: the titles one sentence lists before 等书目, each one item, not a refusal for want of a list."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

REPORT = "青石镇卫生院2024年度述职报告"
MEETING = "青石镇卫生院党支部2024年第三季度学习情况报告"


def source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(REPORT, "2024年度述职报告\n本人2024年在卫生院分管医务和党建工作。", (), None, "report", 0),
            make_chunk(
                REPORT,
                "坚持读原著、学原文，全年先后研读了《乡村医生手册》《基层党建工作指南》《医德医风读本》等书目，"
                "撰写学习笔记2万余字。",
                ("一、理论学习情况",),
                None,
                "report",
                1,
            ),
            make_chunk(REPORT, "下一步，本人将继续加强学习，提高业务水平。", ("二、下一步打算",), None, "report", 2),
        ],
        [
            make_chunk(
                MEETING,
                "支部组织党员集中传达了《关于加强基层医疗卫生服务的通知》、《村卫生室管理办法》等文件，"
                "并开展了交流研讨。",
                ("一、学习内容",),
                None,
                "report",
                0,
            ),
        ],
    )


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        ("青石镇卫生院2024年度述职报告里提到研读了哪些书目？", ["《乡村医生手册》", "《医德医风读本》"]),
        ("青石镇卫生院2024年度述职报告研读了哪几本书目", ["《基层党建工作指南》"]),
        ("青石镇卫生院党支部第三季度集中传达了哪些文件？", ["《村卫生室管理办法》"]),
    ],
)
def test_the_titles_a_sentence_lists_before_naming_their_kind_are_the_items(question, titles):
    answer = Assistant(source()).ask(question)
    assert not answer.refused and all(t in answer.text for t in titles), answer.text
    assert "撰写学习笔记" not in answer.text and "交流研讨" not in answer.text, answer.text
