"""Figures of another kind never answer: 共青团员 for 党员, all members for 女党员, 人次 for 名,
工作经费 for 党费; money asked after 多少 (多少慰问金) and spent money (已使用…万元)."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.question import counted_people
from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "丰源水务公司党支部2024年度工作总结"
REPORT = [
    make_chunk(TITLE, "党支部现有党员46名，其中女党员12名。全年发展党员3名。", ("一、队伍建设",), position=0),
    make_chunk(
        TITLE,
        "指导公司团委开展主题团日活动，全年发展共青团员25名，开展青年突击队活动6次。",
        ("二、群团工作",),
        position=1,
    ),
    make_chunk(TITLE, "春节前走访慰问困难职工18人，发放慰问金3.6万元。", ("三、关爱职工",), position=2),
    make_chunk(TITLE, "全年收缴党费12.4万元，党费使用情况公示2次。", ("四、党费管理",), position=4),
    make_chunk(
        TITLE,
        "全年党建工作经费预算20万元，已使用17.8万元，主要用于阵地建设。与班子成员开展谈心谈话52人次。",
        ("四、保障",),
        position=3,
    ),
]
OTHER_TITLE = "清河供水集团机关党支部2024年度工作总结"
OTHER = [
    make_chunk(
        OTHER_TITLE,
        "机关党支部共有党员31名，支委会研究事项40项。全年党建工作经费预算8万元，已使用6.5万元。",
        ("一、基本情况",),
        position=0,
    )
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT, OTHER)


@pytest.mark.parametrize("question", ["丰源水务公司党支部2024年发展了几名党员？", "丰源水务党支部全年发展多少个党员"])
def test_members_are_not_league_members(source, question):
    answer = ask_source(source, question)
    assert "3名" in answer.text and "25名" not in answer.text


def test_league_members_are_counted_as_asked(source):
    assert "25名" in ask_source(source, "丰源水务公司党支部发展了多少名共青团员？").text


@pytest.mark.parametrize("question", ["清河供水集团机关党支部有多少名女党员？", "清河供水机关党支部女党员有几名"])
def test_all_members_do_not_answer_for_women(source, question):
    answer = ask_source(source, question)
    assert "31名" not in answer.text.split("相关内容")[0]
    assert answer.refused or "女党员" in answer.text


def test_women_are_answered_where_stated(source):
    assert "12名" in ask_source(source, "丰源水务公司党支部有多少名女党员？").text


@pytest.mark.parametrize("question", ["丰源水务公司党支部春节发了多少慰问金？", "丰源水务党支部慰问困难职工花了多少钱"])
def test_money_asked_after_duoshao(source, question):
    answer = ask_source(source, question)
    assert "3.6万元" in answer.text and "18人" not in answer.text


@pytest.mark.parametrize("question", ["丰源水务公司党支部党费收了多少？", "丰源水务党支部全年收缴的党费是多少"])
def test_party_dues_asked_with_a_bare_duoshao_are_money(source, question):
    answer = ask_source(source, question)
    assert "12.4万元" in answer.text and "2次" not in answer.text


def test_spent_money_takes_its_kind_from_the_clause_before(source):
    answer = ask_source(source, "丰源水务公司党支部党建经费用了多少钱？")
    assert "17.8万元" in answer.text


def test_party_dues_are_not_work_funds(source):
    answer = ask_source(source, "清河供水集团机关党支部2024年收了多少党费？")
    assert answer.refused and "6.5万元" not in answer.text and "8万元" not in answer.text


def test_people_named_after_a_visits_unit(source):
    """多少人次群众: 人次 is the unit, 群众 the people (not 次群众)."""
    title = "丰源水务公司党支部2025年上半年工作总结"
    chunks = [make_chunk(title, "开展“党员进社区”志愿服务12场，服务群众1500余人次。", ("一、为民服务",))]
    answer = ask_source(FakeSource(chunks), "丰源水务公司党支部志愿服务服务了多少人次群众？")
    assert "1500余人次" in answer.text and answer.confidence == "high"


def test_a_follow_up_part_answered_by_the_whole_statement_is_said_once():
    from assistant.answer.extractive import answer_extractively
    from assistant.answer.routing import understand

    title = "丰源水务公司党委2024年度党建工作总结"
    chunks = [make_chunk(title, "全年讲授专题党课9次，其中党委书记林海同志讲授2次。", ("一、理论学习",))]
    history = [
        {"role": "user", "content": "丰源水务公司党委2024年讲了多少次专题党课？"},
        {"role": "assistant", "content": "全年讲授专题党课9次〔1〕。"},
    ]
    answer = answer_extractively(understand("其中林海讲了几次？", history), FakeSource(chunks))
    assert "2次" in answer.text and len(answer.text.split("\n")) == len(set(answer.text.split("\n")))


def test_a_plan_recalling_the_year_before_states_actual_figures():
    """2024年，支部开展主题党日12次 in a 2025 plan was done; 2025年计划发展党员2名 is planned."""
    from assistant.answer.facts import extract_facts

    title = "白沙中学党支部2025年党建工作要点"
    chunk = make_chunk(title, "2024年，支部开展主题党日12次，发展党员1名。2025年计划发展党员2名。", ("前言",))
    plans = {f.value_text: "plan" in f.qualifiers for f in extract_facts(chunk)}
    assert plans == {"12次": False, "1名": False, "2名": True}


def test_a_plan_paragraph_recalling_the_year_before_keeps_that_year_to_its_end():
    """2025年，…党员1320名。全年发展党员13名，…。在此基础上，2026年重点抓好…: 13名 is 2025's, not planned."""
    from assistant.answer.facts import extract_facts

    title = "中共白沙公交集团有限公司委员会2026年党建工作要点"
    text = "2025年，集团党委共有党员1320名。全年发展党员13名，创建示范线路16条。在此基础上，2026年计划发展党员15名。"
    plans = {f.value_text: "plan" in f.qualifiers for f in extract_facts(make_chunk(title, text, ("前言",)))}
    assert plans == {"1320名": False, "13名": False, "16条": False, "15名": True}


