"""A summary of Party work leaves out what the organisation is (现辖4个所, 承担着……任务, 现有职工…),
keeping the Party figures of the same 基本情况 (发展党员N名); a comparison pairs each figure both periods
report before what only one period says, so a shared figure is never trimmed away."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

BUREAU_TITLE = "中共柳溪县林业局党组2023年度党建工作总结"
BUREAU = f"""{BUREAU_TITLE}
2023年，局党组坚持以党建引领林业高质量发展，现将全年工作总结如下。
一、基本情况
林业局现辖4个林业站、2个国有林场，承担着全县58万亩林地的管护和森林防火任务。局党组下设党支部6个，共有党员142名，其中女党员37名。全年发展党员9名，转正预备党员7名。
二、理论学习
局党组理论学习中心组全年集中学习12次，其中专题研讨4次。举办读书班2期，培训党员260人次。
三、组织建设
开展支部书记述职评议1次，评选“林区先锋”党支部2个。组织党员到护林一线开展主题党日12次，参加党员430人次。
四、党风廉政
开展廉政谈话96人次，组织警示教育3次，排查廉政风险点27个。
中共柳溪县林业局党组
2024年1月8日
"""

HOSPITAL_TITLE = "中共东滨县中医院委员会2023年度党建工作总结"
HOSPITAL = f"""{HOSPITAL_TITLE}
2023年，院党委坚持党建引领医院发展，现将全年工作总结如下。
一、组织建设
医院现有在职职工612名，担负着全县中医诊疗和基层中医药指导任务。院党委下设党支部8个，党员156名。全年发展党员6名，召开党委会24次。
二、思想建设
院党委理论学习中心组全年集中学习11次，党委书记讲党课3次。组织党员赴红色教育基地现场教学2次，参加党员88人次。
三、行风建设
开展医德医风专题教育4次，签订廉洁从医承诺书612份，收到患者锦旗74面。
中共东滨县中医院委员会
2024年1月12日
"""


@pytest.mark.parametrize(
    ("title", "text", "question", "kept", "left_out"),
    [
        (
            BUREAU_TITLE,
            BUREAU,
            "用林业局2023年度总结起草一段党建工作综述",
            ["142名", "发展党员9名"],
            ["现辖", "58万亩"],
        ),
        (
            HOSPITAL_TITLE,
            HOSPITAL,
            "用东滨县中医院2023年度总结写一段党建工作情况",
            ["发展党员6名"],
            ["612名", "担负着"],
        ),
    ],
)
def test_a_summary_of_party_work_leaves_out_what_the_organisation_is(title, text, question, kept, left_out):
    answer = ask_source(FakeSource(chunks_of(title, text)), question)
    assert not answer.refused
    assert all(k in answer.text for k in kept), answer.text
    assert not any(word in answer.text for word in left_out), answer.text


STATION_2023_TITLE = "中共清河市气象局机关委员会2023年度党建工作总结"
STATION_2023 = f"""{STATION_2023_TITLE}
2023年，机关党委围绕气象服务中心工作，扎实推进党的建设，现将全年工作总结如下。
一、组织建设
机关党委下设党支部5个，共有党员81名，其中预备党员4名。全年召开机关党委会16次，发展党员2名。一是完成3个党支部换届选举；二是开展支部标准化建设，评选示范支部2个；三是举办入党积极分子培训班1期，培训学员14人。
机关党委以“风云先锋”为品牌，推动5个党支部开展“一支部一特色”创建，预报党支部“精准先锋”、观测党支部“哨兵”两个品牌初步成形，在全省气象系统交流推广。
二、思想建设
机关党委理论学习中心组全年集中学习10次，其中专题研讨3次。组织党员赴红色教育基地开展现场教学2次，参加党员60人次。
三、服务保障
机关党委组织党员深入乡村，围绕春耕春播、汛期防灾和秋收秋种开展气象科技下乡服务，累计走访新型农业经营主体46家。开展“党员进村送气象”活动24次，发布预警信息312条，服务农户1.8万户。
四、党风廉政建设
机关党委认真落实全面从严治党主体责任，年初制定党风廉政建设责任清单，与各支部书记签订党风廉政建设责任书5份，全年开展廉政谈话74人次。
五、精神文明建设
机关党委深化文明单位创建，组织开展道德讲堂、文明礼仪培训、志愿服务等活动，全年开展各类文明创建活动18场，参与干部职工420人次，获评市级文明单位。
六、群团工作
机关党委指导工会、团支部开展职工技能竞赛、青年读书会、健步走等活动，全年开展群团活动15次，参与职工530人次，慰问困难职工9户。
七、意识形态工作
机关党委专题研究意识形态工作2次，落实意识形态工作责任制，加强门户网站、政务新媒体和气象科普阵地管理，全年在各级媒体刊发气象服务宣传稿件86篇，其中省级以上媒体21篇。
八、统战工作
机关党委联系服务党外知识分子和无党派人士11名，召开党外人士座谈会2次，听取对气象现代化建设和防灾减灾工作的意见建议34条，全部纳入年度工作台账跟踪办理。
九、制度建设
机关党委修订完善《机关党委议事规则》《党支部工作细则》等制度7项，建立党委委员联系党支部制度，7名党委委员每人联系1至2个支部，全年到联系点调研指导29次。
中共清河市气象局机关委员会
2024年1月9日
"""
STATION_2024_TITLE = "中共清河市气象局机关委员会2024年上半年党建工作总结"
STATION_2024 = f"""{STATION_2024_TITLE}
2024年上半年，机关党委扎实推进各项党建工作，现总结如下。
一、组织建设
截至2024年6月底，机关党委共有党员83名。上半年召开机关党委会8次，发展党员1名。
二、思想建设
机关党委理论学习中心组上半年集中学习6次，其中专题研讨2次。
三、服务保障
上半年开展“党员进村送气象”活动13次，发布预警信息168条。
中共清河市气象局机关委员会
2024年7月5日
"""


@pytest.mark.parametrize(
    "question",
    [
        "把气象局2023年和2024年上半年比较一下，写一段党建情况",
        "把气象局2023年和2024年上半年的党建工作对比一下，写一段话",
    ],
)
def test_a_figure_both_periods_report_is_paired_before_one_period_alone(question):
    source = FakeSource(chunks_of(STATION_2023_TITLE, STATION_2023), chunks_of(STATION_2024_TITLE, STATION_2024))
    answer = ask_source(source, question)
    assert not answer.refused and "对比" in answer.text
    for earlier, later in (("16次", "8次"), ("24次", "13次")):
        assert earlier in answer.text and later in answer.text, answer.text
