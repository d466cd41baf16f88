"""OFD files (GB/T 33190): text in reading order, page furniture dropped, paragraphs re-joined; bad packages refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from assistant.ingest.loaders import LoadError, load
from assistant.ingest.pipeline import prepare_file
from assistant.ingest.readers import ofd
from tests.ingest.ofd_files import build_ofd

TITLE = "关于印发2024年党建工作要点的通知"
PARAGRAPHS = [
    "各党支部：现将《北辰新材料公司党委2024年党建工作要点》印发给你们，请结合实际认真贯彻落实。",
    "一、加强政治建设",
    "全年组织党委理论学习中心组集体学习不少于12次，每季度至少开展1次专题研讨。"
    "计划发展党员8名，其中一线职工不少于5名，培育党员先锋号15个。",
    "二、夯实基层组织",
    *[f"第{n}党支部要严格落实“三会一课”制度，每季度至少召开一次党员大会，按期进行换届选举。" for n in range(1, 9)],
    "中共北辰能源集团新材料有限公司委员会",
    "2024年2月26日",
]


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_ofd_reads_paragraphs_in_order_without_header_and_page_numbers(tmp_path):
    data = build_ofd(TITLE, PARAGRAPHS)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert sum(name.endswith("Content.xml") for name in package.namelist()) >= 2  # the text crosses a page
    document = load(write(tmp_path, "要点.ofd", data))
    assert document.title == TITLE
    assert document.text.split("\n") == [TITLE, *PARAGRAPHS]


def test_ofd_answers_come_from_its_text(tmp_path):
    path = write(tmp_path, "要点.ofd", build_ofd(TITLE, PARAGRAPHS))
    result, prepared = prepare_file(path)
    assert result.status == "added"
    _, chunks = prepared
    assert any("计划发展党员8名，其中一线职工不少于5名" in chunk.text for chunk in chunks)


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.namelist():
            target.writestr(item, content if item == name else source.read(item))
    return buffer.getvalue()


def test_zip_bomb_is_refused_before_unpacking(tmp_path):
    bomb = b"<a>" + b" " * (ofd.MAX_XML_BYTES + 10) + b"</a>"  # 20 MB of blanks pack into about 20 KB
    data = replace_part(build_ofd(TITLE, PARAGRAPHS), "Doc_0/Pages/Page_0/Content.xml", bomb)
    with pytest.raises(LoadError, match="解压后过大"):
        load(write(tmp_path, "炸弹.ofd", data))


def test_entity_declarations_are_refused(tmp_path):
    laughs = b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xx">]><ofd:OFD xmlns:ofd="o">&x;</ofd:OFD>'
    data = replace_part(build_ofd(TITLE, PARAGRAPHS), "OFD.xml", laughs)
    with pytest.raises(LoadError, match="DOCTYPE"):
        load(write(tmp_path, "实体.ofd", data))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"not a zip at all, just text", "OFD 文件已损坏"),
        (replace_part(build_ofd(TITLE, PARAGRAPHS), "Doc_0/Document.xml", b"<broken"), "不是有效的 XML"),
    ],
)
def test_broken_ofd_says_why(tmp_path, data, reason):
    with pytest.raises(LoadError, match=reason) as caught:
        load(write(tmp_path, "坏.ofd", data))
    assert str(caught.value).startswith("坏.ofd：")


def test_ofd_without_text_layer_says_so(tmp_path):
    empty_page = (
        b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="1"/></ofd:Content></ofd:Page>'
    )
    data = build_ofd(TITLE, PARAGRAPHS[:2])
    data = replace_part(data, "Doc_0/Pages/Page_0/Content.xml", empty_page)
    with pytest.raises(LoadError, match="既没有文字也没有扫描图像"):
        load(write(tmp_path, "空页.ofd", data))


def test_a_scanned_page_goes_through_ocr_in_page_order(tmp_path, monkeypatch):
    """The image page is handed to OCR (a stand-in engine here; tests/ingest/test_real_files.py runs the real one)."""
    from PIL import Image

    from assistant.ingest import ocr

    buffer = io.BytesIO()
    Image.new("L", (124, 175), 255).save(buffer, format="PNG")
    sizes = []
    signature = "落款：中共北辰能源集团新材料有限公司委员会"

    def engine(pixels):
        sizes.append(pixels.shape[:2])
        return [([[60, 60], [360, 60], [360, 84], [60, 84]], signature, 0.9)], [0.1]

    monkeypatch.setattr(ocr, "engine", lambda: engine)
    document = load(write(tmp_path, "带扫描页.ofd", build_ofd(TITLE, PARAGRAPHS, scan=buffer.getvalue())))
    assert document.text.split("\n") == [TITLE, *PARAGRAPHS, signature]
    assert sizes == [(175 + 2 * ocr.BORDER, 124 + 2 * ocr.BORDER)]
    assert document.ocr_confidence == pytest.approx(0.9)


def test_an_unreadable_scan_image_says_so(tmp_path):
    data = build_ofd(TITLE, PARAGRAPHS[:2], scan=b"\x89PNG not really an image")
    with pytest.raises(LoadError, match="图像 Doc_0/Res/scan_0.png 无法读取"):
        load(write(tmp_path, "坏图.ofd", data))


def test_delta_x_expands_repeats():
    assert ofd.delta_width("g 3 2.0 1.5", 5) == 7.5
    assert ofd.delta_width("g 1000000000 1.0", 3) == 2.0  # summed up to the characters there are, never expanded
    assert ofd.delta_width("", 3) is None
    assert ofd.delta_width("g x", 3) is None


def test_positions_that_are_not_numbers_are_a_broken_file(tmp_path):
    data = build_ofd(TITLE, PARAGRAPHS[:2])
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        page = package.read("Doc_0/Pages/Page_0/Content.xml").replace(b'X="0"', b'X="left"', 1)
    with pytest.raises(LoadError, match="坐标或字号不是数字"):
        load(write(tmp_path, "坐标.ofd", replace_part(data, "Doc_0/Pages/Page_0/Content.xml", page)))
