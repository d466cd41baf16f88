"""Cross-references in quoted articles (依照本条例第十七条), resolved within the same revision.

The web UI shows each as a link that opens the article in place; the note tells a CLI user how to ask for it.
"""

from __future__ import annotations

from assistant.answer.context import AnswerContext
from assistant.answer.lookup_quotes import Found
from assistant.core.schema import Answer, ArticleLink
from assistant.search.regulations import cross_references, provisions


def with_links(ctx: AnswerContext, answer: Answer, found: list[Found]) -> Answer:
    """`answer` with the cross-references of the articles it quotes, and a note on how to follow them."""
    links = links_of(ctx, found)
    if links:
        labels = list(dict.fromkeys(link.label for link in links))
        hint = f"条文中引用的{'、'.join(labels)}，可追问“{labels[0]}呢”查看原文。"
        answer.links = links
        answer.note = f"{answer.note}{hint}" if answer.note else hint
    return answer


def links_of(ctx: AnswerContext, found: list[Found]) -> list[ArticleLink]:
    """Each article a quoted article refers to, once per phrase; an article quoted already is no link."""
    quoted = {(f.doc.doc_id, f.ref.number) for f in found if f.ref.unit == "条"}
    links: dict[str, ArticleLink] = {}
    for hit in found:
        if hit.ref.unit != "条" or not hit.label.startswith("第"):  # numbered points (一、) refer to no articles
            continue
        items = {p.number: p for p in provisions(ctx.source.document_chunks(hit.doc.doc_id))}
        for phrase, number in cross_references("\n".join(text for _, text in hit.quotes)):
            target = items.get(number)
            if target and (hit.doc.doc_id, number) not in quoted and phrase not in links:
                links[phrase] = ArticleLink(phrase, hit.doc.title, target.label, target.text)
    return list(links.values())
