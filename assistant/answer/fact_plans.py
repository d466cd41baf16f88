"""Whether a figure states a plan: plan documents and sections, plan rows and columns, deadlines ahead, and the
sentences of a plan that recall what was done before it.
"""

from __future__ import annotations

import re

from assistant.answer.mixed_sections import reported_sentences
from assistant.core.schema import Chunk
from assistant.core.text import split_sentences

# A budget is a planned amount; a 规划项目 (入选重点规划项目3种) or a 规划局 is no plan of the figure's.
PLAN_WORDS = re.compile(r"拟|计划|力争|争取|目标|预计|规划(?![局院处科所委馆部项])|预期|预算")

# A deadline ahead (9月底前完成, 年底前形成) sets a task, unless the sentence says it is done (已/了).
DEADLINE = re.compile(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?以?前|年底前|年内")

DONE_MARK = re.compile(r"已|了")

ASIDE = re.compile(r"^[^（(]{0,2}[（(]")  # 5次（全年计划20次）: the bracket's figure is said beside the first

# 规划 of an organisation's name (自然资源和规划局) does not make its minutes a plan.
PLAN_TITLE = re.compile(r"要点|计划|方案|安排|规划(?![局院处科所委馆部])")

REPORT_TITLE = re.compile(r"总结|报告|情况|述职|纪要")

PLAN_SECTION = re.compile(r"打算|计划|思路|要点|安排|目标|展望|下一步")

# A plan heading that also names what was done (问题不足和明年打算): a table under it records what is.
# A row or column that names targets: 2025年计划, 年度目标, 预算 (规划科 is a section of an office).
PLAN_LABEL = re.compile(r"计划|目标|预计|预期|预算|规划(?![局院处科所委馆部党支组室办股])")

PARENTHESISED = re.compile(r"[（(][^）)]*[）)]")  # 第二党支部（综合规划、财务）: the offices of a branch

REPORTED_ASPECT = re.compile(r"问题|不足|差距|情况|成效|成绩|回顾|总结|完成")

# A sentence opening with a year (2024年，… / 2024年以来，…) and the year of a title.
RECALLED_OPENING = re.compile(r"^\s*((?:19|20)\d{2})年(?:度|全年|以来)?[，,]")

TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def recalled_sentences(chunk: Chunk) -> set[str]:
    """Sentences of a plan that state what was done before it (2024年，支部开展主题党日12次。全年发展党员1名。):
    from a sentence opening with an earlier year than the title's to the end of its paragraph, or to a
    sentence naming the plan's year (在此基础上，2025年重点抓好…)."""
    titled = TITLE_YEAR.search(chunk.doc_title)
    if not titled:
        return set()
    plan_year = int(titled.group(1))
    recalled: set[str] = set()
    for line in chunk.text.split("\n"):
        recalling = False
        for sentence in split_sentences(line):
            opening = RECALLED_OPENING.match(sentence)
            if opening:
                recalling = int(opening.group(1)) < plan_year
            elif any(int(y) >= plan_year for y in TITLE_YEAR.findall(sentence)):
                recalling = False
            if recalling:
                recalled.add(sentence.strip())
    return recalled


def row_is_plan(chunk: Chunk, label: str) -> bool:
    """A table row states targets when its label says so (2025年计划), in a plan document, or under a heading
    that only plans (下半年打算); a plan/actual table says so per column (年度计划3，实际完成4)."""
    if PLAN_LABEL.search(PARENTHESISED.sub("", label)):
        return True
    headings = " ".join(chunk.section_path[-2:])
    if PLAN_SECTION.search(headings):
        return not REPORTED_ASPECT.search(headings)
    return bool(PLAN_TITLE.search(chunk.doc_title)) and not REPORT_TITLE.search(chunk.doc_title)


def is_plan_text(chunk: Chunk) -> bool:
    """A plan section (下半年工作打算) or a plan document (工作要点, not 总结及计划)."""
    if PLAN_SECTION.search(" ".join(chunk.section_path[-2:])):
        return True
    return bool(PLAN_TITLE.search(chunk.doc_title)) and not REPORT_TITLE.search(chunk.doc_title)


def states_plan(chunk: Chunk, sentence: str) -> bool:
    """The sentence says what is to be done: it stands in a plan's text and recalls no earlier year."""
    reported = recalled_sentences(chunk) | reported_sentences(chunk)  # 存在问题：… of 问题及打算
    return is_plan_text(chunk) and sentence.strip() not in reported


def plans_aside(after: str) -> bool:
    """5次（全年计划20次）: a bracket right after a figure that states a plan of its own."""
    aside = ASIDE.match(after)
    return bool(aside) and bool(PLAN_WORDS.search(re.split(r"[）)]", after[aside.end() :], maxsplit=1)[0]))


def sets_a_deadline(text: str) -> bool:
    """4月底前组织测试1次 is a task set; 3月底前已完成换届5个 was done."""
    return bool(DEADLINE.search(text)) and not DONE_MARK.search(text)
