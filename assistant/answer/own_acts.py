"""A thing or an activity a follow-up counts of its own: 调研几次 / 那调研呢 / 发展了几名党员 after 讲了几次党课 count
调研 or 党员, not 党课 again, and take only whose and when from the conversation.

A verbal noun (调研, 培训) names an activity counted by itself; a plain verb (讲了几次, 主持了几次) acts on the last
turn's thing. A word the last question said in other words (培训 after 轮训: a character shared) is no new thing."""

from __future__ import annotations

from assistant.answer.question import INTERROGATIVE, MODALITY, PERIOD, QUANTITY_WORD, ROLE
from assistant.core.words import tagged_words, tokenize

ACTS = ("v", "vn")
# jieba's flags of words naming a thing or an activity: nouns (not a person's name), verbal nouns, abbreviations
# (家访) and party terms it does not know (谈心谈话)
THING_FLAGS = ("n", "vn", "j", "x")
PERSON_FLAG = "nr"
NOT_MANNER = frozenset({"d", "r", "nr", "m"})  # 亲自 / 本人 / 王某: how or who, not what kind of act
ACTIVITY_CHARS = 4  # 公开接访: new words this long name an activity of their own


def is_activity(phrase: str) -> bool:
    """调研 / 志愿服务 / 谈心谈话: the phrase is an activity, one verb or words ending on one (a party term jieba
    keeps whole, by its last piece): it cannot stand where the last question's verb acts on a thing (讲了几次调研,
    征集了多少条谈心谈话); 批评意见 / 整改措施 end on what is counted."""
    words = tagged_words(phrase)
    if not words or len(phrase) < 2:
        return False
    word, flag = words[-1]
    if flag == "x" and len(words) == 1:  # 谈心谈话: what it ends on, as a search cuts it
        pieces = [p for p in tokenize(word) if p != word]
        flag = tagged_words(pieces[-1])[-1][1] if pieces else flag
    return flag in ACTS and (len(words) > 1 or len(word) > 1)


def names_own_activity(before: str, last_question: str) -> bool:
    """Whether the words before a turn's 几次 / 多少 name a verbal noun the last question did not, or an act said
    with its manner or place (公开接访 / 上门走访: as long as a named activity, unlike 主持 / 亲自主持 / 本人组织:
    an adverb or a pronoun says how or who, not what)."""
    words = [(word, flag) for word, flag in tagged_words(before) if not flag.startswith("u")]
    if any(flag == "vn" and is_new(word, last_question) for word, flag in words):
        return True
    if not words or words[-1][1] != "v" or not is_new(words[-1][0], last_question):
        return False
    manner = words[-2] if len(words) > 1 else ("", "")
    said_how = manner[1] not in NOT_MANNER and is_new(manner[0], last_question) and not ROLE.search(manner[0])
    return len(words[-1][0]) + (len(manner[0]) if said_how else 0) >= ACTIVITY_CHARS


def counts_own_thing(text: str, last_question: str) -> bool:
    """Whether a counting turn names a thing or an activity the last question did not (not only who acted, when,
    or whether planned: 书记讲了几次 / 2024年实际培训了多少 lean on the last question's thing)."""
    said = text
    for pattern in (PERIOD, MODALITY, ROLE, QUANTITY_WORD, INTERROGATIVE):
        said = pattern.sub("", said)
    return any(
        flag.startswith(THING_FLAGS) and flag != PERSON_FLAG and is_new(word, last_question)
        for word, flag in tagged_words(said)
    )


def is_new(word: str, last_question: str) -> bool:
    """A word of two characters or more of which the last question said none."""
    return len(word) > 1 and not set(word) & set(last_question)
