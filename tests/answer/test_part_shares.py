"""Shares, stated zeros and left-to-do asked of figures a report states: 到会率 / 占比 / 占…的百分之几 worked out
from two cited figures (a share the report states is quoted), 未立案… answering a count with 0, 带动了多少X taking
the clause that says 带动, 任务…上半年干完以后还差几个 against the year's plan, and a clerk's short form (社零)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

WATER = "东岭县水务局机关党委2024年度党建工作总结"
WATER_DOC = [
    make_chunk(
        WATER,
        "机关党委下设4个党支部。截至2024年12月底，共有党员84名，其中在职党员60名、退休党员24名；"
        "女党员29名，占党员总数的34.5%。全年发展党员3名。",
        ("一、基层组织建设",),
        position=0,
    ),
    make_chunk(
        WATER,
        "各党支部于2025年1月召开了2024年度组织生活会，应参会党员84名，实际参会78名，6名党员因值守防汛工作请假。"
        "会后开展民主评议党员，参加评议党员84名，评为优秀的19名、合格的65名。",
        ("二、组织生活会和民主评议",),
        position=1,
    ),
    make_chunk(
        WATER,
        "开展水利技术培训班12期，培训基层管水员930人次，其中女性管水员186人次。巡查河道堤防1260公里，排查隐患43处。",
        ("三、服务中心工作",),
        position=2,
    ),
    make_chunk(
        WATER,
        "开展廉政谈话64人次，全年未立案查处违纪案件，没有发生党员干部违法违纪问题。",
        ("四、党风廉政建设",),
        position=3,
    ),
    make_chunk(
        WATER,
        "一是全年计划发展党员5名；二是开展水利技术培训不少于15期；三是组织党员志愿服务活动40场。",
        ("五、2025年工作打算",),
        position=4,
    ),
]
WATER_HALF = "东岭县水务局机关党委2025年上半年党建工作报告"
WATER_HALF_DOC = [
    make_chunk(
        WATER_HALF,
        "上半年发展党员2名，确定入党积极分子5名。组织党员志愿服务活动18场，参与党员310人次。",
        ("一、组织建设",),
        position=0,
    ),
    make_chunk(
        WATER_HALF,
        "党员先锋队领办“清水行动”项目1个，带动服务村组67个，推动解决村组饮水、灌溉等难题23个。"
        "上半年全县实现社会消费品零售总额58.3亿元。",
        ("二、业务融合",),
        position=1,
    ),
    make_chunk(WATER_HALF, "运用“第一种形态”处理3人次；上半年未立案查处违纪案件。", ("三、纪律建设",), position=2),
]
CLINIC = "南坪镇卫生院党支部2024年度工作总结"
CLINIC_DOC = [
    make_chunk(
        CLINIC,
        "支部全年召开党员大会4次，应出席党员23名，实际出席21名。年度评议中，参加评议党员23名，评为优秀5名。",
        ("一、支部建设",),
        position=0,
    ),
    make_chunk(
        CLINIC,
        "全年开展健康义诊36场，服务群众2150人次，其中老年人1290人次。培训乡村医生140人次，其中农村女医生42人次。全年没有发生医疗安全事故。",
        ("二、为民服务",),
        position=1,
    ),
]

DUTY = "东岭县水务局机关党委书记周明远2024年度述职报告"
DUTY_DOC = [
    make_chunk(
        DUTY,
        "本人领办“清水行动”党建品牌项目1个，带动服务农户670户，推动解决农户饮水、灌溉等问题23个。",
        ("二、履职情况",),
        position=0,
    )
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(WATER_DOC, WATER_HALF_DOC, CLINIC_DOC, DUTY_DOC))


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("水务局2024年度组织生活会的到会率是多少？", ("约92.9%", "78", "84", "按所引数字计算")),
        ("南坪镇卫生院党员大会出席率多少？", ("约91.3%", "21", "23")),
        ("水务局民主评议评了几个优秀？占参评党员的百分之几？", ("19名", "约22.6%", "19名÷84名")),
        ("水务局培训的管水员里女性占了百分之几？", ("20%", "186人次÷930人次")),
        ("卫生院义诊服务的群众里老年人比例是多少？", ("60%", "1290人次÷2150人次")),
        ("乡医培训里农村女医生占了百分之几？", ("30%", "42人次÷140人次")),
    ],
)
def test_a_share_of_two_stated_figures_is_worked_out_and_labelled(assistant, question, said):
    answer = assistant.ask(question)
    assert not answer.refused and all(s in answer.text for s in said), answer.text


def test_a_share_the_report_states_is_quoted_not_worked_out(assistant):
    answer = assistant.ask("水务局2024年女党员占比多少？")
    assert "34.5%" in answer.text and "按所引数字计算" not in answer.text, answer.text


def test_a_share_asked_after_a_part_is_of_that_part_not_a_share_stated_of_another(assistant):
    answers = converse(assistant, "水务局2024年有多少党员？", "其中退休的几个？", "占比多少？")
    assert "24名" in answers[1].text, answers[1].text
    assert "约28.6%" in answers[2].text and "34.5%" not in answers[2].text, answers[2].text


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("水务局2025年上半年立了几个案子？", "上半年未立案查处违纪案件"),
        ("水务局2024年立案查处了几起违纪案件？", "全年未立案查处违纪案件"),
        ("南坪镇卫生院2024年发生了几起医疗安全事故？", "没有发生医疗安全事故"),
    ],
)
def test_a_stated_zero_answers_a_count_with_0_and_its_quote(assistant, question, quoted):
    answer = assistant.ask(question)
    assert not answer.refused and answer.text.startswith("0") and quoted in answer.citations[0].quote, answer.text


def test_a_zero_is_no_answer_for_something_else(assistant):
    answer = assistant.ask("南坪镇卫生院2024年发展了几名党员？")
    assert answer.refused or not answer.text.startswith("0"), answer.text


def test_a_grade_asked_before_its_count_word_counts_people(assistant):
    answers = converse(assistant, "水务局2024年度组织生活会民主评议优秀的有几个？", "合格的呢？")
    assert "19名" in answers[0].text and "65名" in answers[1].text, [a.text for a in answers]


@pytest.mark.parametrize(
    ("question", "said", "unsaid"),
    [
        ("周明远2024年领办的品牌项目带动了多少农户？", "670户", "23个"),
        ("周明远的品牌项目一共带动服务了多少户农户？", "670户", "23个"),
        ("水务局先锋队领办的项目带动了多少村组？", "67个", "23个"),
    ],
)
def test_the_asked_verb_picks_its_own_clause_over_a_later_one_doing_else(assistant, question, said, unsaid):
    answer = assistant.ask(question)
    assert said in answer.text and unsaid not in answer.text, answer.text


def test_what_is_left_of_a_task_after_a_half_is_the_years_plan_less_the_half(assistant):
    answer = assistant.ask("水务局2025年发展党员任务，上半年干完以后还差几个？")
    assert "3名" in answer.text and "5名－2名" in answer.text, answer.text


def test_a_clerks_short_form_of_a_figure_and_a_note_on_where_to_look(assistant):
    answer = assistant.ask("上半年东岭全县社零总额多少？水务局报告里写的")
    assert "58.3亿元" in answer.text and "没有找到" not in answer.text, answer.text
