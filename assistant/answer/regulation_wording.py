"""Conduct said in plain words, put in the words regulations use to name it, so that a penalty asked of
"把公家的东西占着自己用超过半年" finds the article on 占用公物归个人使用，时间超过六个月.

Only wording a disciplinary or conduct rule uses for the same act is here (公家的钱 is 公款, 半年 is 六个月);
what the act is stays the user's: no phrase is guessed from a similar one.
"""

from __future__ import annotations

import re

from assistant.core.words import rewritten

# (plain wording, the regulations' words), applied in order: longer phrases before their parts.
CONDUCT_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(plain), formal)
    for plain, formal in [
        (r"公家的?(?:东西|财物|物品|物资|财产)", "公物"),
        (r"公家的?钱|单位的钱|集体的钱", "公款"),
        (r"公家的?车|单位的?车", "公车"),
        # 占着自己用 / 拿回家自己用 / 据为己用: holding what is the office's for one's own use
        (r"(?:占着|拿来|拿去|拿回家|借来)?(?:给)?(?:自己|个人|私人|自家)(?:用|使用)", "占用归个人使用"),
        (r"拿(?=公物|公款|公车)", "占用"),
        (r"(?<=公物|公款|公车)去?(?:搞|做|干|开展)", "进行"),
        (r"红包", "礼金"),
        # a clerk's words for who and what (公职人员, 家属, 大额, 购物卡, 炒股) in the disciplinary rules' own
        (r"公职人员|公务员", "从事公务的人员"),
        (r"家属", "亲属"),
        (r"大额", "明显超出正常"),
        (r"购物卡", "消费卡"),
        (r"炒股", "买卖股票"),
        (r"别人|旁人|外人", "他人"),
        (r"收(?=礼金|礼品)", "收受"),  # 收红包 (now 收礼金)
        (r"收礼(?![金品])|收人家的?礼(?![金品])", "收受礼品、礼金"),
        (r"(?<![赠收])送礼(?![金品])", "赠送礼品、礼金"),
        (r"(?<![赠收])送(?=礼金|礼品|消费卡)", "赠送"),
        (r"大吃大喝|吃吃喝喝|吃喝", "宴请"),
        (r"(?<![上下一多])半年", "六个月"),
        # 到期还不合格: a term run out and its holder still short of what the rules require
        (r"(?<![未没])到期", "期满"),
        (r"(?:还|仍|仍然|依然|依旧)(?:是)?不合格", "仍不符合条件"),
        # 给儿子大办婚宴 / 办寿宴 / 大操大办丧事: a family occasion held, in the rules' words
        (
            r"(?:大操大办|大办|操办|办)(?:了|个|一场)?(?:婚宴|婚礼|喜宴|寿宴|丧事|丧礼|葬礼|升学宴|满月酒)",
            "操办婚丧喜庆事宜",
        ),
        (r"利用职务(?:之便|便利)?(?:的)?影响", "利用职务上的影响"),
        # 在网上发不当言论: what is said or done online, in the rules' 网络空间 and 言行
        (r"(?:在)?(?:网上|网络上|互联网上)", "在网络空间"),
        (r"(?:发表|发布|发)?不当言论", "有不当言行"),
    ]
)


def in_regulation_words(text: str) -> str:
    """The text with plain wording of conduct replaced by the regulations' words (unchanged when it has none)."""
    return rewritten(text, CONDUCT_WORDS)
