"""Where a 其中 part's frame ends: another meeting asked after a part of one meeting's count is a whole of its own;
money asked as a part after a length or a number is of what the thing cost; a state (已落实 / 还剩) after a part
is of all the items (wordings, organisations and documents of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, grounded, make_chunk


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("东岭镇2023年召开党员大会几次", "其中研究发展党员的有几次", "那支委会呢"),
            "东岭镇2023年召开支委会几次？",
        ),
        (
            ("柳湾街道2024年党委会开了多少次", "其中研究干部任免的呢", "主题党日呢"),
            "柳湾街道2024年主题党日开了多少次？",
        ),
    ],
)
def test_another_meeting_after_a_part_is_asked_as_a_whole(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_a_part_of_the_same_meeting_keeps_the_frame() -> None:
    question = understood("东岭镇2023年召开党员大会几次", "其中研究发展党员的有几次", "研究评先评优的呢").question
    assert question.startswith("东岭镇2023年召开党员大会，其中研究评先评优")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("东坪村2023年新修村道多少公里", "其中镇里补助多少万元"), "东坪村2023年新修村道资金，其中镇里补助多少万元？"),
        (("南塘社区2024年安装路灯几盏", "其中财政补贴多少钱"), "南塘社区2024年安装路灯资金，其中财政补贴多少钱？"),
    ],
)
def test_money_after_a_length_or_a_number_is_of_what_the_thing_cost(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_a_part_of_money_stays_a_share_of_money() -> None:
    question = understood("东坪村2023年集体收入多少", "其中经营性收入呢").question
    assert question == "东坪村2023年集体收入多少，其中经营性收入是多少？"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (
            ("北溪厂职代会征集提案多少件", "其中涉及安全生产的几件", "已经落实了几件"),
            "北溪厂职代会征集提案，已经落实了几件",
        ),
        (
            ("北溪厂职代会征集提案多少件", "其中涉及安全生产的几件", "已经落实了几件", "还剩几件"),
            "北溪厂职代会征集提案，还剩几件",
        ),
    ],
)
def test_a_state_after_a_part_is_of_all_the_items(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


REPORT = "北溪机械厂党委2024年度职代会提案办理情况报告"
CHUNKS = [
    make_chunk(
        REPORT,
        "本届职代会共征集提案26件，其中涉及安全生产9件、后勤保障8件、技能培训9件。截至年底已落实21件，其余5件列入下年度督办。",
        ("一、提案办理",),
        position=0,
    ),
    make_chunk(REPORT, "全年修建厂区道路1.8公里，投入资金60万元，其中集团补助40万元。", ("二、基础设施",), position=1),
]


def test_the_items_done_and_the_money_part_are_answered_from_the_report() -> None:
    assistant = Assistant(FakeSource(CHUNKS))  # type: ignore[arg-type]
    answers = converse(
        assistant,
        "北溪机械厂职代会征集提案多少件",
        "其中涉及安全生产的几件",
        "已经落实了几件",
        "北溪机械厂厂区道路修了多长",
        "其中集团补助多少钱",
    )
    done, money = grounded(answers[2]), grounded(answers[4])
    assert "21件" in done.text and "26件" not in done.text and "9件" not in done.text
    assert "40万元" in money.text and "60万元" not in money.text
