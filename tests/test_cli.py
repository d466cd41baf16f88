"""The `assistant` command: index / search / docs, settings from environment and assistant.toml, errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.cli import main
from tests.corpus import REG_2018_NAME, REPORT, write_corpus

pytestmark = pytest.mark.slow

ENV_KEYS = [
    "ASSISTANT_INDEX_DIR",
    "ASSISTANT_CORPUS_DIR",
    "ASSISTANT_EMBEDDINGS",
    "ASSISTANT_RERANKER",
    "ASSISTANT_LLM",
    "ASSISTANT_CHROMA_URL",
    "ASSISTANT_CONFIG",
]


def clean_env(monkeypatch, workdir: Path) -> None:
    """Run in `workdir` (no stray assistant.toml) with no ASSISTANT_* settings from outside."""
    for key in ENV_KEYS:
        monkeypatch.delenv(key, raising=False)
    monkeypatch.chdir(workdir)


@pytest.fixture(scope="module")
def shared_index(tmp_path_factory) -> tuple[Path, Path]:
    """The fixture corpus indexed once through the CLI; read-only for the tests that use it."""
    root = tmp_path_factory.mktemp("cli-shared")
    corpus = write_corpus(root / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        clean_env(mp, root)
        mp.setenv("ASSISTANT_INDEX_DIR", str(root / "index"))
        mp.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
        assert main(["index", "--quiet"]) == 0
    return root / "index", corpus


@pytest.fixture
def indexed(shared_index, monkeypatch, tmp_path):
    clean_env(monkeypatch, tmp_path)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(shared_index[0]))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(shared_index[1]))
    return shared_index


@pytest.fixture
def fresh(monkeypatch, tmp_path):
    """An empty index and the fixture corpus in this test's own folder."""
    clean_env(monkeypatch, tmp_path)
    corpus = write_corpus(tmp_path / "corpus")
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("ASSISTANT_CORPUS_DIR", str(corpus))
    return tmp_path / "index", corpus


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


# ---------- index ----------


def test_index_default_corpus_then_incremental(fresh, capsys):
    index_dir, corpus = fresh
    code, out, err = run(capsys, "index")
    assert code == 0
    assert "+ 2023年上半年机关党建工作报告（" in out
    assert "+ 中国共产党纪律处分条例（2023年修订）（7 段）" in out
    assert "索引完成：新增 4 个，更新 0 个，未变 0 个，移除 0 个，失败 0 个" in out
    assert "[4/4] 完成" in err  # progress on stderr
    assert "\r" not in err and err.splitlines()[0].startswith("[0/4] "), repr(err)  # one line per file in a log
    assert (index_dir / "manifest.sqlite3").is_file()

    code, out, _ = run(capsys, "index")
    assert code == 0
    assert "新增 0 个，更新 0 个，未变 4 个" in out
    assert "+ " not in out

    code, out, _ = run(capsys, "index", "--verbose", "--quiet")
    assert "= 读书笔记（1 段）" in out

    (corpus / REG_2018_NAME).unlink()
    code, out, _ = run(capsys, "index")
    assert code == 0
    assert "- 中国共产党纪律处分条例（2018年修订）" in out
    assert "共 3 个文档" in out


def test_index_json(fresh, capsys):
    code, out, err = run(capsys, "index", "--json")
    assert code == 0 and err == ""  # no progress line either
    data = json.loads(out)
    assert data["totals"] == {"added": 4, "updated": 0, "unchanged": 0, "removed": 0, "error": 0}
    assert {Path(f["path"]).name: f["status"] for f in data["files"]}[REG_2018_NAME] == "added"
    assert all(f["chunks"] > 0 and f["title"] for f in data["files"])
    assert data["documents"] == 4 and data["chunks"] == sum(f["chunks"] for f in data["files"])
    code, out, _ = run(capsys, "index", "--json")
    assert code == 0 and json.loads(out)["totals"]["unchanged"] == 4


