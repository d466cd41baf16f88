"""Organisations named as clerks write them: short forms, fillers before the name, a doubled unit suffix,
a sentence-final particle."""

from __future__ import annotations

import pytest

from assistant.core.words import plain_wording
from assistant.index.manifest import DocRecord
from assistant.ingest.profiles import build_profile
from assistant.search.organisations import clerk_wording, spelled_out
from assistant.search.scope import scope_for

DOCS = {
    "安平县人民检察院党组2024年上半年全面从严治党工作情况报告": (
        "上半年，院党组开展警示教育3次，召开党组会议9次。\n中共安平县人民检察院党组\n2024年7月3日"
    ),
    "江北区公安分局党委2023年度党建工作总结": (
        "2023年，分局党委发展党员4名，开展主题党日12次。\n中共江北区公安分局委员会\n2024年1月8日"
    ),
    "东湖市人民医院党委2024年度工作总结": "2024年，院党委新建党员先锋岗9个。\n中共东湖市人民医院委员会\n2025年1月6日",
}
REGULATION = "北泉县交通运输局党组工作规则（试行）"


def record(title: str, text: str, kind: str = "report") -> DocRecord:
    profile = build_profile(title, text, kind, f"{title}.txt")  # type: ignore[arg-type]
    return DocRecord(title, f"{title}.txt", title, kind, "h", 0.0, 1, len(text), profile)


RECORDS = [record(t, x) for t, x in DOCS.items()] + [record(REGULATION, "第一条 为了……\n第二条 ……", "regulation")]
PROCURATORATE, POLICE, HOSPITAL = DOCS


def in_scope(question: str) -> set[str]:
    scope = scope_for(question, RECORDS, lambda name: False)
    assert scope.refusal is None, scope.refusal
    return set(scope.doc_ids or ()) - {REGULATION}


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("安平县检察院上半年开展了几次警示教育？", PROCURATORATE),  # 人民 dropped
        ("安平检察院上半年开了几次党组会", PROCURATORATE),  # and the county's level
        ("江北公安2023年发展了几名党员", POLICE),  # 公安分局 -> 公安
        ("江北分局党委2023年开展了几次主题党日", POLICE),
        ("东湖医院2024年新建了几个党员先锋岗", HOSPITAL),
        ("市医院院党委2024年新建了几个党员先锋岗", HOSPITAL),  # 院党委 after the hospital's name
        ("县检察院院党组上半年开了几次党组会", PROCURATORATE),
        ("那个江北分局党委2023年开展了几次主题党日", POLICE),  # fillers before the name
        ("这份东湖医院2024年的总结里新建了几个党员先锋岗", HOSPITAL),
        ("咱们东湖市医院2024年新建了几个党员先锋岗", HOSPITAL),
        ("请问那个安平县检察院上半年开了几次党组会", PROCURATORATE),
    ],
)
def test_short_forms_and_fillers_find_the_organisations_documents(question, own):
    assert in_scope(question) == {own}


def test_a_filler_before_a_regulations_body_is_not_an_unknown_organisation():
    scope = scope_for("那个北泉县交通运输局党组规则啥时候开始施行", RECORDS, lambda name: False)
    assert scope.refusal is None


def test_an_organisation_no_document_covers_is_still_refused():
    scope = scope_for("白沙县检察院上半年开展了几次警示教育？", RECORDS, lambda name: False)
    assert scope.refusal and "白沙县" in scope.refusal


def test_the_question_is_read_with_the_name_its_documents_use():
    """Sentences are matched with their title: a short form the title does not hold is spelled out."""
    assert "安平县人民检察院" in spelled_out("安平县检察院上半年开展了几次警示教育？", RECORDS)
    assert "东湖市人民医院" in spelled_out("东湖医院2024年新建了几个党员先锋岗", RECORDS)
    assert "院院" not in spelled_out("县检察院院党组上半年开了几次党组会", RECORDS)


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("县法院院党组开了几次会", "县法院党组开了几次会"),
        ("公安局局党委书记是谁", "公安局党委书记是谁"),
        ("明德大学校党委有几个支部", "明德大学党委有几个支部"),
        ("院党组开了几次会", "院党组开了几次会"),  # said once: nothing to drop
    ],
)
def test_a_doubled_unit_suffix_is_said_once(said, meant):
    assert clerk_wording(said) == meant


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("图书馆党支部书记是谁啊", "图书馆党支部书记是谁"),
        ("书记是谁呀？", "书记是谁？"),
        ("开了几次会吧", "开了几次会"),
        ("辖区有几家网吧", "辖区有几家网吧"),  # 网吧 is a word
    ],
)
def test_a_sentence_final_particle_asks_nothing(said, meant):
    assert plain_wording(said) == meant


