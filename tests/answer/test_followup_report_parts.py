"""Parts of one report asked in turn: another heading's things after a list (整改措施呢 after 存在啥问题), a role's
own part when another body's holder of the role is named first, and who was absent from a meeting (documents
and wordings of our own)."""

from __future__ import annotations

import pytest

from assistant.answer.person_part import person_part
from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse, understood
from tests.answer.support import FakeSource, grounded, make_chunk


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("柳塘水务局存在啥问题", "整改措施呢"), "柳塘水务局整改措施有哪些？"),
        (("北辰公司党委2023年有什么短板", "那下一步打算呢"), "北辰公司党委2023年下一步打算有哪些？"),
    ],
)
def test_another_heading_after_a_list_is_listed(turns: tuple[str, ...], expected: str) -> None:
    assert understood(*turns).question == expected


MEETING = "松岗社区物业党支部2024年度组织生活会情况报告"
MEETING_CHUNKS = [
    make_chunk(
        MEETING,
        "支部现有党员15名，实到13名，2名党员（宁晓、柏青）因病请假。街道党工委组织委员韩立到会指导。会议由支部书记潘越主持。",
        ("一、会议基本情况",),
        position=0,
    ),
    make_chunk(
        MEETING,
        "组织委员蒋涛个人查摆了2个问题：一是党员积分管理不及时；二是入党积极分子培养谈话次数不足。",
        ("三、查摆问题情况",),
        position=1,
    ),
    make_chunk(
        MEETING,
        "宣传委员龚敏个人查摆了1个问题：一是宣传栏更新不及时。",
        ("三、查摆问题情况",),
        position=2,
    ),
]


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("松岗社区物业党支部组织委员个人查摆了啥", "积分管理", "宣传栏"),
        ("松岗社区物业党支部宣传委员个人查摆了啥", "宣传栏", "积分管理"),
    ],
)
def test_a_role_is_the_holder_who_did_the_act(question: str, said: str, not_said: str) -> None:
    clauses = " ".join(clause for _, clause in person_part(question, MEETING_CHUNKS))
    assert said in clauses and not_said not in clauses


@pytest.mark.parametrize("question", ["松岗社区物业党支部组织生活会谁请假了", "松岗社区物业党支部开会谁请假了"])
def test_who_was_absent_is_the_person_named_in_brackets(question: str) -> None:
    answer = grounded(Assistant(FakeSource(MEETING_CHUNKS)).ask(question))  # type: ignore[arg-type]
    assert "宁晓" in answer.text and "柏青" in answer.text


AUTHOR_REPORT = "白沙县水文站纪检委员2024年度述职报告"
AUTHOR_CHUNKS = [
    make_chunk(
        AUTHOR_REPORT,
        "述职人：柯敏（站党支部委员、纪检委员）\n2024年，本人在站党支部领导下，认真履行监督职责。",
        (),
        position=0,
    ),
    make_chunk(
        AUTHOR_REPORT,
        "全年开展廉政谈话14人次，开展专项检查6次，发现问题11个，已督促整改9个，其余2个正在整改中。",
        ("一、履行监督职责情况",),
        position=1,
    ),
]


@pytest.mark.parametrize(
    ("turn", "figure", "not_said"),
    [("她2024年开展了几次专项检查", "6次", "14人次"), ("他2024年发现了多少问题", "11个", "9个")],
)
def test_the_authors_own_figures_are_the_sentences_of_their_report(turn: str, figure: str, not_said: str) -> None:
    answers = converse(Assistant(FakeSource(AUTHOR_CHUNKS)), "白沙县水文站纪检委员是谁", turn)  # type: ignore[arg-type]
    answer = grounded(answers[1])
    assert figure in answer.text and not_said not in answer.text
