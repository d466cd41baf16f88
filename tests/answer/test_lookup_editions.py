"""Two revisions of a regulation asked in a clerk's words: an article's place in the other revision
(现行…第七条，在2019年版里是第几条), both revisions compared when the second year is said bare (2019年的…和2024年
的比，第二条改了啥), and a conversation on one article: its penalty for a circumstance, its old number, the two
versions compared; another body of the same kind asked after an article (那乡镇纪委呢)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import NEW, NEW_TITLE, OLD, OLD_TITLE, regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like

RULES_TITLE = "青川区纪律检查工作规则"
RULES = """青川区纪律检查工作规则
第一条　为规范全区纪律检查工作，制定本规则。
第二条　区纪委每届任期五年，由区党代表大会选举产生。
第三条　乡镇纪委每届任期五年，由乡镇党员代表大会选举产生。
第四条　村级纪检委员每届任期三年，由村党员大会选举产生。
第五条　本规则自印发之日起施行。
"""


def source() -> FakeSource:
    return index_like(
        FakeSource(
            regulation_chunks(OLD_TITLE, OLD), regulation_chunks(NEW_TITLE, NEW), regulation_chunks(RULES_TITLE, RULES)
        )
    )


@pytest.mark.parametrize(
    ("question", "found", "wrong"),
    [
        ("现行机关效能监督条例第七条，在2019年版里是第几条", "第六条　工作人员违反规定收受", "第七条　有本条例"),
        ("2019年版机关效能监督条例第五条，到新版里是哪一条", "第六条　工作人员无正当理由拖延", "第五条　推行"),
    ],
)
def test_an_articles_place_in_the_other_revision_is_found_by_content(question, found, wrong):
    answer = grounded(ask_source(source(), question))
    assert found in answer.text and wrong not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "old", "new"),
    [
        ("2019年的机关效能监督条例和2024年的比，第二条改了啥", "各级党的机关及其工作人员", "事业单位"),
        ("机关效能监督条例2024年的跟2019年的比，第三条有啥变化", "依规依纪的原则", "注重实效"),
    ],
)
def test_two_years_compared_give_both_revisions(question, old, new):
    answer = ask_source(source(), question)
    assert old in answer.text and new in answer.text, answer.text


def test_a_conversation_on_one_article_keeps_it_through_its_revisions():
    answers = converse(
        Assistant(source()),
        "2024年机关效能监督条例第七条",
        "情节严重的给啥处分",
        "旧版是第几条",
        "新旧两版这条有啥不一样",
    )
    assert "撤销党内职务" in answers[1].text and "第七条" in answers[1].text, answers[1].text
    assert "第六条" in answers[2].text and "2019" in answers[2].text, answers[2].text
    assert "第六条" in answers[3].text and "第七条" in answers[3].text and "消费卡" in answers[3].text, answers[3].text


def test_this_article_is_the_one_last_talked_about_not_the_first():
    answers = converse(
        Assistant(source()),
        "2024年机关效能监督条例第六条",
        "那第七条呢",
        "旧版是第几条",
        "新旧两版这条有啥不一样",
    )
    assert "消费卡" in answers[3].text and "拖延" not in answers[3].text, answers[3].text


@pytest.mark.parametrize(
    ("other", "said", "wrong"),
    [("乡镇纪委呢", "乡镇党员代表大会", "区党代表大会选举"), ("那村级纪检委员呢", "三年", "五年")],
)
def test_another_body_after_an_article_asks_the_topic_question_of_it(other, said, wrong):
    answers = converse(Assistant(source()), "纪律检查工作规则里，区纪委一届干多久", "是第几条", other)
    assert said in answers[2].text and wrong not in answers[2].text, answers[2].text


def test_another_topic_after_an_article_drops_the_article():
    answers = converse(Assistant(source()), "纪律检查工作规则第二条规定的是啥", "那村级纪检委员呢")
    assert "三年" in answers[1].text and "区党代表大会" not in answers[1].text, answers[1].text


CHARTER_TITLE = "中国共产党章程（2040年修改）"  # invented: a charter asked by its short name 党章
CHARTER = """中国共产党章程
第一条　年满十八岁的中国工人、农民可以申请加入中国共产党。
第二条　党员必须履行下列义务：
（一）按时交纳党费；
（二）参加组织生活。
第三条　党员享有下列权利：
（一）参加党的有关会议；
（二）提出批评建议。
"""


def test_another_topic_after_an_article_of_the_charter_drops_the_article():
    answers = converse(
        Assistant(index_like(FakeSource(regulation_chunks(CHARTER_TITLE, CHARTER)))), "党章第二条规定的是啥", "那权利呢"
    )
    assert "提出批评建议" in answers[1].text and "按时交纳党费" not in answers[1].text, answers[1].text
