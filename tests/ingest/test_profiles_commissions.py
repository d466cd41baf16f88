"""A government commission (卫生健康委员会, 住房和城乡建设委员会) is a 委员会 by name: its party body follows it,
and clerks call it by its short forms (卫健委, 住房城乡建设委)."""

from __future__ import annotations

import pytest

from assistant.ingest.org_names import aliases_for, organisations_in
from assistant.ingest.profiles import build_profile, signature

TEXT = (
    "2024年，市卫健委机关党支部认真落实全面从严治党要求。\n支部现有党员47名，其中女党员19名。\n"
    "中共青禾市卫生健康委员会机关支部委员会\n2025年1月15日"
)


def test_a_commissions_branch_is_named_with_the_whole_commission():
    assert organisations_in("青禾市卫生健康委员会机关党支部2024年度工作总结") == ["青禾市卫生健康委员会机关党支部"]
    assert organisations_in("临溪县住房和城乡建设委员会党组工作规则") == ["临溪县住房和城乡建设委员会党组"]


def test_the_signature_of_a_commissions_branch_is_its_issuer():
    issuer, date = signature(["中共青禾市卫生健康委员会机关支部委员会", "2025年1月15日"])
    assert issuer == "中共青禾市卫生健康委员会机关支部委员会" and date == "2025-01-15"


@pytest.mark.parametrize(
    ("full", "spoken"),
    [
        (
            "中共青禾市卫生健康委员会机关支部委员会",
            {"卫健委", "卫健委支部", "市卫健委党支部", "卫生健康委", "卫健委机关党支部"},
        ),
        ("临溪县住房和城乡建设委员会党组", {"住建委", "县住建委党组", "住房城乡建设委", "临溪县住建委"}),
        ("中共松州市发展和改革委员会党组", {"发改委", "发展改革委", "市发改委党组", "松州发展改革委"}),
    ],
)
def test_a_commission_is_called_by_its_short_forms(full, spoken):
    assert spoken <= set(aliases_for([full]))


def test_a_places_party_committee_is_no_commission():
    assert organisations_in("中共江北区委员会2024年工作总结") == ["江北区委员会"]
    assert organisations_in("中共江北区委员会机关委员会2024年工作总结") == ["江北区委员会"]


def test_profile_of_a_commissions_branch():
    profile = build_profile("青禾市卫生健康委员会机关党支部2024年度工作总结", TEXT, "report", "总结.txt")
    assert profile.issuer == "中共青禾市卫生健康委员会机关支部委员会"
    assert {"卫健委支部", "市卫健委", "卫生健康委员会机关党支部"} <= set(profile.aliases)
