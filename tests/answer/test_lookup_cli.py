"""Look-ups through `assistant ask -` on a real index (real embedder, Chroma, retriever) of the test
regulations: the same answers as over the in-memory source, cited from the asked revision only."""

from __future__ import annotations

import io
import json

import pytest

from assistant.cli import main
from tests.answer.regulation_fixtures import NEW_TITLE, OLD_TITLE, POINTS_TITLE, write_regulations

pytestmark = pytest.mark.slow

# question -> (refused, words in the answer, (document, article) of each citation)
EXPECTED = {
    "效能监督条例第二十条是什么": (True, f"《{NEW_TITLE}》共13条，没有第二十条", []),
    "旧版效能监督条例第八条": (False, "不得提升职务", [(OLD_TITLE, "第八条")]),
    "效能监督条例第六条至第七条": (False, "消费卡", [(NEW_TITLE, "第六条"), (NEW_TITLE, "第七条")]),
    "效能监督条例第八条第二款": (False, "问责方式包括通报", [(NEW_TITLE, "第八条")]),
    "效能监督条例有几章": (False, "共4章", None),
    "新旧两版效能监督条例关于不得提升职务的规定有什么区别": (
        False,
        "[-升-]{+拔+}",
        [(OLD_TITLE, "第八条"), (NEW_TITLE, "第九条")],
    ),
    "五项规定对开会时间有什么要求": (False, "不超过1小时", [(POINTS_TITLE, None)]),
    "机关效能考核办法第三条": (True, "没有收录", []),
}


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    root = tmp_path_factory.mktemp("lookup-cli")
    write_regulations(root / "corpus")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASSISTANT_INDEX_DIR", str(root / "index"))
        mp.setenv("ASSISTANT_CORPUS_DIR", str(root / "corpus"))
        mp.delenv("ASSISTANT_LLM", raising=False)
        assert main(["index", "--quiet"]) == 0
        mp.setattr("sys.stdin", io.StringIO("\n".join(EXPECTED) + "\n"))
        out = io.StringIO()
        mp.setattr("sys.stdout", out)
        assert main(["ask", "-"]) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines() if line.startswith("{")]
    return {line["question"]: line for line in lines}


@pytest.mark.parametrize("question", list(EXPECTED))
def test_look_up_on_a_real_index(answers, question):
    refused, words, cited = EXPECTED[question]
    answer = answers[question]
    assert answer["refused"] is refused and answer["kind"] == "lookup", answer["answer"]
    assert words in answer["answer"]
    if cited is not None:
        assert [(c["doc"], c["article"]) for c in answer["citations"]] == cited
