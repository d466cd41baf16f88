"""A held regulation a report names without 《》 is cited, under the knowledge base's full title, once."""

from __future__ import annotations

import pytest

from assistant.answer.extractive import answer_extractively
from assistant.answer.pipeline import answer_problems
from assistant.answer.routing import understand
from tests.answer.support import FakeSource, make_chunk
from tests.answer.test_lookup_fixtures import regulation

FIVE_RULES = "中共某某省委关于改进机关会风文风的五项规定"
FIVE_RULES_DETAIL = "省委五项规定实施细则"
REPORT_TITLE = "青禾县水利局机关党委2024年度党建工作总结"
REPORT = [
    make_chunk(
        REPORT_TITLE,
        "严格执行《中国共产党示范工作条例》和五项规定精神，全年开展作风检查4次。",
        ("二、作风建设",),
        position=0,
    ),
    make_chunk(REPORT_TITLE, "对照省委五项规定实施细则逐条自查，整改问题6个。", ("二、作风建设",), position=1),
    make_chunk(REPORT_TITLE, "再次重申《五项规定》的各项要求。", ("三、纪律建设",), position=2),
]
HELD = [
    regulation(FIVE_RULES, [("正文", ["一、会议要少而精。", "二、文件要短而实。"])]),
    regulation(FIVE_RULES_DETAIL, [("第一章　总则", ["第一条　为落实五项规定，制定本细则。"])]),
    regulation("中国共产党示范工作条例（2023年修订）", [("第一章　总则", ["第一条　为了规范示范工作，制定本条例。"])]),
]


@pytest.mark.parametrize(
    "question", ["水利局去年的党建总结里提到了哪些党内法规？", "水利局2024年度党建工作总结引用了哪些规定"]
)
def test_a_held_regulation_named_plainly_is_cited_once(question):
    answer = answer_extractively(understand(question, None), FakeSource(REPORT, *HELD))
    assert answer.kind == "cited" and answer_problems(answer) == [], answer.text
    assert answer.text.split("\n")[0].endswith("引用的党内法规共3部："), answer.text
    assert f"《{FIVE_RULES_DETAIL}》——" in answer.text  # the longest name said, not the 五项规定 inside it
    # said plainly and in 《》: one regulation, listed once
    assert answer.text.count(f"已收录《{FIVE_RULES}》") == 1 and "《示范工作条例》" not in answer.text


def test_a_regulation_said_only_plainly_is_cited_under_its_full_title():
    answer = answer_extractively(understand("水利局去年总结里引用了哪些法规", None), FakeSource(REPORT[:2], *HELD))
    assert f"《{FIVE_RULES}》——见二、作风建设" in answer.text, answer.text


def test_every_place_a_regulation_is_named_is_cited():
    """A regulation named in several numbered items: each other place is cited too, so the item numbers in its
    location are in the cited evidence (an uncited 另见 place would fail the check of the answer's figures)."""
    plan = "青禾县水利局机关党委2025年党建工作要点"
    chunks = [
        make_chunk(
            plan, "3. 深入学习省委五项规定实施细则，举办读书班2期。", ("一、思想建设", "3. 深入学习"), position=0
        ),
        make_chunk(
            plan, "9. 严格落实省委五项规定实施细则，持续纠治四风。", ("二、作风建设", "9. 严格落实"), position=1
        ),
    ]
    answer = answer_extractively(understand("水利局今年工作要点里提到了哪些党内法规", None), FakeSource(chunks, *HELD))
    assert answer.kind == "cited" and answer_problems(answer) == [], answer.text
    assert "另见二、作风建设 › 9. 严格落实〔2〕" in answer.text, answer.text
