"""A list asked of the things a sentence announces as a table (主要志愿服务项目如下表。): the table's first column,
each row rendered as "label：cell，cell…", in order and cited (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.table_lists import announces_thing, listed_thing_words
from tests.answer.support import FakeSource, ask_source, make_chunk

LIBRARY = "云杉市图书馆党支部2024年度工作总结"
LIBRARY_REPORT = [
    make_chunk(
        LIBRARY,
        "（二）党建引领公共文化服务。全年接待读者52.6万人次，举办阅读推广活动210场。支部组织开展的主要志愿服务项目如下表。",
        ("二、主要工作", "（二）党建引领公共文化服务"),
    ),
    make_chunk(
        LIBRARY,
        "“书香进社区”流动借阅服务：牵头人为林书远，开展时间4月至10月，服务人次3100。\n"
        "“党员领读人”亲子共读活动：牵头人为韩小雨，开展时间为全年，服务人次960。",
        ("二、主要工作",),
        position=1,
    ),
    make_chunk(
        LIBRARY,
        "古籍数字化党员突击行动：牵头人为钱立新，开展时间6月至8月，服务人次45。",
        ("二、主要工作",),
        position=2,
    ),
    make_chunk(
        LIBRARY,
        "（三）加强党员队伍建设。全年发展党员1名，收缴党费1.2万元。",
        ("二、主要工作", "（三）加强党员队伍建设"),
        position=3,
    ),
]
FACTORY = "金川机床厂党委2024年度党建工作总结"
FACTORY_REPORT = [
    make_chunk(FACTORY, "党委着力打造党建品牌，各支部创建的特色品牌详见下表：", ("三、品牌创建",)),
    make_chunk(
        FACTORY,
        "一车间党支部：品牌名称为“精工先锋”，创建时间2022年，覆盖党员18名。\n"
        "装配车间党支部：品牌名称为“匠心装配”，创建时间2023年，覆盖党员14名。\n"
        "机关党支部：品牌名称为“服务一线”，创建时间2024年，覆盖党员21名。",
        ("三、品牌创建",),
        position=1,
    ),
    make_chunk(FACTORY, "四、存在的问题\n品牌的示范带动作用还不够强。", ("四、存在的问题",), position=2),
]


@pytest.mark.parametrize(
    ("chunks", "question", "items", "absent"),
    [
        (
            LIBRARY_REPORT,
            "云杉图书馆党支部搞了哪些志愿服务项目",
            ["书香进社区", "党员领读人", "古籍数字化党员突击行动"],
            ["发展党员"],
        ),
        (
            FACTORY_REPORT,
            "金川机床厂哪些支部创建了特色品牌",
            ["一车间党支部", "装配车间党支部", "机关党支部"],
            ["示范带动"],
        ),
    ],
)
def test_the_rows_of_an_announced_table_are_the_items(chunks, question, items, absent):
    answer = ask_source(FakeSource(chunks), question)
    assert not answer.refused and all(i in answer.text for i in items), answer.text
    assert not any(a in answer.text for a in absent)
    assert answer.text.index(items[0]) < answer.text.index(items[-1])


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("云杉图书馆搞了哪些志愿服务项目", ["志愿", "服务项目"]),
        ("有哪几项特色活动？", ["特色", "活动"]),
        ("谁牵头", []),
    ],
)
def test_listed_thing_words(question, words):
    assert listed_thing_words(question) == words


def test_a_table_announced_about_other_things_does_not_answer():
    sentence = "支部组织开展的主要志愿服务项目如下表。"
    assert announces_thing(sentence, listed_thing_words("开展了哪些志愿服务项目"))
    assert not announces_thing(sentence, listed_thing_words("开展了哪些党员培训"))
