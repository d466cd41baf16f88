"""Word files as offices write them: tables inside their section, automatic numbering, headers and footers."""

from __future__ import annotations

import re

import pytest

from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import load

# Word's own list definition for 公文 headings: "一、" at level 0, "（一）" at level 1.
CHINESE_HEADINGS = """<w:abstractNum {ns} w:abstractNumId="77">
  <w:multiLevelType w:val="hybridMultilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>"""
HEADINGS_NUM = '<w:num {ns} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'


def add_heading_numbering(document) -> int:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(CHINESE_HEADINGS.format(ns=nsdecls("w"))))
    numbering.append(parse_xml(HEADINGS_NUM.format(ns=nsdecls("w"))))
    return 77


def numbered(document, text: str, num_id: int, level: int):
    paragraph = document.add_paragraph(text)
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_numId().val = num_id
    num_pr.get_or_add_ilvl().val = level
    return paragraph


def cells_in_order(quote: str, text: str) -> bool:
    """How the eval matches a quote of a table row: its U+3000-separated cells, in order."""
    flat, position = re.sub(r"\s", "", text), 0
    for cell in quote.split("　"):
        found = flat.find(cell, position)
        if found < 0:
            return False
        position = found + len(cell)
    return True


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import docx

    document = docx.Document()
    section = document.sections[0]
    section.header.paragraphs[0].text = "内部资料　注意保存"
    section.footer.paragraphs[0].text = "第 1 页 共 1 页"
    headings = add_heading_numbering(document)
    document.add_paragraph("青松街道机关党委2024年度工作总结")
    document.add_paragraph("2024年，街道机关党委坚持围绕中心抓党建。现将全年工作总结如下。")
    numbered(document, "夯实支部基础", headings, 0)
    numbered(document, "规范组织生活", headings, 1)
    document.add_paragraph("各支部组织生活开展情况见下表：")
    table = document.add_table(rows=4, cols=4)
    rows = [
        ["支部", "书记", "主题党日（次）", "讲党课（次）"],
        ["第一支部", "罗晓梅", "12", "4"],
        ["第二支部", "蒋涛", "11", "3"],
        ["合计", "—", "23", "7"],
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    numbered(document, "加强党员管理", headings, 1)
    document.add_paragraph("全年发展党员2名。")
    numbered(document, "下一步打算", headings, 0)
    numbered(document, "抓好学习", headings, 1)
    document.add_paragraph("深化理论学习。", style="List Number")
    document.add_paragraph("完善考核办法。", style="List Number")
    document.add_paragraph("中共青松街道机关委员会")
    document.add_paragraph("2025年1月6日")
    path = tmp_path_factory.mktemp("word") / "青松街道机关党委2024年度工作总结.docx"
    document.save(path)
    return load(path)


def test_automatic_numbers_are_visible(report):
    lines = report.text.split("\n")
    assert "一、夯实支部基础" in lines
    assert "（一）规范组织生活" in lines and "（二）加强党员管理" in lines
    assert "二、下一步打算" in lines
    assert "（一）抓好学习" in lines  # the second level restarts under a new first-level heading
    assert "1.深化理论学习。" in lines and "2.完善考核办法。" in lines  # the List Number style


def test_table_stays_in_its_section_before_the_signature(report):
    text = report.text
    assert text.index("各支部组织生活开展情况见下表") < text.index("第一支部") < text.index("（二）加强党员管理")
    assert text.index("合计") < text.index("中共青松街道机关委员会")


def test_a_table_row_carries_its_headers_and_units(report):
    lines = report.text.split("\n")
    assert "第一支部：书记为罗晓梅，主题党日12次，讲党课4次。" in lines
    assert "第二支部：书记为蒋涛，主题党日11次，讲党课3次。" in lines
    assert "合计：书记—，主题党日23次，讲党课7次。" in lines
    assert cells_in_order("第二支部　蒋涛　11　3", report.text)
    assert cells_in_order("合计　—　23　7", report.text)


def test_headers_and_footers_are_not_body_text(report):
    assert "内部资料" not in report.text and "第 1 页" not in report.text


def test_table_rows_are_chunked_under_their_heading(report):
    chunks = chunk_document(report)
    row = next(c for c in chunks if "第二支部：" in c.text)
    assert row.section_path[:2] == ("一、夯实支部基础", "（一）规范组织生活")


def test_merged_cells_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("活动安排")
    table = document.add_table(rows=3, cols=3)
    for c, value in enumerate(["时间", "内容", "负责人"]):
        table.cell(0, c).text = value
    table.cell(1, 0).text = "3月"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "全体党员集中学习"
    for c, value in enumerate(["4月", "主题党日", "刘芳"]):
        table.cell(2, c).text = value
    path = tmp_path / "安排.docx"
    document.save(path)
    lines = load(path).text.split("\n")
    assert "3月：内容为全体党员集中学习。" in lines
    assert "4月：内容为主题党日，负责人为刘芳。" in lines


def test_a_header_spanning_plan_and_actual_names_each_column(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("各季度重点工作完成情况")
    table = document.add_table(rows=4, cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "季度"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "志愿服务（场）"
    table.cell(0, 3).merge(table.cell(0, 4)).text = "发展党员（名）"
    for c, value in enumerate(["计划", "实际", "计划", "实际"], start=1):
        table.cell(1, c).text = value
    for r, values in enumerate([["一季度", "6", "8", "1", "0"], ["二季度", "6", "5", "2", "2"]], start=2):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "季度.docx"
    document.save(path)
    lines = load(path).text.split("\n")
    assert "一季度：志愿服务计划6场，志愿服务实际8场，发展党员计划1名，发展党员实际0名。" in lines
    assert "二季度：志愿服务计划6场，志愿服务实际5场，发展党员计划2名，发展党员实际2名。" in lines
    assert not any(line.startswith("季度") for line in lines)


def test_a_lower_header_naming_an_age_group_is_still_a_header(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("各支部党员结构")
    table = document.add_table(rows=4, cols=4)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "支部"
    table.cell(0, 1).merge(table.cell(1, 1)).text = "党员总数"
    table.cell(0, 2).merge(table.cell(0, 3)).text = "其中"
    table.cell(1, 2).text = "少数民族党员"
    table.cell(1, 3).text = "45周岁及以下党员"
    for r, values in enumerate([["车间一支部", "31", "4", "17"], ["后勤支部", "12", "1", "3"]], start=2):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "结构.docx"
    document.save(path)
    lines = load(path).text.split("\n")
    assert "车间一支部：党员总数31，其中少数民族党员4，其中45周岁及以下党员17。" in lines
    assert not any(line.startswith("少数民族党员") for line in lines)


TEXT_BOX_RUN = """<w:r {ns} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>
<w:p><w:r><w:t>中共梅岭乡委员会文件</w:t></w:r></w:p><w:p><w:r><w:t>梅党发〔2025〕2号</w:t></w:r></w:p>
</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def test_text_boxes_are_read_where_they_stand(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    anchor = document.add_paragraph()
    anchor._p.append(parse_xml(TEXT_BOX_RUN.format(ns=nsdecls("w"))))
    document.add_paragraph("关于做好2025年春节期间走访慰问工作的通知")
    document.add_paragraph("各村党组织：")
    path = tmp_path / "通知.docx"
    document.save(path)
    loaded = load(path)
    assert loaded.text.split("\n")[:3] == [
        "中共梅岭乡委员会文件",
        "梅党发〔2025〕2号",
        "关于做好2025年春节期间走访慰问工作的通知",
    ]
    assert loaded.title == "关于做好2025年春节期间走访慰问工作的通知"
