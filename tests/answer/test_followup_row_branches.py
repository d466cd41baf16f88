"""Follow-ups about the rows of a per-unit table whose rows are Party branches of work units (救护大队党支部,
维修车队): another row swapped in, the unit said again by the turn itself, and the rows added up (wordings
and organisations of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_rows import row_of_branch
from tests.answer.conversation_fixtures import understood


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the branch of another row: the row's name replaced, whose and the Party body kept
            ("安平矿山救护大队党支部2023年底有多少党员", "通风大队呢"),
            "安平矿山通风大队党支部2023年底有多少党员？",
        ),
        (
            ("北湾港务装卸车间党支部2024年发展了几名党员", "那机修车间呢"),
            "北湾港务机修车间党支部2024年发展了几名党员？",
        ),
        (  # a 车队 is a row like a 大队; 实际 says which figure, not who
            ("红星客运公司第二车队实际发展了几名党员", "换成旅游车队的呢"),
            "红星客运公司旅游车队实际发展了几名党员？",
        ),
    ],
)
def test_another_row_replaces_the_branch_asked(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the turn names the unit the last question's branch is of: said once, not glued after the branch
            ("红星客运公司第一车队党支部书记是谁", "那第二车队呢", "第二车队实际发展了几名党员"),
            "红星客运公司第二车队实际发展了几名党员",
        ),
        (
            ("西港码头装卸车间党支部书记是谁", "装卸车间有多少名党员"),
            "西港码头装卸车间有多少名党员",
        ),
    ],
)
def test_a_unit_said_again_is_not_glued_to_its_own_branch(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # the rows together are the organisation's, not the last branch's
            ("安平矿山救护大队党支部2023年底有多少党员", "通风大队呢", "三个大队一共呢"),
            "安平矿山三个大队一共2023年底有多少党员？",
        ),
        (  # the whole organisation, after a row whose modality was asked
            (
                "红星客运公司第一车队党支部书记是谁",
                "第一车队实际发展了几名党员",
                "换成旅游车队的呢",
                "全公司一共实际发展了几名",
            ),
            "红星客运公司一共实际发展了几名党员？",
        ),
    ],
)
def test_the_rows_together_are_of_the_organisation(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


def test_a_branch_of_a_row_is_cut_into_whose_row_and_body() -> None:
    assert row_of_branch("安平矿山救护大队党支部") == ("安平矿山", "救护大队", "党支部")
    assert row_of_branch("北湾港务机修车间党支部") == ("北湾港务", "机修车间", "党支部")
    assert row_of_branch("安平矿山党支部") is None  # the organisation's own branch
