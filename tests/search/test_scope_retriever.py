"""The retriever scopes questions by the stored profiles (fake embedder, in-memory vectors)."""

from __future__ import annotations

import json

import pytest

from assistant.index.indexing import index_paths
from assistant.search.retriever import Retriever
from tests.fakes import fake_kb

DOCS = {
    "青禾村党支部2022年度工作总结.txt": (
        "青禾村党支部2022年度工作总结\n2022年，青禾村党支部全年开展主题党日12次。\n"
        "二、2023年工作打算\n计划发展党员2名。\n中共柳溪镇青禾村支部委员会\n2023年1月12日\n"
    ),
    "红枫社区党委2023年上半年工作总结.txt": (
        "红枫社区党委2023年上半年工作总结\n今年上半年，红枫社区党委开展主题党日5次，第二党支部开展志愿服务8次。\n"
        "中共红枫社区委员会\n2023年7月5日\n"
    ),
}


@pytest.fixture
def retriever(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    kb = fake_kb(tmp_path / "index")
    assert not index_paths(kb, [corpus]).errors
    yield Retriever(kb)
    kb.close()


def ids_to_titles(retriever: Retriever, ids) -> set[str]:
    return {d.title for d in retriever.documents() if d.doc_id in ids}


def test_named_organisation_selects_its_documents(retriever):
    mentioned = retriever.mentioned_documents("青禾村2022年开展了几次主题党日？")
    assert ids_to_titles(retriever, mentioned) == {"青禾村党支部2022年度工作总结"}
    scope = retriever.scope("红枫社区上半年开展了几次主题党日？")
    assert ids_to_titles(retriever, scope.doc_ids) == {"红枫社区党委2023年上半年工作总结"}


def test_uncovered_period_is_refused_saying_what_exists(retriever):
    scope = retriever.scope("红枫社区党委2022年开展了几次主题党日？")
    assert scope.refusal == "知识库中只有红枫社区党委2023年上半年的工作总结，没有2022年的材料。"


def test_sub_branch_named_only_in_the_text_is_known(retriever):
    assert retriever.scope("第二党支部开展了几次志愿服务？").refusal is None
    assert retriever.scope("蓝湾社区党委开展了几次志愿服务？").refusal is not None


def test_docs_json_shows_profiles(retriever, tmp_path, capsys, monkeypatch):
    from assistant import cli
    from assistant.runtime import Runtime

    monkeypatch.setattr(Runtime, "from_settings", lambda settings: type("R", (), {"kb": retriever.kb})())
    assert cli.main(["--index-dir", str(tmp_path / "index"), "docs", "--json"]) == 0
    documents = json.loads(capsys.readouterr().out)["documents"]
    profiles = {d["title"]: d["profile"] for d in documents}
    assert profiles["青禾村党支部2022年度工作总结"]["plan_periods"] == ["2023年度"]
    assert profiles["红枫社区党委2023年上半年工作总结"]["issuer"] == "中共红枫社区委员会"


def test_the_assistant_refuses_an_uncovered_period_with_what_exists(retriever):
    from assistant.answer.pipeline import Assistant

    answer = Assistant(retriever).ask("青禾村2021年开展了几次主题党日？")
    assert answer.refused
    assert answer.text == "知识库中只有青禾村2022年度的工作总结，没有2021年的材料。"
    assert not Assistant(retriever).ask("青禾村2022年开展了几次主题党日？").refused
