"""Regulations written for the article follow-up tests: two revisions of one 条例 whose penalty articles are
renumbered (the newer inserts two articles before them), one 细则 of a single revision with time limits, and a
规则 whose article lists items and names who decides."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from assistant.core.schema import Answer
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource

OLD_CODE = "中国共产党航运系统党员纪律条例（2016年）"
NEW_CODE = "中国共产党航运系统党员纪律条例（2021年修订）"
OLD_CODE_TEXT = """中国共产党航运系统党员纪律条例
第一章　总则
第一条　为严明航运系统党的纪律，制定本条例。
第二条　本条例适用于航运系统各级党组织和党员。
第二章　违反廉洁纪律的行为
第三条　向船东、货主借用车辆、船舶或者资金，影响公正执行公务的，给予警告处分；情节严重的，给予撤销党内职务处分。
第四条　违规接受船东宴请，情节较重的，给予警告处分。
第三章　附则
第五条　本条例由交通运输系统党委负责解释。
第六条　本条例自2016年9月1日起施行。
"""
NEW_CODE_TEXT = """中国共产党航运系统党员纪律条例
第一章　总则
第一条　为严明航运系统党的纪律，推动全面从严治党，制定本条例。
第二条　本条例适用于航运系统各级党组织和党员。
第三条　执行纪律坚持惩前毖后、治病救人。
第四条　党员受到处分后，所在党组织应当进行谈话教育。
第二章　违反廉洁纪律的行为
第五条　向船东、货主借用车辆、船舶或者资金，可能影响公正执行公务的，给予警告或者严重警告处分；情节严重的，给予撤销党内职务或者留党察看处分。
以入股分红等名义从货主处获取不正当收益，可能影响公正执行公务的，依照前款规定处理。
第六条　违规接受船东、货主宴请，情节较重的，给予警告或者严重警告处分。
第三章　附则
第七条　本条例由交通运输系统党委负责解释。
第八条　本条例自2021年11月1日起施行。
"""
TRAINING = "中国共产党船员党员教育培训工作细则"
TRAINING_TEXT = """中国共产党船员党员教育培训工作细则
第一章　总则
第一条　为规范船员党员教育培训工作，制定本细则。
第二章　培训安排
第二条　船员党员离船休假期间，所在党支部应当在十五日内安排一次集中学习。
第三条　新登船党员报到后，党支部应当在七日内与其谈话，介绍船上党组织情况。
第四条　每年至少组织一次船员党员轮训，每次不少于三天。
轮训因航行任务推迟的，最迟不得超过次年三月底。
第三章　附则
第五条　本细则自2020年1月1日起施行。
"""
RULES = "航运集团党委督查工作规则"
RULES_TEXT = """航运集团党委督查工作规则
第一条　为推动集团党委决策部署落实，制定本规则。
第二条　有下列情形之一的，应当启动专项督查：
（一）重大决策部署推进迟缓的；
（二）安全生产责任落实不到位的；
（三）群众反映强烈的问题久拖不决的；
（四）巡察反馈问题整改不力的。
第三条　督查处理决定作出后，由督查办公室及时送达被督查单位并督促整改；被督查单位应当在处理决定作出之日起一个月内报告整改情况。
第四条　督查结论由集团党委督查办公室提出，督查处理决定由集团党委作出。
第五条　本规则自2023年5月1日起施行。
"""

CONDUCT = "航运集团船员党员行为准则"
CONDUCT_TEXT = """航运集团船员党员行为准则
为规范船员党员言行，制定本准则。
船员党员行为规范
第一条　坚持安全第一，严守航行纪律。
第二条　坚持爱船如家，爱护船舶设备。
第三条　坚持互帮互助，团结船员同事。
船员党员干部行为规范
第四条　秉公用权，不利用调度职权谋取私利。
第五条　以身作则，带头执行值班制度。
"""


def article_assistant() -> Assistant:
    texts = {OLD_CODE: OLD_CODE_TEXT, NEW_CODE: NEW_CODE_TEXT, TRAINING: TRAINING_TEXT, RULES: RULES_TEXT}
    texts[CONDUCT] = CONDUCT_TEXT
    return Assistant(FakeSource(*(regulation_chunks(title, text) for title, text in texts.items())))


def converse(turns: list[str]) -> list[Answer]:
    """Each turn asked with the conversation so far, as the assistant answered it."""
    bot, history, answers = article_assistant(), [], []
    for turn in turns:
        answer = bot.ask(turn, history)
        answers.append(answer)
        history += [{"role": "user", "content": turn}, {"role": "assistant", "content": answer.text}]
    return answers
