"""`assistant users …`, `assistant kb …`, `assistant audit`: in-process, on a temporary index folder."""

from __future__ import annotations

import json

import pytest

from assistant.accounts.store import AccountStore


def test_users_and_knowledge_bases_from_the_command_line(run, tmp_path):
    assert run("users", "add", "张三", "--admin", "--password-stdin", stdin="zhangsan-pass\n")[0] == 0
    assert run("users", "add", "李四", "--password-stdin", stdin="lisi-password\n")[0] == 0
    code, out, _ = run("kb", "add", "第一支部", "--description", "支部材料")
    assert code == 0 and (tmp_path / "corpus" / "第一支部").is_dir()
    assert run("users", "grant", "李四", "第一支部", "editor")[0] == 0
    code, out, _ = run("users", "list", "--json")
    users = {u["name"]: u for u in json.loads(out)["users"]}
    assert users["张三"]["admin"] and users["李四"]["roles"] == {"第一支部": "editor"}
    assert run("users", "passwd", "李四", "--password-stdin", stdin="lisi-password-2\n")[0] == 0
    store = AccountStore.in_index(tmp_path / "index")
    assert store.verify("李四", "lisi-password-2")
    assert run("users", "admin", "李四")[0] == 0
    assert store.user("李四").admin
    assert run("users", "admin", "李四", "--revoke")[0] == 0
    assert not store.user("李四").admin
    assert run("users", "revoke", "李四", "第一支部")[0] == 0
    assert run("kb", "remove", "第一支部")[0] == 0
    assert run("users", "remove", "李四")[0] == 0
    code, out, _ = run("audit", "--json")
    actions = [e["action"] for e in json.loads(out)]
    assert actions == [
        "user_remove",
        "kb_remove",
        "revoke",
        "grant",
        "grant",
        "passwd",
        "grant",
        "kb_add",
        "user_add",
        "user_add",
    ]
    assert json.loads(out)[0]["user"].startswith("命令行")


@pytest.mark.parametrize(
    ("argv", "stdin", "says"),
    [
        (("users", "add", "王五", "--password-stdin"), "123\n", "密码太短"),
        (("users", "grant", "nobody", "公共", "reader"), "", "没有用户 nobody"),
        (("kb", "add", "../外面"), "", "不可用"),
        (("kb", "remove", "公共"), "", "不能删除"),
        (("users", "add", "王五"), "", "--password-stdin"),  # no terminal to type a password at
    ],
)
def test_mistakes_are_one_chinese_line_not_a_traceback(run, argv, stdin, says):
    code, _, err = run(*argv, stdin=stdin)
    assert code == 2 and err.startswith("错误：") and says in err and "Traceback" not in err


@pytest.mark.slow  # the real embedder
def test_ask_within_knowledge_bases(run, tmp_path):
    branch = tmp_path / "corpus" / "第一支部"
    branch.mkdir(parents=True)
    (branch / "第一支部工作总结.txt").write_text(
        "第一支部工作总结\n一、组织建设\n上半年第一支部开展青松计划结对帮扶17次。\n", encoding="utf-8"
    )
    (tmp_path / "corpus" / "机关工作报告.txt").write_text(
        "机关工作报告\n一、学习\n上半年机关组织集中学习6次。\n", encoding="utf-8"
    )
    assert run("index", "--quiet")[0] == 0
    question = "青松计划结对帮扶几次？"
    assert "17次" in run("ask", question)[1]
    assert "17次" in run("ask", question, "--kb", "第一支部")[1]
    assert "17次" not in run("ask", question, "--kb", "公共")[1]
    code, _, err = run("ask", question, "--kb", "第九支部")
    assert code == 2 and "第九支部" in err
