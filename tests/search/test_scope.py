"""Question scope by document profiles: organisation by its short names, period by year/half/年度, plans apart."""

from __future__ import annotations

import pytest

from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.organisations import contracted_in, spelled_out
from assistant.search.periods import asked_period
from assistant.search.scope import EVERYTHING, scope_for

DOCS = {
    "青禾村党支部2022年度工作总结": (
        "2022年，青禾村党支部扎实推进各项工作。\n二、2023年工作打算\n计划发展党员2名。\n中共柳溪镇青禾村支部委员会\n2023年1月12日"
    ),
    "青禾村党支部2023年上半年工作总结": (
        "今年上半年，青禾村党支部开展主题党日6次。\n三、下半年打算\n继续抓好学习。\n中共柳溪镇青禾村支部委员会\n2023年7月2日"
    ),
    "远航港务公司党委2024年党建工作要点": "全年计划发展党员6名。\n中共远航物流集团港务有限公司委员会\n2024年2月10日",
    "远航港务公司党委2023年度民主生活会情况报告": "公司党委于2024年1月召开2023年度民主生活会。\n中共远航物流集团港务有限公司委员会\n2024年2月1日",
}


def record(title: str, text: str, kind: str = "report") -> DocRecord:
    profile = build_profile(title, text, kind, f"{title}.txt")  # type: ignore[arg-type]
    return DocRecord(title, f"{title}.txt", title, kind, "h", 0.0, 1, len(text), profile)


RECORDS = [record(t, x) for t, x in DOCS.items()] + [
    record("中国共产党问责条例（2019年修订）", "第一条 为了……", "regulation")
]
REGULATION = "中国共产党问责条例（2019年修订）"


def scope(question: str, known=lambda name: False):
    return scope_for(question, RECORDS, known)


def test_organisation_by_short_name_and_period():
    result = scope("青禾村2022年发展了几名党员？")
    assert result.refusal is None
    assert result.doc_ids == {"青禾村党支部2022年度工作总结", REGULATION}


def test_plan_section_answers_a_question_about_the_next_period():
    assert "青禾村党支部2022年度工作总结" in scope("青禾村党支部2023年有什么打算？").doc_ids
    assert "青禾村党支部2023年上半年工作总结" in scope("青禾村2023年下半年准备做哪些事？").doc_ids


def test_period_no_document_covers_is_refused_with_what_exists():
    result = scope("青禾村党支部2021年开了几次支委会？")
    assert result.doc_ids == frozenset()
    assert "2022年度" in result.refusal and "2023年上半年" in result.refusal and "青禾村党支部" in result.refusal


def test_actual_figures_are_not_taken_from_a_plan():
    result = scope("远航港务公司2024年实际发展了多少名党员？")
    assert result.refusal and "实际" in result.refusal
    assert "远航港务公司党委2024年党建工作要点" in scope("远航港务公司2024年计划发展多少名党员？").doc_ids


def test_annual_meeting_is_reported_the_next_year():
    assert "远航港务公司党委2023年度民主生活会情况报告" in scope("远航港务公司2023年度民主生活会哪天开的？").doc_ids


def test_unknown_organisation_is_refused_but_a_body_named_in_the_text_is_not():
    refused = scope("白沙村党支部2022年发展了几名党员？")
    assert refused.refusal and "白沙村" in refused.refusal and "青禾村" in refused.refusal
    assert scope("白沙村党支部2022年发展了几名党员？", known=lambda name: name == "白沙村").refusal is None


def test_question_without_organisation_is_not_scoped_by_organisation():
    result = scope("上半年开展了几次主题党日？")
    assert result.refusal is None and "青禾村党支部2023年上半年工作总结" in result.doc_ids
    assert scope("党支部书记讲党课有什么要求？") == EVERYTHING


def test_regulation_questions_are_not_scoped_by_report_periods():
    assert scope("2019年修订的问责条例第七条是什么？") == EVERYTHING


def test_which_article_of_an_edition_is_a_regulation_question():
    assert scope("借用管理对象车辆那一条，2019年版是第几条") == EVERYTHING
    assert scope("关于违规吃喝的规定在旧版里是哪一条") == EVERYTHING
    assert scope("2019年修订前的是哪条") == EVERYTHING
    assert scope("青禾村2019年上半年开了几次支委会？") != EVERYTHING  # a report period, not an edition


