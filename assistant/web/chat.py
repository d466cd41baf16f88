"""Chat turn for the web UI: question + per-session history -> chat messages with sources.

Plain functions over the library (no gradio import), so they are testable without a browser.
The chat display holds HTML for each answer (text, then a numbered, expandable source list);
a separate plain-text history is what the answer pipeline sees for follow-up questions.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from assistant.answer.pipeline import Assistant, render
from assistant.core.schema import Answer, ArticleLink, DiffOp, TextDiff
from assistant.search.retriever import QueryError
from assistant.web.history import Turn
from assistant.web.safe import escape

log = logging.getLogger(__name__)

# Labels shown in the mode switch -> Assistant modes.
MODE_LABELS = {"自动": "auto", "问答": "qa", "起草段落": "draft", "查法规": "lookup"}
DEFAULT_MODE_LABEL = "自动"
EXAMPLE_QUESTIONS = ("上半年讲党课几次？", "报告引用了哪些党内法规？", "起草一段廉政建设情况总结")
MAX_HISTORY_MESSAGES = 12  # the last six exchanges are enough context for a follow-up
STREAM_CURSOR = "▍"
# An answer that arrives whole (extractive mode) is still shown growing, in about this many
# steps cut after punctuation, so that every mode looks and reads alike.
REVEAL_STEPS = 8
REVEAL_BREAK = re.compile(r"(?<=[，。；：！？、\n])")

Message = dict  # {"role": "user" | "assistant", "content": ...}


@dataclass
class ChatState:
    """What one browser session remembers: the plain-text conversation, the last answer, where it is stored."""

    history: list[Message] = field(default_factory=list)
    last_answer: str = ""
    # The last answer itself, for 导出Word; not stored in the history (a reopened conversation exports after its next answer).
    answer: Answer | None = field(default=None, compare=False)
    conversation_id: str = ""  # "" until the first answer is stored in the history


def state_from_turns(turns: list[Turn], conversation_id: str) -> ChatState:
    """The session state of a stored conversation, so that a follow-up continues it."""
    history = [
        m
        for t in turns
        for m in ({"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer_text})
    ]
    last = turns[-1].rendered if turns else ""
    return ChatState(history=history[-MAX_HISTORY_MESSAGES:], last_answer=last, conversation_id=conversation_id)


def display_from_turns(turns: list[Turn]) -> list[Message]:
    return [
        m
        for t in turns
        for m in ({"role": "user", "content": t.question}, {"role": "assistant", "content": t.answer_html})
    ]


def mode_for(label: str | None) -> str:
    return MODE_LABELS.get(label or "", "auto")


def highlight(text: str, quote: str) -> str:
    """Escaped `text` with the first occurrence of `quote` wrapped in <mark>."""
    quote = (quote or "").strip()
    at = text.find(quote) if quote else -1
    if at < 0:
        return escape(text)
    end = at + len(quote)
    return f"{escape(text[:at])}<mark>{escape(text[at:end])}</mark>{escape(text[end:])}"


def where(citation) -> str:
    """Section path and/or 第N条 of a citation, as shown to the user."""
    section = (citation.section or "").strip()
    article = (citation.article or "").strip()
    if article and article not in section:
        section = f"{section} › {article}" if section else article
    return section


def sources_html(answer: Answer) -> str:
    """The numbered source list under an answer; each entry expands to the whole chunk it cites."""
    if not answer.citations:
        return ""
    retrieved = {e.chunk.id: e.chunk for e in answer.retrieved}
    items = []
    for n, c in enumerate(answer.citations, 1):
        loc = where(c)
        chunk = c.chunk or retrieved.get(c.chunk_id)
        full = highlight(chunk.text, c.quote) if chunk else escape("（原文片段已不在知识库中）")
        items.append(
            f'<details class="kb-source" data-n="{n}"><summary>'
            f'<span class="kb-n">〔{n}〕</span><span class="kb-doc">《{escape(c.doc)}》</span>'
            + (f'<span class="kb-loc">{escape(loc)}</span>' if loc else "")
            + f'<span class="kb-quote">“<mark>{escape(c.quote)}</mark>”</span>'
            f'<span class="kb-more">展开原文</span></summary>'
            f'<div class="kb-chunk">{full}</div></details>'
        )
    return f'<div class="kb-sources"><div class="kb-sources-title">来源（{len(items)}）</div>{"".join(items)}</div>'


def reasoning_html(answer: Answer) -> str:
    """The model's thinking (LLM mode, when the model reports it), folded away under 思考过程."""
    reasoning = (getattr(answer, "reasoning", "") or "").strip()
    if not reasoning:
        return ""
    return (
        '<details class="kb-reasoning"><summary>思考过程</summary>'
        f'<div class="kb-reasoning-text">{escape(reasoning)}</div></details>'
    )


def answer_html(answer: Answer) -> str:
    """One assistant message: the answer (or a refusal notice), an optional note, its sources."""
    note = f'<div class="kb-note">说明：{escape(answer.note)}</div>' if answer.note else ""
    if answer.refused:
        return (
            f'<div class="kb-refused"><div class="kb-refused-title">知识库中没有找到答案</div>'
            f"<div>{escape(answer.text)}</div></div>{note}{sources_html(answer)}"
        )
    return f'{reasoning_html(answer)}<div class="kb-answer">{text_html(answer)}</div>{note}{sources_html(answer)}'


