"""Facts of one activity asked as clerks say them (请的谁 / 谁给讲的课 / 哪位领导来指导的 / 在哪搞的 / 开了多长时间),
alone or after a count; where a report answer's figure comes from (这个数出自哪里 / 哪句话说的 / 在报告哪部分); and
a list asked by a project's name (农机红都搞了哪些活动) — over two reports written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

CENTRE_TITLE = "丰源县农机服务中心党支部2024年工作总结"
CENTRE = """丰源县农机服务中心党支部2024年工作总结
2024年，支部围绕农机服务中心工作，扎实推进党建各项任务。
一、组织生活
全年召开支部党员大会4次。4月12日，支部在县农机博物馆开展主题党日活动，县农业农村局党组成员、副局长梁宏伟到会指导，全体党员23人参加。9月，邀请县委讲师团成员龚雪梅作“学习贯彻党的二十届三中全会精神”宣讲。
二、组织生活会
支部于2月6日召开2023年度专题组织生活会，会议由支部书记温建国主持，会议历时3个小时，共查摆问题9条。
三、品牌创建
支部持续擦亮‘农机红’党建品牌，全年开展三项活动：一是“田头服务日”，上门检修农机320台次；二是“机手课堂”，培训农机手180人次；三是“红色维修队”，组建党员维修小分队4支。同时，推进“双联双助”工程，开展的活动如下表：
联户：内容为党员联系种粮大户，成效为联系大户36户。
联社：内容为支部联系农机合作社，成效为联系合作社5家。
四、下一步打算
一是深化品牌建设；二是加强党员教育管理。
"""

HOSPITAL_TITLE = "金川市第三人民医院党委2025年上半年党建工作总结"
HOSPITAL = """金川市第三人民医院党委2025年上半年党建工作总结
2025年上半年，医院党委坚持党建引领，推动医院高质量发展。
一、理论学习
上半年开展党委理论学习中心组学习5次。3月28日，党委在市党员教育基地召开理论学习中心组扩大学习会，市卫健委党组副书记吕卫东到会督导。5月，邀请市委党校党史教研室主任钱慧敏教授为全院党员讲授专题党课。
二、服务品牌
医院党委打造“仁心护航”服务品牌，上半年主要开展了以下活动：一是“专家进社区”义诊，开展义诊22场；二是“夜间门诊”，延长服务时间至晚上八点；三是“出院随访”，随访出院患者1600余人次。此外，推进“青蓝结对”工程，结对青年医生15对。
"""


def centre() -> Assistant:
    return Assistant(FakeSource(chunks_of(CENTRE_TITLE, CENTRE), chunks_of(HOSPITAL_TITLE, HOSPITAL)))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("丰源县农机服务中心三中全会精神宣讲请的谁？", "龚雪梅"),
        ("丰源县农机服务中心三中全会精神宣讲是谁给讲的课？", "龚雪梅"),
        ("丰源县农机服务中心2024年哪位领导来指导的？", "梁宏伟"),
        ("金川市第三人民医院专题党课请谁来讲的？", "钱慧敏"),
        ("金川市第三人民医院上半年哪位领导来督导的？", "吕卫东"),
    ],
)
def test_who_was_invited_or_came_to_guide_is_the_person_of_that_act(question, expected):
    answer = centre().ask(question)
    assert expected in answer.text and not answer.refused, answer.text


def test_where_an_activity_was_held_needs_a_place_and_a_span_is_no_half_year():
    helper = centre()
    held = helper.ask("丰源县农机服务中心主题党日在哪搞的？")
    assert "农机博物馆" in held.text, held.text
    # 上半年 of the hospital's report is a period, not how long its meeting lasted
    assert helper.ask("金川市第三人民医院理论学习中心组扩大学习会开了多长时间？").refused


def test_a_year_s_special_meeting_is_told_by_the_next_year_s_report():
    answer = centre().ask("丰源县农机服务中心2023年度专题组织生活会谁主持的？")
    assert "温建国" in answer.text and not answer.refused, answer.text


@pytest.mark.parametrize(
    ("turns", "said"),
    [
        (("丰源县农机服务中心主题党日多少人参加？", "在哪搞的？"), "主题党日"),
        (("丰源县农机服务中心组织生活会查摆问题几条？", "谁主持的？"), "组织生活会"),
        (("金川市第三人民医院上半年开了几次理论学习中心组扩大学习会？", "哪位领导来督导的？"), "扩大学习会"),
    ],
)
def test_a_fact_of_the_event_after_a_count_keeps_the_event(turns, said):
    assert said in understood(*turns).question


def test_after_a_count_who_guided_and_where_are_of_the_counted_event():
    answers = converse(centre(), "丰源县农机服务中心主题党日多少人参加？", "哪位领导来指导的？", "在哪搞的？")
    assert "23" in answers[0].text, answers[0].text
    assert "梁宏伟" in answers[1].text and "农机博物馆" in answers[2].text, [a.text for a in answers]


@pytest.mark.parametrize("source", ["这个数出自哪里？", "哪句话说的？", "在报告哪部分？"])
def test_the_source_of_a_report_figure_is_its_section_and_sentence(source):
    answers = converse(centre(), "丰源县农机服务中心2024年召开了几次支部党员大会？", source)
    assert "4" in answers[0].text, answers[0].text
    assert "一、组织生活" in answers[1].text and "“全年召开支部党员大会4次”" in answers[1].text, answers[1].text
    assert answers[1].citations and answers[1].citations[0].chunk is not None


@pytest.mark.parametrize("source", ["哪句话说的？", "在报告哪部分？"])
def test_after_items_counted_in_tiao_the_sentence_asked_is_still_the_source(source):
    answers = converse(centre(), "丰源县农机服务中心组织生活会共查摆问题几条？", source)
    assert "二、组织生活会" in answers[1].text and "共查摆问题9条" in answers[1].text, answers[1].text


@pytest.mark.parametrize(
    ("question", "expected", "other"),
    [
        ("农机红都搞了哪些活动？", ["田头服务日", "机手课堂", "红色维修队"], "联户"),
        ("‘农机红’品牌包括啥？", ["田头服务日", "机手课堂", "红色维修队"], "联户"),
        ("双联双助具体是哪两项？", ["联户", "联社"], "机手课堂"),
        ("仁心护航品牌上半年都开展了哪些活动？", ["专家进社区", "夜间门诊", "出院随访"], "青蓝结对"),
    ],
)
def test_a_list_asked_by_a_project_s_name_is_that_project_s_items(question, expected, other):
    answer = centre().ask(question)
    assert all(e in answer.text for e in expected) and other not in answer.text, answer.text


def test_a_date_asked_after_a_count_leaves_no_trace_in_the_next_turn():
    question = understood("丰源县农机服务中心组织生活会查摆问题几条？", "几号开的？", "开了多久？").question
    assert "号" not in question and "组织生活会" in question, question


def test_who_came_to_supervise_is_answered_by_who_came_to_guide():
    answer = centre().ask("丰源县农机服务中心主题党日谁来督导的？")
    assert "梁宏伟" in answer.text and not answer.refused, answer.text
