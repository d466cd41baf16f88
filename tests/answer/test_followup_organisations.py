"""Follow-ups that switch organisation, point at a person by 他/她, add two figures up, or name an item of an
article: each rewritten into a question that stands alone (documents and wordings of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup import conversation_state
from assistant.answer.followup_scope import known_organisations
from assistant.answer.followup_turns import Organisations
from assistant.answer.periods import Figure, main_figure
from assistant.answer.pipeline import Assistant
from assistant.answer.question import slots_of
from assistant.answer.routing import Route, understand
from assistant.core.schema import Answer
from tests.answer.conversation_fixtures import conversation_source, converse
from tests.answer.support import FakeSource, make_chunk

PLACEHOLDER = "（回答）〔1〕"
# Short names the knowledge base's profiles know, though no suffix says they are organisations.
KNOWN = ("河运处", "东坪水文站", "北湾公路段")


COVERED = {"东坪水文站": ("2023年", "2024年")}  # the periods its documents report on; the others: any


def named(text: str) -> str:
    return next((name for name in KNOWN if text.startswith(name)), "")


def covers(organisation: str, period: str) -> bool:
    return period in COVERED.get(organisation, (period,))


known = Organisations(named, covers)


def understood(*turns: str | tuple[str, str]) -> Route:
    """The last turn understood after the others; a turn is a question, or (question, answer)."""
    history: list[dict] = []
    for turn in turns[:-1]:
        question, answer = turn if isinstance(turn, tuple) else (turn, PLACEHOLDER)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return understand(turns[-1], history, organisations=known)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # organisation, period and topic replaced at once: never 白沙村2024年开了几次东岭林场的党员大会
            ("白沙村2023年开了几次支委会？", "换成东岭林场2024年的党员大会呢"),
            "东岭林场2024年开了几次党员大会？",
        ),
        (  # a question of its own for the new organisation: its scope, not glued after the old one
            ("白沙村2023年开了几次支委会？", "换成西岭农场23年，评了几名优秀党员"),
            "西岭农场2023年评了几名优秀党员",
        ),
        (  # the organisation only: the last question asked of it
            ("白沙村2023年讲了几次党课？", "那南山林场的呢"),
            "南山林场2023年讲了几次党课？",
        ),
        (  # a short name only the knowledge base knows is an organisation, not a part of the old one
            ("东坪水文站有多少党员", "河运处的青年突击队出动了多少人次？"),
            "河运处的青年突击队出动了多少人次？",
        ),
        (  # …and the conversation's organisation when the question's words do not show one
            ("东坪水文站2024年有多少党员", "换成北湾公路段呢"),
            "北湾公路段2024年有多少党员？",
        ),
        (  # an act on an institution is a new thing counted, not an organisation (检查中学食堂)
            ("东坪水文站2024年走访了多少户群众？", "抽查中学食堂呢？"),
            "东坪水文站2024年抽查中学食堂有多少？",
        ),
    ],
)
def test_another_organisation_replaces_the_old_one(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_a_bare_half_year_for_another_organisation_keeps_the_year_as_carried() -> None:
    refused = "知识库中没有“县气象站”的材料。为避免误导，不作推测。"
    route = understood(("县气象站党支部2024年开了几次主题党日", refused), "那北湾公路段上半年呢")
    assert route.question == "北湾公路段2024年上半年开了几次主题党日？"
    assert route.carried_period == "2024年"  # the pipeline answers from the periods it has
    assert not route.refers_back  # never held to the documents of the old organisation


@pytest.mark.parametrize(
    ("turns", "expected", "carried"),
    [
        (  # a half-year carried to an organisation whose documents are annual: what it has
            ("南山林场上半年警示教育搞了几次", "换成东坪水文站的呢"),
            "东坪水文站警示教育搞了几次？",
            "",
        ),
        (  # a year it lacks stays carried: the scope refuses it, the pipeline widens it and says so
            ("白沙村2025年开了几次支委会", "那东坪水文站上半年呢"),
            "东坪水文站2025年上半年开了几次支委会？",
            "2025年",
        ),
        (  # a year it has is kept (as carried: the pipeline may still widen it)
            ("白沙村2024年开了几次支委会", "那东坪水文站的呢"),
            "东坪水文站2024年开了几次支委会？",
            "2024年",
        ),
    ],
)
def test_a_period_carried_to_another_organisation_is_one_it_has(turns: tuple, expected: str, carried: str) -> None:
    route = understood(*turns)
    assert (route.question, route.carried_period) == (expected, carried)


def test_a_named_year_for_another_organisation_is_taken_as_it_is() -> None:
    route = understood("南山林场上半年开了几次支委会", "换成河运处2023年的呢")
    assert route.question == "河运处2023年开了几次支委会？"
    assert route.carried_period == ""


def test_the_same_organisation_named_again_is_no_switch() -> None:
    route = understood("东岭林场2023年开了几次支委会？", "东岭林场2024年呢")
    assert route.question == "东岭林场2024年开了几次支委会？"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (
                "北湾公路段2024年讲了几次党课",
                ("其中专职副书记讲了几次", "专职副书记钱慧敏讲党课3次〔1〕。"),
                "她叫啥名字",
            ),
            "北湾公路段2024年专职副书记是谁",
        ),
        (  # a head's title (站长) is a role too
            (
                "东坪水文站2023年讲了几次党课",
                ("其中站长讲了几次", "站长邓卫国讲党课2次〔1〕。"),
                "他叫什么名字？",
            ),
            "东坪水文站2023年站长是谁",
        ),
    ],
)
def test_a_pronoun_asking_a_name_asks_who_holds_the_role(turns: tuple, expected: str) -> None:
    assert understood(*turns).question == expected


def test_he_is_the_one_named_after_the_asked_role_not_the_deputy() -> None:
    answer = "支部书记为站长邓卫国，副书记为钱慧敏〔1〕。"
    route = understood("东坪水文站2023年讲了几次党课", ("支部的书记是谁", answer), "他讲了几次党课")
    assert "邓卫国" in route.question and "钱慧敏" not in route.question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # two organisations' wholes (not the 其中 part asked last)
            ("河运处有多少党员", "北湾公路段有多少党员", "其中预备党员呢", "两家党员加起来一共多少"),
            ("河运处有多少党员？", "北湾公路段有多少党员？"),
        ),
        (  # the two periods asked last
            ("南山林场2023年发展党员几名", "那2024年呢", "两年一共呢"),
            ("南山林场2023年发展党员几名？", "南山林场2024年发展党员几名？"),
        ),
        (  # two scopes named: what each was asked, the plan left aside
            (
                "河运处2024年发展了几名党员？",
                "2025年计划发展多少",
                "白沙村上半年发展了几名？",
                "河运处2024年和白沙村上半年加起来一共几名",
            ),
            ("河运处2024年发展了几名党员？", "白沙村上半年发展了几名？"),
        ),
    ],
)
def test_a_total_of_two_adds_the_figures_the_conversation_gave(turns: tuple[str, ...], expected: tuple) -> None:
    route = understood(*turns)
    assert route.summed
    assert (route.question, *route.compared) == expected


@pytest.mark.parametrize(
    "turns",
    [
        # two different things counted: 有多少党员 and 发展了几名党员 make no total
        ("河运处有多少党员", "北湾公路段2024年发展了几名党员", "两家党员加起来一共多少"),
        # the turn names two units of its own: not the two the conversation asked about
        ("河运处有多少党员", "北湾公路段有多少党员", "机关第一和第二两个支部加起来多少党员"),
    ],
)
def test_no_total_of_figures_that_are_not_a_pair(turns: tuple[str, ...]) -> None:
    route = understood(*turns)
    assert not (route.summed and route.compared), route


def test_two_periods_named_with_a_total_are_added() -> None:
    route = understood("南山林场2024年和2025年上半年一共发展了多少党员")
    assert route.summed and len(route.compared) == 1, route
    assert not understood("南山林场2024年和2025年上半年各发展了多少党员").summed


def test_one_total_asked_of_one_thing_is_no_pair() -> None:
    route = understood("南山林场2023年讲了几次党课", "那2024年一共讲了几次")
    assert not route.summed and route.question == "南山林场2024年一共讲了几次党课"


@pytest.mark.parametrize(("said", "item"), [("那第二项呢", "第（二）项"), ("第3项呢？", "第（3）项")])
def test_a_bare_item_after_an_article_is_its_item(said: str, item: str) -> None:
    route = understood("基层组织选举工作条例第十条", said)
    assert route.question.endswith(f"第十条{item}")
    assert route.kind == "lookup"


def test_conversation_state_carries_the_knowledge_base_names() -> None:
    history = [{"role": "user", "content": "河运处下设几个党支部"}, {"role": "assistant", "content": PLACEHOLDER}]
    last = conversation_state(history, known)
    assert last is not None and last.holder == "河运处"
    assert last.next("党员多少名？").holder == ""  # a later question names no organisation of itself


def test_switched_organisation_and_total_answered_from_the_documents() -> None:
    """End to end: the new organisation's figure, then both added, each cited."""
    assistant = Assistant(conversation_source())
    switched, total = converse(
        assistant, "青禾社区党委2023年讲了几次党课", "那远航物流公司的呢", "两家加起来一共讲了几次"
    )[1:]
    assert "4次" in switched.text and "3次" not in switched.text
    assert "7次" in total.text and len(total.citations) >= 2


