"""它 after a ranking answer is the row ranked first (not the body whose table it is); a body's own stated
total answers 一共多少 over a smaller table 合计 row that adds up only some of its members."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.followup_scope import answered_documents
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, ask_source, grounded, make_chunk

TITLE = "青岚港务集团有限公司党委2024年度党建工作报告"
REPORT = [
    make_chunk(
        TITLE,
        "集团党委下设党总支2个、直属党支部5个。截至2024年底，共有党员640名，其中在职党员520名、退休党员120名。",
        ("一、基本情况",),
    ),
    make_chunk(
        TITLE,
        "\n".join(
            [
                "全年计划发展党员12名，实际发展党员10名。各单位情况见下表。",
                "装卸作业部党总支：党员数210名，发展党员5名，合理化建议31条，安全隐患整改完成76项。",
                "船舶调度部党总支：党员数180名，发展党员3名，合理化建议22条，安全隐患整改完成54项。",
                "后勤保障部党支部：党员数130名，发展党员2名，合理化建议15条，安全隐患整改完成21项。",
                "合计：党员数520名，发展党员10名，合理化建议68条，安全隐患整改完成151项。",
            ]
        ),
        ("二、主要工作",),
        position=1,
    ),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT)


def after(source: FakeSource, first: str, second: str):
    """The answer to `second` asked after `first` and the answer `first` got."""
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": ask_source(source, first).text}]
    return grounded(answer_extractively(understand(second, history), source))


@pytest.mark.parametrize(
    ("first", "second", "said", "total"),
    [
        ("港务集团哪个下属单位党员最多？", "那它去年发展了几名？", "5名", "10名"),
        ("港务集团哪个下属单位党员最多？", "它的安全隐患整改完成了多少项？", "76项", "151项"),
        ("港务集团哪个单位党员最少？", "它提了多少条合理化建议？", "15条", "68条"),
    ],
)
def test_it_after_a_ranking_is_the_row_ranked_first(source, first, second, said, total):
    answer = after(source, first, second)
    assert said in answer.text and total not in answer.text


@pytest.mark.parametrize("question", ["港务集团一共有多少党员？", "港务集团党员总数是多少？", "港务集团有多少名党员"])
def test_the_bodys_stated_total_beats_a_smaller_table_total(question):
    table, prose = (make_chunk(TITLE, c.text, c.section_path, position=n) for n, c in enumerate(REPORT[::-1]))
    answer = ask_source(FakeSource([table, prose]), question)  # the table's chunk found first
    assert "640名" in answer.text and "合计" not in answer.text


def test_a_row_statement_is_drawn_from_the_document_holding_its_row():
    other = make_chunk("临川县税务局机关党委2024年度工作总结", "全年发展党员5名，培训入党积极分子5名，发展党员5名。")
    source = FakeSource([other], REPORT)
    drawn = answered_documents("装卸作业部党总支：发展党员5名〔1〕。", source)
    assert drawn == frozenset({f"doc-{TITLE}"})
