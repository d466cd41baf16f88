"""Fact answers by answer type: 谁 gets a name, 哪天 a date, 落款 only for the issuer, and a refusal
when no sentence holds what is asked — on documents of a made-up 街道 (tests/answer/fact_fixtures.py)."""

from __future__ import annotations

import pytest

from assistant.answer.answer_types import holds, is_furniture, is_signature, wanted_types
from assistant.answer.context import AnswerContext
from assistant.answer.extractive import answer_extractively
from assistant.answer.fact import answer_fact
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import understand
from tests.answer.fact_fixtures import MINUTES, NOTICE, REPORT, REPORT_TITLE
from tests.answer.support import FakeSource, make_chunk


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT, MINUTES, NOTICE)


def fact(source: FakeSource, question: str):
    answer = answer_fact(AnswerContext(understand(question, None), source))
    assert answer_problems(answer) == []
    for citation in answer.citations:
        assert citation.quote in citation.chunk.text
    return answer


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("青松街道党工委书记是谁？", ["person"]),
        ("那次集体学习是哪位同志主持的", ["person"]),
        ("纪检委员叫什么名字", ["person"]),
        ("换届选举是哪天开的会？", ["date"]),
        ("中心组学习啥时候开的，在哪开的？", ["date", "place"]),
        ("评优秀的比例有啥限制？", ["percent"]),
        ("加装电梯补助花了多少钱", ["amount"]),
        ("联系人是谁？电话多少？", ["person", "phone"]),
        ("这份通知的文号是什么", ["doc_number"]),
        ("这份总结是哪个单位发的，落款日期是哪天？", ["issuer", "issuer"]),
        ("学习的主题是什么", ["title"]),
        ("今年有没有发生违纪案件", ["yes_no"]),
        ("为什么推迟换届", ["reason"]),
        ("组长是谁？副组长呢？", ["person", "person"]),
        ("上半年讲了几回党课", ["count"]),
        ("这几个支部一共发展了多少党员", ["count"]),
        ("讲了几次党课，都是谁讲的", ["count", "person"]),
        ("销售收入占比多少？年初目标是多少？", ["percent", "percent"]),
        ("补助资金多少钱？其中市级资金多少？", ["amount", "amount"]),
        ("街道党建工作取得了哪些成效", []),
    ],
)
def test_the_answer_type_comes_from_the_wording(question, kinds):
    assert [w.kind for w in wanted_types(question)] == kinds


def test_a_person_part_keeps_the_role_or_action_the_name_must_stand_next_to():
    assert [w.anchor for w in wanted_types("谁主持的？记录是谁？")] == ["主持", "记录"]
    assert wanted_types("街道机关党支部书记叫什么")[0].anchor == "书记"
    assert wanted_types("组长是谁？副组长呢？")[1].anchor == "副组长"


def test_a_count_wants_a_number_of_the_asked_unit():
    people = wanted_types("有几个同志作了交流发言")[0]
    assert holds(people, "施雨桐、潘立群两位同志作了交流发言。")
    assert not holds(people, "开展交流发言3次。")
    times = wanted_types("讲了几回党课")[0]
    assert holds(times, "书记讲党课2次。") and not holds(times, "讲党课的党员有5名。")


def test_sentences_are_checked_for_the_type_and_the_signature_for_the_issuer_only():
    person = wanted_types("纪检委员是谁")[0]
    assert holds(person, "潘立群任纪检委员。")
    assert not holds(person, "纪检委员要带头遵守纪律。")  # the role, but no name
    assert holds(wanted_types("会议谁主持")[0], "主持人：仉大川")  # a rare surname after a field label
    assert holds(wanted_types("组长是谁")[0], "组长欧阳明")
    assert holds(wanted_types("专题党课谁讲的")[0], "邀请市委党校王教授讲专题党课。")
    when = wanted_types("党小组会什么时候开")[0]
    assert holds(when, "党小组会一般每月召开1次。") and holds(when, "会后5个工作日内报送会议情况。")
    assert not holds(when, "党小组会由党小组组长主持。")
    assert not holds(when, "占比为18%，低于年初确定的22%的目标。")  # 年初 here is no time of an event
    counted_from = wanted_types("试用期从什么时候算起")[0]
    assert holds(counted_from, "试用期自党组会议研究通过之日起计算。")
    assert holds(counted_from, "考察期从支委会确定其为培养对象之日算起。")
    issuer = wanted_types("是哪个单位发的")[0]
    signature = "中共青松街道工作委员会\n2025年1月15日"
    assert is_signature(signature) and holds(issuer, signature)
    assert not holds(wanted_types("换届是哪天")[0], signature)  # its date is not the date of an event
    assert is_furniture("发布日期：2024-12-20　信息来源：青松街道　点击数：318")
    assert is_furniture("青松街道党工委工作总结— 3 —")
    assert not is_furniture("全年开展共建活动12次。")


