"""A yearly meeting's report that also tells the previous year's meeting: a question of the earlier meeting is
answered by what is said of it, never by this meeting's figure or date (documents of our own)."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, make_chunk

MEETING = "南桥水务公司党委2024年度民主生活会情况报告"
SOURCE = FakeSource(
    [
        make_chunk(
            MEETING,
            "根据市国资委党委通知要求，公司党委领导班子于2025年2月6日召开2024年度民主生活会。",
            ("一、基本情况",),
            position=0,
        ),
        make_chunk(
            MEETING,
            "会上，党委书记首先通报了2023年度民主生活会整改落实情况，代表领导班子作对照检查。"
            "会议共查摆班子问题11条、个人问题38条，相互提出批评意见29条。",
            ("二、会议召开情况",),
            position=1,
        ),
        make_chunk(
            MEETING,
            "会议还通报了上年度查摆问题的整改情况：2023年度班子查摆的9条问题中，已整改完成8条，1条仍在持续整改。",
            ("二、会议召开情况",),
            position=2,
        ),
    ],
)
HALL = "石门中学党总支2023年度组织生活会情况报告"
HALL_SOURCE = FakeSource(
    [
        make_chunk(
            HALL,
            "党总支于2024年1月22日召开2023年度组织生活会，会议由党总支书记主持。",
            ("一、会议概况",),
            position=0,
        ),
        make_chunk(
            HALL,
            "对照2022年度组织生活会整改清单，会上逐项通报整改进展。本次会议共查摆问题16条，提出批评意见40条。",
            ("二、查摆问题",),
            position=1,
        ),
    ],
)


def test_the_earlier_meetings_figure_is_the_one_said_of_it() -> None:
    answer = Assistant(SOURCE).ask("南桥水务公司2023年度民主生活会班子查摆的问题有几条")
    assert "9条" in answer.text and "11条" not in answer.text, answer.text


def test_this_meetings_date_is_no_answer_for_the_earlier_one() -> None:
    answer = Assistant(SOURCE).ask("南桥水务公司2023年度民主生活会是哪天开的")
    assert "2025年2月6日" not in answer.text.split("相关内容")[0], answer.text


def test_a_figure_said_beside_a_mention_of_the_earlier_meeting_is_this_ones() -> None:
    answer = Assistant(HALL_SOURCE).ask("石门中学党总支2022年度组织生活会查摆了多少条问题")
    assert "16条" not in answer.text.split("相关内容")[0], answer.text
    date = Assistant(HALL_SOURCE).ask("石门中学党总支2022年度组织生活会是什么时候开的")
    assert "2024年1月22日" not in date.text.split("相关内容")[0], date.text


def test_this_meeting_is_still_answered() -> None:
    assert "11条" in Assistant(SOURCE).ask("南桥水务公司2024年度民主生活会班子查摆了几条问题").text
    assert "2025年2月6日" in Assistant(SOURCE).ask("南桥水务公司2024年度民主生活会是哪天开的").text
