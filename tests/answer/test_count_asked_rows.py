"""A row of a per-place table asked by a place one of its label cells names: that row answers, never the 合计 row
or the sentence stating the whole; a place of the rows' kind the table lacks is refused; the rows under one
merged group label add up when a total is asked."""

from __future__ import annotations

import pytest

from assistant.ingest.loaders import load
from tests.answer.support import FakeSource, ask_source, make_chunk
from tests.ingest.test_merged_cells import patrol_docx

PATROL = "溪口县水利局党总支2024年度党建工作总结"
VILLAGES = "安平县农业农村局党组2024年驻村帮扶工作总结"
VILLAGE_DOC = [
    make_chunk(VILLAGES, "全年选派驻村队员31名，实施帮扶项目40个。", ("一、总体情况",), position=0),
    make_chunk(
        VILLAGES,
        "各村驻村情况见下表。\n"
        "北片：村为杏林村，驻村队员8名，帮扶项目11个。\n"
        "北片：村为柏树村，驻村队员6名，帮扶项目9个。\n"
        "南片：村为石桥村，驻村队员9名，帮扶项目12个。\n"
        "南片：村为荷塘村，驻村队员8名，帮扶项目8个。\n"
        "合计：驻村队员31名，帮扶项目40个。",
        ("二、驻村帮扶",),
        position=1,
    ),
]


@pytest.fixture(scope="module")
def source(tmp_path_factory) -> FakeSource:
    # The water bureau's table as the loader reads a .docx with a 合计 merged over two label columns.
    text = load(patrol_docx(tmp_path_factory.mktemp("docx") / "巡河.docx")).text
    rows = "\n".join(line for line in text.split("\n") if "：" in line)
    patrol = [
        make_chunk(PATROL, "全年组织党员巡河员36名，累计巡查303次。", ("一、河湖巡查",), position=0),
        make_chunk(PATROL, rows, ("一、河湖巡查",), position=1),
    ]
    return FakeSource(patrol, VILLAGE_DOC)


@pytest.mark.parametrize(
    ("question", "figure", "not_figures"),
    [
        ("水利局松坪镇有几名巡河员？", "9名", ("36名", "15名")),
        ("溪口水利局在桃源乡安排了多少巡河员", "15名", ("36名",)),
        ("农业农村局给石桥村派了几个驻村队员？", "9名", ("31名",)),
        ("安平县农业农村局荷塘村的帮扶项目有多少个", "8个", ("40个",)),
    ],
)
def test_a_place_named_by_a_label_cell_is_answered_by_its_row(source, question, figure, not_figures):
    answer = ask_source(source, question)
    assert figure in answer.text and not answer.refused, answer.text
    assert all(other not in answer.text for other in not_figures), answer.text


@pytest.mark.parametrize(
    "question",
    ["水利局在杨柳乡有几名巡河员？", "农业农村局给枫叶村派了几个驻村队员？", "安平县农业农村局青山村帮扶项目多少个"],
)
def test_a_place_the_table_lacks_is_refused_not_answered_from_the_total(source, question):
    answer = ask_source(source, question)
    assert answer.refused, answer.text
    assert not any(total in answer.text for total in ("36名", "31名", "40个")), answer.text


@pytest.mark.parametrize(
    ("question", "total"),
    [("农业农村局北片一共派了几个驻村队员？", "14名"), ("农业农村局南片总共有多少个帮扶项目", "20个")],
)
def test_rows_under_one_group_label_add_up(source, question, total):
    answer = ask_source(source, question)
    assert f"共{total}" in answer.text, answer.text
