"""A list question that narrows a section to one topic (组织方面做了哪几项工作) answers with the items of
the sub-part whose heading says that topic, not with the section's sub-headings."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

PORT = "中共东临港务集团委员会2024年度党建工作总结"
CLINIC = "白塔街道社区卫生服务中心党支部2023年工作总结"
WORK = "二、主要工作"
SOURCE = FakeSource(
    [
        make_chunk(PORT, "集团党委下设党支部9个，党员312名。", ("一、基本情况",)),
        make_chunk(
            PORT,
            "（一）筑牢思想根基。一是党委中心组集中学习10次；二是举办读书班2期。",
            (WORK, "（一）筑牢思想根基"),
            position=1,
        ),
        make_chunk(
            PORT,
            "（二）建强基层组织。一是集团党委完成7个支部换届工作；二是开展“港湾先锋”支部评星；三是培训支部书记45人次。",
            (WORK, "（二）建强基层组织"),
            position=2,
        ),
        make_chunk(
            PORT,
            "（三）完善制度建设。修订党委议事规则等制度6项。",
            (WORK, "（三）完善制度建设"),
            position=3,
        ),
        make_chunk(
            PORT,
            "（四）推进廉洁港口。一是开展廉政谈话88人次；二是组织警示教育3次。",
            (WORK, "（四）推进廉洁港口"),
            position=4,
        ),
    ],
    [
        make_chunk(
            CLINIC,
            "（一）党建引领家庭医生签约。一是组建党员签约团队6个；二是签约居民3200户。",
            (WORK, "（一）党建引领家庭医生签约"),
            position=0,
        ),
        make_chunk(
            CLINIC,
            "（二）强化医德医风。一是开展医德医风专题教育2次；二是设立党员示范岗5个。",
            (WORK, "（二）强化医德医风"),
            position=1,
        ),
        make_chunk(CLINIC, "（三）丰富组织生活。召开支委会12次。", (WORK, "（三）丰富组织生活"), position=2),
    ],
)


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("港务集团党委在组织建设上都做了哪几项工作", ["完成7个支部换届", "港湾先锋", "45人次"], ["读书班", "廉政谈话"]),
        ("港务集团在廉洁方面做了哪些工作？", ["廉政谈话88人次", "警示教育3次"], ["支部换届", "读书班"]),
        ("卫生服务中心党支部医风方面都做了哪几项工作", ["专题教育2次", "示范岗5个"], ["签约团队"]),
    ],
)
def test_the_sub_part_the_question_narrows_to(question, present, absent):
    answer = ask_source(SOURCE, question)
    assert not answer.refused
    assert all(p in answer.text for p in present), answer.text
    assert not any(a in answer.text for a in absent), answer.text


def test_without_a_topic_the_section_lists_its_sub_parts():
    answer = ask_source(SOURCE, "港务集团党委主要做了哪几项工作")
    for heading in ("筑牢思想根基", "建强基层组织", "完善制度建设", "推进廉洁港口"):
        assert heading in answer.text
    assert "共4项" in answer.text


def test_a_long_list_counts_every_item_and_says_the_rest_are_in_the_document():
    title = "中共北岭矿业公司委员会2024年度党建工作总结"
    parts = ["学习", "组织", "作风", "纪律", "宣传", "统战", "群团", "安全", "人才", "帮扶"]
    chunks = [
        make_chunk(title, f"（{n}）加强{p}工作。全年开展{p}活动{i + 2}次。", (WORK, f"（{n}）加强{p}工作"), position=i)
        for i, (n, p) in enumerate(zip("一二三四五六七八九十", parts, strict=True))
    ]
    answer = ask_source(FakeSource([*chunks]), "北岭矿业公司党委主要做了哪几项工作")
    assert "共10项" in answer.text and "其余2项见原文" in answer.text
