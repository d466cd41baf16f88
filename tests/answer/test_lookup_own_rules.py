"""松岭街道工委开会的通知要提前几天送到: a limit an organisation's own rules set, asked by the organisation's name
and no regulation's, answered from those rules (with 出自哪里 pointing at the article); an organisation
without rules of its own, or a figure of a year's report, is not answered from another's rules."""

from __future__ import annotations

from assistant.answer.lookup_own_rules import own_regulation
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like, make_chunk

REPORT = "中共松岭街道工委2024年度党建工作总结"
RULES_TITLE = "中共松岭街道工委议事规则"
RULES = """中共松岭街道工委议事规则
第一条　为规范街道工委议事决策，制定本规则。
第二条　工委会议一般每半月召开一次。
第三条　会议通知一般应当在会前2天送达参会人员。
第四条　讨论决定重大事项，须有三分之二以上委员到会。
第五条　会议记录应当在会后5个工作日内整理归档。
第六条　本规则自印发之日起施行。
"""
OTHER_REPORT = "中共柏林社区党委2024年度党建工作总结"


def source() -> FakeSource:
    return index_like(
        FakeSource(
            [
                make_chunk(REPORT, "2024年，街道工委共召开工委会议24次，讨论研究重大事项36项。", ("一、主要工作",)),
                make_chunk(
                    REPORT,
                    "街道工委坚持会议记录整理归档制度，全年整理归档会议记录24份。",
                    ("二、制度建设",),
                    position=1,
                ),
            ],
            regulation_chunks(RULES_TITLE, RULES),
            [make_chunk(OTHER_REPORT, "2024年，社区党委召开党委会议12次。", ("一、主要工作",), position=0)],
        )
    )


def test_a_limit_asked_by_the_organisations_name_is_answered_from_its_own_rules():
    answer = ask_source(source(), "松岭街道工委开会的通知要提前几天送到")
    assert "第三条" in answer.text and "会前2天送达" in answer.text, answer.text


def test_a_time_limit_in_working_days_is_answered_from_the_same_rules():
    answer = ask_source(source(), "松岭街道工委会议记录多长时间内要整理归档")
    assert "第五条" in answer.text and "5个工作日" in answer.text, answer.text


def test_a_figure_the_rules_set_is_answered_from_them():
    answer = ask_source(source(), "松岭街道工委讨论重大事项要多少人到会")
    assert "三分之二以上" in answer.text and "第四条" in answer.text, answer.text


def test_where_it_comes_from_points_at_the_article():
    answers = converse(Assistant(source()), "松岭街道工委开会的通知要提前几天送到", "出自哪里")
    answer = grounded(answers[1])
    assert "第三条" in answer.text and RULES_TITLE in answer.text, answer.text


def test_an_organisation_without_rules_of_its_own_is_not_answered_from_anothers():
    assert own_regulation("柏林社区党委开会的通知要提前几天送到", source().documents()) is None
    answer = ask_source(source(), "柏林社区党委开会的通知要提前几天送到")
    assert "2天" not in answer.text, answer.text


def test_a_years_figure_is_the_reports_not_the_rules():
    answer = ask_source(source(), "松岭街道工委2024年开了多少次工委会议")
    assert "24次" in answer.text and "第二条" not in answer.text, answer.text


def test_another_clerks_wording_of_the_same_limit():
    answer = ask_source(source(), "松岭街道工委的会议通知一般要提前几天送过去")
    assert "第三条" in answer.text and "会前2天送达" in answer.text, answer.text
