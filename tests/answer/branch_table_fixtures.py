"""A health bureau's documents with per-branch tables, made by python-docx and as HTML and read by the loader:
a two-row header (党课 over 场次 | 参加人次, 健康服务 over 攻关项目 | 义诊), the secretary's own report naming
branches he lectured for or visited, and a meeting report whose 各党支部 sentence states the whole."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.loaders import load
from tests.answer.support import FakeSource, make_chunk
from tests.docx_tables import add_table

SUMMARY = "青石县卫生健康局机关党委2024年度党建工作总结"
SECRETARY = "青石县卫生健康局机关党委书记林晓东2024年度述职报告"
MEETING = "青石县卫生健康局机关党委2024年度组织生活会情况报告"

TOP = ["党支部", "党员数（名）", "党课", None, "健康服务", None]
BOTTOM = [None, None, "场次", "参加人次", "党员攻关项目（项）", "义诊（次）"]
BODY = [
    ["医政医管党支部", "26", "5", "131", "3", "14"],
    ["公共卫生党支部", "31", "6", "167", "4", "22"],
    ["疾病控制党支部", "23", "4", "98", "2", "17"],
    ["机关综合党支部", "19", "3", "61", "1", "6"],
]
TOTAL = ["合计", "99", "18", "457", "10", "59"]


def summary_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(SUMMARY)
    document.add_paragraph("一、主要工作")
    document.add_paragraph(
        "（一）建强支部。一是严格落实“三会一课”制度，各党支部全年讲党课18场；二是开展“红旗党支部”争创活动，"
        "评定“红旗党支部”2个，分别为医政医管党支部和疾病控制党支部；三是严把发展党员关，全年发展党员3名。"
        "各党支部组织生活和健康服务情况见下表。"
    )
    add_table(
        document,
        [TOP, BOTTOM, *BODY, TOTAL],
        [((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 2), (0, 3)), ((0, 4), (0, 5))],
        grid=True,
    )
    document.add_paragraph("中共青石县卫生健康局机关委员会")
    document.save(path)
    return path


def secretary_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(SECRETARY)
    document.add_paragraph("一、履行第一责任人职责情况")
    document.add_paragraph(
        "本人全年带头讲专题党课4次，其中为疾病控制党支部讲党课1次；到联系点公共卫生党支部调研指导7次，"
        "帮助解决实际问题5个。"
    )
    document.save(path)
    return path


MEETING_ROWS = [
    ("医政医管党支部", "26", "25", "6"),
    ("公共卫生党支部", "31", "28", "8"),
    ("疾病控制党支部", "23", "23", "5"),
    ("机关综合党支部", "19", "17", "4"),
]


def meeting_html(path: Path) -> Path:
    rows = "".join(
        f"<tr><td>{name}</td><td>{due}</td><td>{came}</td><td>{found}</td></tr>"
        for name, due, came, found in MEETING_ROWS
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{MEETING}</title></head><body><h1>{MEETING}</h1>"
        "<h2>一、会议召开情况</h2><p>各党支部应到会党员99名，实到93名，因公请假6名。会上共查摆问题23条。"
        "各党支部召开情况如下表。</p><table><tr><th>党支部</th><th>应到（名）</th><th>实到（名）</th>"
        f"<th>查摆问题（条）</th></tr>{rows}</table><p>中共青石县卫生健康局机关委员会</p></body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


def chunks_of(path: Path, title: str) -> list:
    """The loaded document's lines, the table rows in one chunk and the prose in another, as chunking keeps them."""
    lines = [line for line in load(path).text.split("\n") if line.strip() and line != title]
    rows = [line for line in lines if "党支部：" in line or line.startswith("合计：")]
    prose = [line for line in lines if line not in rows]
    chunks = [make_chunk(title, "\n".join(prose), ("一、主要工作",), position=0)]
    if rows:
        chunks.append(make_chunk(title, "\n".join(rows), ("一、主要工作",), position=1))
    return chunks


def health_source(folder: Path) -> FakeSource:
    return FakeSource(
        chunks_of(summary_docx(folder / f"{SUMMARY}.docx"), SUMMARY),
        chunks_of(secretary_docx(folder / f"{SECRETARY}.docx"), SECRETARY),
        chunks_of(meeting_html(folder / f"{MEETING}.html"), MEETING),
    )


HOSPITAL = "云岭县人民医院党委2024年度党建工作报告"
WARDS = [
    ("临床类", "内科党支部", "34", "16"),
    ("临床类", "外科党支部", "29", "12"),
    ("临床类", "医技党支部", "21", "9"),
    ("管理类", "行政党支部", "18", "7"),
    ("管理类", "后勤党支部", "15", "11"),
]


def hospital_docx(path: Path) -> Path:
    """A hospital's branch table whose 类别 cells are merged down over each category's branches."""
    import docx

    document = docx.Document()
    document.add_paragraph(HOSPITAL)
    document.add_paragraph("一、支部建设")
    document.add_paragraph("医院党委下设5个党支部，全年开展志愿服务55次。各党支部情况见下表。")
    values = [["类别", "党支部", "党员数（名）", "志愿服务（次）"], *[list(row) for row in WARDS]]
    values.append(["合计", "", "117", "55"])
    table = document.add_table(rows=len(values), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            if value and not (c == 0 and r in (2, 3, 5)):
                table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(3, 0))
    table.cell(4, 0).merge(table.cell(5, 0))
    table.cell(6, 0).merge(table.cell(6, 1))
    document.add_paragraph("中共云岭县人民医院委员会")
    document.save(path)
    return path


def hospital_source(folder: Path) -> FakeSource:
    path = hospital_docx(folder / f"{HOSPITAL}.docx")
    lines = [line for line in load(path).text.split("\n") if line.strip() and line != HOSPITAL]
    rows = [line for line in lines if "党支部为" in line or line.startswith("合计：")]
    prose = [line for line in lines if line not in rows]
    return FakeSource(
        [
            make_chunk(HOSPITAL, "\n".join(prose), ("一、支部建设",), position=0),
            make_chunk(HOSPITAL, "\n".join(rows), ("一、支部建设",), position=1),
        ]
    )
