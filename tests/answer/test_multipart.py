"""Multi-part questions: split, each later part resolved against the earlier ones, answers merged."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant, answer_problems, merge_answers
from assistant.answer.question_parts import split_parts
from assistant.answer.routing import understand
from assistant.core.schema import Answer, Citation
from tests.answer.conversation_fixtures import conversation_source
from tests.answer.support import FakeSource, make_chunk


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("开了几次民主生活会？谁主持的？", ["开了几次民主生活会？", "谁主持的？"]),
        ("支部有多少名党员；其中女党员几名？", ["支部有多少名党员；", "其中女党员几名？"]),
        ("发展了几名党员，培养了几名积极分子？", ["发展了几名党员", "培养了几名积极分子？"]),
        ("组长是谁？秘书呢？", ["组长是谁？", "秘书呢？"]),
        ("选举工作条例第十条和第十一条分别讲了啥？", ["选举工作条例第十条讲了啥？", "选举工作条例第十一条讲了啥？"]),
        # one question: a clause without its own interrogative, a 其中 clause, a request for detail
        ("上半年开展了哪些活动，效果如何？", ["上半年开展了哪些活动", "效果如何？"]),
        ("按照要求，支部开了几次会？", ["按照要求，支部开了几次会？"]),
        ("共有党员多少名，其中女党员多少名？", ["共有党员多少名，其中女党员多少名？"]),
        ("引用了哪些法规？知识库里有没有？", ["引用了哪些法规？知识库里有没有？"]),
        ("讲了几次党课？请列出来。", ["讲了几次党课？请列出来。"]),
    ],
)
def test_split_parts(question, parts):
    assert split_parts(question) == parts


def later_part(first: str, second: str) -> str:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "（回答）"}]
    return understand(second, history, within_question=True).question


def test_a_later_part_inherits_what_the_first_part_said():
    assert (
        later_part("远航物流公司2023年度民主生活会啥时候开的？", "谁主持？") == "远航物流公司2023年度民主生活会谁主持？"
    )
    assert later_part("青禾社区联系人是谁？", "电话多少？") == "青禾社区联系人电话多少？"
    assert (
        later_part("白沙村2023年发展了几个党员", "培养了几个入党积极分子？") == "白沙村2023年培养了几个入党积极分子？"
    )
    assert (
        later_part("石桥镇2023年原计划换届几个党支部？", "最后完成了几个？") == "石桥镇2023年最后换届党支部完成了几个？"
    )


@pytest.mark.parametrize(
    "first, second, expected",
    [
        ("分公司安全隐患整改率多少？", "还剩几项没整改？", "分公司安全隐患还剩几项没整改？"),
        ("青禾社区党员参学率是多少", "缺席了几人？", "青禾社区缺席了几人？"),
    ],
)
def test_a_measure_asked_first_is_not_the_topic_of_the_next_part(first, second, expected):
    """整改率多少？还剩几项没整改？: the second part is about 隐患, not about the 整改率."""
    assert later_part(first, second) == expected


@pytest.mark.parametrize(
    "first, second, expected",
    [
        ("柳岸村党支部组织生活会应到多少党员？", "实到几个？", "柳岸村党支部实到几个党员？"),
        ("桂园社区党委换届选举应到多少代表", "实到几名", "桂园社区党委实到几名代表"),
    ],
)
def test_a_later_part_counting_nothing_of_its_own_counts_the_same_thing(first, second, expected):
    """应到多少党员，实到几个: the second part counts 党员 too."""
    assert later_part(first, second) == expected


def test_a_measure_asked_again_stays_the_topic():
    assert "占比" in later_part("远航公司2023年新产品销售收入占比多少？", "年初目标是多少？")


def test_each_part_is_answered_and_the_citations_are_one_list():
    answer = Assistant(conversation_source()).ask("青禾社区党委2023年开了几次支委会？社区党委书记讲了几次党课？")
    assert not answer.refused
    assert "20次" in answer.text and "3次" in answer.text
    assert answer_problems(answer) == []
    assert "；" in answer.resolved_question


def test_a_part_without_an_answer_is_refused_on_its_own():
    answer = Assistant(conversation_source()).ask("青禾社区党委2023年开了几次支委会？社区食堂的营业额是多少钱？")
    assert not answer.refused and "20次" in answer.text
    assert "第二问：知识库中没有找到" in answer.text
    assert answer_problems(answer) == []


def citation(n: int, quote: str) -> Citation:
    return Citation(f"c{n}", "某报告", "", None, quote)


def test_merge_renumbers_marks_and_keeps_shared_sources_once():
    first = Answer("开会3次〔1〕，学习2次〔2〕。", "count", [citation(1, "开会3次"), citation(2, "学习2次")])
    second = Answer("学习2次〔1〕。", "count", [citation(2, "学习2次")], derived_numbers={5.0})
    third = Answer("知识库中没有找到能回答这个问题的内容。", "fact", refused=True)
    merged = merge_answers([first, second, third])
    assert merged.text.splitlines() == [
        "开会3次〔1〕，学习2次〔2〕。",
        "学习2次〔2〕。",
        "第三问：知识库中没有找到能回答这一问的内容，不作推测。",
    ]
    assert [c.chunk_id for c in merged.citations] == ["c1", "c2"]
    assert merged.derived_numbers == {5.0} and not merged.refused


def test_merge_refuses_only_when_every_part_is_refused():
    refused = Answer("知识库中没有找到能回答这个问题的内容。", "count", refused=True)
    assert merge_answers([refused, refused]).refused


def test_one_sentence_answering_two_parts_is_said_once():
    """什么时候交？交到哪里？ are both answered by 于1月19日前交馆党建办公室: one line, one citation."""
    title = "中共南浦县档案馆支部委员会关于召开2025年度组织生活会的通知"
    source = FakeSource(
        [
            make_chunk(title, "2026年1月22日下午2:30", ("一、会议时间",)),
            make_chunk(title, "馆三楼会议室", ("二、会议地点",), position=1),
            make_chunk(
                title,
                "（二）每名党员要认真撰写个人对照检查材料，于1月19日前交馆办公室。",
                ("五、有关要求", "（二）每名党员要认真撰写个人对照检查材料，于1月19日前交馆办公室"),
                position=2,
            ),
        ]
    )
    answer = Assistant(source).ask("档案馆党员的对照检查材料什么时候交？交到哪里？")
    assert answer.text.count("1月19日前交馆办公室") == 1 and "三楼会议室" not in answer.text
    assert "2026年1月22日" not in answer.text


def test_a_later_part_asking_a_bare_amount_takes_no_unit_of_the_part_before():
    """设了几个驿站，接待了多少: 接待 is counted in its own unit (人次), not in 个."""
    assert later_part("青禾社区设立了几个爱心驿站？", "接待了多少？").endswith("接待了多少？")
