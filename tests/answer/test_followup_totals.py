"""Totals over the units of an organisation after questions about one unit at a time (四个车间一共呢 / 全中心一共呢 /
两个中队加起来多少 / 一共呢 after 班子 and 个人), the unit a turn points at (那个车间 / 书记是谁 / 她那个支部), another
row of a work unit's table, other people after an aside (他叫什么), and a quarter after a half-year."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, index_like, make_chunk


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the units named by number: the rows of the organisation's table, added
            ("长丰电力公司检修车间有多少名党员", "那运行车间呢", "四个车间党员一共呢"),
            "长丰电力公司四个车间一共有多少名党员？",
        ),
        (  # the turn says what is added in its own words, after a turn about something else
            ("城建学院土木系第二党支部2023年发展了几个党员", "那建筑系第一党支部呢", "六个支部一共多少党员"),
            "城建学院六个支部一共多少党员？",
        ),
        (  # the last question asked of the whole: its units
            ("青禾社区党委有多少党员", "四个支部一共呢"),
            "青禾社区党委四个支部一共有多少党员？",
        ),
        (  # 全中心: the organisation the units belong to, in the period asked
            ("白河应急管理中心救援一中队上半年培训了多少人次", "全中心一共呢"),
            "白河应急管理中心上半年一共培训了多少人次？",
        ),
        (  # the whole named by an earlier turn, though the last one named the unit alone
            ("南岭消防支队城东大队有多少名党员", "特勤大队上半年发展了几名党员", "全支队一共呢"),
            "南岭消防支队上半年一共发展了几名党员？",
        ),
        (  # 全矿合计: any short kind of body right before the total word, the row's own name dropped
            ("河湾煤矿掘进区党支部去年个别谈话多少人次", "全矿合计呢"),
            "河湾煤矿去年一共个别谈话多少人次？",
        ),
        (  # 全会 of a 总会, after a swap of the thing counted: of the thing last counted
            ("慈善总会募集党支部去年支委会开了几次", "主题党日呢", "全会合计呢"),
            "慈善总会去年一共主题党日开了几次？",
        ),
        (  # the body itself was asked (its 党委 is no unit of the 监狱): it stays whose
            ("东岭监狱党委去年个别教育谈话多少人次", "全狱合计呢"),
            "东岭监狱党委去年一共个别教育谈话多少人次？",
        ),
    ],
)
def test_a_total_over_units_asks_the_whole(turns, expected):
    route = understood(*turns)
    assert route.question == expected
    assert not route.summed


@pytest.mark.parametrize(
    ("turns", "first", "second"),
    [
        (
            ("白河应急管理中心救援一中队上半年培训了多少人次", "救援二中队呢", "两个中队加起来多少"),
            "白河应急管理中心救援一中队上半年培训了多少人次？",
            "白河应急管理中心救援二中队上半年培训了多少人次？",
        ),
        (
            ("东港码头装卸车间志愿服务多少人次", "那维修车间呢", "两个车间加起来呢"),
            "东港码头装卸车间志愿服务多少人次？",
            "东港码头维修车间志愿服务多少人次？",
        ),
    ],
)
def test_two_units_added_are_the_two_just_asked(turns, first, second):
    route = understood(*turns)
    assert {route.question, *route.compared} == {first, second}
    assert route.summed


def test_two_units_of_different_figures_make_no_sum():
    route = understood("东港码头装卸车间志愿服务多少人次", "维修车间有多少名党员", "两个车间加起来呢")
    assert not route.summed


@pytest.mark.parametrize(
    ("turns", "first", "second"),
    [
        (
            ("松岭矿业公司2024年度组织生活会，班子问题查摆了几条", "个人的呢", "一共呢"),
            "松岭矿业公司2024年度组织生活会，个人问题查摆了几条？",
            "松岭矿业公司2024年度组织生活会，班子问题查摆了几条",
        ),
        (
            ("松岭矿业公司专题民主生活会班子查摆了几条问题", "个人的呢", "一共呢"),
            "松岭矿业公司专题民主生活会个人查摆了几条问题？",
            "松岭矿业公司专题民主生活会班子查摆了几条问题",
        ),
    ],
)
def test_other_people_keep_whose_meeting_it_was_and_add_up(turns, first, second):
    assert understood(*turns[:2]).question == first
    route = understood(*turns)
    assert (route.question, route.compared, route.summed) == (first, (second,), True)


ASIDE_ANSWER = "党工委书记、主任刘志远讲党课4次，其他班子成员讲党课9次〔1〕。"


def test_other_people_after_an_aside_are_asked_what_was_counted():
    turns = (
        ("东湖街道2024年党工委书记讲了几次党课", ASIDE_ANSWER),
        ("他叫什么", ASIDE_ANSWER),
        ("其他班子成员呢", "其他班子成员讲党课9次〔1〕。"),
    )
    assert understood(*turns[:2], "其他班子成员呢").question == "东湖街道2024年党工委其他班子成员讲了几次党课？"
    route = understood(*turns, "一共呢")
    assert route.summed and route.compared == ("东湖街道2024年党工委书记讲了几次党课",)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("港北海关上半年查获走私案件多少起", "二季度呢"), "港北海关二季度查获走私案件多少起？"),
        (("港北海关2025年上半年查获走私案件多少起", "那三季度呢"), "港北海关2025年三季度查获走私案件多少起？"),
    ],
)
def test_a_quarter_replaces_the_half_year(turns, expected):
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("南岭消防支队城东大队有多少名党员", "那个大队的书记是谁"),
            "南岭消防支队城东大队的书记是谁",
        ),
        (
            ("长丰电力公司检修车间有多少名党员", "那运行车间呢", "这个车间的主任是谁"),
            "长丰电力公司运行车间的主任是谁",
        ),
        (  # whose unit, said by a pronoun before the pointer
            ("城建学院土木系第二党支部书记是谁", "她那个支部2023年发展了几个党员"),
            "城建学院土木系第二党支部2023年发展了几个党员",
        ),
    ],
)
def test_the_unit_pointed_at_is_the_one_asked_about(turns, expected):
    assert understood(*turns).question == expected


def test_the_role_asked_after_a_unit_is_that_units():
    route = understood("城建学院土木系第二党支部有多少党员", "换成建筑系第一党支部呢", "书记是谁")
    assert route.question.startswith("城建学院建筑系第一党支部") and route.question.endswith("书记是谁")


BRIGADE = "南岭消防支队党委2025年上半年党建工作报告"
BRIGADE_SOURCE = index_like(
    FakeSource(
        [
            make_chunk(
                BRIGADE, "支队党委下设3个大队党支部，截至6月底共有党员96名。上半年发展党员4名。", ("一、基本情况",)
            ),
            make_chunk(
                BRIGADE,
                "城东大队党支部：党员数38名，上半年发展党员2名，志愿服务210人次。\n"
                "城西大队党支部：党员数31名，上半年发展党员2名，志愿服务180人次。\n"
                "特勤大队党支部：党员数27名，上半年发展党员0名，志愿服务95人次。",
                ("一、基本情况",),
                position=1,
            ),
        ]
    )
)


def test_totals_over_units_are_answered_from_the_report():
    first, second, pair, whole = converse(
        Assistant(BRIGADE_SOURCE),
        "南岭消防支队城东大队志愿服务多少人次",
        "城西大队呢",
        "两个大队加起来多少",
        "全支队上半年一共发展了几名党员",
    )
    assert "210人次" in first.text and "180人次" in second.text, (first.text, second.text)
    assert "390人次" in pair.text and "95人次" not in pair.text, pair.text
    assert "4名" in whole.text and not whole.refused, whole.text


REFUSED = "知识库中没有找到能回答这个问题的内容。为避免误导，不作推测。"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # a level above, said first, is no part of the organisation's name
            ("石门电缆厂党支部有多少党员", "县里派谁来指导的"),
            "石门电缆厂党支部，县里派谁来指导的",
        ),
        (
            ("云溪物流公司党支部2024年开了几次组织生活会", "市里派谁来督导的"),
            "云溪物流公司党支部2024年，市里派谁来督导的",
        ),
    ],
)
def test_a_level_above_is_set_apart_from_whose(turns, expected):
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("文化馆党支部去年下半年送戏下乡搞了几场", "那今年上半年呢"), "文化馆党支部今年上半年送戏下乡搞了几场？"),
        (("文化馆党支部前年下半年送戏下乡搞了几场", "那去年上半年呢"), "文化馆党支部去年上半年送戏下乡搞了几场？"),
        (("文化馆党支部今年上半年送戏下乡搞了几场", "那下半年呢"), "文化馆党支部今年下半年送戏下乡搞了几场？"),
    ],
)
def test_a_year_and_its_half_replace_the_period_together(turns, expected):
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # after a refusal there is no whole to take a part of: the turn asks of its own
            (("石门电缆厂党支部组织生活会实到几个", REFUSED), "民主评议优秀的几名"),
            "石门电缆厂党支部民主评议优秀的几名",
        ),
        (
            (("云溪物流公司党支部应到多少人", REFUSED), "获得表彰的有几个"),
            "云溪物流公司党支部获得表彰的有几个",
        ),
    ],
)
def test_no_part_is_taken_of_a_whole_that_was_not_found(turns, expected):
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("石门电缆厂党支部有多少党员", "其中民主评议优秀的几名", "合格的呢"),
            "石门电缆厂党支部有多少党员，其中民主评议合格的几名？",
        ),
        (
            ("云溪物流公司党支部2024年考核评为优秀等次的有几人", "基本合格的呢"),
            "云溪物流公司党支部2024年考核评为基本合格等次的有几人？",
        ),
    ],
)
def test_a_grade_replaces_the_grade_asked(turns, expected):
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("城建学院开展了几次警示教育", "学生竞赛获奖里国家级的几项"),
            "城建学院学生竞赛获奖里国家级的几项",
        ),
        (
            ("云溪物流公司党支部有多少党员", "技术骨干当中党员的有几个"),
            "云溪物流公司党支部技术骨干当中党员的有几个",
        ),
    ],
)
def test_a_part_of_a_whole_the_turn_names_is_no_part_of_the_last(turns, expected):
    assert understood(*turns).question == expected


def test_the_role_asked_after_a_service_point_is_the_organisations():
    """A 服务站 or 驿站 the last turn counted for has no 书记 of its own: 支部书记是谁 asks the organisation's."""
    route = understood("青松的党员先锋车有几辆", "安全行驶里程多少", "那暖心驿站呢，接待了多少", "支部书记是谁")
    assert "驿站" not in route.question and route.question.endswith("书记是谁"), route.question


def test_a_span_before_the_total_word_is_no_whole_body():
    route = understood("白河应急管理中心救援一中队上半年培训了多少人次", "全年合计呢")
    assert "救援一中队" in route.question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # whose stays in front; 一共 goes where the branch stood, not between whose and the meeting
            ("园林局组织生活会，机关第一党支部应到几个实到几个？", "那离退休党支部呢？", "全总支加起来呢？"),
            "园林局组织生活会，一共实到几个？",
        ),
        (  # no whose known: the whole said in the turn stands where the branch stood
            ("侨联组织生活会，机关第一党支部应到几个实到几个？", "那离退休党支部呢？", "那全总支合计呢？"),
            "侨联组织生活会，全总支一共实到几个？",
        ),
    ],
)
def test_the_total_word_goes_where_the_unit_stood(turns, expected):
    assert understood(*turns).question == expected
