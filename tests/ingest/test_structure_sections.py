"""Report structure beyond numbered headings: indented and unnumbered headings, the 落款, inline 一是."""

from __future__ import annotations

import pytest

from assistant.ingest.structure import SIGNATURE, inline_items, is_furniture, is_plain_heading
from tests.answer.structure_fixtures import HALF_YEAR, HALF_YEAR_TITLE, NOTICE, NOTICE_TITLE, chunks_of


@pytest.fixture
def report():
    return chunks_of(HALF_YEAR_TITLE, HALF_YEAR)


def paths(chunks):
    return [c.section_path for c in chunks]


def test_indented_headings_are_headings(report):
    assert ("一、主要工作", "（二）规范组织生活") in paths(report)
    assert ("三、下半年工作打算",) in paths(report)


def test_a_heading_without_number_is_a_section(report):
    problems = [c for c in report if c.section_path == ("存在的问题",)]
    assert len(problems) == 1 and "一是学习形式较为单一" in problems[0].text
    assert ("整改措施", "1.推行“田间微课堂”学习，每月至少开展1次") in paths(report)


def test_the_signature_is_its_own_section(report):
    signature = [c for c in report if c.section_path == (SIGNATURE,)]
    assert len(signature) == 1 and "2024年7月5日" in signature[0].text
    assert not any("2024年7月5日" in c.text for c in report if c.section_path != (SIGNATURE,))


def test_notice_contact_stays_in_its_section_but_is_furniture():
    notice = chunks_of(NOTICE_TITLE, NOTICE)
    contact = next(c for c in notice if "联系人" in c.text)
    assert contact.section_path == ("四、有关要求",)
    assert is_furniture("联系人：孙悦，联系电话：66231870。")


@pytest.mark.parametrize(
    ("line", "next_line", "heading"),
    [
        ("存在的问题", "对照上级要求，还存在一些不足。", True),
        ("　　2025年工作思路", "1.深化理论武装。", True),
        ("坚持政治引领，理论武装走深走实", "（一）深入学习贯彻党的二十大精神。", True),  # Word numbering lost
        ("中共青川县农业农村局机关支部委员会", "2024年7月5日", False),  # a 落款, not a heading
        ("2024年7月5日", "", False),
        ("全年开展主题党日活动6次。", "", False),
        ("支部书记", "张三", False),
    ],
)
def test_plain_headings(line, next_line, heading):
    assert is_plain_heading(line, next_line) is heading


def test_inline_items_split_one_paragraph():
    paragraph = "还存在一些不足：一是学习形式较为单一；二是党员作用发挥不平衡；三是机制还不健全。下一步将改进。"
    assert [clause for _, clause in inline_items(paragraph)] == [
        "学习形式较为单一",
        "党员作用发挥不平衡",
        "机制还不健全",
    ]
    quotes = [quote for quote, _ in inline_items(paragraph)]
    assert all(q in paragraph for q in quotes) and quotes[0] == "一是学习形式较为单一"


@pytest.mark.parametrize(
    "paragraph",
    ["统一是前提，团结是保证。", "一是加强学习。", "二是完善制度；三是强化监督。"],  # no 一是…二是 run
)
def test_inline_items_need_a_run_from_one(paragraph):
    assert inline_items(paragraph) == []


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("2024年1月18日", True),
        ("中共溪口镇桃源村支部委员会", True),
        ("“三会一课”开展情况如下表：", True),
        ("附件：1.参考议程", True),
        ("第一季度　1　3　9　1", True),
        ("| 内科党支部 | 钟晓岚 | 31 |", True),
        ("北辰新材料公司党委 民主生活会情况报告— 2 —", True),
        ("全年开展主题党日活动12次。", False),
        ("一是学习形式较为单一", False),
    ],
)
def test_furniture(line, furniture):
    assert is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("line", "furniture"),
    [("云岭村党支部　12", True), ("党支部\t主题党日（次）", True), ("第三条　党员必须遵守党的纪律。", False)],
)
def test_table_rows_of_two_cells(line, furniture):
    assert is_furniture(line) is furniture


def test_an_attachment_table_is_outside_the_last_section():
    """附表 after 三、2025年工作打算: its rows are the year's figures, not the plan's."""
    title = "柳溪县财政局机关党委2024年度工作总结"
    text = f"""{title}
一、主要工作
全年召开支部党员大会30次。
二、2025年工作打算
计划开展集中学习12次。
附表：2024年各党支部组织生活开展情况
第一党支部：支部党员大会6次，主题党日19次。
第二党支部：支部党员大会5次，主题党日17次。
"""
    rows = [c for c in chunks_of(title, text) if "第一党支部：" in c.text]
    assert rows and all(c.section_path == ("附表：2024年各党支部组织生活开展情况",) for c in rows)


def test_a_sentence_opening_with_fu_is_no_attachment():
    title = "柳溪县财政局机关党委2024年度工作总结"
    text = f"{title}\n一、主要工作\n附近社区开展共建活动3次。\n"
    chunk = next(c for c in chunks_of(title, text) if "附近社区" in c.text)
    assert chunk.section_path == ("一、主要工作",)


def test_a_byline_under_the_title_is_no_body_text():
    """刘建明 /（2025年1月14日） under a 述职 title: like a 落款, never a sentence of an answer or draft."""
    title = "江阳分公司党总支书记2024年度述职报告"
    text = f"{title}\n刘建明\n（2025年1月14日）\n2024年，本人认真履行第一责任人职责。\n一、主要工作\n全年讲党课3次。\n"
    chunks = chunks_of(title, text)
    byline = [c for c in chunks if "刘建明" in c.text or "2025年1月14日" in c.text]
    assert byline and all(c.section_path == (SIGNATURE,) for c in byline)
    assert any("本人认真履行" in c.text and c.section_path == () for c in chunks)


def test_the_second_line_of_a_two_line_title_is_no_section():
    title = "中共白沙市公共交通集团有限公司委员会2026年党建工作要点"
    text = "中共白沙市公共交通集团有限公司委员会\n2026年党建工作要点\n2025年，全年发展党员13名。\n一、政治建设\n计划学习12次。\n"
    chunks = chunks_of(title, text)
    assert next(c for c in chunks if "13名" in c.text).section_path == ()


def test_an_item_number_before_a_month_is_an_item():
    """2.10月底前完成换届: item 2, due in October (not the number 2.10)."""
    title = "白沙码头公司党委2025年上半年工作总结"
    text = f"{title}\n六、下半年工作打算\n1.9月底前完成整改销号。\n2.10月底前完成机械维修支部换届选举。\n3.计划发展党员4名。\n"
    labels = {c.section_path[-1] for c in chunks_of(title, text) if len(c.section_path) > 1}
    assert "2.10月底前完成机械维修支部换届选举。" in labels or any(label.startswith("2.10月") for label in labels)
