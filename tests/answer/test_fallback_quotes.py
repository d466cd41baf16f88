"""Graceful degradation: a refused question whose answer a retrieved sentence plainly holds is answered
with that sentence as a quotation (confidence "low"); weak evidence, scope refusals and missing
articles stay refused."""

from __future__ import annotations

import pytest

from assistant.answer.context import AnswerContext
from assistant.answer.extractive import answer_extractively
from assistant.answer.fallback import answer_test, quoted_answer
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import Route, understand
from assistant.core.schema import Answer
from tests.answer.fact_fixtures import MINUTES, NOTICE, REPORT, REPORT_TITLE
from tests.answer.support import FakeSource, index_like, make_chunk

REFUSED = "知识库中没有找到能回答这个问题的内容。"


@pytest.fixture
def source() -> FakeSource:
    return index_like(FakeSource(REPORT, MINUTES, NOTICE))


def refused_by(source: FakeSource, question: str, kind: str = "count") -> tuple[AnswerContext, Answer]:
    route = Route(kind, question)
    ctx = AnswerContext(route, source)
    return ctx, Answer(REFUSED, kind, refused=True, retrieved=ctx.evidence(k=20))


def checked(answer: Answer) -> Answer:
    assert answer_problems(answer) == []
    for citation in answer.citations:
        assert citation.quote in citation.chunk.text
    return answer


def test_a_percentage_asked_with_duoshao_is_quoted_from_the_sentence_that_states_it(source):
    answer = quoted_answer(*refused_by(source, "青松街道党员参学率达到了多少？"))
    assert answer is not None and answer.confidence == "low" and not answer.refused
    assert f"据《{REPORT_TITLE}》记载：“" in answer.text and "95.2%" in checked(answer).text


def test_money_asked_colloquially_is_quoted(source):
    answer = quoted_answer(*refused_by(source, "青松街道加装电梯补助花了多少钱？"))
    assert answer is not None and "126万元" in checked(answer).text


def test_money_of_another_kind_is_not_quoted(source):
    """The 补助资金 sentence holds the question's other words, but 党费 and 经费 are other money."""
    assert quoted_answer(*refused_by(source, "青松街道加装电梯收了多少党费？")) is None
    assert quoted_answer(*refused_by(source, "青松街道加装电梯的工作经费是多少万元？")) is None


def test_a_phone_number_is_quoted_with_the_contact(source):
    answer = quoted_answer(*refused_by(source, "民主评议党员工作的联系人是谁？电话多少？"))
    assert answer is not None and "田甜" in answer.text and "0571-86521234" in checked(answer).text


def test_a_count_of_people_asked_with_jige_is_answered_by_a_person_unit(source):
    answer = quoted_answer(*refused_by(source, "中心组第3次集体学习有几个同志作了交流发言？"))
    assert answer is not None and "两位同志" in checked(answer).text


def test_a_plan_figure_is_not_quoted_as_what_was_done(source):
    assert quoted_answer(*refused_by(source, "青松街道2024年实际发展了多少名党员？")) is None


def test_weak_evidence_stays_refused(source):
    assert quoted_answer(*refused_by(source, "青松街道2024年一共收了多少党费？")) is None
    assert quoted_answer(*refused_by(source, "青松街道查处了多少起违纪案件？")) is None


def test_a_question_that_asks_for_nothing_checkable_is_not_quoted():
    assert answer_test("青松街道党建工作有什么特色") is None
    assert answer_test("参学率达到了多少") is not None


def test_never_after_a_scope_refusal_or_for_an_article_lookup(source):
    ctx, refused = refused_by(source, "青松街道党员参学率达到了多少？")
    refused.retrieved = []  # a period or organisation no document covers: nothing was searched
    assert quoted_answer(ctx, refused) is None
    ctx, refused = refused_by(source, "纪律处分条例第五百条是什么？", kind="lookup")
    assert quoted_answer(ctx, refused) is None


def test_the_extractive_answerer_falls_back_only_when_a_kind_refused(source):
    answer = answer_extractively(understand("青松街道党员参学率达到了多少？", None), source)
    # The count kind states percentages itself now; either way the figure is answered, never refused.
    assert not answer.refused and "95.2%" in answer.text
    covered = answer_extractively(understand("2019年上半年参学率达到了多少？", None), source)
    assert covered.refused or covered.confidence == "high"


def test_a_sentence_running_on_from_a_heading_is_quoted_from_its_own_line():
    chunk_text = "## 二、组织建设\n全年发展党员4名，其中35岁以下青年医生3名。"
    fake = FakeSource([make_chunk("某医院党总支2024年度工作总结", chunk_text)])
    index_like(fake)
    answer = quoted_answer(*refused_by(fake, "某医院党总支2024年发展了几名党员？"))
    assert answer is not None and "##" not in answer.text and "全年发展党员4名" in checked(answer).text


@pytest.mark.parametrize(
    "question", ["柳塘卫生院党支部2024年发展了几名党员", "柳塘卫生院党支部2024年有几名党员受到表彰"]
)
def test_a_figure_of_other_members_is_no_quotation_for_an_act_on_members(question):
    title = "柳塘卫生院党支部2024年度工作总结"
    source = FakeSource([make_chunk(title, "支部现有党员19名，其中女党员13名。", ("一、基本情况",))])
    answer = answer_extractively(understand(question, None), source)
    assert answer.refused and "19名" not in answer.text.split("相关内容")[0], answer.text


def test_a_span_of_days_or_people_of_another_kind_are_no_count_of_what_is_asked():
    title = "中共青杉社区委员会关于召开2024年度组织生活会的通知"
    notice = FakeSource(
        [
            make_chunk(title, "会后5个工作日内，各党支部将会议情况报告和问题整改清单报社区党委。", ("四、有关要求",)),
            make_chunk(title, "社区党委班子成员七人全部参加所在支部的组织生活会。", ("三、参加人员",), position=1),
        ]
    )
    index_like(notice)
    for question in ("青杉社区组织生活会一共查摆了多少个问题", "青杉社区一共有多少名职工"):
        assert quoted_answer(*refused_by(notice, question)) is None, question
    assert answer_test("会后几个工作日内报送")("会后5个工作日内报送")  # a span asked is still answered
