"""差了几个 / 多了多少 after two figures: the gap of the two cited answers; short years (24年) in earlier turns;
a turn that names its own counted thing (党员一共多少) keeps it."""

from __future__ import annotations

import pytest

from assistant.answer.followup import resolve
from assistant.answer.periods import asks_only_a_gap
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

HEYE = "桂溪村党总支2024年度工作总结"
HEYE_2023 = "桂溪村党总支2023年度工作总结"
HEYE_CHUNKS = [
    make_chunk(HEYE, "年初计划发展党员5名，全年实际发展党员3名。", ("三、队伍建设",), position=0),
    make_chunk(HEYE, "党总支下设3个党支部，共有党员96名。", ("一、基本情况",), position=1),
    make_chunk(HEYE, "全年开展志愿服务42场，服务群众1300余人次。", ("二、服务群众",), position=2),
]
HEYE_2023_CHUNKS = [
    make_chunk(HEYE_2023, "全年开展志愿服务30场，服务群众900余人次。", ("二、服务群众",), position=0),
    make_chunk(HEYE_2023, "全年召开党员大会5次、支委会10次、党小组会18次。", ("一、组织生活",), position=1),
    make_chunk(HEYE_2023, "全年党员走访群众300户次。", ("二、服务群众",), position=2),
]
HEYE_H1 = "桂溪村党总支2024年上半年工作总结"
HEYE_H1_CHUNKS = [
    make_chunk(HEYE_H1, "上半年召开党员大会3次、支委会7次、党小组会9次。", ("一、组织生活",), position=0),
    make_chunk(HEYE_H1, "上半年党员走访群众120户次。", ("二、服务群众",), position=1),
]


@pytest.fixture
def assistant() -> Assistant:
    return Assistant(FakeSource(HEYE_CHUNKS, HEYE_2023_CHUNKS))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("差了几个", True),
        ("还差几名？", True),
        ("多了多少", True),
        ("少了几场呢", True),
        ("相差多少", True),
        ("超了多少？", True),
    ]
    + [("有多少", False), ("下半年多了几次", False), ("差几个党员没转正", False), ("计划呢", False)],
)
def test_a_gap_is_asked_only_by_words_of_difference(text, expected):
    assert asks_only_a_gap(text) is expected


@pytest.mark.parametrize(
    ("turns", "figures", "gap"),
    [
        (("桂溪村2024年计划发展多少名党员", "实际发展了多少", "差了几个？"), ("5名", "3名"), "少2名"),
        (("桂溪村2024年开展志愿服务多少场", "那2023年呢", "少了几场"), ("42场", "30场"), "少12场"),
    ],
)
def test_the_gap_of_the_last_two_figures(assistant, turns, figures, gap):
    answers = converse(assistant, *turns)
    last = answers[-1]
    assert all(f in last.text for f in figures) and gap in last.text, last.text
    assert answer_problems(last) == []


def test_short_years_of_earlier_turns_are_full_years(assistant):
    answers = converse(assistant, "桂溪村23年开展志愿服务多少场", "24年呢")
    assert "30场" in answers[0].text
    assert "42场" in answers[1].text and "2024年" in answers[1].resolved_question


def test_a_turn_naming_its_counted_thing_keeps_it(assistant):
    first, second = converse(assistant, "桂溪村党总支下设几个党支部", "党员一共多少")
    assert "3个" in first.text
    assert "96名" in second.text and "支部" not in second.resolved_question.split("党员")[-1]


def test_a_gap_needs_two_figures_asked_before():
    from assistant.answer.followup_turns import Turn

    assert resolve("差了几个", Turn("桂溪村2024年计划发展多少名党员")).compared == ()


NANHU = "南湖二中党总支2023年度党风廉政建设情况报告"
NANHU_CHUNKS = [
    make_chunk(NANHU, "党总支班子成员张立、李萍、周强、吴敏等4人参加了专题会议。", ("一、主要工作",), position=0),
    make_chunk(NANHU, "全年计划发展党员3名，实际发展2名。", ("二、队伍建设",), position=1),
]


