"""Which regulation a question names (short names, abbreviations, aliases) and which revision it asks for."""

from __future__ import annotations

from assistant.index.knowledge_base import DocRecord
from assistant.search.regulations import chosen_revisions, named_regulations, revision_asked, unknown_regulation


def record(title: str, kind: str = "regulation") -> DocRecord:
    return DocRecord(title, f"{title}.txt", title, kind, "hash", 0.0, 1, 1)


DOCS = [
    record("中国共产党纪律处分条例（2023年修订）"),
    record("中国共产党纪律处分条例（2018年修订）"),
    record("中国共产党纪律检查委员会工作条例（2021年）"),
    record("中国共产党巡视工作条例（2015年）"),
    record("中国共产党章程（2017年修改）"),
    record("中共中央政治局关于改进工作作风、密切联系群众的八项规定"),
    record("中央八项规定实施细则（2012年）"),
    record("东湖街道2024年工作总结", "report"),
]


def titles(question: str) -> list[str]:
    return [d.title for d in named_regulations(question, DOCS)]


def test_short_names_abbreviations_and_aliases():
    assert titles("纪律处分条例第八条") == [DOCS[0].title, DOCS[1].title]
    assert titles("巡视条例第五十条") == [DOCS[3].title]
    assert titles("按照纪律检查委员会工作条例，基层纪委怎么产生") == [DOCS[2].title]
    assert titles("党章第六十条") == [DOCS[4].title]
    assert titles("八项规定对开会有什么要求") == [DOCS[5].title]
    assert titles("八项规定实施细则第5条") == [DOCS[6].title]
    assert titles("收受礼金怎么处分") == []


def test_regulations_not_held_are_named():
    assert unknown_regulation("支部工作条例第十条", DOCS) == "支部工作条例"
    assert unknown_regulation("《中国共产党支部工作条例（试行）》第十条", DOCS) == "中国共产党支部工作条例（试行）"
    assert unknown_regulation("按照有关规定处理", DOCS) is None
    assert unknown_regulation("纪律处分条例第八条", DOCS) is None


def test_revision_wishes():
    assert revision_asked("2018年版纪律处分条例第三条").years == {2018}
    assert revision_asked("2018年修订的纪律处分条例").years == {2018}
    assert revision_asked("《中国共产党纪律处分条例（2018年修订）》第三条").years == {2018}
    assert revision_asked("旧版纪律处分条例第三条").wish == "older"
    assert revision_asked("修订前的第三条").wish == "older"
    assert revision_asked("新旧两版第三条有什么不同").wish == "both"
    assert revision_asked("现行纪律处分条例第三条") == revision_asked("纪律处分条例第三条")
    assert revision_asked("2024年1月1日施行的条例").years == frozenset()


def test_cited_titles_resolve_by_kind_and_alias():
    assert titles("《中央八项规定》") == [DOCS[5].title]
    assert titles("《中央八项规定实施细则》") == [DOCS[6].title]
    assert titles("《党章》") == [DOCS[4].title]
    assert titles("《中国共产党纪律处分条例（2018年修订）》第三条") == [DOCS[0].title, DOCS[1].title]


def test_a_revision_in_brackets_and_what_a_revision_changed():
    assert revision_asked("纪律处分条例（2018年）第三条").years == {2018}
    asked = revision_asked("纪律处分条例2023年修订时第二十二条改了什么")
    assert asked.wish == "both"
    assert [d.title for d in chosen_revisions(DOCS[:2], asked)] == [DOCS[0].title, DOCS[1].title]


def test_a_shared_inner_word_names_no_regulation():
    assert titles("党委工作条例第五条") == []
    assert titles("纪委工作条例第五条") == [DOCS[2].title]
    assert len({t.split("（")[0] for t in titles("纪律条例第五条")}) == 2  # ambiguous: the look-up asks which


def test_a_name_that_only_says_the_kind_is_the_one_regulation_of_that_kind():
    assert titles("实施细则第5项") == [DOCS[6].title]
    assert titles("工作条例第十条") == []  # 纪律检查委员会工作条例 or 巡视工作条例: not guessed
    assert titles("党委工作条例第三条") == [] and unknown_regulation("党委工作条例第三条", DOCS) == "党委工作条例"
    assert unknown_regulation("机关效能考核办法第三条", DOCS) == "机关效能考核办法"
