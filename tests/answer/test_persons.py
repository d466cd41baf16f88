"""Questions and follow-ups about a named person or a role holder, on documents made up for these tests:
a person's own part of what a report lists for several, 他/她 as the person the last answer named, and
那X呢 with a person or a role replacing whoever acted."""

from __future__ import annotations

import pytest

from assistant.answer.followup import resolve
from assistant.answer.followup_turns import Turn
from assistant.answer.person_names import is_name, named_holder
from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

YUNLING = "云岭水务集团党委2024年度民主生活会情况报告"
YUNLING_CHUNKS = [
    make_chunk(
        YUNLING,
        "会上，党委书记、董事长周海涛代表班子作对照检查。随后，党委副书记、总经理向明远，党委委员、总工程师"
        "柏晓琳，党委委员、总会计师聂文轩逐一进行个人对照检查。",
        ("二、会议召开情况",),
        position=0,
    ),
    make_chunk(
        YUNLING,
        "一是理论学习转化运用不够；二是供水管网改造进度滞后；三是基层党组织建设存在短板。",
        ("三、查摆的主要问题",),
        position=1,
    ),
    make_chunk(
        YUNLING,
        "班子成员结合分管工作查摆了各自存在的问题。周海涛同志重点查摆了抓班子带队伍要求不严等问题；"
        "向明远同志重点查摆了项目建设监管不够到位等问题；柏晓琳同志重点查摆了技术创新投入偏少等问题；"
        "聂文轩同志重点查摆了预算执行偏差较大等问题。",
        ("三、查摆的主要问题",),
        position=2,
    ),
]
QINGTONG = "青桐中学党总支2023年度组织生活会情况通报"
QINGTONG_CHUNKS = [
    make_chunk(
        QINGTONG,
        "支委成员带头发言，其中：许文博主要剖析了调查研究不够深入的问题；贺兰心主要剖析了联系青年教师不够的问题；"
        "韦思远主要剖析了发挥党员先锋作用不充分的问题。",
        ("二、剖析问题",),
        position=0,
    ),
    make_chunk(QINGTONG, "存在的问题：一是学习形式单一；二是谈心谈话覆盖不全。", ("三、存在问题",), position=1),
]


@pytest.fixture
def yunling() -> Assistant:
    return Assistant(FakeSource(YUNLING_CHUNKS, QINGTONG_CHUNKS))


# --- a person's own part of a list ---


def test_a_named_persons_own_part_is_answered_not_the_teams_list(yunling):
    answer = yunling.ask("云岭水务民主生活会上向明远重点查摆了啥问题")
    assert "项目建设监管不够到位" in answer.text, answer.text
    assert "供水管网" not in answer.text and "技术创新" not in answer.text
    assert answer_problems(answer) == []


def test_a_persons_part_in_another_wording_and_verb(yunling):
    answer = yunling.ask("青桐中学组织生活会上贺兰心主要剖析了哪些问题")
    assert "联系青年教师不够" in answer.text, answer.text
    assert "调查研究" not in answer.text and "学习形式单一" not in answer.text


def test_a_two_letter_name_before_a_preposition_is_the_name_alone():
    """林涛在会上… / 何立对…: 在 and 对 begin the next words, they are no letter of the name."""
    assert not is_name("林涛在") and not is_name("何立对") and is_name("林涛") and is_name("何立")


def test_a_role_stands_for_the_person_the_document_names_beside_it(yunling):
    answer = yunling.ask("云岭水务民主生活会上总会计师重点查摆了啥问题")
    assert "预算执行偏差" in answer.text and "聂文轩" in answer.text, answer.text


def test_person_then_role_swaps_replace_the_one_asked_about(yunling):
    answers = converse(
        yunling,
        "云岭水务民主生活会上柏晓琳重点查摆了啥问题",
        "向明远呢",
        "那总会计师呢",
        "总工程师呢",
    )
    assert "技术创新投入偏少" in answers[0].text
    assert "项目建设监管" in answers[1].text and "技术创新" not in answers[1].text
    assert "预算执行偏差" in answers[2].text, answers[2].resolved_question
    assert "技术创新投入偏少" in answers[3].text, answers[3].resolved_question
    for answer in answers[2:]:  # the role replaces the person before it, never piled up in front
        assert "，" not in answer.resolved_question and answer.resolved_question.count("呢") == 0
        assert "向明远" not in answer.resolved_question


# --- 他/她: the person the last answer named ---


def test_he_is_the_holder_named_after_other_titles():
    last = Turn("华阳医院党委书记是谁？", answer="党委书记、院长邓立新，党委副书记、副院长石磊，纪委书记潘悦〔1〕。")
    assert "邓立新讲了几次党课" in resolve("他讲了几次党课", last).question


def test_she_is_the_holder_appointed_with_an_employers_title_before_her_name():
    last = Turn("星河商圈联合党支部书记是谁？", answer="支部书记由星河物业副总经理向丽华担任，组织委员为曹宁〔1〕。")
    resolved = resolve("她讲了几次党课", last).question
    assert "向丽华讲了几次党课" in resolved and "星河物" not in resolved.replace("星河商圈", "")


