"""Real files made by real tools: a mixed PDF (typed pages and a scan), an encrypted PDF, a blank scan, a .doc and
.rtf through LibreOffice, and a folder where the bad ones fail one by one with a Chinese reason."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from assistant.answer.pipeline import Assistant, render
from assistant.index.indexing import index_paths
from assistant.ingest.loaders import LoadError, load
from assistant.ingest.pipeline import prepare_file
from assistant.ingest.readers import office
from assistant.search.retriever import Retriever
from tests.fakes import fake_kb
from tests.ingest.ofd_files import build_ofd

TYPED_BEFORE = "一、基本情况\n白沙镇党委现有党员326名，其中农村党员214名。"
TYPED_AFTER = "三、下一步打算\n2025年计划发展党员6名，其中35岁以下不少于4名。"


def text_pdf(font: Path, pages: list[str | None], picture: Path | None = None) -> bytes:
    """fpdf2 pages: a string is typed text (one paragraph a line); None is the scanned picture, as an image only."""
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    pdf = FPDF()
    pdf.add_font("cjk", fname=str(font))
    for page in pages:
        pdf.add_page()
        if page is None:
            pdf.image(str(picture), x=0, y=0, w=pdf.w)
            continue
        pdf.set_font("cjk", size=12)
        for line in page.split("\n"):
            pdf.multi_cell(0, 8, line, wrapmode=WrapMode.CHAR, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture
def font(cjk_font) -> Path:
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF：请安装 fonts-noto-cjk（make test 会自动安装）")
    return cjk_font


def encrypted_pdf(font: Path) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(text_pdf(font, [TYPED_BEFORE])))
    writer.encrypt(user_password="123456", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_encrypted_pdf_says_to_remove_the_password(tmp_path, font):
    path = tmp_path / "加密.pdf"
    path.write_bytes(encrypted_pdf(font))
    with pytest.raises(LoadError, match="PDF 已加密，请先解除密码保护") as caught:
        load(path)
    assert str(caught.value).startswith("加密.pdf：")


def blank_scan(tmp_path: Path) -> Path:
    from PIL import Image

    picture = tmp_path / "blank.png"
    Image.new("L", (1240, 1754), 250).save(picture)
    return picture


@pytest.mark.slow  # OCR of a page
def test_scan_whose_ocr_finds_nothing_says_so(tmp_path, font):
    path = tmp_path / "空白扫描.pdf"
    path.write_bytes(text_pdf(font, [None], blank_scan(tmp_path)))
    with pytest.raises(LoadError, match="没有识别出文字"):
        load(path)


@pytest.mark.slow  # OCR of a page
def test_mixed_pdf_recognises_only_the_scanned_page_in_page_order(tmp_path, font):
    pytest.importorskip("rapidocr_onnxruntime", reason="OCR 组件（rapidocr-onnxruntime）未安装")
    from tests.ingest.test_ocr_real import EXPECTED, render_page

    picture = tmp_path / "scan.png"
    picture.write_bytes(render_page(font))
    path = tmp_path / "白沙镇党委报告.pdf"
    path.write_bytes(text_pdf(font, [TYPED_BEFORE, None, TYPED_AFTER], picture))
    pages: list[tuple[int, int]] = []
    document = load(path, on_page=lambda done, total: pages.append((done, total)))
    lines = document.text.split("\n")
    assert lines == [*TYPED_BEFORE.split("\n"), *EXPECTED, *TYPED_AFTER.split("\n")]
    assert pages == [(0, 1), (1, 1)]  # only the page without a text layer went through OCR
    assert document.ocr_confidence is not None and 0.8 < document.ocr_confidence <= 1.0


@pytest.mark.slow  # OCR of a page
def test_ofd_with_a_scanned_page_is_read_in_page_order(tmp_path, font):
    pytest.importorskip("rapidocr_onnxruntime", reason="OCR 组件（rapidocr-onnxruntime）未安装")
    from tests.ingest.test_ocr_real import EXPECTED, render_page

    typed = [f"第{n}党支部全年召开支部党员大会4次。" for n in range(1, 30)]  # two pages: the header repeats
    path = tmp_path / "白沙镇党委通知.ofd"
    path.write_bytes(build_ofd("白沙镇党委通知", typed, scan=render_page(font)))
    document = load(path)
    assert document.text.split("\n") == ["白沙镇党委通知", *typed, *EXPECTED]
    assert document.ocr_confidence is not None and document.ocr_confidence > 0.8


def test_typed_pdf_has_no_ocr_confidence(tmp_path, font):
    path = tmp_path / "打字.pdf"
    path.write_bytes(text_pdf(font, [TYPED_BEFORE]))
    assert load(path).ocr_confidence is None


def make_with_libreoffice(tmp_path: Path, suffix: str) -> Path:
    """A .docx written by python-docx, saved by LibreOffice as `suffix` (doc, rtf)."""
    import docx

    word = docx.Document()
    word.add_paragraph("白沙镇党委2024年工作总结")
    word.add_paragraph("一、基本情况")
    word.add_paragraph("全镇共有党员326名，2024年发展党员5名。")
    word.save(tmp_path / "总结.docx")
    subprocess.run(
        [office.find_soffice(), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile"]
        + ["--convert-to", suffix, "--outdir", str(tmp_path), str(tmp_path / "总结.docx")],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (tmp_path / "总结.docx").unlink()
    return tmp_path / f"总结.{suffix}"


@pytest.mark.slow  # runs LibreOffice
@pytest.mark.parametrize("suffix", ["doc", "rtf"])
def test_old_office_formats_made_by_libreoffice(tmp_path, suffix):
    if office.find_soffice() is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui；make test 会自动安装）")
    document = load(make_with_libreoffice(tmp_path, suffix))
    assert document.title == "白沙镇党委2024年工作总结"
    assert "全镇共有党员326名，2024年发展党员5名。" in document.text.split("\n")


@pytest.mark.slow  # runs LibreOffice
def test_a_pdf_saved_by_libreoffice_keeps_quotes_in_place_and_joins_wrapped_lines(tmp_path):
    """LibreOffice draws “” in another font than the CJK text around them, and wraps a paragraph short of
    the margin before 名； — the text reads as written."""
    if office.find_soffice() is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui；make test 会自动安装）")
    import docx

    paragraph = (
        "三是实施“双带头人”培育工程，3个教工党支部书记均由具有副高以上职称的“双带头人”担任。"
        "上半年发展党员19名，其中学生党员18名、青年教师1名；按期转正预备党员22名；开展“红色经典诵读”活动5场。"
    ) * 2
    word = docx.Document()
    word.add_paragraph("北岭学院党委2024年上半年工作总结")
    word.add_paragraph(paragraph)
    word.save(tmp_path / "总结.docx")
    subprocess.run(
        [office.find_soffice(), "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile"]
        + ["--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "总结.docx")],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (tmp_path / "总结.docx").unlink()
    document = load(tmp_path / "总结.pdf")
    assert paragraph in document.text.split("\n")


@pytest.mark.slow  # runs LibreOffice
def test_bad_files_fail_one_by_one_and_the_rest_are_indexed(tmp_path, font, monkeypatch):
    """A folder as an office has it: the good files are indexed, each bad one says why in Chinese."""
    if office.find_soffice() is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui；make test 会自动安装）")
    folder = tmp_path / "文件夹"
    folder.mkdir()
    doc = make_with_libreoffice(tmp_path, "doc")
    (folder / "总结.doc").write_bytes(doc.read_bytes())
    (folder / "加密.pdf").write_bytes(encrypted_pdf(font))
    (folder / "要点.ofd").write_bytes(build_ofd("2024年党建工作要点", ["全年计划发展党员8名。"]))
    (folder / "损坏.ofd").write_bytes(b"PK\x03\x04 broken")
    (folder / "说明.txt").write_text("白沙镇党委办公室电话：0571-12345678。", encoding="utf-8")
    (folder / "空白.pdf").write_bytes(text_pdf(font, [None], blank_scan(tmp_path)))

    kb = fake_kb(tmp_path / "index")
    try:
        report = index_paths(kb, [folder])
        answer = render(Assistant(Retriever(kb)).ask("白沙镇党委2024年发展了多少名党员？"))
    finally:
        kb.close()
    results = {Path(r.path).name: r for r in report.results}
    assert {name for name, r in results.items() if r.status == "added"} == {"总结.doc", "要点.ofd", "说明.txt"}
    assert "已加密" in results["加密.pdf"].error
    assert "OFD 文件已损坏" in results["损坏.ofd"].error
    assert "没有识别出文字" in results["空白.pdf"].error
    assert "5名" in answer and "〔1〕" in answer  # answered from the .doc

    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # LibreOffice can no longer be found
    missing = prepare_file(folder / "总结.doc")[0]
    assert missing.status == "error"
    assert missing.error.startswith("总结.doc：读取该格式需要 LibreOffice")
    assert "apt-get install libreoffice-writer-nogui" in missing.error
