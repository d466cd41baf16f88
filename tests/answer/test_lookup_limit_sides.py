"""Time limits chained in one article (逾期3个月…暂停；暂停1年后…按遗失处理): the clause quoted is the one whose span
has the question's words on their own sides — what runs before it, what follows after — never its neighbour that
shares the words; a limit goes on with the sentence that qualifies it (如遇特殊情况…但不得超过); 时间上有啥要求
asks a span; a look-up that names no regulation is answered from the revision in force, with that revision's number,
and one naming a revision finds its article in that revision's own words (提升职务 for 提拔)."""

from __future__ import annotations

import pytest

from assistant.answer.asked_limit import limit_asked
from assistant.answer.limit_sides import asked_sides, qualifying_sentence
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import NEW as EFFICIENCY_NEW
from tests.answer.regulation_fixtures import NEW_TITLE as EFFICIENCY_NEW_TITLE
from tests.answer.regulation_fixtures import OLD as EFFICIENCY_OLD
from tests.answer.regulation_fixtures import OLD_TITLE as EFFICIENCY_OLD_TITLE
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like

OLD_TITLE = "中共青禾市委机关档案管理规定（2019年）"
OLD = """中共青禾市委机关档案管理规定
第一条　为规范机关档案管理，制定本规定。
第二条　档案室对归档申请，应当在三十个工作日内审核。
第三条　党员干部未经批准擅自复制、外借涉密档案，造成泄密的，给予警告处分；情节严重的，给予撤销党内职务处分。
第四条　本规定自2019年3月1日起施行。
"""
NEW_TITLE = "中共青禾市委机关档案管理规定（2025年修订）"
NEW = """中共青禾市委机关档案管理规定
第一条　为规范机关档案管理，提高档案利用水平，制定本规定。
第二条　档案室对各部门报送的归档申请，应当在二十个工作日内审核，并报市档案馆备案。如遇特殊情况可以适当延长审核时间，但不得超过四十个工作日。
第三条　市委办公室应当对新任档案员进行岗前培训，一般采取集中授课方式。培训时间一般不少于两天或者不少于十六个学时。
第四条　对借阅档案逾期3个月以上、经催告仍未归还的人员，暂停其借阅资格。暂停借阅资格1年后仍未归还的，按照档案遗失处理。
第五条　数字档案应当异地备份，备份介质由档案室统一保管。档案移交仪式，一般在审核通过后的十个工作日内，由档案室组织进行。
第六条　未经批准擅自复制、外借涉密档案或者在网络上传播档案内容的，给予警告处分；情节严重的，给予撤销党内职务处分。
第七条　本规定自2025年1月1日起施行。
"""
# Another organisation's rules, worded otherwise, for questions in other words.
CLUB_TITLE = "石门县老年书画协会会员管理办法"
CLUB = """石门县老年书画协会会员管理办法
第一条　为加强会员管理，制定本办法。
第二条　会员欠缴会费满六个月的，暂停其会员资格；暂停会员资格满一年仍未补缴的，注销其会员资格。
第三条　入会申请由理事会审议，理事会应当在十五个工作日内作出决定；情况特殊的，经会长同意可以延长，但延长期最长不超过十个工作日。
第四条　本办法由协会理事会负责解释。
"""


class InForce(FakeSource):
    """The fake source with the 2019 rules marked as a revision no longer in force."""

    def older_revisions(self) -> set[str]:
        return {d.doc_id for d in self.records if d.title == OLD_TITLE}


def source() -> FakeSource:
    return index_like(InForce(regulation_chunks(OLD_TITLE, OLD), regulation_chunks(NEW_TITLE, NEW)))


def club() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(CLUB_TITLE, CLUB)))


@pytest.mark.parametrize(
    ("question", "limit", "neighbour"),
    [
        ("借的档案一直不还，多久要暂停借阅资格", "3个月", "1年"),
        ("暂停借阅资格以后还是不还，多久按档案遗失处理", "1年", "3个月"),
    ],
)
def test_the_clause_quoted_is_the_one_whose_span_the_question_asks(question, limit, neighbour):
    answer = ask_source(source(), question)
    assert not answer.refused and limit in answer.text and neighbour not in answer.text, answer.text
    assert answer.citations[0].chunk.article == "第四条"