def test_he_is_the_one_appointed_not_the_title_after_by():
    """常务 after 由 reads like a surname and a name; the one 由…同志担任 appoints is the holder."""
    last = Turn("青川县农业农村局机关党委书记是谁？", answer="局机关党委书记由常务副局长赵明远同志担任〔1〕。")
    resolved = resolve("他去年讲了几次党课", last).question
    assert "赵明远去年讲了几次党课" in resolved and "常务" not in resolved


@pytest.mark.parametrize(
    ("role", "answer", "name"),
    [
        ("书记", "支部书记由常务副院长石磊兼任，副书记丁芸〔1〕。", "石磊"),
        ("组长", "领导小组组长由常务副县长温立平同志兼任〔1〕。", "温立平"),
    ],
)
def test_the_appointed_holder_wins_over_a_title_read_as_a_name(role, answer, name):
    assert named_holder(role, answer) == name


def test_he_is_the_one_the_narrowing_part_asked_not_the_groups_first_member():
    """委员都有谁，其中谁是宣传委员: 他 is the 宣传委员 the answer names, not the 书记 listed first."""
    first = Turn("清溪街道党工委委员都有谁？", answer="共4人：1. 许志强〔1〕 2. 蓝玉珍〔1〕")
    second = Turn(
        "清溪街道党工委委员都有谁，其中谁是宣传委员？",
        answer="党工委由4人组成：书记许志强，副书记蓝玉珍，宣传委员邬海生，组织委员柏静〔1〕。",
        earlier=(first,),
    )
    resolved = resolve("他去年受过什么表彰？", second).question
    assert "邬海生" in resolved and "许志强" not in resolved, resolved


@pytest.mark.parametrize("pronoun", ["这个人", "该同志"])
def test_this_person_is_the_one_the_last_answer_named(pronoun):
    last = Turn("水务局组织生活会三支部是谁去指导的？", answer="指导人员为柏静〔1〕。")
    resolved = resolve(f"{pronoun}在水务局党委担任什么职务？", last).question
    assert resolved.startswith("柏静在水务局党委") and "支部人" not in resolved, resolved


def test_he_is_the_holder_of_the_unit_the_question_named():
    last = Turn(
        "东江税务局2024年第二党支部的书记是谁？",
        answer="党组书记蒋成讲党课2次，机关第二党支部书记龚学文讲党课3次，共讲党课5次〔1〕。",
    )
    resolved = resolve("他讲了几次", last).question
    assert "龚学文" in resolved and "蒋成" not in resolved


def test_she_is_not_said_twice_when_the_conversation_is_about_her():
    """冯某2024年处置了几件 opens with the person: 她 after it is that scope, not a second name."""
    first = Turn("梁晓燕2024年处置了几件问题线索", answer="处置问题线索5件〔1〕。")
    second = Turn("梁晓燕2024年处置了几件问题线索，其中诫勉了几个人？", answer="其中诫勉2人〔1〕。", earlier=(first,))
    resolved = resolve("她讲了几次廉政党课", second).question
    assert resolved.count("梁晓燕") == 1 and resolved.endswith("讲了几次廉政党课"), resolved


@pytest.mark.parametrize(
    ("answer", "name"),
    [
        ("支部纪检委员柏杨对新入职员工开展廉洁谈话12人次〔1〕。", "柏杨"),
        ("党委委员、总会计师韩冰逐一进行个人对照检查〔1〕。", "韩冰"),
    ],
)
def test_a_name_ends_where_the_words_say(answer, name):
    role = "纪检委员" if "纪检" in answer else "总会计师"
    assert named_holder(role, answer) == name


def test_people_counted_in_person_times_take_no_carried_thing():
    first = Turn("永宁燃气公司廉洁风险排查了多少个风险点", answer="排查风险点18个〔1〕。")
    last = first.next("永宁燃气公司支部纪检委员是谁")
    last = Turn(last.question, answer="支部纪检委员柏杨对新入职员工开展廉洁谈话12人次〔1〕。", carried="风险点")
    resolved = resolve("他谈话了多少人次", last).question
    assert "柏杨谈话了多少人次" in resolved and "风险点" not in resolved


def test_his_name_after_a_role_counted_in_a_period():
    last = Turn("理工学院党委书记2023年讲了几次党课", answer="学院党委书记程立平讲党课3次〔1〕。")
    assert resolve("他叫什么", last).question.endswith("书记是谁")


def test_the_name_of_the_one_person_counted():
    last = Turn("河口水文站2024年发展了几名党员", answer="全年发展党员1名（测验科向晴）〔1〕。")
    assert resolve("叫什么名字", last).question == "河口水文站2024年发展的党员是谁"


# --- 那X呢 with a person or a role ---


