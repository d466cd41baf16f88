"""查看原文: how a document was read (profile, 文号, OCR confidence, sections by level), for the CLI and the web."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assistant.cli.documents import show_document
from assistant.ingest.pipeline import prepare_file
from assistant.search.preview import (
    DocumentPreview,
    PreviewError,
    Section,
    document_preview,
    find_document,
    ocr_warning,
    render_preview,
)
from assistant.web.library import doc_rows, document_text_view
from tests.fakes import fake_kb

RED_HEADER_FILE = """中共北辰能源集团新材料有限公司委员会文件
北新党发〔2024〕5号
关于印发2024年党建工作要点的通知
各党支部：
现将《2024年党建工作要点》印发给你们，请认真贯彻落实。
一、加强政治建设
（一）抓好理论学习
全年组织党委理论学习中心组集体学习不少于12次。
（二）严肃党内政治生活
各支部每季度召开一次党员大会。
二、夯实基层组织
计划发展党员8名，其中一线职工不少于5名。
<script>alert(1)</script>
中共北辰能源集团新材料有限公司委员会
2024年2月26日
"""


@pytest.fixture
def kb(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "北新党发5号.txt").write_text(RED_HEADER_FILE, encoding="utf-8")
    (folder / "会议纪要扫描件.txt").write_text(
        "局党组中心组集体学习会议纪要\n会议时间：2024年3月26日", encoding="utf-8"
    )
    kb = fake_kb(tmp_path / "index")
    items = []
    for path in sorted(folder.iterdir()):
        _, (document, chunks) = prepare_file(path)
        if "扫描件" in path.name:  # as if recognised by OCR with a doubtful result
            document = replace(document, ocr_confidence=0.62)
        items.append((document, chunks))
    kb.replace_documents(items)
    yield kb
    kb.close()


def test_preview_shows_profile_number_and_sections_by_level(kb):
    preview = document_preview(kb, "北新党发5号")
    fields = dict(preview.fields)
    assert preview.title == "关于印发2024年党建工作要点的通知"
    assert fields["文号"] == "北新党发〔2024〕5号"
    assert fields["单位"] == "中共北辰能源集团新材料有限公司委员会"
    assert fields["成文日期"] == "2024-02-26"
    assert preview.ocr_confidence is None
    levels = {section.path: section.level for section in preview.sections}
    assert levels[("一、加强政治建设", "（一）抓好理论学习")] == 2 and levels[("二、夯实基层组织",)] == 1
    text = render_preview(preview)
    assert "【1级标题】一、加强政治建设\n    【2级标题】（一）抓好理论学习\n        全年组织党委理论学习中心组" in text
    assert f"片段：{preview.chunk_count} 段" in text and "识别" not in text
    assert "<script>alert(1)</script>" in text  # plain text: the web shows it in a text box, not as HTML


def test_low_ocr_confidence_is_kept_and_shown(kb, capsys):
    record = find_document(kb.documents(), "会议纪要扫描件")
    assert record.ocr_confidence == pytest.approx(0.62)
    assert ocr_warning(record.ocr_confidence) == "识别置信度低（0.62），请核对原文"
    assert ocr_warning(0.97) == "" and ocr_warning(None) == ""
    rows = {row[0]: row for row in doc_rows(kb.documents())}
    assert rows["局党组中心组集体学习会议纪要"][-1] == "识别置信度低（0.62），请核对原文"
    assert rows["关于印发2024年党建工作要点的通知"][-1] == ""
    assert show_document(kb, "会议纪要扫描件.txt", as_json=False) == 0
    assert "文字识别（OCR）置信度：0.62　⚠ 识别置信度低（0.62），请核对原文" in capsys.readouterr().out


def test_web_view_takes_the_document_id(kb):
    record = find_document(kb.documents(), "北新党发5号.txt")
    assert document_text_view(kb, record.doc_id).startswith("《关于印发2024年党建工作要点的通知》")
    assert document_text_view(kb, None) == ""


def test_unknown_or_ambiguous_names_say_what_to_do(kb):
    with pytest.raises(PreviewError, match="没有找到文档“不存在”"):
        document_preview(kb, "不存在")
    with pytest.raises(PreviewError, match="有 2 个文档与“.txt”相符"):
        document_preview(kb, ".txt")


def test_a_heading_run_into_its_paragraph_is_shown_once():
    """（一）抓好学习。全年… opens its own paragraph: the heading line is that paragraph, not a copy of it."""
    sections = [
        Section(("一、主要工作",), ["支部全年工作有序推进。"]),
        Section(("一、主要工作", "（一）抓好学习"), ["（一）抓好学习。全年集中学习20次。", "其中专题研讨6次。"]),
        Section(("二、存在问题",), ["学习不够系统。"]),
    ]
    text = render_preview(DocumentPreview("总结", "总结.txt", "报告", 3, [], None, sections))
    assert text.count("（一）抓好学习") == 1
    assert "    【2级标题】（一）抓好学习。全年集中学习20次。\n        其中专题研讨6次。" in text
    assert "【1级标题】一、主要工作\n    支部全年工作有序推进。" in text  # a heading of its own stays a line
