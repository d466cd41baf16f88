"""Conversations walking a penalty regulation held in two revisions: a clerk's name for a revision (新处分条例,
老条例, 20版, 现行) resolves; a grade or circumstance asked of one article (第N条，情节严重的给啥处分 / 借机…的呢) is
answered with its clause, not the article whole; 那X的呢，新版第几条 looks the new case up in the revision named;
a bare number after 旧版是第几条 is of the revision the conversation numbered in."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from assistant.core.words import with_full_years
from assistant.search.regulations import said_name
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, grounded, index_like

PORT_OLD = "蓝港港务集团党员违纪行为处分条例（2020年）"
PORT_NEW = "蓝港港务集团党员违纪行为处分条例（2025年修订）"
PORT_OLD_TEXT = """蓝港港务集团党员违纪行为处分条例
第一条　为严明港务集团党的纪律，制定本条例。
第二条　党员应当遵守集团各项纪律。
第三条　收受装卸客户的礼品、礼金、购物卡等财物，情节较轻的，给予警告处分；情节较重的，给予严重警告处分；情节严重的，给予撤销党内职务处分。
第四条　向从事公务的人员及其亲属赠送礼品、礼金的，情节较重的，给予警告处分；情节严重的，给予严重警告处分。
第五条　违反规定使用集团公务车辆办私事，情节较重的，给予警告处分；情节严重的，给予严重警告处分。
第六条　利用职务上的影响操办婚丧喜庆事宜，造成不良影响的，给予警告处分；情节严重的，给予严重警告处分；借机收敛钱财的，从重处分，直至撤销党内职务。
第七条　本条例由集团党委负责解释。
"""
PORT_NEW_TEXT = """蓝港港务集团党员违纪行为处分条例
第一条　为严明港务集团党的纪律，制定本条例。
第二条　党员应当遵守集团各项纪律。
第三条　党员应当自觉接受集团党委和职工群众的监督。
第四条　收受装卸客户的礼品、礼金、购物卡等财物，情节较轻的，给予警告或者严重警告处分；情节较重的，给予撤销党内职务处分；情节严重的，给予开除党籍处分。
第五条　向从事公务的人员及其亲属赠送礼品、礼金、购物卡等财物，情节较重的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务或者留党察看处分。
第六条　违反规定配备、使用集团公务车辆，情节较重的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务或者留党察看处分。
第七条　利用职务上的影响操办婚丧喜庆事宜，造成不良影响的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务处分；借机收敛钱财的，从重或者加重处分，直至开除党籍。
第八条　党员领导干部不重视家风建设，对配偶、子女失管失教，造成不良影响的，给予警告处分；情节严重的，给予撤销党内职务处分。
第九条　本条例由集团党委负责解释。
"""
HYDRO_OLD = "澄湖水文站党员违纪处分细则（2019年）"
HYDRO_NEW = "澄湖水文站党员违纪处分细则（2024年修订）"
HYDRO_OLD_TEXT = """澄湖水文站党员违纪处分细则
第一条　为加强水文站党员管理，制定本细则。
第二条　伪造水文监测数据，情节较轻的，给予警告处分；情节严重的，给予严重警告处分。
第三条　本细则自印发之日起施行。
"""
HYDRO_NEW_TEXT = """澄湖水文站党员违纪处分细则
第一条　为加强水文站党员管理，制定本细则。
第二条　党员应当如实报送水文监测数据。
第三条　伪造、篡改水文监测数据，情节较轻的，给予警告或者严重警告处分；情节较重的，给予撤销党内职务处分；情节严重的，给予开除党籍处分。
第四条　擅自将监测设备借给外单位使用，造成设备损坏的，给予警告处分；情节严重的，给予严重警告处分；借机收取租金的，从重处分。
第五条　本细则自印发之日起施行。
"""
PORT = ((PORT_OLD, PORT_OLD_TEXT), (PORT_NEW, PORT_NEW_TEXT))
HYDRO = ((HYDRO_OLD, HYDRO_OLD_TEXT), (HYDRO_NEW, HYDRO_NEW_TEXT))


def conversation(*questions: str, rules=PORT) -> list:
    """Each question asked in turn, with the earlier turns as history; the grounded answers."""
    helper = Assistant(index_like(FakeSource(*(regulation_chunks(title, text) for title, text in rules))))
    history: list[dict] = []
    answers = []
    for question in questions:
        answer = grounded(helper.ask(question, history))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        answers.append(answer)
    return answers


def test_a_revision_said_by_its_age_before_a_short_name_is_no_part_of_the_name():
    assert said_name("违规使用公车的，新处分条例是第几条") == "处分条例"
    assert said_name("2020年版处分条例第三条讲的啥") == "处分条例"
    assert with_full_years("20版处分条例第三条") == "2020年版处分条例第三条"
    assert with_full_years("第18版教材") == "第18版教材"


def test_the_new_regulation_named_by_its_age_answers_the_article_and_the_grade():
    (answer,) = conversation("违规使用集团公务车辆的，新处分条例是第几条？情节严重的咋处理？")
    assert "没有收录" not in answer.text and "没有找到" not in answer.text, answer.text
    assert PORT_NEW in answer.text and "第六条" in answer.text, answer.text
    assert "情节严重的，给予撤销党内职务或者留党察看处分" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "title", "said"),
    [
        ("20版处分条例第三条讲的啥？", PORT_OLD, "给予撤销党内职务处分"),
        ("25版处分条例第四条讲的啥？", PORT_NEW, "给予开除党籍处分"),
        ("老处分条例第三条讲的啥？", PORT_OLD, "给予撤销党内职务处分"),
        ("现行处分条例第四条讲的啥？", PORT_NEW, "给予开除党籍处分"),
    ],
)
def test_every_clerks_name_of_a_revision_resolves(question, title, said):
    (answer,) = conversation(question)
    assert title in answer.text and said in answer.text, answer.text


def test_a_grade_asked_of_an_article_is_its_clause_not_the_article_whole():
    _, answer = conversation("处分条例第六条说的是啥？", "情节严重的呢？")
    assert "第六条" in answer.text and "情节严重的，给予撤销党内职务或者留党察看处分" in answer.text, answer.text
    assert "情节较重" not in answer.text and "公务车辆" not in answer.text, answer.text


def test_a_circumstance_the_article_names_is_its_clause():
    *_, grade, gathered = conversation(
        "处分条例里操办婚丧喜庆的是哪一条？", "旧版呢？", "情节严重的给啥处分？", "借机收敛钱财的呢？"
    )
    assert PORT_OLD in grade.text and "情节严重的，给予严重警告处分" in grade.text, grade.text
    assert "婚丧喜庆" not in grade.text, grade.text
    assert PORT_OLD in gathered.text and "第六条" in gathered.text, gathered.text
    assert "借机收敛钱财的，从重处分，直至撤销党内职务" in gathered.text and "造成不良影响" not in gathered.text


def test_another_case_asked_by_article_in_the_new_revision_is_looked_up_there():
    *_, giving, severe = conversation(
        "处分条例里收受礼品礼金的是第几条？",
        "旧版呢？",
        "情节严重的给啥处分？",
        "那给别人送礼的呢，新版第几条？",
        "情节严重的呢？",
    )
    assert PORT_NEW in giving.text and "第五条" in giving.text, giving.text
    assert PORT_OLD not in giving.text, giving.text
    assert PORT_NEW in severe.text and "第五条" in severe.text, severe.text
    assert "撤销党内职务或者留党察看处分" in severe.text and "开除党籍" not in severe.text, severe.text


def test_a_bare_number_after_the_old_counterpart_is_of_the_revision_numbered_in():
    *_, numbered, severe = conversation(
        "处分条例第六条说的是啥？", "旧版是第几条？", "第八条呢？", "这条情节严重的给啥处分？"
    )
    assert PORT_NEW in numbered.text and "家风" in numbered.text, numbered.text
    assert "情节严重的，给予撤销党内职务处分" in severe.text and PORT_NEW in severe.text, severe.text
    assert "家风" not in severe.text, severe.text


def test_in_other_words_and_another_regulation():
    first, *_ = conversation("篡改监测数据的，新处分细则是第几条？情节较重的怎么处理？", rules=HYDRO)
    assert HYDRO_NEW in first.text and "第三条" in first.text, first.text
    assert "情节较重的，给予撤销党内职务处分" in first.text, first.text
    _, graded, circumstance = conversation(
        "现行处分细则第四条讲的什么？", "情节严重的话呢", "那借机收取租金的呢", rules=HYDRO
    )
    assert "情节严重的，给予严重警告处分" in graded.text and "借给外单位" not in graded.text, graded.text
    assert "借机收取租金的，从重处分" in circumstance.text and "第四条" in circumstance.text, circumstance.text
    (old,) = conversation("19版处分细则第二条讲的啥？", rules=HYDRO)
    assert HYDRO_OLD in old.text and "伪造水文监测数据" in old.text, old.text


def test_a_grade_of_a_circumstance_named_with_the_article_is_that_grades_clause():
    (answer,) = conversation("2020年版处分条例第三条，收礼情节较重的给什么处分？")
    assert PORT_OLD in answer.text and "情节较重的，给予严重警告处分" in answer.text, answer.text
    assert "情节较轻" not in answer.text, answer.text
