"""A later part asking of the whole the part before counted: 其中X几个 after 几人次, 都是啥处分 after 几人处分."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant, answer_problems
from tests.answer.support import FakeSource, make_chunk

WATER = "东岭县水务局机关党委2024年度党建工作总结"
HEALTH = "南屏区卫生健康委员会党委2024年度党建工作总结"
RULES = "中国共产党纪律处分条例（2023年修订）"
# the regulation of the penalties is in every knowledge base: 啥处分 alone would be looked up there
PENALTY_ARTICLES = [
    make_chunk(
        RULES,
        "第八条 对党员的纪律处分种类：（一）警告；（二）严重警告；（三）撤销党内职务；（四）留党察看；（五）开除党籍。",
        ("第二章 纪律处分的种类和影响",),
        article="第八条",
        kind="regulation",
    ),
    make_chunk(
        RULES,
        "第一百零二条 违反有关规定滥发津贴、补贴的，对直接责任者和领导责任者，情节较轻的，给予警告或者严重警告处分。",
        ("第十章 对违反廉洁纪律行为的处分",),
        article="第一百零二条",
        kind="regulation",
        position=1,
    ),
]


def water_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                WATER,
                "截至2024年底，机关党委共有党员124名，其中在职党员90名、离退休党员34名；女党员47名、男党员77名。",
                ("一、基本情况",),
            ),
            make_chunk(
                WATER,
                "全年召开党员大会12次，全年发展党员4名，其中女性1名。",
                ("二、主要工作", "（一）抓实组织建设"),
                position=1,
            ),
            make_chunk(
                WATER,
                "全年开展提醒谈话63人次，运用监督执纪“第一种形态”处理9人次，其中诫勉谈话2人次、批评教育7人次；"
                "立案4件，给予党纪处分3人，其中警告2人、撤销党内职务1人。",
                ("二、主要工作", "（三）从严监督执纪"),
                position=2,
            ),
        ],
        PENALTY_ARTICLES,
    )


def health_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                HEALTH,
                "委党委下设党支部9个，共有党员210名，其中在职党员180名、退休党员30名；女党员122名。",
                ("一、基本情况",),
            ),
            make_chunk(
                HEALTH, "全年发展党员6名，其中女性4名、35岁以下5名。", ("二、工作成效", "（一）组织建设"), position=2
            ),
            make_chunk(
                HEALTH,
                "全年受理问题线索11件，运用“第一种形态”处理14人次，其中函询3人次、提醒谈话11人次；"
                "给予党纪政务处分5人，其中党内警告3人、记过2人。",
                ("二、工作成效", "（四）正风肃纪"),
                position=1,
            ),
        ],
        PENALTY_ARTICLES,
    )


def test_a_part_asked_in_a_general_counter_of_person_times_is_a_share_of_that_whole():
    answer = Assistant(water_source()).ask("水务局2024年第一种形态处理了几人次？其中诫勉谈话几个？")
    assert "9人次" in answer.text and "诫勉谈话2人次" in answer.text
    assert "第二问" not in answer.text
    assert answer_problems(answer) == []


def test_the_kinds_of_a_counted_whole_are_its_breakdown_in_the_sentence_quoted():
    answer = Assistant(water_source()).ask("水务局2024年给了几个人党纪处分，都是什么处分？")
    assert "3人" in answer.text and "撤销党内职务1人" in answer.text and "警告2人" in answer.text
    assert "第二问" not in answer.text
    assert answer_problems(answer) == []


def test_other_wordings_on_another_document():
    counted = Assistant(health_source()).ask("南屏区卫健委2024年第一种形态处理了多少人次？其中提醒谈话的有几个？")
    assert "14人次" in counted.text and "提醒谈话11人次" in counted.text and "第二问" not in counted.text
    kinds = Assistant(health_source()).ask("南屏区卫健委2024年处分了几个人？分别是哪几种处分？")
    assert "5人" in kinds.text and "记过2人" in kinds.text and "第二问" not in kinds.text and "第八条" not in kinds.text
    assert answer_problems(kinds) == []


def test_who_they_were_is_no_breakdown_into_kinds():
    answer = Assistant(water_source()).ask("水务局2024年给了几个人党纪处分？都是谁？")
    assert "撤销党内职务" not in answer.text


def test_a_part_of_how_many_members_there_are_is_no_part_of_members_gained():
    """女党员47名 stands in a sentence of its own; 其中女性1名 is of the members gained that year."""
    answer = Assistant(water_source()).ask("水务局机关党委2024年底有多少党员？其中女的几个？")
    assert "124名" in answer.text and "47名" in answer.text
    assert "女性1名" not in answer.text
    assert answer.text.count("男党员77名") == 1  # the line the part restates is said once
    other = Assistant(health_source()).ask("南屏区卫健委2024年有多少党员？女党员有几个？")
    assert "210名" in other.text and "122名" in other.text and "女性4名" not in other.text
    gained = Assistant(health_source()).ask("南屏区卫健委2024年发展了几名党员，其中女的几个？")
    assert "6名" in gained.text and "女性4名" in gained.text