def test_who_is_answered_by_the_sentence_with_the_name_not_by_the_signature(source):
    answer = fact(source, "青松街道机关党支部的纪检委员是谁？")
    assert "潘立群" in answer.text and "2025年1月15日" not in answer.text


def test_who_chaired_and_who_took_notes_are_two_parts_of_one_question(source):
    answer = fact(source, "中心组第3次集体学习谁主持的？记录是谁？")
    assert "罗海峰" in answer.text and "韦小雨" in answer.text


def test_when_and_where_come_from_the_meeting_record(source):
    answer = fact(source, "中心组第3次集体学习是啥时候开的？在哪开的？")
    assert "6月18日" in answer.text and "三楼第二会议室" in answer.text


def test_the_date_of_an_event_is_not_the_date_of_the_signature(source):
    answer = fact(source, "街道机关党支部上一次换届选举是哪天开的会？")
    assert "2024年4月9日" in answer.text and "2025年1月15日" not in answer.text


def test_the_signature_answers_who_issued_the_report_and_when(source):
    answer = fact(source, "青松街道党建工作总结是哪个单位发的，落款日期是哪天？")
    assert "青松街道工作委员会" in answer.text and "2025年1月15日" in answer.text


def test_a_percentage_question_in_colloquial_words_is_answered(source):
    answer = fact(source, "民主评议党员，评优秀的比例有啥限制？")
    assert "25%" in answer.text and answer.confidence == "high"


def test_a_count_asked_in_colloquial_words_is_answered_with_the_number(source):
    answer = fact(source, "中心组第3次集体学习有几个人作了交流发言？")
    assert "两位同志" in answer.text


def test_no_name_in_the_documents_means_a_refusal(source):
    assert fact(source, "青松街道2024年新发展的那名青年党员叫什么？").refused


def test_web_page_furniture_never_answers(source):
    answer = fact(source, "民主评议党员工作通知是什么时候发布的，点击数多少")
    assert "点击数" not in answer.text


def test_a_typed_part_no_sentence_answers_is_said_to_be_missing(source):
    answer = fact(source, "中心组第3次集体学习谁主持的？会开了几个小时？")
    assert "罗海峰" in answer.text


def test_the_extractive_answerer_routes_fact_questions_through_the_types(source):
    answer = answer_extractively(understand("中心组集体学习的记录人是谁？", None), source)
    assert "韦小雨" in answer.text and not answer.refused


class RareWords:
    """七一 is as rare as a word can be; every other word is common."""

    def token_weights(self, tokens: list[str]) -> list[float]:
        return [5.0 if t == "七一" else 1.0 for t in tokens]

    def max_token_weight(self) -> float:
        return 6.0


def test_a_name_next_to_the_action_but_not_at_the_asked_event_is_no_answer(source):
    source.weights = RareWords()
    section = ("一、基层组织建设",)
    source.chunks.append(make_chunk(REPORT_TITLE, "全年街道党工委书记罗海峰讲专题党课2次。", section, position=8))
    assert fact(source, "青松街道“七一”专题党课是谁讲的？").refused
    source.chunks.append(make_chunk(REPORT_TITLE, "“七一”前夕，组织委员施雨桐讲专题党课1次。", section, position=9))
    answer = fact(source, "青松街道“七一”专题党课是谁讲的？")
    assert "施雨桐" in answer.text and "罗海峰" not in answer.text


def test_no_kind_ranks_the_signature_or_furniture_unless_the_issuer_is_asked(source):
    ctx = AnswerContext(understand("中共青松街道工作委员会", None), source)
    evidence = ctx.evidence(k=20)
    assert any("2025年1月15日" in e.chunk.text for e in evidence)
    sentences = [s.sentence for s in ctx.best_sentences(ctx.question, evidence)]
    assert sentences and not any("2025年1月15日" in s or "点击数" in s for s in sentences)
    asked = "青松街道工作委员会的总结是哪个单位发的？"
    assert any("2025年1月15日" in s.sentence for s in ctx.best_sentences(asked, evidence))


