"""People's names as Chinese documents write them: a common surname and one or two letters (柏晓琳, 欧阳明).

Shared by ingest (a multi-person 述职 compilation opens each person's part with their name) and answer
(who a question asks about)."""

from __future__ import annotations

import re

from assistant.core.words import tagged_words

# Common single-character surnames, without those that are also frequent function words (和 于 党 全 …).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常温康施"
    "牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂苗谷盛曲翁冉"
    "骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤穆农卓古吉缪简车项连麦褚娄窦戚岑景宫费卜冷晏席卫米柏宗瞿桂佟"
    "臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝向"
    "蔺洪阎禹晁鞠芦邸嵇茅匡郜冀郁荆粟钮"
)
COMPOUND_SURNAMES = "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|夏侯|尉迟|公孙|长孙|宇文|司徒|端木|万俟|闻人|澹台"
NAME = rf"(?:{COMPOUND_SURNAMES}|[{SURNAMES}])[\u4e00-\u9fa5]{{1,2}}"
FUNCTION_TAGS = "pcudr"  # preposition, conjunction, particle, adverb, pronoun: never a name's last letter
# A name line set out with spaces between its letters (王  琛): the spaces are layout, not part of the name.
LAYOUT_SPACES = re.compile(r"[ \u3000\t]+")


def is_name(phrase: str) -> bool:
    """柏晓琳 / 方志诚 / 向东升, not 项目 or 纪律 (a surname starts them, but they are one common word)."""
    if not re.fullmatch(NAME, phrase):
        return False
    words = tagged_words(phrase)
    if len(words) > 1 and words[-1][1][:1] in FUNCTION_TAGS:  # 林涛在 / 罗成林对: a name and the word after it
        return False
    return not (len(words) == 1 and not words[0][1].startswith("nr"))


def name_line(line: str) -> str:
    """The name a line consists of, its layout spaces left out (王  琛 → 王琛); "" when it is no name alone."""
    squeezed = LAYOUT_SPACES.sub("", line.strip())
    return squeezed if is_name(squeezed) else ""
