"""A case told in plain words, its penalty asked (给…送购物卡，情节较重的给什么处分), with no regulation named or
only 新版条例: the article of the regulation setting penalties on that case, led by the grade's clause;
a term a named regulation uses asked by 是指啥 is looked up in it."""

from __future__ import annotations

from assistant.answer.lookup_cases import asks_case_penalty, conduct_of
from assistant.answer.routing import route
from assistant.search.regulations import unknown_regulation
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, index_like

PENALTY_OLD = "远航物流集团党员违纪行为处分规定（2019年）"
PENALTY_NEW = "远航物流集团党员违纪行为处分规定（2024年修订）"
PENALTY_TEXT = """远航物流集团党员违纪行为处分规定
第一条　为严明集团党的纪律，制定本规定。
第二条　向承运客户及其配偶、子女等亲属赠送购物卡、礼金等财物，情节较重的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务或者留党察看处分。
第三条　利用调度职权为亲友车辆优先派单的，给予警告处分；情节严重的，给予严重警告处分。
第四条　违反规定私自将集团车辆借给他人使用，情节较轻的，给予警告处分；情节较重的，给予严重警告或者撤销党内职务处分；情节严重的，给予开除党籍处分。
第五条　本规定由集团党委负责解释。
"""
OLD_PENALTY_TEXT = """远航物流集团党员违纪行为处分规定
第一条　为严明集团党的纪律，制定本规定。
第二条　违反规定私自将集团车辆借给他人使用的，给予警告处分；情节严重的，给予撤销党内职务处分。
第三条　向承运客户及其亲属赠送购物卡、礼金等财物，情节较重的，给予警告处分；情节严重的，给予严重警告处分。
第四条　本规定由集团党委负责解释。
"""
CHARTER_TITLE = "青松书画协会党员活动章程"
CHARTER = """青松书画协会党员活动章程
第一条　为组织协会党员开展活动，制定本章程。
第二条　党员无正当理由连续三个月不参加协会党员活动的，视为自动退出活动小组。
第三条　活动小组每季度至少开展一次集中活动。
"""


def source() -> FakeSource:
    return index_like(
        FakeSource(
            regulation_chunks(PENALTY_NEW, PENALTY_TEXT),
            regulation_chunks(PENALTY_OLD, OLD_PENALTY_TEXT),
            regulation_chunks(CHARTER_TITLE, CHARTER),
        )
    )


def test_a_case_told_in_plain_words_is_answered_by_its_article_led_by_the_grade_asked():
    answer = ask_source(source(), "给承运客户的家属送购物卡，情节较重的给什么处分")
    assert "第二条" in answer.text and PENALTY_NEW in answer.text, answer.text
    lead = answer.text.split("\n")[0]
    assert "情节较重的，给予警告或者严重警告处分" in lead, answer.text
    assert {c.chunk.article for c in answer.citations} == {"第二条"}


def test_the_newer_edition_word_is_no_title_and_the_severe_grade_leads():
    answer = ask_source(source(), "给客户亲属送礼金，情节严重的话新版条例怎么处分")
    assert "没有收录" not in answer.text, answer.text
    lead = answer.text.split("\n")[0]
    assert "第二条" in lead and "撤销党内职务或者留党察看处分" in lead, answer.text


def test_the_older_edition_answers_from_its_own_article():
    answer = ask_source(source(), "给客户亲属送购物卡，情节严重的话旧版条例怎么处分")
    assert PENALTY_OLD in answer.text and "第三条" in answer.text, answer.text
    assert "给予严重警告处分" in answer.text.split("\n")[0], answer.text


def test_another_case_finds_its_own_article():
    answer = ask_source(source(), "私自把集团车辆借给别人用，情节较轻的会受到什么处分")
    assert "第四条" in answer.text and "情节较轻的，给予警告处分" in answer.text.split("\n")[0], answer.text


def test_a_case_no_article_covers_is_not_answered_with_another_article():
    answer = ask_source(source(), "开会时打瞌睡被发现，给什么处分")
    assert "第二条" not in answer.text and "第四条" not in answer.text, answer.text


def test_the_asking_and_the_grade_are_no_part_of_the_case():
    assert asks_case_penalty("收了别人的红包情节较重的咋处理") and not asks_case_penalty("处分决定什么时候生效")
    assert not asks_case_penalty("评为基本合格的咋处理") and not asks_case_penalty("剩下的问题怎么处理的")
    assert conduct_of("给客户亲属送购物卡，情节严重的话新版条例怎么处分") == "给客户亲属送购物卡"


def test_what_a_term_of_a_named_regulation_means_is_looked_up_in_it():
    assert route("协会章程里说的自动退出是指啥情况") == "lookup"
    answer = ask_source(source(), "协会党员活动章程里说的自动退出活动小组是指啥情况")
    assert "第二条" in answer.text and "连续三个月" in answer.text, answer.text


def test_a_clerks_words_for_the_case_are_read_in_the_rules_words():
    answer = ask_source(source(), "给承运客户的家属送红包，情节较重的给什么处分")
    assert "第二条" in answer.text.split("\n")[0] and "警告或者严重警告处分" in answer.text.split("\n")[0], answer.text


def test_a_case_sharing_only_common_words_with_an_article_gets_no_article():
    answer = ask_source(source(), "集团党员酒后驾驶车辆，情节较重的给什么处分")
    assert "第四条" not in answer.text.split("\n")[0] and "第二条" not in answer.text.split("\n")[0], answer.text


def test_de_hua_before_a_name_is_no_part_of_it():
    assert unknown_regulation("情节严重的话支部议事条例怎么说", []) == "支部议事条例"
