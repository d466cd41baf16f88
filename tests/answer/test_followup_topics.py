"""Follow-ups that swap the topic noun, point at what the last answer named, or ask several things at once."""

from __future__ import annotations

import pytest

from assistant.answer.followup_units import unit_pointed_at
from assistant.answer.pipeline import Assistant, answer_problems
from assistant.answer.routing import understand
from assistant.answer.topics import swapped_kind, swapped_topic
from tests.answer.conversation_fixtures import converse
from tests.answer.followup_fixtures import CHARTER, SONGTAO_2023, followup_source


def resolved(*questions: str, answer: str = "（回答）〔1〕") -> list[str]:
    history: list[dict] = []
    out = []
    for question in questions:
        out.append(understand(question, history).question)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return out


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # an action on members replaces the action, not the members
        (("松涛街道党工委2024年发展了几名党员？", "转正的呢？"), "松涛街道党工委2024年转正了几名党员？"),
        (("松涛街道党工委2024年转正了几名预备党员？", "那接收的呢"), "松涛街道党工委2024年接收了几名预备党员？"),
        # a meeting replaces a meeting, wherever the question says it
        (
            ("松涛街道党工委2023年召开了几次组织生活会？", "民主生活会呢？"),
            "松涛街道党工委2023年召开了几次民主生活会？",
        ),
        (("锦江职业学院党委2024年主题党日开了几次？", "那支委会呢？"), "锦江职业学院党委2024年支委会开了几次？"),
        # the noun after 的 is the topic of a which-article question
        (("党章里党员的权利是第几条规定的？", "那义务呢？"), "党章里党员的义务是第几条规定的？"),
        (("章程中预备党员的义务是哪一条？", "权利呢"), "章程中预备党员的权利是哪一条？"),
        # asked the same way of another topic: the shared ending marks what is swapped
        (("党章规定党员的义务是哪一条？", "那权利是哪一条？"), "党章规定党员的权利是哪一条？"),
        (("松涛街道2024年组织生活会开了几次？", "那民主生活会开了几次？"), "松涛街道2024年民主生活会开了几次？"),
        # the noun a 哪些 question lists, and a topic after an article asked by number
        (("章程规定预备党员有哪些义务？", "那权利呢"), "章程规定预备党员有哪些权利？"),
        (("党章规定了党员的哪几项权利", "那义务呢？"), "党章规定了党员的哪几项义务？"),
        (("党章第三条讲的啥", "那权利呢"), "党章关于权利是怎么规定的？"),
        (("《中国共产党纪律处分条例》第八条是什么", "礼金呢"), "《中国共产党纪律处分条例》关于礼金是怎么规定的？"),
        # people on the way in are counted as they stand, not as admitted
        (("桂溪村2024年发展了几名党员？", "那入党积极分子呢？"), "桂溪村2024年有几名入党积极分子？"),
        (("桂溪村2024年吸收了多少名党员", "发展对象呢"), "桂溪村2024年有多少名发展对象？"),
        # a new thing counted in the same scope, in whatever unit the report counts it
        (("桂溪村2024年主题党日开了多少次？", "家访呢？"), "桂溪村2024年家访有多少？"),
        (("锦江职业学院党委2024年设了几个党员示范岗", "那党员责任区呢"), "锦江职业学院党委2024年设了几个党员责任区？"),
        # a role in place of the person who acted
        (
            ("远航物流公司党支部2023年刘晓芸讲了几次党课？", "那组织委员呢？"),
            "远航物流公司党支部2023年组织委员讲了几次党课？",
        ),
    ],
)
def test_a_new_noun_replaces_the_topic_and_keeps_the_rest(turns, expected):
    assert resolved(*turns)[-1] == expected


@pytest.mark.parametrize(
    ("first", "turn", "expected"),
    [
        (
            "市中医院内科党支部2024年开了几次支委会？",
            "那外科党支部开了几次支委会？",
            "市中医院外科党支部2024年开了几次支委会",
        ),
        ("松涛街道2024年全年开了几次支委会？", "那上半年开了几次支委会？", "松涛街道2024年上半年开了几次支委会"),
    ],
)
def test_another_unit_or_period_asked_the_same_way_is_no_new_topic(first, turn, expected):
    assert resolved(first, turn)[-1].rstrip("？") == expected


