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
