"""`assistant users …`, `assistant kb …` and `assistant audit`: accounts from the command line.

Whoever can run these commands on the server can read the index folder anyway, so they need no
login; each change is written to the audit log under the operating-system user's name.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from assistant.accounts.api_keys import API_KEY_HEADERS
from assistant.accounts.audit import AUDIT_HEADERS, ActionName
from assistant.accounts.knowledge_bases import Membership, kb_folder
from assistant.accounts.store import ACCOUNTS_FILE, ROLE_NAMES, ROLES, AccountError, AccountStore
from assistant.config import Settings


def operator() -> str:
    try:
        return f"命令行:{getpass.getuser()}"
    except (KeyError, OSError):
        return "命令行"


def read_password(args: argparse.Namespace) -> str:
    """From stdin (--password-stdin, one line) or typed twice at a prompt."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    if not sys.stdin.isatty():
        raise AccountError("没有终端可输入密码：请用 --password-stdin 从标准输入传入。")
    first = getpass.getpass("密码：")
    if getpass.getpass("再输入一次：") != first:
        raise AccountError("两次输入的密码不一致。")
    return first


def _store(settings: Settings) -> AccountStore:
    return AccountStore.in_index(settings.index_dir)


def has_accounts(settings: Settings) -> bool:
    """Whether the web app will ask for a login because users exist (without creating the database)."""
    return (Path(settings.index_dir) / ACCOUNTS_FILE).is_file() and _store(settings).has_users()


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(settings)
    action: str = args.users_command
    if action == "key":
        return cmd_user_keys(args, store)
    if action == "list":
        users = store.users()
        if args.json:
            rows = [{"name": u.name, "admin": u.admin, "roles": store.roles(u.name)} for u in users]
            print(json.dumps({"users": rows}, ensure_ascii=False, indent=2))
            return 0
        for u in users:
            roles = (
                "全部知识库"
                if u.admin
                else "，".join(f"{kb}：{ROLE_NAMES[r]}" for kb, r in store.roles(u.name).items()) or "无知识库权限"
            )
            print(f"{u.name}\t{'全局管理员' if u.admin else '用户'}\t{roles}")
        print(
            f"共 {len(users)} 个用户（另有 ASSISTANT_AUTH 中的账号，均为全局管理员）。"
            if settings.auth
            else f"共 {len(users)} 个用户。"
        )
        return 0
    done: tuple[ActionName, str, str]
    if action == "add":
        store.add_user(args.name, read_password(args), args.admin)
        done = ("user_add", args.name, f"已添加用户 {args.name}{'（全局管理员）' if args.admin else ''}。")
    elif action == "passwd":
        store.set_password(args.name, read_password(args))
        done = ("passwd", args.name, f"已修改 {args.name} 的密码；其网页会话需重新登录。")
    elif action == "admin":
        store.set_admin(args.name, not args.revoke)
        done = (
            "grant",
            f"{args.name} 全局管理员{'（撤销）' if args.revoke else ''}",
            f"{args.name} {'不再是' if args.revoke else '已成为'}全局管理员。",
        )
    elif action == "remove":
        store.remove_user(args.name)
        done = ("user_remove", args.name, f"已删除用户 {args.name}。")
    elif action == "grant":
        store.grant(args.name, args.kb, args.role)
        done = (
            "grant",
            f"{args.name} {args.kb} {args.role}",
            f"已授予 {args.name} 在“{args.kb}”的{ROLE_NAMES[args.role]}权限。",
        )
    elif action == "revoke":
        removed = store.revoke(args.name, args.kb)
        message = (
            f"已撤销 {args.name} 在“{args.kb}”的权限。" if removed else f"{args.name} 在“{args.kb}”本来就没有权限。"
        )
        done = ("revoke", f"{args.name} {args.kb}", message)
    audit_action, target, message = done
    store.audit(operator(), audit_action, target)
    print(message)
    return 0


def cmd_user_keys(args: argparse.Namespace, store: AccountStore) -> int:
    """`users key add NAME` prints a new key once; `list [NAME]`; `remove ID`."""
    if args.key_command == "add":
        key_id, key = store.add_api_key(args.name, args.label or "")
        store.audit(operator(), "api_key_add", f"{args.name} {key_id}")
        print(key)
        print(
            f"以上是用户 {args.name} 的接口密钥（编号 {key_id}），只显示这一次，请妥善保存。"
            f"它只能查询 {args.name} 有提问权限的知识库。",
            file=sys.stderr,
        )
        return 0
    if args.key_command == "remove":
        user = store.remove_api_key(args.key_id)
        store.audit(operator(), "api_key_remove", f"{user} {args.key_id}")
        print(f"已删除用户 {user} 的接口密钥 {args.key_id}。")
        return 0
    keys = store.api_keys(args.name or "")
    print("\t".join(API_KEY_HEADERS))
    for key in keys:
        print("\t".join(key.row()))
    print(f"共 {len(keys)} 个接口密钥（另有 ASSISTANT_API_KEYS 中的密钥，可查询全部知识库）。")
    return 0


