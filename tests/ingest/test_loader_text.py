"""Plain text with full-width indentation, and Markdown with tables and emphasis."""

from __future__ import annotations

from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import load

INDENTED = """金山村党支部2024年工作总结
　　2024年，村党支部团结带领党员群众，扎实推进乡村振兴。
　　一、抓党建，强堡垒
　　全年召开支部党员大会5次，开展主题党日12次。
　　二、抓产业，促增收
　　村集体经济收入达到26.8万元。
　　　　　　　　　　　　　　　　中共金山村支部委员会
　　　　　　　　　　　　　　　　2025年1月10日
"""

MARKDOWN = """# 清河医院党委2024年工作总结

**报告人：院党委书记　许文**

## 一、支部建设

全院各支部情况如下：

| 党支部 | 党员人数（名） | 发展党员（名） |
|---|:---:|---|
| 内科党支部 | 34 | 2 |
| **外科党支部** | 29 | 1 |

## 二、下一步打算

- 完善党员积分管理。
- 开展[党纪学习教育](https://example.org)。
"""


def test_indented_headings_and_signature_in_gbk(tmp_path):
    path = tmp_path / "金山村党支部2024年工作总结.txt"
    path.write_bytes(INDENTED.replace("\n", "\r\n").encode("gbk"))
    document = load(path)
    lines = document.text.split("\n")
    assert "一、抓党建，强堡垒" in lines and "中共金山村支部委员会" in lines
    chunks = chunk_document(document)
    income = next(c for c in chunks if "26.8万元" in c.text)
    assert income.section_path == ("二、抓产业，促增收",)


def test_markdown_headings_tables_and_emphasis(tmp_path):
    path = tmp_path / "清河医院党委2024年工作总结.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    document = load(path)
    lines = document.text.split("\n")
    assert document.title == "清河医院党委2024年工作总结"
    assert "报告人：院党委书记　许文" in lines  # no ** left
    assert "内科党支部：党员人数34名，发展党员2名。" in lines
    assert "外科党支部：党员人数29名，发展党员1名。" in lines
    assert "完善党员积分管理。" in lines and "开展党纪学习教育。" in lines
    chunks = chunk_document(document)
    row = next(c for c in chunks if "外科党支部：" in c.text)
    assert row.section_path == ("一、支部建设",)


def test_title_on_two_lines_joins_organisation_and_name(tmp_path):
    """中共××委员会 / 2024年党建工作要点: the organisation alone is not the title, nor is the second line."""
    cases = {
        "中共河湾镇委员会\n2025年党建工作要点\n2025年，镇党委……": "中共河湾镇委员会2025年党建工作要点",
        "市财政局机关党委\n关于2024年度组织生活会情况的报告\n正文。": "市财政局机关党委关于2024年度组织生活会情况的报告",
        # The second line is body text, not a title: the organisation line stays the title.
        "中共河湾镇委员会\n全年召开党委会议12次，研究党建事项30项。": "中共河湾镇委员会",
    }
    for number, (text, title) in enumerate(cases.items()):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(text, encoding="utf-8")
        assert load(path).title == title
