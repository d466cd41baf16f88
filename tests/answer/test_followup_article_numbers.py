"""第几条 asked of what the conversation just quoted, with the kind of regulation (它在细则里是哪一条) or a
revision (它在现行的条例里是第几条 / 那老版（2016年修订）里是哪一条) said instead of a name; an article's items
and paragraphs counted, who decides, the articles under a heading; over regulations written for these tests."""

from __future__ import annotations

from assistant.core.schema import Answer
from tests.answer.article_followup_fixtures import NEW_CODE, OLD_CODE, RULES, TRAINING, article_assistant, converse

BORROWED = "向货主借船舶用，可能影响公正执行公务的，怎么处分？"


def cited(answer: Answer) -> list[tuple[str, str | None]]:
    return [(c.chunk.doc_title, c.chunk.article) for c in answer.citations if c.chunk is not None]


def test_current_revision_named_by_its_kind_gives_the_article_quoted():
    answer = converse([BORROWED, "情节严重的呢？", "它在现行的条例里是第几条？"])[-1]
    assert not answer.refused
    assert "第五条" in answer.text and cited(answer) == [(NEW_CODE, "第五条")]


def test_old_revision_with_its_year_in_brackets_gives_the_counterpart_by_content():
    answer = converse([BORROWED, "它在现行的条例里是第几条？", "那老版（2016年修订）里是哪一条？"])[-1]
    assert cited(answer) == [(OLD_CODE, "第三条")]


def test_revision_said_with_a_pointer_in_other_words():
    answers = converse(["违规接受船东、货主宴请，情节较重的怎么处分？", "它在老版条例里是哪一条？"])
    assert cited(answers[0]) == [(NEW_CODE, "第六条")]
    assert cited(answers[1]) == [(OLD_CODE, "第四条")]


def test_new_conduct_question_after_the_counterpart_is_of_the_revision_talked_about():
    turns = [
        BORROWED,
        "它在现行的条例里是第几条？",
        "那老版（2016年修订）里是哪一条？",
        "从货主那里拿入股分红的，怎么处理？",
    ]
    answer = converse(turns)[-1]
    assert not answer.refused
    assert "依照前款" in answer.text and cited(answer) == [(NEW_CODE, "第五条")]


def test_kind_of_regulation_before_the_article_asked_is_no_title():
    answer = converse(["党支部应当在几日内与新登船党员谈话？", "它在细则里是哪一条？"])[-1]
    assert not answer.refused and "第三条" in answer.text
    assert (TRAINING, "第三条") in cited(answer)


def test_kind_of_regulation_after_a_list_without_article_numbers():
    answer = converse(["启动专项督查的情形有哪些？", "它在规则里是哪一条？"])[-1]
    assert not answer.refused and "第二条" in answer.text
    assert (RULES, "第二条") in cited(answer)


# ---- an article's items and paragraphs counted, and who decides ----


def test_items_counted_when_the_count_is_asked_as_listed_and_the_title_is_in_marks():
    answers = converse(["督查工作规则第一条讲的什么？", "要启动专项督查的情形总共列出了几种？", "第（三）项是什么？"])
    assert "共4种" in answers[1].text and "（四）巡察反馈问题整改不力的" in answers[1].text
    assert "群众反映强烈" in answers[2].text and "重大决策" not in answers[2].text


def test_items_counted_with_the_regulation_named_far_before_the_count():
    answer = article_assistant().ask("督查工作规则里，要启动专项督查的情形一共列举了几种？")
    assert "共4种情形" in answer.text and "（四）" in answer.text


def test_paragraphs_of_the_article_talked_about_counted():
    answer = converse(["每年组织几次船员党员轮训？", "它是哪一条？这一条分几款？"])[-1]
    assert "第四条" in answer.text and "共2款" in answer.text
    assert "共2款" in article_assistant().ask("纪律条例第五条分几款？").text


def test_who_decides_is_the_article_saying_by_whom_not_the_one_on_what_follows():
    for question in (
        "督查处理决定由谁作出？",
        "督查处理决定应当由谁来作出？",
        "督查工作规则里，督查处理决定由谁作出？",
    ):
        assert cited(article_assistant().ask(question)) == [(RULES, "第四条")]
    answer = converse(["督查工作规则第二条讲的什么？", "督查处理决定由谁作出？"])[-1]
    assert cited(answer) == [(RULES, "第四条")]


def test_articles_under_the_heading_the_question_says_whole_among_words_of_its_own():
    answer = article_assistant().ask("船员党员行为准则中，一般船员党员要遵守的行为规范有哪几条？")
    assert "“船员党员行为规范”共3条" in answer.text and "爱船如家" in answer.text and "秉公用权" not in answer.text
    other = article_assistant().ask("船员党员行为准则里，对船员党员干部的行为规范是哪几条？")
    assert "共2条" in other.text and "秉公用权" in other.text and "爱船如家" not in other.text


def test_a_new_conduct_opened_with_na_me_is_one_question():
    answer = converse([BORROWED, "它在老版条例里是哪一条？", "那么违规接受货主宴请的，又怎么处理？"])[-1]
    assert "第二问" not in answer.text and cited(answer) == [(NEW_CODE, "第六条")]
