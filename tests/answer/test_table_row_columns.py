"""A per-unit table read as rows: a short column (实到 after 应到) is said of the row's label, never of the cell
before it; 哪个下属单位…最多 ranks the rows (the rows' kind said with whose names no column); 各支部…加起来一共
is the table's 合计 row, answered as a count even when the body's short name is said only in part."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

MEETING = "青川县档案馆党总支2024年度组织生活会情况报告"
MEETING_ROWS = (
    "馆藏保管党支部：应到14名，实到13名，查摆问题7条，指导人员为林秋实。\n"
    "编研利用党支部：应到11名，实到11名，查摆问题5条，指导人员为韩雪。\n"
    "退休干部党支部：应到20名，实到16名，查摆问题4条，指导人员为林秋实。\n"
    "合计：应到45名，实到40名，查摆问题16条。"
)
MEETING_SOURCE = index_like(
    FakeSource(
        [
            make_chunk(MEETING, "党总支所属3个党支部分别召开2024年度组织生活会。", ("一、基本情况",)),
            make_chunk(MEETING, MEETING_ROWS, ("二、会议召开情况",), position=1),
        ]
    )
)


def test_a_short_column_is_said_of_the_row_not_of_the_cell_before():
    facts = {int(f.number): f for f in extract_facts(MEETING_SOURCE.chunks[1]) if f.row == "退休干部党支部"}
    assert "应到" not in facts[16].predicate and facts[16].predicate.endswith("实到")
    assert facts[20].predicate.endswith("应到")


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("档案馆组织生活会，退休干部党支部实到几个？", "16名", "20名"),
        ("档案馆编研利用党支部组织生活会实到了多少人", "11名", "13名"),
    ],
)
def test_the_short_column_of_a_row_answers(question, figure, other):
    answer = ask_source(MEETING_SOURCE, question)
    assert figure in answer.text and other not in answer.text and not answer.refused


GROUP = "青川县水务集团有限公司党委2024年度党建工作报告"
GROUP_ROWS = (
    "制水公司党总支：党员数214名，发展党员5名，合理化建议38条。\n"
    "管网公司党总支：党员数187名，发展党员4名，合理化建议29条。\n"
    "排水公司党总支：党员数133名，发展党员3名，合理化建议17条。\n"
    "机关党总支：党员数108名，发展党员3名，合理化建议12条。"
)
GROUP_SOURCE = FakeSource(
    [
        make_chunk(GROUP, "集团党委下设4个党总支，共有党员642名，其中在岗党员511名。", ("一、基本情况",)),
        make_chunk(GROUP, GROUP_ROWS, ("二、各党总支情况",), position=1),
    ]
)


@pytest.mark.parametrize(
    ("question", "row", "figure"),
    [
        ("水务集团哪个下属单位党员最多？", "制水公司党总支", "214名"),
        ("水务集团哪家所属公司合理化建议最少？", "机关党总支", "12条"),
        ("水务集团哪个基层党委发展党员最多", "制水公司党总支", "5名"),
    ],
)
def test_the_rows_kind_said_with_whose_names_no_column(question, row, figure):
    answer = ask_source(GROUP_SOURCE, question)
    assert f"最多的是{row}" in answer.text or f"最少的是{row}" in answer.text
    assert figure in answer.text and "642名" not in answer.text


LIBRARY = "中共青川县图书馆机关委员会2024年度党建工作总结"
LIBRARY_ROWS = (
    "采编党支部：党员数22名，三会支委会12次，三会党小组会20次，党课4场。\n"
    "流通党支部：党员数17名，三会支委会11次，三会党小组会18次，党课3场。\n"
    "离退休党支部：党员数25名，三会支委会9次，三会党小组会14次，党课3场。\n"
    "合计：党员数64名，三会支委会32次，三会党小组会52次，党课10场。"
)
LIBRARY_SOURCE = index_like(
    FakeSource(
        [
            make_chunk(
                LIBRARY,
                "各支部全年召开支委会32次、党小组会52次，讲党课10场。各支部具体情况见下表。",
                ("二、主要工作", "（一）落实“三会一课”制度"),
            ),
            make_chunk(LIBRARY, LIBRARY_ROWS, ("二、主要工作", "（一）落实“三会一课”制度"), position=1),
        ]
    )
)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("馆里各支部去年党小组会加起来一共开了多少次", "52次"),
        ("各个支部2024年支委会加在一起一共开了几次", "32次"),
    ],
)
def test_all_branches_added_are_the_total_row(question, figure):
    answer = ask_source(LIBRARY_SOURCE, question)
    assert figure in answer.text and not answer.refused and answer.confidence != "low"
