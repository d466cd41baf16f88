"""Whether what was done met its plan, asked yes or no ("参学率达到年度目标没有", "培训覆盖面完成今年要点的要求了吗",
"办结率达标了没有"): the done and the planned figure, each asked and cited on its own (as `plan_gaps` does for a
difference), and the verdict read from both, with the plan's bound (以上 / 不低于 is met from below, 以下 / 不超过
from above). With either figure missing, or figures of different units, nothing is judged."""

from __future__ import annotations

import re

from assistant.answer.numeric_fact import format_number
from assistant.answer.periods import Figure, compared_answer, main_figure
from assistant.answer.plan_gaps import planned_version
from assistant.answer.quantities import QUANTITY
from assistant.answer.question import PERIOD
from assistant.answer.verification import MARK
from assistant.core.numerals import parse_number
from assistant.core.schema import Answer

# 达到今年要点的要求没有 / 完成年度目标了吗 / 达标了没有 / 实现计划目标没: the plan's target asked yes or no.
MET_ASKED = re.compile(
    r"(?:是否|有没有|有无)?(?:达到|完成|实现|满足|达成)了?"
    r"(?P<period>(?:19|20)\d{2}年(?:度|全年)?|今年|年度|全年)?(?:工作)?(?:要点|计划|方案|规划)?(?:里|中)?的?"
    r"(?:要求|目标|计划|任务|指标|标准)(?:数|值)?了?(?:没有|没|吗|么|与否)?(?=[？?。！!\s]*$)"
    r"|(?:是否|有没有)?达标了?(?:没有|没|吗|么)?(?=[？?。！!\s]*$)"
)
YES_NO = re.compile(r"是否|有没有|有无|没有|没|吗|么|与否")
# 控制在5%以内 / 不超过3起 / 低于: a ceiling, met when the figure done is at or under it
CEILING = re.compile(r"以下|以内|之内|不超过|不高于|不多于|低于|控制在")


def met_questions(question: str) -> tuple[str, str] | None:
    """(what was done, what was planned) for a question asking whether a figure met its plan, else None."""
    match = MET_ASKED.search(question)
    if not match or not YES_NO.search(match.group(0)) and "达标" not in match.group(0):
        return None
    thing = question[: match.start()].rstrip("，, 的")
    if not thing or PERIOD.fullmatch(thing):
        return None  # 达到要求没有 names nothing: which figure is meant is not said
    period = match.group("period") or ""
    said = "" if PERIOD.search(thing) or period in {"年度", "全年"} else period  # 今年要点的要求: this year's figure
    done = f"{said}{thing}是多少？"
    return done, planned_version(done)


def met_answer(questions: tuple[str, str], answers: list[Answer]) -> Answer:
    """Both figures side by side, each cited, and whether the plan was met; the plain comparison when either
    figure is missing or they are not of one unit."""
    answer = compared_answer(list(questions), answers)
    if any(a.refused for a in answers):
        return answer
    planned = main_figure(answers[1], questions[1])
    done = main_figure(answers[0], questions[0]) or figure_in_unit(answers[0], planned)
    if not (isinstance(done, Figure) and isinstance(planned, Figure)) or done.unit != planned.unit:
        return answer
    ceiling = bool(CEILING.search(answers[1].text))
    met = done.value <= planned.value if ceiling else done.value >= planned.value
    bound = "以内" if ceiling else "以上"
    said = f"{format_number(done.value)}{done.unit}，计划要求{format_number(planned.value)}{planned.unit}{bound}"
    answer.text += f"\n{'已达到' if met else '未达到'}计划要求（{said}）。"
    return answer


def figure_in_unit(answer: Answer, planned: Figure | None) -> Figure | None:
    """占比约72.9%（2196件÷3012件）: the one figure the done answer states in the plan's unit, when it states others
    beside it; None when it states none or several of that unit."""
    if planned is None:
        return None
    text = MARK.sub("", answer.text)
    values = {
        parse_number(m.group("pct") or m.group("num"))
        for m in QUANTITY.finditer(text)
        if f"{m.group('scale') or ''}{m.group('unit')}" == planned.unit
    } - {None}
    return Figure(values.pop(), planned.unit) if len(values) == 1 else None
