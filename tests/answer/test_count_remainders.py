"""Counts stated as remainders and completions of items found earlier, attendance, quoted ratings, the later
of two chained figures, time limits and the share of a plan done (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from assistant.answer.head_verb import asked_verb
from assistant.answer.pipeline import Assistant
from assistant.answer.routing import understand
from assistant.answer.time_limits import starting_point
from tests.answer.support import FakeSource, grounded, make_chunk

TOWN = "中共白鹭镇委员会2025年上半年党建工作情况报告"
TOWN_REPORT = [
    make_chunk(
        TOWN,
        "对2024年度巡察反馈的14个问题，截至6月底已整改完成10个，剩余4个正在整改，预计年底前全部完成。",
        ("三、问题整改",),
    ),
    make_chunk(TOWN, "开展汛期隐患排查11次，发现隐患7个，已整改5个，其余2个限期整改。", ("四、安全生产",), position=1),
]
FARM = "红岩农场党总支2023年度组织生活会情况报告"
FARM_REPORT = [
    make_chunk(
        FARM,
        "农场党总支现有党员41名，应到会41名，实到会37名，4名因外出务工请假。民主评议中，评定“优秀”等次党员六名，"
        "评定为合格的33名。",
        ("一、基本情况",),
    ),
    make_chunk(
        FARM, "会前发放征求意见表90份，收集意见建议52条，归纳梳理为6个方面19条。", ("二、会前准备",), position=1
    ),
    make_chunk(
        FARM,
        "会后7个工作日内将会议记录和整改清单报场党委。全年完成粮食订单收购1.8万吨，完成年度计划1.6万吨的112.5%。",
        ("三、有关要求",),
        position=2,
    ),
]


def ask(chunks: list, question: str):
    return grounded(Assistant(FakeSource(chunks)).ask(question))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "figure", "absent"),
    [
        ("白鹭镇巡察反馈的问题还剩几个没整改", "4个", ["10个", "14个"]),
        ("白鹭镇到2025年6月底巡察反馈的问题整改完了，还有几个没整改", "4个", ["10个"]),
        ("白鹭镇到2025年6月底巡察反馈的问题整改完了几个", "10个", ["4个", "14个"]),
    ],
)
def test_done_and_open_parts_of_items_found_in_an_earlier_year(question, figure, absent):
    """The year said with the whole (对2024年度…14个问题) is when the items were found; their state is the
    report's (截至6月底已整改完成10个)."""
    answer = ask(TOWN_REPORT, question)
    assert not answer.refused and figure in answer.text and not any(a in answer.text for a in absent)


def test_a_state_clause_that_names_an_earlier_year_itself_stays_of_that_year():
    facts = {f.value_text: f for f in extract_facts(TOWN_REPORT[0])}
    from assistant.answer.count_periods import of_earlier_year

    assert not of_earlier_year(facts["10个"]) and not of_earlier_year(facts["4个"])
    assert of_earlier_year(facts["14个"])  # found in 2024, recalled by the 2025 report


@pytest.mark.parametrize(
    ("question", "figure", "absent"),
    [
        ("红岩农场党总支组织生活会实到几个", "37名", ["41名", "78"]),
        ("红岩农场党总支组织生活会请假了几个", "4名", ["37名"]),
    ],
)
def test_attendance_asked_with_ge_counts_people(question, figure, absent):
    answer = ask(FARM_REPORT, question)
    assert not answer.refused and figure in answer.text and not any(a in answer.text for a in absent)


def test_who_should_attend_and_who_did_are_never_added_up():
    answer = ask(FARM_REPORT, "红岩农场党总支组织生活会应到会几个")
    assert "41名" in answer.text and "78" not in answer.text


SCHOOL = [
    make_chunk(
        "青松小学党支部2024年度民主评议党员情况报告",
        "参加评议党员19名，评为“先进”等级的党员4名，评为合格的15名。",
        ("一、评议结果",),
    )
]