def test_a_short_name_from_the_profiles_is_the_conversations_organisation() -> None:
    """End to end: 东坪水文站 is known from the document profile (no suffix says so); the turn is asked of it."""
    title = "东坪县水文站党支部2024年度工作总结"
    source = FakeSource(
        [make_chunk(title, "出动青年突击队员260人次，协助处置险情31起。", ("二、工作成效",), position=0)],
        [make_chunk("白沙村党支部2024年度工作总结", "全村现有党员46名。", ("一、基本情况",), position=0)],
    )
    assistant = Assistant(source)
    first, second = converse(assistant, "白沙村党支部有多少党员", "东坪水文站的突击队出动了多少人次？")
    assert "46名" in first.text
    assert "260人次" in second.text
    assert "白沙村" not in second.resolved_question


@pytest.mark.parametrize(
    "turns",
    [
        ("南山林场2023年计划发展几名党员", "实际发展了多少？", "比计划多了几个", "那2024年上半年呢？"),
        ("白沙村2023年目标讲几次党课", "实际讲了几次", "比目标少了几次", "换成2024年上半年的呢"),
    ],
)
def test_another_period_after_a_comparison_asks_the_figure_compared(turns: tuple[str, ...]) -> None:
    question = understood(*turns).question
    assert "2024年上半年实际" in question
    assert "比" not in question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("白沙村2024年发展了几名党员", "活动经费花了多少"), "白沙村2024年活动经费花了多少"),
        (("东岭林场2024年讲了几次党课", "培训经费用了多少"), "东岭林场2024年培训经费用了多少"),
    ],
)
def test_a_subject_before_the_verb_is_counted_not_the_last_thing(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("白沙村2024年党建经费花了多少", "其中阵地建设呢"), "白沙村2024年党建经费花了多少，其中阵地建设是多少？"),
        (("东岭林场2024年培训经费花了多少", "其中外出学习呢"), "东岭林场2024年培训经费花了多少，其中外出学习是多少？"),
    ],
)
def test_a_part_of_a_whole_asked_with_a_verb_keeps_the_whole_question(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    "back",
    ["回到刚才发展党员的事，发展的都是什么人", "说回发展党员这块，发展的都是什么人"],
)
def test_back_to_a_topic_of_the_conversation_asks_of_that_turn(back: str) -> None:
    question = understood("白沙村2024年发展了几名党员", "党建经费花了多少", "其中阵地建设呢", back).question
    assert question.startswith("白沙村2024年") and "经费" not in question and "回到" not in question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("河运处党组书记一年讲几次党课", "那党组成员呢"), "河运处党组成员一年讲几次党课？"),
        (("南山林场2024年党委书记讲了几次党课", "班子成员呢"), "南山林场2024年班子成员讲了几次党课？"),
    ],
)
def test_members_of_a_body_replace_the_role(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("白沙村党支部有几个女党员", "高级职称的呢"), "白沙村党支部有几个高级职称的党员？"),
        (("南山林场2024年有多少名青年职工", "大专以上学历的呢？"), "南山林场2024年有多少名大专以上学历的职工？"),
    ],
)
def test_a_modifier_alone_keeps_the_kind_of_people_counted(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("东岭林场党支部书记是谁", "支部有几个女党员"), "东岭林场党支部有几个女党员"),
        (("白沙村党委2024年开了几次党委会", "党委共有多少名党员"), "白沙村党委2024年共有多少名党员"),
    ],
)
def test_the_holders_own_unit_is_not_said_twice(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # a short name from the profiles, with the Party unit said after it
            ("白沙村2024年发展了几名党员", "换成河运处党总支的呢？"),
            "河运处党总支2024年发展了几名党员？",
        ),
        (  # the conversation's organisation known by its short name is not said twice
            ("河运处 2024年党员多少", "23年呢"),
            "河运处 2023年党员多少？",
        ),
    ],
)
def test_names_from_the_profiles_in_a_switch_or_a_period_swap(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    "turns",
    [("东岭村2024年讲了几次党课", "村党委书记讲了几次？"), ("白沙社区2024年讲了几次党课", "社区党委书记讲了几次？")],
)
def test_a_generic_unit_word_is_no_other_organisation(turns: tuple[str, ...]) -> None:
    assert understood(*turns).question.startswith(turns[0][:4])


