"""Questions of two parts, each answered with its own figure of one sentence: a whole and its 其中 part (党员总数 /
其中退休的), done and open items (整改完了几条，还剩几条), a count in 种 and its part, a plan and what was done
(原计划几个，最后实际几个 / 计划几个实际几个, also as a follow-up), the two sides of a meeting's attendance
(应到几个实到几个) — invented documents."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.facts import extract_facts
from assistant.answer.pipeline import Assistant
from assistant.answer.routing import route
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, grounded, make_chunk

SUMMARY = "临江区审计局机关党委2024年度党建工作总结"
MEETING = "临江区审计局机关党委2024年度组织生活会情况报告"
PLAN = "临江区审计局机关党委2025年党建工作要点"
SUMMARY_CHUNKS = [
    make_chunk(
        SUMMARY,
        "截至2024年12月底，机关党委共有党员86名，其中在职党员61名、退休党员25名；女党员30名。",
        ("一、基本情况",),
    ),
    make_chunk(
        SUMMARY,
        "年初计划发展党员4名，实际发展党员3名，其中青年党员2名。"
        "全年编写审计案例汇编17种，其中入选省级审计案例规划项目5种。",
        ("二、主要工作",),
        position=1,
    ),
]
MEETING_CHUNKS = [
    make_chunk(
        MEETING,
        "审计一党支部：召开时间1月8日，应到24名，实到22名，查摆问题6条。"
        "审计二党支部：召开时间1月9日，应到19名，实到19名，查摆问题5条。",
        ("一、会议召开情况",),
    ),
    make_chunk(
        MEETING,
        "机关党委对各支部查摆的问题逐条建立台账。截至2025年5月底，已完成整改21条，其余6条正在推进。",
        ("二、整改落实情况",),
        position=1,
    ),
]
HALF = "临江区审计局机关党委2025年上半年党建工作报告"
HALF_CHUNKS = [
    make_chunk(HALF, "上半年发展党员1名，举办党务培训班1期。", ("一、上半年工作情况",)),
    make_chunk(HALF, "一是计划发展党员2名；二是举办党务培训班1期。", ("二、下半年工作打算",), position=1),
]
PLAN_CHUNKS = [
    make_chunk(PLAN, "全年计划发展党员5名，举办党务培训班2期。", ("一、主要目标",)),
]
DOCUMENTS = (SUMMARY_CHUNKS, MEETING_CHUNKS, HALF_CHUNKS, PLAN_CHUNKS)


def ask(question: str):
    return grounded(Assistant(FakeSource(*DOCUMENTS)).ask(question))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        # 党员总数 is how many there are (共有党员86名), and the whole its 其中 part is asked of
        ("临江区审计局到2024年底党员总数多少？其中退休的有几个？", ("86名", "25名")),
        # the state figures count the items the sentence before names (各支部查摆的问题)
        ("临江区审计局组织生活会查摆的问题，到5月底整改完了几条？还剩几条没完？", ("21条", "6条")),
        # 种 measures what is counted; a 规划项目 the part was selected into is no plan
        ("临江区审计局2024年编了多少种审计案例汇编？其中入选省级的几种？", ("17种", "5种")),
        ("临江区审计局去年发展党员原本计划几个，最后实际发展了几个？", ("4名", "3名")),
        ("临江区审计局去年计划发展党员多少、实际多少？", ("4名", "3名")),
        ("临江区审计局去年发展党员计划几个实际几个？", ("4名", "3名")),
        ("临江区审计局组织生活会，审计一党支部应到几个实到几个？", ("24名", "22名")),
        # 其中青年党员有多少 of members gained: a part of that flow, not how many there are
        ("临江区审计局2024年实际发展了多少名党员？其中青年党员有多少？", ("3名", "2名")),
        ("临江区审计局下半年计划再发展几个党员？", ("2名",)),
    ],
)
def test_each_part_gets_its_own_figure(question, figures):
    answer = ask(question)
    assert not answer.refused and "没有找到" not in answer.text
    assert all(figure in answer.text for figure in figures), answer.text


def test_a_plan_and_actual_pair_asked_as_a_follow_up():
    """那去年呢，计划几个实际几个 after a plan asked with 打算: the act 发展 is kept, each modality asked."""
    answers = converse(
        Assistant(FakeSource(*DOCUMENTS)),  # type: ignore[arg-type]
        "临江区审计局今年打算发展多少名党员？",
        "那去年呢，计划几个实际几个？",
    )
    last = grounded(answers[-1]).text
    assert "4名" in last and "3名" in last and "5名" not in last


def test_again_is_no_word_of_what_is_counted():
    """再发展 / 又召开: the act done again; 再 would weigh as a rare word no figure's clause holds."""
    assert "再" not in read_asked("临江区审计局下半年计划再发展几个党员？").words
    assert "又" not in read_asked("审计二党支部下半年又召开了几次支委会？").words


def test_a_kind_inside_a_name_is_no_figure():
    """运用“四种形态”处理6人次: 6人次 is what the clause counts, not what is left after 四种."""
    chunk = make_chunk(SUMMARY, "运用监督执纪“四种形态”处理6人次，其中谈话提醒4人次。", ("三、正风肃纪",))
    facts = extract_facts(chunk)
    assert [f.value_text for f in facts] == ["6人次", "4人次"]
    assert "四种形态" in facts[0].predicate


def test_kinds_a_rule_lists_still_route_as_a_lookup():
    assert route("党纪处分有几种？") != "count"
    assert route("临江区审计局编了多少种案例汇编？") == "count"
