"""Follow-ups asking the whole organisation after a turn about one of its branches, one person or a 其中 part
(全所呢 / 一共多少条 / 整个党委…): the branch, person or part is not carried; and a name with an ordinal
(机关第三党支部) is whose figure the next turn asks of (documents and wordings of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.followup_turns import Organisations
from assistant.answer.routing import understand
from assistant.ingest.org_names import aliases_for

KNOWN = ("水务局", "河西县残联", "残联")
known = Organisations(lambda text: next((n for n in KNOWN if text.startswith(n)), ""), lambda o, p: True)


def understood(*turns: str) -> str:
    history: list[dict] = []
    for question in turns[:-1]:
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": "（回答）〔1〕"}]
    return understand(turns[-1], history, organisations=known).question


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (  # a branch's figure, then a new thing counted over all branches: of the organisation
            ("水务局2023年度民主评议应参评多少人？", "那工程管理党支部提了几条意见？", "整改事项一共多少项？"),
            "水务局2023年度整改事项一共多少项？",
        ),
        (  # 全局 after a 其中 part: the whole asked again, of the new period
            ("水务局2023年巡河一共多少次？", "其中河道党支部几次？", "那2024年上半年全局呢？"),
            "水务局2024年上半年巡河一共多少次？",
        ),
        (  # a person's figure, then 整个党委: the person is not carried
            ("韦建华是什么职务？", "他2023年下基层调研了几次？", "那整个机关党委走访了多少户群众？"),
            "2023年整个机关党委走访了多少户群众？",
        ),
    ],
)
def test_the_whole_asked_carries_no_branch_person_or_part(turns, expected):
    assert understood(*turns) == expected


def test_he_with_a_total_is_still_the_person():
    turns = ("韦建华是什么职务？", "他2023年下基层调研了几次？", "他一共讲了几次党课？")
    assert understood(*turns).startswith("韦建华")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("机关第三党支部2023年开了几场党课？", "参加了多少人次？"), "机关第三党支部2023年党课参加了多少人次？"),
        (
            ("城南第十二党支部2022年办了几期读书班？", "参加了多少人次？"),
            "城南第十二党支部2022年读书班参加了多少人次？",
        ),
    ],
)
def test_attendance_after_an_ordinal_branchs_lectures(turns, expected):
    assert understood(*turns) == expected


def test_the_other_organisation_keeps_what_was_counted():
    assert understood("水务局2023年讲党课多少场？", "残联呢？") == "残联2023年讲党课多少场？"


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("中共河西县残疾人联合会党组", {"河西县残联", "残联"}),
        ("东山市妇女联合会机关党支部", {"东山市妇联", "妇联机关党支部", "妇联"}),
        ("中共北塘区科学技术协会支部委员会", {"北塘区科协", "科协"}),
    ],
)
def test_a_peoples_organisation_is_named_by_its_short_name(full, short):
    assert short <= set(aliases_for([full]))
