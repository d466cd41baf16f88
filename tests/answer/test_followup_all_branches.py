"""各支部 in the last question says how it asked (of every branch), not whose: a follow-up that names no
organisation is asked of the organisation the branches belong to."""

from __future__ import annotations

import pytest

from assistant.answer.routing import understand


def history(*turns: tuple[str, str]) -> list[dict]:
    return [m for q, a in turns for m in ({"role": "user", "content": q}, {"role": "assistant", "content": a})]


@pytest.mark.parametrize(
    ("first", "follow_up", "organisation"),
    [
        ("青山镇各党支部组织生活会在哪几天召开", "谁负责督导", "青山镇"),
        ("柳溪街道各支部上半年开了几次主题党日", "评为不合格的怎么处理", "柳溪街道"),
    ],
)
def test_a_follow_up_after_every_branch_is_asked_of_the_organisation(first, follow_up, organisation):
    question = understand(follow_up, history((first, "……〔1〕"))).question
    assert question.startswith(organisation) and "各" not in question, question
