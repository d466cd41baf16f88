"""A person's own part of what a report lists for several (班子成员…各自查摆了: 赵某同志重点查摆了…；钱某同志
重点查摆了…): 钱某重点查摆了啥问题 is answered with 钱某's clause, not the team's list. A role (总经理) stands
for the one the document names beside it (党委副书记、总经理孙某)."""

from __future__ import annotations

import re

from assistant.answer.answer_types import PERSON
from assistant.answer.followup_actors import actor_in, is_people
from assistant.answer.followup_people import ROLE_SAID, name_acting, word_starts
from assistant.answer.person_names import holders, is_name, named_holder, people_named
from assistant.core.schema import Chunk
from assistant.core.words import tagged_words

CLAUSE_END = re.compile(r"(?<=[；;。])")
ENUMERATION_OPENS = re.compile(r"[：:]\s*(?:一是|1[.、．]|（一）|第一)")
ENUMERATION_GOES_ON = re.compile(
    r"(?:[二三四五六七八九十]是|\d+[.、．]|（[二三四五六七八九十]）|第[二三四五六七八九十])"
)
MAX_GAP = 8  # characters between the name and the act in the clause (同志重点, 在会上主要)
VAGUE_ACTS = frozenset({"是", "有", "为", "在", "做", "搞", "讲"})  # acts that say nothing of whose part it is


def person_of(question: str, chunks: list[Chunk]) -> tuple[str, str]:
    """(name, act): who acts in the question, a role by the name the document gives its holder, and the
    first act said after them (查摆 of 冯某在会上重点查摆了啥问题); ("", "") when either is missing."""
    actor = actor_in(question)
    people = actor and (is_name(actor.text) or ROLE_SAID.fullmatch(actor.text) or is_people(actor.text))
    span = (actor.start, actor.end) if people else name_acting(question)
    if span and not (is_name(question[span[0] : span[1]]) or ROLE_SAID.fullmatch(question[span[0] : span[1]])):
        span = name_acting(question) or span  # 民主生活会赵某个人查摆: the name inside words cut together
    if span is None:
        return "", ""
    name = question[span[0] : span[1]]
    act = next((w for w, flag in tagged_words(question[span[1] :]) if flag.startswith("v")), "")
    if not is_name(name):
        if not ROLE_SAID.fullmatch(name):
            return "", ""
        name = holder_acting(name, act, chunks) or next((h for c in chunks if (h := named_holder(name, c.text))), "")
    elif not stated_as_person(name, chunks):  # 关党委 of 机关党委下设: letters that only look like a name
        return "", ""
    if not name or not act or act in VAGUE_ACTS:
        return "", ""
    return name, act


def holder_acting(role: str, act: str, chunks: list[Chunk]) -> str:
    """The holder of `role` whom the documents name doing `act` (组织委员马某个人查摆了…), not another body's
    holder of the same role named first (上级党委组织委员邱某到会指导); "" when none is said to."""
    text = "\n".join(c.text for c in chunks)
    named = dict.fromkeys(name for _, name in holders(role, text))
    gap = rf"[^，,。；;]{{0,{MAX_GAP}}}?"
    return next((name for name in named if act and re.search(f"{re.escape(name)}{gap}{re.escape(act)}", text)), "")


def stated_as_person(name: str, chunks: list[Chunk]) -> bool:
    """The document writes `name` as a person's: 某某同志, beside a role, as 主持/讲授… does, or as a word of
    its own in a clause (not 关党委 inside 机关党委)."""
    return any(
        f"{name}同志" in c.text
        or name in people_named(c.text)
        or any(name in m.group(0) for m in PERSON.finditer(c.text))
        or any(clause.find(name) in word_starts(clause) for clause in CLAUSE_END.split(c.text) if name in clause)
        for c in chunks
    )


def person_part(question: str, chunks: list[Chunk]) -> list[tuple[Chunk, str]]:
    """(chunk, clause) of each clause of the document where the asked person does the asked act
    (冯某同志重点查摆了…等问题); [] when the question names no one acting, or the document says no such clause."""
    name, act = person_of(question, chunks)
    if not name:
        return []
    # 冯某同志重点查摆了… ; a table row whose column of the act's person names them (…活动：牵头人为冯某，…)
    said = re.compile(
        rf"{re.escape(name)}[^，,。；;]{{0,{MAX_GAP}}}?{re.escape(act)}"
        rf"|^[^：:]{{2,40}}[：:][^。]*?{re.escape(act)}人(?:为|是|[：:])?\s*(?:[\u4e00-\u9fa5]{{2,4}}、)*{re.escape(name)}(?![\u4e00-\u9fa5])"
    )
    found: list[tuple[Chunk, str]] = []
    for chunk in chunks:
        for line in chunk.text.split("\n"):
            clauses = [c.strip() for c in CLAUSE_END.split(line.strip()) if c.strip()]
            for at, clause in enumerate(clauses):
                if said.search(clause):
                    found.append((chunk, clause))
                    found += [(chunk, item) for item in enumeration_after(clause, clauses[at + 1 :])]
    return found


def enumeration_after(clause: str, rest: list[str]) -> list[str]:
    """二是…；三是… after 张某查摆了3个问题：一是…； they are the same person's items."""
    if not ENUMERATION_OPENS.search(clause):
        return []
    items: list[str] = []
    for following in rest:
        if not ENUMERATION_GOES_ON.match(following):
            break
        items.append(following)
    return items
