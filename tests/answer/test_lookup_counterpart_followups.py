"""An article of one revision compared with its counterpart by content in the other (articles are renumbered
between revisions), asked directly (第五条跟旧版对应的那条比有啥变化) or after a topic's answer (这是第几条 ->
旧版是第几条); a topic's lead verb (按…条例) is no word of the topic."""

from __future__ import annotations

from assistant.answer.followup import resolve
from assistant.answer.followup_turns import Turn
from assistant.answer.lookup_topic import topic_of
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like

OLD_TITLE = "中共云杉县委机关作风建设规定（2019年）"
NEW_TITLE = "中共云杉县委机关作风建设规定（2024年修订）"
OLD = """中共云杉县委机关作风建设规定
第一条　为加强机关作风建设，制定本规定。
第二条　借用服务对象的车辆、住房，情节较重的，给予批评教育；情节严重的，给予诫勉。
第三条　本规定自发布之日起施行。
"""
NEW = """中共云杉县委机关作风建设规定
第一条　为加强机关作风建设，制定本规定。
第二条　机关干部应当按时上下班，按照规定请假。
第三条　违反规定参加宴请的，给予批评教育。
第四条　借用服务对象的车辆、住房、钱款，情节较重的，给予批评教育；情节严重的，给予诫勉或者调离岗位。
第五条　本规定自发布之日起施行。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(OLD_TITLE, OLD), regulation_chunks(NEW_TITLE, NEW)))


def test_an_article_is_compared_with_its_counterpart_in_the_other_revision():
    answer = ask_source(source(), "新版机关作风建设规定第四条跟旧版对应的那条比有啥变化")
    assert {(c.chunk.doc_title, c.chunk.article) for c in answer.citations} == {
        (OLD_TITLE, "第二条"),
        (NEW_TITLE, "第四条"),
    }, answer.text
    assert answer.diffs and "调离岗位" in answer.diffs[0].text


def test_an_old_article_is_compared_with_its_counterpart_in_the_new_revision():
    answer = ask_source(source(), "机关作风建设规定2019年版第二条和2024年版对应的条文相比有什么区别")
    assert {c.chunk.article for c in answer.citations} == {"第二条", "第四条"}, answer.text


def test_which_article_and_its_old_number_after_a_topic_answer():
    answers = converse(
        Assistant(source()), "借服务对象的车子，按机关作风建设规定怎么处理", "这是第几条", "旧版是第几条"
    )
    assert "第四条" in grounded(answers[1]).text, answers[1].text
    old = grounded(answers[2])
    assert old.citations and old.citations[0].chunk.doc_title == OLD_TITLE, old.text
    assert old.citations[0].chunk.article == "第二条"


def test_is_which_article_after_a_topics_article_takes_that_article():
    last = Turn("借服务对象的车子怎么处理", answer=f"依据《{NEW_TITLE}》：\n第四条　借用服务对象的车辆……〔1〕")
    assert resolve("这是第几条", last).question == f"《{NEW_TITLE}》第四条"


def test_a_lead_verb_before_the_regulation_is_no_topic_word():
    assert topic_of("借服务对象的车子，按机关作风建设规定怎么处理") == "借服务对象的车子，怎么处理"


def test_the_old_revision_with_its_year_beside_it_asks_the_counterpart():
    # 旧版2019年的 / 2019年旧版的: the year said beside 旧版 names that revision, the article is found by content
    for asked in ("老版2019年的对应第几条？", "2019年旧版里是第几条"):
        answers = converse(Assistant(source()), "机关作风建设规定第四条说的啥", "情节严重的怎么处分", asked)
        old = grounded(answers[2])
        assert old.citations and old.citations[0].chunk.doc_title == OLD_TITLE, (asked, old.text)
        assert old.citations[0].chunk.article == "第二条", (asked, old.text)
