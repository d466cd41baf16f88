"""Fact rows: every quantity of a clause, its predicate, unit family and qualifiers (其中, 共, 拟, 不少于, 约, 各)."""

from __future__ import annotations

from assistant.answer.asked_quantity import answers, asked_quantity, read_asked
from assistant.answer.facts import extract_facts
from tests.answer.support import make_chunk


def rows(text: str, section: tuple[str, ...] = ()):
    return extract_facts(make_chunk("青松街道党工委2024年工作总结", text, section))


def test_two_quantities_of_one_clause_and_a_group_total():
    facts = rows("8个社区书记讲党课共8次。")
    assert [(f.value_text, f.family) for f in facts] == [("8个", "person"), ("8次", "times")]
    assert "total" in facts[1].qualifiers and "社区书记讲党课" in facts[1].predicate


def test_predicate_borrowed_from_the_previous_clause():
    (fact,) = rows("每季度组织党员开展义务植树活动，全年开展四次。")
    assert fact.number == 4 and fact.predicate.startswith("每季度组织党员开展义务植树活动")


def test_subset_is_linked_to_its_whole():
    whole, young, women = rows("全年吸收新党员5名，其中35岁以下3名、女性2名。")
    assert whole.number == 5 and "subset" not in whole.qualifiers
    assert {"subset"} <= young.qualifiers and young.parent == whole.position and women.parent == whole.position


def test_plan_lower_bound_and_approximate_figures():
    planned, lower, approx = rows("明年拟发展党员6名；每名委员讲党课不少于2次；服务居民约300人次。")
    assert "plan" in planned.qualifiers and planned.is_plan
    assert "lower_bound" in lower.qualifiers and lower.is_plan
    assert "approx" in approx.qualifiers and approx.family == "person_time"


def test_figures_under_a_plan_heading_are_plans():
    (fact,) = rows("开展专题培训3期。", ("四、2025年工作打算",))
    assert fact.is_plan


def test_each_multiplies_by_its_actors():
    _, each = rows("3名副书记各讲党课2次。")
    assert "each" in each.qualifiers and each.amount == 6


def test_units_families_money_percent_duration_and_chinese_numerals():
    facts = rows(
        "投入党建经费12.5万元，群众满意度达百分之九十六，党员参学率由90%提升至98.5%，审批时限压缩至两个工作日，走访一百零五户。"
    )
    assert [(f.number, f.unit, f.family) for f in facts] == [
        (12.5, "万元", "money"),
        (96, "%", "percent"),
        (90, "%", "percent"),
        (98.5, "%", "percent"),
        (2, "个工作日", "duration"),
        (105, "户", "items"),
    ]
    assert "from" in facts[2].qualifiers and "from" not in facts[3].qualifiers


def test_person_is_not_person_time():
    person, person_time = rows("培训党员骨干60人、共计180人次。")
    assert (person.family, person_time.family) == ("person", "person_time")


def test_asked_quantity_of_colloquial_questions():
    assert read_asked("一共搞了几回主题党日？").family == "times"
    assert read_asked("吸收了几个新党员").family == "person"
    assert read_asked("整改了几个问题").family == "items"
    assert read_asked("服务了多少人次").family == "person_time"
    assert read_asked("参训了多少人").family == "person"
    assert read_asked("改造花了多少钱").family == "money"
    assert read_asked("覆盖率是多少").family == "percent"
    assert read_asked("几个工作日办结").family == "duration"
    assert read_asked("明年计划发展多少名党员").plan and not read_asked("实际发展了多少名党员").plan
    assert read_asked("加起来一共多少次").total
    assert read_asked("哪几个支部") is None and read_asked("叫什么名字") is None
    assert "搞" not in read_asked("一共搞了几回主题党日？").words


def test_asked_quantity_pattern_for_search_hints():
    assert asked_quantity("参训了多少人").search("参训60人") and not asked_quantity("参训了多少人").search("180人次")
    assert asked_quantity("讲了几回党课").search("讲党课两次")
    assert asked_quantity("满意度多少").search("96%")


def test_a_second_figure_of_one_clause_is_part_of_the_first():
    whole, part = rows("查找的11条问题已整改销号9条。")
    assert "subset" in part.qualifiers and part.parent == whole.position
    first, second = rows("党员人数由30名增加到35名。")  # a change, not a part
    assert "subset" not in second.qualifiers and "from" in first.qualifiers
    items = rows("共查摆班子问题5条、个人问题12条。")  # a list, not a part
    assert all("subset" not in f.qualifiers for f in items)


def test_previous_clause_without_a_figure_of_the_family_is_the_lead():
    visits, people = rows("组织送医下乡活动8场，惠及村民1200余人次。")
    assert people.lead == "组织送医下乡活动8场" and visits.lead == ""
    admitted, confirmed = rows("全年吸收预备党员3名，按期转正5名。")
    assert confirmed.lead == ""  # the clause before has its own 名: 转正 does not borrow 吸收


def test_a_plan_document_holds_plans_but_a_summary_with_a_plan_part_does_not():
    plan = make_chunk("东湖社区党委2025年党建工作要点", "开展主题党日活动12次。")
    summary = make_chunk("东湖社区党委2024年工作总结及2025年工作计划", "开展主题党日活动12次。")
    assert extract_facts(plan)[0].is_plan and not extract_facts(summary)[0].is_plan


def test_a_minimum_answers_only_questions_about_minimums_plans_or_rules():
    (lower,) = rows("每名党员每年参加集中培训不少于24学时。")
    assert not answers(lower, read_asked("参加了多少学时培训"))
    assert answers(lower, read_asked("每年培训至少多少学时"))
    rule = make_chunk("党员教育管理工作条例", "党员每年集中学习培训时间一般不少于32学时。", kind="regulation")
    assert answers(extract_facts(rule)[0], read_asked("党员每年集中学习多少学时"))


def test_a_budget_is_a_plan_and_what_was_spent_is_not():
    budget, spent = rows("全年党建工作经费预算42万元，截至6月底已支出19.8万元。")
    assert budget.is_plan and not spent.is_plan
    (allotted,) = rows("年度党员教育经费预算为8万元。")
    assert allotted.is_plan


def test_a_part_of_a_planned_figure_is_planned_too():
    whole, part = rows("计划投入阵地建设资金20万元，其中用于党员活动室改造7万元。")
    assert whole.is_plan and part.is_plan and part.parent == whole.position
    whole, part = rows("拟新建党员服务站5个，其中社区服务站3个。")
    assert whole.is_plan and part.is_plan
    actual_whole, actual_part = rows("投入阵地建设资金20万元，其中用于党员活动室改造7万元。")
    assert not actual_whole.is_plan and not actual_part.is_plan


def test_columns_named_by_a_count_of_people_count_people():
    chunk = make_chunk(
        "中共临川港务集团有限公司委员会2024年度党建工作总结",
        "表2　各党支部情况\n东港码头党支部：书记为郁青，党员数47，发展数3。",
        ("二、组织建设",),
    )
    cells = {f.predicate: (f.number, f.family, f.row) for f in extract_facts(chunk)}
    assert cells == {"党员数": (47, "person", "东港码头党支部"), "发展数": (3, "person", "东港码头党支部")}
