"""Completed / remaining items (整改完成了几条？还剩几条？), figures recalled from an earlier year, the year of a
figure's own clause, and organisations named formally in titles (中共X委员会 asked as X党委)."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from assistant.core.words import spoken_title
from tests.answer.support import FakeSource, grounded, make_chunk

TITLE = "中共云岭乡委员会2023年度党建工作总结"
REPORT = [
    make_chunk(
        TITLE,
        "乡党委班子在组织生活会上查摆问题11条，截至年底已整改到位8条，3条正在推进。",
        ("一、问题整改",),
        position=0,
    ),
    make_chunk(
        TITLE,
        "上年度巡察反馈的16项问题中，已完成整改15项，“村级财务公开不及时”1项仍在持续整改。",
        ("二、巡察整改",),
        position=1,
    ),
    make_chunk(
        TITLE,
        "开通“乡村议事”热线，受理群众诉求52件，办结49件，其余3件已转县有关部门处理。",
        ("三、为民服务",),
        position=2,
    ),
    make_chunk(
        TITLE,
        "全年按期完成4个村党支部换届，另有1个村党支部换届延至2024年春季。全年发展党员9名。",
        ("四、组织建设",),
        position=3,
    ),
    make_chunk(
        TITLE,
        "2022年度组织生活会查摆的10条问题已全部整改。2023年民主生活会共查摆班子问题6条、个人问题18条。",
        ("五、民主生活会",),
        position=4,
    ),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(REPORT))  # type: ignore[arg-type]


def ask(assistant: Assistant, question: str) -> Answer:
    return grounded(assistant.ask(question))


@pytest.mark.parametrize(
    ("question", "done", "remaining"),
    [
        ("云岭乡党委班子查摆的问题整改完成了几条？还剩几条？", "8条", "3条"),
        ("云岭乡群众诉求办结了多少件？还有几件没办结？", "49件", "3件"),
    ],
)
def test_done_and_remaining_items_are_the_parts_not_the_whole(assistant, question, done, remaining):
    first, second = ask(assistant, question).text.split("\n")
    assert done in first and remaining in second
    assert "11条" not in second and "52件" not in second


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("云岭乡巡察反馈的问题还有几项没整改？", "1项"),
        ("巡察反馈的问题还剩几项？", "1项"),
        ("巡察反馈的问题已经整改了几项？", "15项"),
    ],
)
def test_items_done_or_open_asked_alone(assistant, question, figure):
    answer = ask(assistant, question)
    assert figure in answer.text and "16项" not in answer.text


def test_a_figure_followed_by_zhong_is_the_whole_of_the_next_ones():
    facts = extract_facts(REPORT[1])
    by_value = {f.value_text: f for f in facts}
    assert by_value["15项"].parent == by_value["16项"].position
    assert {"done", "subset"} <= by_value["15项"].qualifiers
    assert {"open", "subset"} <= by_value["1项"].qualifiers
    assert not by_value["16项"].qualifiers & {"done", "open"}


def test_a_total_asked_without_a_year_leaves_out_an_earlier_years_figures(assistant):
    answer = ask(assistant, "云岭乡民主生活会班子和个人加起来一共查摆了多少问题？")
    assert "24条" in answer.text and "10条" not in answer.text


def test_a_later_year_after_the_clause_does_not_move_the_figure_out_of_its_year(assistant):
    answer = ask(assistant, "云岭乡2023年完成了几个村党支部换届？")
    assert "4个" in answer.text and not answer.refused


@pytest.mark.parametrize("question", ["云岭乡党委2023年发展了多少名党员？", "云岭乡党委去年发展了几个党员"])
def test_a_formal_title_is_matched_by_the_spoken_name(assistant, question):
    answer = ask(assistant, question)
    assert "9名" in answer.text and not answer.refused


@pytest.mark.parametrize(
    ("title", "spoken"),
    [
        ("中共云岭乡委员会2023年度党建工作总结", "云岭乡党委"),
        ("中共红石县水利局机关支部委员会2024年工作总结", "红石县水利局机关党支部"),
        ("中国共产党青川医院总支部委员会工作报告", "青川医院党总支"),
    ],
)
def test_spoken_title(title, spoken):
    assert spoken in spoken_title(title) and spoken_title(title).startswith(title)


STATUS_REPORT = [
    make_chunk(
        "红枫社区党委2023年度民主生活会整改落实情况报告",
        "截至2024年3月底，班子查摆的6个问题已整改到位4个，2个正在推进。会议收集意见建议11条。",
        ("一、整改情况",),
    ),
    make_chunk(
        "红枫社区党委2023年度民主生活会整改落实情况报告", "走访居民解决问题5个。", ("二、为民办事",), position=1
    ),
]


@pytest.mark.parametrize(
    "question", ["红枫社区2023年度民主生活会查摆的问题整改完了没有？", "红枫社区2023年民主生活会的问题是否已经整改到位"]
)
def test_whether_items_are_done_is_answered_with_done_and_open_figures(question):
    answer = ask(Assistant(FakeSource(STATUS_REPORT)), question)  # type: ignore[arg-type]
    assert "4个" in answer.text and "2个" in answer.text and "5个" not in answer.text


def test_a_status_date_is_not_the_period_of_the_figures():
    answer = ask(Assistant(FakeSource(STATUS_REPORT)), "红枫社区2023年度民主生活会查摆的问题整改到位了几个？")  # type: ignore[arg-type]
    assert "4个" in answer.text


def test_an_earlier_year_asked_in_words_keeps_its_figures(assistant):
    answer = ask(assistant, "云岭乡党委上年度组织生活会查摆的问题整改了几条？")
    assert "10条" in answer.text


def test_done_figures_of_another_unit_are_not_parts_of_the_figure_before():
    chunk = make_chunk("丰源村2024年工作总结", "全年走访群众500户，解决问题30个，其余5个正在协调。")
    by_value = {f.value_text: f for f in extract_facts(chunk)}
    assert by_value["30个"].parent is None and "done" in by_value["30个"].qualifiers
    assert "open" in by_value["5个"].qualifiers


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("白沙街道专项整治查摆的问题整改了几个？", "11个", ["4个", "15个"]),
        ("白沙街道专项整治还有几个问题没整改完", "4个", ["11个"]),
    ],
)
def test_a_state_said_after_the_figure_and_zhenggaile_asks_what_is_done(question, expected, absent):
    """仍有4个问题尚未完成整改 states what is open after its figure; 整改了几个 asks what is done."""
    title = "中共白沙街道工作委员会2024年度党建工作总结"
    source = FakeSource(
        [
            make_chunk(
                title,
                "专项整治共查摆问题15个，截至年底已整改11个。仍有4个问题尚未完成整改，涉及历史遗留事项。",
                ("一、专项整治",),
            ),
        ]
    )
    answer = grounded(Assistant(source).ask(question))
    assert expected in answer.text and not any(a in answer.text for a in absent)


def test_a_bare_zhenggai_after_a_count_of_items_is_what_was_done():
    """全年排查隐患291项，整改286项: 整改 alone (not 整改中, not 整改率) states the items done."""
    chunk = make_chunk("东岭热电厂党委2024年度党建工作总结", "全年排查安全隐患291项，整改286项，整改率98.3%。")
    by_value = {f.value_text: f for f in extract_facts(chunk)}
    assert "done" in by_value["286项"].qualifiers and "done" not in by_value["291项"].qualifiers
    source = FakeSource([chunk])
    answer = grounded(Assistant(source).ask("热电厂全年排查的隐患整改了多少项"))
    assert "286项" in answer.text and "291项" not in answer.text
