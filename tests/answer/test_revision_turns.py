"""Turns moving between two revisions of a penalty regulation: 旧版里这条是第几条 / 2019版是第几条 / 2019年版呢 /
旧版呢，2019版是第几条 after an article of the newer revision ask the older article of the same content (found
by text, never by number or by a neighbour); a bare 第N条呢 afterwards, 回到2024年版，第N条呢 and 情节严重的呢
are of the revision the conversation is in."""

from __future__ import annotations

import pytest

from tests.answer.test_regulation_chains import conversation

FARM_OLD = "青岚林场党员违纪处分办法（2019年）"
FARM_NEW = "青岚林场党员违纪处分办法（2024年修订）"
FARM_OLD_TEXT = """青岚林场党员违纪处分办法
第一条　为严肃林场党的纪律，制定本办法。
第二条　擅自砍伐林场苗木出售牟利，情节较轻的，给予警告处分；情节严重的，给予严重警告处分。
第三条　收受承包户赠送的山货、礼金等财物，情节较轻的，给予警告处分；情节较重的，给予严重警告处分；情节严重的，给予撤销党内职务处分。
第四条　向检查人员赠送山货、礼金的，情节较重的，给予警告处分；情节严重的，给予严重警告处分。
第五条　违反规定用公款组织聚餐，情节较重的，给予警告处分；情节严重的，给予严重警告处分。
第六条　本办法由林场党委负责解释。
"""
FARM_NEW_TEXT = """青岚林场党员违纪处分办法
第一条　为严肃林场党的纪律，制定本办法。
第二条　党员应当自觉爱护林场资源。
第三条　擅自砍伐、转卖林场苗木牟利，情节较轻的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务处分。
第四条　编造、传播林场改制谣言，扰乱职工思想的，给予警告处分；情节严重的，给予撤销党内职务处分。
第五条　违反规定用公款组织聚餐、宴请，情节较重的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务或者留党察看处分。
第六条　收受承包户赠送的山货、礼金、购物卡等财物，情节较轻的，给予警告或者严重警告处分；情节较重的，给予撤销党内职务处分；情节严重的，给予开除党籍处分。
第七条　参加自发组织的同乡会、联谊会，情节较重的，给予警告处分。
第八条　本办法由林场党委负责解释。
"""
FARM = ((FARM_OLD, FARM_OLD_TEXT), (FARM_NEW, FARM_NEW_TEXT))


def ask(*questions: str) -> list:
    return conversation(*questions, rules=FARM)


@pytest.mark.parametrize(
    "turn", ["旧版里这条是第几条？", "2019版是第几条？", "2019年版呢？", "旧版呢，2019版是第几条？"]
)
def test_the_older_article_of_the_same_content_is_found(turn):
    *_, older = ask("收受承包户山货的，按2024版林场处分办法是第几条？", "情节严重的呢？", turn)
    assert FARM_OLD in older.text and "第三条" in older.text, older.text
    assert "第六条" not in older.text.replace("2024年版第六条", ""), older.text


def test_a_topic_answered_by_article_then_its_older_number():
    *_, older = ask("用公款搞聚餐，按现行林场处分办法是哪一条？", "2019版是第几条？")
    assert FARM_OLD in older.text and "第五条" in older.text, older.text


def test_a_bare_number_after_the_older_counterpart_is_of_the_conversations_revision():
    *_, bare = ask(
        "收受承包户山货的，按2024版林场处分办法是第几条？", "情节严重的呢？", "旧版里这条是第几条？", "第七条呢？"
    )
    assert FARM_NEW in bare.text and "同乡会" in bare.text, bare.text


def test_a_turn_back_to_the_newer_revision_and_a_grade_after_it():
    *_, back, grade = ask(
        "用公款搞聚餐，按现行林场处分办法是哪一条？", "2019版是第几条？", "回到2024年版，第四条呢？", "情节严重的呢？"
    )
    assert FARM_NEW in back.text and "改制谣言" in back.text, back.text
    assert FARM_NEW in grade.text and "撤销党内职务处分" in grade.text, grade.text


@pytest.mark.parametrize(
    "opening", [("2024年版林场处分办法第三条讲的啥？", "2019年版第四条呢？"), ("2019年版林场处分办法第四条讲的啥？",)]
)
def test_a_number_said_on_returning_to_a_revision_is_of_that_revision(opening):
    *_, back, grade = ask(*opening, "回到2024年版，第五条呢？", "情节严重的呢？")
    assert FARM_NEW in back.text and "宴请" in back.text, back.text
    assert FARM_NEW in grade.text and "撤销党内职务或者留党察看处分" in grade.text, grade.text


def test_the_newer_revision_asked_back_after_the_older_counterpart():
    *_, older, newer = ask(
        "违规用公款聚餐，按现行林场处分办法是哪一条？", "情节较重的咋处理？", "2019年版呢？", "那新版呢？"
    )
    assert FARM_OLD in older.text and "第五条" in older.text and "宴请" not in older.text, older.text
    assert FARM_NEW in newer.text and "宴请" in newer.text, newer.text


@pytest.mark.parametrize("grade", ["情节严重的咋处分？", "情节较轻的呢？"])
def test_a_bare_number_after_a_grade_of_the_older_counterpart_is_of_the_conversations_revision(grade):
    *_, bare = ask("收受承包户山货的，按2024版林场处分办法是第几条？", "旧版呢？", grade, "第七条呢？")
    assert FARM_NEW in bare.text and "同乡会" in bare.text, bare.text


def test_a_number_asked_of_the_older_revision_by_name_stays_in_it():
    *_, bare = ask("2019年版林场处分办法第三条讲的啥？", "情节严重的呢？", "第二条呢？")
    assert FARM_OLD in bare.text and "出售牟利" in bare.text, bare.text
