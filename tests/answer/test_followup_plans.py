"""Plans and actuals, years, halves and quarters across follow-ups: a thin turn asks the last figure again of its
own period and modality; a year's plan is not a half's or a quarter's plan; 离全年计划还差几个 sets what was done
against the year's plan."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

PLACEHOLDER = "（回答）〔1〕"

SONGLIN_2024 = "松林社区党委2024年度工作总结"
SONGLIN_2025H1 = "松林社区党委2025年上半年工作总结"
SONGLIN_2024_CHUNKS = [
    make_chunk(SONGLIN_2024, "全年新建电动车充电桩6个，增设快递柜4组。", ("三、民生服务",), position=0),
    make_chunk(SONGLIN_2024, "计划新建充电桩8个，拟培训楼栋长30名。", ("五、2025年工作打算",), position=1),
]
SONGLIN_2025H1_CHUNKS = [
    make_chunk(SONGLIN_2025H1, "上半年新建充电桩3个，走访独居老人120户次。", ("二、民生服务",), position=0),
    make_chunk(SONGLIN_2025H1, "下半年拟新建充电桩4个，计划培训楼栋长12名。", ("四、下半年工作打算",), position=1),
]

YUANFAN = "远帆航运公司党委2025年第一季度党建工作报告"
YUANFAN_CHUNKS = [
    make_chunk(
        YUANFAN, "一季度召开党委会4次（全年计划召开不少于16次），中心组学习2次。", ("二、理论学习",), position=0
    ),
    make_chunk(YUANFAN, "计划召开党委会不少于4次，拟评选岗位能手6名。", ("六、第二季度工作安排",), position=1),
]


def understood(*turns: str) -> str:
    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": PLACEHOLDER}]
    return understand(turns[-1], history).question


@pytest.fixture
def songlin() -> Assistant:
    return Assistant(FakeSource(SONGLIN_2024_CHUNKS, SONGLIN_2025H1_CHUNKS))


def test_a_years_plan_is_not_the_plan_for_its_second_half(songlin: Assistant) -> None:
    answers = converse(songlin, "松林社区2024年新建了几个充电桩", "2025年计划建几个")
    assert "8个" in answers[-1].text and "4个" not in answers[-1].text, answers[-1].text


def test_what_was_done_replaces_the_plan_asked_before(songlin: Assistant) -> None:
    answers = converse(songlin, "松林社区2024年新建了几个充电桩", "2025年计划建几个", "2025年上半年建了几个")
    assert "计划" not in answers[-1].resolved_question
    assert "3个" in answers[-1].text and "8个" not in answers[-1].text, answers[-1].text


def test_the_gap_to_the_years_plan_is_plan_minus_done(songlin: Assistant) -> None:
    turns = ("松林社区2024年新建了几个充电桩", "2025年计划建几个", "2025年上半年建了几个", "离全年计划还差几个")
    last = converse(songlin, *turns)[-1]
    assert "5个" in last.text and "（8个－3个）" in last.text, last.text


def test_the_years_plan_of_a_quarterly_report_is_not_the_next_quarters() -> None:
    assistant = Assistant(FakeSource(YUANFAN_CHUNKS))
    answers = converse(assistant, "远帆航运一季度开了几次党委会", "全年计划开多少次", "还差几次")
    assert "16次" in answers[1].text and "不少于4次" not in answers[1].text, answers[1].text
    assert "12次" in answers[2].text, answers[2].text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("石门电力公司三季度发展了几名党员", "全年计划呢"), "石门电力公司全年计划发展几名党员？"),
        (("远帆航运一季度开了几次党委会", "全年计划开多少次"), "远帆航运全年计划开几次党委会？"),
        (("远帆航运2025年一季度开了几次党委会", "2025年计划开多少次"), "远帆航运2025年计划开几次党委会？"),
        (("远帆航运2025年全年计划开几次党委会", "二季度实际开了几次"), "远帆航运2025年二季度实际开几次党委会？"),
        (("实验小学党员公开课上了多少节", "2025年打算上多少"), "实验小学2025年计划党员公开课上多少节？"),
        (("松林社区2024年新建了几个充电桩", "2025年计划建几个"), "松林社区2025年计划新建几个充电桩？"),
    ],
)
def test_a_thin_turn_asks_the_last_figure_of_its_period_and_modality(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns) == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a turn with an act of its own, or a total, is read as before
        (("南山林场2023年讲了几次党课", "那2024年一共讲了几次"), "南山林场2024年一共讲了几次党课"),
        (("松林社区2024年新建了几个充电桩", "2025年计划培训几名楼栋长"), "2025年计划培训几名楼栋长"),
    ],
)
def test_a_turn_naming_more_is_not_asked_again(turns: tuple[str, ...], expected: str) -> None:
    assert expected in understood(*turns)


DONGHU = "东湖水务公司党委2024年度党建工作总结"
DONGHU_CHUNKS = [
    make_chunk(DONGHU, "第三季度：主题党日5次，志愿服务300人次。", ("三、分季度情况",), position=0),
    make_chunk(DONGHU, "第四季度：主题党日6次，志愿服务420人次。", ("三、分季度情况",), position=1),
]
QINGHE_TOWN = "清河镇党委2024年度工作总结"
QINGHE_TOWN_H1 = "清河镇党委2025年上半年工作总结"


def test_a_quarter_is_compared_with_the_quarter_named() -> None:
    assistant = Assistant(FakeSource(DONGHU_CHUNKS))
    last = converse(assistant, "东湖水务第四季度志愿服务多少人次", "和第三季度比多了多少")[-1]
    assert "120人次" in last.text and "（420人次－300人次）" in last.text, last.text


def test_two_periods_of_the_conversation_are_added() -> None:
    assistant = Assistant(
        FakeSource(
            [make_chunk(QINGHE_TOWN, "镇纪委立案8件，给予党纪处分6人。", ("四、党风廉政",), position=0)],
            [make_chunk(QINGHE_TOWN_H1, "镇纪委上半年立案4件，给予党纪处分3人。", ("三、党风廉政",), position=0)],
        )
    )
    turns = ("清河镇2024年镇纪委立案几件", "2025年上半年呢", "两个时期一共立案多少件")
    last = converse(assistant, *turns)[-1]
    assert "12件" in last.text, last.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("白塔街道机关支部23年主题党日开了多少次", "那24年上半年呢", "上半年那次组织生活会查摆了多少问题"),
            "白塔街道机关支部2024年上半年组织生活会查摆了多少问题",
        ),
        (("理学院23年要点里中心组计划学习几次", "实际学了几次"), "理学院2023年中心组实际学习几次？"),
        (("理学院23年计划中心组学几次", "实际学了几次"), "理学院2023年实际中心组学几次？"),
        (("理学院2023年规划中新建几个党员工作室", "实际建了几个"), "理学院2023年实际新建几个党员工作室？"),
    ],
)
def test_the_period_and_the_document_follow_what_the_turn_asks(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns) == expected
