"""How the page looks and behaves in the browser beyond gradio's defaults: system fonts (nothing fetched from the
internet), the answer and knowledge-base styles, the copy button's and the page's scripts.
"""

from __future__ import annotations

import gradio as gr

# System fonts only (Noto CJK on Linux, YaHei on Windows): nothing is fetched from the internet.
FONTS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "ui-sans-serif", "sans-serif"]
NO_MATH: list = []  # document text with $$…$$ stays text: no LaTeX rendering anywhere

MONO_FONTS = ["Noto Sans Mono CJK SC", "ui-monospace", "Consolas", "monospace"]

CSS = """
.kb-answer { white-space: normal; line-height: 1.7; }
.kb-streaming { opacity: .85; }
.kb-refused { border-left: 4px solid #d97706; background: #fffbeb; color: #78350f; padding: .5em .8em; border-radius: 4px; }
.kb-refused-title { font-weight: 600; margin-bottom: .2em; }
.kb-error { border-left-color: #b91c1c; background: #fef2f2; color: #7f1d1d; }
.kb-note { font-size: .85em; color: #6b7280; margin-top: .4em; }
.kb-sources { margin-top: .7em; border-top: 1px solid #e5e7eb; padding-top: .4em; font-size: .9em; }
.kb-sources-title { font-weight: 600; color: #6b7280; margin-bottom: .2em; }
.kb-source { margin: .25em 0; }
.kb-source summary { cursor: pointer; list-style-position: outside; }
.kb-source .kb-n { color: #b91c1c; font-weight: 600; }
.kb-source .kb-doc { font-weight: 600; }
.kb-source .kb-loc { color: #4b5563; margin: 0 .4em; }
.kb-source .kb-quote { display: block; margin-left: 1.6em; }
.kb-source .kb-more { font-size: .8em; color: #2563eb; margin-left: 1.6em; }
.kb-source[open] .kb-more { display: none; }
.kb-source mark { background: #fde68a; color: inherit; padding: 0 .1em; }
.kb-chunk { margin: .3em 0 .5em 1.6em; padding: .5em .7em; background: #f9fafb; border: 1px solid #e5e7eb; border-radius: 4px; line-height: 1.7; }
#kb-confirm { border: 1px solid #d97706; }
del.kb-del { background: #fee2e2; color: #991b1b; text-decoration: line-through; }
ins.kb-ins { background: #dcfce7; color: #166534; text-decoration: underline; }
details.kb-xref { display: inline; }
details.kb-xref > summary { display: inline; cursor: pointer; color: #2563eb; text-decoration: underline dotted; list-style: none; }
details.kb-xref > summary::-webkit-details-marker { display: none; }
details.kb-xref:not([open])::details-content { display: none; }
.kb-xref-text { display: block; margin: .3em 0 .5em 1.2em; padding: .4em .7em; background: #eff6ff; border-left: 3px solid #93c5fd; border-radius: 4px; }
.kb-xref-hint { display: block; font-size: .85em; color: #6b7280; }
.kb-reasoning { margin-bottom: .5em; font-size: .9em; color: #4b5563; }
.kb-reasoning summary { cursor: pointer; color: #6b7280; }
.kb-reasoning-text { border-left: 3px solid #e5e7eb; padding-left: .7em; margin-top: .3em; }
#kb-history { max-height: 60vh; overflow-y: auto; }
#kb-history label { width: 100%; justify-content: flex-start; }
#kb-history label span { white-space: normal; line-height: 1.4; }
#kb-docs th span, #kb-results th span { white-space: nowrap; }
/* The 管理 tab's tables: short headers (文档数) on one line; a long folder path wraps instead of being cut off. */
[id^="kb-admin-"] th span { white-space: nowrap; }
[id^="kb-admin-"] td { overflow-wrap: anywhere; }
/* The upload's label (the accepted types) wraps on a phone instead of running off the screen. */
#kb-upload [data-testid="block-label"], #kb-upload [data-testid="block-label"] * {
  white-space: normal; max-width: 100%; height: auto;
}
/* The footer's 设置 panel: of its sections only the display theme means something for this offline app
   (page_head fixes the language; screen recording, PWA and gradio's run history are not offered). */
.banner-wrap:has(.record-button), .banner-wrap:has(code), .banner-wrap.history-section,
.banner-wrap:has(input[aria-label="Language"]) { display: none !important; }
div:has(> .banner-wrap) .title > .url { display: none; }  /* the page's own address, under the close button on a phone */
@media (max-width: 640px) {
  #kb-header h2 { font-size: 1.2em; margin: .2em 0; }
  #kb-examples button { flex: 1 1 100%; }
}
"""

COPY_JS = """
(text) => {
  if (!text) { return []; }
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand('copy'); } finally { area.remove(); }
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).catch(fallback);
  } else { fallback(); }
  return [];
}
"""

# On load (gradio's English text is rewritten by page_head): the sidebar toggle labelled in Chinese; a
# phone opens at the top (title and tabs) with the history sidebar closed; on a desktop the cursor
# waits in the question box (autofocus scrolled phones).
PAGE_JS = """
() => {
  document.querySelectorAll('button[aria-label="Toggle Sidebar"]').forEach((b) => {
    b.setAttribute('aria-label', '展开或收起侧栏'); b.title = '展开或收起侧栏';
  });
  const wide = window.matchMedia('(min-width: 768px)').matches;
  const sidebar = document.querySelector('#kb-sidebar');
  if (!wide && sidebar && sidebar.classList.contains('open')) {
    sidebar.querySelector('.toggle-button')?.click();
  }
  if (wide) {
    document.querySelector('#kb-question textarea')?.focus({ preventScroll: true });
  }
  window.scrollTo(0, 0);
}
"""


def theme() -> gr.themes.Base:
    return gr.themes.Default(primary_hue="red", neutral_hue="slate", font=FONTS, font_mono=MONO_FONTS)