def text_html(answer: Answer) -> str:
    """The answer's text, escaped, with revisions' differences marked (<del>/<ins>) and each cross-reference
    (依照本条例第十七条) a link that opens the article in place."""
    spans = {d.text: diff_html(d) for d in answer.diffs if d.text}
    spans.update({link.phrase: link_html(link) for link in answer.links if link.phrase not in spans})
    if not spans:
        return escape(answer.text)
    pattern = re.compile("|".join(re.escape(s) for s in sorted(spans, key=len, reverse=True)))
    pieces, at = [], 0
    for match in pattern.finditer(answer.text):
        pieces += [escape(answer.text[at : match.start()]), spans[match.group(0)]]
        at = match.end()
    return "".join([*pieces, escape(answer.text[at:])])


DIFF_TAGS = {
    "same": ("", ""),
    "deleted": ('<del class="kb-del">', "</del>"),
    "inserted": ('<ins class="kb-ins">', "</ins>"),
}


def diff_html(diff: TextDiff) -> str:
    """变化（由…到…, the legend in the marks themselves）, then the pieces marked."""
    legend = "、".join(marked(op, word) for op, word in (("deleted", "删去"), ("inserted", "新增")))
    return f"变化（{escape(diff.revisions)}，{legend}）：<br>" + "".join(marked(op, piece) for op, piece in diff.pieces)


def marked(op: DiffOp, text: str) -> str:
    return f"{DIFF_TAGS[op][0]}{escape(text)}{DIFF_TAGS[op][1]}"


def link_html(link: ArticleLink) -> str:
    """本条例第十七条 as a link; opened, it shows that article, and how to ask about it further."""
    return (
        f'<details class="kb-xref"><summary>{escape(link.phrase)}</summary>'
        f'<span class="kb-xref-text"><b>《{escape(link.doc)}》{escape(link.label)}</b><br>{escape(link.text)}'
        f'<span class="kb-xref-hint">（可继续问“{escape(link.label)}呢”）</span></span></details>'
    )


def notice_html(message: str) -> str:
    return f'<div class="kb-refused kb-error"><div>{escape(message)}</div></div>'


def _streaming_html(text: str) -> str:
    return f'<div class="kb-answer kb-streaming">{escape(text)}{STREAM_CURSOR}</div>'


def reveal(text: str, steps: int = REVEAL_STEPS) -> list[str]:
    """Growing prefixes of `text`, each ending after punctuation where possible; the last is `text`."""
    pieces = [p for p in REVEAL_BREAK.split(text) if p]
    if len(pieces) < 2:  # one long clause: cut it evenly instead
        size = max(1, -(-len(text) // steps))
        pieces = [text[i : i + size] for i in range(0, len(text), size)]
    group = max(1, -(-len(pieces) // steps))
    return ["".join(pieces[: i + group]) for i in range(0, len(pieces), group)]


def chat_turn(
    assistant: Assistant,
    question: str,
    display: list[Message] | None,
    state: ChatState | None,
    mode_label: str | None = DEFAULT_MODE_LABEL,
    record: Callable[[Turn, str], str] | None = None,
    pace: Callable[[], None] | None = None,
) -> Iterator[tuple[list[Message], ChatState]]:
    """Answer one question; yields (chat display, session state) as the answer grows.

    `display` is what the Chatbot shows (HTML answers); `state.history` is the plain
    conversation handed to the pipeline. Neither is shared between sessions.
    `record(turn, conversation_id)` stores a finished answer and returns the conversation's id;
    `pace()` runs between the steps of an answer revealed piecewise (the web app waits a moment).
    """
    state = state or ChatState()
    question = (question or "").strip()
    if not question:
        return
    shown = [*(display or []), {"role": "user", "content": question}]

    def with_reply(content: str) -> list[Message]:  # a new list per step: earlier snapshots stay intact
        return [*shown, {"role": "assistant", "content": content}]

    yield with_reply(_streaming_html("")), state
    history = state.history[-MAX_HISTORY_MESSAGES:]
    answer: Answer | None = None
    streamed = False
    try:
        for part in assistant.stream(question, history, mode_for(mode_label)):
            if isinstance(part, Answer):
                answer = part
            else:
                streamed = True
                yield with_reply(_streaming_html(part)), state
    except QueryError as exc:
        yield with_reply(notice_html(str(exc))), state
        return
    except Exception as exc:  # the page must stay usable; details go to the log
        log.exception("answering failed")
        yield with_reply(notice_html(f"回答时出错：{exc}。请稍后重试或换一种问法。")), state
        return
    if answer is None:
        yield with_reply(notice_html("没有得到回答，请重试。")), state
        return
    if not streamed and not answer.refused:
        for text in reveal(answer.text)[:-1]:
            yield with_reply(_streaming_html(text)), state
            if pace:
                pace()
    shown_html, rendered = answer_html(answer), render(answer)
    conversation_id = state.conversation_id
    if record:
        stored = Turn(question, mode_for(mode_label), answer.text, shown_html, rendered)
        try:
            conversation_id = record(stored, conversation_id)
        except Exception:  # an unwritable history must not cost the user the answer
            log.exception("storing the conversation failed")
    turn = [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
    history = [*state.history, *turn][-MAX_HISTORY_MESSAGES:]
    new_state = ChatState(history=history, last_answer=rendered, conversation_id=conversation_id, answer=answer)
    yield with_reply(shown_html), new_state


def reset_chat() -> tuple[list[Message], ChatState]:
    return [], ChatState()