def test_abbreviated_names_match():
    result = scope("远航港务2024年计划发展多少名党员？")
    assert result.refusal is None


def test_asked_period():
    asked = asked_period("2023年度全年实际开了几次？")
    assert asked.years == {2023} and asked.whole_year and asked.actual
    assert asked_period("2023年计划和实际各发展了多少？").actual is False  # both asked: plans stay in scope
    assert asked_period("2023年度组织生活会哪天开的").held == {2024}  # held early in 2024


def test_whole_year_plan_stated_in_a_half_year_report_is_in_scope():
    assert "青禾村党支部2023年上半年工作总结" in scope("青禾村2023年全年计划发展多少名党员？").doc_ids
    assert "青禾村党支部2023年上半年工作总结" not in (scope("青禾村2023年全年一共开了几次支委会？").doc_ids or ())


def test_regulation_wording_without_an_organisation_is_not_refused_for_its_year():
    assert scope("2018年修订的条例对收受礼金怎么处分？") == EVERYTHING
    assert scope("青禾村党支部2022年度总结里提到了哪些党内法规？").doc_ids == {
        "青禾村党支部2022年度工作总结",
        REGULATION,
    }


def test_plans_answer_plan_questions_and_stand_in_only_when_nothing_reports():
    # 2023 is reported on by the half-year report: the 2022 report's 2023 plan is not an answer to what was done.
    assert "青禾村党支部2022年度工作总结" not in scope("青禾村2023年开展了几次主题党日？").doc_ids
    assert "青禾村党支部2022年度工作总结" in scope("青禾村2023年准备干哪些事？").doc_ids


def test_the_year_of_a_document_number_is_not_a_period():
    assert asked_period("远航港党发〔2024〕3号是什么文件？").years == frozenset()


@pytest.mark.parametrize("courtesy", ["帮我根据", "麻烦你结合", "请你按照"])
def test_a_polite_opening_is_not_taken_for_an_unknown_organisation(courtesy):
    known = scope(f"{courtesy}青禾村党支部2023年上半年工作总结，起草一段主题党日情况的总结")
    assert known.refusal is None and known.doc_ids
    unknown = scope(f"{courtesy}白沙镇党委2023年工作总结，写一段总结")
    assert unknown.refusal and "白沙镇" in unknown.refusal and courtesy not in unknown.refusal


@pytest.mark.parametrize(
    "question",
    [
        "其中第三党支部开了几次？",
        "那第二党支部呢？",
        "远航港务公司哪个支部被评为先进基层党组织了？",
        "还有第五党支部的党员有多少？",
    ],
)
def test_branch_ordinals_connectives_and_party_organisation_are_no_unknown_organisation(question):
    """其中第三党支部 names a branch of the organisation asked about; 先进基层党组织 is an honour, not a 党组."""
    assert scope(question).refusal is None


def test_an_earlier_year_recalled_by_a_plan_is_in_scope():
    """A 2025 plan opening with 2024年，支部开展主题党日12次 answers for 2024; a year it never states does not."""
    plan = record(
        "白沙中学党支部2025年党建工作要点",
        "2025年是关键一年。2024年，支部开展主题党日12次，发展党员1名。\n一、重点任务\n计划发展党员2名。",
    )
    records = [plan, *RECORDS]
    assert scope_for("白沙中学2024年主题党日开了几次？", records, lambda name: False).doc_ids == frozenset(
        {plan.doc_id, REGULATION}
    )
    assert scope_for("白沙中学2022年发展了几名党员？", records, lambda name: False).refusal
    assert scope_for("白沙中学2024年上半年发展了几名党员？", records, lambda name: False).refusal


def test_a_school_by_its_number_is_an_organisation_but_a_plenum_is_not():
    school = record("白沙市第二中学党支部2024年度工作总结", "2024年，支部开展主题党日12次。")
    records = [school, *RECORDS]
    assert scope_for("白沙二中2024年主题党日开了几次？", records, lambda name: False).doc_ids == frozenset(
        {school.doc_id, REGULATION}
    )
    assert scope_for("黄山二中2024年主题党日开了几次？", records, lambda name: False).refusal
    assert scope_for("学习二十届三中全会精神开了几次会？", records, lambda name: False).refusal is None


def test_a_comparison_names_the_organisation_after_duibi():
    assert scope("对比青禾村2022年和2023年上半年的组织生活情况").refusal is None


