"""条例第N条呢 after a turn asking 是第几条规定 that was left unanswered: 第几条规定 is no regulation's name."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import history_of
from tests.answer.regulation_fixtures import all_regulations
from tests.answer.support import FakeSource

REFUSED = "知识库中没有找到能回答这个问题的内容。为避免误导，不作推测。"


def test_no_title_is_made_of_the_words_of_a_question_left_unanswered():
    history = history_of(("在会上打瞌睡怎么处理？最重是第几条规定？", REFUSED))
    for follow_up in ("条例第四十条呢？", "那条例第三十八条呢？"):
        answer = Assistant(FakeSource(*all_regulations())).ask(follow_up, history)
        assert "第几条规定》" not in answer.text and "最重" not in answer.resolved_question, follow_up


def test_the_regulation_a_named_turn_gave_is_kept():
    history = history_of("《中国共产党机关效能监督条例（2024年修订）》第七条讲了什么？")
    answer = Assistant(FakeSource(*all_regulations())).ask("条例第三十条呢？", history)
    assert "共13条" in answer.text and "没有第三十条" in answer.text
