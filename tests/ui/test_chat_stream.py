"""The chat turn: answers shown growing in every mode, reasoning folded away, storage never costs the answer."""

from __future__ import annotations

from assistant.core.schema import Answer, Citation
from assistant.web.chat import STREAM_CURSOR, ChatState, answer_html, chat_turn, reveal
from assistant.web.safe import escape

ANSWER = "共讲党课8次：党委班子成员讲党课5次，党支部书记讲党课3次〔1〕。下一步，将持续丰富党课形式〔1〕。"


def answer(text: str = ANSWER, **extra) -> Answer:
    return Answer(text, "fact", citations=[Citation("c1", "报告", "", None, "讲党课5次")], **extra)


class Extractive:
    """Yields only the finished Answer, as the default (no LLM) pipeline does."""

    def __init__(self, final: Answer):
        self.final = final

    def stream(self, question, history, mode):
        yield self.final


class Streaming(Extractive):
    """Yields growing text first, as the LLM pipeline does."""

    def stream(self, question, history, mode):
        yield "共讲党课"
        yield "共讲党课8次"
        yield self.final


def streamed_texts(steps) -> list[str]:
    return [d[-1]["content"] for d, _ in steps if STREAM_CURSOR in d[-1]["content"]]


def test_reveal_grows_to_the_whole_text_cut_after_punctuation():
    steps = reveal(ANSWER)
    assert 3 <= len(steps) <= 8 and steps[-1] == ANSWER
    assert all(a and ANSWER.startswith(a) for a in steps)
    assert all(len(a) < len(b) for a, b in zip(steps, steps[1:]))
    assert all(s[-1] in "，。；：" for s in steps[:-1])
    unbroken = reveal("党" * 50)
    assert unbroken[-1] == "党" * 50 and len(unbroken) > 2
    assert reveal("短") == ["短"]


def test_an_extractive_answer_is_shown_growing_with_pauses():
    pauses = []
    steps = list(chat_turn(Extractive(answer()), "上半年讲党课几次？", [], ChatState(), pace=lambda: pauses.append(1)))
    texts = streamed_texts(steps)
    assert len(texts) >= 3 and len(pauses) == len(texts) - 1  # the empty placeholder, then the reveal steps
    lengths = [len(t) for t in texts]
    assert lengths == sorted(lengths) and len(set(lengths)) == len(lengths)
    final = steps[-1][0][-1]["content"]
    assert STREAM_CURSOR not in final and "kb-sources" in final


def test_a_streamed_llm_answer_is_not_revealed_twice():
    steps = list(chat_turn(Streaming(answer()), "上半年讲党课几次？", [], ChatState(), pace=lambda: None))
    assert [t.count("共讲党课") for t in streamed_texts(steps)[1:]] == [1, 1]
    assert len(streamed_texts(steps)) == 3  # placeholder + two streamed parts


def test_a_refusal_is_shown_at_once():
    refusal = Answer("知识库中没有找到相关内容。", "refuse", refused=True)
    steps = list(chat_turn(Extractive(refusal), "今天天气？", [], ChatState()))
    assert len(steps) == 2 and "kb-refused" in steps[-1][0][-1]["content"]


def test_reasoning_is_folded_under_its_own_heading_and_escaped():
    shown = answer_html(answer(ANSWER))
    assert "思考过程" not in shown
    thinking = answer(ANSWER)
    thinking.reasoning = "先找<img src=x onerror=alert(1)>\n再数 $$x$$"  # set as the LLM helper's field will be
    shown = answer_html(thinking)
    assert shown.startswith('<details class="kb-reasoning"><summary>思考过程</summary>')
    assert escape("先找<img src=x onerror=alert(1)>") in shown and "<img" not in shown and "$$" not in shown
    assert shown.index("kb-reasoning") < shown.index("kb-answer")


def test_storage_failure_keeps_the_answer():
    def broken(turn, conversation_id):
        raise OSError("disk full")

    *_, (display, state) = chat_turn(Extractive(answer()), "上半年讲党课几次？", [], ChatState(), record=broken)
    assert "kb-sources" in display[-1]["content"] and state.history[-1]["content"] == ANSWER
    assert state.conversation_id == ""


def test_stored_turn_is_what_was_shown():
    stored = []

    def record(turn, conversation_id):
        stored.append((turn, conversation_id))
        return "c-1"

    *_, (display, state) = chat_turn(Extractive(answer()), "上半年讲党课几次？", [], ChatState(), "查法规", record)
    ((turn, given),) = stored
    assert given == "" and state.conversation_id == "c-1"
    assert turn.answer_html == display[-1]["content"] and turn.mode == "lookup"
    assert turn.answer_text == ANSWER and turn.rendered == state.last_answer
