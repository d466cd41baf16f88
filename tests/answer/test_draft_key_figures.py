"""Short drafts of a whole report keep its key figures: what it tallies against its targets, one point per section;
a topic made of the request's own words (简短, a short form of the organisation's name) names no part of it."""

from __future__ import annotations

import pytest

from assistant.answer.draft_compose import has_figure
from assistant.answer.draft_topic import draft_topic, without_short_names
from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

HALF_TITLE = "东岭市交通运输局党委2025年上半年党建工作报告"
HALF = """东岭市交通运输局党委2025年上半年党建工作报告
2025年上半年，局党委深入贯彻中央八项规定精神，扎实推进“三会一课”制度落实，各项工作有序推进。截至2025年6月底，局党委共有党员236名。现将有关情况报告如下。
一、上半年主要工作
（一）理论学习
上半年召开党委理论学习中心组学习6次，其中专题研讨2次；举办读书班1期，培训党员92人次。
（二）基层组织建设
各党支部召开支部党员大会35次、支委会70次，讲党课21场；新建党员示范岗4个，累计达到19个。上半年发展党员3名，确定入党积极分子9名。
（三）党建引领业务
新开通城乡公交线路5条。完成农村公路提档改造84公里；交通固定资产投资完成12.7亿元，完成全年目标的48.2%；治理超限超载车辆316台次。
（四）正风肃纪
上半年开展廉政谈话64人次，运用“第一种形态”处理5人次；开展治超执法专项检查2轮，发现问题13个。
（五）重点任务推进情况
重点任务推进情况见下表。
表2025年上半年党建重点任务推进情况
发展党员（名）：全年目标8，上半年完成3，完成率37.5%。
农村公路提档改造（公里）：全年目标200，上半年完成84，完成率42.0%。
二、存在的不足
一是发展党员进度偏慢；二是个别支部组织生活不够规范。
三、下半年工作打算
一是计划发展党员5名；二是完成农村公路提档改造116公里。
中共东岭市交通运输局委员会
2025年7月10日
"""

MEETING_TITLE = "东岭市交通运输局党委关于2024年度基层党组织组织生活会召开情况的报告"
MEETING = """东岭市交通运输局党委关于2024年度基层党组织组织生活会召开情况的报告
市直机关工委：
根据市直机关工委通知要求，局党委所属9个党支部于2025年1月10日至1月26日集中召开了2024年度组织生活会，应参会党员241名，实际参会229名，因公请假12名。
一、会前准备
一是集中学习，各支部会前组织专题学习18场；二是征求意见，共征求意见建议57条。
二、会议召开情况
各支部班子查摆问题41个，党员个人查摆问题463个，相互提出批评意见590条。
三、民主评议党员
参加民主评议党员229名，评定为优秀的45名、合格的182名、基本合格的2名。
四、整改落实
针对查摆出的问题，各支部共制定整改措施104项。截至2月底，已完成整改71项，其余33项明确责任人和时限。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(HALF_TITLE, HALF), chunks_of(MEETING_TITLE, MEETING))


def draft(source: FakeSource, question: str) -> str:
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused, answer.text
    return answer.text


@pytest.mark.parametrize(
    "question",
    [
        "把交通运输局2025年上半年党建工作写成一段200字左右的总结",
        "帮我把东岭交通运输局今年上半年的党建工作写成一段200字左右的小结",
        "起草一段关于交运局2025年上半年党建工作的总结，约200字",
    ],
)
def test_a_short_half_year_summary_keeps_the_figures_tallied_against_targets(source, question):
    text = draft(source, question)
    # what the report tallies against the year's targets, and a figure said as a share of its target
    assert "发展党员3名" in text and "84公里" in text and "12.7亿元" in text, text
    assert "64人次" in text, text  # …and still a point from the last section
    assert "贯彻中央八项规定精神，扎实推进" not in text  # the opening's words without a figure are no point


@pytest.mark.parametrize(
    "question",
    [
        "帮我把交运局2024年度组织生活会情况写一段150字左右的小结",
        "把交运局组织生活会的情况写成一段150字的小结",
        "帮我把交运局2024年度组织生活会的情况写个简短小结，150字左右",
    ],
)
def test_a_meeting_named_by_a_short_form_of_its_organisation_is_the_topic(source, question):
    text = draft(source, question)
    # the meeting is the topic, not the organisation's short name or the request's own words
    assert "在组织生活会方面" in text and "交运局方面" not in text and "简短" not in text, text
    assert "229名" in text, text


def test_request_words_name_no_topic():
    assert draft_topic("帮我把东岭交通运输局2024年的工作写个简短小结").endswith("工作")
    names = ["东岭市交通运输局", "交通运输局", "组织部"]
    assert without_short_names("交运局2024年度组织生活会", names) == "组织生活会"
    assert without_short_names("交运局上半年交运党建", names) == "党建"
    assert without_short_names("组织生活会", names) == "组织生活会"  # a word the name holds as written


def test_figures_in_names_are_no_figures():
    assert not has_figure("局党委深入贯彻中央八项规定精神，扎实推进“三会一课”制度落实。")
    assert has_figure("新建“红旗”党员示范岗4个。")
