"""它 after a turn that narrowed its count to one branch (…，其中泵站党支部的是多少) points at that branch of the
organisation, not the whole; a body whose name ends in 中心 followed by 组织生活会 is that body, no 中心组."""

from __future__ import annotations

from assistant.answer.followup_actors import entity_pointed_at
from assistant.answer.followup_turns import Turn
from assistant.answer.question import holder_of


def test_it_after_a_branch_part_is_that_branch():
    last = Turn("养护中心组织生活会一共查摆了多少问题，其中泵站党支部的是多少？", answer="泵站党支部：查摆问题9条。")
    assert entity_pointed_at("那它批评意见提了多少条", last) == "养护中心泵站党支部批评意见提了多少条"


def test_it_after_a_whole_is_the_organisation():
    last = Turn("养护中心组织生活会一共查摆了多少问题", answer="查摆问题28条。")
    assert entity_pointed_at("它请假了几个", last) == "养护中心请假了几个"


def test_a_centre_before_组织_is_the_holder():
    assert holder_of("养护中心组织生活会一共查摆了多少问题") == "养护中心"
    assert holder_of("档案中心组织开展了几次主题党日") == "档案中心"
    assert holder_of("药监局中心组学习了几次") == "药监局中心组"
