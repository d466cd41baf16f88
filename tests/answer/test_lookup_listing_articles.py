"""党员有哪些权利, no regulation named: the article that lists them (享有下列权利：（一）…), not a sentence of
another regulation that mentions the word; a narrower subject (预备党员) keeps the article about it."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk
from tests.answer.test_lookup_fixtures import regulation

CHARTER = "中国共产党章程（2022年修改）"
GUIDE = "关于新形势下党内生活的若干准则"
SOURCE = FakeSource(
    regulation(
        CHARTER,
        [
            (
                "第一章　党员",
                [
                    "第三条　党员必须履行下列义务：\n（一）认真学习党的理论。\n（二）贯彻执行党的基本路线。",
                    "第四条　党员享有下列权利：\n（一）参加党的有关会议。\n（二）在党的会议上参加讨论。",
                    "第五条　预备党员的义务同正式党员一样。预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样。",
                ],
            )
        ],
    ),
    [
        make_chunk(
            GUIDE,
            "必须尊重党员主体地位、保障党员民主权利，落实党员知情权、参与权、选举权、监督权。",
            ("五、保障党员权利",),
            kind="regulation",
        )
    ],
)


@pytest.mark.parametrize(
    "question, article",
    [("党员都有哪些权利", "第四条"), ("党员有哪些义务？", "第三条"), ("预备党员有哪些权利", "第五条")],
)
def test_the_article_listing_what_is_asked_answers(question, article):
    answer = answer_extractively(understand(question, None), SOURCE)
    assert answer.kind == "lookup" and answer.text.startswith(f"依据《{CHARTER}》{article}"), answer.text


ACCOUNTABILITY = "中共某某市交通运输局问责实施办法（2021年）"
COUNTED_SOURCE = FakeSource(
    regulation(
        ACCOUNTABILITY,
        [
            (
                "第二章　问责方式",
                [
                    "第五条　问责方式一共视情节确定，问责方式可以单独使用，问责方式也可以合并使用，一共不超过两种。",
                    "第六条　问责方式分为：\n（一）通报批评；\n（二）诫勉；\n（三）组织调整。",
                ],
            )
        ],
    )
)


@pytest.mark.parametrize("question", ["问责方式一共有哪几种？", "问责方式总共有哪些", "问责方式共有哪几种"])
def test_how_the_count_is_asked_names_no_listed_thing(question):
    # 一共 / 总共 before 哪几种 is how the kinds are asked, not the noun the listing article names
    answer = answer_extractively(understand(question, None), COUNTED_SOURCE)
    assert answer.kind == "lookup" and answer.text.startswith(f"依据《{ACCOUNTABILITY}》第六条"), answer.text
