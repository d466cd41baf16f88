"""The thing a count question names after its asking word: a figure of the activity that found those things is
no answer to how many were found, however much of the question it holds (invented documents)."""

from __future__ import annotations

import pytest

from assistant.answer.count_matching import COUNT_THRESHOLD, ScoredFact
from assistant.answer.counted_thing import by_counted_thing
from assistant.answer.facts import extract_facts
from assistant.answer.question import slots_of
from tests.answer.support import make_chunk

PORT = "青港码头有限公司党委2024年度党建工作总结"
PORT_CHUNK = make_chunk(
    PORT, "深化“党建+平安港口”，全年开展消防检查315次，发现风险点486处，整治完成479处。", ("二、主要工作",)
)
SCHOOL = "柳溪中学党支部2024年度党建工作总结"
SCHOOL_CHUNK = make_chunk(SCHOOL, "党员教师开展家访活动42次，走访学生家庭156户。", ("二、服务群众",))


def ranked(chunk, scores: list[float]) -> list[ScoredFact]:
    """The chunk's figures scored in order: the activity's first and highest, as a question naming it ranks them."""
    return [ScoredFact(fact, score) for fact, score in zip(extract_facts(chunk), scores, strict=False)]


@pytest.mark.parametrize(
    ("chunk", "question", "figure"),
    [
        (PORT_CHUNK, "青港码头去年消防检查查出多少风险点", "486"),
        (PORT_CHUNK, "青港码头2024年消防检查一共找到了多少个风险点", "486"),
        (SCHOOL_CHUNK, "柳溪中学去年家访活动走访了多少户学生家庭", "156"),
    ],
)
def test_the_thing_counted_not_the_activity_that_found_it(chunk, question, figure):
    kept = by_counted_thing(ranked(chunk, [0.84, 0.69, 0.65]), slots_of(question).counted, COUNT_THRESHOLD)
    assert kept and all(figure == s.fact.number_text for s in kept[:1])
    assert not any(s.fact.number_text in ("315", "42") for s in kept)


def test_a_figure_saying_part_of_the_thing_keeps_its_rank():
    """开展消防检查315次 speaks of 消防检查工作: no other figure is preferred for a longer wording of its thing."""
    scored = ranked(PORT_CHUNK, [0.84, 0.69, 0.65])
    assert by_counted_thing(scored, slots_of("青港码头开展了多少次消防检查工作").counted, COUNT_THRESHOLD) == scored
