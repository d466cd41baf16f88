"""A script at the top of every gradio page: Chinese from the first paint, the login page included.

Gradio chooses its interface language from `navigator.language` when its scripts start, before
any app config (and, on the login page, without one at all). The only place that runs earlier is
the page's own HTML, so `ChinesePage`, an ASGI middleware, adds one inline script right after
`<head>` of the HTML gradio serves. The script
- pins the browser language to zh-CN for gradio (its built-in Chinese strings, then `GRADIO_ZH`);
- rewrites the English text gradio writes without a translation key (`TRANSLATE_JS`);
- shows on the login form why a login was refused when gradio's form says nothing: it shows a
  message only for 400 (wrong password), not for the backoff's 429 or the foreign-origin 403.
"""

from __future__ import annotations

import json

from assistant.web.ui_strings import PAGE_LOCALE, TRANSLATE_JS

LOGIN_NOTICE_ID = "kb-login-notice"

HEAD_SCRIPT = f"""
(() => {{
  const locale = {json.dumps(PAGE_LOCALE)};
  Object.defineProperty(navigator, 'language', {{ get: () => locale }});
  Object.defineProperty(navigator, 'languages', {{ get: () => [locale] }});
  ({TRANSLATE_JS})();
  const showLoginRefusal = (text) => {{
    const form = document.querySelector('input[type=password]')?.closest('.form, form, .block');
    if (!form) {{ return; }}
    let notice = document.getElementById({json.dumps(LOGIN_NOTICE_ID)});
    if (!notice) {{
      notice = document.createElement('p');
      notice.id = {json.dumps(LOGIN_NOTICE_ID)};
      notice.setAttribute('role', 'alert');
      notice.style.cssText = 'color:#b91c1c;margin:.5em 0;';
      form.parentElement.insertBefore(notice, form);
    }}
    notice.textContent = text;
  }};
  const nativeFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {{
    const response = await nativeFetch(input, init);
    const url = String(input && input.url ? input.url : input);
    if (/\\/login\\/?$/.test(url) && (response.status === 429 || response.status === 403)) {{
      response.clone().json().then((body) => showLoginRefusal(String(body.detail || ''))).catch(() => {{}});
    }}
    return response;
  }};
}})();
"""

HEAD_TAG = b"<head>"


def with_head_script(html: bytes) -> bytes:
    """The page with HEAD_SCRIPT as the first thing in its <head> (unchanged if it has none)."""
    script = f"<script>{HEAD_SCRIPT}</script>".encode()
    at = html.find(HEAD_TAG)
    if at < 0:
        return html
    at += len(HEAD_TAG)
    return html[:at] + script + html[at:]


class ChinesePage:
    """Adds HEAD_SCRIPT to the HTML pages gradio serves (the app and its login page)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET":
            return await self.app(scope, receive, send)
        start: dict | None = None
        body = b""

        async def rewrite(message):
            nonlocal start, body
            if message["type"] == "http.response.start":
                headers = {k.lower(): v for k, v in message.get("headers", [])}
                html = headers.get(b"content-type", b"").startswith(b"text/html")
                if html and b"content-encoding" not in headers:
                    start = message  # held back until the whole page is here (its length changes)
                    return
                return await send(message)
            if start is None or message["type"] != "http.response.body":
                return await send(message)
            body += message.get("body", b"")
            if message.get("more_body"):
                return
            page = with_head_script(body)
            headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
            headers.append((b"content-length", str(len(page)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, rewrite)
