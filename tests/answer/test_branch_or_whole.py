"""A branch asked (二支部, 机关支部, 河西所) is answered by its own row or 其中 clause, never by the body's total; a
question about the whole body is answered by its total, never by one branch's row."""

from __future__ import annotations

import pytest

from assistant.answer.branch_units import names_unit, sub_unit
from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from tests.answer.support import FakeSource, grounded, make_chunk

WATER = "东川县水务局机关党委2024年度党建工作总结"
WATER_REPORT = [
    make_chunk(
        WATER,
        "局机关党委下设4个党支部，现有党员86名。2024年，局机关党委全年共发展党员7名，组织主题党日活动52次，"
        "各级书记讲党课27次。",
        ("一、基本情况",),
    ),
    make_chunk(
        WATER,
        "第一党支部：党员人数25名，发展党员2名，主题党日14次，讲党课8次。\n"
        "第二党支部：党员人数22名，发展党员3名，主题党日13次，讲党课6次。",
        ("二、各支部工作开展情况",),
        position=1,
    ),
    make_chunk(
        WATER,
        "机关党支部：党员人数21名，发展党员1名，主题党日12次，讲党课7次。\n"
        "水政监察党支部：党员人数18名，发展党员1名，主题党日13次，讲党课5次。",
        ("二、各支部工作开展情况",),
        position=2,
    ),
]
MARKET = "云岭县市场监督管理局党组2024年党建工作总结"
MARKET_REPORT = [
    make_chunk(
        MARKET,
        "局党组下辖机关党支部和城关所、河西所、石门所3个基层所党支部。2024年全局共开展主题党日活动44次，"
        "其中城关所党支部开展12次。全局发展党员5名，其中第二党支部（河西所）2名。",
        ("一、组织建设",),
    ),
]
SQUAD = "南江市交通运输综合执法支队党委2024年工作总结"
SQUAD_REPORT = [
    make_chunk(
        SQUAD,
        "支队党委下设机关党支部、路政大队党支部、运政大队党支部3个党支部，共有党员64名。",
        ("一、基本情况",),
    ),
    make_chunk(
        SQUAD, "2024年，支队党委共开展主题党日活动38次，讲专题党课12次，发展党员4名。", ("二、主要工作",), position=1
    ),
]
VILLAGE = "柳湾村党支部2024年度工作总结"
VILLAGE_REPORT = [
    make_chunk(
        VILLAGE, "柳湾村党支部现有党员37名。2024年，支部共开展主题党日活动12次，发展党员2名。", ("一、支部建设",)
    )
]


@pytest.fixture(scope="module")
def assistant() -> Assistant:
    return Assistant(FakeSource(WATER_REPORT, MARKET_REPORT, SQUAD_REPORT, VILLAGE_REPORT))  # type: ignore[arg-type]


def ask(assistant: Assistant, question: str) -> Answer:
    return grounded(assistant.ask(question))


def stated(answer: Answer) -> str:
    """The answer without the reference passages a refusal may quote."""
    return answer.text.split("相关内容")[0]


@pytest.mark.parametrize(
    ("question", "figure", "total"),
    [
        ("水务局机关支部全年讲了几次党课", "7次", "27次"),
        ("东川县水务局二支部发展了几名党员？", "3名", "7名"),
        ("水务局水政监察支部开展主题党日多少次", "13次", "52次"),
        ("市场监管局河西所发展了几名党员", "2名", "5名"),
        ("云岭县市场监管局二支部2024年发展党员多少名", "2名", "5名"),
        ("市场监管局城关所党支部开展了多少次主题党日", "12次", "44次"),
    ],
)
def test_a_branch_broken_out_is_answered_by_its_own_figure(assistant, question, figure, total):
    answer = ask(assistant, question)
    assert figure in answer.text and total not in answer.text


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("执法支队机关支部发展党员多少名", "4名"),
        ("交通运输执法支队路政大队开展了几次主题党日", "38次"),
        ("市场监管局石门所发展了几名党员", "5名"),
    ],
)
def test_a_branch_not_broken_out_is_not_given_the_bodys_total(assistant, question, total):
    answer = ask(assistant, question)
    assert total not in stated(answer)


@pytest.mark.parametrize(
    ("question", "total"),
    [("水务局2024年开展主题党日多少次", "52次"), ("东川县水务局一共讲了多少次党课", "27次")],
)
def test_the_whole_body_is_answered_by_its_total_not_a_branch_row(assistant, question, total):
    answer = ask(assistant, question)
    assert total in answer.text and "党支部" not in answer.text


def test_each_branch_asked_keeps_the_rows(assistant):
    answer = ask(assistant, "水务局各支部分别开展了几次主题党日")
    assert "14次" in answer.text and "12次" in answer.text


@pytest.mark.parametrize(
    ("question", "figure"), [("柳湾村党支部2024年开展了几次主题党日", "12次"), ("柳湾村发展了几名党员", "2名")]
)
def test_a_body_without_branches_is_unaffected(assistant, question, figure):
    assert figure in ask(assistant, question).text


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("水务局二支部发展党员多少名", "第二支部"),
        ("执法支队机关支部讲了几次党课", "机关支部"),
        ("市场监管局河西所发展党员几名", "河西所"),
        ("农业农村局农技推广站组织了几次主题党日", "推广站"),
        ("卫生院防保科讲了几次党课", "防保科"),
        ("水务局办公室开展了几次主题党日", "办公室"),
        ("中心医院在火车站开展了几次义诊", ""),  # where it was done, not whose figure
        ("这三支部一共多少人", ""),
        ("所有支部共有多少党员", ""),
    ],
)
def test_branch_short_forms_and_offices(question, unit):
    assert sub_unit(question) == unit


def test_an_ordinal_short_form_is_its_own_branch_only():
    assert names_unit("第二支部", "", "其中第二党支部（河西所）2名")
    assert not names_unit("第二支部", "", "第十二党支部：党员人数9名")


HALF = "清溪市中心医院党委2024年上半年党建工作总结"
YEAR = "清溪市中心医院党委2024年度党建工作总结"
HOSPITAL_REPORTS = (
    [
        make_chunk(
            HALF,
            "医院党委下设内科、外科、医技、行政后勤4个党支部。上半年，医院党委共发展党员6名，其中外科党支部2名、"
            "医技党支部1名。",
            ("一、组织建设",),
        )
    ],
    [
        make_chunk(YEAR, "全年，医院党委共发展党员11名，其中外科党支部3名。", ("一、组织建设",)),
        make_chunk(
            YEAR, "全年党委班子成员和支部书记共讲党课31次，其中行政后勤党支部讲党课5次。", ("二、思想建设",), position=1
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "figure", "wrong"),
    [
        ("中心医院外科支部全年发展了几名党员", "3名", "11名"),
        ("中心医院行政后勤支部2024年讲了几次党课", "5次", "31次"),
        ("中心医院内科党支部全年讲党课多少次", None, "31次"),
        ("中心医院内科支部2024年发展党员几名", None, "11名"),
    ],
)
def test_a_body_with_several_reports(question, figure, wrong):
    answer = ask(Assistant(FakeSource(*HOSPITAL_REPORTS)), question)  # type: ignore[arg-type]
    assert wrong not in stated(answer)
    assert figure in answer.text if figure else answer.refused
