"""A body named by its head noun alone (史志馆, 监狱, 党校) while it is the only one of the knowledge base so named, and
去年 of a question naming no organisation counted from the organisations' common present."""

from __future__ import annotations

from assistant.index.manifest import DocRecord
from assistant.ingest.org_names import head_forms
from assistant.ingest.profiles import build_profile
from assistant.search.scope import scope_for


def record(title: str, text: str) -> DocRecord:
    profile = build_profile(title, text, "report", f"{title}.txt")
    return DocRecord(title, f"{title}.txt", title, "report", "h", 0.0, 1, len(text), profile)


def both_periods(organisation: str, did: str) -> list[DocRecord]:
    return [
        record(f"{organisation}2024年度党建工作总结", f"2024年，{organisation}{did}12次。"),
        record(f"{organisation}2025年上半年党建工作报告", f"2025年上半年，{organisation}{did}5次。"),
    ]


ARCHIVE = both_periods("青州区地方志编纂馆党支部", "开展主题党日")
DETENTION = both_periods("栖霞看守所党委", "召开党委会议")
SCHOOL = both_periods("县委党校机关党委", "举办主体班次")
SURVEYS = both_periods("清河区统计调查队党支部", "开展入户走访") + both_periods(
    "清河区农业调查队党支部", "开展入户走访"
)
ALL = ARCHIVE + DETENTION + SCHOOL


def test_head_forms_drop_modifiers_and_owners_but_never_give_a_generic_head():
    assert "编纂馆" in head_forms("青州区地方志编纂馆党支部")
    assert head_forms("栖霞看守所党委") == ["看守所"]
    assert head_forms("县委党校机关党委") == ["党校"]
    assert "管理局" not in head_forms("临川县水利工程管理局党总支")
    assert "服务中心" not in head_forms("东平社区卫生服务中心党支部")
    assert "和规划局" not in head_forms("临川县自然资源和规划局党组")


def test_a_head_noun_names_its_one_body_and_last_year_is_its_year_report():
    assert scope_for("编纂馆去年开展了几次主题党日？", ALL).doc_ids == {ARCHIVE[0].doc_id}
    assert scope_for("看守所去年召开了几次党委会议", ALL).doc_ids == {DETENTION[0].doc_id}
    assert scope_for("党校今年上半年举办了几期主体班次？", ALL).doc_ids == {SCHOOL[1].doc_id}


def test_a_head_two_bodies_share_names_neither():
    # Neither body is chosen: both are still in scope (for their 2024 reports).
    assert scope_for("调查队去年开展了几次入户走访？", SURVEYS).doc_ids == {SURVEYS[0].doc_id, SURVEYS[2].doc_id}


def test_a_head_inside_other_words_names_no_body():
    # 参加党校培训: what people attended, not whose report; another prison's name is no name of this one.
    assert scope_for("各支部参加党校培训的有多少人？", ALL).doc_ids != {SCHOOL[0].doc_id, SCHOOL[1].doc_id}
    assert scope_for("北山看守所党委去年召开了几次党委会议？", ALL).doc_ids != {DETENTION[0].doc_id}


def test_last_year_of_the_one_organisation_when_no_organisation_is_named():
    assert scope_for("去年开展了几次主题党日？", ARCHIVE).doc_ids == {ARCHIVE[0].doc_id}
    assert scope_for("今年上半年开展了几次主题党日", ARCHIVE).doc_ids == {ARCHIVE[1].doc_id}


def test_last_year_when_no_organisation_is_named_and_all_are_as_recent():
    assert scope_for("去年一共开了多少次会？", ALL).doc_ids == {d.doc_id for d in ALL[::2]}


def test_last_year_left_open_when_organisations_are_at_different_years():
    older = [record("桃溪村党支部2022年度党建工作总结", "2022年，桃溪村党支部开展主题党日12次。")]
    assert scope_for("去年开展了几次主题党日？", ARCHIVE + older).refusal is None
