"""旧版《X》中与2023年版第一百二十条对应的是哪一条: the article of one revision whose text is most like a
given article of another (articles are renumbered between revisions, so the same number is no answer)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.context import AnswerContext
from assistant.answer.lookup_compare import compared_pairs, counterpart
from assistant.answer.lookup_editions import IN_REVISION
from assistant.answer.lookup_quotes import Found, quoted
from assistant.answer.lookup_refs import resolve
from assistant.core.numerals import NUMERAL, PartRef, parse_part_refs
from assistant.core.schema import Answer
from assistant.search.regulations import chosen_revisions, named_regulations, provisions, revision_asked, revision_year
from assistant.search.source import DocRecord

# 新版…第九十七条跟旧版对应的那条比有啥变化: the article compared with its counterpart in the other revision.
COUNTERPART_COMPARED = re.compile(
    r"(?:跟|和|与|同|比)((?:19|20)\d{2}年?版?|旧版|老版|新版|现行版?|修订前|修订后)(?:中|里)?的?(?:相)?对应的?"
    r"(?:那一?条|条文|条款|规定|那条规定)?(?:相?比|比较|对比)?[^？?。]{0,6}(?:变化|区别|不同|差别|差异|改动|修改)"
)
COUNTERPART_ASKED = re.compile(
    rf"(?:中|里)?(?:与|和|跟)((?:19|20)\d{{2}})年版?(第{NUMERAL}条)(?:相)?对应的?(?:是|为)?(?:哪一?条|第几条)"
)


def counterpart_lookup(ctx: AnswerContext, documents: Sequence[DocRecord]) -> Answer | None:
    """The article of the revision named that holds the content of the other revision's article, quoted, with
    a note naming both numbers; a refusal when no article is alike enough; None when not asked so."""
    asked = COUNTERPART_ASKED.search(ctx.question)
    if not asked:
        return compared_counterpart(ctx, documents) or placed_counterpart(ctx, documents)
    named = ctx.question[: asked.start()] + ctx.question[asked.end() :]
    revisions = named_regulations(named, documents)
    chosen = chosen_revisions(revisions, revision_asked(named))
    year, refs = int(asked.group(1)), parse_part_refs(asked.group(2))
    given = next((d for d in revisions if revision_year(d) == year), None)
    if not chosen or given is None or not refs:
        return None
    return counterpart_in(ctx, given, refs[0], chosen[0])


def placed_counterpart(ctx: AnswerContext, documents: Sequence[DocRecord]) -> Answer | None:
    """现行…第一百一十二条，在2018年版里是第几条: the counterpart by content in the revision the question ends
    with, of the article of the revision it names first; None when not asked so or both are one revision."""
    asked = IN_REVISION.search(ctx.question)
    before = ctx.question[: asked.start()] if asked else ""
    refs = [r for r in parse_part_refs(before) if r.unit == "条"]
    revisions = named_regulations(before, documents) if refs else []
    if not asked or len(refs) != 1 or len(revisions) < 2:
        return None
    given = chosen_revisions(revisions, revision_asked(IN_REVISION.sub("", before)))
    target = chosen_revisions(revisions, revision_asked(asked.group(1)))
    if not given or not target or given[0].doc_id == target[0].doc_id:
        return None
    return counterpart_in(ctx, given[0], refs[0], target[0])


def counterpart_in(ctx: AnswerContext, given: DocRecord, ref: PartRef, target: DocRecord) -> Answer:
    """The article of `target` most like article `ref` of `given`, quoted, with a note naming both numbers; a
    refusal when `given` has no such article or `target` none alike enough."""
    year = revision_year(given)
    source = resolve(ref, provisions(ctx.source.document_chunks(given.doc_id)))
    if source is None:
        return Answer(f"《{given.title}》中没有{ref.label}。", "lookup", refused=True)
    if given.doc_id == target.doc_id:  # 它在现行办法里是哪一条, of an article quoted from the current revision: itself
        return quoted([Found(given, ref, source[0], source[1])])
    text = "\n".join(t for _, t in source[1])
    items = provisions(ctx.source.document_chunks(target.doc_id))
    match = counterpart(text, items)
    hit = resolve(PartRef("条", match.number), items) if match else None
    if match is None or hit is None:
        note = f"《{target.title}》中没有与{year}年版{ref.label}内容相应的条款。"
        return Answer(note, "lookup", refused=True)
    answer = quoted([Found(target, PartRef("条", match.number), hit[0], hit[1])])
    answer.note = f"{year}年版{ref.label}的内容在{revision_year(target)}年版中是{match.label}。"
    return answer


def compared_counterpart(ctx: AnswerContext, documents: Sequence[DocRecord]) -> Answer | None:
    """新版…第九十七条跟旧版对应的那条比有啥变化: the article, its counterpart by content in the other revision,
    and what changed; None when not asked so or no revision pair is held."""
    asked = COUNTERPART_COMPARED.search(ctx.question)
    before = ctx.question[: asked.start()] if asked else ""
    refs = parse_part_refs(before)
    revisions = named_regulations(before, documents) if refs else []
    if not asked or len(refs) != 1 or refs[0].unit != "条" or len(revisions) < 2:
        return None
    given = chosen_revisions(revisions, revision_asked(before))
    other = chosen_revisions(revisions, revision_asked(asked.group(1)))
    if not given or not other or given[0].doc_id == other[0].doc_id:
        return None
    given_items = provisions(ctx.source.document_chunks(given[0].doc_id))
    source = resolve(PartRef("条", refs[0].number), given_items)
    if source is None:
        return Answer(f"《{given[0].title}》中没有{refs[0].label}。", "lookup", refused=True)
    items = provisions(ctx.source.document_chunks(other[0].doc_id))
    match = counterpart("\n".join(t for _, t in source[1]), items)
    hit = resolve(PartRef("条", match.number), items) if match else None
    if match is None or hit is None:
        note = f"《{other[0].title}》中没有与{revision_year(given[0])}年版{refs[0].label}内容相应的条款。"
        return Answer(note, "lookup", refused=True)
    pair = {
        given[0].doc_id: Found(given[0], PartRef("条", refs[0].number), source[0], source[1]),
        other[0].doc_id: Found(other[0], PartRef("条", match.number), hit[0], hit[1]),
    }
    older, newer = sorted((given[0], other[0]), key=revision_year)
    answer = compared_pairs([(pair[older.doc_id], pair[newer.doc_id])], older, newer)
    answer.note = (
        f"{revision_year(given[0])}年版{refs[0].label}的内容在{revision_year(other[0])}年版中是{match.label}。"
    )
    return answer
