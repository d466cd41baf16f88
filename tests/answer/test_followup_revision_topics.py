"""这条 in another revision is the article of the conversation's last topic: an earlier topic's counterpart is not
it; 对应的是第几条 points at that article; 两个版本这一条 compares it with its counterpart."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve

NEW = "《某某市机关效能问责办法（2024年修订）》"
OLD = "《某某市机关效能问责办法（2019年修订）》"


def resolved(turns: list[tuple[str, str]], question: str) -> str:
    history: list[dict] = []
    for asked, answer in turns:
        history += [{"role": "user", "content": asked}, {"role": "assistant", "content": answer}]
    return resolve(question, conversation_state(history)).question


# A topic, its old counterpart (旧版呢), then a new topic asked of the current revision.
TWO_TOPICS = [
    ("窗口人员上班玩手机，按新办法怎么处理？", f"依据{NEW}第二十一条：\n第二十一条 某某。〔1〕"),
    ("旧版呢？是第几条？", f"依据{OLD}：\n第十八条　某某。〔1〕"),
    ("推诿扯皮、敷衍群众的呢？按新办法。", f"依据{NEW}第二十六条：\n第二十六条 某某。〔1〕"),
]


@pytest.mark.parametrize("question", ["旧版这条是怎么写的？", "2019年版这一条怎么规定的", "老版里该条是啥"])
def test_this_article_in_the_old_revision_is_the_last_topics_counterpart(question):
    asked = resolved(TWO_TOPICS, question)
    assert "第二十六条对应" in asked and "第十八条" not in asked, asked


def test_the_counterpart_asked_within_the_same_topic_is_still_used():
    asked = resolved(TWO_TOPICS[:2], "旧版这一条在哪一章")
    assert asked == f"{OLD}第十八条在哪一章", asked


@pytest.mark.parametrize("question", ["2019年版里对应的是第几条？", "旧版中相对应的是哪一条", "老版里对应的是哪条"])
def test_the_corresponding_article_in_a_revision_is_found_by_content(question):
    turns = [
        ("效能问责办法里擅自离岗是第几条？", f"依据{NEW}第三十条：擅自离岗某某〔1〕。"),
        ("情节严重的呢？", f"依据{NEW}第三十条：\n第三十条 某某。〔1〕"),
    ]
    asked = resolved(turns, question)
    assert "与2024年版第三十条对应的是哪一条" in asked, asked


@pytest.mark.parametrize("question", ["两个版本这一条适用对象有啥不一样？", "新旧两版这条处分有什么区别"])
def test_both_revisions_of_this_article_are_compared_though_no_regulation_was_named(question):
    turns = [
        ("那泄露评审信息，现行办法是第几条？", f"依据{NEW}第四十二条：\n第四十二条 某某。〔1〕"),
        ("2019年版呢？", f"依据{OLD}第三十七条：领导干部泄露某某〔1〕。"),
    ]
    asked = resolved(turns, question)
    assert asked.startswith(f"{OLD}第三十七条跟新版对应的那条比"), asked