def test_a_school_called_by_its_number_keeps_its_name_through_the_conversation():
    answers = converse(Assistant(FakeSource(NANHU_CHUNKS)), "南湖二中2023年专题会议谁参加了", "班子成员几个人参加")
    assert "南湖二中" in answers[1].resolved_question
    assert "4人" in answers[1].text, answers[1].text


@pytest.mark.parametrize("question", ["南湖二中2023年实际发展了几个", "南湖二中2023年发展了多少个"])
def test_members_admitted_are_people_however_counted(question):
    answer = converse(Assistant(FakeSource(NANHU_CHUNKS)), question)[0]
    assert "2名" in answer.text and not answer.refused, answer.text


def test_a_follow_up_counting_with_ge_counts_the_people_asked_before():
    answers = converse(
        Assistant(FakeSource(NANHU_CHUNKS)), "南湖二中2023年计划发展几名党员", "实际发展了几个", "差几个"
    )
    assert "3名" in answers[0].text and "2名" in answers[1].text
    assert "少1名" in answers[2].text


@pytest.mark.parametrize(
    ("turns", "gap"),
    [
        (("桂溪村24年上半年支委会开了几次", "比去年全年少了多少"), "少3次"),  # the figure said of 支委会, not 党员大会
        (
            ("桂溪村24年上半年支委会开了几次", "走访群众呢", "和去年全年比少了多少"),
            "少180户次",
        ),  # the new topic compared
    ],
)
def test_last_year_as_a_whole_is_compared_on_the_topic_asked_last(turns, gap):
    source = FakeSource(HEYE_CHUNKS, HEYE_2023_CHUNKS, HEYE_H1_CHUNKS)
    last = converse(Assistant(source), *turns)[-1]
    assert gap in last.text, last.text


TWO_ORGS = [
    [
        make_chunk(
            "东坪林场党委2024年度工作总结", "林场党委现有党员48名，其中退休党员12名。", ("一、基本情况",), position=0
        )
    ],
    [
        make_chunk(
            "西岭中学党总支2024年度工作总结",
            "党总支现有党员35名。学生获省级奖项9项，获市级奖项14项。",
            ("一、基本情况",),
            position=0,
        )
    ],
]


@pytest.mark.parametrize(
    ("turns", "total"),
    [
        (
            (
                "东坪林场党委有多少党员？",
                "其中退休的呢？",
                "换成西岭中学党总支呢，党员一共多少？",
                "两家加起来多少党员？",
            ),
            "合计83名",
        ),
        (("西岭中学学生获了多少省级奖项？", "西岭中学获市级奖项多少项", "一共呢？"), "合计23项"),
    ],
)
def test_a_total_of_the_last_two_wholes(turns, total):
    answers = converse(Assistant(FakeSource(*TWO_ORGS)), *turns)
    assert total in answers[-1].text, answers[-1].text
    assert answer_problems(answers[-1]) == []


def test_a_pronoun_after_a_period_is_the_person_named_before():
    chunks = [
        make_chunk(
            "南溪卫生院党支部2024年度工作总结",
            "支部书记由院长龚丽担任，副书记陶然。龚丽讲党课3次，陶然讲党课1次。",
            ("一",),
            position=0,
        ),
        make_chunk("南溪卫生院党支部2025年上半年工作总结", "龚丽讲党课1次，陶然讲党课1次。", ("一",), position=0),
    ]
    source = FakeSource(chunks[:1], chunks[1:])
    answers = converse(
        Assistant(source), "南溪卫生院党支部24年书记是谁？", "她讲了几次党课？", "那25年上半年她讲了几次？"
    )
    assert "龚丽" in answers[0].text
    assert "3次" in answers[1].text and "龚丽" in answers[1].resolved_question, answers[1].resolved_question
    assert "1次" in answers[2].text and "龚丽" in answers[2].resolved_question, answers[2].resolved_question


@pytest.mark.parametrize("org", ["东岭热电厂", "白石岭林场"])
def test_another_organisation_named_by_a_plant_or_farm_replaces_the_last(org):
    from assistant.answer.followup_turns import Turn

    last = Turn("清河农商银行2024年廉政谈话多少人次？", answer="开展廉洁谈话153人次〔1〕。")
    assert resolve(f"那{org}2024年全年呢", last).question.startswith(org)


