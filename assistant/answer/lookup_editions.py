"""Two revisions of a regulation asked in a clerk's words: "2018年的…和2023年的比，第十条改了啥" compares both
revisions (the second year is said without 版), and "现行…第一百一十二条，在2018年版里是第几条" asks which
article of the revision named holds that article's content (articles are renumbered between revisions)."""

from __future__ import annotations

import re

from assistant.core.text import YEAR
from assistant.search.regulations import RevisionAsk

# 和2023年的比 / 改了啥 / 有什么变化: two revisions set side by side
COMPARED = re.compile(r"(?:相|来|对)?比(?:较|一下)?|改了|变了|变化|不同|不一样|区别|差别|差异|改动|修改")
# …第N条，在2018年版里是第几条 / 到旧版中对应哪一条: the article's place in another revision
IN_REVISION = re.compile(
    r"[，,]?\s*(?:在|到|放到|换到)?((?:19|20)\d{2}\s*年?(?:的|版|修订版?)*|旧版|老版|新版|现行版?|修订前|修订后)"
    r"(?:的?条例|的?版本)?(?:里|中|里面)?(?:是|为|对应|对应的是|排在)?(?:第几条|哪一?条)[？?。]*$"
)


def revisions_compared(question: str, asked: RevisionAsk) -> RevisionAsk:
    """Both revisions when the question names two years and compares (2018年的…和2023年的比); else `asked`."""
    years = frozenset(int(y) for y in YEAR.findall(question))
    if asked.wish != "both" and len(years) > 1 and COMPARED.search(question):
        return RevisionAsk(years, "both")
    return asked
