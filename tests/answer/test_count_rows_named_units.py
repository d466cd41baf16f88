"""A total over table rows the question names by a kind written apart from the count (三个党小组的集中学习次数
加起来, 党员一共多少（两个内科支部加起来）): the rows whose label holds the kind's words (内科第一党支部 for 内科支部)
and the one column the question names (党员人数, not 发展党员), added; another number of such rows adds nothing."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

TITLE = "西坪县人民医院党委2024年度党建工作总结"
ROWS = (
    "内科第一党支部：支部书记为孙立，党员人数23名，发展党员2名，集中学习11次。\n"
    "内科第二党支部：支部书记为韩梅，党员人数19名，发展党员1名，集中学习12次。\n"
    "外科党支部：支部书记为郑凯，党员人数27名，发展党员3名，集中学习10次。\n"
    "行政后勤党支部：支部书记为吕清，党员人数15名，发展党员0名，集中学习12次。\n"
    "合计：支部书记—，党员人数84名，发展党员6名，集中学习45次。"
)

SOURCE = index_like(
    FakeSource(
        [
            make_chunk(TITLE, "西坪县人民医院党委下设4个党支部，共有党员84名。", ("一、基本情况",)),
            make_chunk(TITLE, "各党支部基本情况如下：", ("二、支部建设",), position=1),
            make_chunk(TITLE, ROWS, ("二、支部建设",), position=2),
        ]
    )
)


@pytest.mark.parametrize(
    ("question", "total", "parts", "others"),
    [
        (
            "西坪县人民医院内科党支部的党员总共有多少人（两个内科支部加起来）",
            "42名",
            ("23名", "19名"),
            ("27名", "发展"),
        ),
        ("人民医院两个内科支部的集中学习次数加起来是多少", "23次", ("11次", "12次"), ("10次",)),
        ("西坪县人民医院4个党支部集中学习加起来一共几次", "45次", ("11次", "10次"), ("名",)),
        ("西坪县人民医院两个内科党支部2024年一共发展了多少党员", "3名", ("2名", "1名"), ("23名", "42")),
    ],
)
def test_the_rows_of_the_kind_named_are_added_in_the_column_asked(question, total, parts, others):
    answer = ask_source(SOURCE, question)
    assert f"共{total}" in answer.text and all(p in answer.text for p in parts), answer.text
    assert not any(o in answer.text for o in others), answer.text


def test_a_kind_with_another_number_of_rows_is_not_added():
    answer = ask_source(SOURCE, "西坪县人民医院两个外科支部的党员加起来一共多少人")
    assert "未合计" in answer.text and "54" not in answer.text, answer.text
    assert not answer.derived_numbers
