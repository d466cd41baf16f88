"""Drafts with options (一段 / 约N字 / 不超过N字 / 一篇) and comparisons, on made-up reports."""

from __future__ import annotations

import re

import pytest

from assistant.answer.draft_options import DraftOptionError, draft_options, with_length, without_options, written_length
from assistant.answer.draft_topic import draft_topic
from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import Route, route
from tests.answer.draft_fixtures import water_reports
from tests.answer.support import FakeSource

# What a draft never contains: 落款 lines, dates of the 落款, table header rows, lead-ins, bare headings.
NEVER = ("支部委员会\n", "7月6日", "7月8日", "季度　", "支委会（次）", "报告如下", "述职人", "一是一是")


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(*water_reports())


def draft(source: FakeSource, question: str):
    answer = answer_extractively(Route("draft", question), source)
    assert not answer.refused, answer.text
    assert answer_problems(answer) == []  # every number stands in the cited sources
    for wrong in NEVER:
        assert wrong not in answer.text
    return answer


@pytest.mark.parametrize(
    ("question", "form", "chars", "ceiling"),
    [
        ("写一段理论学习情况的总结", "paragraph", None, False),
        ("写一段约300字的理论学习情况总结", "paragraph", 300, False),
        ("起草一段理论学习情况的总结，200字左右", "paragraph", 200, False),
        ("起草一段总结，不超过500字", "paragraph", 500, True),
        ("写一段总结，三百字以内", "paragraph", 300, True),
        ("起草一篇上半年工作总结", "article", None, False),
        ("写一份完整的总结，分几个部分，约800字", "article", 800, False),
    ],
)
def test_options_are_read_from_the_question(question, form, chars, ceiling):
    options = draft_options(question)
    assert (options.form, options.chars, options.ceiling) == (form, chars, ceiling)


def test_length_words_are_no_topic():
    assert without_options("写一段约300字的理论学习情况总结") == "写一段理论学习情况总结"
    assert "300" not in without_options("写一段理论学习情况总结，不超过300字")


def test_length_option_is_written_into_the_question():
    assert draft_options(with_length("写一段理论学习总结", "300")).chars == 300
    assert draft_options(with_length("写理论学习总结", "一篇")).form == "article"
    with pytest.raises(DraftOptionError, match="--length"):
        with_length("写一段总结", "很长")


def test_write_an_article_routes_to_draft():
    assert route("根据水务局2024年上半年总结写一篇工作总结") == "draft"


def test_paragraph_uses_every_relevant_section_in_order_with_connectives(source):
    answer = draft(source, "根据水务局机关党支部2024年上半年总结，写一段理论学习情况的总结")
    text = answer.text
    assert text.startswith("2024年上半年，")
    assert text.index("集中学习8次") < text.index("读书班1期")
    assert "一是" in text and "二是" in text
    assert "2023" not in text.split("，", 1)[1]  # the other half-year is not mixed in


def test_every_sentence_of_a_draft_is_cited(source):
    answer = draft(source, "根据水务局机关党支部2024年上半年总结，写一段服务群众情况的总结")
    body = answer.text.split("：", 1)[1]
    assert all("〔" in s for s in re.split(r"[；。]", body) if s.strip())


@pytest.mark.parametrize("limit", [90, 120, 150])
def test_a_ceiling_is_kept_at_sentence_boundaries(source, limit):
    answer = draft(source, f"根据水务局机关党支部2024年上半年总结，写一段服务群众情况的总结，不超过{limit}字")
    assert written_length(answer.text) <= limit or answer.text.count("〔") == 1  # one sentence at least
    assert answer.text.endswith("〕。")
    for citation in answer.citations:  # whole sentences: each quote is a sentence of its source
        assert citation.quote.endswith(("。", "；"))


def test_longer_length_says_more(source):
    short = draft(source, "根据水务局机关党支部2024年上半年总结，写一段服务群众情况的总结，约60字")
    long = draft(source, "根据水务局机关党支部2024年上半年总结，写一段服务群众情况的总结，约300字")
    assert written_length(short.text) < written_length(long.text)
    assert "800余份" in long.text and "3支" in long.text
    assert short.text.count("〔") == 1  # nothing fits 60 characters after the lead: one whole sentence, not none


def test_article_has_a_heading_per_section_and_leaves_out_signature(source):
    answer = draft(source, "根据水务局机关党支部2024年上半年工作总结，写一篇上半年工作总结")
    lines = answer.text.split("\n")
    headings = [line for line in lines if re.match(r"^[一二三四五六]、", line)]
    assert headings[:3] == ["一、理论学习", "二、组织生活", "三、服务群众"]
    assert "完成支部换届选举" in answer.text  # a whole piece includes the plans
    assert "2024年7月8日" not in answer.text and "中共云岭县水务局机关支部委员会" not in answer.text


