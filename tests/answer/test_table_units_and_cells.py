"""Per-unit tables, grade tables and parts asked of a whole (invented 水务局 and 审计局 reports):
- the units asked by their kind alone (下面有哪些支部 / 这些支部都叫什么) are the row labels of the per-unit table,
  without its 合计 row, with the sentence stating how many there are checked against them;
- 几个X where a table's column of people is named X counts people (one cell: the row named, the column named);
- 评为优秀的有多少名 over a table whose rows are grades (优秀：人数N，占比P);
- a 其中 part no document states is refused, never answered or quoted with its whole."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

WATER = "临川县水务局机关党委2024年度党建工作总结"
WATER_SOURCE = FakeSource(
    [
        make_chunk(
            WATER,
            "2024年，临川县水务局机关党委围绕水利中心工作，扎实推进机关党建。机关党委下设4个党支部，共有党员58名。",
            ("一、基本情况",),
        ),
        make_chunk(
            WATER, "各支部开展“三会一课”情况见下表。\n表1  各支部组织生活开展情况", ("二、组织生活",), position=1
        ),
        make_chunk(
            WATER,
            "水政监察大队党支部：党员大会4次，支委会12次，讲党课3次。\n"
            "防汛抗旱服务中心党支部：党员大会5次，支委会12次，讲党课4次。",
            ("二、组织生活",),
            position=2,
        ),
        make_chunk(
            WATER,
            "农村供水管理站党支部：党员大会4次，支委会11次，讲党课3次。\n"
            "机关综合党支部：党员大会6次，支委会13次，讲党课5次。\n"
            "合计：党员大会19次，支委会48次，讲党课15次。",
            ("二、组织生活",),
            position=3,
        ),
        make_chunk(WATER, "三、下一步打算\n持续深化“清水润心”党建品牌建设。", ("三、下一步打算",), position=4),
    ]
)


@pytest.mark.parametrize(
    "question",
    ["临川县水务局机关党委下面都有哪些支部？", "水务局机关党委的支部分别叫什么？", "水务局机关党委有哪几个党支部"],
)
def test_the_units_asked_are_the_row_labels_of_the_per_unit_table(question):
    answer = ask_source(WATER_SOURCE, question)
    for branch in ("水政监察大队党支部", "防汛抗旱服务中心党支部", "农村供水管理站党支部", "机关综合党支部"):
        assert branch in answer.text, answer.text
    assert "合计" not in answer.text.split("来源")[0]
    assert "与“下设4个党支部”一致" in answer.text, answer.text


def test_a_stated_number_that_differs_from_the_rows_is_said():
    chunks = [c for c in WATER_SOURCE.chunks]
    chunks[0] = make_chunk(WATER, chunks[0].text.replace("下设4个", "下设5个"), ("一、基本情况",))
    answer = ask_source(FakeSource(chunks), "水务局机关党委下面都有哪些支部？")
    assert "机关综合党支部" in answer.text and "两者不一致" in answer.text, answer.text


AUDIT = "平阳市审计局机关党委2024年度党建工作报告"
AUDIT_SOURCE = index_like(
    FakeSource(
        [
            make_chunk(
                AUDIT,
                "局机关党委下设3个党支部，共有党员47名，其中注册会计师11名。各支部党员情况见下表。",
                ("一、基本情况",),
            ),
            make_chunk(
                AUDIT,
                "财政审计科党支部：党员数18，其中注册会计师5，其中35岁以下党员6。\n"
                "经济责任审计科党支部：党员数16，其中注册会计师4，其中35岁以下党员3。\n"
                "办公室党支部：党员数13，其中注册会计师2，其中35岁以下党员2。",
                ("一、基本情况",),
                position=1,
            ),
            make_chunk(
                AUDIT, "（二）严格执行重大事项请示报告制度，全年登记备案重大事项26件。", ("二、主要工作",), position=2
            ),
        ],
        [
            make_chunk(
                "平阳市审计局机关党委2024年度组织生活会情况报告", "三、民主评议党员情况", ("三、民主评议党员情况",)
            ),
            make_chunk(
                "平阳市审计局机关党委2024年度组织生活会情况报告",
                "优秀：人数9，占比19.1%。\n合格：人数38，占比80.9%。\n基本合格：人数0，占比0。\n不合格：人数0，占比0。",
                ("三、民主评议党员情况",),
                position=1,
            ),
        ],
    )
)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("审计局经济责任审计科党支部里有几个注册会计师？", "注册会计师4"),
        ("审计局财政审计科党支部的注册会计师有几个？", "注册会计师5"),
        ("审计局办公室党支部有几个35岁以下党员？", "35岁以下党员2"),
    ],
)
def test_one_cell_is_the_row_and_the_column_named(question, figure):
    answer = ask_source(AUDIT_SOURCE, question)
    assert not answer.refused and figure in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("审计局组织生活会民主评议，评为优秀的有多少名？", "人数9"),
        ("审计局民主评议评定为合格的有几名？", "人数38"),
    ],
)
def test_a_grade_asked_is_its_row_of_the_grade_table(question, figure):
    answer = ask_source(AUDIT_SOURCE, question)
    assert not answer.refused and figure in answer.text, answer.text
    assert "基本合格" not in answer.text and "不合格" not in answer.text, answer.text


def test_a_part_no_document_states_is_refused_not_quoted_with_its_whole():
    answer = ask_source(AUDIT_SOURCE, "审计局2024年登记备案重大事项，其中请示报告的有几件？")
    assert answer.refused and "26" not in answer.text, answer.text


def test_a_part_that_is_a_row_is_answered_by_that_rows_cell():
    answer = ask_source(WATER_SOURCE, "水务局2024年支委会开了多少次，其中机关综合党支部开了几次？")
    assert "支委会13次" in answer.text and "低" not in answer.confidence, answer.text
