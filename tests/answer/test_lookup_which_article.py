"""Which article says something (第几条, 哪一条规定), and penalties for breaking another rule (违反…规定…怎么处分):
answered by the article itself, never by a count of articles or by the broken rule's own text."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import understand
from tests.answer.support import FakeSource
from tests.answer.test_lookup_fixtures import regulation

PENALTIES_NEW = "中国共产党纪律处分条例（2024年修订）"
PENALTIES_OLD = "中国共产党纪律处分条例（2016年修订）"
CONDUCT = "机关作风建设十项规定"


def penalties(title: str, gifts: str, banquet: str) -> list:
    return regulation(
        title,
        [
            ("第一章　总则", ["第一条　为了严明党的纪律，制定本条例。", "第二条　本条例适用于党组织和党员。"]),
            ("第二章　违反廉洁纪律行为的处分", [gifts, banquet]),
        ],
    )


NEW = penalties(
    PENALTIES_NEW,
    "第三条　收受可能影响公正执行公务的礼品礼金，情节较轻的，给予警告或者严重警告处分；情节严重的，给予开除党籍处分。",
    "第四条　违反有关规定组织、参加公款宴请的，给予警告处分。",
)
OLD = penalties(
    PENALTIES_OLD,
    "第三条　违反有关规定组织、参加公款宴请的，给予严重警告处分。",
    "第四条　收受礼品礼金，情节较轻的，给予警告处分。",
)
RULES = regulation(
    CONDUCT,
    [("正文", ["第一条　改进调查研究，轻车简从。", "第二条　严禁收受礼品礼金，严禁公款宴请。", "第三条　精简会议。"])],
)


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(NEW, OLD, RULES)


def ask(source: FakeSource, question: str):
    answer = answer_extractively(understand(question, None), source)
    assert answer.kind == "lookup" and answer_problems(answer) == []
    return answer


@pytest.mark.parametrize(
    "question, title, article",
    [
        ("2016年修订的纪律处分条例里，收受礼品礼金是第几条规定的？", PENALTIES_OLD, "第四条"),
        ("纪律处分条例哪一条规定了收受礼品礼金？", PENALTIES_NEW, "第三条"),
        ("公款宴请在纪律处分条例第几条", PENALTIES_NEW, "第四条"),
    ],
)
def test_which_article_is_answered_with_the_article(source, question, title, article):
    answer = ask(source, question)
    assert answer.text.startswith(f"依据《{title}》{article}")
    assert "共4条" not in answer.text


@pytest.mark.parametrize(
    "question, article",
    [
        ("违反机关作风建设十项规定收受礼品礼金怎么处分？", "第三条"),
        ("违反十项规定参加公款宴请要给予什么处分", "第四条"),
    ],
)
def test_breaking_a_rule_is_answered_by_the_penalty_regulation(source, question, article):
    answer = ask(source, question)
    assert answer.text.startswith(f"依据《{PENALTIES_NEW}》{article}")
    assert "轻车简从" not in answer.text and "严禁" not in answer.text


RULES_TITLE = "中国共产党示范委员会工作条例（2022年）"
MEETINGS = regulation(
    RULES_TITLE,
    [
        (
            "第二章　会议",
            [
                "第七条　示范委员会全体会议每年至少召开一次。全体会议应当有三分之二以上委员到会方可召开。",
                "第八条　常务委员会会议应当有半数以上常委会委员到会方可召开。",
            ],
        )
    ],
)


@pytest.mark.parametrize(
    "question, share",
    [
        ("示范委员会全体会议要多少委员到会才能开？", "三分之二以上"),
        ("示范委员会常务委员会会议要多少委员到会才能召开", "半数以上"),
    ],
)
def test_a_rule_share_answers_how_many_must_attend(question, share):
    answer = answer_extractively(understand(question, None), FakeSource(MEETINGS))
    assert share in answer.text and not answer.refused and answer_problems(answer) == []


@pytest.mark.parametrize(
    "question, title, article",
    [
        ("收受礼品礼金的按新条例咋处理", PENALTIES_NEW, "第三条"),
        ("参加公款宴请按旧条例怎么处分？", PENALTIES_OLD, "第三条"),
        ("按现行条例，收受礼品礼金怎么处理", PENALTIES_NEW, "第三条"),
        ("公款宴请按纪律处分条例给什么处分", PENALTIES_NEW, "第四条"),
    ],
)
def test_the_regulation_called_by_its_revision_alone_answers_a_penalty(source, question, title, article):
    answer = ask(source, question)
    assert answer.text.startswith(f"依据《{title}》{article}"), answer.text
    assert "没有收录" not in answer.text


def converse(source: FakeSource, *questions: str) -> list:
    history: list[dict] = []
    answers = []
    for question in questions:
        answer = answer_extractively(understand(question, history), source)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        answers.append(answer)
    return answers


@pytest.mark.parametrize("follow", ["出自哪个条例第几条", "这是哪部条例第几条规定的？"])
def test_where_an_article_comes_from_is_asked_after_it(source, follow):
    _, where, older = converse(source, "收受礼品礼金按新条例咋处理", follow, "旧版呢")
    assert where.text.startswith(f"依据《{PENALTIES_NEW}》第三条"), where.text
    assert "没有收录" not in where.text
    assert older.text.startswith(f"依据《{PENALTIES_OLD}》第四条"), older.text


@pytest.mark.parametrize("which", ["是第几条", "这是哪一条规定的？"])
def test_which_article_and_its_chapter_after_a_topic(source, which):
    _, article, chapter = converse(source, "纪律处分条例里对收受礼品礼金怎么处分", which, "这一条在哪一章")
    assert article.text.startswith(f"依据《{PENALTIES_NEW}》第三条"), article.text
    assert "第二章" in chapter.text and not chapter.refused, chapter.text


@pytest.mark.parametrize("where", ["在哪一章", "它在第几章？"])
def test_the_chapter_of_the_article_just_quoted(source, where):
    _, chapter = converse(source, "纪律处分条例第四条讲的什么", where)
    assert "第二章" in chapter.text and not chapter.refused, chapter.text


def test_which_article_after_a_topic_asks_the_topic_again(source):
    """是第几条 after a question about a topic (its answer quoted no 依据《…》第N条): which article says that topic."""
    _, article = converse(source, "精简会议的会期多长", "是第几条")
    assert article.text.startswith(f"依据《{CONDUCT}》第三条"), article.text


@pytest.mark.parametrize("bare", ["是第几条", "这是哪一条？"])
def test_which_article_with_nothing_asked_before_is_refused(source, bare):
    answer = ask(source, bare)
    assert answer.refused and "请说明" in answer.text, answer.text


@pytest.mark.parametrize("part", ["那第一款呢", "第二款呢？"])
def test_a_clause_after_an_answer_quoting_an_article_is_of_that_article(source, part):
    """那第一款呢 after a topic answered with 依据《…》第三条: the 款 of that article, though the question named none."""
    first = converse(source, "纪律处分条例里对收受礼品礼金怎么处分")[0]
    history = [
        {"role": "user", "content": "纪律处分条例里对收受礼品礼金怎么处分"},
        {"role": "assistant", "content": first.text},
    ]
    assert understand(part, history).question.startswith(f"《{PENALTIES_NEW}》第三条第")


@pytest.mark.parametrize(
    ("before", "after"),
    [("纪律处分条例第四条第（二）项是啥", "第三条呢"), ("纪律处分条例第三条第二款讲了什么", "第四条呢")],
)
def test_another_article_after_a_part_of_one_is_the_whole_article(before, after):
    history = [{"role": "user", "content": before}, {"role": "assistant", "content": f"依据《{PENALTIES_NEW}》……〔1〕"}]
    question = understand(after, history).question
    assert "项" not in question and "款" not in question and after[:3] in question, question