def test_words_of_other_kinds_are_not_swapped():
    assert swapped_kind("松涛街道2024年发展了几名党员？", "青年党员") is None
    # 讲党课几次 has no noun after 的: 那党支部书记呢 names who, not what
    assert swapped_topic("上半年讲党课几次", "党支部书记") is None


@pytest.mark.parametrize(
    "turns",
    [
        (("松涛街道党工委2024年发展了几名党员？", "8名"), ("转正的呢？", "6名")),
        (("松涛街道党工委2023年召开了几次组织生活会？", "2次"), ("民主生活会呢？", "1次")),
        (("党章里党员的权利是第几条规定的？", "第四条"), ("那义务呢？", "第三条")),
        (("锦江职业学院党委2024年主题党日开了几次？", "10次"), ("那支委会呢？", "24次")),
    ],
)
def test_swapped_topics_are_answered_from_the_same_documents(turns):
    answers = converse(Assistant(followup_source()), *(q for q, _ in turns))
    for (question, expected), answer in zip(turns, answers):
        assert not answer.refused and expected in answer.text, (question, answer.text)
        assert answer_problems(answer) == []


@pytest.mark.parametrize(
    ("question", "answer", "unit"),
    [
        ("那个支部的书记是谁？", "党员数最多的是装卸作业一支部：党员数52名〔1〕。", "装卸作业一支部"),
        ("这个村有多少名党员？", "据《红旗镇2024年工作总结》，获评示范村的是桂花村〔1〕。", "桂花村"),
        ("该党小组组长是谁", "第三党小组：志愿服务38人次〔1〕", "第三党小组"),
    ],
)
def test_a_unit_pointed_at_is_the_one_the_last_answer_named(question, answer, unit):
    rewritten, named = unit_pointed_at(question, answer)
    assert named == unit and rewritten.startswith(unit) and rewritten.endswith(question[-4:])


def test_a_pointer_without_a_unit_named_is_left_alone():
    assert unit_pointed_at("那个支部的书记是谁？", "据《红旗镇2024年各支部情况》：共有党员41名〔1〕。") is None
    assert unit_pointed_at("书记是谁？", "第一网格党支部〔1〕") is None


def test_that_branch_is_asked_within_the_organisation_and_answered():
    turns = ("松涛街道党工委2024年哪个支部获评市级先进基层党组织？", "那个支部的书记是谁？")
    first, second = converse(Assistant(followup_source()), *turns)
    assert "第一网格党支部" in first.text
    assert "钱晓燕" in second.text and answer_problems(second) == []
    assert "第一网格党支部" in second.resolved_question and "松涛街道" in second.resolved_question


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("其中青年党员几名？由谁担任入党介绍人？", ("5名", "钱晓燕")),
        ("其中青年党员有几个？入党介绍人是谁？", ("5名", "钱晓燕")),
    ],
)
def test_a_multi_part_follow_up_answers_each_part_in_the_conversation(second, expected):
    answers = converse(Assistant(followup_source()), "松涛街道党工委2024年发展了几名党员？", second)
    assert not answers[1].refused
    assert all(word in answers[1].text for word in expected), answers[1].text
    assert answer_problems(answers[1]) == []


def test_a_follow_up_naming_its_own_meeting_counts_that_meeting():
    rewritten = resolved("松涛街道党工委2024年开展了几次主题党日？", "组织生活会开了几次？谁主持的？")[-1]
    assert "主题党日" not in rewritten and "组织生活会开了几次" in rewritten


def test_a_short_question_after_a_regulation_answer_is_asked_of_that_regulation():
    answer = f"依据《{CHARTER}》第三条：党员必须履行下列义务……〔1〕"
    assert resolved("党章里党员的义务是第几条？", "预备期多长？", answer=answer)[-1] == f"《{CHARTER}》预备期多长？"
    # an organisation's question is its own
    assert resolved("党章里党员的义务是第几条？", "松涛街道2024年发展了几名党员？", answer=answer)[-1].startswith(
        "松涛"
    )