def test_table_rows_are_no_sentences_of_a_paragraph(source):
    answer = draft(source, "根据水务局机关党支部2023年上半年总结，写一段组织生活情况的总结")
    assert "支委会4次" in answer.text
    assert "第一季度" not in answer.text


def test_comparison_puts_both_periods_figures_side_by_side(source):
    answer = draft(source, "对比水务局机关党支部2023年和2024年上半年，写一段理论学习情况的总结")
    text = answer.text
    assert "2023年上半年" in text and "2024年上半年" in text
    assert "集中学习5次" in text and "集中学习8次" in text
    # side by side: the 2024 figure follows the 2023 one in the same point
    assert text.index("集中学习5次") < text.index("集中学习8次") < text.index("二是") if "二是" in text else True
    docs = {c.doc for c in answer.citations}
    assert len(docs) == 2  # each period cited from its own report


def test_comparison_of_two_half_years_by_words(source):
    answer = draft(source, "把水务局机关党支部两个半年的服务群众情况对比一下，写一段话")
    assert "护河队2支" in answer.text and "护河队3支" in answer.text
    assert "要点" not in " ".join(c.doc for c in answer.citations)  # a plan reports no actuals


def test_述职_draft_leaves_out_the_signature(source):
    answer = draft(source, "根据林海的述职报告，写一段履行职责情况的摘要")
    assert "3次" in answer.text and "260余次" in answer.text
    assert "林海\n" not in answer.text and "2024年1月12日" not in answer.text


def test_a_comparison_with_one_period_only_says_so(source):
    answer = draft(source, "对比水务局机关党支部2023年和2024年上半年，写一段节水宣传情况的总结")
    assert "800余份" in answer.text
    assert answer.note and "只依据《云岭县水务局机关党支部2024年上半年工作总结》" in answer.note


def test_a_draft_never_speaks_for_another_period(source):
    answer = answer_extractively(Route("draft", "根据水务局机关党支部2022年上半年总结，写一段服务群众的总结"), source)
    assert "护河队" not in answer.text  # only 2023 and 2024 are there


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("帮我把上半年党建报告里组织建设的内容整理成一段话", "组织建设"),
        ("请把2024年上半年工作总结中关于防汛的内容写成一段话", "防汛"),
    ],
)
def test_topic_after_the_document_it_is_in(question, topic):
    from assistant.answer.draft_topic import draft_topic

    assert draft_topic(question) == topic


def test_short_parts_of_a_joined_topic_stand_alone():
    from assistant.answer.draft import subtopics

    assert subtopics("防汛和产业发展") == ["防汛和产业发展", "防汛", "产业发展"]
    assert subtopics("党建和生产经营融合成效") == ["党建和生产经营融合成效"]  # 党建 alone names every part


def test_plan_against_its_report(source):
    from assistant.answer.draft_options import DraftOptions  # noqa: F401  (options parsed from the question)

    answer = draft(source, "对比水务局机关党支部2024年党建工作要点和2024年上半年总结，写一段理论学习情况")
    assert "计划与完成情况对比如下" in answer.text or "2024年计划" in answer.text, answer.text
    assert "不少于10次" in answer.text and "集中学习8次" in answer.text


def test_what_was_done_is_not_drawn_from_a_plan(source):
    answer = draft(source, "起草一段水务局机关党支部2024年组织生活情况的总结")
    assert "每月开展主题党日活动1次" not in answer.text  # the 要点's intention
    assert "主题党日活动6次" in answer.text


def test_a_comparison_leaves_out_table_rows(source):
    answer = draft(source, "对比水务局机关党支部2023年上半年和2024年上半年的组织生活情况，写一段话")
    assert "支委会4次" in answer.text and "支委会6次" in answer.text
    assert "第一季度" not in answer.text and "第二季度" not in answer.text


DRAFTED = [
    {"role": "user", "content": "根据水务局机关党支部2024年上半年总结，写一段服务群众情况的总结"},
    {
        "role": "assistant",
        "content": "2024年上半年，……组建党员护河队3支〔1〕。\n\n来源：\n〔1〕《云岭县水务局机关党支部2024年上半年工作总结》",
    },
]


@pytest.mark.parametrize(
    ("turn", "words"),
    [
        ("改成300字左右", "约300字"),
        ("压缩到100字以内", "不超过100字"),
        ("写成一篇", "写成一篇"),
        ("把上面的写成一段总结，约150字", "约150字"),
    ],
)
def test_a_follow_up_asks_for_another_length_or_form(turn, words):
    from assistant.answer.routing import understand

    resolved = understand(turn, DRAFTED)
    assert resolved.kind == "draft" and resolved.question.endswith(words), resolved.question
    assert "服务群众" in resolved.question


