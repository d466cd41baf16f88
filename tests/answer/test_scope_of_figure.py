"""Whose figure a count asks: a person who does an activity named before the verb (某某去年走访慰问搞了多少户), and a
branch named after its body and the period (某局今年上半年某党支部开了几次支委会). The body's figure, another
person's or every branch's total is no answer for them."""

from __future__ import annotations

import pytest

from assistant.answer.person_unrecorded import acting_name
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "东林县水利局机关党委2024年度党建工作总结"
REPORT = "东林县水利局机关党委书记鲍永健2024年度述职报告"
HALF = "东林县水利局机关党委2025年上半年党建工作报告"
SOURCE = index_like(
    FakeSource(
        [
            make_chunk(REPORT, "以普通党员身份参加河道管护党支部组织生活6次，与支部委员和党员谈心谈话27人次。", ("一、履职情况",)),
            make_chunk(TITLE, "支部委员之间、支部委员与党员之间谈心谈话118人次。", ("二、主要工作",)),
        ]
    )
)  # fmt: skip
BRANCHES = index_like(
    FakeSource(
        [
            make_chunk(TITLE, "河道管护党支部：党员数15名，支委会11次，党员大会4次。", ("三、支部建设",), position=1),
            make_chunk(HALF, "各党支部召开支委会19次、党员大会7次，讲党课6场。", ("一、上半年工作",)),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("鲍永健去年谈心谈话搞了多少人次", "鲍永健"),
        ("鲍永健2024年谈心谈话多少人次", "鲍永健"),
        ("沈佳琪本人去年公开接访几次", "沈佳琪"),
        ("罗振华2024年组织生活会参加了几次", "罗振华"),
        ("机关党委去年谈心谈话多少人次", ""),
    ],
)
def test_an_activity_before_the_verb_is_what_the_person_did(question, name):
    assert acting_name(question) == name


@pytest.mark.parametrize("question", ["苗建伟去年谈心谈话搞了多少人次", "苗建伟2024年谈心谈话多少人次"])
def test_a_person_no_sentence_names_gets_no_figure(question):
    answer = ask_source(SOURCE, question)
    said = answer.text.split("相关内容")[0]
    assert answer.refused and "118人次" not in said and "27人次" not in said, answer.text


def test_the_person_named_still_gets_their_own_figure():
    answer = ask_source(SOURCE, "鲍永健去年谈心谈话搞了多少人次")
    assert "27人次" in answer.text and "118人次" not in answer.text, answer.text


@pytest.mark.parametrize(
    "question", ["水利局今年上半年河道管护党支部开了几次支委会", "水利局2025年上半年河道管护党支部召开支委会多少次"]
)
def test_every_branchs_total_is_no_branchs_figure(question):
    answer = ask_source(BRANCHES, question)
    said = answer.text.split("相关内容")[0]
    assert answer.refused and "19次" not in said, answer.text


def test_the_branch_asked_of_its_own_year_still_answers():
    answer = ask_source(BRANCHES, "水利局2024年河道管护党支部开了几次支委会")
    assert "11次" in answer.text and "19次" not in answer.text, answer.text


MEETING = "西坪区文旅局机关党总支2024年度组织生活会情况报告"
ROLES = index_like(
    FakeSource(
        [
            make_chunk(MEETING, "非遗保护党支部：召开时间2025年1月9日，应到14名，实到13名，指导人员为董雅琴（党总支宣传委员）。", ("二、召开情况",)),
            make_chunk(MEETING, "文物管理党支部委员会由3人组成：书记魏成峰，宣传委员柯立新，组织委员骆晓梅。", ("一、基本情况",), position=1),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize("question", ["文旅局非遗保护党支部的宣传委员是谁", "非遗保护党支部宣传委员叫什么"])
def test_a_role_of_the_body_above_is_no_branchs_holder(question):
    answer = ask_source(ROLES, question)
    assert answer.refused and "董雅琴" not in answer.text, answer.text


def test_the_branchs_own_role_still_answers():
    answer = ask_source(ROLES, "文旅局文物管理党支部的宣传委员是谁")
    assert "柯立新" in answer.text and "董雅琴" not in answer.text, answer.text


FARM = "南岗县国有林场党委2024年度党建工作报告"
HEADED = index_like(
    FakeSource(
        [
            make_chunk(FARM, "一是党委理论学习中心组集中学习9次。二是各支部开展学习研讨31场。", ("二、主要工作", "（一）坚持主题党日与集中学习相结合")),
            make_chunk(FARM, "全年发展党员2名，转正党员3名。", ("二、主要工作", "（二）组织建设"), position=1),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize("question", ["南岗林场去年主题党日开了几次", "林场2024年开了几次主题党日"])
def test_a_heading_naming_the_thing_is_no_quotation_of_its_figure(question):
    answer = ask_source(HEADED, question)
    assert answer.refused and answer.confidence != "low", answer.text


@pytest.mark.parametrize(
    ("question", "figure"), [("南岗林场去年中心组集中学习了几次", "9次"), ("林场去年发展了几名党员", "2名")]
)
def test_a_sentence_saying_the_thing_still_answers(question, figure):
    answer = ask_source(HEADED, question)
    assert not answer.refused and figure in answer.text, answer.text


ARCHIVE = "北辰区档案馆党总支关于2024年度组织生活会情况的报告"
LEAVE = index_like(
    FakeSource(
        [
            make_chunk(ARCHIVE, "编研党支部：召开时间1月16日，应到16名，实到15名，请假1名，查摆问题9条，批评意见24条，指导人员为祁文博。", ("二、会议召开情况",)),
            make_chunk(ARCHIVE, "保管利用党支部：召开时间1月18日，应到13名，实到11名，请假2名（陶建民、韦晓丹因公出差），指导人员为柏海音。", ("二、会议召开情况",), position=1),
        ]
    )
)  # fmt: skip


@pytest.mark.parametrize("question", ["档案馆编研党支部组织生活会上请假的是谁", "编研党支部开组织生活会谁请假了"])
def test_a_name_beside_another_act_does_not_say_who_did_this_one(question):
    answer = ask_source(LEAVE, question)
    assert answer.refused and "祁文博" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "name"),
    [("保管利用党支部组织生活会请假的都是谁", "陶建民"), ("编研党支部组织生活会是谁来指导的", "祁文博")],
)
def test_a_name_in_the_acts_own_clause_still_answers(question, name):
    answer = ask_source(LEAVE, question)
    assert not answer.refused and name in answer.text, answer.text
