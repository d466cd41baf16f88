"""What a quantity question asks for: the unit family (次/名/人次/%/万元…), a plan or an actual, a minimum,
a total, a done/open state and the words of what is counted; and whether a fact of `facts` states it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.asked_amounts import SIZE_ASKED, also_asked, measure_units
from assistant.answer.numeric_fact import (
    FAMILIES,
    FAMILY_OF_UNIT,
    UNIT_WORDS,
    UNITS,
    ItemState,
    NumericFact,
    Qualifier,
    UnitFamily,
)
from assistant.answer.quantities import NUMBER
from assistant.answer.question import holder_of
from assistant.answer.whole_parts import PLAN_READ_IN, part_asked_at
from assistant.core.words import plain_wording
from assistant.search.periods import REQUIRED, TO_DO, TO_DO_ASKED

# 党员示范岗 / 党员责任区 / 党员服务队 / 学生党支部: places, teams and branches of people, counted as items.
NOT_A_POST = (
    r"(?![\u4e00-\u9fff]{0,2}?(?:示范|先锋|责任|服务|活动|志愿|突击|之)(?:岗|区|室|站|点|队|组|中心|家|阵地|基地|窗口|号|户|林|群)"
    r"|(?:岗|区|室|站|点|队|组|中心|家|阵地|基地|窗口|号|户|林|群)"  # 党员护河责任区: a place of theirs
    r"|[\u4e00-\u9fff]{1,4}?(?:站|室|岗|点|阵地|基地|窗口|中心)(?![\u4e00-\u9fff])"  # 党员调解工作站 ends the question
    r"|党?(?:支部|总支|小组|组织)|班"  # 学生支部几个: branches and classes of people are items too
    r"|[\u4e00-\u9fff]{0,4}?(?:项目|课题|品牌|案例|成果))"  # 几个党员攻关项目: the members' projects
)
# Nouns of people: 几个 before them, or a whole of them a part is asked of, counts people.
PEOPLE = r"(?:党员|同志|干部|书记|委员|成员|积极分子|发展对象|群众|职工|员工|学生|教师|老师|代表|人员|志愿者|人(?!次))"
PART_MARK = re.compile(r"[，,；;\s]*(?:其中|里面|里头|当中|之中|里|中)?的?$")  # where a whole ends and its part begins
# 发展党员原本计划几个 / 党员最后实际发展了几个: when and how a figure was meant, between the people and the asking
MODAL_SAID = r"(?:原本|原来|本来|当初|最后|最终)?(?:计划|实际|拟)?"
# What a question asks for, tried in order; the first that matches gives the unit family.
ASKED_FAMILIES: tuple[tuple[UnitFamily, re.Pattern[str]], ...] = (
    # 参加人次是多少 / 参与了多少党员人次: 人次 after the people it counts
    (
        "person_time",
        re.compile(r"(几|多少)万?(?:党员|干部|群众|职工|员工|学生|志愿者)?[人户]次|[人户]次[^，,？?]{0,3}?(?:几|多少)"),
    ),  # 参加人次是多少
    ("percent", re.compile(r"比例|占比|比重|百分之(?:几|多少)|百分比|多少%|率|满意度|覆盖面")),
    (
        "money",
        re.compile(
            r"多少钱|多少万|多少元|(金额|资金|经费|党费|慰问金|奖金|补助|补贴|捐款|收入|支出|投入|花费|费用|营收|产值|利润|预算|花了|贷款|存款|销售额|营业额|零售总额|零售额|成交额|进出口额|投资|税收|税款)[^，,？?]{0,8}多少"
            r"(?![项个次名位人条件份篇批类户家])"  # 补贴检查发现问题多少个: what the check found, not money
            r"|多少(?![项个次名位人条件份篇批类户家])[\u4e00-\u9fff]{0,3}?(?:资金|经费|党费|费用|金(?![融牌点])|补助|款)"
            r"|贷[^，,？?]{0,12}?多少(?![项个次名位人条件份篇批类户家笔])"  # 先锋贷全年放了多少: a loan's amount
            # 罚没款一共多少 / 会费收了多少: a sum of money named by its noun's last character
            r"|[\u4e00-\u9fff](?<!条)(?:款|费)[^，,？?]{0,8}多少(?![项个次名位人条件份篇批类户家笔])"
        ),
    ),
    ("duration", re.compile(r"(几|多少)个?(天|工作日|学时|课时|小时|月)|多久|多长时间")),
    ("times", re.compile(r"(几|多少)(次|回|场|期|轮|遍)|场次[^，,？?]{0,3}?(?:几|多少)")),  # 党课场次是多少
    (
        "person",
        re.compile(
            rf"(几|多少)(名|位|人(?!次))|(几|多少)个(?=[\u4e00-\u9fff]{{0,4}}?{PEOPLE}{NOT_A_POST})"
            # 发展了几个 / 转正多少个: acts on members count members
            r"|(?:发展|吸收|接收|转正)[了的]{0,2}[多少]?(?:几|多少)个(?!支部|党支部|党组织|基层|党小组)"  # 计划发展的多几个
            # 发展党员多少个: the people before a bare 多少个 that ends the question
            rf"|(?:党员|同志|干部|积极分子|发展对象|群众|职工|学生|教师|代表){NOT_A_POST}{MODAL_SAID}[^，,？?]{{0,3}}?(?:几|多少)个(?![\u4e00-\u9fff])"
        ),
    ),
    ("items", re.compile(r"(几|多少)(个|项|件|条|份|篇|批|类|家|户|所|处|起|部|本|门|套)")),
    ("person", re.compile(r"多少(党员|同志|干部|群众|职工|员工|人(?!次)|积极分子|发展对象)")),
    # 党员多少 / 女党员有几个: members named right before the asking (走访群众有多少 may count visits)
    (
        "person",
        re.compile(
            rf"(?:党员|同志|干部|积极分子|发展对象){NOT_A_POST}(?:有|共有|一共|总共|共)?(?:多少|几个?)(?:人|名)?(?:[？?。！!\s啊呀呢]|$)"
        ),
    ),
    ("items", re.compile(r"多少(问题|措施|任务|项目|意见|建议|诉求)")),
)
# Measure words that say what kind of thing is counted (电梯9部, not 诉求28件); 个/项/条/件 count anything.
KIND_MEASURES = frozenset("家户所处起部本门套")
ASKED = re.compile(rf"(?<!哪)(?:几|多少)(?:{UNITS}|钱|万|%)?|百分之几|比例|占比")
# 评了几个优秀: 个 before a rating, not an item noun, counts people too.
GE_BEFORE_RATING = re.compile(
    r"(?:几|多少)个(?:优秀|先进|合格|基本合格|不合格)"
    r"|(?:优秀|先进|合格|称职)(?:等次|档次|等级)?的?(?:人|党员)?(?:有|是|评了|占)?(?:几|多少)个"  # 合格的有几个
    r"|(?:人|员|者|书记|代表|同志)[^，,？?几多]{0,3}(?:几|多少)个[？?呢。]*$"  # 入党介绍人要几个: people are counted
    # 实到几个 / 缺席了几个: who attends a meeting are people
    r"|(?:实到|应到|到会|参会|出席|列席|缺席|请假|参加)[会了的人员]{0,2}(?:几|多少)个(?![\u4e00-\u9fff])"
    # 请假的有几个 / 撤销党内职务的几个: those the 的 phrase tells, people as well as things
    r"|的(?:有|是|占)?(?:几|多少)个[？?呢。]*$"
)
# 截至2025年6月底: the day figures are taken, not a word a figure's clause must hold.
AS_OF = re.compile(r"(?:截至|截止到?|到)(?:(?:19|20)\d{2}\s*年)?\d{1,2}\s*月(?:底|末|\d{1,2}\s*[日号])?")
# 要达到/要新建 ask for a target (占比要达到多少); 达到多少 alone asks what was reached.
PLAN_ASKED = re.compile(
    r"(?<!完成)计划(?!完成率|执行率|的?百分之|的?百分比|的?比例)|拟|目标|原计划|原定|预计|力争|打算|准备|预算|"
    + TO_DO
    + "|"
    + TO_DO_ASKED
    + "|"
    + PLAN_READ_IN
)
REQUIRED_ASKED = re.compile(REQUIRED)
BOUND_ASKED = re.compile(r"不少于|不低于|至少|最少|最低|以上|下限|(?:不能|不得|不|不应)超过|最多|最高|上限")
TOTAL_ASKED = re.compile(r"一共|总共|共计|合计|加起来|加一块|加在一起|合起来|累计|总数|总计")
SHARE_OF_PLAN_ASKED = re.compile(r"计划(?:任务)?的?(?:百分之|百分比|比例|几成)")
# 整改完成了几条 / 还剩几条: only figures stating that state answer (not the 9条 they are part of).
STATE_ASKED: tuple[tuple[Qualifier, re.Pattern[str]], ...] = (
    # 还有几项没改完: 改 is how clerks say 整改
    # 还有多少户没走访: any act not yet done of what is still there
    (
        "open",
        re.compile(
            r"剩|没有?(?:整改|完成|解决|办结|改)|未(?:整改|完成|解决|办结|改)|尚未|还在推进|正在推进"
            r"|还有(?:几|多少)[^，,。？?]{0,10}?(?:没有?|未)[\u4e00-\u9fff]"
        ),
    ),
    (
        "done",
        re.compile(
            r"(?:整改|解决|办结|销号)(?:完成|完|好)|已经?(?:整改|解决|办结|落实)|完成整改|(?:整改|解决|办结)了|(?<!整)改(?:完|好)了"
            r"|(?:整改|问题|事项|任务)[^？?。]{0,6}?[，,]\s*完成了(?=几|多少)"  # 整改问题，完成了几个
        ),
    ),
)
# 整改完了没有 / 是否已经办结 / 落实到位了吗: whether items are done, answered with how many are and are not.
COMPLETION_ASKED = re.compile(
    r"(整改|完成|办结|解决|落实|销号)(?:完|好|到位)?了?(?:没有|没|吗|与否)|"
    r"是否(?:已经?|全部|都)?(整改|完成|办结|解决|落实|销号)"
)
# 剩下的怎么处理的 / 其余的如何安排: what was done with the items still open (answer.remainders).
HANDLING_ASKED = re.compile(
    r"(?:剩下|剩余|其余|没整改完|未整改完?|没改完)的?[^？?。]{0,6}?(?:怎么|如何|咋|怎样)(?:处理|办|安排|弄|整改|解决|落实)"
)
# The state's own verbs: the state qualifier checks them (3条正在推进 answers 还有几条没整改完).
STATE_VERBS = re.compile(
    r"(?:没有?|未|尚未|已经?)?(?:整改|解决|办结|销号|落实|完成|改(?=完|好))(?:完成|完|好|到位|了)?"
)
# 没走访 of 还有多少户没走访: the act asked of is what was counted (已走访95户), its negation only the state.
NOT_YET = re.compile(r"(?:没有?|尚未|未)(?=[\u4e00-\u9fff])")
# When, said between whose and what (桂溪村2024年发展): a break, so that no word pair spans it.
# A cohort's year stays (2015届 is what is counted, not when): (?!…届).
TIME = re.compile(r"(?:19|20)\d{2}(?!\s*届)年?(?:度|底|末|初)?|明年|今年|去年|年底|年末|年初")
# Said while asking, never part of what is counted.
FILLER = re.compile(
    PLAN_READ_IN
    + r"|一共|总共|共计|合计|加起来|加一块|加在一起|合起来|累计|总计|还剩|剩下|剩余|还有|还差|到底|大概|大约|请问|一下|现在|目前|实际上|实际|分别|最后|最终|的时候|时候|"
    r"(?:19|20)\d{2}(?!\s*届)年?(?:度|底|末|初)?|一般|不少于|不低于|至少|最少|以上|(?:不能|不得|不应|不)超过|上限|最高|最多|能占|原来|原先|原本|本来|当初|原定|原计划|计划|拟|目标|预计|力争|打算|准备|明年|今年|去年|其中|截至|截止|下面|底下|以后|期间|之后|年底|年末|年初|啥|咋|搞了|搞|干了|做了|弄了|整了|已经|是多少|有多少|达到|提到|了|的|呢|吗|呀|啊|都|是|有|？|\?"
)


# 下半年计划再发展几个 / 还打算发展几个: 再 / 还 says the act is done again (a plan word may come between), not
# what is counted
AGAIN = re.compile(r"[再又还](?=(?:计划|打算|准备|拟)?(?:举办|召开|开展|组织|发展|吸收|新增|新建|创建|讲|开|办))")
# 第一种形态处理了几个 / 约谈了多少人: those dealt with are counted in 人次 (one may be dealt with twice)
DEALT_WITH_ASKED = re.compile(r"(?:处理|处分|问责|约谈|谈话|提醒|函询|诫勉|批评教育)了?[^，,？?。]{0,2}?(?:几|多少)")
MORE_BEFORE_ASKED = re.compile(r"(?<![多至最])[多少](?=，)")  # 多 of 多几个, the asking replaced by ，
# 议定三重一大事项，其中涉及资金安排的有多少: a part of counted matters is counted as they are, not as money.
PART_OF_ITEMS = re.compile(r"(?:事项|议题|问题|项目|任务|案件|意见|建议)[^？?。]{0,8}?其中")
MONEY_SAID = re.compile(r"钱|元|万|金额")


@dataclass(frozen=True)
class AskedQuantity:
    """The quantity one question (part) asks for: 讲了几回党课 -> times, not a plan."""

    family: UnitFamily | None  # None: any count
    unit: str | None  # an asked measure word outside the families (几枚)
    plan: bool  # 计划/拟/目标 figures are asked for, not actuals
    bound: bool  # 不少于多少学时: a required minimum is asked for
    total: bool  # 一共/加起来: the figures of one document may be added up across its passages
    words: str  # what is counted, interrogative and filler removed: 党课, 主题党日
    state: ItemState | None = None  # done/open: how many items were completed, or remain
    people_too: bool = False  # 评了几个优秀: a figure of people answers too
    measure: str | None = None  # 几部/几户: a measure word that names the kind of thing; figures in it come first
    required: bool = False  # 要求多少: a plan's target or a rule's minimum answers, no figure of what was done
    person_times_too: bool = False  # 处理了几个: a figure in 人次 answers too
    also: frozenset[UnitFamily] = frozenset()  # 能耗下降多少: families a bare count takes too (asked_amounts)
    units: tuple[str, ...] = ()  # 拆了多大面积: the units a size asked is stated in


def read_asked(question: str) -> AskedQuantity | None:
    """The asked quantity of a 几/多少/比例 question (or of a 整改完了没有 question), else None."""
    question = plain_wording(question)
    completion = not ASKED.search(question) and COMPLETION_ASKED.search(question)
    units = measure_units(question)
    if not ASKED.search(question) and not completion and not units:
        return None
    family = next((f for f, pattern in ASKED_FAMILIES if pattern.search(question)), None)
    if family == "money" and PART_OF_ITEMS.search(question) and not MONEY_SAID.search(question):
        family = "items"
    family = family or whole_family(question)
    unit_match = re.search(rf"(?:几|多少)(?:万|亿)?({UNITS})", question)
    unit = unit_match.group(1) if unit_match and FAMILY_OF_UNIT.get(unit_match.group(1)) == "other" else None
    if unit or units:
        family = "other"
    state: ItemState | None = (
        "either" if completion else next((state for state, pattern in STATE_ASKED if pattern.search(question)), None)
    )
    if completion:  # 整改完了没有: the items are those of the 整改, whatever their state
        question = COMPLETION_ASKED.sub(lambda m: m.group(1) or m.group(2), question)
    elif state:
        question = NOT_YET.sub("", STATE_VERBS.sub("", question))
    plan = PLAN_ASKED.search(question)
    required = REQUIRED_ASKED.search(question)
    for modal in (plan, required):  # 要办 / 要求: how a target is asked, no word of what is counted
        if modal and modal.group(0).startswith("要") and not re.fullmatch(PLAN_READ_IN, modal.group(0)):
            question = question.replace(modal.group(0), modal.group(0).removeprefix("要求").removeprefix("要"), 1)
    words = FILLER.sub("", ASKED.sub("，", TIME.sub("，", AS_OF.sub("，", AGAIN.sub("", question)))))
    words = SIZE_ASKED.sub("", words) if units else words
    words = MORE_BEFORE_ASKED.sub("", words)  # 比去年多几个: which way they differ, not what is counted
    if SHARE_OF_PLAN_ASKED.search(question):  # 占年度计划百分之几: the share of the plan done is what is counted
        words += "，完成计划"
    holder = holder_of(question)  # whose, then what: no word pair spans the two (林场造林)
    if holder and words.startswith(holder):
        words = f"{holder}，{words[len(holder) :]}"
    return AskedQuantity(
        family,
        unit,
        plan=bool(plan),
        bound=bool(BOUND_ASKED.search(question)),
        total=bool(TOTAL_ASKED.search(question)),
        words=words,
        state=state,
        people_too=bool(GE_BEFORE_RATING.search(question)) or part_of_people(question),
        measure=unit_match.group(1) if unit_match and unit_match.group(1) in KIND_MEASURES else None,
        required=bool(required) and not plan,
        person_times_too=family in ("person", "items") and bool(DEALT_WITH_ASKED.search(question)),
        also=also_asked(question) if family is None else frozenset(),
        units=units,
    )


def whole_family(question: str) -> UnitFamily | None:
    """项目投资，其中X是多少: a part asked with a bare 多少 is of its whole's kind, the amount its whole names."""
    start = part_asked_at(question)
    whole = WHOLE_END.sub("", question[:start]) if start is not None else ""
    return next((f for f, pattern in ASKED_FAMILIES if pattern.search(f"{whole}多少")), None) if whole else None