@pytest.mark.parametrize(
    ("turn", "words"),
    [
        ("压缩一下", "，不超过"),
        ("再精简些吧", "，不超过"),
        ("写短一点", "，不超过"),
        ("扩写一下", "，约"),
        ("再详细些", "，约"),
    ],
)
def test_a_follow_up_asks_for_a_shorter_or_longer_draft_without_a_number(turn, words):
    from assistant.answer.routing import understand

    drafted = (
        "2024年上半年，云岭县水务局机关党支部在服务群众方面主要开展了以下工作：一是组建党员护河队3支，巡河120次〔1〕；"
        "二是开展节水宣传进社区活动8场，发放宣传资料2000余份〔1〕；三是为困难群众解决饮水问题15件〔2〕。"
    )
    history = [
        DRAFTED[0],
        {"role": "assistant", "content": f"{drafted}\n\n来源：\n〔1〕《云岭县水务局机关党支部2024年上半年工作总结》"},
    ]
    resolved = understand(turn, history)
    assert resolved.kind == "draft" and "服务群众" in resolved.question, resolved.question
    length = written_length(drafted)
    asked = draft_options(resolved.question)
    assert words in resolved.question and asked.chars is not None
    assert asked.ceiling == (words == "，不超过")
    assert (asked.chars < length) if asked.ceiling else (asked.chars > length), resolved.question


@pytest.mark.parametrize("turn", ["压缩一下", "详细一点"])
def test_shorter_or_longer_after_an_answer_that_was_no_draft_is_no_reshape(turn):
    from assistant.answer.routing import understand

    history = [
        {"role": "user", "content": "水务局机关党支部2024年上半年开展了几次主题党日？"},
        {"role": "assistant", "content": "开展主题党日6次〔1〕。"},
    ]
    assert "不超过" not in understand(turn, history).question and "约" not in understand(turn, history).question


def test_the_last_form_word_wins():
    assert draft_options("起草一段关于服务群众的总结，写成一篇").form == "article"
    assert draft_options("写一篇……不，还是写一段话吧").form == "paragraph"


@pytest.mark.parametrize(
    ("request_text", "topic"),
    [
        ("桃溪村集体经济的情况写个200字左右的总结", "桃溪村集体经济"),
        ("把全年安全生产方面写成一段总结", "全年安全生产"),
        ("帮我写一段300字左右的卫生院2024年度组织生活会情况简报。", "卫生院2024年度组织生活会"),
        ("为水文站书记述职起草一段“党建+业务”融合成效的文字，约200字。", "水文站“党建+业务”融合成效"),
        ("以公交集团2026年党建工作要点为依据，起草一段约200字的组织建设工作部署。", "组织建设工作"),
    ],
)
def test_the_topic_of_a_request_carries_no_length_form_or_aspect_word(request_text, topic):
    """The lead sentence says 在…方面: the topic must not repeat 方面, a length or the form asked for."""
    assert draft_topic(request_text) == topic


def test_a_topic_that_only_names_the_document_drafts_the_whole_of_it(source):
    """水务 (of 写一段水务上半年工作简报) only names the report: every section is drawn on, under no topic."""
    from assistant.answer.draft import document_parts

    record = next(d for d in source.documents() if "2024年上半年" in d.title)
    chunks = source.document_chunks(record.doc_id)
    own_topic, parts = document_parts(source, "水务", record, chunks, [], draft_options("写一段"))
    assert own_topic == "" and len({p.chunk.section_path[:1] for p in parts}) > 2


@pytest.mark.parametrize(
    "request_text",
    [
        "以水务局机关党支部2024年党建工作要点为依据，起草一段组织生活建设部署",
        "根据2024年党建工作要点，写一段水务局机关党支部组织生活方面的工作安排",
    ],
)
def test_a_plan_asked_for_is_drafted_from_as_a_plan(source, request_text):
    """以…要点为依据: the plan is the source (its year not yet reported on), written as what is to be done;
    组织生活建设 finds the section headed 严格组织生活 without its broad word."""
    answer = draft(source, request_text)
    assert not answer.refused and "工作安排是" in answer.text and "每月开展主题党日活动1次" in answer.text


@pytest.mark.parametrize(
    "request_text",
    [
        "根据水务局机关党支部2024年上半年工作总结，起草一段党建工作总结，约300字",
        "用一段话总结一下水务局机关党支部2024年上半年的工作",
    ],
)
def test_a_paragraph_on_the_work_in_general_draws_on_every_section_of_what_was_done(source, request_text):
    answer = draft(source, request_text)
    assert "集中学习8次" in answer.text and "支委会6次" in answer.text and "护河队3支" in answer.text
    assert "换届" not in answer.text  # the 下半年打算 is no part of what was done
