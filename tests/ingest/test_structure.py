"""Outline parsing and chunking: chunks follow the document's own structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.core.text import split_sentences
from assistant.ingest.chunking import MAX_CHUNK_CHARS, chunk_document
from assistant.ingest.loaders import load
from assistant.ingest.structure import parse
from tests.corpus import NOTE, NOTE_NAME, REG_2023_NAME, REGULATION_2023, REPORT, REPORT_NAME


def load_text(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load(path)


@pytest.fixture
def regulation_chunks(tmp_path):
    return chunk_document(load_text(tmp_path, REG_2023_NAME, REGULATION_2023))


@pytest.fixture
def report_chunks(tmp_path):
    return chunk_document(load_text(tmp_path, REPORT_NAME, REPORT))


def by_article(chunks):
    return {c.article: c for c in chunks}


def test_regulation_one_chunk_per_article(regulation_chunks):
    assert [c.article for c in regulation_chunks] == [
        "第一条",
        "第二条",
        "第三条",
        "第四条",
        "第五条",
        "第八条",
        "第一百一十三条",
    ]
    assert all(c.doc_kind == "regulation" for c in regulation_chunks)
    assert all(c.doc_title == "中国共产党纪律处分条例（2023年修订）" for c in regulation_chunks)


def test_article_keeps_its_items(regulation_chunks):
    third = by_article(regulation_chunks)["第三条"]
    for item in ("（一）警告；", "（二）严重警告；", "（三）撤销党内职务；", "（四）留党察看；", "（五）开除党籍。"):
        assert item in third.text
    # the items are not chunks (nor headings) of their own
    assert not any(c.text.startswith("（") for c in regulation_chunks)
    assert third.section_path == ("第一章　总则",)


def test_in_sentence_article_reference_is_not_a_boundary(regulation_chunks):
    articles = by_article(regulation_chunks)
    assert "第十七条" not in articles
    assert "应当依照第十七条的规定给予处分" in articles["第四条"].text
    # a wrapped line that starts with 第十七条 but has no space after it continues the article
    assert articles["第五条"].text.endswith("但是\n第十七条所列行为除外。")


def test_article_after_ascii_and_fullwidth_space(regulation_chunks):
    articles = by_article(regulation_chunks)
    assert articles["第五条"].text.startswith("第五条 党员主动交代")  # ASCII space
    assert articles["第四条"].text.startswith("第四条　党员有违纪行为的")  # full-width space
    assert articles["第一百一十三条"].text.startswith("第一百一十三条　收受")


def test_chapter_is_section_path_of_its_articles(regulation_chunks):
    articles = by_article(regulation_chunks)
    assert articles["第一条"].section_path == ("第一章　总则",)
    assert articles["第八条"].section_path == ("第二章　违纪行为的处理",)
    assert articles["第八条"].location == "第二章　违纪行为的处理 › 第八条"


def test_report_section_paths(report_chunks):
    counted = next(c for c in report_chunks if "讲党课4次" in c.text)
    assert counted.section_path == ("二、严肃党内政治生活", "（一）落实组织生活制度")
    assert counted.location == "二、严肃党内政治生活 › （一）落实组织生活制度"
    assert counted.article is None
    assert counted.doc_kind == "report"
    assert counted.doc_title == "2023年上半年机关党建工作报告"
    paths = [c.section_path for c in report_chunks]
    assert ("一、压实管党治党政治责任", "（二）坚持民主集中制") in paths
    assert ("三、加强党风廉政建设", "（二）强化监督执纪") in paths
    # the preamble before the first section has no section path
    assert report_chunks[0].section_path == ()
    assert report_chunks[0].text.startswith("今年以来")


def test_report_heading_lines_are_not_chunks(report_chunks):
    assert not any(c.text.strip() == "一、压实管党治党政治责任" for c in report_chunks)
    # the title line is the document's name, not a chunk
    assert not any(c.text.startswith("2023年上半年机关党建工作报告") for c in report_chunks)


def test_enumerated_points_are_labelled_by_their_lead(report_chunks):
    points = next(c for c in report_chunks if c.text.startswith("一是"))
    assert points.section_path[0] == "四、存在的问题和下一步打算"
    assert points.section_path[1].startswith("对照上级要求")
    assert "二是严格落实" in points.text


def test_deeper_numbering_levels(tmp_path):
    text = (
        "关于党支部工作情况的报告\n"
        "一、组织建设\n"
        "（一）支部设置\n"
        "1.完成支部换届选举\n"
        "本年度共有三个党支部按期完成换届选举工作，选举程序规范。\n"
        "（1）第一党支部\n"
        "第一党支部选举产生支部委员五名，其中书记一名。\n"
        "2.发展党员\n"
        "本年度发展党员二名，转正预备党员一名。\n"
        "二、作风建设\n"
        "开展作风建设专项整治，查摆问题八个。\n"
    )
    chunks = chunk_document(load_text(tmp_path, "支部情况.txt", text))
    paths = {c.text.split("\n")[-1][:6]: c.section_path for c in chunks}
    assert paths["第一党支部选"] == ("一、组织建设", "（一）支部设置", "1.完成支部换届选举", "（1）第一党支部")
    assert paths["本年度发展党"] == ("一、组织建设", "（一）支部设置", "2.发展党员")
    assert paths["开展作风建设"] == ("二、作风建设",)


def test_chunk_spans_point_into_the_document(tmp_path):
    for name, text in ((REG_2023_NAME, REGULATION_2023), (REPORT_NAME, REPORT), (NOTE_NAME, NOTE)):
        document = load_text(tmp_path, name, text)
        chunks = chunk_document(document)
        assert chunks, name
        for chunk in chunks:
            assert document.text[chunk.start : chunk.end] == chunk.text


def test_chunk_ids_are_stable_and_distinct(tmp_path):
    first = chunk_document(load_text(tmp_path, REG_2023_NAME, REGULATION_2023))
    again = chunk_document(load_text(tmp_path, REG_2023_NAME, REGULATION_2023))
    assert [c.id for c in first] == [c.id for c in again]
    assert len({c.id for c in first}) == len(first)
    (tmp_path / "copy").mkdir()
    elsewhere = chunk_document(load_text(tmp_path / "copy", REG_2023_NAME, REGULATION_2023))
    assert not {c.id for c in first} & {c.id for c in elsewhere}  # another file, other ids


def test_long_paragraph_split_at_sentence_ends_only(tmp_path):
    sentences = [
        f"第{i}项工作按照年初计划稳步推进，各支部结合实际细化措施、压实责任并按月报送进展情况。" for i in range(40)
    ]
    paragraph = "".join(sentences)
    assert len(paragraph) > 2 * MAX_CHUNK_CHARS
    document = load_text(tmp_path, "工作总结.txt", "工作总结\n一、重点工作\n" + paragraph + "\n")
    chunks = chunk_document(document)
    assert len(chunks) >= 3
    assert "".join(c.text for c in chunks) == paragraph
    for chunk in chunks:
        assert len(chunk.text) <= MAX_CHUNK_CHARS
        assert chunk.text.endswith("。")
        assert chunk.section_path == ("一、重点工作",)


def test_long_article_is_kept_whole_up_to_its_limit(tmp_path):
    body = "党组织应当加强对党员的教育管理监督，发现问题及时提醒纠正。" * 30  # ~900 characters
    text = f"党员教育管理规定\n第一条　{body}\n第二条　本规定自发布之日起施行。\n"
    chunks = chunk_document(load_text(tmp_path, "党员教育管理规定.txt", text))
    assert [c.article for c in chunks] == ["第一条", "第二条"]
    assert len(chunks[0].text) > MAX_CHUNK_CHARS


def test_short_paragraphs_of_one_section_are_merged(tmp_path):
    text = "情况通报\n一、学习情况\n组织集中学习两次。\n开展专题研讨一次。\n二、整改情况\n完成整改事项五项。\n"
    chunks = chunk_document(load_text(tmp_path, "情况通报.txt", text))
    assert [c.text for c in chunks] == ["组织集中学习两次。\n开展专题研讨一次。", "完成整改事项五项。"]


def test_split_sentences_keeps_closing_quotes():
    assert split_sentences("他说：“要讲党课。”随后散会。没有句号") == ["他说：“要讲党课。”", "随后散会。", "没有句号"]


def test_parse_marks_heading_only_blocks(tmp_path):
    blocks = parse(load_text(tmp_path, REPORT_NAME, REPORT))
    headings = [b.text for b in blocks if b.is_heading_only]
    assert headings == [
        "一、压实管党治党政治责任",
        "二、严肃党内政治生活",
        "三、加强党风廉政建设",
        "四、存在的问题和下一步打算",
    ]
