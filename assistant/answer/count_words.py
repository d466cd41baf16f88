"""The words of a count question that say what is counted (not whose, when, or in which document), and whether a
figure's words hold them.
"""

from __future__ import annotations

import re

from assistant.answer.asked_quantity import STATE_VERBS
from assistant.answer.fact_predicates import GENERIC_VERBS, NOT_PREDICATE
from assistant.answer.fact_states import STATES
from assistant.answer.followup_grades import GRADE
from assistant.core.words import names_a_thing
from assistant.search.regulations import said_name
from assistant.search.terms import MAX_TOKEN_WEIGHT, PAIR_WEIGHT, Terms

# Acts on people that are counted apart and never summed: a 转正 is no 发展, a 表彰 no 处分.
MEMBER_ACTS = {
    "发展": "admit", "吸收": "admit", "接收": "admit", "转正": "confirm", "确定": "designate", "列为": "designate",
    "转入": "transfer_in", "转出": "transfer_out",
    "处分": "discipline", "处置": "discipline", "问责": "discipline", "表彰": "commend", "评为": "commend",
}  # fmt: skip

# question_terms weighs a word no document contains MAX_TOKEN_WEIGHT / 2, and so a pair of adjacent
# words (PAIR_WEIGHT × MAX_TOKEN_WEIGHT): neither says on its own what is counted.
UNKNOWN_WORD_WEIGHT = PAIR_WEIGHT * MAX_TOKEN_WEIGHT

ORGANISATION_WORD = re.compile(
    r"(?:党支部|支部|党委|党总支|总支|党组|党工委|机关|公司|集团|社区|村|镇|乡|街道|学院|学校|医院|局|委员会|县|市|区|"
    r"单位|部门)+"
)

# 四个 in 四个支部加起来: how many units the question covers, not what it counts.
SCOPE_COUNT = re.compile(r"[一二两三四五六七八九十\d]+[个名位项]")
# 讲了几场党课 / 开了几次支委会: a verb making the thing a table's column counts, which the column leaves unsaid
MAKING_VERB = re.compile(rf"{GENERIC_VERBS.pattern}|讲|上|授")
# 全馆 / 各支部 / 全处: the whole body or all its units, by a scope word and the body's kind, say whose figure is asked.
WHOLE_BODY = re.compile(r"全[馆校院厂所站处科室队社局](?!委)")  # 全馆: the body the conversation is about, by its kind
WHOLE_SCOPE = re.compile(rf"(?:全|各|本)(?:{ORGANISATION_WORD.pattern}|[馆校院厂所站处科室队社])")

RESULT_COMPLEMENTS = "成为到"

ASKING_MODAL = re.compile(r"(?:需要|要|得|应当|应该|须)(?=，|$)")

# 那份班子总结里 / 这份报告中: the document a question points at, which says where to look, not what is counted
DOCUMENT_POINTED = re.compile(r"[那这]份[^，,。？?]{1,12}?[里中上](?=[，,]|$)")
# 述职里讲了几次 / 要点里定的: the genre of document to look in, found by its profile, not what is counted
GENRE_POINTED = re.compile(r"(?:述职|总结|要点|计划|报告)(?:报告)?(?:里|中|上)(?:面)?")

# 把…作为重点 is what reports write 以…为重点: the 作 of 作为 is the asker's, no word of the report's
TAKEN_AS = re.compile(r"(?:把|将)([^。？?]{1,24}?)作为")

# 评为优秀的 / 评定为基本合格的: a grade said as a noun names the people of a grade of an appraisal, tabled by
# the grade alone (优秀：人数23); the verb is the asker's (评为优秀党员 names a title, 评为优秀等次的 a rule's words).
RATED_AS = re.compile(rf"被?(?:评为|评定为|评成|评上|定为)(?=(?:{GRADE.pattern})(?:的|，|$))")

MONTH_END = re.compile(r"\d{1,2}\s*月(?:底|末)")  # 2024年6月底有多少党员: the day figures are taken


def whose_or_when(word: str, question: str, holder: str, holders_names: str) -> bool:
    """A word of the day figures are taken (月底 of 6月底), or of a name the asked organisation's documents go by
    (鹿鸣县 of 鹿鸣纪委…支部) that the question says nowhere else: it says whose or when, not what is counted.
    (An organisation no document is of keeps its words: they name what no figure is said of.)"""
    if any(word in day for day in MONTH_END.findall(question)):
        return True
    return bool(holder) and word in holders_names and word not in question.replace(holder, "")


def bound_pieces(counted: list[tuple[str, float]], question: str) -> dict[str, list[str]]:
    """Counted words the question says only inside longer counted words (组织 of 组织生活会), with those words;
    书记 of 书记、院长和支部书记 is also said alone."""
    words = [w for w, _ in counted]
    bound = {}
    for word in words:
        longer = [w for w in words if word in w and w != word]
        if longer and question.count(word) <= sum(question.count(w) for w in longer):
            bound[word] = longer
    return bound


def holds(word: str, text: str, bound: dict[str, list[str]]) -> bool:
    """Whether a text says a counted word: a bound piece only with its longer word, not by another one (组织委员)."""
    return word in text and (word not in bound or any(w in text for w in bound[word]))


def acts_in(text: str) -> set[str]:
    """The acts on members a text names, each by its group (发展/吸收/接收 are one act; 转正 another)."""
    return {act for word, act in MEMBER_ACTS.items() if word in text}