def test_another_period_keeps_the_organisation_the_conversation_was_about():
    history = [
        {"role": "user", "content": "松涛街道党工委2023年开展了几次主题党日？"},
        {"role": "assistant", "content": f"据《{SONGTAO_2023}》：全年开展主题党日12次〔1〕。"},
        {"role": "user", "content": "组织生活会开了几次？"},
        {"role": "assistant", "content": "召开组织生活会2次〔1〕。"},
    ]
    route = understand("换成2022年的民主生活会呢？", history)
    assert route.question.startswith("松涛街道") and "2022年" in route.question


@pytest.mark.parametrize(
    ("first", "answer", "turn", "expected"),
    [
        # the author of a 述职报告 says 本人: the question then says so too, by the post its title names
        ("丰源村党支部书记是谁？", "述职人：欧阳明（村党支部书记）〔1〕", "他讲了几次党课？", "书记本人讲了几次党课"),
        # a person the last question named acting
        (
            "远航物流公司党支部2023年韩冬讲了几次党课？",
            "韩冬讲党课3次〔1〕",
            "他主持了几次支委会？",
            "韩冬主持了几次支委会",
        ),
        ("远航物流公司党支部2023年梁涛讲了几次党课？", "梁涛讲党课1次〔1〕", "她还讲过几次？", "梁涛还讲过几次"),
        # …主要讲了什么 / …分管哪些: acting with an adverb before the verb, or another verb of a 班子成员
        ("远航物流公司党委蒋立新主要讲了哪些内容", "主要讲了3个方面〔1〕", "他是什么职务？", "蒋立新是什么职务"),
        ("远航物流公司党委郑红分管哪些工作", "分管组织和宣传工作〔1〕", "她是哪年入党的？", "郑红是哪年入党的"),
    ],
)
def test_he_or_she_is_the_person_named_before(first, answer, turn, expected):
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": answer}]
    assert expected in understand(turn, history).question


@pytest.mark.parametrize("state_question", ["整改了多少", "已经整改了几项？"])
def test_a_state_follow_up_asks_of_the_items_counted_before(state_question):
    """整改了多少 after 排查隐患多少项 asks how many of those items are done, not 整改 of anything."""
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    last = Turn("华冶三公司上半年排查安全隐患多少项", answer="排查安全隐患132项〔1〕。")
    assert resolve(state_question, last).question.startswith("华冶三公司上半年排查安全隐患，")


@pytest.mark.parametrize(
    ("swap", "asked"),
    [
        ("换成东湖支行的呢", "东湖支行有多少名党员"),
        ("那县检察院呢", "县检察院有多少名党员"),
        ("那南湖中学呢", "南湖中学有多少名党员"),
    ],
)
def test_a_bank_branch_court_or_school_swapped_in_replaces_the_organisation(swap, asked):
    """支行/检察院/中学 are organisations: 换成东湖支行的呢 asks the same of it, not 多少名东湖支行."""
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    last = Turn("青川高速管理处党委有多少名党员？", answer="共有党员126名〔1〕。")
    assert resolve(swap, last).question.startswith(asked)


@pytest.mark.parametrize("whole", ["一共多少条", "这个章程一共有几条？"])
def test_a_question_about_the_regulation_as_a_whole_keeps_the_conversations_regulation(whole):
    """一共多少条 / 这个章程… after a look-up asks of the regulation talked about, even when the answer before
    it named no regulation, and is answered from its structure."""
    from assistant.answer.pipeline import Assistant
    from tests.answer.conversation_fixtures import converse
    from tests.answer.followup_fixtures import followup_source

    answers = converse(Assistant(followup_source()), "党章第三条讲的是什么？", "第四条呢？", whole)
    assert answers[-1].kind == "lookup" and answers[-1].text.startswith(
        "《中国共产党章程》共2条"
    )  # the fixture has two


