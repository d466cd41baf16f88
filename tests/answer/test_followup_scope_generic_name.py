"""Another period of the same organisation: when the last answer's quote is also another organisation's
sentence, the name shared with that document is only 党支部, which names no organisation; the question is
answered from the whole knowledge base (it names its organisation), not refused as "没有党支部…的材料"."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk


def source_with(own_half: str, own_year: str, other_half: str, line_half: str, line_year: str) -> FakeSource:
    return FakeSource(
        [make_chunk(other_half, line_half, ("一、组织生活",), position=0)],
        [make_chunk(own_half, line_half, ("一、组织生活",), position=0)],
        [make_chunk(own_year, line_year, ("一、组织生活",), position=0)],
    )


@pytest.mark.parametrize(
    ("titles", "lines", "turns", "figure"),
    [
        (
            (
                "松原县税务局机关党支部2024年上半年工作总结",
                "中共松原县税务局机关支部委员会2023年度工作总结",
                "白杨村党支部2024年上半年工作总结",
            ),
            ("上半年开展主题党日活动6次。", "全年开展主题党日活动12次。"),
            ("松原县税务局机关党支部2024年上半年主题党日搞了几次", "那2023年全年呢"),
            "12次",
        ),
        (
            (
                "青浦区档案馆党支部2024年上半年工作总结",
                "中共青浦区档案馆支部委员会2023年度工作总结",
                "东湖社区党支部2024年上半年工作总结",
            ),
            ("上半年开展志愿服务8次。", "全年开展志愿服务20次。"),
            ("青浦区档案馆党支部2024年上半年开展志愿服务几次", "那2023年全年呢"),
            "20次",
        ),
    ],
)
def test_another_period_is_not_refused_for_a_generic_shared_name(titles, lines, turns, figure):
    source = source_with(titles[0], titles[1], titles[2], *lines)
    answers = converse(Assistant(source), *turns)
    assert figure in answers[-1].text, answers[-1].text
