"""What a question asks for, as weighted words a passage must contain to answer it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from assistant.core.schema import Chunk
from assistant.core.text import split_sentences, without_addressee
from assistant.core.words import SPOKEN_VERBS, SYNONYMS, cut_words, plain_wording, spoken_pieces, spoken_title, tokenize
from assistant.index.manifest import DocRecord

# Words that place a question in time; matched against document periods, not content.
TIME_WORDS = re.compile(
    r"上半年|下半年|全年|今年|去年|年初至今|年初|至今|年底|年末|目前|现在|最近|以来|以后|之后|本年度|期间"
)
# How people phrase questions, not what they ask about.
QUESTION_NOISE = frozenset(
    [
        "开",
        "了",
        "过",
        "到",
        "叫",
        "名字",
        "具体",
        "主要",
        "一般",
        "分别",
        "都",
        "会",
        "受到",
        "得到",
        "应当",
        "应该",
        "采取",
        "措施",
        "具体措施",
        "举措",
        "方面",
        "多长",
        "多长时间",
        "长时间",
        "多久",
        "有关",
        "相关",
        "规定",
        "要求",
        "做法",
        "工作",
        "开展",
        # what an interrogative leaves behind: 兼什么职务, 有什么限制, 哪天落款的
        "兼",
        "限制",
        "落款",
        "日期",
        "发",
        "些",
        "来",
        "去",
        "完",
        "出来",  # a complement (查出来, 选出来): the verb before it is what is asked
        # pointers back into the conversation (这些问题, 那次, 上面的): the history says what they mean
        "这些",
        "那些",
        "这个",
        "那个",
        "这份",
        "那份",
        "这篇",
        "那篇",
        "这次",
        "那次",
        "上面",
        "上述",
        "会上",  # 会上查摆了多少问题: the meeting is the one the conversation is about
        "会议上",
    ]
)
# Interrogatives: the shape of the question, never words of the answer. The specific ones come
# first: a bare 哪 must not leave the 天 of 哪天 or the 单位 of 哪个单位 behind as a content word.
# Words naming the kind of answer (比例, 金额) go too: the answer type checks for it (30% answers 比例).
# 多久开一次 asks a frequency: its 一次 is the asking, which 每月召开1次 answers without repeating.
INTERROGATIVES = re.compile(
    r"占比|所占比例|比例|比率|百分比|金额|地点|"
    r"什么时候|何时|哪一?年|哪一?天|几月几[日号]|几月份?|几号|"
    r"哪[个些家](?:单位|部门|机构)|(?:担任|兼任?|任|是)?什么(?:单位|部门|机构|职务|职位|名字|名称|地方)|"
    r"哪[些个几里一]*[个项条种类方面部次位]*|几(?:人次|[次项个名人条种场期批篇件部位])|"
    r"多少(?:人次|[次项个名人条种场期批篇件部位钱])?|"
    r"是什么|什么|怎么样|怎么|怎样|如何|是否|有没有|了没有|没有[？?]|为什么|多长时间|多长|多久(?:(?:召?开|举行|进行|组织)?一次)?|谁|吗|呢"
)
MAX_TOKEN_WEIGHT = 5.0  # no single rare word decides whether a passage answers
# 发展的两名党员叫什么: a count the question repeats is written otherwise in the text (2名), no rare word of it.
SAID_QUANTITY = re.compile(r"[\d一二两三四五六七八九十百]+[名个位次项条人件场届批]")
SPREAD_GAP = 8  # the most characters between the two words of a pair said apart
FIGURE_GAP = re.compile(r"(?:[\d.%]+[\u4e00-\u9fff]?[，,]?)?")  # 4场， of 组织警示教育4场，参加人员
PAIR_WEIGHT = 0.5  # adjacent question words found together (局 + 党委书记) count extra


class TokenWeights(Protocol):
    """How rare each search token is in the indexed chunks (the keyword index's IDF)."""

    def token_weights(self, tokens: list[str]) -> list[float]: ...

    def max_token_weight(self) -> float: ...  # the weight of a token no chunk contains


@dataclass(frozen=True)
class Terms:
    words: list[str]
    weights: list[float]
    # The two words of each pair: a pair is said in either order (党课一共讲了几次 asks what a report says 讲党课),
    # and, when `spread`, apart with only other question words and a figure between (参加线上培训320人次 says
    # 培训参加 and 参加人次): a figure's own clause, not a passage.
    split: dict[str, tuple[str, str]] = field(default_factory=dict)
    spread: bool = False

    def coverage(self, text: str) -> float:
        """IDF-weighted share of the question's words that occur in `text`."""
        total = sum(self.weights)
        text = text.lower()
        return sum(w for t, w in zip(self.words, self.weights) if self.says(t, text)) / total if total else 0.0

    def says(self, word: str, text: str) -> bool:
        """Whether `text` says a question word, a pair of them in either order."""
        return (
            said_in(word, text)
            or (word in self.split and said_in(self.split[word][1] + self.split[word][0], text))
            or (self.spread and word in self.split and self.said_apart(*self.split[word], text))
        )

    def said_apart(self, first: str, second: str, text: str) -> bool:
        """Both words of a pair, in either order, with nothing between them but the question's other words
        and figures (线上 between 参加 and 培训; 320 between 培训 and 人次)."""
        others = sorted((w for w in self.words if w not in (first, second) and w not in self.split), key=len)
        for a, b in ((first, second), (second, first)):
            for start in (m.end() for m in re.finditer(re.escape(a), text)):
                end = text.find(b, start)
                if end < 0 or end - start > SPREAD_GAP:
                    continue
                gap = text[start:end]
                for other in reversed(others):
                    gap = gap.replace(other, "")
                if FIGURE_GAP.fullmatch(gap):
                    return True
        return False

    def holds_rarest(self, text: str) -> bool:
        """Whether `text` holds every question word that is among the rarest in the knowledge base
        (七一 in 七一专题党课是谁讲的): a sentence without it is about something else."""
        text = text.lower()
        return all(
            said_in(t, text) or self.said_in_parts(t, text)
            for t, w in zip(self.words, self.weights)
            if w >= MAX_TOKEN_WEIGHT and len(t) > 1 and not SAID_QUANTITY.fullmatch(t)
        )

    def said_in_parts(self, word: str, text: str) -> bool:
        """党支部书记 as 党支部：书记为…: a compound said by two of the question's own words."""
        return any(
            word[:i] in self.words and word[i:] in self.words and said_in(word[:i], text) and said_in(word[i:], text)
            for i in range(2, len(word) - 1)
        )


def said_in(word: str, text: str) -> bool:
    """The word, or a word documents use for it (计划 ~ 拟; 支部书记 for 党支部书记, 第三党支部 for 第三支部),
    occurs in `text`."""
    return any(spelling in text for spelling in spellings(word))


@lru_cache(maxsize=8192)
def spellings(word: str) -> tuple[str, ...]:
    """The word and the words documents use for it, also for a part of it (才能召开 ~ 方可召开); said_in runs
    hundreds of thousands of times a session."""
    found = [word, *SYNONYMS.get(word, ()), *SPOKEN_VERBS.get(word, ())]
    found += [word.replace(key, other) for key in SYNONYMS if key in word and key != word for other in SYNONYMS[key]]
    if "党支部" in word:
        found.append(word.replace("党支部", "支部"))
    elif "支部" in word:
        found.append(word.replace("支部", "党支部"))
    return tuple(dict.fromkeys(found))


def question_terms(index: TokenWeights, question: str) -> Terms:
    """Question words an answer must contain: search tokens, plus adjacent pairs (局+党委书记)."""
    question = INTERROGATIVES.sub("，", TIME_WORDS.sub("，", plain_wording(question)))
    tokens = [t for t in dict.fromkeys(tokenize(question)) if t not in QUESTION_NOISE]
    unknown = index.max_token_weight()  # one look-up: on a real index it is a query
    # 拿证 as 拿 (取得) and 证, when no document says it as the question does (投票 stays 投票)
    unheard = {t for t, w in zip(tokens, index.token_weights(tokens)) if w >= unknown}
    pieces = (p for t in tokens for p in (spoken_pieces(t) if t in unheard else [t]))
    tokens = [t for t in dict.fromkeys(pieces) if t not in QUESTION_NOISE]
    words = cut_words(question)
    # A year is scope, not content: 2023 + 年 is no pair that a passage must hold.
    adjacent = [
        (a, b)
        for a, b in zip(words, words[1:])
        if a in tokens and b in tokens and len(a + b) >= 3 and not (a + b)[:1].isdigit()
    ]
    split = {a + b: (a, b) for a, b in adjacent}
    pairs = [p for p in dict.fromkeys(a + b for a, b in adjacent) if p not in tokens]
    # A word no document contains still counts against a passage, but only half as much as
    # the rarest real word: it is as likely phrasing (用来) as a missing subject.
    weights = [min(w, MAX_TOKEN_WEIGHT) if w < unknown else MAX_TOKEN_WEIGHT / 2 for w in index.token_weights(tokens)]
    return Terms(tokens + pairs, weights + [PAIR_WEIGHT * MAX_TOKEN_WEIGHT] * len(pairs), split)


def sentence_scores(terms: Terms, chunk: Chunk, names: str = "") -> list[tuple[str, float, float]]:
    """(sentence, own coverage, passage coverage) for each sentence of a chunk.

    A sentence is read under its nearest heading (党员领导干部廉洁自律规范 › 第五条 廉洁从政):
    the heading says what the sentence is about. `names` are those the document's organisation goes by:
    a report titled 关于2024年度党建工作情况的报告 is still the 公交集团's.
    """
    title = spoken_title(chunk.doc_title) + (f" {names} " if names else "")
    passage = terms.coverage(title + " ".join(chunk.section_path) + chunk.text)
    heading = chunk.section_path[-1] + " " if chunk.section_path else ""
    sentences = [without_addressee(s).strip() for s in split_sentences(chunk.text)]
    return [(s, terms.coverage(heading + s), passage) for s in sentences if s]


def organisation_names(documents: Iterable[DocRecord]) -> dict[str, str]:
    """doc id -> the names its organisation goes by, for `sentence_scores`."""
    return {d.doc_id: " ".join(d.profile.aliases) for d in documents if d.profile and d.profile.aliases}


def answer_score(own: float, passage: float) -> float:
    """How well a sentence (own) in its passage answers the question, 0..1."""
    return 0.6 * own + 0.4 * passage
