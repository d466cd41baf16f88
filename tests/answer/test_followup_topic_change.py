"""换个话题，… says the turn leaves the topic (its words ask nothing); 回到X，<question> asks the question of
the earlier turn about X: its organisation and period, not the last turn's."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

FIRM = "青川县云山律师事务所党支部2024年度工作总结"
TOWN = "白鹭镇党委2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(
            FIRM, "支部现有党员12名，全年办理法律援助案件35件，其中农民工讨薪案件9件。", ("一、基本情况",), position=0
        ),
        make_chunk(FIRM, "党员律师为农民工追回欠薪88万元，开展普法讲座14场。", ("二、公益服务",), position=1),
    ],
    [
        make_chunk(TOWN, "镇党委下设党支部21个，共有党员604名。", ("一、组织建设",), position=0),
        make_chunk(TOWN, "镇劳动保障所帮助群众追回欠薪30万元，开展普法讲座6场。", ("二、服务群众",), position=1),
    ],
)


@pytest.mark.parametrize("change", ["换个话题，白鹭镇党委下设几个党支部", "问点别的，白鹭镇党委下设几个党支部"])
def test_a_topic_change_marker_is_no_part_of_the_question(change):
    answers = converse(Assistant(SOURCE), "云山律所办理法律援助案件多少件", change)
    assert "21个" in answers[1].text, answers[1].text


@pytest.mark.parametrize(
    ("back", "figure", "other"),
    [
        ("回到律所，追回欠薪多少钱", "88万元", "30万元"),
        ("说回云山律所，开展普法讲座几场", "14场", "6场"),
        ("回到云山律师事务所党支部，开展普法讲座几场", "14场", "6场"),
    ],
)
def test_back_to_an_organisation_asks_of_its_turn(back, figure, other):
    answers = converse(Assistant(SOURCE), "云山律所办理法律援助案件多少件", "换个话题，白鹭镇党委下设几个党支部", back)
    assert figure in answers[2].text and other not in answers[2].text, answers[2].text
    assert not answers[2].resolved_question.startswith(("回到", "说回")), answers[2].resolved_question


def test_a_new_topic_naming_no_organisation_is_asked_of_the_conversations():
    answers = converse(
        Assistant(SOURCE), "云山律所办理法律援助案件多少件", "党员的义务有哪些", "换个话题，普法讲座开展了几场"
    )
    assert "14场" in answers[2].text and "6场" not in answers[2].text, answers[2].text
    assert answers[2].resolved_question == "云山律所普法讲座开展了几场"