def test_index_rebuild(fresh, capsys, tmp_path):
    index_dir, _ = fresh
    # The first build runs as its own process, as it would for a user: a Chroma client that is
    # still open in this process would not survive its files being wiped underneath it.
    first = subprocess.run(
        [*console_script(), "index", "--quiet"], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert first.returncode == 0, first.stderr
    (index_dir / "stray.bin").write_bytes(b"left over")
    code, out, _ = run(capsys, "index", "--rebuild", "--quiet")
    assert code == 0
    assert "新增 4 个，更新 0 个，未变 0 个" in out
    assert not (index_dir / "stray.bin").exists()


def test_index_paths_given_on_the_command_line(fresh, capsys, tmp_path):
    other = tmp_path / "其他文件"
    other.mkdir()
    (other / "支部报告.txt").write_text(
        REPORT.replace("2023年上半年机关党建工作报告", "第一党支部工作报告"), encoding="utf-8"
    )
    code, out, _ = run(capsys, "index", str(other), "--quiet")
    assert code == 0
    assert "+ 第一党支部工作报告（" in out
    assert "共 1 个文档" in out


def test_bad_files_reported_rest_indexed(fresh, capsys, tmp_path):
    index_dir, corpus = fresh
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "空文件.txt").write_bytes(b"")
    (bad / "图片改名.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (bad / "损坏.docx").write_bytes(b"PK\x03\x04 broken")
    (bad / "损坏.pdf").write_bytes(b"%PDF-1.4 broken")
    (bad / "表格.xlsx").write_bytes(b"PK")
    bad_paths = sorted(str(p) for p in bad.iterdir())
    code, out, err = run(capsys, "index", *bad_paths, str(tmp_path / "没有这个.txt"), str(corpus), "--quiet")
    assert code == 0  # something was indexed
    for line in (
        "✗ 空文件.txt：文件为空",
        "✗ 图片改名.txt：不是文本文件",
        "✗ 损坏.docx：Word 文档已损坏",
        "✗ 损坏.pdf：PDF 文件已损坏",
        "✗ 表格.xlsx：不支持的文件类型",
        "✗ 没有这个.txt：路径不存在",
    ):
        assert line in err
    assert "新增 4 个" in out and "失败 6 个" in out

    # nothing but bad input: non-zero exit, the index as it was
    _, docs_before, _ = run(capsys, "docs", "--json")
    code, out, err = run(capsys, "index", *bad_paths, "--quiet")
    assert code == 1
    assert err.count("✗ ") == 5
    assert run(capsys, "docs", "--json")[1] == docs_before

    code, _, err = run(capsys, "index", str(tmp_path / "不存在的文件夹"), "--quiet")
    assert code == 1
    assert "✗ 不存在的文件夹：路径不存在，请检查拼写" in err


# ---------- search ----------


def test_search_json(indexed, capsys):
    code, out, err = run(capsys, "search", "上半年讲党课几次", "--json", "-k", "3")
    assert code == 0
    payload = json.loads(out)
    assert list(payload) == ["retrieved"]
    retrieved = payload["retrieved"]
    assert len(retrieved) == 3
    top = retrieved[0]
    assert {"doc", "section", "article", "text", "score", "chunk_id"} <= set(top)
    assert "党委班子成员讲党课4次" in top["text"]
    assert top["doc"] == "2023年上半年机关党建工作报告"
    assert top["section"] == "二、严肃党内政治生活 › （一）落实组织生活制度"
    assert [r["score"] for r in retrieved] == sorted((r["score"] for r in retrieved), reverse=True)


def test_search_text_output(indexed, capsys):
    code, out, _ = run(capsys, "search", "《纪律处分条例》第八条", "-k", "2")
    assert code == 0
    lines = out.strip().split("\n")
    assert len(lines) == 4  # two results, each a heading line and a text line
    assert lines[0].startswith("1. [")
    assert lines[0].endswith("《中国共产党纪律处分条例（2023年修订）》 第二章　违纪行为的处理 › 第八条")
    assert lines[1].strip().startswith("第八条　对严重违犯党纪的党组织")
    assert lines[2].startswith("2. [") and "2018年修订" in lines[2]


def test_search_filters(indexed, capsys):
    code, out, _ = run(capsys, "search", "党组织", "--kind", "regulation", "--doc", "2018", "--json")
    assert code == 0
    docs = {r["doc"] for r in json.loads(out)["retrieved"]}
    assert docs == {"中国共产党纪律处分条例（2018年修订）"}
    code, out, _ = run(capsys, "search", "纪律处分条例", "--kind", "report", "--json")
    assert {r["doc"] for r in json.loads(out)["retrieved"]} == {"2023年上半年机关党建工作报告"}


@pytest.mark.parametrize(
    ("query", "message"), [("", "问题为空"), ("   ", "问题为空"), ("党" * 10_000, "问题过长（10000 字）")]
)
def test_bad_query_exit_2_with_chinese_message(indexed, capsys, query, message):
    code, out, err = run(capsys, "search", query)
    assert code == 2
    assert out == ""
    assert err.startswith("错误：") and message in err


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_blank_question_exit_2_with_or_without_json(indexed, capsys, json_flag):
    code, out, err = run(capsys, "ask", "  ", *json_flag)
    assert code == 2
    assert out == ""
    assert err.startswith("错误：问题为空")


def test_search_on_an_empty_index(fresh, capsys):
    code, out, _ = run(capsys, "search", "讲党课")
    assert code == 0
    assert "没有找到相关内容。知识库为空，请先运行 assistant index。" in out


# ---------- docs ----------


def test_docs(indexed, capsys):
    code, out, _ = run(capsys, "docs")
    assert code == 0
    assert "法规\t   7 段\t中国共产党纪律处分条例（2023年修订）" in out
    assert "其他\t   1 段\t读书笔记" in out
    assert "共 4 个文档、" in out and str(indexed[0]) in out
    code, out, _ = run(capsys, "docs", "--json")
    documents = json.loads(out)["documents"]
    assert {d["title"]: d["kind"] for d in documents} == {
        "2023年上半年机关党建工作报告": "report",
        "中国共产党纪律处分条例（2023年修订）": "regulation",
        "中国共产党纪律处分条例（2018年修订）": "regulation",
        "读书笔记": "other",
    }
    assert {d["title"]: d["n_chunks"] for d in documents}["中国共产党纪律处分条例（2018年修订）"] == 3


def test_docs_on_an_empty_index(fresh, capsys):
    code, out, _ = run(capsys, "docs")
    assert code == 0
    assert "知识库为空，请先运行 assistant index。" in out


# ---------- settings ----------


def test_index_dir_option_and_variable(fresh, capsys, tmp_path):
    assert run(capsys, "--index-dir", str(tmp_path / "elsewhere"), "index", "--quiet")[0] == 0
    assert (tmp_path / "elsewhere" / "manifest.sqlite3").is_file()
    assert not (tmp_path / "index").exists()  # ASSISTANT_INDEX_DIR was overridden


def test_folder_that_is_not_an_index(fresh, capsys, tmp_path):
    folder = tmp_path / "我的文件"
    folder.mkdir()
    (folder / "笔记.txt").write_text("重要", encoding="utf-8")
    code, _, err = run(capsys, "--index-dir", str(folder), "docs")
    assert code == 2
    assert "不是本助手的索引" in err
    assert [p.name for p in folder.iterdir()] == ["笔记.txt"]


def test_unknown_embedder(indexed, capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_EMBEDDINGS", "word2vec")
    code, _, err = run(capsys, "search", "讲党课")
    assert code == 2
    assert "未知的向量模型设置 ASSISTANT_EMBEDDINGS=“word2vec”" in err


def test_bad_chroma_url(indexed, capsys, monkeypatch):
    monkeypatch.setenv("ASSISTANT_CHROMA_URL", "ftp://127.0.0.1")
    code, _, err = run(capsys, "docs")
    assert code == 2
    assert "不是有效地址" in err


def test_config_file(fresh, capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("ASSISTANT_INDEX_DIR")
    (tmp_path / "assistant.toml").write_text('index_dir = "toml-index"\n', encoding="utf-8")
    assert run(capsys, "index", "--quiet")[0] == 0
    assert (tmp_path / "toml-index" / "manifest.sqlite3").is_file()
    assert "toml-index" in run(capsys, "docs")[1]
    # the environment wins over the file
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "env-index"))
    assert "知识库为空" in run(capsys, "docs")[1]
    # a file named by ASSISTANT_CONFIG
    other = tmp_path / "其他配置.toml"
    other.write_text(f'index_dir = "{tmp_path / "toml-index"}"\n', encoding="utf-8")
    monkeypatch.delenv("ASSISTANT_INDEX_DIR")
    monkeypatch.setenv("ASSISTANT_CONFIG", str(other))
    assert "共 4 个文档" in run(capsys, "docs")[1]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("index_dir = ", "格式有误"),
        ('colour = "red"\n', "未知配置项：colour"),
        ('port = "八千"\n', "不是有效的数字"),
    ],
)
def test_bad_config_file(fresh, capsys, tmp_path, content, message):
    (tmp_path / "assistant.toml").write_text(content, encoding="utf-8")
    code, _, err = run(capsys, "docs")
    assert code == 2
    assert message in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as exited:
        main(["search"])
    assert exited.value.code == 2
    with pytest.raises(SystemExit):
        main(["search", "讲党课", "--kind", "novel"])