def acts_asked(words: list[str], counted: list[tuple[str, float]], names: str) -> set[str]:
    """The acts on members a question asks of (转出 cut as 转 / 出 too), less those said only by the name of
    whose figures they are (发展 of 发展和改革局 in 发改局支部有多少党员): a name counts nothing."""
    said = acts_in(" ".join(words)) or acts_in("".join(words))
    return said - (acts_in(names) - acts_in("".join(w for w, _ in counted)))


def precision(terms: Terms, predicate: str) -> float:
    """Share of the predicate's own words that the question has: 现有党员 answers 有多少党员 better
    than 全年发展党员（返乡大学生）."""
    own = re.sub(r"[^\u4e00-\u9fff]", "", GENERIC_VERBS.sub("", NOT_PREDICATE.sub("", predicate)))
    if not own:
        return 0.0
    rest = own
    for word in sorted(set(terms.words), key=len, reverse=True):
        rest = rest.replace(word, "")
    return 1 - len(rest) / len(own)


ONGOING = re.compile(r"推进|进行|实施")  # 其余9条正在推进: how items are still being worked on


def states_only(predicate: str) -> bool:
    """已完成整改 / 其余正在推进: a predicate that says only the done or open state of the items said before it."""
    for pattern in (NOT_PREDICATE, *(state for _, state in STATES), STATE_VERBS, GENERIC_VERBS, ONGOING):
        predicate = pattern.sub("", predicate)
    return not re.sub(r"[^\u4e00-\u9fff]", "", predicate)


def unheard_words(terms: Terms) -> list[str]:
    """Things the question names that no document contains (营收), not joins of words documents do contain."""
    return [
        w
        for w, weight in zip(terms.words, terms.weights)
        if weight == UNKNOWN_WORD_WEIGHT
        and len(w) > 1
        and re.search(r"[\u4e00-\u9fff]", w)
        and not any(other != w and other in w for other in terms.words)
        and names_a_thing(w)  # 再建 is how it is asked; 营收 is what
    ]


def plain_counted(words: str) -> str:
    """What is counted, without the regulation or report it is asked of (按发展党员细则，… / …细则里 / 那份班子
    总结里) nor a modal before the asking (介绍人要几个): the document is found by its title, and no word pair
    spans them."""
    name = said_name(words)
    if name:
        words = re.sub(rf"(?:按照|根据|依据|依照|按)?{re.escape(name)}[里中上]?", "，", words, count=1)
    words = TAKEN_AS.sub(r"\1为", GENRE_POINTED.sub("，", DOCUMENT_POINTED.sub("，", words)))
    return ASKING_MODAL.sub("，", RATED_AS.sub("", WHOLE_BODY.sub("，", words)))


def without_complements(terms: Terms) -> Terms:
    """The question's words without a result complement added to a verb (转化成 of 转化, the 化成 spanning the
    two, and the pairs holding them): 转化成了多少项 is said 转化为…18项 in a report, so only the verb counts."""
    joined = {w for w in terms.words if len(w) > 2 and w[-1] in RESULT_COMPLEMENTS and w[:-1] in terms.words}
    spans = {w[-2:] for w in joined}
    kept = [
        (w, weight)
        for w, weight in zip(terms.words, terms.weights)
        if w not in spans and not any(j in w for j in joined)
    ]
    if not kept:
        return terms
    return Terms([w for w, _ in kept], [weight for _, weight in kept], terms.split, terms.spread)


def counted_words(terms: Terms, thing: str = "") -> list[tuple[str, float]]:
    """Question words that say what is counted, not whose or when: no organisation word, no year, no
    word that no document contains (phrasing), and no pair of two other question words. (Words of a
    fact's own title are dropped per fact.)"""
    return [
        (word, weight)
        for word, weight in zip(terms.words, terms.weights)
        if weight != UNKNOWN_WORD_WEIGHT
        and (not ORGANISATION_WORD.fullmatch(word) or word in thing)  # 有几个支部: the branches are what is counted
        and not SCOPE_COUNT.fullmatch(word)
        and not WHOLE_SCOPE.fullmatch(word)
        and re.search(r"[\u4e00-\u9fff]", word)
    ]


def column_acts(words: list[str], column: str) -> set[str]:
    """Counted words a table column holding only the thing made (党课) says by its act: a question's verb and
    object (讲党课) and a verb of making said apart (讲了几场党课, not 组织 of 组织生活会) — a per-unit table counts 党课5场 for 讲党课5场."""
    if not column or not any(w in column or column in w for w in words):
        return set()
    acts = {w for w in words if column in w and 0 < len(w) - len(column) <= 2}
    verbs = {w for w in words if MAKING_VERB.fullmatch(w) and not any(w in o for o in words if o != w)}
    return acts | verbs | {w for w in words for a in acts if w == a.replace(column, "")}


def scope_words(words: list[str]) -> str:
    """The words (and pairs) of a question beginning with a scope over the body or all its units (各支部2024)."""
    return "".join(w for w in words if WHOLE_SCOPE.match(w))


def said_aliases(question: str, names_of: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """doc id -> the names its organisation goes by that the question says (文联 of 去年文联扶持…), a word of
    two characters or more: whose figures they are, though no holder was read at the question's start."""
    return {doc: [a for a in names if len(a) > 1 and a in question] for doc, names in names_of.items()}
