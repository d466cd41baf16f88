"""Loading files into Documents: formats, encodings, titles, kinds, and every kind of bad file."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.ingest.chunking import chunk_document
from assistant.ingest.loaders import LoadError, discover, load, normalise
from tests.corpus import REG_2023_NAME, REGULATION_2023, REPORT, REPORT_NAME

REGULATION_ARTICLES = ["第一条", "第二条", "第三条", "第四条", "第五条", "第八条", "第一百一十三条"]


def write(path: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return path


# ---------- plain text and encodings ----------


def test_utf8_report(tmp_path):
    document = load(write(tmp_path / REPORT_NAME, REPORT))
    assert document.title == "2023年上半年机关党建工作报告"
    assert document.kind == "report"
    assert document.text == normalise(REPORT)
    assert document.source == str(tmp_path / REPORT_NAME)
    assert len(document.content_hash) == 64


def test_gbk_file_is_decoded(tmp_path):
    path = write(tmp_path / "gbk报告.txt", REPORT, encoding="gbk")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # really not UTF-8
    document = load(path)
    assert document.text == normalise(REPORT)
    assert document.title == "2023年上半年机关党建工作报告"
    assert "党委班子成员讲党课4次" in document.text


def test_gb18030_regulation_with_crlf(tmp_path):
    path = write(tmp_path / "条例.txt", REGULATION_2023.replace("\n", "\r\n"), encoding="gb18030")
    document = load(path)
    assert document.kind == "regulation"
    assert "\r" not in document.text
    assert [c.article for c in chunk_document(document)] == REGULATION_ARTICLES


def test_utf8_bom_is_not_part_of_the_title(tmp_path):
    document = load(write(tmp_path / "bom.txt", "\ufeff" + REPORT))
    assert document.title == "2023年上半年机关党建工作报告"
    assert not document.text.startswith("\ufeff")


def test_markdown_title_and_other_kind(tmp_path):
    document = load(write(tmp_path / "笔记.md", "# 学习体会\n\n读原著、学原文、悟原理。\n\n联系实际，学以致用。\n"))
    assert document.title == "学习体会"
    assert document.kind == "other"


def test_title_falls_back_to_file_name(tmp_path):
    # the sample reports start with a sentence, not a title line
    document = load(
        write(tmp_path / "2022年上半年党建工作报告.txt", "今年以来，局党委认真落实各项部署。\n一、强化责任\n内容。\n")
    )
    assert document.title == "2022年上半年党建工作报告"
    assert document.kind == "report"


def test_title_keeps_revision_from_file_name(tmp_path):
    document = load(write(tmp_path / REG_2023_NAME, REGULATION_2023))
    assert document.title == "中国共产党纪律处分条例（2023年修订）"


@pytest.mark.parametrize(
    ("title", "body", "kind"),
    [
        ("中国共产党廉洁自律准则", "党员廉洁自律规范\n坚持公私分明。\n", "regulation"),  # by title, no articles
        ("学习资料", "第一条　甲。\n第二条　乙。\n", "regulation"),  # by its articles
        ("学习资料", "正文中提到依照第一条处理。\n", "other"),  # an in-sentence reference is no article
        ("支部工作总结", "全年开展活动十次。\n", "report"),  # by title
        ("学习资料", "一、学习情况\n全年学习十次。\n", "report"),  # by its numbered sections
    ],
)
def test_kind_detection(tmp_path, title, body, kind):
    assert load(write(tmp_path / "x.txt", f"{title}\n{body}")).kind == kind


def test_identical_paths_give_identical_doc_ids(tmp_path):
    path = write(tmp_path / "a.txt", REPORT)
    other = write(tmp_path / "b.txt", REPORT)
    assert load(path).doc_id == load(tmp_path / "." / "a.txt").doc_id
    assert load(path).doc_id != load(other).doc_id
    assert load(path).content_hash == load(other).content_hash


# ---------- docx, pdf, html round-trips ----------


def test_docx_round_trip(tmp_path):
    import docx

    word = docx.Document()
    word.add_heading("中国共产党纪律处分条例", level=1)
    for line in REGULATION_2023.splitlines()[1:]:
        word.add_paragraph(line)
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "处分种类"
    table.cell(0, 1).text = "适用情形"
    table.cell(1, 0).text = "警告"
    table.cell(1, 1).text = "情节较轻"
    path = tmp_path / "纪律处分条例.docx"
    word.save(path)

    document = load(path)
    assert document.title == "中国共产党纪律处分条例"
    assert document.kind == "regulation"
    assert "第一百一十三条　收受可能影响公正执行公务的礼品" in document.text
    assert "处分种类：适用情形\n警告：情节较轻" in document.text  # a two-column table is read as label：value
    chunks = chunk_document(document)
    assert [c.article for c in chunks] == REGULATION_ARTICLES
    assert "（五）开除党籍。" in chunks[2].text


def test_pdf_round_trip(tmp_path, cjk_font):
    if cjk_font is None:
        pytest.skip("没有中文字体，无法生成中文 PDF：请安装 fonts-noto-cjk（make test 会自动安装）")
    from fpdf import FPDF
    from fpdf.enums import WrapMode

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=str(cjk_font))
    pdf.set_font("cjk", size=12)
    # Chinese text wraps at any character, as office software does; 第一百一十三条 takes three lines
    pdf.multi_cell(0, 8, REGULATION_2023.strip(), wrapmode=WrapMode.CHAR)
    path = tmp_path / "纪律处分条例.pdf"
    pdf.output(str(path))

    document = load(path)
    assert "\x00" not in document.text
    assert document.title == "中国共产党纪律处分条例"
    assert document.kind == "regulation"
    chunks = chunk_document(document)
    assert [c.article for c in chunks] == REGULATION_ARTICLES
    wrapped = next(c for c in chunks if c.article == "第一百一十三条")
    # the wrapped lines are joined again into the article's one sentence
    assert wrapped.text.replace(" ", "") == REGULATION_2023.splitlines()[-1].replace(" ", "")
    assert "（一）警告；" in chunks[2].text


def test_html_round_trip(tmp_path):
    html = """<!doctype html><html><head><meta charset="utf-8"><title>网站标题</title>
