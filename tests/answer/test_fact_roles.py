"""A person asked by a role (副书记, 纪委书记) is answered only by a sentence naming that role, never by
another 书记 of the same document."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "中共南湖师范学院外国语学院委员会2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(TITLE, "学院党委书记韩立新带头讲党课2次。", ("一、理论学习",)),
        make_chunk(TITLE, "英语系教工党支部书记为苏曼，日语系教工党支部书记为邱岚。", ("二、组织建设",), position=1),
        make_chunk(TITLE, "学院纪委书记严青牵头开展廉洁谈话40人次。", ("三、全面从严治党",), position=2),
    ]
)


@pytest.mark.parametrize(
    ("question", "name", "others"),
    [
        ("外国语学院纪委书记是谁？", "严青", ["苏曼", "韩立新"]),
        ("外国语学院党委的纪委书记叫什么名字", "严青", ["苏曼", "韩立新"]),
        ("外国语学院党委书记是谁", "韩立新", ["严青"]),
        ("外国语学院现任纪委书记叫什么名字", "严青", ["苏曼", "韩立新"]),
        ("外国语学院目前的纪委书记是哪位", "严青", ["苏曼", "韩立新"]),
    ],
)
def test_the_role_asked_names_the_person(question, name, others):
    answer = ask_source(SOURCE, question)
    assert name in answer.text and not any(o in answer.text for o in others)


@pytest.mark.parametrize("question", ["外国语学院党委副书记叫什么名字", "外国语学院党委副书记是谁？"])
def test_a_role_no_sentence_names_is_refused(question):
    answer = ask_source(SOURCE, question)
    assert not any(n in answer.text for n in ("苏曼", "邱岚", "韩立新", "严青"))


LECTURES = FakeSource(
    [
        make_chunk(
            "中共东岭县社区卫生服务中心支部委员会2024年上半年工作总结",
            "上半年讲党课3次，其中林晓讲党课2次，邀请县卫健局党委书记讲专题党课1次。",
            ("一、组织生活",),
        )
    ]
)


@pytest.mark.parametrize(
    "question", ["社区卫生服务中心上半年党课都是谁讲的", "东岭县社区卫生服务中心上半年谁讲了党课？"]
)
def test_who_gave_the_lectures_counted_in_a_sentence(question):
    """罗雪梅讲党课2次 names who acted though no role stands before the name; a role may act too."""
    answer = ask_source(LECTURES, question)
    assert "林晓" in answer.text and "党委书记" in answer.text


COMMITTEE = FakeSource(
    [
        make_chunk(
            "中共桐川镇中心小学支部委员会2024年度工作总结",
            "支部现有党员23名，全年召开支委会12次。支部书记江晓，组织委员曹斌（兼任校长），宣传委员吴迪。",
            ("一、基本情况",),
        )
    ]
)


@pytest.mark.parametrize("question", ["桐川镇中心小学支委都有谁", "中心小学的支委有哪几位？"])
def test_the_committee_asked_as_zhiwei_is_its_members(question):
    """支委 are the 组织委员/宣传委员 a report names; 都有谁 asks who, its 有 is no role."""
    answer = ask_source(COMMITTEE, question)
    assert "曹斌" in answer.text and "吴迪" in answer.text


# The branch is the document's own organisation, named by the short form the report itself introduces.
CLINIC = "中共南湖区疾病预防控制中心支部委员会2024年度工作总结"
CLINIC_SOURCE = FakeSource(
    [
        make_chunk(CLINIC, "南湖区疾病预防控制中心（以下简称“疾控中心”）党支部现有党员27名。", ("一、基本情况",)),
        make_chunk(
            CLINIC,
            "支部委员会由3人组成，支部书记为中心主任童立群，组织委员为柯雯，纪检委员为祁远航。",
            ("一、基本情况",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("疾控中心支部纪检委员是谁", "祁远航"),
        ("疾控中心党支部的组织委员叫什么", "柯雯"),
        ("疾控中心支部书记是哪位", "童立群"),
    ],
)
def test_a_branch_called_by_its_documents_short_name_is_the_documents_own(question, name):
    answer = ask_source(CLINIC_SOURCE, question)
    assert name in answer.text and not answer.refused, answer.text


def test_how_often_is_answered_by_the_meeting_asked_not_by_any_once():
    """多久开一次: the 一次 is the asking; 每月召开1次 of the meeting answers, not another thing done 一次."""
    rules = "中共白塔县水利局党组工作规则（试行）"
    report = "中共白塔县水利局机关委员会2024年度党建工作总结"
    source = FakeSource(
        [
            make_chunk(
                rules,
                "第九条　局党组会议一般每月召开1次，必要时可以随时召开。",
                ("第三章　议事规则",),
                "第九条",
                "regulation",
            )
        ],
        [make_chunk(report, "一是每季度开展一次党员学习台账检查；二是每半年组织一次党员轮训。", ("三、下一步打算",))],
    )
    for question in ("水利局党组会一般多久开一次", "水利局党组会议多久召开一次"):
        answer = ask_source(source, question)
        assert "每月召开1次" in answer.text and "台账" not in answer.text, answer.text


def test_a_plans_date_does_not_say_when_something_was_done():
    title = "中共青峦镇委员会2025年上半年党建工作总结"
    source = FakeSource(
        [
            make_chunk(title, "上半年对2个软弱涣散村（东坪村、西坪村）进行集中整顿。", ("一、基层组织建设",)),
            make_chunk(title, "二是拟在9月底前完成东坪村、西坪村整顿验收。", ("三、下半年工作打算",), position=1),
        ]
    )
    for question in ("青峦镇东坪村整顿是哪天验收通过的", "青峦镇东坪村整顿什么时候验收完了"):
        assert ask_source(source, question).refused, question
    assert "9月底前" in ask_source(source, "青峦镇计划什么时候完成东坪村整顿验收").text


def test_what_a_plan_requires_is_still_answered_by_the_plan():
    title = "中共青峦镇委员会2026年党建工作要点"
    text = "全镇各村党支部书记每季度讲党课不少于1次，镇党委书记每半年讲党课不少于1次。"
    source = FakeSource([make_chunk(title, text, ("二、加强党员教育",))])
    answer = ask_source(source, "青峦镇党支部书记讲党课是怎么要求的")
    assert "每季度讲党课不少于1次" in answer.text, answer.text


BRANCH = "中共远山精密机械有限公司支部委员会关于2024年度组织生活会情况的报告"
VISITED = FakeSource(
    [
        make_chunk(BRANCH, "经开区非公企业党委组织委员周岩、宣传委员何静到会指导。", ("一、会议召开情况",)),
        make_chunk(
            BRANCH,
            "会后，支部书记陶然主持召开支委会，组织委员吕冰负责整改台账，宣传委员牛青负责学习安排。",
            ("二、整改落实",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "name", "other"),
    [("远山精密机械公司支部组织委员叫啥", "吕冰", "周岩"), ("远山精密机械公司党支部的宣传委员是谁？", "牛青", "何静")],
)
def test_a_role_another_body_holds_names_no_one_of_the_branch(question, name, other):
    answer = ask_source(VISITED, question)
    assert name in answer.text and other not in answer.text, answer.text


RULES = "中共云川县统计局党组工作规则（试行）"
REPORT = "中共云川县统计局党组2025年上半年党建工作总结"
RULES_AND_REPORT = FakeSource(
    [
        make_chunk(RULES, "第四条　党组书记一般由局长担任。", ("第一章　总则",), "第四条", "regulation"),
        make_chunk(
            RULES,
            "第二十六条　本规则由云川县统计局党组负责解释，由党组书记组织实施。",
            ("第六章　附则",),
            "第二十六条",
            "regulation",
            1,
        ),
    ],
    [make_chunk(REPORT, "党组书记罗建平讲专题党课2次，党组成员讲党课3次。", ("一、理论学习",))],
)


@pytest.mark.parametrize("question", ["云川县统计局党组书记是谁", "云川县统计局党组书记叫什么名字"])
def test_who_holds_a_post_is_told_by_reports_not_rules(question):
    answer = ask_source(RULES_AND_REPORT, question)
    assert "罗建平" in answer.text and "解释" not in answer.text, answer.text


def test_who_the_rules_say_holds_a_post_is_no_report_of_who_holds_it():
    answer = ask_source(RULES_AND_REPORT, "云川县统计局党组书记一般由谁担任")
    assert "罗建平" not in answer.text and answer.citations[0].chunk.doc_kind == "regulation", answer.text
