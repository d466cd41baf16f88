"""Document profiles: organisation and short names, period, plan periods, genre, 落款 — on documents written for the tests."""

from __future__ import annotations

import pytest

from assistant.core.schema import Period
from assistant.ingest.org_names import aliases_for
from assistant.ingest.profiles import build_profile, periods_in

VILLAGE = """青禾村党支部2022年度工作总结
2022年，青禾村党支部在镇党委领导下，扎实推进各项工作。
一、基本情况
现有党员41名。
二、2023年工作打算
一是计划发展党员2名。
中共柳溪镇青禾村支部委员会
2023年1月12日
"""

HALF_YEAR = """关于东港区市场监管局机关党委2024年上半年党建工作的报告
今年上半年，局机关党委认真落实全面从严治党要求。
一、主要工作
开展主题党日6次。
二、下半年打算
继续抓好党纪学习教育。
中共东港区市场监督管理局机关委员会
2024年7月3日
"""

COMPANY_PLAN = """中共远航物流集团港务有限公司委员会关于印发2025年党建工作要点的通知
各党支部：现将要点印发给你们。
全年计划发展党员6名。
中共远航物流集团港务有限公司委员会2025年2月10日
"""


def test_village_summary_profile():
    profile = build_profile(
        "青禾村党支部2022年度工作总结", VILLAGE, "report", "corpus/青禾村党支部2022年度工作总结.txt"
    )
    assert profile.organisation == "中共柳溪镇青禾村支部委员会"
    assert {"青禾村党支部", "青禾村", "柳溪镇青禾村党支部", "青禾村支部"} <= set(profile.aliases)
    assert profile.periods == (Period(2022),)
    assert profile.plan_periods == (Period(2023),)  # 二、2023年工作打算 is about the next year
    assert profile.genre == "summary"
    assert (profile.issuer, profile.date) == ("中共柳溪镇青禾村支部委员会", "2023-01-12")


def test_half_year_report_plans_the_second_half():
    profile = build_profile(
        "关于东港区市场监管局机关党委2024年上半年党建工作的报告", HALF_YEAR, "report", "东港区市场监管局2024上半年.txt"
    )
    assert profile.periods == (Period(2024, "上半年"),)
    assert Period(2024, "下半年") in profile.plan_periods
    assert "东港区市场监督管理局机关党委" in profile.aliases
    assert "市场监督管理局机关党委" in profile.aliases  # the district dropped


def test_group_company_short_names_and_plan_genre():
    title = "中共远航物流集团港务有限公司委员会关于印发2025年党建工作要点的通知"
    profile = build_profile(title, COMPANY_PLAN, "report", "远航港务公司2025年党建要点.pdf")
    assert profile.genre == "plan"
    assert profile.periods == (Period(2025),)
    assert {"远航港务公司", "远航港务公司党委", "远航物流集团港务有限公司党委"} <= set(profile.aliases)
    assert profile.date == "2025-02-10"


def test_alias_rules():
    assert "红星党委" in aliases_for(["中共红星委员会"])
    assert {"机关党总支", "城建局机关党总支"} & set(aliases_for(["中共城建局机关总支部委员会"]))
    branch = aliases_for(["南湖社区第三党支部"])
    assert "南湖社区三支部" in branch


def test_periods_in_titles():
    assert periods_in("2024年党建工作总结及2025年工作计划") == ([Period(2024)], [Period(2025)])
    assert periods_in("领导班子总结报告（2019—2021年）")[0] == [Period(2019), Period(2020), Period(2021)]
    assert periods_in("2023年度民主生活会")[0] == [Period(2023)]


def test_regulation_has_no_organisation():
    profile = build_profile("中国共产党问责条例（2019年修订）", "第一条 为了……", "regulation")
    assert profile.genre == "regulation" and profile.aliases == () and profile.plan_periods == ()


def test_organisation_from_the_body_when_the_title_names_none():
    text = "2024年工作总结\n2024年，红星社区党委扎实推进基层党建。\n一、主要工作\n红星社区党委全年召开党委会12次。\n"
    profile = build_profile("2024年工作总结", text, "report", "2024年工作总结.txt")
    assert profile.organisation == "红星社区党委"
    assert "红星社区" in profile.aliases and profile.periods == (Period(2024),)


def test_web_page_header_gives_issuer_and_date():
    text = "当前位置：首页 > 党建\n发布时间：2024-03-05 09:30　来源：城东街道白杨社区党委\n白杨社区召开组织生活会\n正文……\n友情链接\n"
    profile = build_profile("白杨社区召开组织生活会", text, "report", "page.html")
    assert (profile.issuer, profile.date) == ("城东街道白杨社区党委", "2024-03-05")


def test_a_plans_own_sections_are_about_its_own_period():
    text = "2024年党建工作要点\n一、重点任务\n全年计划发展党员6名。\n二、工作安排\n每季度召开一次党建例会。\n中共白溪社区委员会\n2024年1月8日\n"
    profile = build_profile("白溪社区党委2024年党建工作要点", text, "report", "白溪社区2024年党建工作要点.txt")
    assert profile.genre == "plan" and profile.periods == (Period(2024),)
    assert Period(2025) not in profile.plan_periods
    summary = "2024年上半年工作总结\n一、主要工作\n开展主题党日6次。\n二、下半年工作安排\n继续抓好学习。\n"
    report = build_profile("白溪社区党委2024年上半年工作总结", summary, "report", "白溪社区2024年上半年总结.txt")
    assert Period(2024, "下半年") in report.plan_periods  # a report's plan section is about the next period


@pytest.mark.parametrize(
    ("title", "stem", "genre"),
    [
        ("中共石桥镇卫生院支部委员会", "石桥镇卫生院党支部关于召开2025年度组织生活会的通知（扫描件）", "notice"),
        ("关于2024年度民主生活会情况的通报", "", "notice"),
        ("中共石桥镇委员会关于印发2025年党建工作要点的通知", "", "plan"),
        ("石桥镇卫生院党支部2024年度组织生活会情况报告", "", "meeting"),
    ],
)
def test_the_head_noun_of_a_title_decides_a_notice(title, stem, genre):
    """…召开组织生活会的通知 announces a meeting; a notice sending out a plan is that plan."""
    source = f"{stem}.png" if stem else f"{title}.txt"
    assert build_profile(title, "各党小组：现将有关事项通知如下。", "report", source).genre == genre


def test_a_regulation_is_dated_when_it_takes_effect_not_by_what_it_repeals():
    text = "第一条　为了……\n第三十条　本条例自2024年3月1日起施行。2019年5月1日发布的《机关效能监督条例》同时废止。"
    profile = build_profile("中国共产党机关效能监督条例（2024年修订）", text, "regulation", "条例.md")
    assert profile.date == "2024-03-01"


@pytest.mark.parametrize(
    ("stem", "organisation"),
    [
        ("2023年度临江二中领导班子述职报告", "临江二中"),
        ("云岭县一中班子成员2024年度述职报告", "云岭县一中"),
        ("桃溪实验小学领导班子总结报告（2019—2021年）", "桃溪实验小学"),
    ],
)
def test_a_school_named_by_its_short_form_is_the_organisation(stem, organisation):
    # The title says only what the document is; the file name starts with the school's everyday name.
    text = "班子成员年度述职报告\n一、履职情况\n本人分管德育工作，全年组织主题班会12次。\n"
    profile = build_profile("班子成员年度述职报告", text, "report", stem + ".md")
    assert profile.organisation == organisation
    assert organisation in profile.aliases
