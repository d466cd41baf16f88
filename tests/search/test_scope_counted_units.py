"""A count and its measure word before a kind of unit (3个学生党支部, 三家国有企业) name no organisation: the
question is not refused as about an unknown one (documents of our own)."""

from __future__ import annotations

import pytest

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.organisations import unit_mentions
from assistant.search.scope import scope_for

DOCS = {
    "南江师范学院文学院党委2023年度党建工作总结": (
        "2023年，学院党委下设5个党支部，其中学生党支部3个。全年发展党员14名。\n中共南江师范学院文学院委员会\n"
        "2024年1月9日"
    ),
    "清河区国资委党委2024年度工作总结": "2024年，所属三家国有企业共发展党员11名。\n中共清河区国资委委员会\n2025年1月5日",
}


def record(title: str, text: str) -> DocRecord:
    profile = build_profile(title, text, "report", f"{title}.txt")  # type: ignore[arg-type]
    return DocRecord(title, f"{title}.txt", title, "report", "h", 0.0, 1, len(text), profile)


RECORDS = [record(t, x) for t, x in DOCS.items()]


@pytest.mark.parametrize(
    "question",
    [
        "文学院2023年3个学生党支部一共发展了多少",
        "文学院2023年三个学生党支部一共发展了几名党员",
        "清河区国资委2024年三家国有企业党委一共发展了几名党员",
    ],
)
def test_a_counted_kind_of_unit_is_no_unknown_organisation(question):
    assert scope_for(question, RECORDS, lambda name: False).refusal is None


@pytest.mark.parametrize(
    ("question", "name"),
    [("文学院2023年3个学生党支部一共发展了多少", "学生"), ("那四个教工党支部一共呢", "教工")],
)
def test_the_count_is_not_part_of_the_name(question, name):
    assert name in [n for _, n in unit_mentions(question)]
    assert not any(n.startswith(("个", "四个")) for _, n in unit_mentions(question))


def test_an_unknown_organisation_is_still_refused():
    assert scope_for("北岭师范学院2023年发展了几名党员", RECORDS, lambda name: False).refusal
