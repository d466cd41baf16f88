"""A 其中 part set off by a semicolon (结案774件，结案率95.3%；其中调解结案506件) breaks down the figure before it:
it is never added to it as a sibling (a 1,280 that no document states)."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

CENTRE = "青湾市医疗纠纷调解中心党支部2024年度工作总结"
STATION = "北坪县农机服务站党支部2024年度工作总结"
SOURCE = FakeSource(
    [
        make_chunk(CENTRE, "支部现有党员18名。", ("一、基本情况",)),
        make_chunk(
            CENTRE,
            "全年受理医疗纠纷案件812件，结案774件，结案率95.3%；其中调解结案506件，调解率65.4%。",
            ("二、党建引领调解",),
            position=1,
        ),
    ],
    [
        make_chunk(STATION, "支部现有党员9名。", ("一、基本情况",)),
        make_chunk(
            STATION,
            "全年维修农机具1460台次，同比增长8%;其中上门维修620台次。",
            ("二、党员服务",),
            position=1,
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "whole", "summed"),
    [
        ("调解中心去年结案多少件", "774件", "1280"),
        ("调解中心去年一共结了多少件案", "774件", "1280"),
        ("农机服务站去年维修农机具多少台次", "1460台次", "2080"),
    ],
)
def test_a_part_after_a_semicolon_is_never_added_to_its_whole(question, whole, summed):
    answer = ask_source(SOURCE, question)
    assert whole in answer.text and summed not in answer.text, answer.text


def test_the_part_after_a_semicolon_is_still_answered_when_asked():
    answer = ask_source(SOURCE, "调解中心去年调解结案多少件")
    assert "506件" in answer.text and "1280" not in answer.text, answer.text