@pytest.mark.parametrize(
    ("turns", "topic"),
    [
        (("河运处2024年中心组学习开了几次", "其中专题研讨几次", "把上面的写成一段话"), "中心组学习和专题研讨"),
        (("南山林场2024年警示教育搞了几次", "其中参加的有多少人次", "写成一段总结"), "南山林场2024年警示教育的"),
    ],
)
def test_a_draft_after_a_part_is_about_the_whole_and_a_named_part(turns: tuple[str, ...], topic: str) -> None:
    route = understood(*turns)
    assert route.kind == "draft" and topic in route.question and "，中" not in route.question


@pytest.mark.parametrize(
    ("text", "question", "figure"),
    [
        ("支部现有党员27名〔1〕；其中女党员11名、预备党员2名〔1〕。", "有多少党员", Figure(27, "名")),
        ("全年开展志愿服务48次〔1〕，其中进社区服务19次〔1〕。", "志愿服务几次", Figure(48, "次")),
        ("全年开展志愿服务48次〔1〕，其中进社区服务19次〔1〕。", "志愿服务几次，其中进社区服务几次", Figure(19, "次")),
    ],
)
def test_the_figure_compared_is_the_whole_not_its_parts(text: str, question: str, figure: Figure | None) -> None:
    assert main_figure(Answer(text, "count"), question) == figure


