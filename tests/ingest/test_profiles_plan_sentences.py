"""A plan told in a sentence of a report of another genre (a meeting report's 整改 part, a 述职): its year is
a plan period of the document, so a question about that year's plan finds it."""

from __future__ import annotations

from assistant.core.schema import Period
from assistant.ingest.profiles import build_profile

MEETING = """中共远山纸业有限公司支部委员会关于召开2023年度组织生活会情况的报告
公司党支部于2024年1月20日召开了2023年度组织生活会。现将有关情况报告如下。
一、会议召开情况
支部现有党员31名，实到会28名。全年仅开展车间微党课3次。
二、整改落实情况
截至2024年3月底，已整改完成9个。主要措施：一是计划2024年开展车间微党课不少于10次；二是拟发展党员2名。
中共远山纸业有限公司支部委员会
2024年4月2日
"""

DEBRIEF = """白鹭湾社区党委书记2022年度抓基层党建工作述职报告
2022年，本人认真履行第一责任人职责。
一、主要做法
全年走访困难党员40人次。
二、存在问题
党员志愿服务活动偏少。2023年，社区党委将组织志愿服务活动不少于20场。
述职人：范思远
2023年1月9日
"""


def test_a_meeting_reports_remedy_plans_the_next_year():
    profile = build_profile(MEETING.splitlines()[0], MEETING, "report", "远山纸业2023年度组织生活会.txt")
    assert profile.genre == "meeting" and profile.periods == (Period(2023),)
    assert Period(2024) in profile.plan_periods  # 计划2024年开展…; 截至2024年3月底 plans nothing


def test_a_debriefs_sentence_with_a_later_year_and_jiang_plans_it():
    profile = build_profile(DEBRIEF.splitlines()[0], DEBRIEF, "report", "白鹭湾社区述职2022.txt")
    assert profile.periods == (Period(2022),) and Period(2023) in profile.plan_periods


def test_a_later_date_alone_is_no_plan():
    text = MEETING.replace("一是计划2024年开展车间微党课不少于10次；", "")
    profile = build_profile(MEETING.splitlines()[0], text, "report", "远山纸业2023年度组织生活会.txt")
    assert profile.plan_periods == ()


LIBRARY = """柳岸区文化馆党支部2025年上半年工作总结
上半年，馆党支部坚持以党建引领公共文化服务。
一、品牌活动
各项活动开展情况与去年同期对比如下：
非遗体验课：2024年上半年场次3，2024年上半年参与人次90，2025年上半年场次7，2025年上半年参与人次210。
二、下半年打算
继续办好非遗体验课。
中共柳岸区文化馆支部委员会
2025年7月5日
"""


def test_a_tables_earlier_column_is_a_recalled_period():
    profile = build_profile(LIBRARY.splitlines()[0], LIBRARY, "report", "柳岸区文化馆2025上半年.txt")
    assert profile.periods == (Period(2025, "上半年"),)
    assert Period(2024, "上半年") in profile.recalled  # 2025年上半年 columns are its own period, not recalled
    assert all(p.year < 2025 for p in profile.recalled)


def test_an_earlier_years_figure_in_a_clause_is_recalled():
    text = MEETING.replace("全年仅开展车间微党课3次。", "全年仅开展车间微党课3次，2022年全年发展党员4名。")
    profile = build_profile(MEETING.splitlines()[0], text, "report", "远山纸业2023年度组织生活会.txt")
    assert Period(2022) in profile.recalled
