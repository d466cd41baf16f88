"""The web UI's pure helpers: file names and uploads, chat modes, answer HTML, login accounts."""

from __future__ import annotations

import pytest

from assistant.config import ConfigError
from assistant.core.schema import Answer, Chunk, Citation, Evidence
from assistant.web.auth import parse_auth
from assistant.web.chat import answer_html, highlight, mode_for
from assistant.web.library import safe_filename, save_upload


# ---------------------------------------------------------------- file names and uploads
@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("报告.txt", "报告.txt"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\windows\\系统.DOCX", "系统.docx"),
        (".hidden.md", "hidden.md"),
        ("a<b>:c|d?.pdf", "a_b__c_d_.pdf"),
        ("con\x00trol\n.txt", "con_trol_.txt"),
        ("..", "上传文件"),
        ("/", "上传文件"),
        ("x" * 300 + ".txt", "x" * 116 + ".txt"),
    ],
)
def test_safe_filename(given, expected):
    assert safe_filename(given) == expected


def test_save_upload_checks_type_size_and_never_overwrites(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "报告.txt").write_text("原有内容", encoding="utf-8")
    incoming = tmp_path / "incoming"
    incoming.mkdir()

    exe = incoming / "tool.exe"
    exe.write_bytes(b"MZ")
    result = save_upload(exe, exe.name, corpus, 1)
    assert result.status == "rejected" and "不支持的文件类型" in result.message and ".exe" in result.message

    big = incoming / "大文件.txt"
    big.write_bytes(b"a" * (1024 * 1024 + 1))
    result = save_upload(big, big.name, corpus, 1)
    assert result.status == "rejected" and "文件过大" in result.message and "1 MB" in result.message

    empty = incoming / "空.txt"
    empty.write_bytes(b"")
    assert save_upload(empty, empty.name, corpus, 1).status == "rejected"

    other = incoming / "报告.txt"
    other.write_text("不同的内容", encoding="utf-8")
    result = save_upload(other, "../../报告.txt", corpus, 1)
    assert result.status == "saved" and result.path == corpus / "报告-2.txt" and "另存为" in result.message
    assert (corpus / "报告.txt").read_text(encoding="utf-8") == "原有内容"
    assert save_upload(other, "报告.txt", corpus, 1).status == "duplicate"  # same content again: not copied
    assert sorted(p.name for p in corpus.iterdir()) == ["报告-2.txt", "报告.txt"]
    assert not (tmp_path / "报告.txt").exists()


# ---------------------------------------------------------------- chat
def test_modes():
    assert [mode_for(x) for x in ("自动", "问答", "起草段落", "查法规", None, "?")] == [
        "auto",
        "qa",
        "draft",
        "lookup",
        "auto",
        "auto",
    ]


def test_answer_html_escapes_and_marks_refusals():
    chunk = Chunk("c1", "d1", "<b>标题</b>", "report", ("一、总则",), "第三条", "甲<script>x</script>。乙句。", 0, 10)
    answer = Answer(
        "回答<img src=x onerror=alert(1)>〔1〕\n第二行",
        "fact",
        citations=[Citation("c1", "<b>标题</b>", "一、总则", "第三条", "乙句。")],
        retrieved=[Evidence(chunk, 1.0)],
        note="已改用抽取式回答",
    )
    html = answer_html(answer)
    assert "<script>" not in html and "<img" not in html and "&#60;script&#62;" in html
    assert "第二行" in html and "<br>" in html and "\n" not in html  # a blank line would end the HTML block
    assert "一、总则 › 第三条" in html and "说明：已改用抽取式回答" in html
    assert "甲&#60;script&#62;x&#60;/script&#62;。<mark>乙句。</mark>" in html
    refused = answer_html(Answer("知识库中没有找到相关内容。", "refuse", refused=True))
    assert 'class="kb-refused"' in refused and "kb-answer" not in refused
    missing = Answer("答〔1〕", "fact", citations=[Citation("gone", "文档", "", None, "句子")])
    assert "原文片段已不在知识库中" in answer_html(missing)
    assert highlight("没有引文", "找不到") == "没有引文"


# ---------------------------------------------------------------- login
def test_parse_auth(tmp_path):
    assert parse_auth("") == []
    assert parse_auth("a:1, b:p:w") == [("a", "1"), ("b", "p:w")]
    users = tmp_path / "users.txt"
    users.write_text("\ufeff# 注释\n\nalice:pa ss\nbob:x\n", encoding="utf-8")
    assert parse_auth(str(users)) == [("alice", "pa ss"), ("bob", "x")]
    for bad in ("justauser", "a:1,:2", "a:"):
        with pytest.raises(ConfigError):
            parse_auth(bad)
    with pytest.raises(ConfigError, match="不存在"):
        parse_auth(str(tmp_path / "missing-users.txt"))
    empty = tmp_path / "empty.txt"
    empty.write_text("# nobody\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="没有账号"):
        parse_auth(str(empty))
