"""A total asked over kinds the question names each (示范岗、先锋岗，两种加一块多少个): the figures of those kinds
said in one sentence are added, though their heads differ; a kind not named is never added in."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

OFFICE = "白沙街道机关党支部2024年度工作总结"
OFFICE_CHUNKS = [
    make_chunk(OFFICE, "深化党员作用发挥，设立党员示范岗7个、党员先锋岗5个，开展志愿服务32次。", ("二、党员作用",), position=0),
]  # fmt: skip
FACTORY = "远航机械厂党委2024年度工作总结"
FACTORY_CHUNKS = [
    make_chunk(FACTORY, "全年组建党员突击队4支，划分党员责任区11个、设立党员攻关组3个。", ("三、党建引领生产",), position=0),
]  # fmt: skip


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(OFFICE_CHUNKS, FACTORY_CHUNKS)


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("白沙街道机关党支部2024年设了党员示范岗、先锋岗，两种加一块多少个", "12个"),
        ("白沙街道机关党支部的示范岗、先锋岗合起来有几个", "12个"),
        ("远航机械厂党委的党员责任区、攻关组加在一起多少个", "14个"),
    ],
)
def test_named_kinds_are_added_when_a_total_is_asked(source, question, total):
    answer = ask_source(source, question)
    assert f"共{total}" in answer.text and not answer.refused, answer.text


def test_one_kind_asked_adds_nothing(source):
    answer = ask_source(source, "白沙街道机关党支部设了几个党员示范岗")
    assert "7个" in answer.text and "12个" not in answer.text and answer.derived_numbers == set(), answer.text
