"""Short names clerks use, generated from an organisation's full name: 人民, the place, its level or the
kind word dropped."""

from __future__ import annotations

import pytest

from assistant.ingest.org_names import aliases_for
from assistant.ingest.profiles import build_profile


@pytest.mark.parametrize(
    ("full", "spoken"),
    [
        ("中共安平县人民检察院党组", {"安平县检察院", "安平检察院", "县检察院", "安平县检察院党组", "县检察院党组"}),
        ("中共东湖市人民医院委员会", {"东湖市医院", "东湖医院", "市医院", "东湖人民医院", "东湖医院党委"}),
        ("中共江北区公安分局委员会", {"江北公安分局", "江北分局", "江北公安", "区公安分局", "江北分局党委"}),
        ("中共青石县公安局委员会", {"青石公安局", "青石公安", "县公安局", "县公安局党委"}),
        ("中共澄水市供电公司委员会", {"澄水供电公司", "澄水供电", "市供电公司"}),
    ],
)
def test_spoken_short_forms(full, spoken):
    assert spoken <= set(aliases_for([full]))


def test_a_court_named_by_its_organs_party_committee_is_named_as_the_court():
    aliases = set(aliases_for(["中共云溪县人民法院机关委员会"]))
    assert {"云溪县法院", "云溪法院", "县法院", "云溪县人民法院", "云溪县人民法院机关党委"} <= aliases


def test_no_short_form_drops_what_is_not_a_place_level_or_kind():
    aliases = set(aliases_for(["中共人民路社区委员会", "中共明德大学图书馆支部委员会"]))
    assert "路社区" not in aliases and "人民路社区党委" in aliases  # 人民 of a street name stays
    assert not any(a.startswith(("明德图书", "大学图书")) for a in aliases)


def test_profile_of_a_hospital_report_holds_the_short_forms():
    text = "2024年，院党委坚持党建引领。\n中共北泉市人民医院委员会\n2025年1月10日"
    profile = build_profile("北泉市人民医院党委2024年度党建工作总结", text, "report", "总结.txt")
    assert {"北泉医院", "北泉市医院", "市医院党委"} <= set(profile.aliases)


@pytest.mark.parametrize(
    ("full", "spoken"),
    [
        ("中共江城市妇联机关支部委员会", {"江城市妇联", "江城妇联", "市妇联", "妇联", "妇联机关党支部"}),
        ("松州市科协机关党支部", {"松州科协", "科协", "市科协党支部"}),
    ],
)
def test_a_body_of_two_characters_after_its_place_is_named_by_them(full, spoken):
    """An office's branch (…机关党支部) is named as the body, and the body by its two characters."""
    assert spoken <= set(aliases_for([full]))


def test_two_characters_of_a_kind_or_a_place_name_nothing():
    aliases = set(aliases_for(["中共江城市医院委员会", "中共白沙县委员会", "中共江城市第一中学委员会"]))
    assert not {a for a in aliases if len(a) == 2}


def test_an_ownership_word_is_dropped_in_speech():
    aliases = set(aliases_for(["中共青峦国有林场支部委员会", "中共石门国营农场委员会"]))
    assert {"青峦林场", "青峦林场党支部", "石门农场", "石门农场党委"} <= aliases


@pytest.mark.parametrize(
    ("full", "former"),
    [
        ("中共南溪市生态环境局机关委员会", {"南溪市环保局", "南溪环保局", "市环保局机关党委"}),
        ("中共柳河县市场监督管理局党组", {"柳河县工商局", "县工商局党组"}),
        ("中共白杨县供电公司委员会", {"白杨县供电局", "白杨电力局"}),
        ("中共松林县税务局委员会", {"松林国税局", "县地税局党委"}),
        ("中共松林县国有粮食储备库总支部委员会", {"松林粮库", "粮库"}),
        ("中共南江市公安局交警支队委员会", {"交警队", "南江市公安局交警队"}),
        ("中共石桥县人力资源和社会保障局党组", {"石桥县人社局", "石桥人社局", "县人社局党组", "人社局"}),
        ("东平市疾病预防控制中心", {"东平市疾控中心", "东平疾控中心", "市疾控中心"}),
        ("中共江口市消防救援支队委员会", {"江口消防支队", "市消防支队党委"}),
        ("中共云岭县广播电视台委员会", {"云岭广电台", "县广电台党委", "广电"}),
        ("中共北川市广播电视局党组", {"北川市广电局", "北川广电局"}),
    ],
)
def test_a_body_is_also_named_by_its_old_or_everyday_name(full, former):
    assert former <= set(aliases_for([full]))


def test_an_old_name_replaces_only_the_bodys_own_name():
    aliases = set(aliases_for(["中共北岭市生态环境局机关委员会"]))
    assert not any("环保局生态" in a or "生态环保" in a for a in aliases)


def test_a_street_working_committee_is_its_党工委():
    aliases = set(aliases_for(["中共梧桐区松岗街道工作委员会"]))
    assert {"松岗街道党工委", "松岗街道", "梧桐区松岗街道党工委"} <= aliases
    assert not any(a.endswith("工作") or "工作党委" in a for a in aliases)


@pytest.mark.parametrize("full", ["中共桥西市场监管所支部委员会", "中共河阳县市场监督管理局桥西市场监管所支部委员会"])
def test_the_市_of_市场_is_no_level_of_a_place(full):
    """市场监管所 is a body: its 市 opens the word 市场, it closes no place name (桥西市)."""
    aliases = set(aliases_for([full]))
    assert "桥西市场监管所" in aliases and "桥西市场监管所党支部" in aliases
    assert not any(a.startswith("场") or a.startswith("桥西场") or a.startswith("市场监管所") for a in aliases)


def test_a_report_titled_by_a_body_and_a_post_is_the_bodys():
    """The title names the body (东平市疾病预防控制中心) and then the post of whoever reports (纪委书记)."""
    text = "本人2024年担任中心纪委书记以来，认真履行监督责任。\n述职人：方晓\n2025年1月8日"
    profile = build_profile("东平市疾病预防控制中心纪委书记2024年度述职报告", text, "report", "述职.txt")
    assert profile.organisation == "东平市疾病预防控制中心"
    assert {"东平疾控中心", "疾控中心"} <= set(profile.aliases)


def test_a_groups_company_form_is_no_short_name_with_its_place():
    """A place with only 公司/党委 after it would name every company of that city."""
    aliases = set(aliases_for(["中共南屿港航物流集团有限公司委员会", "中共北津冶金集团有限责任公司委员会"]))
    assert {"南屿港航物流集团", "南屿港航物流集团公司", "北津冶金集团党委"} <= aliases
    assert not aliases & {"南屿公司", "南屿有限公司", "南屿党委", "北津公司", "北津党委", "北津有限责任公司"}
