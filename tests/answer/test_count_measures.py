"""A measure word that names the kind of thing (几部, 几户) picks its figure; a turn naming only an act
(已经装了几部) counts the thing of the turn before."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, ask_source, make_chunk

LIUWAN = "柳湾社区党委2024年度工作总结"
SHILING = "石岭村党支部2023年度工作总结"
LIUWAN_CHUNKS = [
    make_chunk(LIUWAN, "全年受理老旧小区加装电梯申请17件，已完成安装5部。", ("三、为民办实事",), position=0),
    make_chunk(LIUWAN, "社区党委下设4个网格党支部，共有党员132名。", ("一、基本情况",), position=1),
]
SHILING_CHUNKS = [
    make_chunk(SHILING, "走访慰问困难群众42户。石岭村党支部共有党员35名。", ("二、服务群众",), position=0),
    make_chunk(SHILING, "受理修缮危旧房屋的申请26件，已完成修缮11户。", ("二、服务群众",), position=1),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(LIUWAN_CHUNKS, SHILING_CHUNKS)


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("柳湾社区2024年装了几部电梯？", "5部", "17件"),
        ("柳湾社区加装电梯的申请有多少件", "17件", "5部"),
        ("石岭村修缮了几户危旧房屋", "11户", "26件"),
    ],
)
def test_the_asked_measure_word_picks_its_figure(source, question, expected, not_expected):
    answer = ask_source(source, question)
    assert expected in answer.text and not_expected not in answer.text, answer.text


@pytest.mark.parametrize(
    ("first", "first_expected", "act", "act_expected"),
    [
        ("柳湾社区2024年受理加装电梯的申请有多少？", "17件", "已经装了几部？", "5部"),
        ("石岭村2023年修缮危旧房屋的申请有几件", "26件", "修了几户", "11户"),
    ],
)
def test_a_turn_naming_only_an_act_counts_the_last_thing(source, first, first_expected, act, act_expected):
    before, after = converse(Assistant(source), first, act)
    assert first_expected in before.text
    assert act_expected in after.text and first_expected not in after.text, after.text
    assert answer_problems(after) == []


POSTS = "石梁镇中心小学党支部2024年度工作总结"
POSTS_CHUNKS = [
    make_chunk(POSTS, "设立党员示范岗9个、党员责任区4个，党员教师结对帮扶学困生26名。", ("二、党员作用",), position=0),
]


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [("石梁镇中心小学设了几个党员示范岗", "9个", "26名"), ("石梁镇中心小学党员责任区有几个？", "4个", "26名")],
)
def test_posts_named_after_members_are_counted_as_items(question, expected, not_expected):
    answer = ask_source(FakeSource(POSTS_CHUNKS), question)
    assert expected in answer.text and not_expected not in answer.text, answer.text
    assert answer.derived_numbers == set()  # one figure, not 9 + 4


def test_another_organisation_without_the_period_talked_about_answers_from_what_it_has(source):
    first, second = converse(Assistant(source), "柳湾社区2024年有多少名党员", "换成石岭村的呢")
    assert "132名" in first.text
    assert "35名" in second.text and not second.refused, second.text
    assert "2024年" in second.note
    _, named = converse(Assistant(source), "柳湾社区2024年有多少名党员", "换成石岭村，走访慰问了多少户困难群众")
    assert "42户" in named.text and not named.refused, named.text


FOREST = "中共白石岭国有林场委员会2024年度工作总结"
FOREST_CHUNKS = [
    make_chunk(
        FOREST, "年初计划完成植树造林900亩，实际完成1020亩；完成森林抚育3100亩。", ("二、生态建设",), position=0
    ),
    make_chunk(
        FOREST, "林区光伏电站全年发电量2.6万千瓦时。年初计划发展党员3名，实际发展党员2名。", ("三、其他",), position=1
    ),
]


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("白石岭林场2024年造林实际完成多少亩", "1020亩", "3100亩"),
        ("白石岭林场计划造林多少亩", "900亩", "1020亩"),
        ("白石岭林场光伏电站发电量多少万千瓦时", "2.6万千瓦时", "亩"),
        ("2024年白石岭国有林场党委实际发展了几名党员", "2名", "3名"),
    ],
)
def test_measures_and_the_actual_figure_beside_its_plan(question, expected, not_expected):
    answer = ask_source(FakeSource(FOREST_CHUNKS), question)
    assert expected in answer.text and not_expected not in answer.text, answer.text


def test_a_short_name_one_document_goes_by_is_whose_not_what():
    title = "中共溪口县人力资源和社会保障局机关委员会2024年度党建工作总结"
    opening = make_chunk(
        title, "溪口县人力资源和社会保障局（以下简称人社局）机关党委下设3个支部。", ("一",), position=0
    )
    full = make_chunk(title, "年初计划发展党员4名，全年实际发展党员3名，其中女性2名。", ("三、队伍建设",), position=1)
    short = make_chunk("溪口县人社局机关党委2025年上半年党建工作总结", "上半年发展党员1名。", ("二",), position=0)
    source = FakeSource([opening, full], [short])
    assert "3名" in ask_source(source, "2024年人社局机关党委实际发展了几名党员").text
    assert "4名" in ask_source(source, "人社局机关党委2024年计划发展几个党员？").text


ARCHIVE = "中共松江市档案馆支部委员会2025年上半年工作总结"
ARCHIVE_SOURCE = FakeSource(
    [
        make_chunk(
            ARCHIVE,
            "一是推进馆藏档案数字化，上半年完成36万页，整理案卷850卷，接待查档利用1200人次。",
            ("二、业务工作",),
        )
    ]
)


@pytest.mark.parametrize(
    ("question", "expected"), [("档案馆上半年数字化完成了多少页", "36万页"), ("档案馆整理了多少卷案卷", "850卷")]
)
def test_pages_and_volumes_are_measures(question, expected):
    answer = ask_source(ARCHIVE_SOURCE, question)
    assert expected in answer.text and not answer.refused, answer.text


LECTURES = FakeSource(
    [
        make_chunk(
            "中共青禾学院后勤集团总支部委员会2024年度党建工作总结",
            "全年讲党课5次：党总支书记周岚讲党课3次，副书记贺明讲党课2次。",
            ("二、党员教育",),
        )
    ]
)


@pytest.mark.parametrize("question", ["后勤集团党总支2024年宋宇讲了几次党课", "后勤集团2024年冯涛一共讲了几次党课"])
def test_a_person_the_report_does_not_name_gets_no_one_elses_figure(question):
    answer = ask_source(LECTURES, question)
    assert answer.refused and "5次" not in answer.text and "3次" not in answer.text, answer.text


def test_a_person_the_report_names_gets_their_own_figure():
    assert "3次" in ask_source(LECTURES, "后勤集团党总支2024年周岚讲了几次党课").text