def test_two_organisations_members_added_end_to_end() -> None:
    source = FakeSource(
        [
            make_chunk(
                "东坪县水文站党支部2024年度工作总结",
                "支部现有党员27名；其中女党员11名、预备党员2名。",
                ("一、基本情况",),
            )
        ],
        [make_chunk("白沙村党支部2024年度工作总结", "全村共有党员46名。", ("一、基本情况",))],
    )
    answers = converse(Assistant(source), "东坪水文站有多少党员", "换成白沙村党支部呢", "两家党员加起来一共多少")
    assert "27名" in answers[0].text and "46名" in answers[1].text
    assert "73名" in answers[2].text


def test_the_knowledge_base_organisations_come_from_the_profiles() -> None:
    source = FakeSource([make_chunk("东坪县水文站党支部2024年度工作总结", "支部现有党员27名。", ("一、基本情况",))])
    organisations = known_organisations(source)
    assert organisations("东坪水文站的突击队出动了几次") == "东坪水文站"
    assert organisations("党员大会开了几次") == ""
    assert organisations.formal("东坪水文站") == "东坪水文站党支部"  # read as whose by the question's words
    assert organisations.covers("东坪水文站", "2024年")
    assert not organisations.covers("东坪水文站", "上半年")
    assert organisations.covers("县气象站", "上半年")  # unknown: the scope refuses it as such


