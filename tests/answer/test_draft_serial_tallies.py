"""A whole report's draft says the figures of its sections before a table that repeats them: a tally row opening
with its serial number (序号3：重点任务为…) names its task in the next cell, a row whose task the prose states is a
table's line, and a table's caption (表1 …) is no sentence."""

from __future__ import annotations

import pytest

from assistant.answer.draft_tallied import tallied_tasks
from assistant.answer.extractive import answer_extractively
from assistant.answer.routing import Route
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

HALF_TITLE = "岚江市水务局机关党委2025年上半年党建工作报告"
HALF = """岚江市水务局机关党委2025年上半年党建工作报告
2025年上半年，局机关党委坚持以党建引领水务中心工作，对照年初工作要点逐项推进。截至2025年6月底，共有党员88名。现将有关情况报告如下。
一、上半年主要工作
（一）思想建设
上半年召开党委理论学习中心组学习5次，其中专题研讨2次；组织党员集中学习9次，参学党员410人次。
（二）支部建设
各支部召开党员大会6次、支委会14次，讲党课7场；发展党员1名，确定入党积极分子3名。
（三）党建引领防汛保供
组建党员防汛突击队12支，开展汛前隐患排查41次，其中夜间巡查17次；完成农村供水管网改造183公里，新增受益群众2.6万人；完成水毁工程修复29处。
（四）廉政建设
上半年开展廉政谈话37人次，对工程项目资金开展专项检查2次，发现问题6个，已整改5个。
二、重点任务推进情况
对照年初确定的5项重点任务，上半年总体按时序推进，农村供水管网改造进度偏慢。
表1 2025年水务重点任务上半年推进情况
序号1：重点任务为理论学习中心组学习（次），全年目标10，上半年完成5，完成率50.0%。
序号2：重点任务为发展党员（名），全年目标3，上半年完成1，完成率33.3%。
序号3：重点任务为农村供水管网改造（公里），全年目标400，上半年完成183，完成率45.8%。
序号4：重点任务为水毁工程修复（处），全年目标60，上半年完成29，完成率48.3%。
序号5：重点任务为廉政谈话（人次），全年目标70，上半年完成37，完成率52.9%。
三、存在的问题
一是农村供水管网改造进度滞后；二是个别支部组织生活与业务结合不紧。
四、下半年工作安排
一是计划发展党员2名；二是完成剩余管网改造217公里。
中共岚江市水务局机关委员会
2025年7月12日
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(HALF_TITLE, HALF))


def draft(source: FakeSource, question: str) -> str:
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused, answer.text
    return answer.text


def test_a_serial_numbered_row_names_its_task_in_the_next_cell():
    line = "序号3：重点任务为农村供水管网改造（公里），全年目标400，上半年完成183，完成率45.8%。"
    assert tallied_tasks([line]) == [("农村供水管网改造", "183")]


@pytest.mark.parametrize(
    "question",
    [
        "根据水务局今年上半年的报告，帮我写一段上半年党建工作总结",
        "把岚江水务局2025年上半年的党建工作概括成一段话",
        "帮我起草一段水务局上半年党建工作小结",
    ],
)
def test_a_half_year_summary_says_the_sections_figures_not_the_table_repeating_them(source, question):
    text = draft(source, question)
    assert "183公里" in text and "2.6万人" in text and "29处" in text, text
    assert "序号" not in text and "表1" not in text, text
    assert "37人次" in text, text  # the last section still has its point


YEAR_TITLE = "白沙县档案馆党支部2024年度党建工作总结"
YEAR = """白沙县档案馆党支部2024年度党建工作总结
一、基本情况
馆党支部现有党员19名，其中在职党员14名。支部委员会由3人组成，书记贺明轩（馆长），组织委员闵若兰，宣传委员程思远。
二、主要工作
（一）组织生活
全年召开党员大会4次、支委会12次，讲党课4次。支部书记贺明轩讲党课2次。
（二）党建引领档案服务
开展档案进社区宣传26场，受众8600人次。指导乡镇开展档案规范化整理19场。各片区情况见下表。
表1 2024年各片区档案服务情况
北片区：服务点为城关社区档案服务点，宣传场次8场，整理卷宗1200卷，接待查档310人次。
北片区：服务点为石门镇档案服务点，宣传场次6场，整理卷宗900卷，接待查档180人次。
南片区：服务点为沙河镇档案服务点，宣传场次7场，整理卷宗1100卷，接待查档240人次。
南片区：服务点为龙潭乡档案服务点，宣传场次5场，整理卷宗800卷，接待查档150人次。
（三）业务保障
党员带头完成馆藏档案数字化扫描41万页，全年查档平均用时12分钟。
（四）作风建设
“三公”经费支出1.8万元。全年发展党员1名。
三、存在问题
一是档案宣传进农村不够；二是青年党员业务钻研不深。
中共白沙县档案馆支部委员会
2025年1月15日
"""


@pytest.mark.parametrize(
    "question",
    [
        "把档案馆去年的党建工作写成一段200字左右的总结",
        "帮我把白沙县档案馆2024年党建工作概括成200字左右的一段话",
        "用档案馆2024年度总结写一段200字的党建工作小结",
    ],
)
def test_a_short_summary_says_the_work_sections_figures_before_the_organisations_state(question):
    text = draft(FakeSource(chunks_of(YEAR_TITLE, YEAR)), question)
    assert "26场" in text and "19场" in text and "41万页" in text, text
    assert "闵若兰" not in text and "片区：" not in text and "表1" not in text, text