def test_a_generic_short_form_gives_way_to_the_place_the_question_names():
    """县法院 is an alias of both courts; 白沙县法院 names one of them."""
    courts = [
        record(
            f"{county}县人民法院机关党委2023年度工作总结",
            f"2023年，审结案件{n}件。\n中共{county}县人民法院机关委员会\n2024年1月5日",
        )
        for county, n in (("白沙", 3120), ("云岭", 5862))
    ]
    scope = scope_for("白沙县法院2023年审结了多少件案子", courts, lambda name: False)
    assert scope.doc_ids == {courts[0].doc_id}
    assert scope_for("县法院2023年审结了多少件案子", courts, lambda name: False).doc_ids is None  # both: no filter


@pytest.mark.parametrize(
    "question",
    ["江北公安分局机关第二党支部有多少名党员", "东湖医院第三党支部2024年开了几次支委会", "东湖医院内科党支部书记是谁"],
)
def test_a_branch_of_a_known_body_is_no_unknown_organisation(question):
    assert scope_for(question, RECORDS, lambda name: False).refusal is None


def test_a_branch_of_an_unknown_body_is_still_refused():
    scope = scope_for("西山县林业局机关第二党支部有多少名党员", RECORDS, lambda name: False)
    assert scope.refusal and "西山县" in scope.refusal


def test_a_body_after_a_known_place_is_still_to_be_known():
    scope = scope_for("江北区自来水公司党委2023年开展了几次主题党日", RECORDS, lambda name: False)
    assert scope.refusal and "自来水公司" in scope.refusal


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("东湖医院院党委2024年新建了几个先锋岗", HOSPITAL),
        ("江北公安2023年发展了几名党员", POLICE),
        ("安平检察上半年开了几次党组会", PROCURATORATE),
    ],
)
def test_a_contraction_opening_the_question_finds_its_organisation(question, own):
    assert in_scope(question) == {own}


def test_a_body_after_a_place_is_known_only_as_a_whole():
    """Some report mentions a 人民医院; that does not make 白鹭县人民医院 an organisation of the knowledge base."""
    hospital = record(
        "中共白鹭县中医院委员会2024年度党建工作总结", "2024年，院党委召开党委会20次，协助县人民医院开展义诊。"
    )
    known = lambda name: name in "协助县人民医院开展义诊"  # noqa: E731 - the knowledge base's text
    assert scope_for("白鹭县人民医院党委开了几次党委会", [hospital], known).refusal
    assert scope_for("白鹭县中医院党委开了几次党委会", [hospital], known).refusal is None


@pytest.mark.parametrize("question", ["2024年党建工作总结里党委开了几次会", "工作报告里党委书记讲了几次党课"])
def test_a_document_named_before_the_party_body_is_no_organisation(question):
    hospital = record("中共白鹭县中医院委员会2024年度党建工作总结", "2024年，院党委召开党委会20次。")
    assert scope_for(question, [hospital], lambda name: False).refusal is None


@pytest.mark.parametrize(
    "question", ["白鹭县中医院党员义诊下乡几次", "白鹭县中医院党员进社区服务了多少人次", "送医下乡搞了几场"]
)
def test_an_activity_going_to_the_countryside_is_no_township(question):
    hospital = record("中共白鹭县中医院委员会2024年度党建工作总结", "2024年，院党委组织党员义诊下乡12次。")
    assert scope_for(question, [hospital], lambda name: False).refusal is None


def test_a_body_after_a_place_is_known_when_that_places_documents_tell_of_it():
    """青岚县卫健局's report tells of its 县疾控中心党支部; a 县人民医院 told of elsewhere stays unknown."""
    bureau = record(
        "中共青岚县卫生健康局机关委员会2024年度党建工作总结", "县疾控中心党支部完成换届，李岩当选支部书记。"
    )
    school = record("中共白沙市第二中学委员会2024年度工作总结", "邀请白沙市人民医院专家开展健康讲座。")
    texts = {bureau.doc_id: "县疾控中心党支部完成换届", school.doc_id: "白沙市人民医院专家"}

    def scope(question):
        return scope_for(question, [bureau, school], lambda name: False, lambda words, doc: words in texts[doc])

    assert scope("青岚县疾控中心党支部书记是谁").refusal is None
    assert scope("青岚县人民医院党委书记是谁").refusal


