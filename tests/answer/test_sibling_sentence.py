"""Two figures asked at once that one sentence states side by side (签约额多少，完成年度任务的百分之几 / 整改清单列了
多少项，销号了多少项): the later part, which searched alone has lost the first part's words, is answered from the
sentence the first part was quoted from, or the one right after it, by its own words."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.sibling_sentence import own_characters
from tests.answer.support import FakeSource, make_chunk

TOWN = "西塘镇党委2024年度党建工作总结"
COURSE = "东渠街道党工委书记2024年度抓基层党建述职报告"


def town_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                TOWN,
                "全年实现招商引资到位资金12.5亿元，同比增长6.2%，完成年度目标任务的83.4%。"
                "全年投入人居环境整治资金860万元，其中村道硬化工程310万元。",
                ("一、党建引领发展",),
            ),
            make_chunk(
                TOWN,
                "镇党委共梳理民生实事47件。截至12月底，已完成39件，其余8件转入下一年度。"
                "镇机关各支部应参会党员64名，实际参会61名，因公请假3名。",
                ("二、组织生活会",),
                position=1,
            ),
            make_chunk(
                TOWN,
                "组织党员志愿服务队开展政策宣讲26场，覆盖村民3100人次。",
                ("三、宣传思想",),
                position=2,
            ),
        ]
    )


def course_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                COURSE,
                "牵头打造“清风讲堂”廉政教育品牌，推出廉政微课程18期，累计点击量达到4.2万人次。",
                ("一、履行第一责任人职责",),
            )
        ]
    )


def test_the_share_of_a_target_is_read_from_the_sentence_of_the_figure():
    answer = Assistant(town_source()).ask("西塘镇2024年招商引资到位资金多少，完成年度目标的百分之几？")
    assert "12.5亿元" in answer.text and "83.4%" in answer.text
    assert "6.2%" not in answer.text  # the growth is another figure of the same sentence
    assert answer_problems(answer) == []


def test_what_became_of_the_items_is_read_from_the_next_sentence():
    answer = Assistant(town_source()).ask("西塘镇2024年民生实事梳理了多少件，完成了多少件？")
    assert "47件" in answer.text and "39件" in answer.text
    assert "8件" not in answer.text
    assert answer_problems(answer) == []


def test_a_part_of_an_amount_and_the_people_reached():
    money = Assistant(town_source()).ask("西塘镇2024年人居环境整治投了多少资金？其中村道硬化多少？")
    assert "860万元" in money.text and "310万元" in money.text
    reached = Assistant(town_source()).ask("西塘镇志愿服务队宣讲搞了几场，覆盖了多少村民？")
    assert "26场" in reached.text and "3100人次" in reached.text
    assert answer_problems(money) == answer_problems(reached) == []


def test_a_part_that_restated_the_figure_before_is_asked_again():
    answer = Assistant(course_source()).ask("“清风讲堂”推出了多少期廉政微课程？点击量多少？")
    assert "18期" in answer.text and "4.2万人次" in answer.text
    assert answer_problems(answer) == []


def test_who_took_part_after_who_was_asked():
    answer = Assistant(town_source()).ask("西塘镇机关组织生活会应到多少人？实到多少？")
    assert "64名" in answer.text and "61名" in answer.text
    assert "3名" not in answer.text
    assert answer_problems(answer) == []


def test_how_a_part_asks_is_no_word_of_it():
    assert own_characters("完成年度任务的百分之几？") == set("完成年度任务")
    assert own_characters("其中村道硬化多少？") == set("村道硬化")
    assert own_characters("实到多少？") == set("实到")
