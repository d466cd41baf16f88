"""Drafts that find their material by the report's structure: every sentence of the one section a topic
heads (the length asked decides, not a per-section cap), a heading named loosely (党员先锋作用 for
党员发挥先锋作用), a broad part of Party building (组织建设) by the words that head its sections, 概述 as a
form of writing, and a comparison whose other report states the figures inside a broader section."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

HOSPITAL_TITLE = "中共石桥县妇幼保健院委员会2024年度党建工作总结"
HOSPITAL = f"""{HOSPITAL_TITLE}
2024年，院党委以党建引领医院发展，现将全年工作总结如下。
一、加强班子建设
全年召开党委会20次，党委书记讲党课3次。
二、加强行风建设和廉洁从医
纪委书记牵头开展医疗领域不正之风专项整治，排查风险点38个。全年收到患者锦旗126面。医务人员拒收礼金21人次，金额3.2万元。开展廉洁从医警示教育4次。
三、发挥党员先锋作用
一是设立“党员示范病区”5个，党员医生下乡义诊1.2万人次；二是组建党员急救突击队2支，参与院外急救46次；三是开展“党员帮带”结对32对。
四、存在的问题
一是部分支部组织生活形式单一；二是青年医务人员入党积极性不高。
中共石桥县妇幼保健院委员会
2025年1月15日
"""

TOWN_TITLE = "中共柏树乡委员会关于2024年上半年党建工作情况的报告"
TOWN = f"""{TOWN_TITLE}
县委组织部：
2024年上半年，柏树乡党委坚持抓党建促发展，现将有关情况报告如下。
一、基本情况
全乡共有基层党组织12个，其中村党支部9个；共有党员604名。
二、上半年主要工作
（一）整顿软弱涣散村党组织。确定青杠村、石坝村2个软弱涣散村党组织，由乡党委副书记挂点整顿，完成整改任务9项。
（二）加强村干部队伍建设。举办村干部培训班2期，培训146人次；选派3名年轻干部到村任职。
（三）发展壮大村级集体经济。实施乡村振兴项目4个，总投资860万元。
三、存在的问题
一是部分村党支部书记年龄偏大；二是集体经济增收渠道单一。
中共柏树乡委员会
2024年7月8日
"""

MEETING_TITLE = "2024年度鹤山中学党委党风廉政建设情况分析会情况报告"
MEETING = f"""{MEETING_TITLE}
根据上级通知安排，鹤山中学党委于2025年1月12日召开了2024年度党风廉政建设情况分析会。现将有关情况汇报如下：
一、会议基本情况
校党委班子全体成员周明、李红、陈刚、赵敏等4人参加了会议。
会议由党委书记、校长周明主持，传达学习了上级纪委有关会议精神。
班子成员逐个作了对照检查发言，梳理廉政风险点27个。
二、会议的主要收获
会议强化了班子成员接受监督的自觉意识，进一步健全了党风廉政建设责任机制。
"""

EARLY_TITLE = "临沙市燃气集团有限公司党委2023年度党建工作总结"
EARLY = f"""{EARLY_TITLE}
一、加强理论武装
2023年，集团党委召开党委会20次，党委理论学习中心组集中学习12次。
二、夯实基层基础，组织建设全面加强
截至2023年底，集团党委下设党支部12个，共有党员286名。全年发展党员6名；组织党员培训418人次。
三、存在的问题
一是部分支部记录不规范；二是青年职工入党积极性不高。
中共临沙市燃气集团有限公司委员会
2024年1月20日
"""

LATE_TITLE = "临沙市燃气集团有限公司党委2024年上半年党建工作报告"
LATE = f"""{LATE_TITLE}
一、强化理论武装
上半年，集团党委召开党委会11次，理论学习中心组集中学习6次。
二、加强基层组织建设
（一）党员队伍。截至2024年6月底，共有党员291名。上半年发展党员3名。
（二）教育培训。组织党员培训205人次，举办入党积极分子培训班1期、学员19名。
三、下半年工作打算
一是开展支部书记轮训；二是再发展党员4名。
中共临沙市燃气集团有限公司委员会
2024年7月10日
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(
        chunks_of(HOSPITAL_TITLE, HOSPITAL),
        chunks_of(TOWN_TITLE, TOWN),
        chunks_of(MEETING_TITLE, MEETING),
        chunks_of(EARLY_TITLE, EARLY),
        chunks_of(LATE_TITLE, LATE),
    )


def draft(source: FakeSource, question: str):
    answer = ask_source(source, question)
    assert answer.kind == "draft" and not answer.refused, answer.text
    return answer


@pytest.mark.parametrize(
    "question",
    [
        "根据妇幼保健院2024年总结起草一段行风建设和廉洁从医情况，200字左右",
        "把石桥县妇幼保健院2024年行风建设和廉洁从医的情况写成一段话",
    ],
)
def test_every_sentence_of_the_one_section_a_topic_heads(source, question):
    answer = draft(source, question)
    for figure in ("38个", "126面", "21人次", "3.2万元", "4次"):
        assert figure in answer.text
    assert "党委会20次" not in answer.text  # another section


@pytest.mark.parametrize(
    "question",
    ["根据妇幼保健院总结写一段党员发挥先锋作用的材料", "根据妇幼保健院2024年总结，写一段党员充分发挥先锋作用的情况"],
)
def test_a_heading_named_loosely(source, question):
    answer = draft(source, question)
    for figure in ("5个", "1.2万人次", "46次"):
        assert figure in answer.text