BUS = record(
    "中共青川市公共交通集团有限公司委员会2025年党建工作要点",
    "集团党委书记韩立群履行第一责任人职责。年内新建场站党支部4个。\n中共青川市公共交通集团有限公司委员会\n2025年2月8日",
)
NOTICE = record(
    "中共石桥镇卫生院支部委员会关于召开2025年度组织生活会的通知",
    "定于2026年1月20日召开组织生活会。邀请镇党委组织委员到会指导。\n中共石桥镇卫生院支部委员会\n2026年1月8日",
)


@pytest.mark.parametrize(
    "question",
    ["公交集团2025年新建几个场站党支部？", "青川公交集团党委书记是谁？", "公交集团党委今年要新建几个场站党支部？"],
)
def test_a_contracted_compound_names_its_organisation(question):
    """公交 for 公共交通: the first character kept, the others in order."""
    assert scope_for(question, [BUS, *RECORDS], lambda name: False).doc_ids == frozenset({BUS.doc_id, REGULATION})


def test_a_contraction_is_spelled_out_as_the_title_names_it():
    assert spelled_out("公交集团党委书记是谁？", [BUS, *RECORDS]) == "公共交通集团党委书记是谁？"
    # A name the titles use stays as it is, and so does a question naming no organisation.
    assert spelled_out("青禾村党支部2022年发展了几名党员？", RECORDS) == "青禾村党支部2022年发展了几名党员？"
    assert spelled_out("党委书记是谁？", [BUS, *RECORDS]) == "党委书记是谁？"


@pytest.mark.parametrize("opening", ["为", "给", "替", "帮我"])
def test_a_request_opening_is_not_part_of_the_organisation(opening):
    question = f"{opening}青禾村党支部起草一段2022年度工作小结"
    assert scope_for(question, RECORDS, lambda name: False).refusal is None


def test_a_notice_answers_what_is_arranged_but_not_how_it_went():
    records = [NOTICE, *RECORDS]
    assert NOTICE.profile.genre == "notice"
    arranged = scope_for("石桥镇卫生院2025年度组织生活会请了谁到会指导？", records, lambda name: False)
    assert arranged.doc_ids == frozenset({NOTICE.doc_id, REGULATION})
    went = scope_for("石桥镇卫生院2025年度组织生活会开得怎么样？", records, lambda name: False)
    assert went.doc_ids == frozenset() and "通知" in went.refusal


PROCURATORATE = record(
    "安平县人民检察院机关党委2024年度党建工作总结",
    "各党支部全年共召开支委会46次。\n中共安平县人民检察院机关委员会\n2025年1月10日",
)
RULES = record(
    "安平县卫生健康局党组工作规则（试行）", "第一条　为了……\n第二十八条　本规则自2024年3月1日起施行。", "regulation"
)


@pytest.mark.parametrize(
    "question",
    [
        "县检察院机关党委去年立了多少件案",
        "安平检察院各党支部2024年支委会一共开了多少次",
        "安平县检察院2024年发展了几名党员",
    ],
)
def test_a_court_or_procuratorate_by_its_short_name(question):
    records = [PROCURATORATE, RULES, *RECORDS]
    assert scope_for(question, records, lambda name: False).doc_ids == frozenset(
        {PROCURATORATE.doc_id, RULES.doc_id, REGULATION}
    )


@pytest.mark.parametrize("question", ["卫健局党组工作规则一共多少条", "按卫健局党组工作规则，党组会议多久开一次"])
def test_an_organisation_named_in_a_regulation_title_is_known(question):
    """卫健局 of 卫健局党组工作规则 contracts the regulation's 卫生健康局: no refusal for an unknown body."""
    assert scope_for(question, [PROCURATORATE, RULES, *RECORDS], lambda name: False).refusal is None


def test_contractions():
    assert contracted_in("卫健局", "安平县卫生健康局党组工作规则（试行）")
    assert contracted_in("县检察院", "安平县人民检察院机关党委")
    assert not contracted_in("县法院", "安平县人民检察院机关党委")


def test_a_refusal_lists_the_newest_holdings_first():
    """More holdings than a refusal lists: the recent years, which people ask about next, are the ones named."""
    years = [record(f"青禾村党支部{y}年度工作总结", f"{y}年，支部开展主题党日12次。") for y in range(2015, 2024)]
    refusal = scope_for("青禾村2025年发展了几名党员？", years, lambda name: False).refusal
    assert "2023年度" in refusal and "2015年度" not in refusal


