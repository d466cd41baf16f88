"""Follow-ups: each turn rewritten into a question that stands alone, and answered from the right document."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state, resolve
from assistant.answer.followup_scope import ScopedSource, answered_documents
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import understand
from tests.answer.conversation_fixtures import (
    QINGHE_2023,
    QINGHE_2024H1,
    YUANHANG,
    conversation_source,
    converse,
)


def resolved(*questions: str) -> list[str]:
    """Each question as understood after the ones before it (answers are placeholders)."""
    history: list[dict] = []
    out = []
    for question in questions:
        out.append(understand(question, history).question)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": "（回答）〔1〕"}]
    return out


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # 那…呢 and 换成…的呢 replace the period only
            ("青禾社区党委2023年开了几次支委会？", "那2024年上半年呢？", "换成2023年的呢？"),
            ["青禾社区党委2024年上半年开了几次支委会？", "青禾社区党委2023年开了几次支委会？"],
        ),
        (  # a period and a new counted thing at once
            ("白沙村2023年开了几次支委会？", "那2024年党员大会呢？"),
            ["白沙村2024年开了几次党员大会？"],
        ),
        (  # 其中 narrows the whole; 那…呢 then replaces the part
            ("青禾社区党委2023年底有多少名党员？", "其中女党员有多少？", "那65岁以上的呢？"),
            [
                "青禾社区党委2023年底有多少名党员，其中女党员有多少？",
                "青禾社区党委2023年底有多少名党员，其中65岁以上有多少？",
            ],
        ),
        (  # a part that is a thing of its own is asked within the whole; 那…呢 replaces it
            ("石桥镇2024年村集体经济总收入多少？", "其中经营性收入呢？", "那财政补助收入呢？"),
            [
                "石桥镇2024年村集体经济总收入，其中经营性收入是多少？",
                "石桥镇2024年村集体经济总收入，其中财政补助收入是多少？",
            ],
        ),
        (  # a sibling unit keeps the parent's name
            ("市人民医院儿科党支部有多少名党员？", "那眼科党支部呢？", "三个支部加起来呢？"),
            ["市人民医院眼科党支部有多少名党员？", "市人民医院三个支部一共有多少名党员？"],
        ),
        (  # an ordinal unit is replaced where it stands
            ("远航物流公司第一党小组有多少名党员？", "那第二党小组呢？"),
            ["远航物流公司第二党小组有多少名党员？"],
        ),
        (  # a role replaces a role
            ("青禾社区党委2023年社区党委书记讲了几次党课？", "那副书记呢？"),
            ["青禾社区党委2023年社区副书记讲了几次党课？"],
        ),
        (  # plan -> actual keeps the organisation and the thing counted
            ("石桥镇2025年计划发展多少名党员？", "2024年实际发展了多少？"),
            ["石桥镇2024年实际发展了多少党员？"],
        ),
        (  # a turn naming no thing of its own takes the last topic
            ("青禾社区党委2024年开了几场义诊？", "服务了多少人次？"),
            ["青禾社区党委2024年服务了多少人次？"],
        ),
        (  # a bare half-year refines the year said before; the demonstrative gets its noun
            ("远航物流公司党支部2024年上半年讲了几次党课？", "上半年这几次分别是谁讲的？"),
            ["远航物流公司党支部2024年上半年这几次党课分别是谁讲的？"],
        ),
        (  # 的情况 adds nothing; a bare half-year keeps the year said before
            ("青禾社区党委2023年开了几次支委会？", "2024年上半年的情况呢？", "那上半年呢？"),
            ["青禾社区党委2024年上半年开了几次支委会？", "青禾社区党委2024年上半年开了几次支委会？"],
        ),
        (  # 其中 left unsaid: a modifier and a quantity narrow the last whole
            ("青禾社区党委2023年有多少名党员？", "女的有几个？", "65岁以上的呢？"),
            [
                "青禾社区党委2023年有多少名党员，其中女的有几个？",
                "青禾社区党委2023年有多少名党员，其中65岁以上的有几个？",
            ],
        ),
        (  # a narrower kind of the thing counted is a part of the whole
            ("青禾社区党委2023年有多少名党员？", "女党员有多少？", "预备党员呢？"),
            [
                "青禾社区党委2023年有多少名党员，其中女党员有多少？",
                "青禾社区党委2023年有多少名党员，其中预备党员有多少？",
            ],
        ),
        (  # the counted thing is carried over a turn that counted nothing; a person replaces a person
            ("远航物流公司党支部2023年讲了几次党课？", "都有谁讲了？", "韩冬讲了几次", "那梁涛呢"),
            [
                "远航物流公司党支部2023年讲党课都有谁讲了？",
                "远航物流公司党支部2023年韩冬讲了几次党课",
                "远航物流公司党支部2023年梁涛讲了几次党课？",
            ],
        ),
        (  # another organisation, then another counted thing of it
            ("青禾社区党委2023年开了几次支委会？", "换成远航物流公司呢？", "党课呢？"),
            ["远航物流公司2023年开了几次支委会？", "远航物流公司2023年开了几次党课？"],
        ),
    ],
)
def test_turns_resolve_to_questions_that_stand_alone(turns, expected):
    assert resolved(*turns)[1:] == expected


def test_an_article_keeps_the_regulation_named_only_in_the_answer():
    history = [
        {"role": "user", "content": "选举工作条例第十条讲了什么？"},
        {"role": "assistant", "content": "依据《中国共产党基层组织选举工作条例（2020年）》第十条：……〔1〕"},
        {"role": "user", "content": "其中候选人要介绍什么？"},
        {"role": "assistant", "content": "依据《中国共产党基层组织选举工作条例（2020年）》第十条：……〔1〕"},
    ]
    assert (
        understand("第十一条呢？", history).question == "《中国共产党基层组织选举工作条例（2020年）》第十一条讲了什么？"
    )


@pytest.mark.parametrize("turn", ["2015年版的第十一条呢？", "旧版的第十一条呢", "修订前的第十一条呢？"])
def test_an_article_of_another_revision_drops_the_quoted_revision(turn):
    history = [
        {"role": "user", "content": "选举工作条例第十条讲了什么？"},
        {"role": "assistant", "content": "依据《中国共产党基层组织选举工作条例（2020年）》第十条：……〔1〕"},
    ]
    rewritten = understand(turn, history).question
    assert rewritten.startswith("《中国共产党基层组织选举工作条例》") and "2020" not in rewritten


def test_a_draft_over_the_last_answer():
    history = [
        {"role": "user", "content": "青禾社区党委2023年针对这些问题有哪些整改措施？"},
        {"role": "assistant", "content": "据《青禾社区党委2023年度工作总结》：……〔1〕"},
    ]
    route = understand("把上面的写成一段话", history)
    assert route.kind == "draft" and route.refers_back
    assert "青禾社区党委2023年" in route.question and "整改措施" in route.question


def test_a_new_question_is_not_rewritten():
    history = [{"role": "user", "content": "青禾社区党委2023年开了几次支委会？"}]
    assert understand("远航物流公司党支部有几个党小组？", history).question == "远航物流公司党支部有几个党小组？"
    assert understand("《中国共产党基层组织选举工作条例》第十条讲了什么？", history).question.startswith("《")
    # without an organisation said before, a full question stays as it is
    history = [{"role": "user", "content": "上半年讲党课几次？"}]
    assert understand("组织全体党员观看了什么纪录片？", history).question == "组织全体党员观看了什么纪录片？"


def test_state_resolves_every_turn_and_keeps_the_last_answer():
    state = conversation_state(
        [
            {"role": "user", "content": "青禾社区党委2023年开了几次支委会？"},
            {"role": "assistant", "content": "全年召开党委会12次、支委会20次〔1〕。"},
            {"role": "user", "content": "那2024年上半年呢？"},
            {"role": "assistant", "content": "上半年召开党委会7次、支委会9次〔1〕。"},
        ]
    )
    assert state.question == "青禾社区党委2024年上半年开了几次支委会？"
    assert state.answer.startswith("上半年") and not state.refused
    assert resolve("换成2023年的呢？", state).question == "青禾社区党委2023年开了几次支委会？"


def test_the_last_answers_documents_come_from_its_titles_or_its_quotes():
    source = conversation_source()
    by_title = answered_documents(f"据《{QINGHE_2023}》“三、存在的问题”：……〔1〕", source)
    by_quote = answered_documents("上半年召开党委会7次、支委会9次〔1〕。", source)
    assert {source.document(d).title for d in by_title} == {QINGHE_2023}
    assert {source.document(d).title for d in by_quote} == {QINGHE_2024H1}
    by_source_line = answered_documents(f"共4次〔1〕。\n\n来源：\n〔1〕《{YUANHANG}》 › 二、学习教育 ——“…”", source)
    assert {source.document(d).title for d in by_source_line} == {YUANHANG}
    assert answered_documents("知识库中没有找到能回答这个问题的内容。为避免误导，不作推测。", source) == frozenset()
    partly = answered_documents(
        "第一问：知识库中没有找到能回答这一问的内容，不作推测。\n上半年召开党委会7次、支委会9次〔1〕。", source
    )
    assert {source.document(d).title for d in partly} == {QINGHE_2024H1}


def test_a_scoped_source_searches_only_the_last_answers_documents():
    source = conversation_source()
    doc = next(d.doc_id for d in source.documents() if d.title == YUANHANG)
    scoped = ScopedSource(source, frozenset({doc}))
    assert {e.chunk.doc_title for e in scoped.search("讲了几次党课", 5)} == {YUANHANG}
    assert scoped.scope("讲了几次党课").doc_ids == frozenset({doc})


# Whole conversations on the fixture documents: each answer holds the right figure from the right document.
CONVERSATIONS = [
    (("青禾社区党委2023年开了几次支委会？", "20"), ("那2024年上半年呢？", "9"), ("换成2023年的呢？", "20")),
    (("青禾社区党委2023年底有多少名党员？", "86"), ("其中女党员有多少？", "31"), ("那65岁以上的呢？", "22")),
    (("基层组织选举工作条例第十条讲了什么？", "候选人"), ("第十一条呢？", "监票人")),
    (("远航物流公司第一党小组有多少名党员？", "12"), ("那第二党小组呢？", "9")),
    (("远航物流公司党支部2023年讲了几次党课？", "4次"), ("其中支部书记讲了几次？", "3次"), ("那纪检委员呢？", "1次")),
    (("青禾社区党委2024年上半年开了几次党委会？", "7次"), ("社区党委书记讲了几次党课？", "2次")),
]


@pytest.mark.parametrize("turns", CONVERSATIONS)
def test_conversations_on_documents_of_our_own(turns):
    answers = converse(Assistant(conversation_source()), *(q for q, _ in turns))
    for (question, expected), answer in zip(turns, answers):
        assert not answer.refused, question
        assert expected in answer.text, (question, answer.text)
        assert answer_problems(answer) == []


def test_a_refused_answer_lends_no_document_scope():
    assistant = Assistant(conversation_source())
    first, second = converse(assistant, "青禾社区党委2022年开了几次支委会？", "远航物流公司党支部讲了几次党课？")
    assert first.refused
    assert not second.refused and "4次" in second.text


def test_another_period_stays_with_the_organisation_or_is_refused():
    assistant = Assistant(conversation_source())
    first, second = converse(assistant, "远航物流公司党支部2023年讲了几次党课？", "换成2024年的呢？")
    assert not first.refused
    assert second.refused and "远航物流公司" in second.text and "2024年" in second.text
    assert "4" not in second.text.replace("2024", "")  # no figure from another organisation's 2024 report
    # …while an organisation that has the other period is answered from it
    answers = converse(assistant, "青禾社区党委2023年开了几次支委会？", "那2024年上半年呢？")
    assert "9次" in answers[1].text and {c.doc for c in answers[1].citations} == {QINGHE_2024H1}


@pytest.mark.parametrize("turn", ["和去年比呢？", "跟去年相比呢", "与去年比较怎么样？"])
def test_a_comparison_turn_asks_the_other_period_as_done(turn):
    """和去年比呢 after a plan figure: the plan, and last year's figure as done (a plan is compared with what was)."""
    history = [
        {"role": "user", "content": "白沙公交集团2026年计划发展多少名党员？"},
        {"role": "assistant", "content": "计划发展党员15名〔1〕。"},
    ]
    route = understand(turn, history)
    assert route.question == "白沙公交集团2026年计划发展多少名党员？"
    assert route.compared == ("白沙公交集团2025年发展多少名党员？",)


def test_she_is_the_one_named_beside_the_asked_role():
    """宣传委员是谁 answered with a sentence naming several members: 她 is the 宣传委员."""
    history = [
        {"role": "user", "content": "白沙县气象局党支部宣传委员是谁？"},
        {
            "role": "assistant",
            "content": "本人任书记，副局长吴海鹰任副书记，组织委员孙婉、宣传委员刘晓芸分工负责〔1〕。",
        },
    ]
    assert "刘晓芸讲了几次党课" in understand("她讲了几次党课？", history).question
