"""A stated measure asked by its own noun: money named by its last character (罚没款/会费 … 多少), volumes and
weights (万毫升, 万标箱, 千克), and the refusal's note of a part said with 呢 alone (no 呢 in it)."""

from __future__ import annotations

from assistant.answer.asked_quantity import read_asked
from assistant.answer.pipeline import Assistant
from assistant.answer.whole_parts import part_unstated
from tests.answer.support import FakeSource, make_chunk

BUREAU = "青枫市市场监督管理局机关党委2024年度党建工作总结"
BANK = "青枫市中心血站党支部2024年度党建工作总结"


def bureau_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                BUREAU,
                "一是办结行政处罚案件126件，罚款合计836.5万元；二是收缴党费12.6万元，全年会费收入3.2万元。",
                ("二、主要工作", "（二）监管执法"),
            )
        ]
    )


def bank_source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(
                BANK,
                "全年组织流动采血点活动64场，采血9860人次，采血量315.4万毫升。港区分站转运物资2.3万千克。",
                ("二、主要工作", "（一）业务工作"),
            )
        ]
    )


def test_money_named_by_its_nouns_last_character_is_asked_as_money():
    assert read_asked("罚款一共多少？").family == "money"
    assert read_asked("会费收了多少").family == "money"
    assert read_asked("条款多少条").family == "items"  # 条款 counts clauses


def test_a_fine_total_is_answered():
    answer = Assistant(bureau_source()).ask("市场监管局2024年罚款一共多少？")
    assert "836.5万元" in answer.text and not answer.refused


def test_dues_asked_by_their_noun_are_answered():
    answer = Assistant(bureau_source()).ask("市场监管局2024年会费收了多少？")
    assert "3.2万元" in answer.text and not answer.refused


def test_a_volume_is_a_stated_measure():
    answer = Assistant(bank_source()).ask("中心血站2024年采血量多少？")
    assert "315.4万毫升" in answer.text and not answer.refused


def test_a_weight_is_a_stated_measure():
    answer = Assistant(bank_source()).ask("中心血站2024年转运物资多少公斤？")
    assert not answer.refused or "2.3万" not in answer.text  # 千克 is no 公斤 unit: refused, never another figure
    answer = Assistant(bank_source()).ask("中心血站2024年港区分站转运物资多少？")
    assert "2.3万千克" in answer.text


def test_a_part_said_by_ne_is_noted_without_ne():
    assert part_unstated("外资的呢") == "（报告没有写其中外资的数字）"
    assert part_unstated("线上培训呢？") == "（报告没有写其中线上培训的数字）"
