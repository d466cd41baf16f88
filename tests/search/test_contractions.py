"""Contractions clerks make of a body's name: the first characters of its words, ending with its kind."""

from __future__ import annotations

import pytest

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.contractions import contracts
from assistant.search.organisations import named_organisation, spelled_out


def record(title: str, text: str = "正文。") -> DocRecord:
    profile = build_profile(title, text, "report", f"{title}.txt")  # type: ignore[arg-type]
    return DocRecord(title, f"{title}.txt", title, "report", "h", 0.0, 1, len(text), profile)


# Several bodies of one city, most of them 局: a contraction must pick out one of them.
CITY = [
    record("青屿市粮食和物资储备局机关党支部2024年度工作总结"),
    record("青屿市人力资源和社会保障局机关党支部2024年度工作总结"),
    record("青屿市林业局机关党支部2024年度工作总结"),
    record("青屿市教育局机关党支部2024年度工作总结"),
    record("青屿市红十字会党总支2024年度工作总结"),
]


@pytest.mark.parametrize(
    ("short", "name"),
    [("粮储局", "粮食和物资储备局"), ("人社局", "人力资源和社会保障局"), ("疾控中心", "疾病预防控制中心")],
)
def test_the_first_characters_of_words_ending_with_the_kind_contract_a_name(short, name):
    assert contracts(short, name)


@pytest.mark.parametrize(
    ("short", "name"),
    [
        ("教育局", "教育体育局"),  # 育 opens no word: another bureau
        ("工会", "工商业联合会"),  # two characters of a two-word name: another body
        ("储粮局", "粮食和物资储备局"),  # words out of order
        ("粮食和物资储备局", "粮食和物资储备局"),  # no shorter
    ],
)
def test_what_is_no_contraction(short, name):
    assert not contracts(short, name)


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("粮储局支部的宣传委员是谁", "青屿市粮食和物资储备局机关党支部2024年度工作总结"),
        ("人社局去年发展了几名党员", "青屿市人力资源和社会保障局机关党支部2024年度工作总结"),
        ("红会去年开展了几次主题党日", "青屿市红十字会党总支2024年度工作总结"),
    ],
)
def test_a_contraction_names_one_body_among_the_citys(question, title):
    said, own = named_organisation(question, CITY)
    assert said and own == {title}


def test_a_two_word_bodys_first_and_last_characters_name_no_body():
    bodies = [*CITY, record("青屿市工商业联合会党支部2024年度工作总结")]
    assert named_organisation("工会去年开展了几次主题党日", bodies) == ("", frozenset())


@pytest.mark.parametrize("asked", ["红会民主评议结果怎么样", "红会去年开展了几次主题党日"])
def test_a_one_word_bodys_two_character_contraction_is_spelled_out(asked):
    assert spelled_out(asked, CITY) == asked.replace("红会", "红十字会", 1)
