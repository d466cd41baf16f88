"""开会前 / 开完会 after a question about a meeting refer to that meeting."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand


def resolved(first: str, second: str) -> str:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "（回答）"}]
    return understand(second, history).question


@pytest.mark.parametrize(
    ("first", "second", "meeting", "when"),
    [
        ("红枫社区2024年度民主生活会定在哪天开？", "开会前要做哪些准备？", "民主生活会", "会前"),
        ("青禾村党支部2024年组织生活会什么时候召开？", "开完会要交什么材料？", "组织生活会", "会后"),
        ("水利局机关党支部支委会多久开一次？", "会后要形成什么记录？", "支委会", "会后"),
    ],
)
def test_the_meeting_is_the_last_turns(first, second, meeting, when):
    question = resolved(first, second)
    assert meeting in question and when in question


def test_a_turn_naming_its_own_meeting_is_left_alone():
    question = resolved("红枫社区2024年度民主生活会定在哪天开？", "组织生活会开会前要做哪些准备？")
    assert "民主生活会" not in question


def after_answer(first: str, answer: str, second: str) -> str:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer}]
    return understand(second, history).question


@pytest.mark.parametrize(
    ("first", "answer", "second", "name"),
    [
        ("红石县水利局党组书记是谁？", "局党组书记、局长郑海燕主持全面工作〔1〕。", "他讲了几次党课？", "郑海燕"),
        ("丰源村述职的是谁", "述职人：欧阳明〔1〕", "她自己说存在哪些问题？", "欧阳明"),
        ("青禾医院2024年民主生活会谁主持的？", "会议由何志明主持〔1〕。", "他作了几次发言", "何志明"),
    ],
)
def test_he_or_she_is_the_person_the_last_answer_named(first, answer, second, name):
    assert name in after_answer(first, answer, second)


def test_he_after_a_refusal_or_a_non_who_question_names_no_one():
    refused = "知识库中没有找到能回答这个问题的内容。为避免误导，不作推测。"
    assert "郑海燕" not in after_answer("红石县水利局党组书记是谁？", refused, "他讲了几次党课？")
    assert "郑海燕" not in after_answer(
        "红石县水利局开了几次党组会？", "局党组书记、局长郑海燕主持党组会12次〔1〕。", "他讲了几次党课？"
    )


@pytest.mark.parametrize(
    ("first", "second", "topic"),
    [
        ("丰源村组织生活会后要报送哪些材料？", "几天内报？", "报送"),
        ("青禾医院整改台账要交给谁？", "多少个工作日以内交？", "整改台账"),
    ],
)
def test_a_later_part_asking_only_a_deadline_takes_the_first_parts_topic(first, second, topic):
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "（回答）"}]
    assert topic in understand(second, history, within_question=True).question


@pytest.mark.parametrize(
    ("first", "topic"),
    [("周明远2024年自己说存在哪些问题？", "周明远2024年存在问题"), ("丰源村党建还存在哪些短板？", "存在")],
)
def test_a_drafted_topic_keeps_its_words(first, topic):
    assert topic in resolved(first, "把上面的写成一段总结")
