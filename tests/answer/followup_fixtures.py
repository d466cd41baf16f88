"""Documents of a 街道 over three periods, a 学院 and a regulation, written for the follow-up tests
(other organisations and wordings than the dev sets)."""

from __future__ import annotations

from tests.answer.support import FakeSource, make_chunk

SONGTAO_2023 = "松涛街道党工委2023年度党建工作总结"
SONGTAO_2024H1 = "松涛街道党工委2024年上半年党建工作总结"
SONGTAO_2024 = "松涛街道党工委2024年度党建工作总结"
SONGTAO_2025_PLAN = "松涛街道党工委2025年党建工作要点"
JINJIANG_2024 = "锦江职业学院党委2024年度党建工作总结"
CHARTER = "中国共产党章程"

SONGTAO_2023_CHUNKS = [
    make_chunk(SONGTAO_2023, "全年收缴党费6.4万元，按时足额交纳率100%。", ("一、党员管理",), position=0),
    make_chunk(SONGTAO_2023, "全年发展党员5名，其中青年党员3名。", ("二、发展党员",), position=1),
    make_chunk(SONGTAO_2023, "按期转正预备党员4名。", ("二、发展党员",), position=2),
    make_chunk(SONGTAO_2023, "全年开展主题党日12次，召开组织生活会2次。", ("三、组织生活",), position=3),
    make_chunk(SONGTAO_2023, "党工委班子召开民主生活会1次。", ("三、组织生活",), position=4),
]
SONGTAO_2024H1_CHUNKS = [
    make_chunk(SONGTAO_2024H1, "上半年收缴党费3.5万元。", ("一、党员管理",), position=0),
    make_chunk(SONGTAO_2024H1, "上半年开展主题党日6次，召开组织生活会1次。", ("二、组织生活",), position=1),
]
SONGTAO_2024_CHUNKS = [
    make_chunk(SONGTAO_2024, "全年收缴党费7.3万元，按时足额交纳率100%。", ("一、党员管理",), position=0),
    make_chunk(
        SONGTAO_2024,
        "全年发展党员8名，其中青年党员5名，入党介绍人由第一网格党支部书记钱晓燕等支部委员担任。",
        ("二、发展党员",),
        position=1,
    ),
    make_chunk(SONGTAO_2024, "按期转正预备党员6名。", ("二、发展党员",), position=5),
    make_chunk(
        SONGTAO_2024,
        "全年开展主题党日13次，召开组织生活会4次、民主生活会2次，组织生活会均由党工委书记冯启明主持。",
        ("三、组织生活",),
        position=2,
    ),
    make_chunk(
        SONGTAO_2024,
        "第一网格党支部获评市级先进基层党组织。第一网格党支部书记钱晓燕，第二网格党支部书记孔德明。",
        ("四、基层组织建设",),
        position=3,
    ),
]
SONGTAO_2025_PLAN_CHUNKS = [
    make_chunk(SONGTAO_2025_PLAN, "2025年计划发展党员10名，重点在网格员中发展。", ("三、发展党员",), position=0),
]
JINJIANG_2024_CHUNKS = [
    make_chunk(JINJIANG_2024, "学院党委全年开展主题党日10次，召开支委会24次。", ("一、组织生活",), position=0),
]
CHARTER_CHUNKS = [
    make_chunk(
        CHARTER,
        "第三条　党员必须履行下列义务：认真学习党的基本知识，贯彻执行党的基本路线和各项方针、政策。",
        ("第一章　党员", "第三条"),
        "第三条",
        "regulation",
        0,
    ),
    make_chunk(
        CHARTER,
        "第四条　党员享有下列权利：参加党的有关会议，阅读党的有关文件，接受党的教育和培训。",
        ("第一章　党员", "第四条"),
        "第四条",
        "regulation",
        1,
    ),
]


def followup_source() -> FakeSource:
    return FakeSource(
        SONGTAO_2023_CHUNKS,
        SONGTAO_2024H1_CHUNKS,
        SONGTAO_2024_CHUNKS,
        SONGTAO_2025_PLAN_CHUNKS,
        JINJIANG_2024_CHUNKS,
        CHARTER_CHUNKS,
    )