def test_a_count_with_yu_after_the_number_is_a_count():
    times = wanted_types("义诊服务了多少人次群众")[0]
    assert holds(times, "义诊活动26场，服务群众3800余人次。")
    assert not holds(times, "服务群众3800余人。")
    assert holds(times, "第二党小组｜志愿服务（人次）：41")  # a table cell with its column header


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("青松街道“红色物业”共建活动跟哪些单位搞的？", "市供电公司党委"),
        ("青松街道加装电梯的补助资金是多少？", "126万元"),
        ("青松街道机关党支部的组织委员叫啥？", "施雨桐"),
    ],
)
def test_colloquial_questions_are_not_refused_for_their_wording(source, question, expected):
    answer = answer_extractively(understand(question, None), source)
    assert not answer.refused and expected in answer.text
    assert answer_problems(answer) == []


def test_who_in_a_regulation_is_answered_by_an_organ_not_a_name():
    rule = make_chunk(
        "机关党支部工作规则",
        "第八条　发展党员须经支部大会讨论通过，报上级党组织审批。",
        ("第八条",),
        "第八条",
        "regulation",
    )
    answer = fact(FakeSource([rule]), "机关党支部工作规则规定发展党员由谁审批？")
    assert not answer.refused and "上级党组织" in answer.text


@pytest.mark.parametrize(
    "question, noun",
    [("哪位领导到会指导了民主生活会？", "领导"), ("哪位同志作了点评讲话", "同志"), ("哪个人主持的会议？", "人")],
)
def test_a_generic_person_noun_is_not_the_anchor(question, noun):
    """哪位领导到会指导: the name stands next to what was done (到会指导), not next to the word 领导."""
    anchor = wanted_types(question)[0].anchor
    assert anchor and anchor != noun and question.index(anchor) > question.index(noun)


def test_a_branch_secretary_is_found_where_the_text_says_zhibu_shuji():
    title = "中共桐溪县实验小学支部委员会2025年党建工作要点"
    text = "支部书记郭莉履行第一责任人职责，各支部委员按分工抓好落实。"
    source = FakeSource([make_chunk(title, text, ("六、工作保障",))])
    answer = answer_extractively(understand("桐溪县实验小学党支部书记是谁？", None), source)
    assert "郭莉" in answer.text and answer_problems(answer) == []


NOTICE_FIELDS_TITLE = "中共白沙市图书馆支部委员会关于召开2025年度组织生活会的通知"
NOTICE_FIELDS = """中共白沙市图书馆支部委员会关于召开2025年度组织生活会的通知
各党小组：
经支委会研究，定于近期召开2025年度组织生活会。现将有关事项通知如下：
一、会议时间
2026年1月20日（星期二）上午9:00
二、会议地点
馆办公楼三楼多功能厅
三、参加人员
支部全体党员。
"""


@pytest.mark.parametrize(
    "question, expected",
    [
        ("白沙市图书馆的组织生活会什么时候开？", ["1月20日"]),
        ("白沙市图书馆组织生活会啥时候开？在哪开？", ["1月20日", "多功能厅"]),
        ("白沙市图书馆这次组织生活会在哪里召开", ["多功能厅"]),
    ],
)
def test_a_notice_field_section_answers_when_and_where(question, expected):
    """一、会议时间 / 二、会议地点: their text repeats no word of the question, yet it is the answer."""
    from tests.answer.structure_fixtures import chunks_of

    source = FakeSource(chunks_of(NOTICE_FIELDS_TITLE, NOTICE_FIELDS))
    answer = Assistant(source).ask(question)  # type: ignore[arg-type]
    assert all(e in answer.text for e in expected) and answer_problems(answer) == []


@pytest.mark.parametrize(
    "question", ["白沙气象局2024年接收的预备党员叫什么名字？", "白沙气象局2024年接收的预备党员是谁"]
)
def test_a_name_in_brackets_after_a_count_of_people_answers_who(question):
    title = "白沙气象局党支部书记2024年度述职报告"
    text = "严格按照规定程序发展党员，接收预备党员1名（观测股业务骨干林小溪），确定入党积极分子2名。"
    answer = answer_extractively(understand(question, None), FakeSource([make_chunk(title, text, ("一、",))]))
    assert "林小溪" in answer.text and not answer.refused