WHOLE_END = re.compile(r"[，,]?(?:那么?)?其中$")


def part_of_people(question: str) -> bool:
    """发展的党员里35岁以下的几个 / 处理干部多少名，其中谈话提醒的几个: a part asked of a whole of people counts
    people, though 个 alone counts items."""
    start = part_asked_at(question)
    whole = PART_MARK.sub("", question[:start]) if start is not None else ""
    return bool(re.search(rf"{PEOPLE}$", whole))


def answers(fact: NumericFact, asked: AskedQuantity) -> bool:
    """Whether a fact states the kind of quantity asked: the same unit family, a plan only when asked."""
    if asked.units:
        family_ok = fact.unit in asked.units
    elif asked.family is None:
        family_ok = fact.family not in ("percent", "money") or fact.family in asked.also
    elif asked.unit:
        family_ok = fact.unit == asked.unit
    else:
        family_ok = (
            fact.family == asked.family
            or (fact.family == "person" and (asked.people_too or names_column(fact, asked)))
            or (fact.family == "person_time" and asked.person_times_too)
        )
    if not family_ok:
        return False
    if asked.required:  # 要求多少: what a plan or a rule sets, not what was done
        return bool(fact.qualifiers & {"plan", "lower_bound"}) or fact.chunk.doc_kind == "regulation"
    if ("plan" in fact.qualifiers) != asked.plan:
        return False
    if asked.state and not fact.qualifiers & ({"done", "open"} if asked.state == "either" else {asked.state}):
        return False
    # 不少于1次 is a requirement, not what was done: it answers a plan, a minimum or a rule question.
    return "lower_bound" not in fact.qualifiers or asked.plan or asked.bound or fact.chunk.doc_kind == "regulation"


