"""Who a per-branch table names in its who column (指导人员为某某 / 联系领导：某某); a person's own figure asked with
述职里说他 / 自己 / 亲自; a plan counting 党员服务驿站 (things, not members); 班子一共查摆了多少 (the named addend,
not the sum with the members' own); a list asked of what a 总结 讲的."""

from __future__ import annotations

import pytest

from tests.answer.own_who_fixtures import AUDIT_DOCS, BROADCAST_DOCS, TAX_DOCS, WEATHER_DOCS
from tests.answer.support import FakeSource, ask_source


@pytest.fixture
def weather() -> FakeSource:
    return FakeSource(*WEATHER_DOCS)


@pytest.fixture
def audit() -> FakeSource:
    return FakeSource(*AUDIT_DOCS)


@pytest.mark.parametrize(
    ("question", "name", "other"),
    [
        ("气象局组织生活会上观测站党支部是谁去指导的？", "石晓燕", "欧阳明"),
        ("预报中心党支部的指导人员是谁？", "欧阳明", "石晓燕"),
    ],
)
def test_a_tables_who_column_names_whom_a_branch_had(weather, question, name, other):
    answer = ask_source(weather, question)
    assert not answer.refused and name in answer.text and other not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "name", "other"),
    [("财政审计党支部的联系领导是谁？", "韦清源", "卓文华"), ("谁联系经济责任审计党支部？", "卓文华", "韦清源")],
)
def test_a_contact_column_names_the_leader(audit, question, name, other):
    answer = ask_source(audit, question)
    assert not answer.refused and name in answer.text and other not in answer.text, answer.text


@pytest.mark.parametrize(
    "question",
    ["冯立川述职里说他去年自己讲了几次党课？", "冯立川去年自己讲了几次党课？", "冯立川2024年亲自讲了几次党课？"],
)
def test_a_persons_own_account_is_their_reports_figure(weather, question):
    answer = ask_source(weather, question)
    assert not answer.refused and "3次" in answer.text and "21场" not in answer.text, answer.text


def test_no_report_of_theirs_covers_the_half_asked(weather):
    answer = ask_source(weather, "冯立川今年上半年自己讲了几次党课？")
    assert answer.refused and "9场" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [("苏慕白2024年亲自讲了几次党课？", "5次"), ("苏慕白述职报告里说她自己走访了多少家被审计单位？", "17家")],
)
def test_own_account_of_another_person(audit, question, figure):
    answer = ask_source(audit, question)
    assert not answer.refused and figure in answer.text, answer.text


@pytest.mark.parametrize(
    ("source", "question", "figure"),
    [
        ("weather", "气象局2025年计划建几个党员服务驿站？", "9个"),
        ("audit", "苏慕白打算建成几个党员志愿服务点？", "3个"),
    ],
)
def test_members_before_a_place_noun_count_places(request, source, question, figure):
    answer = ask_source(request.getfixturevalue(source), question)
    assert not answer.refused and figure in answer.text, answer.text


@pytest.mark.parametrize(
    ("source", "question", "figure", "sum_"),
    [
        ("weather", "组织生活会上气象局各支部班子一共查摆了多少问题？", "23个", "197"),
        ("audit", "审计局各支部委员会一共提出了多少条整改建议？", "31条", "119"),
    ],
)
def test_one_named_addend_is_not_added_to_the_others(request, source, question, figure, sum_):
    answer = ask_source(request.getfixturevalue(source), question)
    assert not answer.refused and figure in answer.text and sum_ not in answer.text, answer.text


def test_all_addends_asked_still_add_up(weather):
    answer = ask_source(weather, "气象局组织生活会一共查摆了多少问题？")
    assert "197" in answer.text, answer.text


@pytest.mark.parametrize("question", ["气象局2024年总结里讲的存在问题有哪几条？", "气象局总结里写到的问题有哪些？"])
def test_a_list_asked_of_what_a_report_says(weather, question):
    answer = ask_source(weather, question)
    assert not answer.refused and "入党意愿" in answer.text and "舆情" in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("截至6月底税务局机关党委有多少名党员？", "134名", "131名"),
        ("税务局机关党委到6月底共有党员多少名？", "134名", "131名"),
        ("截至12月底税务局机关党委有多少名党员？", "131名", "134名"),
    ],
)
def test_a_stock_asked_as_of_a_day_is_the_figure_stated_of_it(question, figure, other):
    answer = ask_source(FakeSource(*TAX_DOCS), question)
    assert not answer.refused and figure in answer.text and other not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("广电2024年总结里的存在问题有哪几条？", "审核作风"),
        ("广电下一步打算干哪几件事？", "专项整治"),
        ("广电台存在哪些问题？", "审核作风"),
    ],
)
def test_a_list_asked_by_an_everyday_name_of_the_body(question, item):
    answer = ask_source(FakeSource(*BROADCAST_DOCS), question)
    assert not answer.refused and item in answer.text and "志愿者" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("source", "question", "branch", "other"),
    [
        ("audit", "苏慕白联系的是哪个党支部？", "经济责任审计党支部", "财政审计党支部"),
        ("weather", "冯立川联系的是哪个党支部？", "预报中心党支部", "观测站党支部"),
        ("audit", "苏慕白参加的是哪个支部的组织生活会？", "财政审计党支部", "经济责任审计党支部"),
    ],
)
def test_the_persons_own_act_is_what_is_asked(request, source, question, branch, other):
    answer = ask_source(request.getfixturevalue(source), question)
    assert not answer.refused and branch in answer.text and other not in answer.text, answer.text


def test_a_sentence_of_the_persons_own_verb_is_chosen_over_a_better_scored_other_act():
    from assistant.answer.context import Scored
    from assistant.answer.fact import doing_what_asked

    meeting, review = AUDIT_DOCS[0][0], AUDIT_DOCS[1][0]
    other = Scored(meeting, "局党组书记苏慕白以普通党员身份参加财政审计党支部组织生活会。", 0.9, 0.9, 0.9)
    own = Scored(review, "本人联系经济责任审计党支部，推动该支部争创先进。", 0.6, 0.6, 0.6)
    assert doing_what_asked("苏慕白联系的是哪个党支部？", [other, own]) == [own]
    assert doing_what_asked("苏慕白是什么职务？", [other, own]) == [other, own]
