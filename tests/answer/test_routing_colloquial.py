"""Lists asked colloquially (打算做什么, 干点啥, 有什么短板) are routed as lists; who/what facts are not."""

from __future__ import annotations

import pytest

from assistant.answer.routing import route


@pytest.mark.parametrize(
    "question",
    [
        "青禾县医院明年打算做什么？",
        "县水利局机关党委下半年准备干点啥？",
        "红枫社区党委下一步要做什么",
        "周明远2024年抓党建主要干了些啥？",
        "云岭乡党建有什么短板",
    ],
)
def test_colloquial_list_questions(question):
    assert route(question) == "list"


@pytest.mark.parametrize("question", ["他做什么工作", "医院党委书记叫啥", "党课讲了什么内容"])
def test_fact_questions_stay_facts(question):
    assert route(question) == "fact"
