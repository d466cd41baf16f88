"""Figures in table rows rendered as sentences (label：column value，…): a row's figures are that row's,
a column total is the 合计 row or the sum over the rows asked about, and values of columns are never added."""

from __future__ import annotations

import pytest

from assistant.answer.fact_cells import row_label
from assistant.answer.facts import extract_facts
from tests.answer.support import FakeSource, ask_source, make_chunk

HOSPITAL = "青禾县人民医院党总支2024年度工作总结"
HOSPITAL_DOC = [
    make_chunk(HOSPITAL, "医院党总支严格落实“三会一课”制度，全年召开党总支委员会11次。", ("一、组织建设",), position=0),
    make_chunk(
        HOSPITAL,
        "各支部情况见下表。\n"
        "急诊党支部：支部书记为唐晓，党员人数18，全年发展党员2，主题党日12次。\n"
        "儿科党支部：支部书记为罗敏，党员人数23，全年发展党员1，主题党日12次。\n"
        "药剂党支部：支部书记为钱宁，党员人数15，全年发展党员0，主题党日10次。\n"
        "机关党支部：支部书记为吴鹏，党员人数20，全年发展党员1，主题党日12次。\n"
        "合计：支部书记—，党员人数76，全年发展党员4，主题党日46次。",
        ("二、支部建设",),
        position=1,
    ),
]

BUREAU = "河湾区水务局机关党支部2024年上半年工作总结"
GROUPS_DOC = [
    make_chunk(
        BUREAU,
        "支部下设3个党小组，活动情况如下。\n"
        "第一党小组（规划科）：党员人数9名，党小组会6次，志愿服务22人次。\n"
        "第二党小组（工程科）：党员人数11名，党小组会6次，志愿服务30人次。\n"
        "第三党小组（办公室）：党员人数8名，党小组会5次，志愿服务17人次。",
        ("三、党小组活动",),
        position=0,
    ),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(HOSPITAL_DOC, GROUPS_DOC)


ask = ask_source


def test_a_row_is_told_from_prose():
    assert row_label("儿科党支部：支部书记为罗敏，党员人数23，全年发展党员1，主题党日12次。") == "儿科党支部"
    assert row_label("序号3：时间4月18日，研讨专题为耕地保护，领学人为周岚。") == "序号3"
    assert row_label("主要做法：开设“四点半课堂”服务小学生90余名，组织义诊3次。") == ""
    assert row_label("书记在讲话中强调：一是要深刻领会精神，二是要狠抓落实。") == ""


def test_a_bare_cell_takes_its_column_family_and_its_row_label():
    facts = extract_facts(HOSPITAL_DOC[1])
    members = [f for f in facts if f.predicate == "党员人数"]
    assert [(f.row, f.number, f.family) for f in members][:2] == [
        ("急诊党支部", 18, "person"),
        ("儿科党支部", 23, "person"),
    ]
    assert "total" in members[-1].qualifiers and members[-1].row == "合计"
    assert members[0].said == "急诊党支部：党员人数18"


@pytest.mark.parametrize(
    ("question", "figure", "not_figures"),
    [
        ("青禾县人民医院儿科党支部有多少名党员？", "党员人数23", ("18", "76")),
        ("人民医院药剂党支部一共有几个党员", "党员人数15", ("23", "76")),
        ("青禾县人民医院急诊党支部2024年发展了几名党员？", "全年发展党员2", ("76", "全年发展党员4")),
    ],
)
def test_a_question_naming_a_row_uses_that_row_only(source, question, figure, not_figures):
    text = ask(source, question).text
    assert figure in text
    assert all(other not in text for other in not_figures)


@pytest.mark.parametrize(
    "question", ["青禾县人民医院四个党支部加起来一共多少名党员？", "人民医院各支部党员人数合计是多少名？"]
)
def test_a_column_total_is_the_total_row(source, question):
    text = ask(source, question).text
    assert "76" in text and "77" not in text


@pytest.mark.parametrize(
    "question", ["河湾区水务局三个党小组志愿服务加起来一共多少人次？", "水务局机关党支部各党小组一共志愿服务了多少人次"]
)
def test_a_column_without_total_row_is_summed_over_the_rows(source, question):
    answer = ask(source, question)
    assert "69人次" in answer.text
    assert all(f"志愿服务{n}人次" in answer.text for n in (22, 30, 17))


@pytest.mark.parametrize("question", ["第二党小组开了几次党小组会？", "河湾区水务局第三党小组上半年志愿服务多少人次"])
def test_one_group_row_is_not_mixed_with_another(source, question):
    text = ask(source, question).text
    if "第二" in question:
        assert "党小组会6次" in text and "第一党小组" not in text and "第三党小组" not in text
    else:
        assert "17人次" in text and "22" not in text and "30" not in text


QUOTED_HEADER_ROWS = [
    make_chunk(
        "中共青石中学总支部委员会关于2023年度组织生活会召开情况的报告",
        "各支部情况如下：\n"
        "第一党支部：党员人数15，查摆问题9条，民主评议“优秀”4人。\n"
        "第二党支部：党员人数21，查摆问题13条，民主评议“优秀”6人。\n"
        '第三党支部：党员人数17，查摆问题10条，民主评议"优秀"5人。',
        ("二、会议召开情况",),
    )
]


def test_a_column_header_may_quote_a_word():
    assert row_label("第二党支部：党员人数21，查摆问题13条，民主评议“优秀”6人。") == "第二党支部"
    for question in ("青石中学三个支部民主评议优秀一共多少人？", "青石中学各党支部民主评议“优秀”的加起来几个人？"):
        answer = ask(FakeSource(QUOTED_HEADER_ROWS), question)
        assert "15人" in answer.text, answer.text


MEETING_TABLE = FakeSource(
    [
        make_chunk(
            "中共云川县统计局机关委员会2024年度党建工作总结",
            "各支部全年组织生活情况见下表。\n第一党支部：党员人数18，党员大会4，支委会12，主题党日12。\n"
            "第二党支部：党员人数20，党员大会4，支委会13，主题党日11。\n合计：党员人数38，党员大会8，支委会25，主题党日23。",
            ("二、组织生活",),
        )
    ]
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("统计局各支部支委会加起来开了多少回", "25"),
        ("统计局第二党支部开了几次主题党日", "11"),
        ("统计局第一党支部党员大会开了几次", "4"),
    ],
)
def test_columns_named_by_a_meeting_count_times(question, expected):
    """A table whose columns say no unit (支委会 12): a meeting's column counts the times it was held."""
    answer = ask_source(MEETING_TABLE, question)
    assert not answer.refused and expected in answer.text
