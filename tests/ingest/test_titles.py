"""Titles from text: what is printed above a title is not the title, and a title set over lines is whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.ingest.loaders import load
from assistant.ingest.titles import guess_title, title_line

BODY = "2024年，局党委坚持以党建引领业务发展，各项工作取得新成效。\n一、基本情况\n局党委下设党支部5个。"


@pytest.mark.parametrize(
    "above",
    [
        ["东港区税务局党委文件　内部资料注意保存"],  # a 红头 with the marks on the same line
        ["中共东港区税务局委员会文件", "东税党发〔2025〕2号"],
        ["机密★1年", "特急", "中共东港区税务局委员会文件"],
        ["000126", "内部资料　注意保存"],
        ["附件2"],
        ["附件1："],
    ],
)
def test_printed_matter_above_the_title_is_not_the_title(above):
    title = "中共东港区税务局委员会关于2024年度党建工作情况的报告"
    assert title_line("\n".join([*above, title, BODY])) == title


def test_a_line_repeated_on_the_pages_is_a_running_header():
    header = "东港区税务局　党建工作简报"
    text = "\n".join([header, "2024年第3期党建工作简报", BODY, header, BODY, header, BODY])
    assert title_line(text) == "2024年第3期党建工作简报"


@pytest.mark.parametrize(
    "lines",
    [
        ["黄石镇卫生院党支部关于2024年", "第一季度主题党日活动开展情况的通报"],  # cut before its head noun
        ["中共白鹭湾街道工作委员会", "关于2023年度基层党建工作", "述职评议情况的报告"],  # over three lines
        ["溪南村党支部", "2025年党建工作要点"],  # the organisation on a line of its own
        ["关于进一步规范党费收缴管理的", "实施细则（试行）"],
        ["溪南村党支部", "学习贯彻党的二十大精神心得"],
        ["溪南村党支部", "2024年党建工作亮点"],  # no head noun, but the organisation's own title under its name
    ],
)
def test_a_title_over_several_lines_is_joined(lines):
    assert title_line("\n".join([*lines, BODY])) == "".join(lines)


def test_a_complete_title_is_not_joined_to_the_next_line():
    assert title_line("黄石镇卫生院党支部2024年工作总结\n院党支部\n" + BODY) == "黄石镇卫生院党支部2024年工作总结"
    # a line without a head noun is left alone when nothing under it completes it
    assert title_line("# 我的入党故事\n张晓红\n" + BODY) == "# 我的入党故事"
    assert guess_title("# 我的入党故事\n张晓红\n" + BODY, Path("故事.md")) == "我的入党故事"


def test_a_heading_of_the_body_is_never_joined():
    assert title_line("溪南村党支部\n一、基本情况\n" + BODY) == "溪南村党支部"


def test_title_of_a_text_file_with_header_and_two_line_title(tmp_path):
    path = tmp_path / "报告.txt"
    path.write_text(
        "中共北泉市人民医院委员会文件\n北医党发〔2025〕1号\n中共北泉市人民医院委员会关于2024年度\n"
        "党风廉政建设工作情况的报告\n市卫健委党委：\n" + BODY,
        encoding="utf-8",
    )
    assert load(path).title == "中共北泉市人民医院委员会关于2024年度党风廉政建设工作情况的报告"
