"""Invented documents of two bodies for who / own-account / plan / list questions: a weather bureau's 要点, 总结,
half-year report, meeting report (a per-branch table with a who column) and its secretary's 述职; an audit
bureau's meeting report and its secretary's 述职."""

from __future__ import annotations

from tests.answer.support import make_chunk

WEATHER = "松岭市气象局党委"
WEATHER_POINTS = f"{WEATHER}2025年党建工作要点"
WEATHER_2024 = f"{WEATHER}2024年度党建工作总结"
WEATHER_H1 = f"{WEATHER}2025年上半年党建工作报告"
WEATHER_MEETING = f"{WEATHER}关于2024年度基层党组织组织生活会情况的报告"
WEATHER_REVIEW = f"{WEATHER}书记冯立川2024年度抓基层党建工作述职报告"
WEATHER_DOCS = [
    [
        make_chunk(
            WEATHER_POINTS, "2. 全年计划发展党员6名，重点在一线观测人员中发展。", ("二、夯实基层基础",), position=0
        ),
        make_chunk(
            WEATHER_POINTS, "5. 开展“气象为民”活动，计划建设党员服务驿站9个。", ("三、服务中心工作",), position=1
        ),
    ],
    [
        make_chunk(
            WEATHER_2024,
            "局党委下设5个党支部，截至2024年12月底共有党员96名。党委书记、局长为冯立川，党委副书记为石晓燕，"
            "党委委员、副局长为欧阳明，纪检委员为严可。",
            ("一、基本情况",),
            position=0,
        ),
        make_chunk(WEATHER_2024, "全年发展党员4名，各党支部讲党课21场。", ("二、主要工作",), position=1),
        make_chunk(
            WEATHER_2024,
            "一是个别党支部主题党日内容单调，存在以业务会代替学习的情况；二是年轻技术骨干入党意愿不强；"
            "三是网络舆情应对能力有待提高。",
            ("三、存在的问题",),
            position=2,
        ),
        make_chunk(
            WEATHER_2024, "一是计划发展党员6名；二是力争新建党员服务驿站9个。", ("四、2025年工作打算",), position=3
        ),
    ],
    [
        make_chunk(WEATHER_H1, "截至2025年6月30日，局党委共有党员99名。", (), position=0),
        make_chunk(
            WEATHER_H1, "各党支部召开党员大会11次，讲党课9场。上半年发展党员2名。", ("一、上半年工作",), position=1
        ),
    ],
    [
        make_chunk(
            WEATHER_MEETING,
            "各党支部班子共查摆问题23个，党员个人查摆问题174个，提出批评意见260条。",
            ("二、会议召开情况",),
            position=0,
        ),
        make_chunk(
            WEATHER_MEETING,
            "观测站党支部：应到30名，实到28名，查摆问题8个，指导人员为石晓燕。\n"
            "预报中心党支部：应到26名，实到25名，查摆问题7个，指导人员为欧阳明。",
            ("二、会议召开情况",),
            position=1,
        ),
    ],
    [
        make_chunk(
            WEATHER_REVIEW,
            "主持党委会议12次；本人讲专题党课3次，其中为观测站党支部讲党课1次。本人联系预报中心党支部。",
            ("一、履职情况",),
            position=0,
        ),
        make_chunk(WEATHER_REVIEW, "一是2025年本人讲党课不少于4次。\n述职人：冯立川", ("三、下一步打算",), position=1),
    ],
]

AUDIT = "河湾区审计局党总支"
AUDIT_MEETING = f"{AUDIT}2024年度组织生活会情况报告"
AUDIT_REVIEW = f"{AUDIT}书记苏慕白2024年度述职报告"
AUDIT_DOCS = [
    [
        make_chunk(
            AUDIT_MEETING,
            "局党组书记苏慕白以普通党员身份参加财政审计党支部组织生活会。各支部委员会共提出整改建议31条，"
            "普通党员提出整改建议88条。",
            ("二、会议情况",),
            position=0,
        ),
        make_chunk(
            AUDIT_MEETING,
            "财政审计党支部：应到15名，实到14名，联系领导：韦清源。\n经济责任审计党支部：应到12名，实到12名，联系领导：卓文华。",
            ("二、会议情况",),
            position=1,
        ),
    ],
    [
        make_chunk(
            AUDIT_REVIEW,
            "本人全年为干部讲党课5次，走访被审计单位17家。本人联系经济责任审计党支部，推动该支部争创先进。",
            ("一、履职情况",),
            position=0,
        ),
        make_chunk(AUDIT_REVIEW, "一是计划建成党员志愿服务点3个。\n述职人：苏慕白", ("二、下一步打算",), position=1),
    ],
]

TAX = "澄江县税务局机关党委"
TAX_DOCS = [
    [
        make_chunk(
            f"{TAX}2024年度党建工作总结",
            "机关党委下设党支部6个。截至2024年12月31日，共有党员131名，其中在职党员104名。",
            ("一、基本情况",),
            position=0,
        ),
        make_chunk(f"{TAX}2024年度党建工作总结", "全年发展党员3名。", ("二、主要工作",), position=1),
    ],
    [
        make_chunk(
            f"{TAX}2025年上半年党建工作报告",
            "2025年上半年，机关党委扎实推进各项工作。截至2025年6月30日，机关党委共有党员134名。现将上半年工作报告如下。",
            (),
            position=0,
        ),
        make_chunk(f"{TAX}2025年上半年党建工作报告", "上半年发展党员2名。", ("一、上半年工作",), position=1),
    ],
]

BROADCAST = "云岭县广播电视台党委2024年度党建工作总结"
BROADCAST_DOCS = [
    [
        make_chunk(BROADCAST, "全年发展党员3名，制作惠民节目26期。", ("二、主要工作",), position=0),
        make_chunk(
            BROADCAST,
            "一是党员教育形式比较单一；二是节目审核作风问题仍有反弹；三是基层支部书记培训覆盖不全。",
            ("三、存在的问题",),
            position=1,
        ),
        make_chunk(BROADCAST, "一是计划发展党员4名；二是开展审核作风专项整治。", ("四、2025年工作打算",), position=2),
    ],
    [
        make_chunk(
            "云岭县图书馆党支部2024年度工作总结", "一是阅读推广形式单一；二是志愿者队伍不稳定。", ("三、存在问题",)
        )
    ],
]