@pytest.mark.parametrize(
    ("turns", "ending"),
    [
        (("白沙村2024年排查隐患多少处", "整改了几处", "还差几处没改完"), "还剩几处没整改"),
        (("东岭林场巡察发现多少问题", "已经整改了多少", "还有几个没改好？"), "还剩几个没整改"),
    ],
)
def test_items_still_undone_are_asked_as_documents_say_it(turns: tuple[str, ...], ending: str) -> None:
    question = understood(*turns).question
    assert question.endswith(ending) and question.startswith(turns[0][:4])


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("南山林场2025年计划轮训支部书记多少人次", "那2024年实际培训了多少"), "南山林场2024年实际培训了多少人次"),
        (("白沙村2025年计划开展志愿服务多少场", "那2024年实际搞了多少"), "白沙村2024年实际开展志愿服务多少场？"),
        (  # a measure counted two turns before (百分点) is no thing of this one
            ("白沙村2024年参学率多少", "差几个百分点", "2025年计划轮训党员多少人次", "那2024年实际培训了多少"),
            "白沙村2024年实际培训了多少人次",
        ),
    ],
)
def test_a_bare_quantity_is_asked_in_the_unit_asked_before(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize("question", ["2025年计划轮训支部书记多少人次", "2024年拟发展党员几名"])
def test_a_plan_word_opening_a_question_is_no_organisation(question: str) -> None:
    assert slots_of(question).holder == ""


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the branch of another institution, named with it, is another organisation
            ("县中医院党委2024年开了几次党委会", "换成县人民医院党委的呢"),
            "县人民医院党委2024年开了几次党委会？",
        ),
        (  # a unit without an institution's name stays a sibling of the one talked about
            ("县中医院内科党支部2024年开了几次支委会", "那外科党支部呢"),
            "县中医院外科党支部2024年开了几次支委会？",
        ),
        (  # a role of another organisation, after a count about a person: who holds it there
            ("白沙村党支部讲了几次党课", "南山林场党支部的书记呢？"),
            "南山林场党支部的书记是谁",
        ),
    ],
)
def test_an_institutions_branch_is_another_organisation(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            (("河运处党支部书记是谁？", "知识库中没有找到能回答这个问题的内容。"), "他讲了几次党课？"),
            "河运处党支部书记讲了几次党课？",
        ),
        (
            (("南山林场2024年纪检委员是谁", "知识库中没有找到能回答这个问题的内容。"), "她谈了几次话"),
            "南山林场2024年纪检委员谈了几次话",
        ),
    ],
)
def test_a_pronoun_after_an_unanswered_who_question_is_the_role(turns: tuple, expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # who holds the role was asked before: asked again of the other organisation
            (
                ("河运处党支部书记是谁？", "知识库中没有找到能回答这个问题的内容。"),
                "他讲了几次党课？",
                "南山林场党支部的书记呢？",
            ),
            "南山林场党支部的书记是谁",
        ),
        (  # only a count about the role: the same count there
            ("白沙村党支部书记讲了几次党课", "换成南山林场党支部的书记呢"),
            "南山林场党支部书记讲了几次党课？",
        ),
    ],
)
def test_another_organisations_role_asks_what_was_asked_of_it(turns: tuple, expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "whole"),
    [
        (("河运处机关第二党支部2024年有多少党员", "发展了几个", "全处一共发展了多少"), "河运处"),
        (("南山林场护林队党支部2024年有多少党员", "全场一共发展了几名党员"), "南山林场"),
        (("东坪水文站测验党支部有多少党员", "全站一共多少名党员"), "东坪水文站"),
    ],
)
def test_the_whole_body_is_asked_of_not_the_branch_before(turns: tuple[str, ...], whole: str) -> None:
    route = understood(*turns)
    assert route.question.startswith(whole) and "支部" not in route.question, route.question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("东坪水文站2024年第一季度开了几次支委会", "那二季度呢"), "东坪水文站2024年二季度开了几次支委会？"),
        (
            ("东坪水文站2024年第一季度开了几次支委会", "那二季度呢", "全年一共呢"),
            "东坪水文站2024年全年开了几次支委会？",
        ),
        (("河运处2025年三季度发展了几名党员", "四季度呢"), "河运处2025年四季度发展了几名党员？"),
    ],
)
def test_a_quarter_or_the_whole_year_replaces_the_period(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected
