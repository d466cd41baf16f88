"""One made-up organisation's documents of one year and the next: its 总结 (with a table row per 党支部), its
secretary's 述职, its 组织生活会 report, its 上半年 report and its 要点; and a second one's, worded otherwise."""

from __future__ import annotations

from tests.answer.support import FakeSource, index_like, make_chunk

SUMMARY = "东岭县水务局机关党委2024年度党建工作总结"
OWN_REPORT = "东岭县水务局机关党委书记韩伟东2024年度述职报告"
MEETING = "东岭县水务局机关党委2024年度组织生活会情况报告"
HALF = "东岭县水务局机关党委2025年上半年党建工作报告"
PLAN = "东岭县水务局机关党委2025年党建工作要点"


def water_bureau() -> FakeSource:
    return index_like(
        FakeSource(
            [
                make_chunk(SUMMARY, "全年召开支部党员大会36次，讲党课22场。举办业务骨干读书班3期，参训干部70人次。", ("一、思想建设",)),
                make_chunk(SUMMARY, "全年计划发展党员4名，实际发展党员4名。", ("二、组织建设",), position=1),
                make_chunk(
                    SUMMARY,
                    "防汛调度党支部：党员数26名，党员大会8次，党课5次，党课参加150人次。\n"
                    "退休干部党支部：党员数31名，党员大会6次，党课4次，党课参加120人次。",
                    ("表1 各党支部组织生活开展情况",),
                    position=2,
                ),
            ],
            [
                make_chunk(OWN_REPORT, "述职人：韩伟东", ()),
                make_chunk(
                    OWN_REPORT,
                    "本人全年讲党课5次，其中为防汛调度党支部讲党课3次、为退休干部党支部讲党课2次。",
                    ("一、履职情况",),
                    position=1,
                ),
            ],
            [
                make_chunk(
                    MEETING,
                    "局长邵启明以普通党员身份参加了防汛调度党支部组织生活会。会上共提出批评意见95条，查摆问题30条。",
                    ("一、会议情况",),
                ),
            ],
            [
                make_chunk(HALF, "上半年举办业务骨干读书班1期，参训干部26人次。", ("一、思想建设",)),
                make_chunk(HALF, "上半年发展党员1名，确定入党积极分子5名。", ("二、组织建设",), position=1),
            ],
            [
                make_chunk(PLAN, "1. 举办业务骨干读书班5期。", ("一、理论武装", "1. 举办业务骨干读书班5期")),
                make_chunk(
                    PLAN,
                    "2. 全年计划发展党员3名，确定入党积极分子8名。",
                    ("二、组织建设", "2. 全年计划发展党员3名，确定入党积极分子8名"),
                    position=1,
                ),
            ],
        )
    )  # fmt: skip


SUMMARY_2 = "南川区医疗保障局党总支2024年度工作总结"
OWN_REPORT_2 = "南川区医疗保障局党总支书记黎文涛2024年度述职报告"
MEETING_2 = "南川区医疗保障局党总支2024年度组织生活会情况报告"
HALF_2 = "南川区医疗保障局党总支2025年上半年工作总结"
PLAN_2 = "南川区医疗保障局党总支2025年工作要点"


def medical_insurance() -> FakeSource:
    return index_like(
        FakeSource(
            [
                make_chunk(SUMMARY_2, "全年开展主题党日活动40次，各支部讲党课14次。开展医保政策宣讲8场。", ("一、党建工作",)),
                make_chunk(
                    SUMMARY_2,
                    "基金监管党支部：党员数18名，主题党日活动12次，党课4场。\n"
                    "参保服务党支部：党员数21名，主题党日活动12次，党课6场。",
                    ("表 各支部工作情况",),
                    position=1,
                ),
            ],
            [
                make_chunk(OWN_REPORT_2, "述职人：黎文涛", ()),
                make_chunk(OWN_REPORT_2, "本人全年讲党课3次，其中给基金监管党支部讲党课2次。", ("一、履职情况",), position=1),
            ],
            [
                make_chunk(
                    MEETING_2,
                    "副局长谭晓燕参加了基金监管党支部的组织生活会。会上共提出批评意见42条，制定整改措施21条。",
                    ("一、会议情况",),
                ),
            ],
            [make_chunk(HALF_2, "上半年开展医保政策宣讲3场，发展党员1名。", ("一、工作情况",))],
            [
                make_chunk(PLAN_2, "3. 全年开展医保政策宣讲10场。", ("二、重点任务", "3. 全年开展医保政策宣讲10场")),
                make_chunk(PLAN_2, "4. 全年发展党员2名。", ("二、重点任务", "4. 全年发展党员2名"), position=1),
            ],
        )
    )  # fmt: skip