def test_a_head_title_replaces_the_role_and_name_that_acted():
    last = Turn("白鹭镇党委2024年书记许国强讲了几次党课", answer="镇党委书记许国强讲党课4次〔1〕。")
    resolved = resolve("镇长呢", last).question
    assert "镇长讲了几次党课" in resolved and "许国强" not in resolved and "书记" not in resolved


def test_a_role_is_asked_by_the_name_an_earlier_answer_gave_its_holder():
    first = Turn(
        "海港集团党委书记是谁？", answer="党委书记、董事长孟凡，党委副书记、总经理严嵩林，专职副书记甘露〔1〕。"
    )
    last = first.next("海港集团党委孟凡讲了几次党课")
    last = Turn(last.question, answer="其中孟凡讲2次〔1〕。", earlier=last.earlier)
    assert resolve("专职副书记呢", last).question == "海港集团党委甘露讲了几次党课？"


def test_the_other_members_are_the_one_named_and_not_yet_asked_about():
    first = Turn(
        "海港集团党委书记是谁？", answer="党委书记、董事长孟凡，党委副书记、总经理严嵩林，专职副书记甘露〔1〕。"
    )
    second = Turn("海港集团党委孟凡讲了几次党课", answer="其中孟凡讲2次〔1〕。", earlier=(first,))
    last = Turn("海港集团党委甘露讲了几次党课", answer="甘露讲1次〔1〕。", earlier=(first, second))
    assert resolve("其他班子成员呢", last).question == "海港集团党委严嵩林讲了几次党课？"


LANXI = "兰溪街道机关党支部2024年度工作总结"
LANXI_CHUNKS = [
    make_chunk(
        LANXI,
        "支委会由4人组成：书记卓远，副书记姬红，组织委员阮晴，宣传委员蒲文杰。",
        ("一、基本情况",),
        position=0,
    ),
    make_chunk(LANXI, "全年讲党课3次，其中书记卓远讲党课2次，副书记姬红讲党课1次。", ("二、组织生活",), position=1),
]


def test_the_other_committee_members_are_those_not_talked_about():
    answers = converse(
        Assistant(FakeSource(LANXI_CHUNKS)),
        "兰溪街道机关党支部书记是谁",
        "他讲了几次党课",
        "那副书记呢",
        "支委其他几个人都是谁",
    )
    assert "卓远" in answers[1].resolved_question and "2次" in answers[1].text
    assert "1次" in answers[2].text
    last = answers[3]
    assert "阮晴" in last.text and "蒲文杰" in last.text, last.text
    assert "卓远" not in last.text and "姬红" not in last.text
    assert answer_problems(last) == []


@pytest.mark.parametrize(("phrase", "person"), [("向东升", True), ("柏晓琳", True), ("项目", False), ("纪律", False)])
def test_one_surname_list_knows_names_and_words(phrase, person):
    assert is_name(phrase) is person


def test_she_is_the_one_said_to_take_the_role_before_it():
    last = Turn(
        "柳岸社区主题教育领导小组组长是谁",
        answer="成立由党委书记欧阳慧任组长、副书记严立任副组长的领导小组〔1〕。",
    )
    resolved = resolve("她讲了几次党课", last).question
    assert "欧阳慧讲了几次党课" in resolved and "严立" not in resolved


def test_the_other_members_stay_a_group_when_no_answer_named_the_whole_team():
    first = Turn("柳岸社区主题教育领导小组组长是谁", answer="由党委书记欧阳慧任组长、副书记严立任副组长〔1〕。")
    last = Turn("柳岸社区欧阳慧讲了几次党课", answer="社区党委书记欧阳慧讲专题党课1次〔1〕。", earlier=(first,))
    assert resolve("其他班子成员呢", last).question == "柳岸社区其他班子成员讲了几次党课？"


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "石桥街道机关党支部2025年打算抓哪几方面工作",
            "2025年，支部将重点抓好以下三个方面工作：一是强化学习；二是建强队伍。",
        ),
        ("港务局机关党委下设哪些支部", "机关党委下设3个党支部（机关党支部、调度中心党支部、码头党支部）。"),
    ],
)
def test_letters_that_only_look_like_a_name_are_no_person(question, text):
    from assistant.answer.person_part import person_part

    assert person_part(question, [make_chunk("石桥街道机关党支部2024年度工作总结", text, ("六、打算",))]) == []


def test_a_role_replaces_a_name_said_before_the_period():
    last = Turn("梧桐社区机关支部贺晴2024年上半年讲了几次党课", answer="副书记贺晴讲党课1次〔1〕。")
    assert resolve("支部书记呢", last).question == "梧桐社区机关支部书记2024年上半年讲了几次党课？"


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("许志强今年上半年实际讲了几次党课？", "许志强"),
        ("蓝玉珍2025年上半年实际上一共主持了几次？", "蓝玉珍"),
    ],
)
def test_an_actual_act_of_a_person_is_still_theirs(question, name):
    """实际 between the period and the act still says who acted: the body's figure is no answer for them."""
    from assistant.answer.person_unrecorded import acting_name

    assert acting_name(question) == name
