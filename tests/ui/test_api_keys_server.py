"""Users' API keys through the running server and the official `openai` client: a key answers from
its user's knowledge bases only — nothing (answer, citation, quote) from a knowledge base its user
has no grant in; a user without any grant is refused; the bootstrap key of ASSISTANT_API_KEYS sees all.
"""

from __future__ import annotations

import subprocess
import sys

import openai
import pytest
from ui_support import REPORT_TITLE, UPLOAD, UPLOAD_NAME, UPLOAD_TITLE, start_app

from tests.support import REPO, app_env

pytestmark = pytest.mark.slow

ADMIN_KEY = "sk-bootstrap-admin-2024"
MODEL = "dangjian-assistant"
REPORT_QUESTION = "上半年党委班子成员讲党课几次？"
BRANCH_QUESTION = "上半年举办读书分享会多少场？"
BRANCH = "第一支部"


def cli(app_root, *argv: str, stdin: str = "") -> str:
    done = subprocess.run(
        [sys.executable, "-m", "assistant.cli", *argv],
        cwd=REPO,
        env=app_env(app_root / "index", app_root / "corpus"),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    root = tmp_path_factory.mktemp("api-keys")
    (root / "corpus" / BRANCH).mkdir(parents=True)
    (root / "corpus" / BRANCH / UPLOAD_NAME).write_text(UPLOAD, encoding="utf-8")
    cli(root, "kb", "add", BRANCH)
    for name in ("branch-reader", "public-reader", "no-grant"):
        cli(root, "users", "add", name, "--password-stdin", stdin=f"{name}-password\n")
    cli(root, "users", "grant", "branch-reader", BRANCH, "reader")
    cli(root, "users", "grant", "public-reader", "公共", "reader")
    running = start_app(root, ASSISTANT_API_KEYS=ADMIN_KEY)
    running.root = root  # type: ignore[attr-defined]
    yield running
    running.stop()


def client(app, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=app.url + "v1", api_key=key, max_retries=0, timeout=120)


def ask(app, key: str, question: str, **options):
    return client(app, key).chat.completions.create(
        model=MODEL, messages=[{"role": "user", "content": question}], **options
    )


def key_of(app, user: str) -> str:
    """Made while the server runs: it works at once."""
    return cli(app.root, "users", "key", "add", user)


def test_a_key_answers_from_its_users_knowledge_bases_only(app):
    key = key_of(app, "branch-reader")
    own = ask(app, key, BRANCH_QUESTION)
    assert [c["doc"] for c in own.model_extra["citations"]] == [UPLOAD_TITLE]
    assert "7场" in own.choices[0].message.content

    other = ask(app, key, REPORT_QUESTION)
    content = other.choices[0].message.content
    assert other.model_extra["citations"] == [] and other.model_extra["answer_meta"]["refused"] is True
    assert "5次" not in content and REPORT_TITLE not in content

    streamed = "".join(
        chunk.choices[0].delta.content or "" for chunk in ask(app, key, REPORT_QUESTION, stream=True) if chunk.choices
    )
    assert "5次" not in streamed and REPORT_TITLE not in streamed


def test_the_other_users_key_and_the_bootstrap_key(app):
    public = ask(app, key_of(app, "public-reader"), REPORT_QUESTION)
    assert public.choices[0].message.content.startswith("党委班子成员讲党课5次〔1〕")
    assert ask(app, key_of(app, "public-reader"), BRANCH_QUESTION).model_extra["citations"] == []

    everything = ask(app, ADMIN_KEY, BRANCH_QUESTION)
    assert [c["doc"] for c in everything.model_extra["citations"]] == [UPLOAD_TITLE]


def test_a_user_without_grants_and_a_removed_key_are_refused(app):
    key = key_of(app, "no-grant")
    with pytest.raises(openai.PermissionDeniedError) as refused:
        ask(app, key, REPORT_QUESTION)
    assert "没有任何知识库的提问权限" in str(refused.value) and "5次" not in str(refused.value)

    key = key_of(app, "branch-reader")
    key_id = key[3:11]
    cli(app.root, "users", "key", "remove", key_id)
    with pytest.raises(openai.AuthenticationError):
        ask(app, key, BRANCH_QUESTION)
