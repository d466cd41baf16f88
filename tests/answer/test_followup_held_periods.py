"""Follow-ups over a year's report, the half-year report of another year and a plan (documents of our own):
上半年 is the half the knowledge base has; 给的啥处分 is what the report says was given; 这个支部 after an
answer naming a branch as the one an act went to is that branch's own figure; 完成全年目标的多少 / 去年 /
今年目标 / 累计到几个了 / 是哪个支部 keep the thing the conversation counted."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_scope import known_organisations
from assistant.answer.followup_turns import Turn
from assistant.answer.followup_units import units_named
from assistant.answer.periods import refined_period
from assistant.answer.pipeline import Assistant
from assistant.answer.question import slots_of
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

YEAR = "白鹭湾税务局党委2023年度党建工作总结"
HALF = "白鹭湾税务局党委2024年上半年党建工作报告"
SOURCE = FakeSource(
    [
        make_chunk(
            YEAR,
            "全年开展廉政谈话120人次，运用第一种形态处理17人次，其中谈话提醒11人次、诫勉6人次；立案查处违纪案件4件，"
            "给予党纪处分4人，其中警告3人、撤销党内职务1人。",
            ("三、正风肃纪",),
            position=0,
        ),
        make_chunk(
            YEAR,
            "稽查科党支部：党员数21名，组织生活党员大会6次，党课场次7，党课参加人次160。",
            ("二、基层组织",),
            position=1,
        ),
    ],
    [
        make_chunk(
            HALF,
            "上半年开展廉政谈话58人次，运用第一种形态处理9人次，其中谈话提醒6人次、诫勉3人次；立案查处违纪案件2件，"
            "给予党纪警告处分2人。",
            ("三、正风肃纪",),
            position=0,
        ),
    ],
)
ORGANISATIONS = known_organisations(SOURCE)


def resolved(*turns: str):
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "某项数字〔1〕。"}]
    return resolve(turns[-1], conversation_state(history, ORGANISATIONS), False, ORGANISATIONS)


@pytest.mark.parametrize("first", ["白鹭湾税务局2023年开展廉政谈话多少人次？", "税务局2023年开展廉政谈话多少人次？"])
@pytest.mark.parametrize("then", ["那上半年呢？", "上半年谈话了多少人次？"])
def test_a_bare_half_is_the_half_the_knowledge_base_has(first, then):
    answer = resolved(first, then)
    assert "2024年上半年" in answer.question and "2023年上半年" not in answer.question, answer


def test_the_half_held_is_answered_not_refused():
    answers = converse(Assistant(SOURCE), "白鹭湾税务局2023年开展廉政谈话多少人次？", "那上半年呢？")
    assert "58人次" in answers[1].text and not answers[1].refused, answers[1].text
    assert answers[1].note == "知识库中没有2023年上半年的材料，以上按2024年上半年的材料回答。", answers[1].note
    assert not answers[0].note, answers[0].note


@pytest.mark.parametrize("asked", ["白鹭湾税务局2023年给的啥处分？", "白鹭湾税务局2023年都给了什么处分"])
def test_penalties_a_report_gave_are_its_figures_not_a_case(asked):
    answer = Assistant(SOURCE).ask(asked)
    assert understand(asked).kind == "fact"
    assert "4人" in answer.text and "警告3人" in answer.text and "撤销党内职务1人" in answer.text, answer.text


def test_penalties_asked_after_the_cases_of_a_half_and_then_of_the_year():
    answers = converse(Assistant(SOURCE), "白鹭湾税务局2024年上半年立案了几件？", "给的啥处分？", "换成2023年的呢？")
    assert "警告处分2人" in answers[1].text, answers[1].text
    assert "警告3人" in answers[2].text, answers[2].text


def test_a_case_told_still_asks_the_rules():
    assert understand("党员酒后驾驶给啥处分").kind == "lookup"


def test_a_branch_named_as_where_an_act_went_is_named_without_the_words_before_it():
    assert units_named("其中到基层联系点稽查科党支部讲党课2场", "党支部") == ["稽查科党支部"]
    assert units_named("深入联系点东湖街道党支部调研3次", "党支部") == ["东湖街道党支部"]


def test_this_branch_after_a_served_branch_is_its_own_figure_from_any_report():
    history = [
        {"role": "user", "content": "局长述职里到联系点讲了几场？"},
        {"role": "assistant", "content": "其中到基层联系点稽查科党支部讲党课2场〔1〕。"},
    ]
    answer = resolve("这个支部2023年一共讲了几场党课？", conversation_state(history))
    assert answer.question.startswith("稽查科党支部2023年"), answer
    assert answer.same_organisation and not answer.refers_back, answer


@pytest.mark.parametrize("asked", ["完成全年目标的多少？", "完成年度目标的百分之几？"])
def test_share_of_the_target_keeps_the_figure_asked(asked):
    answer = resolved("海港区税务局2024年上半年组织收入多少？", asked)
    assert answer.question.startswith("海港区税务局2024年上半年组织收入完成"), answer


@pytest.mark.parametrize(("said", "before", "year"), [("去年", "2025年上半年", "2024年"), ("前年", "2024年", "2022年")])
def test_last_year_is_the_year_before_the_one_talked_about(said, before, year):
    assert refined_period(said, before) == year


def test_last_year_swapped_after_a_half():
    answer = resolved("海港区税务局2025年上半年查处案件多少起？", "换成去年的呢？")
    assert "2024年" in answer.question and "上半年" not in answer.question, answer


def test_a_plan_chain_keeps_the_thing_counted():
    plan = resolved("柳岸街道2024年评了几个红旗党小组？", "今年目标是多少个？")
    assert "目标" in plan.question and "今年" in plan.question, plan
    assert slots_of(plan.question).counted == "红旗党小组", plan  # counted, not glued into whose
    done = resolved("柳岸街道2024年评了几个红旗党小组？", "今年目标是多少个？", "上半年累计到几个了？")
    assert slots_of(done.question).counted == "红旗党小组", done
    left = resolved("柳岸街道2024年评了几个红旗党小组？", "今年目标是多少个？", "上半年累计到几个了？", "还差几个？")
    assert left.compared and "目标" in left.compared[0], left


def test_an_organisation_named_by_its_kind_is_whose_the_conversation_is():
    assert Turn("检察院2025年计划建几个示范党支部？").holder == "检察院"
    half = resolved("检察院2025年计划建几个示范党支部？", "上半年完成了几个？")
    assert half.question.startswith("检察院2025年上半年"), half
    which = resolved("检察院2025年计划建几个示范党支部？", "上半年建了几个？", "是哪个支部？")
    assert "示范党支部" in which.question and which.question.endswith("是哪个支部？"), which


@pytest.mark.parametrize("then", ["上半年执行到位金额呢？", "那上半年走访企业呢？"])
def test_a_new_thing_keeps_the_whole_period_said(then):
    answer = resolved("检察院2024年办理多少案件？", "那今年上半年办理多少？", then)
    assert answer.question.startswith("检察院今年上半年"), answer


HALVES_TOLD = FakeSource(
    [
        make_chunk(
            "青石港航服务中心党总支2024年度党建工作总结",
            "组织生活：项目为支部党员大会，上半年6次，下半年8次，全年14次。",
            ("二、组织生活",),
            position=0,
        ),
    ],
    [
        make_chunk(
            "青石港航服务中心党总支2025年上半年党建工作报告",
            "上半年召开支部党员大会7次，支委会12次。",
            ("一、上半年工作",),
            position=0,
        ),
    ],
)


@pytest.mark.parametrize("then", ["那上半年呢？", "上半年几次？", "下半年开了几次？"])
def test_a_half_the_years_report_tells_is_of_that_year(then):
    organisations = known_organisations(HALVES_TOLD)
    history = [
        {"role": "user", "content": "青石港航服务中心2024年开了几次支部党员大会？"},
        {"role": "assistant", "content": "全年14次〔1〕。"},
    ]
    answer = resolve(then, conversation_state(history, organisations), False, organisations)
    assert "2024年" in answer.question and "2025年" not in answer.question, answer
