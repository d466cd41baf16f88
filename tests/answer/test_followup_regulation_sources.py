"""Follow-ups on regulations and on sources, over documents written for these tests: where any cited answer
comes from (出自哪里 / 是第几条), an article's counterpart in another revision by content (旧版是第几条, 旧版呢
for a number the old revision lacks), the articles under an unnumbered heading, an organisation's own rules
kept for 第N条呢, a rule asked again in another circumstance, and 分几编 of the revision talked about."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_sources import asks_source_only, source_asked
from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from tests.answer.regulation_fixtures import NEW_TITLE, OLD_TITLE, all_regulations, regulation_chunks
from tests.answer.support import FakeSource, make_chunk

OWN_RULES = "青松县林业局党组工作规则（试行）"
OWN_RULES_TEXT = """青松县林业局党组工作规则（试行）
第一章　总则
第一条　为规范局党组工作，根据有关规定，制定本规则。
第二条　党组由5至7人组成，设书记1名。
党组书记一般由局长担任。
第二章　会议制度
第三条　局党组会议一般每月召开1次，由党组书记召集并主持。
第四条　局党组会议须有半数以上成员到会方可召开；研究干部任免事项时，须有三分之二以上成员到会。
第五条　表决以应到会成员超过半数同意为通过。
第六条　研究干部任免事项，应当逐人表决。
第三章　附则
第七条　本规则由青松县林业局党组负责解释。
第八条　本规则自2025年6月1日起施行。
"""
CODE = "某某学院教师党员行为准则"
CODE_TEXT = """某某学院教师党员行为准则
为规范教师党员言行，制定本准则。
教师党员基本规范
第一条　坚持立德树人，潜心教书育人。
第二条　坚持严谨治学，恪守学术诚信。
第三条　坚持关爱学生，公平公正对待每一名学生。
教师党员干部附加规范
第四条　秉公用权，不以职务之便为亲属谋取利益。
第五条　廉洁齐家，管好家属和身边工作人员。
"""
SUMMARY = "中共枫林镇中心小学支部委员会2024年度党建工作总结"
SUMMARY_CHUNKS = [
    make_chunk(SUMMARY, "全年召开支部委员会12次，组织主题党日12次。", ("一、主要工作",)),
    make_chunk(
        SUMMARY,
        "一是部分党员教师参加集中学习不够积极。二是党员家访记录不够完整。",
        ("二、存在的问题和整改措施",),
        position=1,
    ),
    make_chunk(
        SUMMARY,
        "整改措施：一是将学习情况纳入党员积分管理。二是每月检查一次家访记录。",
        ("二、存在的问题和整改措施",),
        position=2,
    ),
]


def assistant() -> Assistant:
    rules = [regulation_chunks(OWN_RULES, OWN_RULES_TEXT), regulation_chunks(CODE, CODE_TEXT)]
    return Assistant(FakeSource(*all_regulations(), *rules, SUMMARY_CHUNKS))


def converse(turns: list[str]) -> list[Answer]:
    """Each turn asked with the conversation so far, as the assistant answered it."""
    bot, history, answers = assistant(), [], []
    for turn in turns:
        answer = bot.ask(turn, history)
        answers.append(answer)
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": answer.text}]
    return answers


def cited_articles(answer: Answer) -> list[tuple[str, str | None]]:
    return [(c.chunk.doc_title, c.chunk.article) for c in answer.citations if c.chunk is not None]


# ---- where the last answer comes from ----


@pytest.mark.parametrize("said", ["出自哪里", "出自哪一条", "这个出自第几条？", "是哪一条", "来源是什么", "出处呢"])
def test_a_turn_asking_only_the_source_is_recognised(said):
    assert asks_source_only(said)


@pytest.mark.parametrize("said", ["整改措施呢", "依据哪条规定处分", "根据章程党员有哪些权利", "在哪一章"])
def test_a_turn_asking_something_new_is_no_source_question(said):
    assert not asks_source_only(said)


@pytest.mark.parametrize("source", ["出自哪一条", "这个出自第几条", "是第几条"])
def test_the_article_of_a_fact_answered_from_own_rules(source):
    answers = converse(["林业局党组会议要多少人到会才能开", source])
    assert "半数以上" in answers[0].text, answers[0].text
    assert f"出自《{OWN_RULES}》第四条" in answers[1].text, answers[1].text
    assert cited_articles(answers[1]) == [(OWN_RULES, "第四条")]


def test_the_source_of_a_listed_report_answer_is_its_document_and_section():
    answers = converse(["枫林镇中心小学存在哪些问题", "出自哪里"])
    assert "家访记录" in answers[0].text, answers[0].text
    assert f"出自《{SUMMARY}》二、存在的问题和整改措施" in answers[1].text, answers[1].text


def test_a_swap_after_the_source_question_swaps_the_question_answered_not_the_source():
    history = [
        {"role": "user", "content": "枫林镇中心小学存在哪些问题"},
        {"role": "assistant", "content": "1. 一是部分党员教师参加集中学习不够积极〔1〕"},
        {"role": "user", "content": "出自哪里"},
        {"role": "assistant", "content": f"出自《{SUMMARY}》二、存在的问题和整改措施〔1〕。"},
    ]
    asked = resolve("整改措施呢", conversation_state(history)).question
    assert "整改措施" in asked and "出自" not in asked, asked


def test_which_one_after_items_counted_in_tiao_asks_for_the_item_not_the_source():
    history = [
        {"role": "user", "content": "枫林镇中心小学查摆了几条问题"},
        {"role": "assistant", "content": "共查摆问题5条〔1〕。"},
    ]
    state = conversation_state(history)
    assert not source_asked("是哪一条", state)
    assert source_asked("出自哪里", state).question == "枫林镇中心小学查摆了几条问题"


# ---- counterparts across revisions ----


def test_a_clause_of_an_article_the_old_revision_lacks_is_sought_by_its_text():
    answers = converse(["2024年版效能监督条例第十二条第一款", "旧版呢"])
    assert "中央办公厅负责解释" in answers[1].text, answers[1].text
    assert cited_articles(answers[1]) == [(OLD_TITLE, "第九条")]
    assert "共10条，没有第十二条" in (answers[1].note or "") and "第九条" in answers[1].note, answers[1].note


def test_a_whole_article_the_old_revision_lacks_is_refused_with_its_range():
    answers = converse(["2024年版效能监督条例第十二条", "旧版呢"])
    assert answers[1].refused and "共10条，没有第十二条" in answers[1].text, answers[1].text


def test_a_clause_new_in_the_revision_has_no_counterpart_in_the_old_one():
    answers = converse(["2024年版效能监督条例第十一条第一款", "旧版呢"])
    assert answers[1].refused and "共10条，没有第十一条" in answers[1].text, answers[1].text


def test_whether_the_old_revision_has_a_number_is_still_answered_by_its_range():
    answers = converse(["2024年版效能监督条例第十二条", "旧版有第十二条吗"])
    assert answers[1].refused and "共10条" in answers[1].text, answers[1].text


@pytest.mark.parametrize("asked", ["旧版是第几条", "2019年版是哪一条"])
def test_which_article_of_the_old_revision_holds_an_article_renumbered(asked):
    answers = converse(["2024年版效能监督条例第七条", "它在哪一章", asked])
    assert "礼金" in answers[2].text, answers[2].text
    assert cited_articles(answers[2]) == [(OLD_TITLE, "第六条")]


def test_a_counterpart_asked_directly_is_found_by_content_not_by_number():
    answer = assistant().ask("旧版《中国共产党机关效能监督条例》中与2024年版第六条对应的是哪一条")
    assert cited_articles(answer) == [(OLD_TITLE, "第五条")], answer.text
    assert "拖延办理群众事项" in answer.text


# ---- the articles under a heading that is no chapter ----


@pytest.mark.parametrize(
    ("question", "articles"),
    [
        (f"{CODE}里教师党员干部的规范是哪几条", ["第四条", "第五条"]),
        (f"{CODE}的基本规范包括哪几条", ["第一条", "第二条", "第三条"]),
    ],
)
def test_the_articles_under_the_heading_named(question, articles):
    answer = assistant().ask(question)
    assert cited_articles(answer) == [(CODE, a) for a in articles], answer.text


def test_a_count_of_the_whole_code_is_not_a_heading():
    answer = assistant().ask(f"{CODE}一共几条")
    assert "共5条" in answer.text, answer.text


# ---- an organisation's own rules in a conversation ----


def test_an_article_asked_after_a_fact_from_own_rules_is_looked_up_there():
    answers = converse(["林业局党组会议要多少人到会才能开", "第六条呢"])
    assert "逐人表决" in answers[1].text, answers[1].text
    assert cited_articles(answers[1]) == [(OWN_RULES, "第六条")]


@pytest.mark.parametrize(
    ("first", "answer", "then", "expected"),
    [
        (
            "林业局党组会议要多少人到会才能开",
            "第四条　局党组会议须有半数以上成员到会方可召开〔1〕。",
            "研究干部任免呢",
            "林业局党组会议研究干部任免要多少人到会才能开",
        ),
        (
            "支部委员会会议由谁召集",
            "依据《某某党支部工作规则》第九条：\n第九条　支部委员会会议由支部书记召集。〔1〕",
            "讨论处分党员呢",
            "支部委员会会议讨论处分党员由谁召集",
        ),
    ],
)
def test_a_circumstance_swapped_in_after_a_rule_is_asked_within_the_rule(first, answer, then, expected):
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer}]
    assert resolve(then, conversation_state(history)).question.startswith(expected)


def test_the_other_clause_of_the_rule_answers_the_circumstance():
    answers = converse(["林业局党组会议要多少人到会才能开", "研究干部任免呢"])
    assert "三分之二以上" in answers[1].text, answers[1].text


# ---- parts of the revision talked about ----


@pytest.mark.parametrize("asked", ["新版分几编", "旧版分为几编", "现行的有几章"])
def test_a_structure_question_names_the_regulation_of_the_conversation(asked):
    history = [
        {"role": "user", "content": "2019年版效能监督条例第八条"},
        {"role": "assistant", "content": f"依据《{OLD_TITLE}》第八条：\n第八条　被问责人员一年内不得提升职务。〔1〕"},
        {"role": "user", "content": "它在哪一章"},
        {"role": "assistant", "content": f"在《{OLD_TITLE}》第三章　问责（第七条〔1〕至第八条〔2〕）。"},
    ]
    asked_again = resolve(asked, conversation_state(history)).question
    assert "《中国共产党机关效能监督条例》" in asked_again and "2019" not in asked_again, asked_again


def test_the_parts_of_the_new_revision_asked_after_an_article_of_the_old_one():
    answers = converse(["2019年版效能监督条例第八条", "它在哪一章", "新版分几章"])
    assert f"《{NEW_TITLE}》共4章" in answers[2].text, answers[2].text


@pytest.mark.parametrize(
    "question",
    [f"《{OWN_RULES}》党组书记一般由谁担任", f"《{OWN_RULES}》局党组会议由谁召集"],
)
def test_the_title_a_question_is_scoped_by_does_not_pick_the_sentence_repeating_it(question):
    answer = assistant().ask(question)
    assert "负责解释" not in answer.text and ("局长" in answer.text or "党组书记召集" in answer.text), answer.text


def test_who_holds_a_post_asked_after_the_source_of_a_rule():
    answers = converse(["林业局党组由几个人组成", "是第几条", "党组书记一般由谁担任"])
    assert f"出自《{OWN_RULES}》第二条" in answers[1].text, answers[1].text
    assert "局长" in answers[2].text, answers[2].text