@pytest.mark.parametrize(
    ("chunks", "question", "figure", "absent"),
    [
        (FARM_REPORT, "红岩农场党总支评了几个优秀党员", "六名", "33名"),
        (SCHOOL, "青松小学党支部评了几个先进党员", "4名", "15名"),
    ],
)
def test_a_rating_in_quotation_marks_counts_the_rated_members(chunks, question, figure, absent):
    """评定“优秀”等次党员六名 counts 优秀党员; the next figure (合格的33名) is no answer to it."""
    answer = ask(chunks, question)
    assert figure in answer.text and absent not in answer.text


@pytest.mark.parametrize(
    ("question", "figure", "absent"),
    [
        ("红岩农场征求意见归纳成了多少条", "19条", ["52条", "90份"]),
        ("红岩农场党总支征求意见收集归纳成了多少条", "19条", ["52条"]),
        ("红岩农场征求意见收集了多少条", "52条", ["19条", "90份"]),
    ],
)
def test_the_asked_verb_picks_the_figure_of_a_chain(question, figure, absent):
    """收集意见52条，归纳梳理为6个方面19条: 归纳成了多少条 asks the later figure, 收集了多少条 the earlier."""
    answer = ask(FARM_REPORT, question)
    assert not answer.refused and figure in answer.text and not any(a in answer.text for a in absent)


@pytest.mark.parametrize(
    ("question", "verb"),
    [("征求意见收集归纳成了多少条", "归纳"), ("全年走访群众多少户", None), ("上半年开展了几次主题党日", None)],
)
def test_asked_verb(question, verb):
    assert asked_verb(question) == verb


def test_a_grouping_before_a_figure_is_not_what_it_counts():
    facts = {f.value_text: f for f in extract_facts(FARM_REPORT[1])}
    assert "归纳" in facts["19条"].predicate


@pytest.mark.parametrize(
    "question", ["红岩农场会后几天内要把材料报上去", "红岩农场党总支开完会后多少个工作日内要报会议记录"]
)
def test_a_time_limit_after_the_same_starting_point(question):
    answer = ask(FARM_REPORT, question)
    assert not answer.refused and "7个工作日" in answer.text


def test_a_time_limit_from_another_starting_point_is_refused():
    assert ask(FARM_REPORT, "红岩农场会前几天内要交材料").refused


@pytest.mark.parametrize(
    ("question", "point"), [("会后几天内要报上去", "会后"), ("收到通知后几日内报送", "通知后"), ("几天内报送", None)]
)
def test_starting_point(question, point):
    assert starting_point(question) == point


def test_a_share_of_the_plan_done_is_an_actual_figure():
    facts = {f.value_text: f for f in extract_facts(FARM_REPORT[2])}
    assert "plan" not in facts["112.5%"].qualifiers and "plan" in facts["1.6万吨"].qualifiers
    chunk = make_chunk("青石县供销社2024年度工作总结", "全年计划完成率达到96%。")
    assert "plan" not in extract_facts(chunk)[0].qualifiers


def test_the_share_of_the_plan_is_answered_beside_the_amount():
    answer = ask(FARM_REPORT, "红岩农场2023年完成粮食订单收购多少万吨？完成计划的百分之几？")
    assert "1.8万吨" in answer.text and "112.5%" in answer.text


def test_baifenzhiji_is_a_quantity_question():
    assert understand("红岩农场完成计划的百分之几", None).kind == "count"


LOGISTICS = "青峰物流有限公司党支部2024年度组织生活会情况报告"
LOGISTICS_REPORT = [
    make_chunk(
        LOGISTICS,
        "会后，支部针对查摆的问题制定整改清单，明确整改问题13个、整改措施27条。截至2025年3月底，已整改完成10个，"
        "剩余3个正在推进。",
        ("四、整改落实情况",),
    )
]


def test_done_and_open_figures_are_parts_of_the_whole_of_the_sentence_before():
    facts = {f.value_text: f for f in extract_facts(LOGISTICS_REPORT[0])}
    assert facts["10个"].parent == facts["13个"].position and facts["3个"].parent == facts["13个"].position
    assert not facts["13个"].qualifiers & {"done", "open"}  # 整改问题13个: items to fix, not fixed


