"""Count answers on a report of our own: stated totals, sibling sums, 其中, plan vs actual, 人 vs 人次, %, 万元."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

TITLE = "青松街道党工委2024年度党建工作总结"
REPORT = [
    make_chunk(
        TITLE, "街道党工委书记讲党课2次，副书记讲党课1次，5名社区书记各讲党课1次。", ("一、理论学习",), position=0
    ),
    make_chunk(TITLE, "每月第一个周五开展主题党日活动，全年开展十二次。", ("二、组织生活",), position=1),
    make_chunk(TITLE, "全年吸收新党员5名，其中35岁以下3名。预备党员按期转正4名。", ("三、队伍建设",), position=2),
    make_chunk(TITLE, "举办“红色课堂”培训班，培训社区干部80人、共计240人次。", ("四、干部培训",), position=3),
    make_chunk(TITLE, "投入党群服务中心改造资金45万元，居民满意度提升至96.2%。", ("五、为民服务",), position=4),
    make_chunk(TITLE, "共收集居民诉求320件，其中已办结301件。", ("六、接诉即办",), position=5),
    make_chunk(TITLE, "2025年拟发展党员6名，开展专题培训不少于4期。", ("七、2025年工作打算",), position=6),
]


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(REPORT)


ask = ask_source


@pytest.mark.parametrize("question", ["青松街道2024年一共讲了几回党课？", "青松街道党工委全年总共讲了多少次党课"])
def test_sum_with_each_counts_every_actor(source, question):
    answer = ask(source, question)
    assert answer.text.startswith("共") and "8次" in answer.text  # 2 + 1 + 5×1
    assert answer.derived_numbers == {8.0}


@pytest.mark.parametrize("question", ["青松街道主题党日搞了多少次？", "主题党日活动全年开展了几次"])
def test_predicate_in_the_previous_clause(source, question):
    answer = ask(source, question)
    assert "十二次" in answer.text and not answer.refused


def test_subset_is_never_added_to_its_whole(source):
    answer = ask(source, "青松街道2024年吸收了几个新党员？")
    assert "5名" in answer.text and "8名" not in answer.text and "9名" not in answer.text


def test_a_subset_part_of_a_multi_part_question(source):
    answer = ask(source, "青松街道吸收了多少名新党员？其中35岁以下的有几个？")
    first, second = answer.text.split("\n")
    assert "5名" in first and "3名" in second


def test_developing_is_not_becoming_full_member(source):
    answer = ask(source, "青松街道有几名预备党员转正了？")
    assert "4名" in answer.text and "5名" not in answer.text


def test_person_is_not_person_time(source):
    assert "80人" in ask(source, "红色课堂培训了多少人？").text
    answer = ask(source, "红色课堂培训了多少人次？")
    assert "240人次" in answer.text


def test_amounts_and_percentages_are_quoted_as_stated(source):
    assert "45万元" in ask(source, "党群服务中心改造花了多少钱？").text
    assert "96.2%" in ask(source, "居民满意度是多少？").text


def test_a_stated_total_is_preferred(source):
    answer = ask(source, "青松街道一共收集了多少件居民诉求？")
    assert "320件" in answer.text and "621" not in answer.text and answer.derived_numbers == set()


def test_plan_figures_answer_only_plan_questions(source):
    assert "6名" in ask(source, "明年计划发展多少名党员？").text
    answer = ask(source, "青松街道实际发展了多少名党员？")
    assert "6名" not in answer.text.split("相关内容")[0]


OTHER = "东湖社区党委2024年工作总结"
OTHER_REPORT = [
    make_chunk(OTHER, "社区现有党员64名。全年发展党员2名（退役军人）。", ("一、基本情况",), position=0),
    make_chunk(OTHER, "组织送医下乡活动8场，惠及居民1200余人次。", ("二、为民服务",), position=1),
    make_chunk(OTHER, "组织生活会查摆的11条问题已整改销号9条。", ("三、整改落实",), position=2),
    make_chunk(OTHER, "会议共查摆班子问题5条、个人问题12条。", ("四、民主生活会",), position=3),
]


@pytest.fixture
def other() -> FakeSource:
    return FakeSource(OTHER_REPORT)


def test_unrelated_figures_of_one_passage_are_not_added(other):
    answer = ask(other, "东湖社区有多少名党员？")
    assert "64名" in answer.text and "66" not in answer.text and answer.derived_numbers == set()


def test_the_context_of_the_previous_clause(other):
    assert "1200余人次" in ask(other, "东湖社区送医下乡服务了多少人次居民？").text


def test_a_part_of_a_figure_is_not_added_to_it(other):
    answer = ask(other, "问题整改销号了几条？")
    assert "9条" in answer.text and "20条" not in answer.text


def test_list_items_of_one_action_are_added_when_a_total_is_asked(other):
    answer = ask(other, "民主生活会班子和个人加起来一共查摆了多少条问题？")
    assert "17条" in answer.text and answer.derived_numbers == {17.0}


def test_a_list_item_of_another_action_is_not_counted():
    source = FakeSource([make_chunk(OTHER, "全年吸收预备党员3名、按期转正5名。", ("一、队伍建设",))])
    answer = ask(source, "东湖社区吸收了几名预备党员？")
    assert "3名" in answer.text and "8名" not in answer.text and answer.derived_numbers == set()


def test_multi_part_question_with_a_quantity_and_a_person():
    source = FakeSource(
        [
            make_chunk(OTHER, "2024年1月召开专题民主生活会1次。", ("五、民主生活会",), position=0),
            make_chunk(
                OTHER, "民主生活会由社区党委书记韩冰主持，街道党工委委员到会指导。", ("五、民主生活会",), position=1
            ),
        ]
    )
    answer = ask(source, "东湖社区开了几次民主生活会？谁主持的？")
    count, person = answer.text.split("\n")
    assert "1次" in count and "韩冰" in person


def test_a_year_the_figure_is_not_of_is_refused():
    title = "东湖社区党委2024年工作总结及2025年工作计划"
    source = FakeSource(
        [
            make_chunk(title, "全年发展党员3名。", ("一、2024年工作情况",), position=0),
            make_chunk(title, "计划发展党员5名。", ("二、2025年工作计划",), position=1),
        ]
    )
    assert "3名" in ask(source, "东湖社区2024年发展了多少名党员？").text
    assert "5名" in ask(source, "东湖社区2025年计划发展多少名党员？").text
    refused = ask(source, "东湖社区2025年实际发展了多少名党员？")
    assert refused.refused and "3名" not in refused.text.split("相关内容")[0]


def test_a_number_that_is_not_a_year_does_not_date_the_figure():
    source = FakeSource([make_chunk(OTHER, "发放宣传资料2000余份，参与志愿服务80余人次。", ("二、为民服务",))])
    assert "80余人次" in ask(source, "东湖社区2024年志愿服务多少人次？").text


def test_a_passage_listing_the_addends_is_not_added_to_a_lone_row_elsewhere():
    title = "云溪镇中学党总支2024年度党建工作总结"
    prose = make_chunk(
        title, "党总支书记讲党课2次，各党支部书记讲党课共5次，邀请党校教师讲党课1次。", ("二、组织生活",), position=0
    )
    row = make_chunk(title, "初中部党支部：支部书记为韦明，讲党课3次。", ("附表",), position=1)
    answer = ask(FakeSource([prose, row]), "云溪镇中学党总支2024年一共讲了多少次党课")
    assert "共8次" in answer.text and answer.derived_numbers == {8.0}, answer.text


def test_members_admitted_and_confirmed_are_never_one_total():
    title = "青峰林场党委2024年度工作总结"
    chunk = make_chunk(title, "全年发展党员2名，按期转正预备党员1名。", ("二、队伍建设",), position=0)
    answer = ask(FakeSource([chunk]), "青峰林场党委一共多少党员")
    assert "3名" not in answer.text and 3.0 not in answer.derived_numbers, answer.text


@pytest.mark.parametrize("question", ["青松街道2024年利润是多少？", "青松街道营收多少万元"])
def test_a_figure_of_a_thing_no_document_names_is_refused(source, question):
    answer = ask(source, question)
    assert answer.refused and "万元" not in answer.text.split("相关内容")[0], answer.text


def test_figures_beside_the_one_that_answers_are_not_added_up():
    title = "柳塘区疾病预防控制中心党支部2024年度工作总结"
    source = FakeSource(
        [
            make_chunk(title, "中心党支部现有党员31名，其中女党员19名。", ("一、基本情况",), position=0),
            make_chunk(
                title, "开展民主评议党员，参加评议党员30名，评出优秀等次党员6名。", ("三、党员管理",), position=1
            ),
        ]
    )
    answer = ask(source, "柳塘区疾病预防控制中心党支部现在几个党员")
    assert "31名" in answer.text and "36" not in answer.text and not answer.derived_numbers, answer.text


def test_communist_party_members_are_no_total_and_members_asked_last_are_people():
    title = "青石县应急管理局机关党委2024年度党建工作总结"
    source = FakeSource(
        [
            make_chunk(title, "开展党员积分管理，评选优秀共产党员6名。", ("二",), position=0),
            make_chunk(title, "截至2024年12月底，共有党员57名，其中女党员16名。", ("一",), position=1),
            make_chunk(title, "组织党员开展主题党日活动1次，参与党员49人。", ("三",), position=2),
        ]
    )
    answer = ask(source, "青石应急局2024年党员多少")
    assert "57名" in answer.text and "6名" not in answer.text, answer.text
