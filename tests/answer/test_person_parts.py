"""A compilation of several people's 述职 (made up for these tests): each person's part is a section of its own,
and a question naming a person is answered from that person's part, never from a colleague's."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

YEAR_ONE_TITLE = "2024年度青禾市人民医院领导干部述职述廉报告"
YEAR_ONE = """2024年度青禾市人民医院领导干部述职述廉报告
2024年度院领导班子及个人述职述廉报告
柏  岚
各位职工代表：
现将本人一年来履职和廉洁情况报告如下。
一、全面履行主体责任
一年来，本人主持党委全面工作，分管人事、审计工作。全年主持召开党委会18次。
二、存在的不足
对照检视，本人还存在以下不足：
一是调查研究有欠缺，深入科室一线还不够。
二是改革创新有短板，推动智慧医院建设步子不够大。
2024年度述职述廉报告
韦立群
一、履行岗位职责情况
本人协助书记分管医务、护理、药事等工作。全年牵头完成药品集中采购审批26余次。
二、存在问题
1．学习深度还需加强。理论学习系统性不够。
2．服务意识还需加强。倾听患者意见不够及时。
"""
YEAR_TWO_TITLE = "青禾市人民医院班子成员2025年度述职报告"
YEAR_TWO = """青禾市人民医院班子成员2025年度述职报告
全体职工：
现将班子成员述职报告印发如下。党委书记的述职已在职工大会上口头报告，此处不再收录。
2025年度述职述廉报告
韦立群
一、履行岗位职责情况
本人分管医务、护理、药事、科教等工作。
二、存在问题
1．调研深度还有差距。
2．制度执行还有差距。
"""
NUMBERED_TITLE = "2023年度青禾市人民医院领导班子个人述职报告"
NUMBERED = """2023年度青禾市人民医院领导班子个人述职报告
1.韦立群（党委委员、副院长）
本人分管医务、质控、党建等工作。
一、存在不足
一是理论联系实际不够。
2.欧阳  晴（党委委员、副院长）
一、存在不足
一是管理方法较单一。
"""
ROSTER_TITLE = "青禾市人民医院巡察整改工作领导小组名单"
ROSTER = """青禾市人民医院巡察整改工作领导小组名单
1.柏岚（组长）
2.韦立群（副组长）
领导小组下设办公室，负责日常工作。
"""


def hospital() -> Assistant:
    return Assistant(FakeSource(chunks_of(YEAR_ONE_TITLE, YEAR_ONE), chunks_of(YEAR_TWO_TITLE, YEAR_TWO)))


def test_each_person_part_is_a_section_named_by_the_person():
    chunks = chunks_of(YEAR_ONE_TITLE, YEAR_ONE)
    problems = next(c for c in chunks if "学习深度" in c.text)
    shortfalls = next(c for c in chunks if "调查研究" in c.text)
    assert problems.section_path[0] == "韦立群" and shortfalls.section_path[0] == "柏岚"
    numbered = chunks_of(NUMBERED_TITLE, NUMBERED)
    assert next(c for c in numbered if "管理方法" in c.text).section_path[0] == "欧阳晴"


def test_a_list_of_people_with_posts_opens_no_parts():
    chunks = chunks_of(ROSTER_TITLE, ROSTER)
    assert all(c.section_path[:1] != ("韦立群",) for c in chunks)


def test_a_persons_problems_are_their_own_not_a_colleagues():
    answer = hospital().ask("韦立群2024年述职里存在哪些问题？")
    assert not answer.refused
    assert "学习深度" in answer.text and "服务意识" in answer.text
    assert "调查研究" not in answer.text


def test_a_person_without_a_part_that_year_is_refused():
    answer = hospital().ask("柏岚2025年度述职报告里说自己有哪些不足？")
    assert answer.refused, answer.text
    assert "调研深度" not in answer.text


def test_another_person_asked_in_other_words():
    answer = hospital().ask("柏岚2024年度述职中列了自己的哪些不足？")
    assert not answer.refused
    assert "调查研究" in answer.text and "学习深度" not in answer.text
