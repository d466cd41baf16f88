"""三个党小组一共多少党员 over a table of 党小组 rows: one column (党员人数) added over exactly as many rows as the
question names, each row cited; another number of rows, or a column the question does not name, adds nothing."""

from __future__ import annotations

import pytest

from assistant.answer.facts import extract_facts
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "东川区税务局机关党支部2024年上半年工作总结"
ROWS = (
    "一组（征管科）：党员人数11名，党小组会6次，集中学习7次，志愿服务23人次。\n"
    "二组（稽查局）：党员人数9名，党小组会6次，集中学习6次，志愿服务31人次。\n"
    "三组（纳税服务科）：党员人数13名，党小组会5次，集中学习7次，志愿服务40人次。\n"
    "四组（办公室）：党员人数8名，党小组会6次，集中学习7次，志愿服务19人次。"
)


SOURCE = index_like(
    FakeSource(
        [
            make_chunk(TITLE, "东川区税务局机关党支部现有党员41名，下设4个党小组。", ("一、基本情况",)),
            make_chunk(
                TITLE, "上半年，支部严格落实“三会一课”制度，各党小组开展活动情况如下：", ("二、党小组活动",), position=1
            ),
            make_chunk(TITLE, ROWS, ("二、党小组活动",), position=2),
        ]
    )
)


def test_the_rows_are_read_as_row_figures():
    facts = extract_facts(SOURCE.chunks[2])
    assert {f.row for f in facts if f.predicate == "党员人数"} == {
        "一组（征管科）",
        "二组（稽查局）",
        "三组（纳税服务科）",
        "四组（办公室）",
    }


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [
        ("东川区税务局机关支部四个组一共多少党员", "共41名", ("11名", "9名", "13名", "8名")),
        ("东川税务局支部上半年4个组加起来志愿服务多少人次", "113人次", ("23人次", "31人次", "40人次", "19人次")),
    ],
)
def test_one_column_is_added_over_the_named_rows(question, total, parts):
    answer = ask_source(SOURCE, question)
    assert total in answer.text and all(p in answer.text for p in parts), answer.text
    assert 41.0 in answer.derived_numbers or 113.0 in answer.derived_numbers


def test_another_number_of_rows_is_no_total():
    answer = ask_source(SOURCE, "东川区税务局机关支部三个组一共多少党员")
    assert "41" not in answer.text and "33" not in answer.text and "未合计" in answer.text, answer.text
    assert not answer.derived_numbers


@pytest.mark.parametrize(
    ("question", "figure", "others"),
    [
        ("东川区税务局机关支部2024年上半年二组有多少党员", "9名", ("11名", "13名")),
        ("东川区税务局机关党支部上半年三组集中学习了几次", "7次", ("6次",)),
    ],
)
def test_a_rows_label_names_whose_figure_the_column_gives(question, figure, others):
    answer = ask_source(SOURCE, question)
    assert figure in answer.text and not any(o in answer.text for o in others), answer.text


MEETING_TITLE = "石湾港务公司党委2024年度组织生活会情况报告"
MEETING_ROWS = (
    "装卸一队党支部：应到21名，实到20名，查摆问题8条。\n"
    "装卸二队党支部：应到17名，实到17名，查摆问题6条。\n"
    "机关党支部：应到12名，实到11名，查摆问题5条。"
)
MEETING = index_like(
    FakeSource(
        [
            make_chunk(MEETING_TITLE, "各党支部召开组织生活会情况如下：", ("二、召开情况",)),
            make_chunk(MEETING_TITLE, MEETING_ROWS, ("二、召开情况",), position=1),
        ]
    )
)


@pytest.mark.parametrize(
    ("question", "total", "parts"),
    [  # a row's first figure carries the row's label in its predicate: still one column over the rows
        ("石湾港务公司组织生活会三个支部一共应到多少人", "共50名", ("21名", "17名", "12名")),
        ("石湾港务公司组织生活会3个支部加起来实到多少人", "48名", ("20名", "17名", "11名")),
        ("石湾港务公司三个支部查摆问题加起来多少条", "共19条", ("8条", "6条", "5条")),
    ],
)
def test_a_column_led_by_the_row_label_is_added_over_the_rows(question, total, parts):
    answer = ask_source(MEETING, question)
    assert total in answer.text and all(p in answer.text for p in parts), answer.text
