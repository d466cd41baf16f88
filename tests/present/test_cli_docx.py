"""`assistant ask … --docx` and `--length` end to end, in-process, on a temporary index of fixture documents."""

from __future__ import annotations

import docx
import pytest

from assistant.cli import main
from assistant.present.docx import SOURCES_TITLE
from tests.support import cli_on_fixture_corpus

pytestmark = pytest.mark.slow  # the real embedder and Chroma


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    with cli_on_fixture_corpus(tmp_path_factory.mktemp("cli-docx")) as root:
        yield root


def test_ask_writes_the_answer_as_docx_and_says_where(env, capsys, tmp_path):
    capsys.readouterr()
    target = tmp_path / "out" / "廉政.docx"
    assert main(["ask", "根据上半年报告，起草一段党风廉政建设情况的总结", "--docx", str(target)]) == 0
    captured = capsys.readouterr()
    assert "〔1〕" in captured.out and "来源：" in captured.out
    assert f"已导出 Word 文件：{target.resolve()}" in captured.err
    texts = [p.text for p in docx.Document(str(target)).paragraphs]
    assert texts[0] == "关于党风廉政建设的情况总结"
    assert any("〔1〕" in t for t in texts) and SOURCES_TITLE in texts


def test_length_option_shortens_the_draft(env, capsys):
    capsys.readouterr()
    question = "根据上半年报告，起草一段党风廉政建设情况的总结"
    assert main(["ask", question, "--json"]) == 0
    full = capsys.readouterr().out
    assert main(["ask", question, "--length", "60", "--json"]) == 0
    short = capsys.readouterr().out
    assert len(short) < len(full)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["ask", "起草一段总结", "--length", "很长"], "--length 的值“很长”无法识别"),
        (["ask", "-", "--docx", "x.docx"], "--docx 只能导出单个问题的回答"),
    ],
)
def test_bad_options_get_a_chinese_message(env, capsys, argv, message):
    capsys.readouterr()
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_a_refusal_is_not_exported(env, capsys, tmp_path):
    capsys.readouterr()
    target = tmp_path / "none.docx"
    assert main(["ask", "起草一段2030年航天工作的总结", "--docx", str(target)]) == 0
    assert "未导出 Word 文件" in capsys.readouterr().err
    assert not target.exists()
