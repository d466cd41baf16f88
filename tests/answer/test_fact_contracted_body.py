"""A body called by a contraction of its name (人社局, 农水局) is the documents' own organisation: a role its
report names is answered, not refused as some branch of it."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

BUREAU = "中共白塔县农业农村和水利水产局机关支部委员会2024年度工作总结"
BUREAU_SOURCE = FakeSource(
    [
        make_chunk(BUREAU, "支部现有党员19名，2024年发展党员1名。", ("一、基本情况",)),
        make_chunk(
            BUREAU, "支部委员会由书记韦长林、组织委员常怡、宣传委员祝远帆3人组成。", ("一、基本情况",), position=1
        ),
    ]
)


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("农水局支部的组织委员是谁", "常怡"),
        ("农水局党支部宣传委员叫什么", "祝远帆"),
        ("农水局支部书记是哪位", "韦长林"),
    ],
)
def test_a_role_of_a_body_called_by_a_contraction_is_answered(question, name):
    answer = ask_source(BUREAU_SOURCE, question)
    assert name in answer.text and not answer.refused, answer.text
