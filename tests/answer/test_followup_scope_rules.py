"""A follow-up defining a term that only the regulations speak of leaves the organisation's report."""

from __future__ import annotations

from assistant.answer.followup_scope import known_organisations
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

REPORT = "金滩镇卫生院党支部2024年度工作总结"
RULES = "中国共产党某某处分规定（2022年）"
SOURCE = FakeSource(
    [
        make_chunk(REPORT, "全年开展警示教育5次，廉政谈话38人次。", ("一、纪律建设",), position=0),
        make_chunk(REPORT, "组织生活会查摆问题9个，已整改7个。", ("三、问题整改",), position=2),
        make_chunk(REPORT, "主题党日分为学习型和服务型两类，全年开展主题党日12次。", ("二、组织生活",), position=1),
    ],
    [
        make_chunk(
            RULES,
            "第五条　纪律处分的种类：（一）警告；（二）严重警告；（三）开除。",
            article="第五条",
            kind="regulation",
            position=0,
        ),
        make_chunk(RULES, "第六条　主题党日的安排按照上级规定执行。", article="第六条", kind="regulation", position=1),
    ],
)
OPENING = "金滩镇卫生院党支部2024年开展警示教育几次"


def history(*turns: tuple[str, str]) -> list[dict]:
    return [m for q, a in turns for m in ({"role": "user", "content": q}, {"role": "assistant", "content": a})]


def test_a_term_only_the_regulations_name_is_asked_of_them():
    organisations = known_organisations(SOURCE)
    for question in ("纪律处分有哪几种", "什么是纪律处分"):
        route = understand(question, history((OPENING, "全年开展警示教育5次〔1〕。")), organisations=organisations)
        assert not route.question.startswith("金滩镇"), route.question


def test_a_term_the_report_names_stays_with_the_organisation():
    organisations = known_organisations(SOURCE)
    route = understand(
        "主题党日分为哪几类", history((OPENING, "全年开展警示教育5次〔1〕。")), organisations=organisations
    )
    assert route.question.startswith("金滩镇卫生院党支部"), route.question


def test_the_conversation_answers_from_the_regulation_then_returns_to_the_report():
    answers = converse(Assistant(SOURCE), OPENING, "纪律处分有哪几种", "回到卫生院党支部，查摆的问题整改了多少个")
    assert "严重警告" in answers[1].text and answers[1].citations[0].doc == RULES, answers[1].text
    assert "7个" in answers[2].text, answers[2].text
    assert all(answer_problems(a) == [] for a in answers)


def test_a_term_asked_what_it_means_in_plain_words_is_asked_of_the_regulations():
    organisations = known_organisations(SOURCE)
    for question in ("纪律处分是啥意思", "纪律处分指的是啥？"):
        route = understand(question, history((OPENING, "全年开展警示教育5次〔1〕。")), organisations=organisations)
        assert not route.question.startswith("金滩镇"), route.question


def test_what_a_term_means_and_its_article_after_a_report_turn():
    answers = converse(Assistant(SOURCE), OPENING, "纪律处分是啥意思，处分规定哪一条规定的？")
    assert answers[1].citations and answers[1].citations[0].doc == RULES, answers[1].text
    assert "第五条" in answers[1].text and answer_problems(answers[1]) == [], answers[1].text