<style>p { color: red }</style><script>var secret = "不应被索引";</script></head>
<body><nav>首页 | 通知公告</nav>
<h1>关于开展主题党日活动的通知</h1>
<p>各党支部：</p>
<p>一、活动内容</p><p>组织党员重温入党誓词，开展<b>讲党课</b>活动。</p>
<footer>版权所有</footer></body></html>"""
    document = load(write(tmp_path / "通知.html", html))
    assert document.title == "关于开展主题党日活动的通知"
    assert "组织党员重温入党誓词，开展" in document.text
    assert "讲党课" in document.text
    for hidden in ("不应被索引", "color", "首页", "版权所有"):
        assert hidden not in document.text
    assert document.kind == "report"


def test_html_regulation_with_bold_article_numbers(tmp_path):
    html = """<html><head><title>某某网 - 法规</title></head><body>
<header><h1>某某网</h1></header>
<h1>党员教育管理工作规定</h1>
<p><strong>第一条</strong>　为了加强<b>党员</b>教育管理，制定本规定。</p>
<p><strong>第二条</strong> 党组织应当依照<a href="#">第一条</a>的要求开展工作。<br>具体办法另行制定。</p>
<table><tr><th>类别</th><th>学时</th></tr><tr><td>集中学习</td><td>32</td></tr></table>
</body></html>"""
    document = load(write(tmp_path / "规定.html", html))
    assert document.title == "党员教育管理工作规定"
    assert document.kind == "regulation"
    lines = document.text.split("\n")
    assert lines[0] == "党员教育管理工作规定"  # neither <title> nor the site header is content
    assert "第一条　为了加强党员教育管理，制定本规定。" in lines
    assert "第二条 党组织应当依照第一条的要求开展工作。" in lines
    assert "集中学习：学时32。" in lines  # a row carries its column name
    chunks = chunk_document(document)
    assert [c.article for c in chunks] == ["第一条", "第二条"]
    assert chunks[1].text.startswith("第二条 党组织应当依照第一条的要求开展工作。\n具体办法另行制定。")


def test_gbk_html(tmp_path):
    html = "<html><head><title>党建简报</title></head><body><p>一、工作动态</p><p>召开组织生活会1次。</p></body></html>"
    document = load(write(tmp_path / "简报.htm", html, encoding="gbk"))
    assert document.title == "党建简报"
    assert "召开组织生活会1次。" in document.text


# ---------- bad input ----------

BAD_FILES = {
    "空文件.txt": (b"", "文件为空"),
    "只有空白.md": (b" \n\r\n\t\n", "文件为空"),
    "图片改名.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "不是文本文件"),
    "乱码.txt": (bytes(range(128, 256)) * 16, "无法识别文本编码"),
    "损坏.docx": (b"PK\x03\x04 this is no zip archive", "Word 文档已损坏"),
    "损坏.pdf": (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n%%EOF", "PDF 文件已损坏"),
    "表格.xlsx": (b"PK\x03\x04", "不支持的文件类型“.xlsx”"),
    "说明": (b"no suffix", "不支持的文件类型“无扩展名”"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_in_chinese_by_name(tmp_path, name):
    data, reason = BAD_FILES[name]
    path = write(tmp_path / name, data)
    with pytest.raises(LoadError) as caught:
        load(path)
    message = str(caught.value)
    assert message.startswith(f"{name}：")
    assert reason in message
    assert caught.value.path == str(path)


def test_pdf_with_neither_text_nor_page_images(tmp_path):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 50, style="F")  # a drawing only: nothing to read and nothing to OCR
    path = tmp_path / "扫描件.pdf"
    pdf.output(str(path))
    with pytest.raises(LoadError, match="扫描件.pdf：PDF 中既没有文字也没有扫描图像"):
        load(path)


def test_missing_path(tmp_path):
    with pytest.raises(LoadError, match="不存在.txt：文件不存在"):
        load(tmp_path / "不存在.txt")
    files, errors = discover([tmp_path / "没有这个文件夹"])
    assert files == []
    assert [str(e) for e in errors] == ["没有这个文件夹：路径不存在，请检查拼写"]


def test_folder_is_not_a_file(tmp_path):
    with pytest.raises(LoadError, match="不是普通文件"):
        load(tmp_path)


def test_discover_skips_hidden_and_unsupported_files_in_folders(tmp_path):
    write(tmp_path / "a.txt", REPORT)
    write(tmp_path / ".hidden.txt", REPORT)
    write(tmp_path / "b.xlsx", b"PK")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "c.md", "# 标题\n正文。\n")
    files, errors = discover([tmp_path, tmp_path / "b.xlsx"])
    assert [p.name for p in files] == [
        "a.txt",
        "c.md",
        "b.xlsx",
    ]  # a file named explicitly is kept (and reported later)
    assert errors == []


UNREADABLE_CHECK = """
import sys
from assistant.ingest.loaders import LoadError, load
try:
    load(sys.argv[1])
except LoadError as exc:
    print(exc)
    sys.exit(3)
print("LOADED")
"""
NO_DAC_OVERRIDE = "-dac_override,-dac_read_search"


@pytest.mark.slow  # a subprocess without CAP_DAC_OVERRIDE when run as root
def test_unreadable_file(tmp_path):
    """chmod 000: the loader must say so by name.

    Root ignores file modes through CAP_DAC_OVERRIDE, so as root the check runs in a
    child process without that capability (setpriv), where the mode applies as for anyone.
    """
    path = write(tmp_path / "机密文件.txt", REPORT)
    os.chmod(path, 0o000)
    if os.geteuid() != 0:
        with pytest.raises(LoadError, match="机密文件.txt：没有读取权限"):
            load(path)
        return
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("以 root 运行且没有 setpriv（util-linux），无法让 chmod 000 生效")
    done = subprocess.run(
        [setpriv, f"--inh-caps={NO_DAC_OVERRIDE}", f"--bounding-set={NO_DAC_OVERRIDE}", "--"]
        + [sys.executable, "-c", UNREADABLE_CHECK, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 3, done.stdout + done.stderr
    assert done.stdout.strip() == "机密文件.txt：没有读取权限，请检查文件权限"
