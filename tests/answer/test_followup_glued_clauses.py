"""Elliptical follow-ups that must not glue an earlier turn's words into the new question: a 其中 part or a
rate the last turn asked, a unit the turn names as its own branch, the counted thing of an older act, the act
a measure was taken by, a floor a plan set."""

from __future__ import annotations

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_turns import Organisations
from tests.answer.conversation_fixtures import history_of


def asked_after(*turns: str) -> str:
    *before, new = turns
    return resolve(new, conversation_state(history_of(*((t, "共有12名〔1〕。") for t in before)))).question


def test_a_count_after_a_part_leaves_the_part():
    asked = asked_after("税务分局去年第二种形态处理了多少人次", "其中批评教育呢", "诫勉谈话了几个人")
    assert "批评教育" not in asked and "第二种形态" not in asked and asked.startswith("税务分局去年")
    asked = asked_after("卫健委去年第一种形态处理了多少人次", "其中函询呢", "立案审查了几件")
    assert "函询" not in asked and "立案审查" in asked


def test_a_count_after_a_rate_leaves_the_rate():
    asked = asked_after("水厂上半年“净水进社区”宣传搞了几场", "完成率多少", "下半年还打算搞几场")
    assert "率" not in asked and "净水进社区" in asked and "下半年" in asked
    asked = asked_after("图书馆上半年送书下乡办了几场", "完成率是多少", "去年全年办了多少场")
    assert "率" not in asked and "送书下乡" in asked and "去年" in asked


def test_an_institution_unit_said_with_de_is_a_branch():
    asked = asked_after("水务局机关党支部去年开了几次支委会？", "那供水中心的呢？")
    assert "供水中心党支部" in asked and asked.endswith("支委会？")
    asked = asked_after("疾控局机关党支部今年讲了几次党课？", "那检验所的呢？")
    assert "检验所党支部" in asked and "党课" in asked


def test_the_holders_own_branch_is_not_glued_after_the_period():
    asked = asked_after("科协机关支部去年发展了几个党员？", "支部一共多少党员？")
    assert asked.startswith("科协机关支部去年") and asked.count("支部") == 1
    asked = asked_after("林业站党支部今年发展了几名党员", "支部总共有多少党员")
    assert asked.startswith("林业站党支部今年") and asked.count("支部") == 1


def test_an_act_with_its_manner_counts_its_own_activity():
    asked = asked_after("周海涛去年讲了几次专题党课？", "他本人去年公开接访几次？")
    assert "党课" not in asked and "公开接访" in asked
    asked = asked_after("镇长去年讲了几次党课", "他上门走访几次")
    assert "党课" not in asked
    assert "党课" in asked_after("镇长去年讲了几次党课", "他亲自主持了几次")


def test_another_measure_of_the_same_thing():
    asked = asked_after("农机站去年小麦种了多少亩？", "产量呢？")
    assert "小麦产量" in asked and "亩" not in asked and "种" not in asked
    asked = asked_after("茶场去年茶叶采了多少吨", "产值呢")
    assert "茶叶产值" in asked and "吨" not in asked


def test_done_after_a_floor_leaves_the_floor():
    asked = asked_after("苗圃场中心组全年要求不少于几次", "去年实际学了几次")
    assert "不少于" not in asked and "要求" not in asked and "去年" in asked


def test_an_organisation_only_the_profiles_know_is_said_once():
    names = ("卫健委", "开发集团", "发展中心", "水利局")
    known = Organisations(lambda text: next((n for n in names if text.startswith(n)), ""), lambda name, period: True)

    def asked(*turns: str) -> str:
        *before, new = turns
        history = history_of(*((t, "共有12名〔1〕。") for t in before))
        return resolve(new, conversation_state(history, known), False, known).question

    assert asked("卫健委今年发展了几名党员", "换成发展中心呢", "发展中心一共有多少党员").count("发展中心") == 1
    assert asked("水利局去年开了几次支委会", "换成开发集团呢", "开发集团有几个党支部").count("开发集团") == 1


def test_a_sibling_unit_is_asked_in_the_organisation_not_inside_the_unit():
    asked = asked_after("路桥公司去年安全隐患整改率是多少？", "东片区去年整改完了多少项？", "西片区有哪几个项目支部？")
    assert asked.startswith("路桥公司") and "东片区" not in asked
    asked = asked_after("港务集团去年开了几次会", "东港区今年发展了几名党员", "西港区有几个党支部")
    assert asked.startswith("港务集团") and "东港区" not in asked
    asked = asked_after("水务局去年查了多少处隐患", "城南所今年发展了几名党员", "城北所有多少名党员")
    assert asked.startswith("水务局") and "城南所" not in asked


def test_another_honour_of_the_same_opening_replaces_the_one_listed():
    asked = asked_after("档案局去年评了几个优秀共产党员？", "这些都是谁？", "优秀党务工作者呢？")
    assert asked.startswith("档案局去年") and "优秀党务工作者都是谁" in asked and "共产党员" not in asked
    asked = asked_after("医院今年表彰了几名先进工作者", "都是谁", "先进集体呢")
    assert asked.startswith("医院今年") and "先进集体都是谁" in asked and "工作者" not in asked
    asked = asked_after("税务局去年评选的文明科室有哪些", "文明窗口呢")
    assert asked.startswith("税务局去年") and "文明窗口有哪些" in asked and "科室" not in asked


def test_a_period_after_a_draft_asks_the_question_drafted():
    asked = asked_after("水务局去年安全生产方面搞了啥", "把上面的写成一段总结", "压缩一下", "今年上半年这方面呢？")
    assert asked.startswith("水务局今年上半年安全生产") and "起草" not in asked and "这" not in asked
    asked = asked_after("文旅局去年文化惠民这块干了啥", "写成一段总结", "2023年的呢")
    assert asked.startswith("文旅局2023年文化惠民") and "起草" not in asked


def test_a_gap_in_people_after_a_part_asking_money_is_of_the_people():
    last = conversation_state(
        history_of(
            ("民政局今年全年计划救助困难老人多少名", "计划救助300名〔1〕。"),
            ("上半年救助了多少名，花了多少钱？", "救助120名〔1〕，投入资金80万元〔1〕。"),
        )
    )
    gap = resolve("还差多少名？", last)
    assert "钱" not in gap.question and "救助" in gap.question and gap.compared
    last = conversation_state(
        history_of(
            ("团委今年计划招募志愿者多少人", "计划招募500人〔1〕。"),
            ("上半年招募了多少人，经费用了多少万？", "招募320人〔1〕，经费12万元〔1〕。"),
        )
    )
    gap = resolve("离目标还差几个人？", last)
    assert "经费" not in gap.question and "招募" in gap.question


def test_the_whole_after_a_person_said_with_benren_leaves_the_person():
    asked = asked_after(
        "信访局领导班子去年接访多少次",
        "周海涛去年讲了几次专题党课？",
        "他本人去年公开接访几次？",
        "那整个局领导公开接访呢？",
    )
    assert asked.startswith("信访局去年") and "周海涛" not in asked and "党课" not in asked
    asked = asked_after("城管局去年开了几次会", "张伟去年讲了几次党课", "他本人去年带班巡查几次", "那整个局带班巡查呢")
    assert asked.startswith("城管局去年") and "张伟" not in asked