@pytest.mark.parametrize(
    "question", ["信用联社南湖分社党支部书记是谁", "石泉县农村信用合作联社南湖分社党支部有多少党员"]
)
def test_a_unit_its_bodys_report_tells_of_is_known_under_the_bodys_short_name(question):
    """The 联社's report tells of its 南湖分社党支部; a 北岭分社 it never mentions stays unknown."""
    union = record(
        "中共石泉县农村信用合作联社委员会2024年度党建工作总结",
        "南湖分社党支部：支部书记为郑岚，党员数21名。全年开展“党建+金融”活动36场。",
    )
    text = "南湖分社党支部：支部书记为郑岚，党员数21名。"

    def scope(asked):
        return scope_for(asked, [union], lambda name: False, lambda words, doc: words in text)

    assert scope(question).refusal is None
    assert scope(question.replace("南湖", "北岭")).refusal


def test_a_peer_of_the_known_body_under_the_same_parent_is_still_to_be_known():
    """Only the 化工学院 of 江北理工学院 reports: its 材料学院 is unknown, unless some document tells of it."""
    college = record("中共江北理工学院化工学院委员会2024年度党建工作总结", "学院党委下设6个党支部，共有党员210名。")
    texts = {college.doc_id: "学院党委下设6个党支部，共有党员210名。"}

    def scope(question, told=""):
        return scope_for(question, [college], lambda name: False, lambda words, doc: words in texts[doc] + told)

    assert scope("江北理工学院化工学院党委有多少党员").refusal is None
    assert "材料学院" in (scope("江北理工学院材料学院党委有多少党员").refusal or "")
    assert scope("江北理工学院材料学院党委有多少党员", told="与材料学院党委联合开展主题党日").refusal is None


def test_a_phrase_about_members_ending_like_a_school_is_no_body():
    bus = record("中共临江市公共交通集团有限公司委员会2024年度党建工作总结", "一线党员集中学习参学率为83%。")
    assert scope_for("公交集团一线党员集中学习参学率多少", [bus], lambda name: False).refusal is None


def test_a_name_said_around_a_short_alias_is_spelled_out_whole():
    """卫生服务中心 is one of the centre's names; 北泉卫生服务中心 said around it still names the whole centre."""
    centre = record(
        "北泉街道社区卫生服务中心党支部2024年度工作总结",
        "2024年，支部开展健康讲座30场。\n中共北泉街道社区卫生服务中心支部委员会\n2025年1月9日",
    )
    spelled = spelled_out("北泉卫生服务中心健康讲座开了几场", [*RECORDS, centre])
    assert spelled.startswith("北泉街道社区卫生服务中心") and "北泉卫生" not in spelled, spelled


def test_a_contraction_ending_in_a_generic_alias_is_spelled_out_once():
    """管理处 is how the report calls itself; 东岭高速管理处 contracts the full name and ends in that word."""
    office = record(
        "东岭高速公路管理处党委2024年度党建工作总结",
        "2024年，管理处党委发展党员6名。管理处党委开展主题党日12次。\n中共东岭高速公路管理处委员会\n2025年1月9日",
    )
    assert "管理处" in office.profile.aliases
    spelled = spelled_out("东岭高速管理处2024年发展了几名党员？", [*RECORDS, office])
    assert spelled == "东岭高速公路管理处2024年发展了几名党员？", spelled


@pytest.mark.parametrize("question", ["消防城东大队党支部书记是哪个", "消防城东大队党支部有多少党员"])
def test_a_unit_told_of_under_two_characters_of_its_bodys_name_is_known(question):
    """消防 opens the brigade's names; its report tells of 城东大队, not of 城西大队 (an 应急管理局 beside it)."""
    brigade = record(
        "中共江口市消防救援支队委员会2024年度党建工作总结",
        "城东大队党支部：支部书记为韦立，党员数29名。应急救援队伍建设稳步推进。",
    )
    rescue = record("中共江口市应急管理局党组2024年度工作总结", "城东大队完成应急演练6次。")
    texts = {brigade.doc_id: "城东大队党支部：支部书记为韦立", rescue.doc_id: "城东大队完成应急演练6次"}

    def scope(asked):
        return scope_for(asked, [brigade, rescue], lambda name: False, lambda words, doc: words in texts[doc])

    assert scope(question).refusal is None
    assert scope(question.replace("城东", "城西")).refusal
