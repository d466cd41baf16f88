"""A report's parts asked in a clerk's words (有哪几个方面 / 讲了哪几块 / 分哪几部分) are its own section headings
(一、二、三…) in order, each cited; a named section's parts are its sub-headings; a question on problems
(哪几个方面的问题) is no question of parts."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

PORT = "临港海关机关党委2025年党建工作总结"
PORT_TEXT = """临港海关机关党委2025年党建工作总结
2025年，机关党委围绕把关服务中心任务，扎实推进机关党建各项工作，现总结如下。
一、突出政治引领，强化理论武装
（一）抓好集中学习。全年开展党委理论学习中心组学习10次。
（二）开展专题研讨。围绕口岸安全组织研讨3次。
二、建强支部堡垒，锻造过硬队伍
（一）推进支部规范化。6个在职党支部全部达标。
（二）抓实党员管理。开展党员积分管理，覆盖党员132名。
（三）培养业务骨干。选拔查验业务骨干15名。
三、深化正风肃纪，守牢廉洁防线
（一）开展廉政教育。组织参观廉政教育基地2次。
（二）强化监督检查。开展查验环节专项检查4次。
"""
FARM = "石桥村党支部2025年工作报告"
FARM_TEXT = """石桥村党支部2025年工作报告
一年来，村党支部带领全村党员群众，推动乡村振兴各项工作落地见效。
一、抓学习，提升党员素质
（一）办好农民夜校。全年开课14期。
（二）组织外出学习。组织党员赴先进村考察2次。
二、抓产业，带动群众增收
（一）发展茶叶合作社。入社农户达86户。
（二）建设冷链仓储。新建冷库1座。
三、抓治理，建设和美乡村
（一）整治人居环境。清理房前屋后堆积物120处。
（二）调解矛盾纠纷。调解纠纷17起。
"""


def ask(title: str, text: str, question: str):
    return ask_source(FakeSource(chunks_of(title, text)), question)


@pytest.mark.parametrize(
    "question",
    [
        "临港海关机关党委党建工作有哪几个方面",
        "临港海关机关党委这份总结讲了哪几块工作",
        "临港海关2025年党建总结分为哪几部分",
    ],
)
def test_the_parts_of_a_report_are_its_headings_in_order(question):
    answer = ask(PORT, PORT_TEXT, question)
    lines = answer.text.split("\n")
    assert [n for n, line in enumerate(lines) if "突出政治引领" in line or "深化正风肃纪" in line], answer.text
    first = next(n for n, line in enumerate(lines) if "突出政治引领" in line)
    second = next(n for n, line in enumerate(lines) if "建强支部堡垒" in line)
    third = next(n for n, line in enumerate(lines) if "深化正风肃纪" in line)
    assert first < second < third, answer.text
    assert "抓好集中学习" not in answer.text and len(answer.citations) == 3, answer.text


@pytest.mark.parametrize(
    "question", ["石桥村党支部抓产业那块包括哪几个方面", "石桥村党支部工作报告里产业增收部分分几块"]
)
def test_a_named_sections_parts_are_its_sub_headings(question):
    answer = ask(FARM, FARM_TEXT, question)
    assert "发展茶叶合作社" in answer.text and "建设冷链仓储" in answer.text, answer.text
    assert "办好农民夜校" not in answer.text and "整治人居环境" not in answer.text, answer.text


def test_the_parts_of_another_report_in_other_words():
    answer = ask(FARM, FARM_TEXT, "石桥村党支部2025年的工作都有哪些方面")
    assert all(h in answer.text for h in ("抓学习，提升党员素质", "抓产业，带动群众增收", "抓治理，建设和美乡村"))
    assert answer.text.index("抓学习") < answer.text.index("抓产业") < answer.text.index("抓治理"), answer.text


CHECK = "南湖街道党工委民主生活会查摆问题整改报告"
CHECK_TEXT = """南湖街道党工委民主生活会查摆问题整改报告
街道党工委对照查摆问题，逐项制定整改措施，现将整改情况报告如下。
一、整改工作部署
党工委召开专题会议研究整改方案。
二、查摆问题整改情况
（一）理论武装方面
学习不够系统，已制定年度学习计划。
（二）联系群众方面
走访群众不够经常，已建立包片走访制度。
三、下一步安排
持续巩固整改成果。
中共南湖街道工作委员会
2025年3月10日
"""


def test_the_aspects_of_the_problems_are_no_parts_of_the_report():
    answer = ask(CHECK, CHECK_TEXT, "南湖街道查摆的问题涉及哪几个方面")
    assert "整改工作部署" not in answer.text and "落款" not in answer.text, answer.text


def test_the_signature_is_no_part():
    answer = ask(CHECK, CHECK_TEXT, "南湖街道这份整改报告分哪几部分")
    assert "整改工作部署" in answer.text and "下一步安排" in answer.text and "落款" not in answer.text, answer.text
