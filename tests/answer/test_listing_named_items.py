"""哪几个/哪些 answered by the names one sentence lists (甲支部、乙支部3个支部完成换届), each cited by it."""

from __future__ import annotations

import pytest

from assistant.answer.named_items import names_of_kind
from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "中共白沙县水利局机关委员会2024年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(
            TITLE,
            "机关党委下设3个党支部（机关党支部、水文站党支部、灌区管理所党支部），现有党员64名。",
            ("一、基层组织建设",),
        ),
        make_chunk(
            TITLE,
            "二是推进支部换届。机关党支部、水文站党支部2个支部按期完成换届，灌区管理所党支部计划明年换届。",
            ("一、基层组织建设",),
            position=1,
        ),
        make_chunk(
            TITLE,
            "全年组建党员先锋队4支，在南干渠除险加固工程、东湖水库清淤工程、北坝护坡工程等重点工程中攻坚克难。",
            ("二、党建与业务融合",),
            position=2,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("水利局机关党委下面有哪几个党支部？", ["机关党支部", "水文站党支部", "灌区管理所党支部"]),
        ("水利局机关党委下设哪些支部", ["机关党支部", "水文站党支部", "灌区管理所党支部"]),
        ("水利局哪几个支部按期完成了换届？", ["机关党支部", "水文站党支部"]),
        ("党员先锋队在哪些工程上攻坚？", ["南干渠除险加固工程", "东湖水库清淤工程", "北坝护坡工程"]),
    ],
)
def test_the_names_a_sentence_lists_answer_which(question, names):
    answer = ask_source(SOURCE, question)
    assert not answer.refused
    for number, name in enumerate(names, 1):
        assert f"{number}. {name}〔" in answer.text
    assert f"共{len(names)}项" in answer.text and len(answer.citations) == 1


def test_names_of_a_kind_in_a_sentence():
    sentence = "组织开展读书分享、知识竞赛、红色观影等主题活动12场。"
    assert names_of_kind(sentence, "活动") == ["读书分享", "知识竞赛", "红色观影"]
    assert names_of_kind(sentence, "支部") == []  # nothing of the kind asked
    assert names_of_kind("学习了党章、党规。", "项目") == []


def test_a_weaker_sentence_naming_the_kind_does_not_displace_the_best_one():
    """哪些事项…集体研究决定: the sentence saying what is decided collectively answers, though it does not
    end its names with 事项; a weaker one ending 等事项 is about something else."""
    title = "中共白沙县水利局机关委员会2024年上半年党建工作报告"
    source = FakeSource(
        [
            make_chunk(title, "项目建设、招投标、重大资金支出一律通过班子集体研究决定。", ("二、民主集中制",)),
            make_chunk(
                title, "作出涉及面广、与群众利益相关的决策等事项，通过班子集体研究。", ("三、作风建设",), position=1
            ),
        ]
    )
    answer = ask_source(source, "哪些事项必须通过班子集体研究决定？")
    assert "招投标" in answer.text and "涉及面广" not in answer.text


def test_the_names_from_the_report_that_lists_them_when_the_newest_one_only_counts_them():
    older = make_chunk(
        "白沙县林业局机关党委2024年度党建工作总结",
        "局机关党委现有机关党支部、林业站党支部、森林公安党支部3个支部。",
        ("一、基本情况",),
    )
    newer = make_chunk(
        "白沙县林业局机关党委2025年上半年党建工作总结",
        "截至6月底，林业局机关党委下面有3个党支部，现有党员59名。",
        ("一",),
    )
    answer = ask_source(FakeSource([older], [newer]), "林业局机关党委下面有哪几个支部")
    assert [c.quote for c in answer.citations] and "林业站党支部" in answer.text and "森林公安党支部" in answer.text, (
        answer.text
    )


@pytest.mark.parametrize(
    ("text", "question", "names"),
    [
        (
            "2024年，机关党委下设规划、审批、执法、后勤4个党支部，共有党员58名。",
            "规划局机关党委下面有哪几个支部",
            ["规划", "审批", "执法", "后勤"],
        ),
        (
            "中心党支部设有门诊、住院部、药剂三个党小组，党员21名。",
            "卫生服务中心党支部有哪些党小组？",
            ["门诊", "住院部", "药剂"],
        ),
    ],
)
def test_bare_names_closed_by_their_count_and_kind(text, question, names):
    """甲、乙、丙3个党支部: the names come before the count; the holder and its 下设/设有 are no name."""
    title = (
        "中共临江市规划局机关委员会2024年度党建工作总结"
        if "规划" in text
        else "临江社区卫生服务中心党支部2024年工作总结"
    )
    source = FakeSource([make_chunk(title, text, ("一、基本情况",))])
    answer = ask_source(source, question)
    assert not answer.refused
    for number, name in enumerate(names, 1):
        assert f"{number}. {name}〔" in answer.text
    assert f"共{len(names)}项" in answer.text


def test_a_count_that_differs_from_the_names_is_no_closing_count():
    assert names_of_kind("下设规划、审批3个党支部。", "支部") == []
    assert names_of_kind("下设规划、审批、执法3个党支部。", "支部") == ["规划", "审批", "执法"]