@pytest.mark.parametrize(
    "question", ["帮我写一段柏树乡上半年基层组织建设的总结", "根据柏树乡2024年上半年报告写一段组织建设情况"]
)
def test_a_broad_part_by_the_words_that_head_its_sections(source, question):
    answer = draft(source, question)
    assert "软弱涣散" in answer.text and "146人次" in answer.text
    assert "860万元" not in answer.text  # 集体经济 is not 组织建设
    assert "年龄偏大" not in answer.text  # nor are the problems


@pytest.mark.parametrize(
    "question",
    [
        "根据鹤山中学2024年度分析会情况报告，写一段会议情况概述",
        "根据鹤山中学党风廉政建设分析会报告，概述一下会议情况，写一段话",
    ],
)
def test_an_overview_of_a_meeting(source, question):
    answer = draft(source, question)
    assert "周明" in answer.text and "4人" in answer.text
    assert "召开会议的有关情况如下" in answer.text  # not "work done in the field of 会议"


@pytest.mark.parametrize(
    "question",
    [
        "对比燃气集团2023年和2024年上半年党员教育培训情况写一段",
        "把燃气集团2023年和2024年上半年党员教育培训工作对比一下，写一段话",
    ],
)
def test_a_comparison_finds_the_figure_inside_a_broader_section(source, question):
    answer = draft(source, question)
    assert "418人次" in answer.text and "205人次" in answer.text
    assert "623" not in answer.text  # no sum of two periods
    assert not answer.note  # both periods are there


GROUP_TITLE = "中共临溪交通建设集团有限公司委员会2023年度党建工作总结"
GROUP = f"""{GROUP_TITLE}
2023年，集团党委以高质量党建引领交通建设，现将有关情况报告如下。
一、加强理论武装
集团党委理论学习中心组全年开展集体学习12次。
二、推动党建与业务融合
全年设立党员先锋岗18个，组建党员突击队6支，开展攻坚行动29次。一是沿江公路改造提前30天通车；二是完成危桥加固17座；三是新建农村公路86公里。
三、从严正风肃纪，营造清朗生态
开展廉洁风险排查，排查风险点94个，制定防控措施133条。开展警示教育5次，受教育党员干部860余人次。
四、存在的问题
一是部分项目部党建与生产“两张皮”；二是专职党务干部偏少。
中共临溪交通建设集团有限公司委员会
2024年1月20日
"""


@pytest.fixture
def group() -> FakeSource:
    return FakeSource(chunks_of(GROUP_TITLE, GROUP), chunks_of(HOSPITAL_TITLE, HOSPITAL))


@pytest.mark.parametrize(
    "question",
    [
        "根据临溪交通建设集团2023年总结，写一段党建与业务融合情况的总结，200字左右",
        "把临溪交通建设集团2023年党建和业务融合的情况写成一段话",
    ],
)
def test_what_a_line_says_before_its_inline_items(group, question):
    answer = draft(group, question)
    assert "18个" in answer.text and "29次" in answer.text  # the figures before 一是…
    assert "危桥加固17座" in answer.text


@pytest.mark.parametrize(
    "question",
    ["根据临溪交通建设集团2023年总结写一段党风廉政建设情况，100字左右", "临溪交通建设集团2023年党风廉政建设情况写一段"],
)
def test_a_discipline_section_headed_in_other_words(group, question):
    answer = draft(group, question)
    assert "94个" in answer.text and "133条" in answer.text and "5次" in answer.text


PLAN_TITLE = "中共桐湾港务公司委员会2026年党建工作要点"
PLAN = f"""{PLAN_TITLE}
2026年重点抓好以下工作。
一、加强理论武装
（一）抓实中心组学习。全年集中学习不少于10次。
二、夯实基层基础，提升组织力
（一）优化组织设置。结合码头扩建，年内新建作业区党支部2个。
（二）规范组织生活。严格落实“三会一课”制度，每季度开展1次组织生活抽查。
（三）做好党员发展工作。计划发展党员9名，其中一线职工不少于6名。
（四）抓好换届工作。督促指导到期的4个党支部按期完成换届。
三、深化党建融合
（一）创建“党员先锋岗”30个。
中共桐湾港务公司委员会
2026年2月12日
"""


@pytest.mark.parametrize(
    "question",
    [
        "根据桐湾港务公司2026年党建工作要点写一段组织建设工作安排",
        "以桐湾港务公司2026年党建工作要点为依据起草一段组织建设部署，约200字",
    ],
)
def test_every_item_of_a_section_headed_by_the_topics_family_is_drafted(question):
    answer = ask_source(FakeSource(chunks_of(PLAN_TITLE, PLAN)), question)
    for figure in ("2个", "每季度开展1次", "9名", "4个"):
        assert figure in answer.text, (figure, answer.text)
    assert "30个" not in answer.text and "10次" not in answer.text


WORK_TITLE = "中共白杨社区委员会主题教育工作总结"
WORK = f"""{WORK_TITLE}
三、深化调查研究，推动解决实际问题
一是班子成员领题调研4个；二是召开居民议事会7场；三是收集意见建议52条。
五、抓实检视整改，推动问题见底清零
一是检视问题11个；二是已整改10个。
六、存在的不足和下一步打算
一是部分流动党员参学不够经常；二是调研成果转化还不够快；三是网格党员作用发挥不平衡。
中共白杨社区委员会
2024年9月10日
"""


@pytest.mark.parametrize("question", ["白杨社区主题教育还存在哪些不足", "白杨社区主题教育有哪些问题"])
def test_work_on_problems_is_no_section_of_problems(question):
    answer = ask_source(FakeSource(chunks_of(WORK_TITLE, WORK)), question)
    assert "流动党员" in answer.text and "议事会" not in answer.text and "检视问题" not in answer.text, answer.text
