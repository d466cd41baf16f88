"""What was done on one topic (X方面都干了啥 / 在X上做了哪些工作 / X这块搞了些啥), asked of a report's part
written as plain sentences: every sentence stating a figure achieved, in order, each cited — not the part's
figure-less opening, not a plan, not another part."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

BUREAU = "青石县水利局党组2024年度党建工作总结"
HOSPITAL = "河湾区人民医院党委2024年度党建工作报告"
WORK = "二、主要工作"
SOURCE = FakeSource(
    [
        make_chunk(BUREAU, "局机关下设4个党支部，共有党员63名。", ("一、基本情况",)),
        make_chunk(
            BUREAU,
            "（一）加强理论武装。党组理论学习中心组集中学习12次，开展专题研讨5次。",
            (WORK, "（一）加强理论武装"),
            position=1,
        ),
        make_chunk(
            BUREAU,
            "（二）党建引领水利惠民。深入推进党建与业务深度融合，坚持把党建成效体现在民生实事上。"
            "全年组织党员突击队开展汛期巡堤查险26次，出动党员志愿者830人次。新建农村饮水安全工程14处，"
            "惠及群众2.3万人，具体见下表。开展“河长进村”宣讲活动9场，发放宣传资料4500份。",
            (WORK, "（二）党建引领水利惠民"),
            position=2,
        ),
        make_chunk(
            BUREAU,
            "（三）从严管党治党。开展廉政谈话73人次，组织警示教育大会3次。",
            (WORK, "（三）从严管党治党"),
            position=3,
        ),
        make_chunk(
            BUREAU,
            "一是计划2025年新建农村饮水安全工程20处；二是力争党员志愿服务达到1000人次。",
            ("四、下一步工作计划",),
            position=4,
        ),
    ],
    [
        make_chunk(HOSPITAL, "医院党委下设6个党支部，共有党员148名。", ("一、基本情况",)),
        make_chunk(
            HOSPITAL,
            "一是党委会第一议题学习24次；二是举办中层干部培训班3期。",
            (WORK, "（一）强化政治引领"),
            position=1,
        ),
        make_chunk(
            HOSPITAL,
            "始终把人民群众健康放在首位，推动党建与医疗服务同频共振。\n"
            "组建党员医疗服务队11支，下沉社区义诊52场，服务群众6400余人次。",
            (WORK, "（二）党建赋能优质服务"),
            position=2,
        ),
        make_chunk(
            HOSPITAL,
            "开通“一站式”便民服务中心，全年接待咨询2.1万人次。医院计划2025年再组建服务队3支。\n"
            "持续优化就医流程，患者满意度达到96.5%。",
            (WORK, "（二）党建赋能优质服务"),
            position=3,
        ),
    ],
)

BUREAU_DONE = ["26次", "830人次", "14处", "2.3万人", "9场", "4500份"]
HOSPITAL_DONE = ["11支", "52场", "6400余人次", "2.1万人次", "96.5%"]


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("水利局党组去年党建引领水利惠民都干了啥？", BUREAU_DONE, ["深度融合", "73人次", "20处", "12次"]),
        ("水利局在党建引领水利惠民上做了哪些工作？", BUREAU_DONE, ["深度融合", "73人次", "20处"]),
        ("水利局党建引领水利惠民这块搞了些啥", BUREAU_DONE, ["深度融合", "1000人次"]),
        ("人民医院党建赋能优质服务方面都干了啥", HOSPITAL_DONE, ["同频共振", "服务队3支", "24次"]),
        ("医院在党建赋能优质服务上开展了哪些工作", HOSPITAL_DONE, ["同频共振", "服务队3支", "148名"]),
    ],
)
def test_a_plain_part_answers_with_each_statement_of_work_done(question, present, absent):
    answer = ask_source(SOURCE, question)
    assert not answer.refused
    assert all(p in answer.text for p in present), answer.text
    assert not any(a in answer.text for a in absent), answer.text
    # each statement its own item, in the report's order
    positions = [answer.text.index(p) for p in present]
    assert positions == sorted(positions), answer.text
    assert "共3项" in answer.text, answer.text


def test_a_part_that_counts_its_items_keeps_them():
    answer = ask_source(SOURCE, "医院党委强化政治引领做了哪些工作")
    assert "学习24次" in answer.text and "培训班3期" in answer.text
    assert "11支" not in answer.text
