"""Question kinds, follow-ups rewritten from the conversation, and the hints retrieval gets."""

from __future__ import annotations

import pytest

from assistant.answer.routing import hints_for, route, understand


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("上半年讲党课几次？", "count"),
        ("组织全体党员集中学习了多少次？", "count"),
        ("组织全体党员观看了什么纪录片？", "fact"),
        ("廉政文化建设采取了哪些具体措施？", "list"),
        ("哪几个方面", "list"),
        ("《中国共产党纪律处分条例》第八条是什么内容？", "lookup"),
        ("收受礼金怎么处分", "lookup"),
        ("这份上半年党建工作报告引用了哪些党内法规？", "cited"),
        ("根据上半年党建工作报告，起草一段关于廉政文化建设情况的总结。", "draft"),
        ("用一段话总结一下华岳分公司2024年的党建工作", "draft"),
        ("帮我概括一下白沙镇上半年组织建设的情况", "draft"),
        ("总结里说了几次主题党日？", "count"),
    ],
)
def test_route(question, kind):
    assert route(question) == kind


def test_mode_overrides_the_question():
    assert route("上半年讲党课几次？", "draft") == "draft"
    assert route("上半年讲党课几次？", "lookup") == "lookup"
    assert route("起草一段总结", "qa") == "fact"  # qa never drafts
    assert route("报告引用了哪些法规", "lookup") == "cited"


def test_follow_up_takes_its_subject_from_history():
    history = [{"role": "user", "content": "上半年讲党课几次？"}, {"role": "assistant", "content": "共8次"}]
    understood = understand("那党支部书记呢？", history)
    assert (understood.kind, understood.question, understood.focus) == (
        "count",
        "党支部书记，上半年讲党课几次？",
        "党支部书记",
    )


def test_follow_up_on_an_article_number():
    history = [{"role": "user", "content": "《纪律处分条例》第一条是什么？"}]
    assert understand("第二条呢？", history).question == "《纪律处分条例》第二条是什么？"
    assert understand("第二条呢？", [{"role": "user", "content": "《纪律处分条例》讲什么"}]).question == (
        "《纪律处分条例》第二条讲了什么？"
    )


def test_a_full_question_is_not_a_follow_up():
    history = [{"role": "user", "content": "上半年讲党课几次？"}]
    assert understand("组织全体党员观看了什么纪录片？", history).question == "组织全体党员观看了什么纪录片？"


def test_hints_for_quantities_and_citations():
    hints = hints_for("上半年发展了多少名新党员？")
    assert hints.quantity.search("发展党员12人") and not hints.quantity.search("发展党员12次")
    assert not hints.cites_documents
    cited = hints_for("报告引用了哪些法规")
    assert cited.cites_documents and cited.quantity is None
    assert understand("上半年讲党课几次？", None).hints == hints_for("上半年讲党课几次？")


def test_a_working_rule_is_a_regulation_to_look_up():
    """党组工作规则 is a regulation like a 条例: its size and its 施行 are look-ups."""
    for question in ("卫健局党组工作规则一共多少条", "党组工作规则啥时候开始施行"):
        assert understand(question, []).kind == "lookup"


def test_what_a_regulation_holds_is_looked_up_in_it():
    for question in ("党章里党员有哪些义务", "纪律处分条例中处分有哪些种类"):
        assert understand(question, []).kind == "lookup"


def test_which_article_asked_with_shi_nayitiao_is_a_look_up():
    assert understand("党章里党员义务是哪一条", []).kind == "lookup"
    assert understand("纪律处分条例里收受礼金在哪一条", []).kind == "lookup"


@pytest.mark.parametrize(
    ("question", "understood"),
    [
        ("税务局24年党课一共讲了多少次", "税务局2024年党课一共讲了多少次"),
        ("23年上半年发展了几名", "2023年上半年发展了几名"),
    ],
)
def test_a_year_said_short_is_the_full_year(question, understood):
    assert understand(question, []).question == understood


def test_a_length_of_years_is_no_year():
    assert understand("党龄12年以上的党员有几名", []).question == "党龄12年以上的党员有几名"


@pytest.mark.parametrize("question", ["上半年存在的问题都有啥", "整改措施有什么？", "下一步打算有哪些"])
def test_an_aspect_before_the_asking_is_a_list(question):
    assert understand(question, []).kind == "list"


@pytest.mark.parametrize("question", ["党章里党员要履行哪些义务？", "条例中对党员规定了哪几项纪律"])
def test_what_a_regulation_lists_is_looked_up(question):
    assert route(question) == "lookup"


@pytest.mark.parametrize("question", ["发展党员工作细则由哪个部门解释", "选举工作条例由哪个机关负责解释？"])
def test_which_organ_interprets_a_regulation_is_a_look_up(question):
    assert route(question) == "lookup"


@pytest.mark.parametrize(
    "question",
    ["白河县审计局2024年总结引用了哪个党规？", "审计局的报告里提到了哪一部条例", "那份总结援引了哪个法规"],
)
def test_one_regulation_cited_is_asked_of_the_citations(question):
    assert route(question) == "cited"


@pytest.mark.parametrize("question", ["违规收礼依据哪个条例处分", "按哪个规定给予警告"])
def test_what_a_rule_says_is_no_citation(question):
    assert route(question) != "cited"
