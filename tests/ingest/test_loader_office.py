"""Old office formats go through LibreOffice; without it the reason says how to install it."""

from __future__ import annotations

import subprocess

import pytest

from assistant.ingest.loaders import LoadError, load
from assistant.ingest.readers import office


def test_doc_without_libreoffice_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "find_soffice", lambda: None)
    path = tmp_path / "旧文件.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))  # an OLE2 header, as Word 97 writes
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value).startswith("旧文件.doc：读取该格式需要 LibreOffice")
    assert "libreoffice-writer-nogui" in str(caught.value)


@pytest.mark.slow  # runs LibreOffice twice
def test_doc_made_by_libreoffice_is_read_like_docx(tmp_path):
    soffice = office.find_soffice()
    if soffice is None:
        pytest.skip("没有安装 LibreOffice（libreoffice-writer-nogui）")
    import docx

    word = docx.Document()
    word.add_paragraph("白沙镇党委2024年工作总结")
    word.add_paragraph("一、基本情况")
    table = word.add_table(rows=2, cols=3)
    for c, value in enumerate(["村", "党员（名）", "发展党员（名）"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["南湾村", "41", "2"]):
        table.cell(1, c).text = value
    word.add_paragraph("中共白沙镇委员会")
    word.save(tmp_path / "总结.docx")
    subprocess.run(
        [soffice, "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(tmp_path / "总结.docx")],
        check=True,
        capture_output=True,
        timeout=180,
    )
    document = load(tmp_path / "总结.doc")
    assert document.title == "白沙镇党委2024年工作总结"
    assert "南湾村：党员41名，发展党员2名。" in document.text.split("\n")