@pytest.mark.parametrize("swap", ["主题党日呢", "那支委会呢？"])
def test_an_activity_swapped_in_after_a_who_question_asks_the_count_asked_before(swap):
    """主题党日呢 after 讲了几次党课 → 组织委员是谁: the count of the conversation is asked of the new activity."""
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    counted = Turn("西岭社区上半年讲了几次党课", answer="上半年讲党课3次〔1〕。")
    who = counted.next("西岭社区党支部的组织委员是谁")
    who = Turn(who.question, answer="组织委员唐文斌〔1〕。", earlier=who.earlier)
    question = resolve(swap, who).question
    assert question.startswith("西岭社区上半年讲了几次") and ("主题党日" in question or "支委会" in question)


@pytest.mark.parametrize("every", ["五个支部一共开了几次主题党日", "各支部加起来开了几次主题党日？"])
def test_all_branches_asked_after_one_asks_of_the_organisation(every):
    """五个支部一共… after questions about single branches asks of the organisation they belong to."""
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    first = Turn("青川管理处收费管理党支部2024年讲了几次党课", answer="讲党课4次〔1〕。")
    second = first.next("监控通信党支部开了几次支委会")
    second = Turn(second.question, answer="支委会12次〔1〕。", earlier=second.earlier)
    question = resolve(every, second).question
    assert question.startswith("青川管理处") and "收费管理" not in question and "监控通信" not in question


def test_a_topic_swapped_in_a_which_article_question_without_de():
    """那权利呢 after 党员义务是哪一条 (no 的 before 义务): 权利 replaces 义务."""
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    last = Turn("党章里党员义务是哪一条", answer="依据《中国共产党章程》第三条：……〔1〕")
    assert "党员权利是哪一条" in resolve("那权利呢", last).question


def test_na_zhege_xize_is_the_regulation_talked_about():
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    last = Turn("发展党员工作细则第十四条", answer="依据《中国共产党发展党员工作细则》第十四条：……〔1〕")
    assert resolve("那这个细则一共多少条", last).question == "《中国共产党发展党员工作细则》一共多少条"


def test_a_state_follow_up_keeps_the_items_named_after_the_quantity_word():
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    last = Turn("热电厂上半年排查了多少隐患", answer="共排查安全隐患137项〔1〕。")
    assert resolve("整改了多少项", last).question == "热电厂上半年排查了隐患，整改了多少项"


@pytest.mark.parametrize(
    ("question", "new", "swapped"),
    [
        ("纪律处分条例关于收受礼金是怎么规定的", "赠送礼金", "纪律处分条例关于赠送礼金是怎么规定的"),
        ("问责条例对违规收受红包有什么规定", "发放红包", "问责条例对违规发放红包有什么规定"),
    ],
)
def test_a_verb_object_phrase_is_swapped_whole(question, new, swapped):
    """赠送礼金 replaces 收受礼金 (cut 收受/礼金), not only 礼金."""
    from assistant.answer.topics import same_ending

    assert same_ending(question, new) == swapped


def test_another_revision_of_a_topic_look_up_asks_which_article_holds_it_there():
    """2018年版里是第几条 after 效能监督条例关于不得提升职务…, answered by an article: the article of that revision
    holding its content; 新旧两版这条有啥不同 next compares both revisions, not only the one named before."""
    from assistant.answer.followup import resolve
    from assistant.answer.followup_turns import Turn

    last = Turn("效能监督条例关于不得提升职务是怎么规定的", answer="依据《…（2024年修订）》第九条：……〔1〕")
    question = resolve("2019年版里是第几条", last).question
    assert question == "2019年版《…》中与2024年版第九条对应的是哪一条？", question
    follow = Turn(question, answer="依据《…（2019年）》第八条：……〔1〕", earlier=(last,))
    assert "2019年版" not in resolve("新旧两版这条有啥不同", follow).question


@pytest.mark.parametrize(
    ("first", "then", "article"),
    [("党章规定党员有哪些义务", "那权利呢？", "第四条"), ("党章第四条讲的啥", "义务呢", "第三条")],
)
def test_a_swapped_regulation_topic_is_answered_by_its_article(first, then, article):
    answers = converse(Assistant(followup_source()), first, then)
    assert not answers[1].refused and answers[1].citations[0].chunk.article == article, answers[1].text
