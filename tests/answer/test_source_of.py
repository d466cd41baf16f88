"""出自哪个条例第几条？ after a question part: the source of that part's answer, cited as it was."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

RULES = "中国共产党机关会务管理办法（2022年）"
SOURCE = FakeSource(
    [
        make_chunk(
            RULES, "第十二条　机关干部每年参加集中培训一般不少于40学时。", ("第三章　培训",), "第十二条", "regulation"
        ),
        make_chunk(RULES, "第十三条　培训情况纳入年度考核。", ("第三章　培训",), "第十三条", "regulation", position=1),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "机关干部每年集中培训有啥要求？出自哪个办法第几条？",
        "机关干部每年参加集中培训有什么规定？依据是哪一条？",
        "干部每年参加集中培训的时间要求是什么？这个规定出自哪里？",
    ],
)
def test_the_source_asked_after_a_part_is_where_its_answer_was_cited(question):
    answer = Assistant(SOURCE).ask(question)
    assert "40学时" in answer.text and f"出自《{RULES}》第十二条" in answer.text, answer.text
    assert "第十三条" not in answer.text


def test_a_source_asked_alone_is_no_source_of_anything():
    answer = Assistant(SOURCE).ask("出自哪个条例第几条？")
    assert "出自《" not in answer.text
