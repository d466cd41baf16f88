"""Gradio's own interface text in Chinese, whatever language the browser asks for.

Gradio picks its built-in strings ("Drop File Here", "Clear", "Submit" …) from the browser's
language (`navigator.language`), on the login page too, where no app config (and so no custom
translation) has been sent yet. `page_head` pins that language to zh-CN before gradio's scripts
run, so gradio's own Chinese table applies everywhere; `GRADIO_ZH` (sent once, for zh-CN only,
with `launch(i18n=...)`) replaces the few of its Chinese strings that read badly for an office.
Text gradio writes without a key (upload refusals, "8/21 steps", the settings panel's theme
buttons) is rewritten in the page by `TRANSLATE_JS`.
"""

from __future__ import annotations

GRADIO_ZH: dict[str, dict[str, str]] = {
    "upload_text": {
        "click_to_upload": "点击选择文件",
        "drop_file": "将文件拖到此处",
        "drop_csv": "将 CSV 文件拖到此处",
        "drop_image": "将图片拖到此处",
        "drop_audio": "将音频拖到此处",
        "drop_video": "将视频拖到此处",
        "drop_gallery": "将文件拖到此处",
        "paste_clipboard": "从剪贴板粘贴",
    },
    "common": {
        "built_with": "构建于",
        "built_with_gradio": "使用 Gradio 构建",
        "clear": "清除",
        "download": "下载",
        "download_all": "全部下载",
        "edit": "编辑",
        "empty": "空",
        "error": "错误",
        "loading": "加载中",
        "or": "或",
        "remove": "移除",
        "settings": "设置",
        "share": "分享",
        "submit": "提交",
        "undo": "撤销",
        "language": "语言",
        "display_theme": "显示主题",
        "progress": "进度",
        "run": "运行",
        "back_to_app": "返回",
        "back_to_app_description": "返回应用",
    },
    "chatbot": {
        "edit": "编辑",
        "retry": "重试",
        "undo": "撤销",
        "submit": "发送",
        "cancel": "取消",
        "like": "赞",
        "dislike": "踩",
        "clear": "清空对话并开始新对话",
        "complete": "完成",
        "copy_message": "复制消息",
        "copied_message": "已复制",
    },
    "file": {"uploading": "正在上传……"},
    "dataframe": {
        "sort_column": "排序",
        "sort_ascending": "升序",
        "sort_descending": "降序",
        "clear_sort": "取消排序",
        "filter": "筛选",
        "clear_filter": "清除筛选",
    },
    "blocks": {
        "connection_can_break": "在手机上，切换到其他页面或锁屏可能使连接中断，需要重新提问。",
        "long_requests_queue": "当前排队的请求较多，请稍候。",
        "lost_connection": "离开页面后连接已断开，正在重新连接……",
        "waiting_for_inputs": "文件还在上传，请等上传完成后再试。",
    },
    "errors": {"use_via_api": "通过 API 使用", "use_via_api_or_mcp": "通过 API 或 MCP 使用"},
    "login": {
        "login": "登录",
        "username": "用户名",
        "password": "密码",
        "incorrect_credentials": "用户名或密码不正确",
        "enable_cookies": "请允许本站使用 Cookie 后再登录。",
    },
}


PAGE_LOCALE = "zh-CN"


def flat_translations() -> dict[str, str]:
    """{"upload_text.drop_file": "将文件拖到此处", …}: flat keys are looked up before gradio's nested ones."""
    return {f"{section}.{key}": text for section, keys in GRADIO_ZH.items() for key, text in keys.items()}


# Messages the gradio frontend builds in English without a translation key: pattern -> Chinese.
# Applied to text in the page as it appears (toasts, upload and progress status, login, settings panel),
# from the first byte of the page on (see page_head).
TRANSLATE_JS = r"""
() => {
  const rules = [
    [/^Invalid file types?: (.*)\. Only (.*) allowed\.$/s, '不支持的文件类型：$1。只接受 $2 文件。'],
    [/^File\(s\) exceed the maximum allowed size of (.*?): (.*)$/s, '文件超过大小上限（$1）：$2'],
    [/^(\d+)\/(\d+) steps$/, '$1/$2 步'],
    [/^Connection errored out\.?$/, '与服务器的连接中断，请刷新页面。'],
    [/^Error$/, '错误'], [/^Warning$/, '提示'], [/^Info$/, '提示'],
    [/^凭据不正确$/, '用户名或密码不正确'],
    // The settings panel's theme buttons; their symbols are dropped (CJK fonts lack ⏾ and 🖥︎).
    [/^\S*\s*Light$/, '浅色'], [/^\S*\s*Dark$/, '深色'], [/^\S*\s*System$/, '跟随系统'],
  ];
  const translate = (node) => {
    const text = node.nodeValue && node.nodeValue.trim();
    if (!text) { return; }
    for (const [pattern, chinese] of rules) {
      if (pattern.test(text)) { node.nodeValue = text.replace(pattern, chinese); return; }
    }
  };
  const walk = (root) => {
    if (root.nodeType === Node.TEXT_NODE) { translate(root); return; }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) { translate(walker.currentNode); }
  };
  new MutationObserver((changes) => {
    for (const change of changes) {
      if (change.type === 'characterData') { translate(change.target); }
      change.addedNodes.forEach(walk);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  walk(document.documentElement);
}
"""
