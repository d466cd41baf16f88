"""A branch's table row says whose its figures are, never what they count: 实到人数9人 of a branch is no answer to
how many 优秀党员 the branch had, while the row still answers what its columns count."""

from __future__ import annotations

import pytest

from assistant.answer.pipeline import Assistant
from tests.answer.support import FakeSource, index_like, make_chunk

TITLE = "中共青岭市园林局机关委员会关于2024年度基层党组织组织生活会和民主评议党员情况的报告"
ROWS = (
    "苗木培育中心党支部：召开时间1月18日，应到人数9人，实到人数9人，请假人数0人，查摆问题4个，指导人员为方卫东。\n"
    "绿化养护党支部：召开时间1月19日，应到人数12人，实到人数11人，请假人数1人，查摆问题5个，指导人员为林海。"
)


def assistant(header: str) -> Assistant:
    return Assistant(
        index_like(
            FakeSource(
                [
                    make_chunk(TITLE, "民主评议党员中，评定优秀党员16名、合格党员70名。", ("三、民主评议党员情况",)),
                    make_chunk(TITLE, header + ROWS, ("二、召开情况",), position=1),
                ]
            )
        )
    )


@pytest.mark.parametrize("header", ["党支部　召开时间　应到人数　实到人数　请假人数　查摆问题　指导人员\n", ""])
@pytest.mark.parametrize(
    "question", ["苗木培育中心党支部民主评议出了几个优秀党员", "绿化养护党支部评上优秀党员的有几个"]
)
def test_a_branchs_row_is_no_answer_to_what_it_does_not_count(header, question):
    answer = assistant(header).ask(question)
    assert answer.refused and "实到" not in answer.text.split("相关内容")[0], answer.text


@pytest.mark.parametrize(
    ("question", "expected"), [("苗木培育中心党支部实到几个人", "9人"), ("绿化养护党支部请假的有几个", "1人")]
)
def test_a_branchs_row_answers_what_its_columns_count(question, expected):
    answer = assistant("").ask(question)
    assert expected in answer.text and not answer.refused, answer.text
