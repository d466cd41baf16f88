"""存在的问题及整改措施 in one section: problems are the paragraphs before 整改措施：, measures those from it;
a section split into （一）存在的问题 and （二）整改措施 answers each from its own part."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

COMBINED_TITLE = "中共南屏县市场监督管理局机关委员会2024年度党建工作总结"
SPLIT_TITLE = "中共恒远精密机械有限公司支部委员会2024年度党建工作总结"
SECTION = "五、存在的问题及整改措施"
SOURCE = FakeSource(
    [
        make_chunk(COMBINED_TITLE, "全年开展主题党日12次。", ("一、组织建设",)),
        make_chunk(
            COMBINED_TITLE,
            "对照年度目标，仍存在一些不足：一是学习研讨不够深入；二是支部活动载体不够丰富；三是党员示范作用发挥不够。",
            (SECTION,),
            position=1,
        ),
        make_chunk(
            COMBINED_TITLE,
            "整改措施：（一）每季度开展1次专题研讨；（二）推行“支部+网格”活动方式；（三）开展党员积分管理。",
            (SECTION,),
            position=2,
        ),
    ],
    [
        make_chunk(SPLIT_TITLE, "全年发展党员2名。", ("一、队伍建设",)),
        make_chunk(
            SPLIT_TITLE,
            "一是倒班党员集中学习难以保证；二是党建经费使用不够规范。",
            ("四、存在的问题和整改措施", "（一）存在的问题"),
            position=1,
        ),
        make_chunk(
            SPLIT_TITLE,
            "1. 建立分班次学习制度；\n2. 制定党建经费管理办法。",
            ("四、存在的问题和整改措施", "（二）整改措施"),
            position=2,
        ),
    ],
)


@pytest.mark.parametrize("question", ["市场监管局存在哪些问题？", "市场监督管理局机关党委总结里查摆出哪些问题"])
def test_problems_of_a_combined_section_stop_where_measures_begin(question):
    answer = ask_source(SOURCE, question)
    assert "学习研讨不够深入" in answer.text and "党员示范作用发挥不够" in answer.text
    assert "专题研讨" not in answer.text and "积分" not in answer.text


def test_measures_of_a_combined_section_start_where_they_begin():
    answer = ask_source(SOURCE, "市场监督管理局机关党委的整改措施有哪些？")
    assert "积分管理" in answer.text and "学习研讨不够深入" not in answer.text


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("恒远党支部的整改措施有哪些", "分班次学习", "倒班党员"),
        ("恒远党支部存在哪些问题", "倒班党员", "分班次学习"),
    ],
)
def test_a_split_section_answers_each_aspect_from_its_part(question, present, absent):
    """恒远党支部: a two-character name with its suffix matches 恒远精密机械有限公司支部委员会."""
    answer = ask_source(SOURCE, question)
    assert present in answer.text and absent not in answer.text and SPLIT_TITLE in answer.text


ONE_PARAGRAPH = FakeSource(
    [
        make_chunk("中共西岭热电厂委员会2024年度党建工作总结", "全年发展党员3名。", ("一、组织建设",)),
        make_chunk(
            "中共西岭热电厂委员会2024年度党建工作总结",
            "存在的不足：一是支部书记抓党建能力参差不齐；二是青年党员比例偏低。"
            "整改措施：一是开展支部书记轮训；二是在一线青年骨干中发展党员。",
            ("六、存在的不足和整改措施",),
            position=1,
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("西岭热电厂的整改措施有哪些", "支部书记轮训", "参差不齐"),
        ("西岭热电厂存在哪些不足", "参差不齐", "轮训"),
    ],
)
def test_problems_and_measures_in_one_paragraph_are_told_apart(question, present, absent):
    answer = ask_source(ONE_PARAGRAPH, question)
    assert present in answer.text and absent not in answer.text


@pytest.mark.parametrize(
    ("question", "expected", "not_expected"),
    [
        ("青石水厂党支部有哪些整改措施", ["线上学习群", "结对培养"], "参与率"),
        ("青石水厂党支部存在哪些问题", ["参与率只有68%", "入党意愿不够强"], "线上学习群"),
    ],
)
def test_measures_numbered_in_brackets_after_the_problems(question, expected, not_expected):
    title = "青石水厂党支部2024年度工作总结"
    text = (
        "存在的问题：一是退休党员居住分散，组织生活参与率只有68%；二是青年职工入党意愿不够强。"
        "整改措施：（1）为退休党员开通线上学习群，每月推送学习资料；（2）实行“一名党员带一名青年”结对培养。"
    )
    answer = ask_source(FakeSource([make_chunk(title, text, ("五、存在的问题及整改措施",))]), question)
    assert all(e in answer.text for e in expected) and not_expected not in answer.text, answer.text
