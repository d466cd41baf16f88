"""Thirty look-up questions over small regulations written for the tests (regulation_fixtures): two revisions
with renumbered articles, one with 章/节, one of numbered points. Each names what the answer must quote,
which articles of which revision it cites (no other), or that it is refused and why."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import understand
from tests.answer.regulation_fixtures import NEW_TITLE, OLD_TITLE, POINTS_TITLE, SECTIONS_TITLE, all_regulations
from tests.answer.support import REPORT, FakeSource, make_chunk

NEW, OLD, POINTS, SECTIONS = "new", "old", "points", "sections"
TITLES = {NEW: NEW_TITLE, OLD: OLD_TITLE, POINTS: POINTS_TITLE, SECTIONS: SECTIONS_TITLE}


@dataclass(frozen=True)
class Case:
    question: str
    says: tuple[str, ...] = ()  # in the answer's text
    cites: tuple[tuple[str, str | None], ...] | None = None  # (revision, article) of every citation, in order
    refused: bool = False
    lacks: tuple[str, ...] = ()  # never in the answer's text


CASES = [
    # non-existent articles, clauses and chapters: refused with the real range, never another article
    Case("效能监督条例第二十条是什么", (f"《{NEW_TITLE}》共13条，没有第二十条",), (), True),
    Case("2019年版效能监督条例第十一条", (f"《{OLD_TITLE}》共10条，没有第十一条",), (), True),
    Case("效能监督条例第七条第二款", (f"《{NEW_TITLE}》第七条共1款，没有第二款",), (), True),
    Case("效能监督条例第八条第四款", ("第八条共3款，没有第四款",), (), True),
    Case("效能监督条例第六章讲什么", (f"《{NEW_TITLE}》共4章，没有第六章",), (), True),
    Case("五项规定第八条", (f"《{POINTS_TITLE}》共5项，没有第八条",), (), True),
    # named revisions
    Case("旧版效能监督条例第八条", ("不得提升职务",), ((OLD, "第八条"),), lacks=("提拔",)),
    Case("2024年修订的效能监督条例第八条", ("本条例第六条、第七条",), ((NEW, "第八条"),)),
    Case("现行效能监督条例第九条", ("不得提拔职务",), ((NEW, "第九条"),)),
    Case("修订前的效能监督条例第十条", ("2019年5月1日",), ((OLD, "第十条"),)),
    # lists and ranges
    Case("效能监督条例第六条至第八条", (), ((NEW, "第六条"), (NEW, "第七条"), (NEW, "第八条"))),
    Case("效能监督条例第二、三条", (), ((NEW, "第二条"), (NEW, "第三条"))),
    Case("效能监督条例第十二条到第十五条", (), ((NEW, "第十二条"), (NEW, "第十三条"))),
    # 款 and 项
    Case("效能监督条例第八条第二款", ("问责方式包括通报",), ((NEW, "第八条"),), lacks=("申诉",)),
    Case("效能监督条例第四条第（四）项", ("（四）落实改进作风要求情况",), lacks=("（一）履行职责情况",)),
    Case("旧版效能监督条例第四条第（四）项", ("没有",), (), True),
    # structure
    Case("效能监督条例一共有多少条", ("共13条",)),
    Case("旧版效能监督条例共有几条", ("共10条",)),
    Case("效能监督条例有几章", ("共4章", "第三章　问责（第八条〔", "至第十一条〔")),
    Case("效能监督条例第二章包括哪些条", ("第二章　监督内容，包括第四条〔1〕至第七条〔2〕",)),
    Case("效能监督条例第二章有几节", ("共2节", "第二节　违规情形（第六条〔")),
    Case("效能监督条例第二章包括哪些节", ("第二章　监督内容共2节", "第一节　监督事项（第四条〔1〕至第五条〔2〕）")),
    Case("效能监督条例附则包括哪些条", ("第四章　附则，包括第十二条〔1〕至第十三条〔2〕",)),
    Case("效能监督条例问责一章有几条", ("第三章　问责共4条：第八条〔1〕至第十一条〔2〕",)),
    Case("效能监督条例第三章第九条", ("不得提拔职务",), ((NEW, "第九条"),)),
    Case("效能监督条例第三章第二条", (f"《{NEW_TITLE}》第三章为第八条至第十一条，没有第二条",), (), True),
    Case("效能监督条例第二章第二节", ("第二章第二节　违规情形，包括第六条〔1〕至第七条〔2〕",)),
    Case("效能监督条例第一章第一节", (f"《{NEW_TITLE}》第一章不分节，没有第一节",), (), True),
    Case("效能监督条例第九章第一节", (f"《{NEW_TITLE}》共4章，没有第九章",), (), True),
    Case("新旧两版效能监督条例各有多少条", (f"《{OLD_TITLE}》共10条", f"《{NEW_TITLE}》共13条")),
    Case("效能监督条例什么时候施行", ("2024年3月1日起施行",), ((NEW, "第十三条"),)),
    Case("效能监督条例由谁负责解释", ("中央办公厅",), ((NEW, "第十二条"),)),
    Case("五项规定一共几项", ("共5项",)),
    Case("若干准则一共几部分", (f"《{SECTIONS_TITLE}》共3项：一〔1〕至三〔2〕",)),
    Case("若干准则第一项", ("坚持理论学习", "每月集中学习不少于一次"), ((SECTIONS, None),), lacks=("文风",)),
    # comparisons: the same article renumbered (旧第八条 = 新第九条) and a topic only one revision has
    Case("新旧两版效能监督条例第三条有什么不同", ("{+、注重实效+}",), ((OLD, "第三条"), (NEW, "第三条"))),
    Case(
        "新旧两版效能监督条例关于不得提升职务的规定有什么区别",
        ("[-升-]{+拔+}", "第八条", "第九条"),
        ((OLD, "第八条"), (NEW, "第九条")),
    ),
    Case(
        "2019年版效能监督条例第八条和2024年版效能监督条例第九条有什么区别",
        ("[-升-]{+拔+}",),
        ((OLD, "第八条"), (NEW, "第九条")),
    ),
    Case(
        "效能监督条例修订前后有哪些变化",
        (
            "2024年版新增条文4条：第五条〔1〕、第十条〔2〕、第十一条〔3〕、第十三条〔4〕",
            "2019年版中在新版没有对应条文的1条：第十条〔5〕",
            "两版都有的9条中，内容有改动的8条，内容相同的1条；条号有变化的5条",
        ),
    ),
    Case("新旧两版效能监督条例关于酒驾的规定有什么不同", ("都没有找到关于“酒驾”的规定",), (), True),
    Case("2019年版和2024年版对收受礼金的处分有什么变化", ("{+、消费卡+}",), ((OLD, "第六条"), (NEW, "第七条"))),
    Case(
        "新旧两版效能监督条例关于数字化监督的规定有什么不同",
        (f"只有《{NEW_TITLE}》有相关规定（第五条）",),
        refused=True,
    ),
    # topic look-ups
    Case("效能监督条例关于收受礼金是怎么规定的", ("消费卡",), ((NEW, "第七条"),)),
    Case(
        "五项规定对开会时间有什么要求",
        (f"依据《{POINTS_TITLE}》第二项", "不超过1小时"),
        ((POINTS, None),),
        lacks=("纪念品",),
    ),
    # a 款 the revision's article lacks: the article that holds the other revision's one (renumbered), said so
    Case("旧版效能监督条例第八条第二款", ("第七条第二款", "问责方式包括通报、诫勉和组织调整"), ((OLD, "第七条"),)),
    Case("新版效能监督条例第七条第二款", ("第八条第二款", "问责方式包括通报、诫勉和组织调整"), ((NEW, "第八条"),)),
    Case("旧版效能监督条例第九条第三款", ("共1款，没有第三款",), (), True),
    Case("旧版效能监督条例有第十二条吗", ("共10条，没有第十二条",), (), True),  # whether the number exists
    # which 章/节 a topic or an article is in
    Case("效能监督条例里问责的规定在第几章", ("第三章　问责（第八条〔1〕至第十一条〔2〕）",), lacks=("第二章",)),
    Case("收受服务对象礼金的处分写在效能监督条例哪一章", ("第二章　监督内容（第四条〔1〕至第七条〔2〕）",)),
    Case("效能监督条例第九条在哪一章", ("第三章　问责",), lacks=("第二章",)),
    Case("效能监督条例第六条属于哪一节", ("第二节　违规情形（第六条〔1〕至第七条〔2〕）",)),
    Case("旧版效能监督条例第五条在第几章", ("第二章　监督内容", "2019年"), lacks=("第三章",)),
    Case("五项规定里开会时间在第几章", (f"《{POINTS_TITLE}》不分章",), (), True),
    # a regulation not held
    Case("机关效能考核办法第三条", ("没有收录",), (), True),
    Case("旧版五项规定第一项", (f"知识库中只收录了《{POINTS_TITLE}》一个版本",), (), True),
]


@pytest.fixture(scope="module")
def source() -> FakeSource:
    return FakeSource(REPORT, *all_regulations())


def ask(source: FakeSource, question: str, history: list[dict] | None = None):
    answer = answer_extractively(understand(question, history), source)
    assert answer.kind == "lookup"
    assert answer_problems(answer) == []
    for citation in answer.citations:
        assert citation.quote in citation.chunk.text
    return answer


def revision_of(doc: str) -> str:
    return next(key for key, title in TITLES.items() if title == doc)


@pytest.mark.parametrize("case", CASES, ids=[c.question for c in CASES])
def test_look_up(source, case: Case):
    answer = ask(source, case.question)
    assert answer.refused == case.refused, answer.text
    for words in case.says:
        assert words in answer.text, answer.text
    for words in case.lacks:
        assert words not in answer.text, answer.text
    if case.cites is not None:
        cited = [(revision_of(c.doc), c.article) for c in answer.citations]
        assert cited == list(case.cites), answer.text


def test_a_cross_reference_is_resolved_within_the_same_revision(source):
    answer = ask(source, "效能监督条例第八条")
    links = {link.phrase: link for link in answer.links}
    assert set(links) == {"本条例第六条", "第七条", "本条例第十一条"}
    assert links["本条例第十一条"].doc == NEW_TITLE and links["本条例第十一条"].text.startswith("第十一条　被问责")
    assert "可追问“第六条呢”" in answer.note
    assert [c.article for c in answer.citations] == ["第八条"]  # the articles referred to are not cited
    old = ask(source, "旧版效能监督条例第七条")
    assert {link.phrase: link.text[:3] for link in old.links} == {"本条例第五条": "第五条", "第六条": "第六条"}


def test_an_article_quoted_already_is_no_link(source):
    answer = ask(source, "效能监督条例第七条和第八条")
    assert {link.label for link in answer.links} == {"第六条", "第十一条"}


def converse(source: FakeSource, *questions: str):
    history: list[dict] = []
    answers = []
    for question in questions:
        answer = ask(source, question, history)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        answers.append(answer)
    return answers


def test_following_a_cross_reference_asks_for_that_article_of_the_same_revision(source):
    first, followed = converse(source, "旧版效能监督条例第七条", "第五条呢？")
    assert [(revision_of(c.doc), c.article) for c in followed.citations] == [(OLD, "第五条")]
    assert "拖延办理群众事项" in followed.text


def test_follow_ups_keep_the_regulation_and_change_what_they_name(source):
    article, older, clause = converse(source, "效能监督条例第九条", "旧版呢", "那第十一条呢")
    assert [(revision_of(c.doc), c.article) for c in article.citations] == [(NEW, "第九条")]
    assert [(revision_of(c.doc), c.article) for c in older.citations] == [(OLD, "第九条")]
    assert [c.article for c in clause.citations] == ["第十一条"] or clause.refused


def test_a_clause_follow_up_stays_on_the_article(source):
    _, second = converse(source, "效能监督条例第八条第一款", "那第二款呢")
    assert "问责方式包括通报" in second.text and [c.article for c in second.citations] == ["第八条"]


@pytest.mark.parametrize("follow", ["其中第三项是什么", "那第（三）项讲的啥", "第三项呢"])
def test_an_item_asked_after_an_article_is_that_articles_item(source, follow):
    _, item = converse(source, "效能监督条例第四条", follow)
    assert "服务群众情况" in item.text and [c.article for c in item.citations] == ["第四条"], item.text


def test_the_older_revision_after_a_cross_reference_followed(source):
    *_, followed, older = converse(source, "效能监督条例第八条", "第十一条呢", "旧版呢")
    assert [(revision_of(c.doc), c.article) for c in followed.citations] == [(NEW, "第十一条")]
    assert older.refused and older.text == f"《{OLD_TITLE}》共10条，没有第十一条。"
    *_, ten = converse(source, "效能监督条例第八条", "那第十条呢", "旧版呢")
    assert [(revision_of(c.doc), c.article) for c in ten.citations] == [(OLD, "第十条")]


@pytest.mark.parametrize(
    ("question", "revision"),
    [("2024年修订前的效能监督条例第八条", OLD), ("旧版《中国共产党机关效能监督条例（2019年）》第八条", OLD)],
)
def test_before_a_named_revision_and_an_old_one_named(source, question, revision):
    answer = ask(source, question)
    assert [(revision_of(c.doc), c.article) for c in answer.citations] == [(revision, "第八条")]


def test_the_same_number_in_renumbered_revisions_says_where_each_article_went(source):
    answer = ask(source, "新旧两版效能监督条例第八条有什么不同")
    assert [(revision_of(c.doc), c.article) for c in answer.citations] == [(OLD, "第八条"), (NEW, "第八条")]
    assert "2019年版第八条的内容在2024年版中是第九条" in answer.note
    assert "2024年版第八条的内容在2019年版中是第七条" in answer.note
    assert answer.text.endswith("两版的第八条是不同的条文，不作逐字比较。") and not answer.diffs
    assert "条号有调整" not in (ask(source, "新旧两版效能监督条例第三条有什么不同").note or "")


def test_a_topic_the_regulation_never_mentions_quotes_none_of_its_articles(source):
    answer = ask(source, "效能监督条例对酒驾有什么规定")
    assert answer.refused and answer.text == f"《{NEW_TITLE}》中没有找到关于“酒驾”的规定。"


def test_a_long_range_answers_its_first_articles_and_says_so(source):
    answer = ask(source, "效能监督条例第一条至第十三条")
    assert [c.article for c in answer.citations][:2] == ["第一条", "第二条"] and len(answer.citations) == 12
    assert "以上列出前12条" in answer.note


def test_comparing_the_revisions_of_what_was_just_asked(source):
    _, compared = converse(source, "效能监督条例第三条", "新旧两版有什么不同？")
    assert [(revision_of(c.doc), c.article) for c in compared.citations] == [(OLD, "第三条"), (NEW, "第三条")]
    assert "{+、注重实效+}" in compared.text


def test_another_regulation_named_in_a_follow_up_replaces_the_last(source):
    _, points = converse(source, "效能监督条例一共有多少条", "五项规定呢")
    assert points.text.startswith(f"《{POINTS_TITLE}》共5项")
    _, topic = converse(source, "效能监督条例对开会时间有什么要求", "那五项规定呢")
    assert [(revision_of(c.doc), c.article) for c in topic.citations] == [(POINTS, None)]
    assert "不超过1小时" in topic.text


class RecordingClient:
    """An LLM client that records being asked and answers nothing useful."""

    model = "fake"

    def __init__(self):
        self.asked = 0

    def stream(self, messages):
        self.asked += 1
        yield from ()

    def status(self) -> str:
        return "fake"


def test_links_and_diffs_survive_the_llm_and_a_multi_part_question(source):
    """An article with its links or a revision diff is shown as it is: the model is not asked to reword it,
    and a question in two parts keeps the marks of each part."""
    from assistant.answer.pipeline import Assistant

    client = RecordingClient()
    answer = Assistant(source, client).ask("效能监督条例第八条")  # type: ignore[arg-type]
    assert client.asked == 0 and answer.links
    both = Assistant(source).ask("效能监督条例第八条讲了什么？新旧两版效能监督条例第三条有什么不同？")  # type: ignore[arg-type]
    assert both.links and both.diffs


def test_which_article_is_not_a_count_within_a_chapter_named_alike(source):
    """第几条 asks which article: a chapter whose title the question repeats (第一章 党员) is no answer."""
    answer = ask(source, "效能监督条例里问责是第几条规定的？")
    assert "，包括第" not in answer.text and "问责" in answer.text and answer.citations


def test_a_look_up_naming_nothing_asks_what_to_look_for(source):
    answer = ask(source, "效能监督条例第几条？")
    assert answer.refused and "请说明要查询" in answer.text


def test_another_revision_named_alone_asks_the_same_of_it(source):
    older, newer, date = converse(source, "旧版效能监督条例一共多少条", "新版呢", "新版啥时候施行")
    assert "共10条" in older.text
    assert "共13条" in newer.text and {revision_of(c.doc) for c in newer.citations} == {NEW}
    assert "2024年3月1日" in date.text


@pytest.mark.parametrize(
    ("pointer", "revision", "article"),
    [("现行条例", NEW, "第七条"), ("旧条例", OLD, "第六条"), ("原来的条例", OLD, "第六条")],
)
def test_a_revision_word_before_a_bare_kind_points_at_the_regulation_talked_about(source, pointer, revision, article):
    _, answer = converse(source, "效能监督条例第三条讲的啥", f"{pointer}对收受礼金是怎么规定的")
    assert not answer.refused, answer.text
    assert (revision_of(answer.citations[0].doc), answer.citations[0].article) == (revision, article)


def test_a_revision_year_named_alone_is_no_period(source):
    _, older = converse(source, "效能监督条例2024年修订版一共多少条", "那2019年版呢")
    assert "共10条" in older.text and {revision_of(c.doc) for c in older.citations} == {OLD}


@pytest.mark.parametrize(("question", "revision"), [("旧版监督条例第八条", OLD), ("现行监督条例第九条", NEW)])
def test_a_revision_word_before_a_short_name(source, question, revision):
    answer = ask(source, question)
    assert not answer.refused and {revision_of(c.doc) for c in answer.citations} == {revision}, answer.text


def test_the_current_revision_of_an_article_after_the_old_one(source):
    _, current = converse(source, "旧版效能监督条例第十条", "现行的第十三条呢？")
    assert not current.refused and {revision_of(c.doc) for c in current.citations} == {NEW}, current.text


def test_an_article_listing_a_side_word_does_not_outrank_the_article_on_the_topic():
    """给予处分：（一）… lists 处分; the article on 受处分后不得提拔职务 is the one asked about."""
    title = "中国共产党机关纪律规定（2021年）"
    text = [
        (
            "第五条",
            "第五条　党员有下列情形之一的，对负有责任的领导职务人员给予警告或者严重警告处分，不得评优：\n"
            "（一）无故缺席会议的；\n（二）泄露会议内容的。",
        ),
        ("第六条", "第六条　受到警告处分的党员一年内不得提拔职务，受到严重警告处分的一年半内不得提拔职务。"),
        ("第七条", "第七条　本规定自2021年1月1日起施行。"),
    ]
    chunks = [
        make_chunk(title, body, ("第二章　处分",), label, "regulation", n) for n, (label, body) in enumerate(text)
    ]
    answer = ask(FakeSource(chunks), "机关纪律规定对受处分后不得提拔职务是怎么规定的")
    assert "第六条" in answer.text and "第五条" not in answer.text, answer.text
