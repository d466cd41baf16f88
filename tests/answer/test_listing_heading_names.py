"""Lists of the section a question names the way people say headings back: one clause of a two-clause
heading, + typed as 加, a joining word swapped or a modifier left out; items that go on counting in a
later paragraph (四是……五是……) or are added by one (此外，…); and an aspect announced by a paragraph
instead of a heading (会议要求：一要……；二要……)."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

PORT_TITLE = "临江港航管理局党委2024年度党建工作总结"
PORT = f"""{PORT_TITLE}
2024年，局党委坚持以党建引领港航发展，现将全年工作总结如下。
一、加强理论武装
全年召开党委会18次，理论学习中心组集中学习12次。
二、聚焦通航安全，党建业务同频共振
一是组建“红色航标”党员突击队4支，完成航道疏浚12.5公里；二是开展“党员登船服务”活动36次，解决船民诉求158件；三是在汛期设立党员先锋岗9个，党员带班值守860人次。
此外，举办“港航开放日”2场，邀请船民代表参观调度中心。
三、“党建+志愿”服务
一是组建“蓝马甲”志愿服务队，开展水上救助演练5次；二是开展“送法上船”宣传22场；三是设立船民驿站3个。
四是与两个沿江社区共建“红色港湾”服务点2个，服务船民家庭310户。五是开通“港航服务热线”，全年受理咨询1260件。
四、存在的问题
一是部分支部组织生活形式单一；二是青年职工入党积极性不高。
中共临江港航管理局委员会
2025年1月10日
"""

LAB_TITLE = "青禾农业科学研究所党支部书记2024年度抓基层党建工作述职报告"
LAB = f"""{LAB_TITLE}
述职人：韩立新
2024年，我认真履行党支部书记第一责任人职责，把党建工作融入科研全过程。现报告如下：
一、履职情况
（一）强化政治引领
全年召开支部党员大会4次、支委会12次。
（二）推动党建与科研工作深度融合
1. 组建党员科研攻关小组3个，牵头承担省级课题5项。
2. 开展“党员专家进田间”活动28次，服务种植户640户。
3. 设立党员示范试验田6块，推广新品种4个。
二、存在的问题
1. 党建与科研融合的载体还不够丰富，党员作用发挥不均衡。
2. 青年科研人员参学率偏低，只有78%。
"""

MEETING_TITLE = "松岩县税务局党委2024年度民主生活会情况报告"
MEETING = f"""{MEETING_TITLE}
一、会议基本情况
2025年1月20日，局党委召开2024年度民主生活会，党委班子成员7人参加会议，县纪委监委派员到会指导。
会议开展了批评和自我批评。最后，党委书记作总结讲话，要求以整改实效检验会议成效。对照查摆出的问题，会议要求：一要抓好理论学习，每季度开展专题研讨1次；二要严格落实中央八项规定精神，加强纳税服务窗口作风监督；三要建立问题整改台账，逐项明确责任人和完成时限。
二、下一步工作打算
一要深化“党建+税务”品牌建设。二要完善党员积分管理办法。
中共松岩县税务局委员会
2025年1月25日
"""

CLINIC_TITLE = "白鹭街道社区卫生服务中心党支部2024年下半年工作总结"
CLINIC = f"""{CLINIC_TITLE}
一、主要工作
下半年，支部召开支委会6次，开展主题党日6次。
二、廉政检查情况
9月，支部对药品采购、耗材管理开展廉政检查2次。检查中发现的不足：一是耗材出入库登记不及时；二是个别科室处方点评流于形式；三是廉政谈话记录不完整。相关问题已列入整改台账。
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(
        chunks_of(PORT_TITLE, PORT),
        chunks_of(LAB_TITLE, LAB),
        chunks_of(MEETING_TITLE, MEETING),
        chunks_of(CLINIC_TITLE, CLINIC),
    )


@pytest.mark.parametrize(
    "question", ["临江港航局2024年党建引领通航安全做了哪些事", "港航局党委在通航安全上都搞了哪些工作？"]
)
def test_one_clause_of_a_two_clause_heading_names_it(source, question):
    answer = ask_source(source, question)
    assert "共4项" in answer.text  # the three 一是…三是 items, then what the 此外 paragraph adds
    for item in ("红色航标", "党员登船服务", "党员先锋岗", "港航开放日"):
        assert item in answer.text
    assert "此外" not in answer.text.split("来源")[0]
    assert "理论学习中心组" not in answer.text  # not the report's first figures


@pytest.mark.parametrize("question", ["港航局党建加志愿都做了哪些", "港航局“党建+志愿”服务搞了哪些活动"])
def test_plus_typed_as_jia_and_items_counting_on_in_a_later_paragraph(source, question):
    answer = ask_source(source, question)
    assert "共5项" in answer.text
    for item in ("蓝马甲", "送法上船", "船民驿站", "红色港湾", "港航服务热线"):
        assert item in answer.text
    assert "五是" not in answer.text.split("来源")[0]  # each item shown without its enumerator


@pytest.mark.parametrize(
    "question", ["青禾农业科学研究所党建和科研融合具体搞了哪些事", "青禾农业科学研究所党建与科研工作融合都做了啥"]
)
def test_a_heading_named_without_its_modifier_and_with_another_joining_word(source, question):
    answer = ask_source(source, question)
    assert "共3项" in answer.text
    for item in ("科研攻关小组", "党员专家进田间", "示范试验田"):
        assert item in answer.text
    assert "参学率" not in answer.text  # the problem that mentions 融合 is not what was done


@pytest.mark.parametrize("question", ["松岩税务局民主生活会最后提了哪几条要求", "税务局党委民主生活会上会议有哪些要求"])
def test_demands_a_paragraph_announces_with_yi_yao(source, question):
    answer = ask_source(source, question)
    assert "共3项" in answer.text
    for item in ("抓好理论学习", "中央八项规定", "问题整改台账"):
        assert item in answer.text
    assert "党员积分" not in answer.text  # the plan's 一要…二要 paragraphs are not the meeting's demands


def test_problems_a_paragraph_announces_without_a_heading(source):
    answer = ask_source(source, "白鹭街道卫生服务中心支部廉政检查发现了哪些不足")
    assert "共3项" in answer.text
    for item in ("出入库登记", "处方点评", "廉政谈话记录"):
        assert item in answer.text