# ---------- the installed console script ----------


def console_script() -> list[str]:
    script = Path(sys.executable).parent / "assistant"
    return [str(script)] if script.exists() else [sys.executable, "-m", "assistant.cli"]


def test_console_script_smoke(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", with_old_revision=False)
    env = {k: v for k, v in os.environ.items() if k not in ENV_KEYS}
    env.update(ASSISTANT_INDEX_DIR=str(tmp_path / "index"), ASSISTANT_CORPUS_DIR=str(corpus), PYTHONIOENCODING="utf-8")

    def cli(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [*console_script(), *argv],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            stdin=subprocess.DEVNULL,
        )

    done = cli("index")
    assert done.returncode == 0, done.stderr
    assert "新增 3 个" in done.stdout
    done = cli("search", "")
    assert done.returncode == 2
    assert done.stderr.startswith("错误：问题为空")
    assert "Traceback" not in done.stderr
    shutil.rmtree(corpus)
    done = cli("index", str(corpus))
    assert done.returncode == 1
    assert "✗ corpus：路径不存在" in done.stderr


def test_docs_and_docs_show_list_the_same_short_names():
    from assistant.cli.documents import profile_line
    from assistant.index.manifest import DocRecord
    from assistant.ingest.profiles import build_profile
    from assistant.search.preview import profile_fields

    title = "中共江城市妇联机关支部委员会2024年度工作总结"
    text = "2024年，支部开展主题党日12次。\n中共江城市妇联机关支部委员会\n2025年1月9日"
    profile = build_profile(title, text, "report", "市妇联机关党支部2024年总结.txt")
    record = DocRecord("d", "市妇联机关党支部2024年总结.txt", title, "report", "h", 0.0, 1, len(text), profile)
    listed = profile_line(record).split("简称：")[1].split("；")[0]
    shown = dict(profile_fields(record, text))["简称"]
    assert listed == shown and {"妇联", "市妇联"} <= set(listed.split("、"))
