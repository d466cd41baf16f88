"""Two figures of one sentence asked at once (应到/实到, 男/女, 立案/结案), a whole with its 其中 part, and a part
asked by a qualifier put first (…里35岁以下的几个): each figure asked is answered, cited, and only it."""

from __future__ import annotations

import pytest

from assistant.answer.asked_quantity import read_asked
from assistant.answer.paired_asks import without_other_side
from assistant.answer.routing import understand
from assistant.answer.whole_parts import part_asked_at
from tests.answer.support import FakeSource, ask_source, make_chunk

WATER = "中共澄江市自来水公司委员会2024年党建工作总结"
SCHOOL = "中共柏林镇中心小学支部委员会2024年工作总结"
COURT = "中共桐溪县人民法院党组2024年党建工作报告"
SOURCE = FakeSource(
    [
        make_chunk(WATER, "机关党委召开主题党日活动，应到党员23人，实到21人。", ("二、组织生活",)),
        make_chunk(WATER, "全年招聘管网巡检员19名，其中男13名、女6名。", ("三、队伍建设",), position=1),
        make_chunk(WATER, "全年问责管理人员11名，其中约谈提醒7名，给予党纪处分4名。", ("四、纪律建设",), position=2),
    ],
    [
        make_chunk(SCHOOL, "全年发展党员5名，其中35岁以下4名。", ("一、党员队伍",)),
        make_chunk(SCHOOL, "组织家访教师62人，考核合格58人。", ("二、师德建设",), position=1),
    ],
    [
        make_chunk(COURT, "全年执行局立案318件，结案296件。", ("二、执法办案",)),
        make_chunk(COURT, "全年发展党员6名，其中35岁以下5名，女性2名。", ("三、党员管理",), position=1),
    ],
)


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("澄江自来水公司主题党日应到多少人，实到多少人？", ["23人", "21人"]),
        ("澄江自来水公司招聘的管网巡检员男几名，女几名？", ["13名", "6名"]),
        ("桐溪县法院执行局立案多少件，结案多少件？", ["318件", "296件"]),
    ],
)
def test_two_figures_of_one_sentence_are_both_answered(question, figures):
    answer = ask_source(SOURCE, question)
    assert not answer.refused and all(f in answer.text for f in figures), answer.text
    assert answer.citations


@pytest.mark.parametrize(
    ("question", "figure", "other"),
    [
        ("澄江自来水公司主题党日实到几人？", "21人", "23人"),
        ("澄江自来水公司招聘的管网巡检员里女的有几名？", "6名", "19名"),
        ("桐溪县法院执行局结案几件？", "296件", "318件"),
    ],
)
def test_one_figure_asked_of_such_a_sentence_is_only_that_figure(question, figure, other):
    """The figure's clause is quoted (其中男13名、女6名 for 女的), but never the other side or the whole alone."""
    answer = ask_source(SOURCE, question)
    assert figure in answer.text and other not in answer.text, answer.text


def test_a_whole_and_its_part_asked_together_are_both_answered_never_summed():
    answer = ask_source(SOURCE, "澄江自来水公司问责管理人员多少名？其中约谈提醒的几个？")
    assert "11名" in answer.text and "7名" in answer.text and "18" not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "part", "whole"),
    [
        ("柏林镇中心小学发展的党员里35岁以下的几个", "4名", "5名"),
        ("桐溪县法院发展的党员当中35岁以下的有几个？", "5名", "6名"),
    ],
)
def test_a_part_asked_by_a_qualifier_put_first_is_the_part(question, part, whole):
    answer = ask_source(SOURCE, question)
    assert not answer.refused and part in answer.text, answer.text
    assert f"党员{whole}" not in answer.text and "2名" not in answer.text


def test_a_part_told_by_its_qualifier_starts_after_the_marker():
    assert part_asked_at("发展的党员里35岁以下的几个") == len("发展的党员里")
    assert part_asked_at("服务中心的有几个") is None  # 中 of a name


def test_the_later_part_drops_the_other_side_of_the_first():
    assert without_other_side("第二党支部主题党日应到", "实到多少人？") == "第二党支部主题党日"
    assert without_other_side("管网巡检员男", "女几名？") == "管网巡检员"
    assert without_other_side("开会", "讲了几次？") == "开会"


def later_part(first: str, second: str) -> str:
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "（回答）"}]
    return understand(second, history, within_question=True).question


@pytest.mark.parametrize(
    ("first", "second", "said", "unsaid"),
    [
        ("澄江自来水公司主题党日应到多少人", "实到多少人？", "主题党日实到", "应到"),
        ("澄江自来水公司招聘的管网巡检员男几名", "女几名？", "巡检员女", "男"),
    ],
)
def test_a_later_part_asking_the_other_side_drops_the_first_side(first, second, said, unsaid):
    question = later_part(first, second)
    assert said in question and unsaid not in question, question


@pytest.mark.parametrize(
    "question", ["澄江自来水公司问责管理人员，其中约谈提醒的几个", "柏林镇中心小学发展的党员里35岁以下的几个"]
)
def test_a_part_of_a_whole_of_people_counts_people(question):
    asked = read_asked(question)
    assert asked is not None and asked.people_too


APPRAISAL = "红岭县自然资源局机关党委2024年度民主评议党员情况报告"
APPRAISAL_ROWS = (
    "测绘党支部：支部数3个，应参会党员58名，实际参会55名，查摆问题21个，评为优秀14名。\n"
    "执法党支部：支部数2个，应参会党员40名，实际参会39名，查摆问题12个，评为优秀9名。\n"
    "合计：支部数5个，应参会党员98名，实际参会94名，查摆问题33个，评为优秀23名。"
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("测绘党支部民主评议评了几个优秀？", "评为优秀14名"),
        ("执法党支部评上优秀的有几个", "评为优秀9名"),
        ("执法党支部查摆了几个问题？", "查摆问题12个"),
    ],
)
def test_a_branch_row_cell_is_not_taken_for_another_side_by_the_branchs_name(question, expected):
    # The branch's name holds 支部, the head of the 支部数 column: it says whose row, not which figure; and a
    # column said by its last word (优秀 of 评为优秀) is the one asked.
    source = FakeSource([make_chunk(APPRAISAL, APPRAISAL_ROWS, ("一、民主评议党员情况",))])
    answer = ask_source(source, question)
    assert expected in answer.text and "支部数" not in answer.text, answer.text