def test_items_of_money_management_are_items_not_money():
    title = "丰源水务公司党委2024年党风廉政建设分析会情况报告"
    chunks = [make_chunk(title, "梳理了“大额资金管理”“公务接待费管理”等18项风险点。", ("二、风险排查",))]
    answer = ask_source(FakeSource(chunks), "丰源水务公司分析会梳理了多少项资金管理风险点？")
    assert "18项" in answer.text and not answer.refused


def test_a_person_asked_by_name_gets_their_own_figure():
    title = "白沙县气象局党支部书记2024年度述职报告"
    chunks = [make_chunk(title, "本人讲党课2次，宣传委员刘晓芸讲党课1次，全年共讲党课4次。", ("一、主要工作",))]
    answer = ask_source(FakeSource(chunks), "白沙县气象局党支部2024年刘晓芸讲了几次党课？")
    assert "1次" in answer.text and "4次" not in answer.text


@pytest.mark.parametrize("as_of", ["截至2024年12月底，", "截止到12月31日，"])
def test_the_day_figures_are_taken_is_no_counted_word(source, as_of):
    assert "46名" in ask_source(source, f"{as_of}丰源水务公司党支部有多少名党员？").text


def test_a_rating_counted_with_ge_is_people():
    title = "丰源水务公司党支部2024年度组织生活会情况报告"
    chunks = [make_chunk(title, "开展民主评议党员，参评党员23名，评议结果为优秀7名、合格16名。", ("三、民主评议",))]
    assert "优秀7名" in ask_source(FakeSource(chunks), "丰源水务公司党支部民主评议评了几个优秀？").text


PLAN_TITLE = "中共青川市公共交通集团有限公司委员会2026年党建工作要点"
PLAN = FakeSource(
    [
        make_chunk(PLAN_TITLE, "党员带头推动车辆更新，年内新能源公交车占比提升至92%。", ("二、服务中心工作",)),
        make_chunk(PLAN_TITLE, "结合线路调整，年内新建场站党支部4个。", ("一、组织建设",), position=1),
    ]
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("新能源公交车占比要达到多少？", "92%"),
        ("今年要新建几个场站党支部？", "4个"),
        ("场站党支部计划新建几个？", "4个"),
    ],
)
def test_a_target_asked_with_yao_is_answered_from_the_plan(question, expected):
    """要达到/要新建 ask for the target a plan sets; the plan's figure answers, cited."""
    answer = ask_source(PLAN, question)
    assert not answer.refused and expected in answer.text and answer.citations


@pytest.mark.parametrize("question", ["新建了几个场站党支部？", "新能源公交车占比达到了多少？"])
def test_what_was_done_is_not_answered_from_a_plan(question):
    """Without 要/计划 the question asks what was done: a plan's figure is neither answer nor quotation."""
    answer = ask_source(PLAN, question)
    assert answer.refused and answer.confidence != "low"


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("支部有多少名女党员", ("女党员", "党员")),
        ("机关党支部女党员有几名", ("女党员", "党员")),
        ("村里党员有多少人", ("党员", "党员")),
        ("预备党员一共多少人", ("预备党员", "党员")),
    ],
)
def test_the_people_counted_before_or_after_the_quantity_word(question, people):
    assert counted_people(question) == people


@pytest.mark.parametrize("question", ["上半年发展党员多少名？", "转正党员有几名"])
def test_an_act_before_the_people_is_no_kind_of_people(question):
    """发展党员多少名 counts an act (发展), not members of a kind: 发展预备党员2名 answers it."""
    assert counted_people(question) is None


ADMISSIONS = FakeSource(
    [
        make_chunk(
            "中共东岭县自然资源局机关委员会2024年度党建工作总结",
            "全年发展党员5名，其中一线技术人员4名；确定入党积极分子8名；按期转正预备党员3名。",
            ("（二）做好发展党员工作",),
        )
    ]
)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("自然资源局发展了几名党员？", "5名", ["8名", "3名", "共8"]),
        ("自然资源局全年发展党员多少个", "5名", ["3名", "共8"]),
        ("自然资源局转正了几名预备党员？", "3名", ["5名"]),
        ("自然资源局确定了多少入党积极分子", "8名", ["5名", "3名"]),
    ],
)
def test_admission_confirmation_and_designation_are_counted_apart(question, expected, absent):
    """发展 and 转正 under one heading are different acts: never one for the other, never summed."""
    answer = ask_source(ADMISSIONS, question)
    assert expected in answer.text
    assert not any(a in answer.text for a in absent)


LOANS = FakeSource(
    [
        make_chunk(
            "中共兴邦银行东湖支行委员会2024年度党建工作报告",
            "全年发放普惠小微贷款4.26亿元，同比增长18.3%，服务小微企业312户。",
            ("三、金融服务",),
        )
    ]
)


def test_loans_are_money_and_baifenzhi_duoshao_is_a_percentage():
    answer = ask_source(LOANS, "东湖支行2024年普惠小微贷款一共放了多少")
    assert not answer.refused and "4.26亿元" in answer.text
    assert read_asked("普惠小微贷款同比增长了百分之多少").family == "percent"
    assert read_asked("存款余额有多少").family == "money"
