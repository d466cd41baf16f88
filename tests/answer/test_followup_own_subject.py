"""A follow-up that counts a thing of its own (调研几次 / 家访搞了多少次 after 讲了几次党课) keeps whose and when but
not the old thing: it is not glued to 党课, and it is answered from any document of the organisation, not only the
one that stated the 党课 figure. An elliptic 书记讲了几次 stays with the documents of the old thing."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, make_chunk

SUMMARY = "桐庐县自来水公司党委2024年党建工作总结"
SURVEYS = "桐庐县自来水公司党委2024年调查研究情况报告"


def source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                SUMMARY,
                "全年讲党课5次，其中党委书记讲党课2次。坚持大兴调查研究，深入水厂一线开展调研，推动解决了一批实际问题。",
                ("一、理论学习",),
            )
        ],
        [make_chunk(SURVEYS, "2024年公司党委班子成员共开展专题调研13次，形成调研报告4篇。", (), position=0)],
    )


@pytest.mark.parametrize("turn", ["调研搞了几次？", "专题调研开展了多少次？", "调研几次？"])
def test_a_new_activity_is_counted_from_the_organisations_other_report(turn):
    answers = converse(Assistant(source()), "桐庐县自来水公司党委2024年讲了几次党课？", turn)
    assert "5次" in answers[0].text, answers[0].text
    assert "13次" in answers[-1].text and "5次" not in answers[-1].text, answers[-1].text


@pytest.mark.parametrize(
    ("first", "turn", "expected"),
    [
        ("城北供电所党支部2023年讲了几次党课", "调研几次", "城北供电所党支部2023年调研几次"),
        ("城北供电所党支部2023年讲了几次党课", "培训多少次", "城北供电所党支部2023年培训多少次"),
        ("城北供电所党支部2023年讲了几次党课", "那走访呢", "城北供电所党支部2023年走访有多少"),
    ],
)
def test_a_verbal_noun_of_its_own_does_not_take_the_old_thing(first, turn, expected):
    route = understood(first, turn)
    assert route.question.startswith(expected) and "党课" not in route.question, route.question
    assert not route.refers_back, route


@pytest.mark.parametrize("turn", ["书记讲了几次", "一共讲了几次"])
def test_an_elliptic_count_stays_with_the_documents_of_the_old_thing(turn):
    route = understood("城北供电所党支部2023年讲了几次党课", turn)
    assert route.refers_back and not route.same_organisation, route