def cmd_kb(args: argparse.Namespace, settings: Settings) -> int:
    store = _store(settings)
    if args.kb_command == "add":
        name = store.add_kb(args.name, args.description or "")
        folder = kb_folder(name, settings.corpus_dir)
        folder.mkdir(parents=True, exist_ok=True)
        store.audit(operator(), "kb_add", name)
        print(f"已新建知识库“{name}”。把文件放到 {folder} 后运行 assistant index，或在网页中上传。")
        return 0
    if args.kb_command == "remove":
        store.remove_kb(args.name)
        store.audit(operator(), "kb_remove", args.name)
        print(
            f"已删除知识库“{args.name}”的登记和授权；文件夹 {kb_folder(args.name, settings.corpus_dir)} 中的文件未删除。"
        )
        return 0
    from assistant.runtime import Runtime  # opening the index only to count documents

    membership = Membership(Runtime.from_settings(settings).kb.documents(), settings.corpus_dir)
    kbs = store.kbs()
    for name in [*kbs, *sorted(membership.names() - set(kbs))]:
        count = len(membership.documents([name]))
        note = kbs.get(name, "（未登记：语料中的文件夹，仅管理员可见）")
        print(f"{name}\t{count} 个文档\t{kb_folder(name, settings.corpus_dir)}\t{note}")
    return 0


def cmd_audit(args: argparse.Namespace, settings: Settings) -> int:
    entries = _store(settings).audit_log(args.limit, args.user or "", args.action or "")
    if args.json:
        print(json.dumps([e.__dict__ for e in entries], ensure_ascii=False, indent=2))
        return 0
    print("\t".join(AUDIT_HEADERS))
    for entry in entries:
        print("\t".join(entry.row()))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register the users / kb / audit subcommands on the main parser."""
    users = sub.add_parser("users", help="网页登录用户与知识库权限（add/list/grant/revoke/remove/passwd）")
    users.set_defaults(func=cmd_users)
    u = users.add_subparsers(dest="users_command", required=True)
    p = u.add_parser("add", help="添加用户（密码在提示中输入两次，或 --password-stdin）")
    p.add_argument("name")
    p.add_argument("--admin", action="store_true", help="全局管理员：管理用户、知识库和全部文档")
    p.add_argument("--password-stdin", action="store_true", help="从标准输入读取一行作为密码")
    p = u.add_parser("list", help="列出用户及其权限")
    p.add_argument("--json", action="store_true")
    p = u.add_parser("grant", help="授予用户在某知识库的角色")
    p.add_argument("name")
    p.add_argument("kb")
    p.add_argument("role", choices=ROLES, help="reader 提问 / editor 上传删除重新索引 / admin 另可授权")
    p = u.add_parser("revoke", help="撤销用户在某知识库的权限")
    p.add_argument("name")
    p.add_argument("kb")
    p = u.add_parser("admin", help="设为全局管理员（--revoke 撤销）")
    p.add_argument("name")
    p.add_argument("--revoke", action="store_true")
    p = u.add_parser("remove", help="删除用户")
    p.add_argument("name")
    p = u.add_parser("passwd", help="修改用户密码")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true")
    keys = u.add_parser("key", help="用户的 OpenAI 兼容接口密钥（add/list/remove），只能查询该用户有权限的知识库")
    k = keys.add_subparsers(dest="key_command", required=True)
    p = k.add_parser("add", help="为用户生成一个接口密钥并显示（只显示一次）")
    p.add_argument("name")
    p.add_argument("--label", help="说明，例如“办公系统”")
    p = k.add_parser("list", help="列出接口密钥（不显示密钥本身）")
    p.add_argument("name", nargs="?", help="只列该用户的")
    p = k.add_parser("remove", help="按编号删除接口密钥")
    p.add_argument("key_id", metavar="ID")

    kb = sub.add_parser("kb", help="知识库（list/add/remove）：语料文件夹下的一个子文件夹")
    kb.set_defaults(func=cmd_kb)
    k = kb.add_subparsers(dest="kb_command", required=True)
    k.add_parser("list", help="列出知识库及文档数")
    p = k.add_parser("add", help="新建知识库（并建立其文件夹）")
    p.add_argument("name")
    p.add_argument("--description", help="说明")
    p = k.add_parser("remove", help="删除知识库的登记和授权（不删除文件）")
    p.add_argument("name")

    p = sub.add_parser("audit", help="查看审计日志（登录、上传、删除、授权）")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--user", help="只看该用户")
    p.add_argument("--action", help="只看该操作，例如 login、upload、delete、grant")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_audit)
