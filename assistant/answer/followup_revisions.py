"""Follow-ups between revisions of a regulation: 旧版呢 / 新版第几条 / 跟旧版对应的那条 after an article, the
article holding the same content in the other revision, and what changed between the two."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from assistant.answer.followup_regulations import (
    ENDING,
    KIND_NAMED,
    OWN_WORDS,
    POINTER_COPULA,
    QUOTED_ARTICLE,
    REGULATION_WORD,
    REVISION_ASKED,
    REVISION_NOTE,
    THIS_ARTICLE,
    YEAR_OF,
)
from assistant.answer.question import ASKS_ARTICLE, core_of
from assistant.core.numerals import ARTICLE_REF
from assistant.search.regulations import RevisionAsk, revision_asked

if TYPE_CHECKING:  # followup imports this module; the turn type is needed for hints only
    from assistant.answer.followup_turns import Turn


def revision_swapped(rest: str, question: str) -> str:
    """新版呢 / 2018年版的呢 after 旧版纪律处分条例一共多少条: the same question of that revision, or ""."""
    if not REVISION_ASKED.fullmatch(rest) or not REGULATION_WORD.search(question):
        return ""
    return f"{rest}{without_revision(REVISION_NOTE.sub('', question))}"


def revision_of_last_topic(text: str, last: Turn) -> str:
    """2018年版里是第几条 / 旧版呢 asked of a topic look-up (关于赠送礼金是怎么规定的): the same topic in that
    revision, and which article holds it there."""
    revision = REVISION_ASKED.search(text)
    if not revision or not last.slots.regulation or ARTICLE_REF.search(last.question) or not ASKS_ARTICLE.search(text):
        return ""
    if articles_noted(last):  # the answer quoted the topic's article: its counterpart by content (counterpart_asked)
        return ""
    if not asks_only_article_in_revision(text):
        return ""  # 2018年版里关于酒驾是第几条 names its own topic
    return f"{revision.group(0)}{ENDING.sub('', last.question)}，是哪一条？"


def asks_only_article_in_revision(text: str) -> bool:
    """旧版是第几条 / 它在现行办法里是哪一条 / 老版（2015年）里是哪一条: which article in a revision, and no topic
    of its own (the pointer and the kind of regulation name nothing new)."""
    rest = IN_IT.sub("", REVISION_ASKED.sub("", text.strip(), count=1), count=1)  # 旧版里这条: the article talked about
    rest = KIND_NAMED.sub("", POINTER_COPULA.sub("", rest, count=1))
    return len(core_of(CORRESPONDING.sub("", ASKS_ARTICLE.sub("", rest)))) <= OWN_WORDS


# 里这条 / 中该条 after the revision named: where in it, then the pointer at the article talked about
IN_IT = re.compile(rf"^(?:里|中|里面)(?={THIS_ARTICLE.pattern})")


# 2018年版里对应的是第几条: "the corresponding one" names no topic, it points at the article talked about.
CORRESPONDING = re.compile(r"(?:里|中)?(?:相)?对应(?:的)?")


def counterpart_asked(text: str, last: Turn) -> str:
    """旧版是第几条 after a turn about 《…（2023年修订）》第一百二十条: which article of the revision named holds
    that article's content (renumbered between revisions, so not asked by its number); "" otherwise."""
    revision = REVISION_ASKED.search(text)
    swapped = bool(revision) and REVISION_ASKED.fullmatch(SWAP_ENDING.sub("", text.strip())) is not None
    if not revision or not (ASKS_ARTICLE.search(text) or swapped and found_by_content(last)):
        return ""
    if not asks_only_article_in_revision(text):
        return ""  # 旧版里关于酒驾是第几条 names its own topic
    noted = [n for t in last.conversation for n in articles_noted(t)]
    if not noted:
        return ""
    year, regulation, article = noted[-1]
    said = YEAR_OF.search(revision.group(0))
    wish = f"{said.group(0)}年版" if said else revision.group(0)
    return f"{wish}{REVISION_NOTE.sub('', regulation)}中与{year}年版{article}对应的是哪一条？"


# 2018年版呢 / 那旧版的呢: a revision alone, swapped for the one talked about
SWAP_ENDING = re.compile(r"^(?:那|那么)|(?:的|里的?|中的?)?呢?[？?。！!\s]*$")


def found_by_content(last: Turn) -> bool:
    """Whether the article the last answer quoted was found for what it says (收受礼品的是第几条 / 情节较重的呢 after
    it), not asked by its number: only then is 旧版呢 the article of the same content there, while after
    2024年版第十一条 it is that number of the old revision."""
    quoted = articles_noted(last)
    if not quoted:
        return False
    year, _, article = quoted[-1]
    first = next(t for t in last.conversation if (year, article) in {(y, a) for y, _, a in articles_noted(t)})
    return article not in {m.group(0) for m in ARTICLE_REF.finditer(first.question)}


def revision_returned_to(named: str, rest: str | None) -> str:
    """回到2023年版，第八十二条呢: the question asked of the revision named (not of the one the conversation turned
    to), or "" when what is returned to is no revision."""
    return f"{named}{rest.strip()}" if rest and REVISION_ASKED.fullmatch(named) else ""


