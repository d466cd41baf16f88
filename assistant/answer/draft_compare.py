"""Comparison drafts (对比2023年和2024年上半年…): one organisation's two periods, figures side by side.

The two reports are the organisation's reports of the periods the question names (else its two
latest). Each figure sentence of the earlier report is paired with the later report's sentence on
the same thing (most shared words); both are quoted as written and each is cited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.draft_compose import JOIN_COST, Part, enumerated, has_figure, said, tier
from assistant.answer.draft_options import DraftOptions
from assistant.core.schema import Answer, Chunk
from assistant.search.organisations import with_profile
from assistant.search.periods import asked_period, period_matches
from assistant.search.source import DocRecord

COMPARE = re.compile(
    r"对比|比较|相比|比照|对照|两个半年|两年|前后变化|有何变化|有什么变化|"
    r"(?:19|20)\d{2}年[^，。？]{0,6}(?:和|与|及|、|同|跟|对)(?:19|20)\d{2}年"
)
COMPARE_WORDS = re.compile(
    r"(?:进行)?(?:对比|比较|相比|比照|对照)(?:一下|分析)?|两个半年的?|两年的?|前后变化|的?变化"
    r"|(?:19|20)\d{2}年(?:上半年|下半年|度)?[^，。？]{0,2}(?:和|与|及|、|同|跟|对)(?=(?:19|20)\d{2}年)"
    # …2024年党建工作要点和（2024年上半年）总结: the plan named beside the report
    r"|[^，。？]{0,12}?(?:要点|工作计划)(?:和|与|及|同|跟|对照)(?=[^，。？]{0,12}(?:总结|报告))"
)
PLAN_DOCUMENT = re.compile(r"要点|工作计划|年度计划")
# A sentence that opens with its period (上半年村集体经济收入…) is labelled with the year only.
OWN_PERIOD = re.compile(r"^(上半年|下半年|全年|年内)")
CLAUSE = re.compile(r"[，,；;]")
FIGURE = re.compile(r"\d+(?:\.\d+)?")
SAME_THING = 0.35  # share of a sentence's words the other period's sentence must hold to be its counterpart
DEFAULT_BUDGET = 600

DocumentParts = tuple[DocRecord, list[Chunk], list[Part]]


def asks_comparison(question: str) -> bool:
    return bool(COMPARE.search(question))


def without_comparison(question: str) -> str:
    """The question without its comparison words, which name no topic (对比…的变化)."""
    return COMPARE_WORDS.sub("", question)


def compared_reports(ctx: AnswerContext, first: DocRecord) -> list[DocRecord]:
    """The earlier and the later report of `first`'s organisation, of the periods asked about if any."""
    org = with_profile(first).profile
    if org is None or not org.organisation:
        return []
    asked, plans = asked_period(ctx.question), asks_plan(ctx.question)
    same = []
    for record in ctx.source.documents():
        profile = with_profile(record).profile
        # One organisation whether a document names it formally (its 落款) or as its title does: shared aliases.
        if record.kind != "report" or not profile or not set(profile.aliases) & set(org.aliases):
            continue
        if (profile.genre == "plan" and not plans) or not profile.periods:
            continue  # a plan reports no actuals, unless the plan itself is compared (要点和总结对比)
        if asked.years and not any(period_matches(p, asked) or p.year in asked.years for p in profile.periods):
            continue
        same.append(((min(profile.periods), profile.genre != "plan"), record))
    # one report a period (a plan and a report of the same year are two), earlier first, the plan before the report
    periods = {key: record for key, record in sorted(same, key=lambda kr: kr[0])}
    return list(periods.values())[-2:] if len(periods) >= 2 else []


def asks_plan(question: str) -> bool:
    """要点 / 工作计划 named: the plan document itself is asked about."""
    return bool(PLAN_DOCUMENT.search(question))


def figures(part_list: list[Part]) -> list[tuple[Part, str]]:
    """The sentences that state a quantity (a date is none); of a table, only its total row."""
    return [(part, s) for part in part_list for s in part.sentences if has_figure(s) and tier(s, True) < 3]


def counterpart(ctx: AnswerContext, sentence: str, others: list[tuple[Part, str]]) -> tuple[Part, str] | None:
    terms = ctx.source.terms(sentence)
    scored = [(terms.coverage(s), (p, s)) for p, s in others]
    best = max(scored, key=lambda x: x[0], default=(0.0, None))
    return best[1] if best[0] >= SAME_THING else None


def counterpart_parts(ctx: AnswerContext, topic: str, found: list[Part], said: list[tuple[Part, str]]) -> list[Part]:
    """Of a report's figure statements `said`, those on the same things as the figures of `found` that are
    about the topic, grouped by chunk in order (one report heads the topic, the other says it inside a
    broader section)."""
    terms = ctx.source.terms(topic)
    on_topic = [sentence for _, sentence in figures(found) if terms.coverage(sentence) > 0]
    picked = [match for sentence in on_topic if (match := clause_counterpart(ctx, sentence, said))]
    by_chunk: dict[str, Part] = {}
    for part, sentence in picked:
        kept = by_chunk.setdefault(part.chunk.id, Part(part.chunk, []))
        if sentence not in kept.sentences:
            kept.sentences.append(sentence)
    return sorted(by_chunk.values(), key=lambda p: p.chunk.start)


