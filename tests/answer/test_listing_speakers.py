"""Inline 一是……二是…… items asked for by their markers (一是二是三是都是啥), and the items of one speaker in a
section where each person's line opens with who speaks (宣传委员某某查摆问题：一是……；二是……)."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

FIRM = "远帆会计师事务所党支部2024年度工作总结"
FIRM_TEXT = f"""{FIRM}
一、基本情况
支部现有党员15名，占全所注册会计师的41%。
二、党建引领志愿财税服务
支部组建党员会计师志愿服务队，全年提供免费财税咨询610人次，办理公益审计项目35个，其中社区项目12个，节约资金88万元。年初计划开展“财税知识进园区”讲座9场，实际开展7场。一是为初创企业开展财务诊断31家；二是担任街道（园区）财务顾问9个；三是参与热线答疑值班28次。
三、存在的不足
一是党员教育形式单一；二是发展党员进度偏慢。
"""
CLINIC = "城东社区卫生服务中心党支部2024年度组织生活会情况报告"
CLINIC_TEXT = f"""{CLINIC}
一、会议基本情况
会议由支部书记郑可欣主持。
二、查摆问题
支部书记郑可欣查摆问题：一是理论学习不够系统；二是联系群众不够经常。
宣传委员唐振华查摆问题：一是宣传阵地更新不及时，全年仅更新3次；二是志愿服务记录管理不规范。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(FIRM, FIRM_TEXT), chunks_of(CLINIC, CLINIC_TEXT))


@pytest.mark.parametrize("question", ["远帆所志愿财税服务一是二是三是都是啥", "志愿财税服务一是、二是、三是分别是什么"])
def test_items_asked_by_their_markers_are_all_listed(source, question):
    assert understand(question).kind == "list"
    answer = ask_source(source, question)
    for item in ("财务诊断31家", "财务顾问9个", "答疑值班28次"):
        assert item in answer.text


@pytest.mark.parametrize(
    ("question", "own", "other"),
    [
        ("宣传委员查摆了啥", ("宣传阵地", "志愿服务记录"), "理论学习"),
        ("唐振华查摆了哪些问题", ("宣传阵地", "志愿服务记录"), "联系群众"),
        ("郑可欣查摆了什么", ("理论学习", "联系群众"), "宣传阵地"),
    ],
)
def test_one_speakers_items_are_all_listed_and_no_others(source, question, own, other):
    answer = ask_source(source, question)
    assert all(item in answer.text for item in own)
    assert other not in answer.text


def test_a_section_of_one_speaker_keeps_all_its_items(source):
    answer = ask_source(source, "远帆所存在哪些不足")
    assert "教育形式单一" in answer.text and "进度偏慢" in answer.text


MEETING = "北湖街道卫健办党支部2024年度组织生活会情况报告"
MEETING_TEXT = f"""{MEETING}
街道党工委：
根据要求，支部于2025年1月20日召开2024年度组织生活会，应到党员25名，实到23名。支部书记葛青主持会议。
一、会前准备
一是组织集中学习3次；二是开展谈心谈话共计40人次。
二、会议情况
会上，支部书记葛青代表支部委员会进行对照检查，并带头开展个人对照检查。
支部书记葛青查摆问题：一是理论学习不够系统；二是联系群众不够经常；三是批评与自我批评不够大胆。
支部副书记钱雨桐查摆问题：一是党建台账管理不够规范；二是服务居民有时不够主动。
纪检委员蒲海峰查摆问题：一是廉政提醒不够经常；二是监督检查记录不全。
党员之间开展相互批评，共提出批评意见31条。
三、整改措施
一是建立学习清单；二是完善台账。
"""


@pytest.mark.parametrize(
    ("question", "own", "others"),
    [
        ("北湖街道卫健办支部副书记查摆了啥", ("台账管理", "服务居民"), ("理论学习", "廉政提醒")),
        ("卫健办支部书记查摆了哪些问题", ("理论学习", "联系群众", "批评与自我批评"), ("台账管理", "廉政提醒")),
        ("北湖卫健办蒲海峰查摆了什么", ("廉政提醒", "监督检查记录"), ("理论学习", "台账管理")),
    ],
)
def test_a_speakers_line_is_found_among_the_lines_of_others(question, own, others):
    answer = ask_source(FakeSource(chunks_of(MEETING, MEETING_TEXT)), question)
    assert all(item in answer.text for item in own), answer.text
    assert not any(item in answer.text for item in others), answer.text


BUREAU = "中共临溪县水利局机关委员会2024年度党建工作总结"
BUREAU_TEXT = f"""{BUREAU}
一、基本情况
局机关党委下设机关第一党支部、机关第二党支部、水文站党支部3个党支部，共有党员64名。
二、存在的问题及整改措施
对照年度目标，机关党建工作仍存在一些不足：一是学习形式单一；二是党建与业务融合不深。
整改措施：一是推行“微党课”；二是建立党建业务融合清单。
"""


def test_lines_headed_by_a_topic_are_no_speakers():
    """存在一些不足：一是… / 整改措施：一是… are lists under a heading, not the lines of people speaking."""
    answer = ask_source(FakeSource(chunks_of(BUREAU, BUREAU_TEXT)), "临溪水利局机关党委下面有哪几个党支部")
    assert "水文站党支部" in answer.text and "学习形式单一" not in answer.text, answer.text


STUDIO = "中共青岩设计院党支部关于召开2024年度组织生活会情况的报告"
STUDIO_TEXT = f"""{STUDIO}
一、个人查摆问题情况
（一）支部书记邵立群查摆了3个问题：一是学习笔记偏少；二是谈心谈话不够经常；三是督促检查不够。
（二）党员工程师孔德明查摆了2个问题：一是加班时请假较多；二是先锋作用发挥不够。
（三）党员林书瑶查摆了1个问题：对理论学习不够深入。
"""


def test_speakers_without_a_post_are_still_people():
    """党员孔某某 / 党员林某某 name people though no post is said: the secretary's line is told apart from theirs."""
    answer = ask_source(FakeSource(chunks_of(STUDIO, STUDIO_TEXT)), "青岩设计院支部书记查摆了哪些问题")
    assert all(item in answer.text for item in ("学习笔记偏少", "谈心谈话", "督促检查")), answer.text
    assert "加班" not in answer.text