def without_revision(question: str) -> str:
    """The question without the revision it named (2018年版…): 新旧两版 compares both."""
    return REVISION_ASKED.sub("", question)


NOTED_YEAR = re.compile(r"[（(]((?:19|20)\d{2})")


def article_in_revision(text: str, last: Turn) -> str:
    """新版这一条在哪一章 after 旧版呢 (about 第七十条 of the 2023 revision, then its 2018 counterpart): the
    article the conversation asked of the revision named, with the rest of the question; "" when the
    conversation asked no article of that revision (its number there is not known)."""
    revision = REVISION_ASKED.search(text)
    if not revision or not THIS_ARTICLE.search(text):
        return ""
    asked = revision_asked(text)
    noted = topic_articles(last.conversation)
    years = sorted({year for year, _, _ in noted})
    if asked.years:
        wanted = [y for y in years if y in asked.years]
    else:
        wanted = years[:1] if asked.wish == "older" and len(years) > 1 else years[-1:] if len(years) > 1 else []
    chosen = [n for n in reversed(noted) if n[0] in wanted]
    rest = re.sub(r"^(?:那|那么)?(?:里|中|的)?", "", THIS_ARTICLE.sub("", REVISION_ASKED.sub("", text), count=1))
    if not chosen:  # its wording there: the counterpart quoted (its chapter is not known without its number)
        return counterpart_of_topic(revision.group(0), asked, last) if WORDING_ASKED.search(rest) else ""
    _, regulation, article = chosen[0]
    return f"{regulation}{article}{rest}"


# 是怎么写的 / 怎么规定的 / 是啥 / 讲了什么: the article's own words asked
WORDING_ASKED = re.compile(
    r"(?:怎么|如何|咋)(?:写|规定|说|讲)|(?:讲|说|写|规定)(?:的|了)?(?:是)?(?:啥|什么)|是啥|内容|原文"
)


def counterpart_of_topic(revision: str, asked: RevisionAsk, last: Turn) -> str:
    """旧版这条是怎么写的 when the conversation's article was never asked of that revision: its counterpart there,
    found by content (the article's text is quoted, which says how it is written); "" when the revision named
    is the article's own, or a newer one no turn points to."""
    noted = topic_articles(last.conversation)
    if not noted:
        return ""
    year, regulation, article = noted[-1]
    later = any(y > year for t in last.conversation for y, _, _ in articles_noted(t))
    other = year not in asked.years if asked.years else asked.wish == "older" or later
    if not other:
        return ""
    said = YEAR_OF.search(revision)
    wish = f"{said.group(0)}年版" if said else revision
    return f"{wish}{REVISION_NOTE.sub('', regulation)}中与{year}年版{article}对应的是哪一条？"


def topic_articles(turns: Sequence[Turn]) -> list[tuple[int, str, str]]:
    """The articles of the conversation's last topic: the last article talked about and, when it followed an
    article of another revision not yet paired, that one (its counterpart asked for by 旧版呢). An earlier
    topic's pair is not this one's: 这条 after a new conduct asked is that conduct's article."""
    noted: list[tuple[int, str, str]] = []
    for turn in turns:
        for year, regulation, article in articles_noted(turn):
            if not noted or (noted[-1][0], noted[-1][2]) != (year, article):
                noted.append((year, regulation, article))
    topic: list[tuple[int, str, str]] = []
    for note in noted:
        topic = [*topic, note] if len(topic) == 1 and topic[0][0] != note[0] else [note]
    return topic


def articles_noted(turn: Turn) -> list[tuple[int, str, str]]:
    """(revision year, 《regulation》, 第N条) a turn asked (《…（2023年修订）》第七十条) or its answer quoted
    (依据《…（2018年修订）》第六十三条第二款)."""
    said = [(turn.slots.regulation, ARTICLE_REF.search(turn.question))]
    quoted = QUOTED_ARTICLE.search(turn.answer) if not turn.refused else None
    if quoted:
        said.append((f"《{quoted.group(1)}》", ARTICLE_REF.match(quoted.group(2))))
    return [
        (int(year.group(1)), regulation, article.group(0))
        for regulation, article in said
        if article and (year := NOTED_YEAR.search(regulation))
    ]


def compared_this_article(text: str, last: Turn) -> str:
    """新旧两版这条有啥不一样 after turns on an article (and its counterpart): that article compared with the one
    holding its content in the other revision, in the counterpart look-up's words; "" when no article of a
    known revision was talked about or the turn points at none."""
    if not THIS_ARTICLE.search(text):
        return ""
    noted = [n for t in last.conversation for n in articles_noted(t)]
    if not noted:
        return ""
    year, regulation, article = noted[-1]  # the article last talked about; its counterpart is found by content
    others = [y for y, _, _ in noted if y != year]
    other = "新版" if others and max(others) > year else "旧版"
    return f"{regulation}{article}跟{other}对应的那条比有什么不同？"