@pytest.mark.parametrize(
    ("question", "limit", "neighbour"),
    [
        ("会员多久不交会费会被暂停会员资格", "六个月", "一年"),  # what runs said after the asking
        ("会员不交会费，多久会被暂停资格", "六个月", "一年"),
        ("暂停会员资格以后多久注销", "一年", "六个月"),
    ],
)
def test_chained_limits_of_other_rules_in_other_words(question, limit, neighbour):
    answer = ask_source(club(), question)
    assert not answer.refused and limit in answer.text and neighbour not in answer.text, answer.text


def test_a_limit_is_quoted_with_the_sentence_that_extends_it():
    answer = ask_source(source(), "各部门报上去的归档申请，档案室最迟多长时间要审核完")
    assert "二十个工作日" in answer.text and "四十个工作日" in answer.text, answer.text
    assert "三十个工作日" not in answer.text  # the 2019 rules are no longer in force


def test_special_circumstances_asked_after_the_limit_get_the_extension():
    answers = converse(Assistant(source()), "档案室审核归档申请最长要多久", "要是遇到特殊情况呢")
    assert "四十个工作日" in answers[1].text, answers[1].text


def test_an_extension_of_other_rules_in_other_words():
    answer = ask_source(club(), "理事会多久要对入会申请作出决定")
    assert "十五个工作日内" in answer.text and "不超过十个工作日" in answer.text, answer.text


@pytest.mark.parametrize("question", ["审核通过以后档案移交仪式一般什么时候办", "审核通过了，档案移交仪式通常何时举行"])
def test_when_a_rule_has_a_thing_done_is_the_span_it_sets(question):
    answer = ask_source(source(), question)
    assert "十个工作日" in answer.text and answer.citations[0].chunk.article == "第五条", answer.text


def test_time_asked_as_a_requirement_is_the_span_the_next_sentence_states():
    answer = ask_source(source(), "新任档案员的岗前培训，时间上有什么要求")
    assert "两天" in answer.text and "十六个学时" in answer.text, answer.text


def every_rule() -> FakeSource:
    """Both revisions and another organisation's rules: 现行条例 names none of them."""
    chunks = (regulation_chunks(t, x) for t, x in ((OLD_TITLE, OLD), (NEW_TITLE, NEW), (CLUB_TITLE, CLUB)))
    return index_like(InForce(*chunks))


def test_a_look_up_of_the_current_rules_never_quotes_a_revision_no_longer_in_force():
    # the 2019 wording holds more of the question's words, yet it is no longer in force: refuse rather than cite it
    answer = ask_source(every_rule(), "党员干部擅自复制涉密档案造成泄密，按现行条例是第几条")
    assert "第三条" not in answer.text and all(c.chunk.doc_title != OLD_TITLE for c in answer.citations), answer.text


def test_how_the_article_is_asked_for_is_no_content_its_passage_must_hold():
    answer = ask_source(every_rule(), "党员干部未经批准擅自复制涉密档案，按现行条例是第几条")
    assert "第六条" in answer.text and all(c.chunk.doc_title == NEW_TITLE for c in answer.citations), answer.text


def test_the_sides_of_a_span_and_a_qualifying_sentence():
    assert asked_sides("跟协会失联多久要暂停资格") == ("跟协会失联", "要暂停资格")
    assert asked_sides("会员多久不交会费会被暂停") == ("会员不交会费", "会被暂停")
    assert asked_sides("协会有多少会员") is None
    assert limit_asked("入会仪式一般什么时候办") == "duration" and limit_asked("去年的仪式是什么时候办的") is None
    text = "应当在十天内答复。如遇特殊情况可以延长，但不得超过二十天。会员应当遵守章程。"
    assert qualifying_sentence("应当在十天内答复。", text) == "如遇特殊情况可以延长，但不得超过二十天。"
    assert qualifying_sentence("如遇特殊情况可以延长，但不得超过二十天。", text) is None


@pytest.mark.parametrize(
    "question",
    [
        "2019年版的机关效能监督条例里，被问责以后不能提拔那条是第几条",
        "旧版机关效能监督条例中，被问责人员多久不能提拔",
        "2019年的机关效能监督条例，问责后哪一条规定不得提拔",
    ],
)
def test_a_promotion_is_found_in_the_named_revision_that_words_it_otherwise(question):
    # the 2019 rules say 提升职务 where the 2024 ones say 提拔职务: the number is the named revision's own
    chunks = (
        regulation_chunks(EFFICIENCY_OLD_TITLE, EFFICIENCY_OLD),
        regulation_chunks(EFFICIENCY_NEW_TITLE, EFFICIENCY_NEW),
    )
    answer = ask_source(index_like(FakeSource(*chunks)), question)
    assert "第八条" in answer.text and "提升职务" in answer.text, answer.text
