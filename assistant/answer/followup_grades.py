"""A grade swapped for another: 合格的呢 after 民主评议优秀的几名 asks the same appraisal at that grade (not a
part of an earlier whole, not a new thing counted on its own). The grades of appraisals and ratings are a closed
set, longest first so that 基本合格 is not read as 合格."""

from __future__ import annotations

import re

GRADE = re.compile(r"基本称职|不称职|称职|基本合格|不合格|合格|优秀|良好|较好|一般|较差|好|中|差")


def grade_swapped(question: str, subset: str, rest: str) -> tuple[str, str] | None:
    """(the question, its 其中 part) with the grade the last question asked replaced by `rest`; None when `rest`
    is no grade or the question asked none."""
    if not GRADE.fullmatch(rest):
        return None
    said = [g for g in GRADE.finditer(question) if re.match(r"的|等次|档次|等级", question[g.end() :])]
    if not said or said[-1].group(0) == rest:
        return None
    grade = said[-1]
    swapped = f"{question[: grade.start()]}{rest}{question[grade.end() :]}"
    return swapped, subset.replace(grade.group(0), rest, 1) if subset else ""
