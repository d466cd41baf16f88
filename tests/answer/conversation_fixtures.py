"""Documents of two organisations and a regulation, written for the conversation tests (no dev wording)."""

from __future__ import annotations

from assistant.answer.followup_turns import NO_ORGANISATIONS, Organisations
from assistant.answer.pipeline import Assistant
from assistant.answer.routing import Route, understand
from tests.answer.support import FakeSource, make_chunk

QINGHE_2023 = "青禾社区党委2023年度工作总结"
QINGHE_2024H1 = "青禾社区党委2024年上半年工作总结"
YUANHANG = "远航物流公司党支部2023年度工作总结"
ELECTION = "中国共产党基层组织选举工作条例（2020年）"

QINGHE_2023_CHUNKS = [
    make_chunk(
        QINGHE_2023,
        "社区党委下设4个党支部，现有党员86名，其中女党员31名、65岁以上党员22名。",
        ("一、基本情况",),
        position=0,
    ),
    make_chunk(
        QINGHE_2023,
        "全年召开党委会12次、支委会20次，社区党委书记何立群讲党课3次。",
        ("二、组织生活",),
        position=1,
    ),
    make_chunk(
        QINGHE_2023,
        "一是理论学习的系统性不强。二是志愿服务的覆盖面不广。三是党员积分管理落实不到位。",
        ("三、存在的问题",),
        position=2,
    ),
    make_chunk(
        QINGHE_2023,
        "一是制定季度读书清单，推行领读制度。二是组建楼栋志愿服务队，每月开展服务活动。三是按月公示党员积分。",
        ("四、整改措施",),
        position=3,
    ),
]

QINGHE_2024H1_CHUNKS = [
    make_chunk(
        QINGHE_2024H1,
        "上半年召开党委会7次、支委会9次，社区党委书记何立群讲党课2次。",
        ("一、组织生活",),
        position=0,
    ),
]

YUANHANG_CHUNKS = [
    make_chunk(
        YUANHANG,
        "支部下设2个党小组，第一党小组有党员12名，第二党小组有党员9名。",
        ("一、基本情况",),
        position=0,
    ),
    make_chunk(
        YUANHANG,
        "全年讲党课4次，其中支部书记韩冬讲党课3次，纪检委员梁涛讲党课1次。",
        ("二、学习教育",),
        position=1,
    ),
]

ELECTION_CHUNKS = [
    make_chunk(
        ELECTION,
        "第十条　选举前，党组织应当将候选人的简历、工作实绩和主要优缺点向选举人作出介绍。",
        ("第三章　候选人", "第十条"),
        "第十条",
        "regulation",
        0,
    ),
    make_chunk(
        ELECTION,
        "第十一条　选举设监票人，负责对选举全过程进行监督。",
        ("第四章　选举实施", "第十一条"),
        "第十一条",
        "regulation",
        1,
    ),
]


def conversation_source() -> FakeSource:
    return FakeSource(QINGHE_2023_CHUNKS, QINGHE_2024H1_CHUNKS, YUANHANG_CHUNKS, ELECTION_CHUNKS)


def converse(assistant: Assistant, *questions: str) -> list:
    """Ask the questions in turn, each with the earlier turns (questions and answer texts) as history."""
    history: list[dict] = []
    answers = []
    for question in questions:
        answer = assistant.ask(question, history)
        answers.append(answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
    return answers


PLACEHOLDER = "（回答）〔1〕"  # an answer whose words do not matter to how the next turn is read


def history_of(*turns: str | tuple[str, str]) -> list[dict]:
    """Chat history of the turns; a turn is a question, or (question, answer)."""
    history: list[dict] = []
    for turn in turns:
        question, answer = turn if isinstance(turn, tuple) else (turn, PLACEHOLDER)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return history


def understood(*turns: str | tuple[str, str], organisations: Organisations = NO_ORGANISATIONS) -> Route:
    """The last turn understood after the others (with the knowledge base's organisations, when given)."""
    return understand(turns[-1], history_of(*turns[:-1]), organisations=organisations)