def names_column(fact: NumericFact, asked: AskedQuantity) -> bool:
    """几个员额检察官 where a table's column of people is named so: 个 alone counts items, but the column
    says the noun is people (a profession no word list knows)."""
    column = fact.predicate.removeprefix("其中")
    return (
        asked.family == "items"
        and asked.measure is None
        and bool(fact.row)
        and len(column) >= 2
        and column in asked.words
    )


def asked_quantity(question: str) -> re.Pattern[str] | None:
    """For 几次/多少名 questions: a pattern for text that states such a quantity, else None."""
    asked = read_asked(question)
    if asked is None:
        return None
    if asked.units:
        units: tuple[str, ...] = asked.units
    elif asked.unit:
        units = (asked.unit,)
    elif asked.family:
        units = FAMILIES[asked.family] + (("个",) if asked.family == "person" else ())
    else:
        units = tuple(UNIT_WORDS)
    alternatives = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    percent = rf"(?:{NUMBER})\s*(?:%|％)|百分之"
    if asked.family == "percent":
        return re.compile(percent)
    counted = rf"(?:{NUMBER})(?:万|亿)?(?:余|多)?\s*(?:{alternatives})" + ("(?!次)" if asked.family == "person" else "")
    return re.compile(f"{counted}|{percent}" if "percent" in asked.also else counted)