def test_a_study_report_is_not_taken_for_a_meeting_report():
    """学习情况报告 names a summary as often as a meeting: both the report and the 纪要 stay in scope."""
    summary = record("中共东岭县水利局党组理论学习中心组2023年度学习情况报告", "全年开展集中学习12次。")
    minutes = record("东岭县水利局党组理论学习中心组2024年第2次集体学习会议纪要", "会议学习了条例。")
    scope = scope_for("东岭县水利局党组中心组学习情况报告说按什么规则来学的？", [summary, minutes], lambda n: False)
    assert scope.doc_ids is None or summary.doc_id in scope.doc_ids
    minutes_only = scope_for("东岭县水利局中心组集体学习会议纪要说学了什么", [summary, minutes], lambda n: False)
    assert minutes_only.doc_ids is not None and summary.doc_id not in minutes_only.doc_ids


def test_two_bodies_joined_by_gen_are_no_unknown_name():
    """热电厂跟柳塘村结对…: 跟 joins two bodies; the run is no organisation name to refuse."""
    assert scope("青禾村跟柳塘村结对投了多少帮扶资金", known=lambda name: name == "柳塘村").refusal is None


def test_a_whole_year_asked_of_an_organisation_with_half_year_reports_only_is_refused():
    """全年 said without a year still excludes a 上半年 report: its figures are not the year's."""
    refusal = scope("青禾村全年实际开展了几次主题党日？", known=lambda name: False)
    assert refusal.refusal is None  # 青禾村 has a 2022年度 report: the whole year is there
    half_only = [record("桃溪社区2024年上半年工作总结", "上半年开展主题党日6次。")]
    refused = scope_for("桃溪社区全年实际开展了几次主题党日？", half_only, lambda name: False)
    assert refused.doc_ids == frozenset() and "全年" in refused.refusal


def test_a_yearly_meeting_is_told_by_its_own_report_or_a_report_on_part_of_the_next_year():
    """2023年度民主评议 is held at the end of 2023 or early in 2024: a 2024上半年 report may tell of it, the 2024年度
    report tells of the 2024 one."""
    records = [
        record(
            "石榴食品公司党支部2024年度民主评议党员情况报告",
            "公司党支部于2024年12月开展民主评议，评定优秀党员5名。\n中共石榴食品有限公司支部委员会\n2025年1月5日",
        ),
        record(
            "石榴食品公司党支部2024年上半年工作总结",
            "1月，支部召开2023年度组织生活会，开展民主评议，评定优秀党员4名。\n中共石榴食品有限公司支部委员会\n2024年7月1日",
        ),
    ]
    year_report, half_report = (r.doc_id for r in records)
    this_year = scope_for("石榴食品支部2024年度民主评议评了几个优秀党员", records)
    assert this_year.refusal is None and (this_year.doc_ids is None or year_report in this_year.doc_ids)
    assert scope_for("石榴食品支部2023年度民主评议评了几个优秀党员", records).doc_ids == {half_report}
    refused = scope_for("石榴食品支部2022年度民主评议评了几个优秀党员", records)
    assert refused.refusal and "2022年" in refused.refusal and "2023年" not in refused.refusal


def test_the_next_meetings_report_that_names_the_last_meeting_tells_of_it():
    text = "会议通报了2023年度民主生活会查摆问题整改情况：8条问题已整改7条。\n中共石榴食品有限公司委员会\n2025年1月20日"
    records = [record("石榴食品公司党委2024年度民主生活会情况报告", text)]
    question = "石榴食品2023年度民主生活会查摆的问题整改了几条"
    assert scope_for(question, records, mentions=lambda words, doc_id: words in text).refusal is None
    assert scope_for(question, records, mentions=lambda words, doc_id: False).refusal  # names only its own year


@pytest.mark.parametrize("question", ["妇工委培训里农村学员占了百分之几？", "宣讲团宣讲里乡村群众占比多少？"])
def test_a_kind_of_place_people_are_from_is_no_unknown_village(question):
    """培训里农村学员: 农村 says where the people counted are from, it names no village the knowledge base lacks."""
    assert scope(question).refusal is None
