"""Who holds a post and what a named person did, in other wordings: 书记是哪个 and 书记由…担任, a post's new holder
(由甲调整为乙), the 述职人 of a report titled with the post, the post written before a name, the names a count
gives in brackets, the rows of a table whose 牵头人 column names the person, a person's own enumerated items,
哪个支部的, and a count asked of a person the report names but gives no figure for (documents of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.answer_types import wanted_types
from assistant.answer.person_unrecorded import acting_name
from assistant.answer.question import holder_of, slots_of
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, ask_source, index_like, make_chunk

STATION = "中共青峰县气象局支部委员会2024年度工作总结"
REPORT = "云岭镇党委书记2024年度抓基层党建工作述职报告"
VILLAGE = "中共石湾村支部委员会关于2024年度组织生活会情况的报告"
NOTICE = "中共松溪社区委员会关于召开2024年度组织生活会的通知"

SOURCE = index_like(
    FakeSource(
        [
            make_chunk(
                STATION,
                "支部现有党员21名。支部委员会由3人组成，支部书记由局长顾承泽担任，副书记为副局长沈兰舟，组织委员邹一帆。",
                ("一、基本情况",),
            ),
            make_chunk(STATION, "全年讲党课6次，其中支部书记顾承泽讲党课3次。", ("二、学习教育",), position=1),
            make_chunk(
                STATION, "全年实际发展党员2名（邱雨桐、戴思远），转正预备党员1名。", ("三、组织建设",), position=2
            ),
            make_chunk(
                STATION,
                "“气象科普进校园”活动：牵头人为沈兰舟，开展时间4月至10月，参与人次900。\n"
                "“雷电防护进社区”活动：牵头人为邹一帆，开展时间6月，参与人次300。",
                ("四、品牌活动",),
                position=3,
            ),
            make_chunk(STATION, "下半年，第二党小组组长由邹一帆调整为任嘉木。", ("五、其他",), position=4),
        ],
        [
            make_chunk(
                REPORT,
                "云岭镇党委书记\n2024年度抓基层党建工作述职报告\n\n梁景行\n（2025年1月10日）\n\n"
                "本人现任云岭镇党委书记，全面主持镇党委工作。全年走访基层党组织36个。",
                (),
            ),
            make_chunk(REPORT, "述职人：梁景行\n2025年1月10日", (), position=1),
        ],
        [
            make_chunk(
                VILLAGE,
                "支部书记潘立新主持会议，镇党委组织委员、驻村指导组组长葛青山到会指导。"
                "葛青山同志对会议进行了点评，提出三点要求。",
                ("一、会议情况",),
            ),
            make_chunk(
                VILLAGE,
                "支委成员逐一查摆问题。潘立新同志重点查摆了理论学习不够系统等问题；孔晓梅同志重点查摆了联系群众不够经常等问题。\n"
                "宣传委员林晚查摆了2个问题：一是宣传栏更新不及时；二是宣传形式比较单一。",
                ("二、查摆问题",),
                position=1,
            ),
        ],
        [
            make_chunk(
                NOTICE,
                "各党支部组织生活会于2025年1月20日至24日召开。社区党委委员到联系党支部参加会议，"
                "其中党委书记严秋实参加第三网格党支部的会议。",
                ("一、时间安排",),
                kind="notice",
            ),
        ],
    )
)


@pytest.mark.parametrize(
    ("question", "role"),
    [("青峰气象局党支部书记是哪个", "书记"), ("第二党小组组长是哪一个？", "组长"), ("宣传委员调整为谁", "宣传委员")],
)
def test_which_one_of_a_post_and_its_new_holder_ask_a_person(question, role):
    wanted = wanted_types(question)
    assert [(w.kind, w.anchor) for w in wanted] == [("person", role)]


@pytest.mark.parametrize("question", ["哪个支部发展党员最多", "是哪个单位印发的"])
def test_which_unit_is_no_person(question):
    assert all(w.kind != "person" for w in wanted_types(question))


def test_the_holder_appointed_with_you_dan_ren():
    answer = ask_source(SOURCE, "青峰气象局党支部书记是哪个")
    assert "顾承泽" in answer.text and not answer.refused


def test_the_new_holder_of_a_changed_post():
    answer = ask_source(SOURCE, "青峰气象局第二党小组组长换成谁了")
    assert "任嘉木" in answer.text


@pytest.mark.parametrize("question", ["云岭镇党委书记是谁", "云岭镇的党委书记叫什么名字"])
def test_the_reporter_of_a_report_titled_with_the_post(question):
    answer = ask_source(SOURCE, question)
    assert "梁景行" in answer.text and not answer.refused
    assert any(c.chunk.doc_title == REPORT for c in answer.citations)


def test_the_post_written_before_a_name():
    answer = ask_source(SOURCE, "石湾村来指导组织生活会的葛青山是什么职务")
    assert "组织委员" in answer.text and "驻村指导组组长" in answer.text


def test_the_names_a_count_gives_in_brackets():
    answer = ask_source(SOURCE, "青峰气象局2024年发展党员都是谁")
    assert "1. 邱雨桐〔" in answer.text and "2. 戴思远〔" in answer.text


def test_brackets_holding_fewer_names_than_the_count_list_nobody():
    source = FakeSource([make_chunk(STATION, "全年实际发展党员3名（邱雨桐、戴思远），转正预备党员1名。", ())])
    answer = ask_source(source, "青峰气象局2024年发展党员都是谁")
    assert "1. 邱雨桐" not in answer.text


@pytest.mark.parametrize(
    ("name", "led", "other"), [("沈兰舟", "气象科普进校园", "雷电防护"), ("邹一帆", "雷电防护进社区", "科普")]
)
def test_the_rows_whose_lead_column_names_the_person(name, led, other):
    answer = ask_source(SOURCE, f"青峰气象局{name}牵头搞了什么活动")
    assert led in answer.text and other not in answer.text


@pytest.mark.parametrize(
    ("question", "own", "others"),
    [
        ("石湾村组织生活会孔晓梅个人查摆的重点问题是啥", "联系群众不够经常", "理论学习不够系统"),
        ("石湾村潘立新查摆的重点问题是啥？", "理论学习不够系统", "联系群众"),
    ],
)
def test_a_persons_own_clause(question, own, others):
    answer = ask_source(SOURCE, question)
    assert own in answer.text and others not in answer.text


def test_a_persons_enumerated_items_are_all_theirs():
    answer = ask_source(SOURCE, "石湾村林晚查摆的是啥")
    assert "宣传栏更新不及时" in answer.text and "形式比较单一" in answer.text


def test_which_branchs_meeting_a_person_joins():
    answer = ask_source(SOURCE, "松溪社区严秋实去参加哪个支部的")
    assert "第三网格党支部" in answer.text


@pytest.mark.parametrize("name", ["沈兰舟", "邹一帆"])
def test_a_count_of_a_person_without_a_figure_is_not_anothers(name):
    answer = ask_source(SOURCE, f"青峰气象局党支部{name}讲了几次党课")
    assert "3次" not in answer.text and "6次" not in answer.text
    assert answer.refused and name in answer.text


def understood(*turns: tuple[str, str] | str) -> str:
    """The last question as understood after the (question, answer) turns before it."""
    history: list[dict] = []
    for question, answer in turns[:-1]:
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return understand(turns[-1], history).question


def test_another_person_of_a_subset_keeps_the_act():
    question = understood(
        ("南溪局中心组2024年搞了几次专题研讨", "其中专题研讨6次〔1〕。"),
        ("其中韦一鸣领学了几次", "共2次〔1〕。"),
        "那蔡文博呢",
    )
    assert "蔡文博领学" in question and "韦一鸣" not in question


def test_a_person_said_with_posts_replaces_the_one_before():
    question = understood(
        ("安和公司总会计师是谁", "党委委员、总会计师程若雪〔1〕。"),
        ("她在民主生活会上查摆了什么问题", "程若雪同志重点查摆了…〔1〕"),
        "那党委副书记葛明远呢",
    )
    assert "葛明远" in question and "程若雪" not in question


def test_he_after_which_one_holds_a_post_is_the_one_named():
    question = understood(
        ("石湾村村务监督委员会主任是哪个", "村务监督委员会主任柯长林全程监督村级工程项目3个〔1〕。"),
        "他讲过党课没有",
    )
    assert "柯长林" in question


def test_he_after_a_subset_counted_of_a_person_is_that_person():
    question = understood(
        ("安和公司组织生活会查摆问题共多少个", "查摆问题共12个〔1〕。"),
        ("其中甘乐天查摆了几个", "宣传委员甘乐天查摆了2个问题〔1〕。"),
        "他查摆的是啥",
    )
    assert "甘乐天" in question


def test_the_post_before_a_name_beats_a_sentence_repeating_the_question():
    title = "中共清河街道机关支部委员会关于2024年度组织生活会情况的报告"
    source = index_like(
        FakeSource(
            [
                make_chunk(title, "区委组织部副部长、第二督导组组长阮清和到会。", ("一、会议情况",)),
                make_chunk(
                    title,
                    "阮清和同志对本次组织生活会进行了点评，认为这次组织生活会准备充分，并对指导组织生活会整改提出要求。",
                    ("一、会议情况",),
                    position=1,
                ),
            ]
        )
    )
    answer = ask_source(source, "来指导组织生活会的阮清和是什么职务")
    assert "副部长" in answer.text and "点评" not in answer.text


@pytest.mark.parametrize(
    ("question", "name"), [("安和公司第一党小组组长改为谁了", "贺文清"), ("安和公司第一党小组组长调整成谁了", "贺文清")]
)
def test_the_new_holder_in_other_words(question, name):
    source = index_like(
        FakeSource(
            [
                make_chunk("安和公司党支部2025年上半年工作总结", "第一党小组组长由尹卫东改为贺文清。", ()),
                make_chunk("安和公司党支部2025年上半年工作总结", "全支部共有党员40名。", (), position=1),
            ]
        )
    )
    answer = ask_source(source, question)
    assert name in answer.text


def test_the_reporter_named_on_a_line_of_its_own():
    title = "北岭中学党总支书记2024年度抓基层党建工作述职报告"
    source = index_like(
        FakeSource(
            [
                make_chunk(
                    title,
                    "北岭中学党总支书记\n2024年度抓基层党建工作述职报告\n\n诸葛明远\n\n一年来，本人认真履行职责。",
                    (),
                ),
                make_chunk(title, "本人现任北岭中学党总支书记、校长。全年听课42节。", (), position=1),
            ]
        )
    )
    answer = ask_source(source, "北岭中学党总支书记是谁")
    assert "诸葛明远" in answer.text and not answer.refused


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("丰源公司民主生活会邬天成个人查摆的重点问题是啥", "抓落实不够有力"),
        ("丰源公司民主生活会纪委书记查摆的重点问题是啥", "日常监督不够"),
    ],
)
def test_a_persons_own_clause_beats_a_sentence_repeating_the_question(question, own):
    title = "中共丰源公司委员会关于2024年度民主生活会召开情况的报告"
    source = index_like(
        FakeSource(
            [
                make_chunk(
                    title,
                    "会上，邬天成同志首先通报了民主生活会查摆问题整改情况，代表班子作对照检查，并带头作个人对照检查。"
                    "党委副书记、纪委书记房晓宁参加会议。",
                    ("一、会议情况",),
                ),
                make_chunk(
                    title,
                    "邬天成同志重点查摆了抓落实不够有力等问题；房晓宁同志重点查摆了日常监督不够经常等问题。",
                    ("二、查摆问题",),
                    position=1,
                ),
            ]
        )
    )
    answer = ask_source(source, question)
    assert own in answer.text and "通报" not in answer.text


def test_she_after_a_turn_naming_nobody_is_the_one_talked_about_before():
    question = understood(
        ("汇川区医保局机关党委书记是谁", "据《…述职报告》，述职人为费雅琴〔1〕。"),
        ("她2024年讲了几次党课", "本人全年讲党课5次〔1〕。"),
        ("到基层支部调研了几次", "本人全年到基层支部调研9次〔1〕。"),
        "2025年她计划讲几次",
    )
    # her own report (述职人) names her by the post its title holds: 书记本人
    assert ("费雅琴" in question or "书记本人" in question) and "到基层支部2025" not in question


@pytest.mark.parametrize("question", ["到联系支部指导了几次", "去基层党支部调研了几次"])
def test_a_place_gone_to_is_no_holder(question):
    assert slots_of(question).holder == ""


@pytest.mark.parametrize(
    ("question", "unit"),
    [("她那个支部2024年发展了几个党员", "离退休第二党支部"), ("他这个支部有多少党员", "离退休第二党支部")],
)
def test_a_pronoun_before_that_unit_only_says_whose(question, unit):
    resolved = understood(
        ("河西街道离退休第二党支部书记是谁", "离退休第二党支部：支部书记为邝丽君，党员人数38名〔1〕。"),
        question,
    )
    assert unit in resolved and "她" not in resolved and "他" not in resolved


@pytest.mark.parametrize(
    "question",
    [
        "青峰气象局机关支部一共讲了几次党课",
        "青峰气象局一季度讲了几次党课",
        "档案史志馆去年讲了几次党课",  # 史 is a surname, 史志馆 a body
        "石门看守所党支部去年开了几次支委会",
        "钱塘文联出版社上半年讲了几次党课",
        "黄沙电视台去年讲了几次党课",
        "江北监狱去年讲了几次党课",
    ],
)
def test_letters_that_only_look_like_a_name_ask_of_nobody(question):
    assert acting_name(question) == ""


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("今年工作要点要求全年至少学几次", ""),  # a document's kind says where, not whose
        ("年度计划里定的全年至少走访几户", ""),
        ("北湖区档案馆今年讲了几次党课", "北湖区档案馆"),
    ],
)
def test_a_document_kind_is_no_holder(question, holder):
    assert holder_of(question) == holder


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("图书馆去年阅读进社区搞了几场", "图书馆"),  # no name holds a period
        ("林场去年第二党支部开了几次支委会", "林场去年第二党支部"),  # a unit said after the period is still whose
        ("税务所去年中心组集中学习了几次", "税务所去年中心组"),
    ],
)
def test_a_name_stops_at_a_period_unless_a_unit_of_it_follows(question, holder):
    assert holder_of(question) == holder