def test_a_day_in_another_year_and_the_figures_said_of_the_same_people():
    year = make_chunk(
        "临川水务公司党委2023年度党建工作总结",
        "截至2023年底，共有党员210名，其中女党员61名、35岁以下党员80名。",
        ("一",),
        position=0,
    )
    half = make_chunk(
        "临川水务公司党委2024年上半年党建工作总结", "截至6月底，共有党员216名，其中女党员64名。", ("一",), position=0
    )
    turns = ("临川水务公司2023年底有多少党员", "2024年6月底呢", "多了几名", "其中女党员几名", "比2023年底多几名女党员")
    answers = converse(Assistant(FakeSource([year], [half])), *turns)
    assert "216名" in answers[1].text, answers[1].text
    assert "多6名" in answers[2].text, answers[2].text
    assert "多3名" in answers[4].text, answers[4].text


def test_everyone_after_one_actor_and_the_company_after_its_branch():
    title = "宏达精工公司党支部书记2024年度抓基层党建工作述职报告"
    chunks = [
        make_chunk(title, "述职人：严立（公司党支部书记）。支部现有党员31名。", ("一",), position=0),
        make_chunk(title, "本人讲党课两次，邀请区委党校教师讲党课1次。", ("二",), position=1),
        make_chunk(title, "公司现有职工520名，结对帮扶困难职工9人。", ("三",), position=2),
    ]
    turns = ("宏达精工公司有多少党员", "这个支部的书记是谁", "他自己讲了几次党课", "一共呢", "那公司一共多少职工")
    answers = converse(Assistant(FakeSource(chunks)), *turns)
    assert "两次" in answers[2].text, answers[2].text
    assert "共3次" in answers[3].text, answers[3].text
    assert "520名" in answers[4].text and "529" not in answers[4].text, answers[4].text


def test_back_to_a_topic_asked_earlier():
    from assistant.answer.routing import understand

    history: list[dict] = []
    turns = [
        "桂溪村2024年发展党员几名？",
        "其中女党员几名？",
        "那年组建了几支志愿服务队？",
        "再说回发展党员，2023年呢？",
    ]
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "（回答）〔1〕"}]
    assert understand(turns[-1], history).question == "桂溪村2023年发展党员几名？"
    assert understand("回到发展党员，其中女党员几名？", history).question.startswith("桂溪村2024年发展党员")


def test_last_years_whole_is_compared_with_this_years_plan_not_its_part():
    actual = make_chunk(
        "桂溪村党总支2024年度工作总结", "全年发展党员6名，其中35岁以下4名。", ("三、队伍建设",), position=0
    )
    plan = make_chunk("桂溪村党总支2025年党建工作要点", "2025年计划发展党员不少于8名。", ("二、重点任务",), position=0)
    turns = ("桂溪村24年发展了多少名党员？", "其中35岁以下呢？", "25年计划发展多少？", "比24年多几名？")
    last = converse(Assistant(FakeSource([actual], [plan])), *turns)[-1]
    assert "多2名" in last.text, last.text


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("东坪林场党委有多少党员", "其中退休的呢", "换成西岭中学党总支的呢"),
            "西岭中学党总支有多少党员，其中退休的是多少？",
        ),
        (("南山气象站党支部24年开了几次主题党日", "那北溪图书馆上半年呢"), "北溪图书馆2024年上半年开了几次主题党日？"),
        (
            ("南山气象站党支部24年开了几次主题党日", "换成柳塘疾控中心党支部2024年的呢"),
            "柳塘疾控中心党支部2024年开了几次主题党日？",
        ),
    ],
)
def test_another_organisation_replaces_the_last_whatever_it_is_called(turns, expected):
    from assistant.answer.routing import understand

    history: list[dict] = []
    for turn in turns[:-1]:
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": "（回答）〔1〕"}]
    assert understand(turns[-1], history).question == expected
