"""要多少人到会 asked of a named regulation whose best article only refers to another (依照本规则第五条第一款规定的
到会人数要求执行): the figure is read in the part referred to, and both articles are cited."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, ask_source, grounded, index_like

RULES_TITLE = "云杉县档案局党支部委员会议事规则"
RULES = """云杉县档案局党支部委员会议事规则
第一条　为规范支部委员会议事，制定本规则。
第五条　支部委员会会议须有半数以上委员到会方能召开；讨论发展党员事项，须有三分之二以上委员到会。
委员因故不能到会的，应当在会前向支部书记请假。
第六条　支部换届选举大会，须有五分之四以上有选举权的党员到会。
第八条　支部委员会表决实行一人一票，以超过应到会委员半数同意为通过。讨论发展党员事项时，依照本规则第五条第一款规定的到会人数要求执行，以超过应到会委员半数同意为通过。
第九条　补选支部委员的，到会党员人数按照本规则第六条规定执行。
第十条　本规则自印发之日起施行。
"""


def source() -> FakeSource:
    return index_like(FakeSource(regulation_chunks(RULES_TITLE, RULES)))


def test_a_figure_set_by_reference_is_read_in_the_clause_referred_to():
    answer = ask_source(source(), "《云杉县档案局党支部委员会议事规则》讨论发展党员要多少委员到会")
    assert "三分之二以上" in answer.text, answer.text
    assert [c.chunk.article for c in answer.citations] == ["第五条", "第八条"]  # the figure's article first


def test_a_reference_to_a_whole_article_is_followed_too():
    answer = ask_source(source(), "《云杉县档案局党支部委员会议事规则》补选支部委员要多少党员到会")
    assert "五分之四以上" in answer.text and "第九条" in answer.text, answer.text


def test_which_article_after_a_referred_figure_is_the_one_holding_it():
    answers = converse(
        Assistant(source()),
        "档案局党支部委员会议事规则第八条",
        "《云杉县档案局党支部委员会议事规则》讨论发展党员要多少委员到会",
        "是第几条",
    )
    assert "第五条" in grounded(answers[2]).text, answers[2].text
