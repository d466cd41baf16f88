"""Invented documents of two organisations for plan and actual questions: a branch that is itself the organisation
(its 2024 总结 with a 2025 打算 section), and a body with a 2024 总结, a 2025 要点, a 2025 上半年 report and its
secretary's 述职 with 下一步 plans."""

from __future__ import annotations

from tests.answer.support import make_chunk

HEALTH = "湖滨区卫生健康局党支部2024年度工作总结"
HEALTH_CHUNKS = [
    make_chunk(HEALTH, "支部现有党员27名，其中女党员15名。支部书记由副局长罗佩担任。", ("一、支部概况",), position=0),
    make_chunk(
        HEALTH,
        "全年召开支部党员大会5次，讲党课4场。全年发展党员2名，确定入党积极分子3名。",
        ("二、主要工作", "（一）组织建设"),
        position=1,
    ),
    make_chunk(
        HEALTH,
        "组织家庭医生签约服务下社区31场，开展健康讲座46场，服务群众5200人次。",
        ("二、主要工作", "（二）健康服务"),
        position=2,
    ),
    make_chunk(
        HEALTH,
        "一是计划发展党员3名；二是拟开展健康讲座60场；三是力争家庭医生签约服务下社区40场。",
        ("四、2025年工作打算",),
        position=3,
    ),
]

CULTURE = "桐城县文化和旅游局党支部2024年度工作总结"
CULTURE_CHUNKS = [
    make_chunk(CULTURE, "全年送戏下乡72场，发展党员1名。", ("二、主要工作",), position=0),
    make_chunk(CULTURE, "一是计划发展党员2名；二是拟送戏下乡80场。", ("三、2025年工作打算",), position=1),
]

TRANSIT = "云港市交通运输局机关党委"
TRANSIT_2024 = f"{TRANSIT}2024年度党建工作总结"
TRANSIT_POINTS = f"{TRANSIT}2025年党建工作要点"
TRANSIT_2025H1 = f"{TRANSIT}2025年上半年党建工作报告"
TRANSIT_REVIEW = f"{TRANSIT}书记贺明川2024年度述职报告"
TRANSIT_2024_CHUNKS = [
    make_chunk(
        TRANSIT_2024,
        "全年组织业务骨干培训6期，培训党员干部310人次；发展党员4名。",
        ("二、主要工作", "（一）队伍建设"),
        position=0,
    ),
    make_chunk(
        TRANSIT_2024,
        "一是计划发展党员5名；二是组织业务骨干培训不少于8期。",
        ("四、下一步打算",),
        position=1,
    ),
]
TRANSIT_POINTS_CHUNKS = [
    make_chunk(TRANSIT_POINTS, "1. 举办青年干部学习班3期。", ("一、强化理论武装",), position=0),
    make_chunk(TRANSIT_POINTS, "2. 全年培训党员干部400人次，全年发展党员5名。", ("二、建强组织体系",), position=1),
]
TRANSIT_2025H1_CHUNKS = [
    make_chunk(
        TRANSIT_2025H1,
        "上半年举办青年干部学习班1期，培训党员干部150人次，发展党员1名。",
        ("一、上半年工作情况",),
        position=0,
    ),
]
TRANSIT_REVIEW_CHUNKS = [
    make_chunk(TRANSIT_REVIEW, "本人全年讲党课3次，走访基层站所12个。", ("一、履职情况",), position=0),
    make_chunk(TRANSIT_REVIEW, "一是年内讲专题党课不少于4次；二是走访全部基层站所。", ("三、下一步打算",), position=1),
]
