"""Cited regulations of a report: only regulations are listed, each with what the knowledge base holds of it."""

from __future__ import annotations

from assistant.answer.cited import is_regulation_title
from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk
from tests.answer.test_lookup_fixtures import NEW, NEW_TITLE, OLD, OLD_TITLE

REPORT_TITLE = "东湖街道党工委2024年度党建工作总结"
REPORT = [
    make_chunk(
        REPORT_TITLE,
        "组织党员学习《中国共产党示范工作条例》和《中国共产党支部工作条例（试行）》，观看警示片《警钟长鸣》。",
        ("一、加强理论学习",),
        position=0,
    ),
    make_chunk(
        REPORT_TITLE,
        "向每名党员赠送《学思践悟》读本，落实《关于加强社区党建工作的意见》。",
        ("二、夯实基层基础",),
        position=1,
    ),
]


def ask(question: str):
    answer = answer_extractively(understand(question, None), FakeSource(REPORT, NEW, OLD))
    assert answer.kind == "cited"
    assert answer_problems(answer) == []
    return answer


def test_regulations_are_listed_with_their_holdings_and_books_are_not():
    answer = ask("东湖街道党工委2024年度党建工作总结引用了哪些党内法规？知识库里都有吗？")
    lines = answer.text.split("\n")
    assert lines[0].endswith("引用的党内法规共3部：")
    assert f"《{NEW_TITLE}》（共6条）、《{OLD_TITLE}》（共5条）" in lines[1]
    assert "支部工作条例（试行）" in lines[2] and "未收录" in lines[2]
    assert "关于加强社区党建工作的意见" in lines[3] and "未收录" in lines[3]
    assert "警钟长鸣" not in answer.text and "学思践悟" not in answer.text


def test_regulation_titles_are_told_by_their_ending():
    assert is_regulation_title("中国共产党支部工作条例（试行）")
    assert is_regulation_title("关于新形势下党内政治生活的若干准则")
    assert is_regulation_title("理论学习中心组学习规则")
    assert not is_regulation_title("警钟长鸣——鹿鸣县典型案例警示录")
    assert not is_regulation_title("习近平著作选读")
