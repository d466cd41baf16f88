"""The kind follows the answer type the question asks for, however a clerk words it."""

from __future__ import annotations

import pytest

from assistant.answer.routing import route, understand


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a quantity -> count
        ("青禾社区今年搞了多少回志愿服务？", "count"),
        ("远航物流去年讲了几回党课", "count"),
        ("有几个人参加了培训？", "count"),
        ("女党员占比多少？", "count"),
        ("好评比例是多少", "count"),
        ("党员一共多少名？", "count"),
        # a number that is not a quantity, a person, a date -> fact
        ("联系人的电话多少？", "fact"),
        ("办公室号码是多少", "fact"),
        ("要多少委员到会才能开会？", "fact"),
        ("这几次分别是谁讲的？", "fact"),
        ("会是啥时候开的", "fact"),
        ("开展了什么问题专项整治？", "fact"),
        # items -> list
        ("下半年有啥打算？", "list"),
        ("还存在啥问题", "list"),
        ("支部今年都干了些啥？", "list"),
        ("书记抓党建做了些什么", "list"),
        ("整改措施有哪几条？", "list"),
        # an article -> lookup, even with a quantity word
        ("选举工作条例第十条规定了多少天？", "lookup"),
        ("第十一条讲了什么", "lookup"),
        ("按照选举工作条例，监票人是怎么产生的？", "lookup"),
        ("选举工作条例里规定候选人要介绍什么", "lookup"),
        ("纪律处分条例知识测试要在什么时候前搞完？", "fact"),
        # a paragraph -> draft
        ("把上面的写成一段话", "draft"),
        ("帮我写成一段总结", "draft"),
        ("就志愿服务写一段材料", "draft"),
        # cited regulations, even with words in between
        ("报告里提到组织党员学了哪些党内法规？", "cited"),
        ("总结引用了哪几部条例", "cited"),
        ("学习情况报告说按什么规则来学的？", "cited"),
    ],
)
def test_kind_by_answer_type(question, kind):
    assert route(question) == kind


@pytest.mark.parametrize(
    ("question", "focus"),
    [
        ("白沙村党委书记讲了几回党课？", "党委书记"),
        ("党委副书记全年讲了几次党课", "党委副书记"),
        ("支部书记张三讲了几次党课？", "支部书记"),
        ("白沙村有多少名党员？", ""),
        ("白沙村党委书记是谁？", ""),  # not a count
    ],
)
def test_a_count_naming_its_actor_focuses_on_that_actor(question, focus):
    assert understand(question).focus == focus