@pytest.mark.parametrize(
    ("question", "figure", "absent"),
    [
        ("青峰物流有限公司党支部整改问题还剩几个没整改", "3个", ["10个", "13个"]),
        ("青峰物流有限公司党支部的整改问题已经整改完成几个", "10个", ["3个", "13个"]),
    ],
)
def test_remainders_stated_in_the_sentence_after_the_whole(question, figure, absent):
    answer = ask(LOGISTICS_REPORT, question)
    assert not answer.refused and figure in answer.text and not any(a in answer.text for a in absent)


def test_wancheng_le_after_the_items_asks_what_is_done():
    from assistant.answer.asked_quantity import read_asked

    assert read_asked("青峰物流组织生活会后列了整改问题，完成了几个").state == "done"


FORESTRY = [
    make_chunk(
        "石门县林业局党组2024年度党建工作总结",
        "开展内部巡察3轮，发现问题21个，已全部完成整改。全年开展主题党日12次。",
        ("二、巡察整改",),
    )
]
CLINIC = [
    make_chunk(
        "柳河镇卫生院党支部2024年度工作总结",
        "收集群众就医诉求34件，均已办结到位。组织义诊9次。",
        ("三、为民服务",),
    )
]


@pytest.mark.parametrize(
    ("chunks", "question", "quote"),
    [
        (FORESTRY, "石门县林业局内部巡察发现的问题还剩几个没整改", "已全部完成整改"),
        (CLINIC, "柳河镇卫生院群众就医诉求还有几件没办结", "均已办结到位"),
    ],
)
def test_nothing_left_when_all_items_are_said_to_be_done(chunks, question, quote):
    answer = ask(chunks, question)
    assert not answer.refused and "没有剩余" in answer.text and quote in answer.text


def test_no_remainder_is_made_up_without_a_statement_that_all_are_done():
    answer = ask(FARM_REPORT, "红岩农场征求意见还剩几条没落实")
    assert answer.refused or "没有剩余" not in answer.text


PORT = [
    make_chunk(
        "远山港务集团党委2023年度党建工作总结",
        "组建党员突击队6支，全年完成港口建设投资21.4亿元，完成年度计划的104.5%。",
        ("二、中心工作",),
    )
]


def test_a_share_of_the_plan_asked_with_zhan_is_no_plan_figure():
    """占年度计划百分之几 asks how much of the plan was done: the 104.5%, not a planned figure."""
    answer = ask(PORT, "远山港务23年港口建设投资完成了多少，占年度计划百分之几")
    assert "21.4亿元" in answer.text and "104.5%" in answer.text


def test_what_became_of_the_remaining_items():
    """剩下的怎么处理的: the one sentence of the report stating the open items and what is done with them."""
    chunks = [
        make_chunk(
            "清河中学党总支2023年度工作总结",
            "主题教育中检视问题8个，已整改6个，其余2个列入长期整改清单。全年发展党员2名。",
            ("二、主题教育",),
        )
    ]
    for question in ("清河中学主题教育剩下的问题怎么处理的", "清河中学其余的如何安排"):
        answer = ask(chunks, question)
        assert not answer.refused and "列入长期整改清单" in answer.text, question


def test_remaining_items_of_several_statements_are_not_guessed():
    answer = ask(TOWN_REPORT, "白鹭镇剩下的怎么处理的")
    assert "限期整改" not in answer.text or "正在整改" not in answer.text


def test_the_open_items_of_another_topic_do_not_answer():
    chunks = [
        make_chunk(
            "清河中学党总支2023年度工作总结",
            "主题教育中检视问题8个，已整改6个，其余2个列入长期整改清单。为师生办实事10件。",
            ("二、主题教育",),
        )
    ]
    assert "长期整改清单" not in ask(chunks, "清河中学办实事剩下的怎么处理的").text
