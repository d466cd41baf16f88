"""Organisations and branches said the way clerks say them: a commission or bureau by its short form
(卫健委支部, 发改局支部), a word of its name that is no act asked (发展 of 发展和改革局), a sub-unit after its
organisation (设计院公路院党支部), a filler inside a branch's name (基金稽核那个党支部), a branch by a short
form of its name (参保党支部), and a person with their post (韩晓峰局长) who is no organisation."""

from __future__ import annotations

import pytest

from assistant.answer.branch_units import names_unit, sub_unit
from assistant.answer.pipeline import Assistant
from assistant.search.organisations import named_organisation, unit_mentions, with_profile
from tests.answer.support import FakeSource, make_chunk

HEALTH = "青禾市卫生健康委员会机关党支部2024年度工作总结"
REFORM = "临溪县发展和改革局机关党支部2024年度工作总结"
DESIGN = "长岭交通规划设计研究院有限公司党委2024年度党建工作报告"
STATS = "青禾市统计局机关党委2024年度组织生活会情况报告"
INSURANCE = "青禾市社会保险事业管理中心党委2024年度党建工作总结"


def source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(HEALTH, "2024年，市卫生健康委机关党支部认真落实全面从严治党要求。", ()),
            make_chunk(HEALTH, "支部现有党员47名，其中女党员19名。全年发展党员3名。", ("一、基本情况",), position=1),
            make_chunk(HEALTH, "组织党员志愿服务活动16场，排查廉政风险点19个。", ("二、主要工作",), position=2),
            make_chunk(HEALTH, "中共青禾市卫生健康委员会机关支部委员会\n2025年1月15日", ("落款",), position=3),
        ],
        [
            make_chunk(
                REFORM, "支部现有党员36名，其中女党员14名。全年发展党员2名，转正预备党员1名。", ("一、基本情况",)
            ),
            make_chunk(REFORM, "中共临溪县发展和改革局机关支部委员会\n2025年1月12日", ("落款",), position=1),
        ],
        [
            make_chunk(DESIGN, "2024年，院党委下设4个党支部，共有党员142名。", ()),
            make_chunk(
                DESIGN,
                "桥梁院党支部现有党员38名，全年开展技术帮扶下基层9次。\n公路院党支部现有党员41名，全年开展技术帮扶下基层12次。"
                "\n全院共开展技术帮扶下基层27次。",
                ("一、支部建设",),
                position=1,
            ),
        ],
        [
            make_chunk(
                STATS,
                "局长韩晓峰以普通党员身份参加机关第二党支部组织生活会，副局长邵敏参加机关第一党支部组织生活会。",
                ("一、基本情况",),
            ),
        ],
        [
            make_chunk(
                INSURANCE,
                "全年开展志愿服务25场，其中医疗保险党支部11场、基金稽核党支部8场。基金稽核党支部开展主题党日10次。",
                ("一、支部工作",),
            ),
        ],
    )


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("卫健委支部有多少党员？", "47名", "3名"),
        ("市卫健委党支部24年组织志愿服务多少场？", "16场", None),
        ("卫生健康委支部排查了几个廉政风险点", "19个", None),
        ("发改局支部有多少党员？", "36名", "2名"),
        ("临溪县发展和改革局机关党支部共有党员多少名？", "36名", "2名"),
        ("发改局机关党支部2024年发展了几名党员？", "2名", "36名"),
        ("长岭设计院公路院党支部技术帮扶下基层搞了多少次？", "12次", "27次"),
        ("长岭交通规划设计研究院桥梁院党支部技术帮扶下基层几次", "9次", "27次"),
        ("社保中心基金稽核那个党支部主题党日开了几次？", "10次", None),
        ("社保中心医保那个党支部志愿服务搞了几场？", "11场", "25场"),
    ],
)
def test_organisations_and_branches_said_short_are_answered(question, expected, wrong):
    answer = Assistant(source()).ask(question)
    assert not answer.refused and expected in answer.text and "未能直接归纳" not in answer.text, answer.text
    assert wrong is None or wrong not in answer.text, answer.text


@pytest.mark.parametrize("question", ["韩晓峰局长是参加的哪个支部的组织生活会？", "邵敏副局长在哪个支部过的组织生活会"])
def test_a_person_with_a_post_is_no_organisation(question):
    answer = Assistant(source()).ask(question)
    assert not answer.refused and "党支部" in answer.text and "材料" not in answer.text[:20], answer.text
    assert not [name for _, name in unit_mentions(question) if "局" in name]


def test_a_level_character_inside_a_word_ends_no_unit():
    names = [name for _, name in unit_mentions("长岭设计院市政院党支部送设计下乡搞了多少次")]
    assert names[0] == "长岭设计院市政院"
    assert [name for _, name in unit_mentions("江城市委组织部来调研了几次")] == ["江城市"]


def test_a_filler_inside_a_branchs_name_is_dropped_but_a_pointer_stays():
    from assistant.core.words import as_asked

    assert as_asked("社保那个党支部24年开了几次") == "社保党支部2024年开了几次"
    assert as_asked("他所在的那个支部有多少党员") == "他所在的那个支部有多少党员"


def test_a_sub_unit_after_its_organisation_keeps_its_kind_word():
    assert sub_unit("长岭设计院市政院党支部有多少党员") == "市政院"
    assert sub_unit("长岭交通规划设计研究院公路院党支部有多少党员") == "公路院"


def test_a_branch_is_named_by_a_short_form_of_its_name():
    assert names_unit("医保", "", "全年开展志愿服务25场，其中医疗保险党支部11场、基金稽核党支部8场")
    assert not names_unit("医保", "", "其中基金稽核党支部8场")
    assert not names_unit("二支部", "", "第十二党支部开展5次")


def test_a_place_said_as_part_of_one_bodys_name_is_not_every_body_of_that_place():
    documents = [with_profile(d) for d in source().documents()]
    _, own = named_organisation("青禾市卫生健康委员会机关党支部共有党员多少名？", documents)
    assert own == {f"doc-{HEALTH}"}
