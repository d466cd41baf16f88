"""The 管理 tab (global admins only): users, their API keys, knowledge bases, grants and the audit log.

Every handler checks the admin role on the server (`Access.require_admin`) before doing
anything; the tab being hidden from other users is only a convenience.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from functools import partial

import gradio as gr

from assistant.accounts.api_keys import API_KEY_HEADERS
from assistant.accounts.audit import AUDIT_HEADERS, ActionName
from assistant.accounts.knowledge_bases import DEFAULT_KB, kb_folder
from assistant.accounts.store import ROLE_NAMES, ROLES
from assistant.core.errors import AssistantError
from assistant.web.access import Access, address_of

USER_HEADERS = ["用户名", "全局管理员", "知识库权限", "创建时间"]
KB_HEADERS = ["知识库", "说明", "文档数", "文件夹"]
GRANT_HEADERS = ["用户", "知识库", "角色"]
ROLE_CHOICES = [(f"{ROLE_NAMES[r]}（{r}）", r) for r in ROLES]
AUDIT_ROWS = 200
VIEW_COUNT = 9  # what `views` returns: four tables, five selectors
GLOBAL_PARTS = 3  # user management, knowledge-base management, audit log: global admins only


def _day(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(ts))


def ok_html(text: str) -> str:
    return f'<div class="kb-admin-ok">{html.escape(text)}</div>'


def error_html(text: str) -> str:
    return f'<div class="kb-refused kb-error">{html.escape(text)}</div>'


class AdminPanel:
    def __init__(self, access: Access):
        self.access = access
        self.store = access.backend.accounts
        self.settings = access.backend.settings

    # ---------- views ----------
    def managed(self, request) -> list[str] | None:
        """The knowledge bases whose grants this user manages; None: all, and users and bases too (global admin)."""
        user = getattr(request, "username", None)
        if self.access.guard.is_admin(user):
            return None
        return self.access.guard.kbs(user, "grant", self.access.membership().names())

    def views(self, request) -> tuple:
        """Users, knowledge bases and grants tables, and the selectors' choices; a knowledge-base
        admin sees only the knowledge bases they manage (and every user's name, to grant to)."""
        managed = self.managed(request)
        shown = (lambda kb: True) if managed is None else (lambda kb: kb in managed)
        users = self.store.users()
        roles = {u.name: {kb: r for kb, r in self.store.roles(u.name).items() if shown(kb)} for u in users}
        user_rows = [
            [
                u.name,
                "是" if u.admin else "",
                "全部" if u.admin else "，".join(f"{kb}：{ROLE_NAMES[r]}" for kb, r in roles[u.name].items()),
                _day(u.created),
            ]
            for u in users
        ]
        user_rows += [[name, "是（ASSISTANT_AUTH）", "全部", ""] for name in self.access.guard.bootstrap]
        membership = self.access.membership()
        kbs = self.store.kbs()
        described = {**kbs, **{k: "（未登记：语料中的文件夹）" for k in sorted(membership.names() - set(kbs))}}
        kb_rows = [
            [k, d, len(membership.documents([k])), str(kb_folder(k, self.settings.corpus_dir))]
            for k, d in described.items()
            if shown(k)
        ]
        grant_rows = [[u, kb, ROLE_NAMES[r]] for u, kb, r in self.store.grants() if shown(kb)]
        names = [u.name for u in users]
        grantable = [k for k in kbs if shown(k)]
        removable = [k for k in kbs if k != DEFAULT_KB] if managed is None else []
        keys = self.store.api_keys() if managed is None else []
        return (
            user_rows,
            kb_rows,
            grant_rows,
            gr.update(choices=names, value=None),
            gr.update(choices=names, value=None),
            gr.update(choices=grantable, value=None),
            gr.update(choices=removable, value=None),
            [key.row() for key in keys],
            gr.update(
                choices=[(f"{k.id}（{k.user}{'，' + k.label if k.label else ''}）", k.id) for k in keys], value=None
            ),
        )

    def show(self, request: gr.Request):
        """On page load: the tab for global and knowledge-base admins (user and knowledge-base management
        for global admins only); for anyone else it stays hidden (no audit entry)."""
        managed = self.managed(request)
        if managed == []:
            return (gr.update(visible=False), *([gr.update()] * VIEW_COUNT), gr.update(), *[gr.update()] * GLOBAL_PARTS)
        rows = [e.row() for e in self.store.audit_log(AUDIT_ROWS)] if managed is None else []
        global_only = gr.update(visible=managed is None)
        return (gr.update(visible=True), *self.views(request), rows, *[global_only] * GLOBAL_PARTS)

    def audit_rows(self, request: gr.Request) -> list[list[str]]:
        try:
            self.access.require_admin(request)
        except AssistantError:
            return []
        return [e.row() for e in self.store.audit_log(AUDIT_ROWS)]

    def _run(
        self,
        request: gr.Request,
        action: ActionName,
        target: str,
        work: Callable[[], str],
        check: Callable[[gr.Request], str | None] | None = None,
    ) -> tuple:
        """Check (global admin unless `check` says otherwise), do `work()` (it returns the success
        message), audit it; the message and fresh views."""
        try:
            actor = (check or self.access.require_admin)(request)
        except AssistantError as exc:
            return (error_html(str(exc)), *[gr.update()] * VIEW_COUNT)
        try:
            message = work()
        except AssistantError as exc:
            return (error_html(str(exc)), *self.views(request))
        self.store.audit(actor or "", action, target, address=address_of(request))
        return (ok_html(message), *self.views(request))

    # ---------- actions ----------
    def add_user(self, name: str, password: str, admin: bool, request: gr.Request):
        def work() -> str:
            user = self.store.add_user(name, password or "", bool(admin))
            message = (
                f"已添加用户 {user.name}" + ("（全局管理员）" if user.admin else "，请再为其授予知识库权限") + "。"
            )
            if not self.access.guard.login_required:
                message += "网页目前未启用登录：重新启动服务后，所有人都需要登录。"
            return message

        return self._run(request, "user_add", (name or "").strip(), work)

    def remove_user(self, name: str, request: gr.Request):
        def work() -> str:
            if not name:
                raise AssistantError("请先选择用户。")
            if name == getattr(request, "username", None):
                raise AssistantError("不能删除自己正在使用的账号。")
            self.store.remove_user(name)
            return f"已删除用户 {name}，其登录会话随即失效。"

        return self._run(request, "user_remove", name or "", work)

    def admin_flag(self, name: str, request: gr.Request) -> bool:
        """The 全局管理员 checkbox for the picked user (global admins only)."""
        if not self.access.guard.is_admin(getattr(request, "username", None)):
            return False
        user = self.store.user(name) if name else None
        return bool(user and user.admin)

    def set_admin(self, name: str, admin: bool, request: gr.Request):
        def work() -> str:
            if not name:
                raise AssistantError("请先选择用户。")
            if name == getattr(request, "username", None) and not admin:
                raise AssistantError("不能取消自己的全局管理员身份（以免没有人能管理）。")
            self.store.set_admin(name, bool(admin))
            return f"{name} {'已成为' if admin else '不再是'}全局管理员。"

        return self._run(request, "grant", f"{name} 全局管理员{'' if admin else '（撤销）'}", work)

    def set_password(self, name: str, password: str, request: gr.Request):
        def work() -> str:
            if not name:
                raise AssistantError("请先选择用户。")
            self.store.set_password(name, password or "")
            return f"已修改 {name} 的密码，其已登录的会话需重新登录。"

        return self._run(request, "passwd", name or "", work)

    def grant(self, name: str, kb: str, role: str, request: gr.Request):
        def work() -> str:
            if not name or not kb:
                raise AssistantError("请先选择用户和知识库。")
            self.store.grant(name, kb, role)
            return f"已授予 {name} 在知识库“{kb}”的{ROLE_NAMES.get(role, role)}权限。"

        role = role or "reader"
        check = partial(self.access.require_grant, kb=kb or "", role=role)
        return self._run(request, "grant", f"{name} {kb} {role}", work, check)

    def revoke(self, name: str, kb: str, request: gr.Request):
        def work() -> str:
            if not name or not kb:
                raise AssistantError("请先选择用户和知识库。")
            if not self.store.revoke(name, kb):
                return f"{name} 在知识库“{kb}”本来就没有权限。"
            return f"已撤销 {name} 在知识库“{kb}”的权限。"

        # Revoking an admin is making one: a knowledge-base admin may only revoke readers and editors.
        held = self.store.roles(name or "").get(kb or "", "reader") if name and self.store.user(name) else "reader"
        check = partial(self.access.require_grant, kb=kb or "", role=held)
        return self._run(request, "revoke", f"{name} {kb}", work, check)

    def add_api_key(self, name: str, label: str, request: gr.Request):
        """A new key of the picked user, shown once (the last output); the database keeps only its hash."""
        made: list[str] = []

        def work() -> str:
            if not name:
                raise AssistantError("请先选择用户。")
            key_id, key = self.store.add_api_key(name, label or "")
            made.append(key)
            return (
                f"已为 {name} 生成接口密钥（编号 {key_id}）。密钥只显示这一次，请立即复制保存；"
                f"它只能查询 {name} 有提问权限的知识库。"
            )

        result = self._run(request, "api_key_add", name or "", work)
        return (*result, made[0] if made else "")

    def remove_api_key(self, key_id: str, request: gr.Request):
        def work() -> str:
            if not key_id:
                raise AssistantError("请先选择要删除的密钥。")
            user = self.store.remove_api_key(key_id)
            return f"已删除 {user} 的接口密钥 {key_id}，使用它的程序将无法再调用接口。"

        return self._run(request, "api_key_remove", key_id or "", work)

    def add_kb(self, name: str, description: str, request: gr.Request):
        def work() -> str:
            added = self.store.add_kb(name, description or "")
            folder = kb_folder(added, self.settings.corpus_dir)
            folder.mkdir(parents=True, exist_ok=True)
            return f"已新建知识库“{added}”，文件放在 {folder}。"

        return self._run(request, "kb_add", (name or "").strip(), work)

    def remove_kb(self, name: str, request: gr.Request):
        def work() -> str:
            if not name:
                raise AssistantError("请先选择知识库。")
            self.store.remove_kb(name)
            return f"已删除知识库“{name}”的登记和授权；文件夹中的文件未删除，仍只有管理员能看到。"

        return self._run(request, "kb_remove", name or "", work)

    # ---------- layout ----------
    def build(self) -> gr.Tab:
        """The tab, hidden until `show` finds an admin; call inside gr.Tabs()."""
        with gr.Tab("管理", id="admin", visible=False, elem_id="kb-admin-tab") as tab:
            message = gr.HTML(elem_id="kb-admin-msg")
            with gr.Row():
                with gr.Column(scale=3):
                    users = gr.Dataframe(
                        headers=USER_HEADERS, interactive=False, wrap=True, label="用户", elem_id="kb-admin-users"
                    )
                with gr.Column(scale=2) as manage_users:
                    with gr.Accordion("添加用户", open=True):
                        new_name = gr.Textbox(label="用户名", elem_id="kb-admin-new-user")
                        new_password = gr.Textbox(
                            label="初始密码（至少 8 位）", type="password", elem_id="kb-admin-new-password"
                        )
                        new_admin = gr.Checkbox(label="全局管理员（管理用户和全部知识库）", value=False)
                        add_user = gr.Button("添加用户", variant="primary", elem_id="kb-admin-add-user")
                    with gr.Accordion("修改密码 / 删除用户", open=False):
                        pick_user = gr.Dropdown(label="用户", choices=[], elem_id="kb-admin-pick-user")
                        reset_password = gr.Textbox(label="新密码", type="password")
                        with gr.Row():
                            passwd = gr.Button("修改密码", size="sm")
                            remove_user = gr.Button("删除用户", variant="stop", size="sm")
                        is_admin = gr.Checkbox(label="全局管理员", value=False)
                        set_admin = gr.Button("保存全局管理员设置", size="sm")
                    with gr.Accordion("接口密钥（OpenAI 兼容接口，按用户权限回答）", open=False):
                        key_label = gr.Textbox(label="密钥说明（可选）", placeholder="例如：办公系统")
                        add_key = gr.Button("为上面所选用户生成密钥", size="sm", elem_id="kb-admin-add-key")
                        new_key = gr.Textbox(
                            label="新密钥（只显示这一次，请复制保存）",
                            interactive=False,
                            buttons=["copy"],
                            elem_id="kb-admin-new-key",
                        )
                        keys = gr.Dataframe(
                            headers=API_KEY_HEADERS, interactive=False, wrap=True, elem_id="kb-admin-keys"
                        )
                        key_pick = gr.Dropdown(label="要删除的密钥", choices=[], elem_id="kb-admin-key-pick")
                        remove_key = gr.Button("删除密钥", variant="stop", size="sm")
            with gr.Row():
                with gr.Column(scale=3):
                    grants = gr.Dataframe(
                        headers=GRANT_HEADERS, interactive=False, wrap=True, label="授权", elem_id="kb-admin-grants"
                    )
                with gr.Column(scale=2):
                    grant_user = gr.Dropdown(label="用户", choices=[], elem_id="kb-admin-grant-user")
                    grant_kb = gr.Dropdown(label="知识库", choices=[], elem_id="kb-admin-grant-kb")
                    role = gr.Radio(ROLE_CHOICES, value="reader", label="角色", elem_id="kb-admin-role")
                    with gr.Row():
                        grant = gr.Button("授权", variant="primary", size="sm", elem_id="kb-admin-grant")
                        revoke = gr.Button("撤销", size="sm", elem_id="kb-admin-revoke")
            with gr.Row():
                with gr.Column(scale=3):
                    kbs = gr.Dataframe(
                        headers=KB_HEADERS,
                        interactive=False,
                        wrap=True,
                        label="知识库",
                        elem_id="kb-admin-kbs",
                        column_widths=["18%", "34%", "12%", "36%"],  # the folder path wraps in view
                    )
                with gr.Column(scale=2) as manage_kbs:
                    kb_name = gr.Textbox(label="新知识库名称", placeholder="例如：第一支部", elem_id="kb-admin-kb-name")
                    kb_description = gr.Textbox(label="说明（可选）")
                    with gr.Row():
                        add_kb = gr.Button("新建知识库", size="sm", elem_id="kb-admin-add-kb")
                    remove_pick = gr.Dropdown(label="要删除的知识库", choices=[])
                    remove_kb = gr.Button("删除知识库登记", variant="stop", size="sm")
            with gr.Accordion("审计日志（最近 200 条）", open=True) as audit_box:
                audit = gr.Dataframe(headers=AUDIT_HEADERS, interactive=False, wrap=True, elem_id="kb-admin-audit")
                refresh_audit = gr.Button("刷新日志", size="sm")
        views = [users, kbs, grants, pick_user, grant_user, grant_kb, remove_pick, keys, key_pick]
        out = [message, *views]
        private = {"api_visibility": "private"}
        add_user.click(self.add_user, [new_name, new_password, new_admin], out, **private)
        passwd.click(self.set_password, [pick_user, reset_password], out, **private)
        remove_user.click(self.remove_user, [pick_user], out, **private)
        set_admin.click(self.set_admin, [pick_user, is_admin], out, **private)
        pick_user.change(self.admin_flag, [pick_user], is_admin, **private)
        grant.click(self.grant, [grant_user, grant_kb, role], out, **private)
        revoke.click(self.revoke, [grant_user, grant_kb], out, **private)
        add_kb.click(self.add_kb, [kb_name, kb_description], out, **private)
        remove_kb.click(self.remove_kb, [remove_pick], out, **private)
        add_key.click(self.add_api_key, [pick_user, key_label], [*out, new_key], **private)
        remove_key.click(self.remove_api_key, [key_pick], out, **private)
        refresh_audit.click(self.audit_rows, None, audit, **private)
        self.outputs = [tab, *views, audit, manage_users, manage_kbs, audit_box]
        return tab
