"""What kind of draft a question asks for: one paragraph, about N characters, or a whole piece with headings.

Read from the question's own words (约300字, 200字左右, 不超过500字, 一篇…), or from an explicit option
(`assistant ask --length 300`), which is written into the question in the same words a user would type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.core.errors import AssistantError
from assistant.core.numerals import parse_number

DraftForm = Literal["paragraph", "article"]

# 五十字以内 said in tens, though never 二十字方针
COUNT = (
    r"(\d{2,5}|[一二两三四五六七八九十][千百](?:[一二三四五六七八九]十?)?|[一二三四五六七八九十]千"
    r"|[二三四五六七八九]十(?=个?字(?:左右|上下|以内|之内|以下)))"
)
# 约300字 / 300字左右 / 三百字上下 / 不超过500字 / 500字以内 / 800字的…
LENGTH = re.compile(
    rf"[，,（(]?(?:篇幅|字数)?(?:控制在|限|在)?(约|大约|大概|差不多|不超过|不多于|不要超过|最多|少于)?{COUNT}个?字"
    r"(左右|上下|以内|之内|以下)?(?:的)?[）)]?"
)
CEILING_WORDS = {"不超过", "不多于", "不要超过", "最多", "少于", "以内", "之内", "以下"}
# 一篇 / 一份完整的总结 / 分几个部分 / 带小标题: several paragraphs under 一、二、 headings.
LAYOUT = r"分(?:几|多|若干)个?(?:部分|方面)|带(?:小)?标题|分(?:条|段)写"
ARTICLE = re.compile(rf"一篇|整篇|全文|{LAYOUT}|完整的?(?:总结|材料|报告)")
LAYOUT_WORDS = re.compile(rf"[，,]?(?:{LAYOUT})")
PARAGRAPH = re.compile(r"一段|一小段|段落|一句话")
# 改成300字左右 / 压缩到100字以内 / 写成一篇 / 扩写成一篇: the last draft again, in another length or form.
RESHAPE = re.compile(
    r"^(?:请|再)?(?:改|写|压缩|缩写|精简|扩写|扩展|扩充|缩短)(?:成|到|为)?"
    rf"(?:一篇|一段|{LENGTH.pattern})(?:的?(?:稿子|材料|文字|总结))?[。！!？?]?$"
)
# What asks for a draft: a writing verb or a paragraph (用一段话总结一下…的党建工作).
DRAFT = re.compile(
    r"起草|撰写|草拟|拟写|写一段|写段|写成|改写成|(?:整理|形成|生成|概括|归纳|提炼|汇总)成一段|总结一段|写一份|写个|写篇|写一篇"
    r"|一段话|(?:总结|概括|归纳)一下[^？?]{0,30}(?:工作|情况|成效|做法)"
)
# 压缩一下 / 再精简些 / 写短点 / 扩写一下 / 再详细些: the last draft shorter or longer, with no length named.
RELATIVE = re.compile(
    r"^(?:请|再|能不能|能否|帮我|麻烦)?(?:再)?(?:(压缩|精简|缩短|缩写|简化|删减|写短|改短|短|简短|简练)|(扩写|扩展|扩充|展开|写长|写详细|详细|长|丰富))"
    r"(?:一下|一点|一些|些|点)?(?:儿)?(?:吧|呢|行吗|可以吗)?[。！!？?]?$"
)
# ，带上主要数字 / ，把数字都带上 / ，数据要写上 / ，要有数: the draft says the figures, not what says none.
FIGURES_ASKED = re.compile(
    r"(?:带上|附上|加上|保留|列上|写上|用上|突出)[^，,。]{0,4}(?:数字|数据)|(?:数字|数据)[^，,。]{0,4}(?:带上|保留|写上|列上|附上)"
    r"|(?:要|得|须|需要)(?:有|带)(?:具体)?(?:数字|数据|数)"  # ，要有数
)
SHORTER, LONGER = 0.5, 2.0  # of the last draft's length
CITATION_MARK = re.compile(r"〔\d+〕")
OVER_TARGET = 1.1  # 约300字 may run a tenth over; a ceiling (不超过) may not
MIN_CHARS, MAX_CHARS = 50, 5000
LENGTH_OPTION = re.compile(r"^\s*(\d{2,5})\s*字?\s*$")


def written_length(text: str) -> int:
    """Characters of a draft as an office counts them: without 〔n〕 marks and line breaks."""
    return len(CITATION_MARK.sub("", re.sub(r"\s", "", text)))


class DraftOptionError(AssistantError):
    """A --length value that is neither 一段, 一篇 nor a number of characters."""


@dataclass(frozen=True)
class DraftOptions:
    form: DraftForm = "paragraph"
    chars: int | None = None  # the length asked for, in characters without the 〔n〕 marks
    ceiling: bool = False  # 不超过N字: N is a limit, not a target
    figures: bool = False  # 带上主要数字: only sentences stating a figure, when there are any

    @property
    def budget(self) -> int | None:
        """The most characters the draft may have, or None when no length was asked for."""
        if self.chars is None:
            return None
        return self.chars if self.ceiling else round(self.chars * OVER_TARGET)


def draft_options(question: str) -> DraftOptions:
    """一篇 / 一段 and the length the question asks for (约300字 → 300, 不超过500字 → ceiling 500)."""
    length = LENGTH.search(question)
    chars = parse_number(length.group(2)) if length else None
    chars = int(min(max(chars, MIN_CHARS), MAX_CHARS)) if chars else None
    ceiling = bool(length and ({length.group(1), length.group(3)} & CEILING_WORDS))
    return DraftOptions(last_form(question), chars, ceiling, bool(FIGURES_ASKED.search(question)))


def last_form(question: str) -> DraftForm:
    """一篇 or 一段, whichever is said last (起草一段关于…的总结，写成一篇 → 一篇)."""
    article = [m.start() for m in ARTICLE.finditer(question)]
    paragraph = [m.start() for m in PARAGRAPH.finditer(question)]
    return "article" if article and max(article) > max(paragraph, default=-1) else "paragraph"


def option_words(text: str) -> str:
    """The length and form a turn asks for, as words to add to a question (，约100字，写成一篇), or ''."""
    options = draft_options(text)
    words = [f"{'不超过' if options.ceiling else '约'}{options.chars}字"] if options.chars else []
    if options.form == "article":
        words.append("写成一篇")
    return "".join(f"，{w}" for w in words)


def relative_length(text: str, last_chars: int) -> str:
    """The length a turn asking for a shorter or longer last draft means (，不超过N字 / ，约N字), or ''."""
    match = RELATIVE.match(text.strip())
    if not match or not last_chars:
        return ""
    if match.group(1):
        return f"，不超过{max(MIN_CHARS, round(last_chars * SHORTER))}字"
    return f"，约{min(MAX_CHARS, round(last_chars * LONGER))}字"


def reshapes_draft(text: str) -> bool:
    """A turn that only asks for another length or form of the last draft (改成300字左右, 写成一篇)."""
    return bool(RESHAPE.match(text.strip()))


def without_options(question: str) -> str:
    """The question without its length and layout words, which name no topic (写一段约300字的…总结)."""
    return LAYOUT_WORDS.sub("", LENGTH.sub("", question))


def with_length(question: str, length: str) -> str:
    """The question with a --length option written as the user would have typed it.

    `length` is 一段, 一篇, or a number of characters (300, 300字); anything else is an error."""
    length = length.strip()
    number = LENGTH_OPTION.match(length)
    if number:
        return f"{question.rstrip('。？?！! ')}，约{number.group(1)}字"
    if length in ("一段", "一篇"):
        return f"{question.rstrip('。？?！! ')}，写成{length}"
    raise DraftOptionError(f"--length 的值“{length}”无法识别：请写“一段”、“一篇”或字数（如 300）。")
