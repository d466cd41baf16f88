"""The web handlers, called directly as users with and without grants: nothing leaks, nothing is done.

One Backend (fake embedder, real manifest) over three knowledge bases: 公共 (the report), 第一支部
(a branch summary with facts nobody else may read) and 党内法规 (a regulation). The request
stand-in carries what gradio gives a handler: the signed-in user's name and address.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from ui_support import REPORT, REPORT_NAME, REPORT_TITLE

from assistant.accounts.knowledge_bases import DEFAULT_KB
from assistant.accounts.store import AccountStore
from assistant.config import Settings
from assistant.index.indexing import index_paths
from assistant.web.chat import ChatState
from assistant.web.state import Backend
from tests.fakes import FakeEmbeddings

pytestmark = pytest.mark.slow  # imports gradio

BRANCH = "第一支部"
SECRET_TITLE = "第一支部2023年上半年工作总结"
SECRET = f"{SECRET_TITLE}\n一、组织建设\n上半年第一支部发展预备党员3名，开展青松计划结对帮扶17次。\n"
SECRET_WORDS = ("青松", "17次", SECRET_TITLE, "预备党员3名")
PASSWORD = "password-123"


def as_user(name: str | None):
    return SimpleNamespace(username=name, client=SimpleNamespace(host="10.0.0.7"))


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    from assistant.web.app import WebApp  # gradio: seconds to import

    root = tmp_path_factory.mktemp("permissions")
    corpus = root / "corpus"
    (corpus / BRANCH).mkdir(parents=True)
    (corpus / REPORT_NAME).write_text(REPORT, encoding="utf-8")
    (corpus / BRANCH / f"{SECRET_TITLE}.txt").write_text(SECRET, encoding="utf-8")
    store = AccountStore.in_index(root / "index")  # accounts first: the app decides on login when it starts
    store.add_kb(BRANCH)
    store.add_kb("第二支部")
    store.add_user("boss", PASSWORD, admin=True)
    store.add_user("reader", PASSWORD)
    store.grant("reader", DEFAULT_KB, "reader")
    store.grant("reader", BRANCH, "reader")
    store.add_user("outsider", PASSWORD)
    store.grant("outsider", DEFAULT_KB, "reader")
    store.add_user("editor", PASSWORD)
    store.grant("editor", BRANCH, "editor")
    store.add_user("nobody", PASSWORD)
    store.close()
    backend = Backend(Settings(index_dir=root / "index", corpus_dir=corpus), FakeEmbeddings())
    assert not index_paths(backend.kb, [corpus]).errors
    backend.ready.set()
    return WebApp(backend)


def upload_as(web, path, target, user: str) -> tuple[str, list[list]]:
    """Upload as `user`, wait for the background job; (message, the job's progress rows as `user` sees them)."""
    message, *_ = web.library.upload([str(path)] if path else [], target, as_user(user))
    assert web.library.jobs.wait(120)
    return message, web.library.progress_view(as_user(user))[1]


def reindex_as(web, target, user: str) -> tuple[str, list[list]]:
    message, *_ = web.library.reindex(target, as_user(user))
    assert web.library.jobs.wait(120)
    return message, web.library.progress_view(as_user(user))[1]


def ask(web, user: str, question: str, kbs: list[str] | None = None) -> str:
    *_, (display, _state, _box, last) = web.respond(question, [], ChatState(), "自动", kbs, as_user(user))
    return display[-1]["content"] + last


def test_reader_never_sees_another_knowledge_base(web):
    question = "第一支部青松计划结对帮扶几次？"
    assert "17次" in ask(web, "reader", question)  # granted: answered
    for kbs in (None, [BRANCH], [BRANCH, DEFAULT_KB], ["../第一支部"]):
        shown = ask(web, "outsider", question, kbs)
        assert not [w for w in SECRET_WORDS if w in shown.replace(question, "")], (kbs, shown)
    assert "您没有所选知识库的提问权限" in ask(web, "outsider", question, [BRANCH])
    assert "还没有任何知识库" in ask(web, "nobody", "上半年召开党委会几次？")
    # The chooser narrows even the granted: asked in 公共 only, the branch's facts are not used.
    assert "17次" not in ask(web, "reader", question, [DEFAULT_KB])

    rows, choices = web.library.documents_view("", as_user("outsider"))
    assert [r[0] for r in rows] == [REPORT_TITLE] and choices["choices"] == []
    status = dict(web.status_view(as_user("outsider")))
    assert status["文档数"] == "1"
    chooser, target = web.kb_choices(as_user("outsider"))
    assert chooser["choices"] == [DEFAULT_KB] and target["choices"] == [] and target["interactive"] is False
    assert [r[0] for r in web.library.documents_view("", as_user("nobody"))[0]] == []


def test_reader_is_refused_editor_actions(web, tmp_path):
    upload = tmp_path / "新文件.txt"
    upload.write_text("新文件\n上半年开展学习12次。\n", encoding="utf-8")
    message, _ = upload_as(web, upload, BRANCH, "reader")
    assert "您没有在知识库“第一支部”上传文件的权限" in message
    assert not (web.settings.corpus_dir / BRANCH / "新文件.txt").exists()
    message, _ = reindex_as(web, BRANCH, "reader")
    assert "重新索引的权限" in message

    secret = next(d for d in web.kb.documents() if d.title == SECRET_TITLE)
    box, question, checkbox = web.library.ask_delete(secret.doc_id, as_user("reader"))
    assert "删除文档的权限" in question
    _, message, *_ = web.library.confirm_delete(secret.doc_id, True, "", as_user("reader"))
    assert "删除文档的权限" in message
    _, message, *_ = web.library.confirm_delete(secret.doc_id, True, "", as_user("outsider"))  # cannot even see it
    assert message == "该文档已不在知识库中。" and SECRET_TITLE not in message
    assert web.kb.document(secret.doc_id) is not None
    assert Path(secret.source).is_file()
    denied = [e for e in web.backend.accounts.audit_log(action="denied") if e.user == "reader"]
    assert {e.detail for e in denied} >= {"上传文件", "重新索引", "删除文档"}


def test_editor_uploads_and_deletes_in_their_knowledge_base_only(web, tmp_path):
    upload = tmp_path / "支部学习记录.txt"
    upload.write_text("支部学习记录\n上半年第一支部集中学习12次，撰写心得20篇。\n", encoding="utf-8")
    message, _ = upload_as(web, upload, DEFAULT_KB, "editor")
    assert "上传文件的权限" in message  # 公共: not theirs
    message, rows = upload_as(web, upload, BRANCH, "editor")
    assert rows[0][:2] == ["支部学习记录.txt", "已完成"], message
    _, outsiders_rows = web.library.progress_view(as_user("outsider"))  # another base's upload: not even its file name
    assert "支部学习记录.txt" not in str(outsiders_rows)
    message, *_ = web.library.cancel_index(as_user("reader"))
    assert "取消索引任务的权限" in message
    saved = web.settings.corpus_dir / BRANCH / "支部学习记录.txt"
    assert saved.is_file()
    doc = next(d for d in web.kb.documents() if d.title == "支部学习记录")
    assert "12次" in ask(web, "reader", "支部集中学习几次？", [BRANCH])
    assert "12次" not in ask(web, "outsider", "支部集中学习几次？")
    _, message, *_ = web.library.confirm_delete(doc.doc_id, True, "", as_user("editor"))
    assert "已从知识库删除" in message and not saved.exists()
    (web.settings.corpus_dir / REPORT_NAME).unlink()  # a 公共 file gone: re-indexing drops it …
    message, rows = reindex_as(web, BRANCH, "editor")
    assert "重新索引" in message
    assert [row[0] for row in rows] == [f"{SECRET_TITLE}.txt"]  # … but the editor of 第一支部 is not told
    (web.settings.corpus_dir / REPORT_NAME).write_text(REPORT, encoding="utf-8")
    message, rows = reindex_as(web, None, "boss")  # 公共: the corpus folder
    assert REPORT_NAME in [row[0] for row in rows]
    assert REPORT_TITLE in [d.title for d in web.kb.documents()]
    actions = [e.action for e in web.backend.accounts.audit_log(user="editor")]
    assert actions[:3] == ["reindex", "delete", "upload"]


def test_admin_tab_handlers_refuse_non_admins(web):
    store = web.backend.accounts
    tab, *_ = web.admin.show(as_user("editor"))
    assert tab["visible"] is False
    message, *_ = web.admin.add_user("mallory", "mallory-pass-1", True, as_user("editor"))
    assert "只有管理员" in message and store.user("mallory") is None
    message, *_ = web.admin.grant("editor", DEFAULT_KB, "admin", as_user("editor"))
    assert "授权的权限" in message and DEFAULT_KB not in store.roles("editor")
    message, *_ = web.admin.remove_user("boss", as_user("reader"))
    assert store.user("boss") is not None
    message, *_ = web.admin.add_kb("新库", "", as_user("reader"))
    assert "新库" not in store.kbs()
    assert web.admin.audit_rows(as_user("reader")) == []


def test_admin_manages_users_grants_and_knowledge_bases(web):
    store = web.backend.accounts
    tab, users, kbs, grants, *_, audit, manage_users, manage_kbs, audit_box = web.admin.show(as_user("boss"))
    assert tab["visible"] is True and manage_users["visible"] and manage_kbs["visible"] and audit_box["visible"]
    assert {row[0] for row in users} >= {"boss", "reader", "editor"}
    assert [row[0] for row in kbs][:1] == [DEFAULT_KB] and any(row[0] == BRANCH and row[2] >= 1 for row in kbs)
    message, *_ = web.admin.add_user("newbie", "newbie-pass-1", False, as_user("boss"))
    assert "已添加用户 newbie" in message
    message, *_ = web.admin.add_user("newbie", "x", False, as_user("boss"))
    assert "已存在" in message
    web.admin.add_kb("第三支部", "新支部", as_user("boss"))
    assert (web.settings.corpus_dir / "第三支部").is_dir()
    web.admin.grant("newbie", "第三支部", "editor", as_user("boss"))
    assert store.roles("newbie") == {"第三支部": "editor"}
    web.admin.revoke("newbie", "第三支部", as_user("boss"))
    message, *_ = web.admin.remove_user("boss", as_user("boss"))
    assert "不能删除自己" in message
    web.admin.set_admin("newbie", True, as_user("boss"))
    assert store.user("newbie").admin
    web.admin.set_admin("newbie", False, as_user("boss"))
    assert not store.user("newbie").admin
    assert web.admin.admin_flag("boss", as_user("boss")) and not web.admin.admin_flag("boss", as_user("editor"))
    message, *_ = web.admin.set_admin("boss", False, as_user("boss"))
    assert "不能取消自己" in message and store.user("boss").admin
    message, *_ = web.admin.set_admin("reader", True, as_user("editor"))
    assert "只有管理员" in message and not store.user("reader").admin
    message, *_ = web.admin.add_user("<img src=x onerror=alert(1)>", "newbie-pass-1", False, as_user("boss"))
    assert "<img" not in message  # escaped in the HTML message
    message, _ = upload_as(web, None, "../外面", "boss")  # a target that is no folder name
    assert "不可用" in message and not (web.settings.corpus_dir.parent / "外面").exists()
    logged = [e.action for e in store.audit_log(user="boss")]
    assert {"user_add", "kb_add", "grant", "revoke"} <= set(logged)


def test_a_knowledge_base_admin_grants_readers_and_editors_there_only(web):
    store = web.backend.accounts
    store.add_user("branch-admin", PASSWORD)
    store.grant("branch-admin", BRANCH, "admin")
    tab, users, kbs, grants, _, _, grant_kb, _, keys, _, audit, manage_users, manage_kbs, audit_box = web.admin.show(
        as_user("branch-admin")
    )
    assert tab["visible"] is True and keys == []  # API keys: global admins only
    assert not manage_users["visible"] and not manage_kbs["visible"] and not audit_box["visible"] and audit == []
    assert {row[1] for row in grants} == {BRANCH} and [row[0] for row in kbs] == [BRANCH]
    assert grant_kb["choices"] == [BRANCH]
    message, *_ = web.admin.grant("outsider", BRANCH, "reader", as_user("branch-admin"))
    assert "已授予" in message and store.roles("outsider")[BRANCH] == "reader"
    message, *_ = web.admin.grant("outsider", BRANCH, "admin", as_user("branch-admin"))
    assert "只有全局管理员" in message and store.roles("outsider")[BRANCH] == "reader"
    message, *_ = web.admin.grant("outsider", "第二支部", "reader", as_user("branch-admin"))
    assert "授权的权限" in message and "第二支部" not in store.roles("outsider")
    message, *_ = web.admin.revoke("branch-admin", BRANCH, as_user("branch-admin"))  # an admin: not theirs to revoke
    assert "只有全局管理员" in message and store.roles("branch-admin")[BRANCH] == "admin"
    message, *_ = web.admin.add_user("mallory", "mallory-pass-1", False, as_user("branch-admin"))
    assert "只有管理员" in message and store.user("mallory") is None
    web.admin.revoke("outsider", BRANCH, as_user("branch-admin"))
    assert BRANCH not in store.roles("outsider")


def test_without_accounts_the_local_user_may_do_everything_until_a_restart(tmp_path):
    from assistant.web.app import WebApp

    corpus = tmp_path / "corpus"
    (corpus / BRANCH).mkdir(parents=True)
    (corpus / BRANCH / f"{SECRET_TITLE}.txt").write_text(SECRET, encoding="utf-8")
    backend = Backend(Settings(index_dir=tmp_path / "index", corpus_dir=corpus), FakeEmbeddings())
    assert not index_paths(backend.kb, [corpus]).errors
    backend.ready.set()
    web = WebApp(backend)
    local = as_user(None)  # no login: gradio gives no user name
    assert "17次" in ask(web, None, "第一支部青松计划结对帮扶几次？")
    message, *_ = web.admin.add_user("first", "first-pass-1", True, local)
    assert "重新启动服务后" in message
    assert "17次" in ask(web, None, "第一支部青松计划结对帮扶几次？")  # not locked out by the first account
    assert web.admin.show(local)[0]["visible"] is True


def test_api_keys_from_the_admin_tab(web):
    store = web.backend.accounts
    *_, new_key = web.admin.add_api_key("reader", "办公系统", as_user("editor"))
    assert new_key == "" and store.api_keys("reader") == []  # not an admin: nothing made
    message, *views, new_key = web.admin.add_api_key("reader", "办公系统", as_user("boss"))
    assert "只显示这一次" in message and store.api_key_user(new_key) == "reader"
    (row,) = [r for r in views[7] if r[1] == "reader"]
    assert row[2] == "办公系统" and new_key not in str(views)  # listed by id; the key itself only once
    message, *_ = web.admin.remove_api_key(row[0], as_user("reader"))
    assert "只有管理员" in message and store.api_key_user(new_key) == "reader"
    web.admin.remove_api_key(row[0], as_user("boss"))
    assert store.api_key_user(new_key) is None
    assert {"api_key_add", "api_key_remove"} <= {e.action for e in store.audit_log(user="boss")}
