"""How many times a named person did something a table records row by row (沈国平领学了几次 over a table whose
rows read 序号5：…，领学人为沈国平): the rows naming that person in that column, each cited, and their number.
Used only when no stated figure answers. Also a total asked over a number of a table's rows (三个党小组一共多少党员:
the 党员人数 of each 党小组 row, added up)."""

from __future__ import annotations

import re

from assistant.answer.answer_types import NAME
from assistant.answer.asked_quantity import AskedQuantity, answers
from assistant.answer.citations import CitationBook
from assistant.answer.context import AnswerContext
from assistant.answer.fact_cells import row_label
from assistant.answer.facts import extract_facts
from assistant.answer.numeric_fact import NumericFact, format_number
from assistant.core.numerals import parse_number
from assistant.core.schema import Chunk, Evidence
from assistant.core.text import split_sentences
from assistant.core.words import tokenize
from assistant.search.terms import Terms

# The act asked and the column that names who did it.
ACT_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"领学"), "领学人"),
    (re.compile(r"主持"), "主持人"),
    (re.compile(r"主讲|讲授|讲了?(?:几|多少)(?:次|回)?(?:党课|课)"), "(?:主讲人|讲授人)"),
    (re.compile(r"发言"), "(?:重点)?发言人"),
)
# 韦某2024年讲了几次党课: the period may stand between the person and the act.
ACT_PERIOD = r"(?:(?:19|20)\d{2}年度?|[上下]半年|全年|今年|去年)*"
PERSON_ACTING = re.compile(
    rf"({NAME})(?=(?:同志)?{ACT_PERIOD}(?:都|一共|总共|共|实际上?){{0,2}}{ACT_PERIOD}(?:领学|主持|主讲|讲授|讲|作|发言))"
)


def said_of_person(part: str, sentences: list[str]) -> bool:
    """Whether some sentence names the person the part asks about (True when it asks about nobody)."""
    person = PERSON_ACTING.search(part)
    return not person or any(person.group(1) in sentence for sentence in sentences)


def rows_naming(ctx: AnswerContext, part: str, evidence: list[Evidence], book: CitationBook) -> tuple[str, int] | None:
    """(text, number of rows) for the rows that name the person asked about in the act's column; None when the
    part asks no such thing or no row names them."""
    person = PERSON_ACTING.search(part)
    column = next((c for act, c in ACT_COLUMNS if act.search(part)), None)
    if not person or column is None:
        return None
    said = re.compile(rf"{column}[为是：:]?\s*{re.escape(person.group(1))}(?![\u4e00-\u9fa5])")
    rows: list[tuple[Chunk, str]] = []
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        for chunk in ctx.source.document_chunks(doc_id):
            sentences = [s.strip() for s in split_sentences(chunk.text)]
            rows += [(chunk, s) for s in sentences if row_label(s) and said.search(s)]
        if rows:
            break  # the best document's table: rows of another document are another record
    if not rows:
        return None
    lines = "；".join(f"{sentence.rstrip('。')}{book.cite(chunk, sentence)}" for chunk, sentence in rows)
    return f"共{len(rows)}次：{lines}。", len(rows)


# 三个党小组一共多少党员 / 三个党小组的集中学习次数加起来 / 党员总共多少（两个研究生支部加起来）: a total over
# the named number of a table's rows, one column of each. The unit ends at the first head noun of a row's label.
ROWS_TOTAL = re.compile(
    r"(\d+|[两二三四五六七八九十]+)个([\u4e00-\u9fff]{0,5}?(?:党小组|小组|组|党支部|支部|总支|车间|科室|处室|部门|"
    r"中队|大队|分队|班组|社区|村|站|所|队|室|科|处))(?=的|[\u4e00-\u9fff]{0,12}?(?:一共|总共|合计|加起来|加在一起)"
    r"|[^\u4e00-\u9fff]|$)"
)
# Words a row's label may hold between the unit's words: 船员支部 is the unit of 船员第一党支部.
LABEL_INFIX = "[第一二三四五六七八九十\\d党]*"
# 人数 of 党员人数 is the measure the question's 多少人 asks, not a word of the counted thing.
MEASURE_TAIL = re.compile(r"(?:人数|总数|数量|次数|个数|人次)$")


def labels_unit(label: str, unit: str) -> bool:
    """Whether a row's label names a unit of the kind asked (党小组 of 第三党小组（后勤组）, 船员支部 of
    船员第一党支部)."""
    return re.search(LABEL_INFIX.join(map(re.escape, unit)), label) is not None


def rows_total(
    ctx: AnswerContext, part: str, asked: AskedQuantity, evidence: list[Evidence], book: CitationBook
) -> tuple[str, float | None] | None:
    """(text, total) for the sum of one column over as many table rows as the part names, each row's label
    holding the unit asked (党小组), each figure cited; the rows without a total when the table has another
    number of them; None when no one column of such rows answers."""
    scope = ROWS_TOTAL.search(part)
    if not scope or not asked.total:
        return None
    wanted, unit = parse_number(scope.group(1)), scope.group(2)
    rest = (
        part[: scope.start()] + part[scope.end() :]
    )  # 党员总共有多少人（两个研究生支部加起来）: asked before the rows
    counted = ctx.source.terms(rest)
    for doc_id in dict.fromkeys(e.chunk.doc_id for e in evidence):
        facts = [
            f
            for chunk in ctx.source.document_chunks(doc_id)
            for f in extract_facts(chunk)
            if f.row and labels_unit(f.row, unit) and "total" not in f.qualifiers and answers(f, asked)
        ]
        columns: dict[str, list[NumericFact]] = {}
        for fact in facts:
            columns.setdefault(column_name(fact), []).append(fact)
        column = asked_column(rest, counted, list(columns.values()))
        if column is None:
            continue
        rows = list({f.row: f for f in column}.values())
        if len(rows) != len(column):
            return None
        said = "，".join(f"{f.said}{book.cite(f.chunk, f.sentence)}" for f in rows)
        if len(rows) != wanted:  # 三个组 of a table of four: which three is not said, so nothing is added
            return f"所问的{unit}数与表中所列不一致，未合计。表中各{unit}：{said}。", None
        total = sum(f.number for f in rows)
        return f"共{format_number(total)}{rows[0].unit}：{said}。", total
    return None


def column_name(fact: NumericFact) -> str:
    """应到 of 第一支部，应到: a row's first figure may carry the row's label in its predicate, which names no
    column of its own (each row would be a column of one)."""
    return fact.predicate.removeprefix(fact.row or "").lstrip("，,：:")


def asked_column(rest: str, counted: Terms, columns: list[list[NumericFact]]) -> list[NumericFact] | None:
    """The one column the question names: of the columns some question word names (党员 of 党员人数 and of 发展党员),
    the one whose own words the question says most and lacks least (党员人数 of 党员总共有多少人, 人数 being what
    is counted; 发展党员 of 一共发展了多少党员); None on a tie."""
    fitting = [c for c in columns if counted.coverage(column_name(c[0])) > 0]
    if len(fitting) <= 1:
        return fitting[0] if fitting else None

    def said(column: list[NumericFact]) -> int:
        tokens = tokenize(MEASURE_TAIL.sub("", column_name(column[0])))
        words = [t for t in tokens if not any(o != t and o in t for o in tokens)]  # 发展, 党员 of 发展党员
        return sum(1 if word in rest else -1 for word in words)

    best = max(said(c) for c in fitting)
    chosen = [c for c in fitting if said(c) == best]
    return chosen[0] if len(chosen) == 1 else None
