"""这些都是谁 after 党委有几个委员: the members one sentence names beside their roles, those listed after one
holder sharing the role (委员甲、乙), when the size the report states before the group (由6名委员组成) is reached."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource

FORESTRY = "云溪县林业局机关党委2024年度党建工作总结"
FORESTRY_TEXT = f"""{FORESTRY}
一、基层组织建设
局机关党委由6名委员组成：书记韩立军（局党组成员、副局长），专职副书记苏婉清，组织委员钱国栋，宣传委员周雨桐，委员郑海峰、陆文静。全年召开党委会12次。
"""
CLINIC = "桐岭镇卫生院党支部2024年度工作总结"
CLINIC_TEXT = f"""{CLINIC}
一、组织建设
支部委员会由5名委员组成，书记范志远，副书记温若兰，组织委员石宏伟，委员顾晓峰、贺明月。
"""
MEMBERS = {
    FORESTRY: ["韩立军", "苏婉清", "钱国栋", "周雨桐", "郑海峰", "陆文静"],
    CLINIC: ["范志远", "温若兰", "石宏伟", "顾晓峰", "贺明月"],
}


@pytest.mark.parametrize(
    ("title", "text", "turns"),
    [
        (FORESTRY, FORESTRY_TEXT, ("林业局机关党委有几个委员？", "这些都是谁")),
        (FORESTRY, FORESTRY_TEXT, ("林业局机关党委委员都有谁？",)),
        (CLINIC, CLINIC_TEXT, ("桐岭镇卫生院支部委员会委员都是谁",)),
    ],
)
def test_members_sharing_a_role_are_all_listed(title, text, turns):
    answers = converse(Assistant(FakeSource(chunks_of(title, text))), *turns)
    assert not answers[-1].refused, answers[-1].text
    assert all(name in answers[-1].text for name in MEMBERS[title]), answers[-1].text


def test_a_list_short_of_the_stated_size_is_no_answer():
    text = FORESTRY_TEXT.replace("由6名委员", "由7名委员")
    answer = Assistant(FakeSource(chunks_of(FORESTRY, text))).ask("林业局机关党委委员都有谁？")
    assert "1. 韩立军" not in answer.text, answer.text