def clause_counterpart(ctx: AnswerContext, sentence: str, said: list[tuple[Part, str]]) -> tuple[Part, str] | None:
    """The sentence of `said` on the same thing as one of the sentence's figure clauses (组织党员培训310人次 of
    a sentence that also tells of a class), figures aside."""
    best: tuple[float, tuple[Part, str]] | None = None
    for clause in CLAUSE.split(sentence):
        if not has_figure(clause):
            continue
        terms = ctx.source.terms(FIGURE.sub("", clause))
        for pair in said:
            score = terms.coverage(pair[1])
            if score >= SAME_THING and (best is None or score > best[0]):
                best = (score, pair)
    return best[1] if best else None


def compare_text(
    ctx: AnswerContext,
    labels: tuple[str, str],
    earlier: list[Part],
    later: list[Part],
    book: CitationBook,
    options: DraftOptions,
) -> list[str]:
    """一是2023年……〔1〕，2024年上半年……〔2〕 per pair, then what only the later period reports.

    Every figure of the earlier period is paired first, then the length decides: pairs before what only
    one period says, so a figure both periods report (召开委员会16次 / 8次) is never dropped for one
    that only the earlier period has."""
    budget = options.budget or DEFAULT_BUDGET
    after = figures(later)
    rows: list[Row] = []
    used: set[str] = set()
    for part, sentence in figures(earlier):
        match = counterpart(ctx, sentence, [f for f in after if f[1] not in used])
        if match is not None:
            used.add(match[1])
        rows.append(Row(0 if match else 1, len(rows), (part, sentence), match))
    rows += [Row(2, len(rows), pair, None) for pair in after if pair[1] not in used]
    kept, spent = set(), 0
    for row in sorted(rows, key=lambda r: (r.rank, r.order)):
        cost = row.length()
        if spent + cost <= budget or not kept:
            kept.add(row.order)
            spent += cost
    return [row.written(labels, book) for row in rows if row.order in kept]


Pair = tuple[Part, str]


@dataclass(frozen=True)
class Row:
    """One piece of a comparison: an earlier figure with its later counterpart, or one side alone
    (rank 0 a pair, 1 the earlier period alone, 2 the later period alone)."""

    rank: int
    order: int
    first: Pair
    second: Pair | None

    def length(self) -> int:
        return sum(len(pair[1]) + JOIN_COST for pair in (self.first, self.second) if pair)

    def written(self, labels: tuple[str, str], book: CitationBook) -> str:
        label = labels[1] if self.rank == 2 else labels[0]
        mine = labelled(label, said(Part(self.first[0].chunk, [self.first[1]]), book)[0])
        if self.second is None:
            return mine
        theirs = said(Part(self.second[0].chunk, [self.second[1]]), book)[0]
        return f"{mine}，{labelled(labels[1], theirs)}"


def comparison_answer(
    ctx: AnswerContext, name: str, topic: str, reports: list[DocumentParts], options: DraftOptions, evidence: list
) -> Answer | None:
    """The comparison draft of two reports' parts about `topic` by organisation `name`, or None when
    either report has no figure on the topic."""
    (first, _, earlier), (second, _, later) = reports
    if not figures(earlier) or not figures(later):
        return None
    labels = (period_label(first), period_label(second))
    about = f"在{topic}方面" if topic else ""
    lead = f"{name}{labels[0]}与{labels[1]}{about}的情况对比如下："
    if labels[0].endswith("计划") and labels[1].startswith(labels[0][:5]):  # a year's plan against its report
        lead = f"{name}{labels[1]}{about}计划与完成情况对比如下："
        labels = ("计划：", "实际：")
    book = CitationBook()
    pieces = compare_text(ctx, labels, earlier, later, book, options)
    return Answer(f"{lead}{enumerated(pieces)}。", "draft", book.citations(), evidence)


def labelled(label: str, sentence: str) -> str:
    """2024年上半年，X; a sentence that names its half (上半年村集体…) after the year alone."""
    if re.match(r"(?:19|20)\d{2}年", sentence):  # 2023年3月14日，…: its own date says when
        return sentence
    if label.endswith("："):
        return f"{label}{sentence}"
    if OWN_PERIOD.match(sentence):
        return f"{label.split('年')[0]}年{sentence}"
    return f"{label}，{sentence}"


def period_label(record: DocRecord) -> str:
    """2023年 / 2024年上半年: the report's period as a draft names it."""
    profile = with_profile(record).profile
    if not profile or not profile.periods:
        return ""
    period = min(profile.periods)
    return f"{period.year}年{period.half}" + ("计划" if profile.genre == "plan" else "")
