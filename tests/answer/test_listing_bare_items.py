"""A plan whose items are bare numbered lines ((一)全年开展…不少于20场 with nothing under them): each line is
indexed as a statement of its own, and a list of the section the question names gives them all."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

PLAN_TITLE = "东湾区文化馆党支部2025年工作要点"
PLAN = f"""{PLAN_TITLE}
2025年，馆党支部围绕“文化惠民”主线，现提出如下工作要点。
一、加强政治理论学习
（一）全年组织集中学习不少于12次
坚持“第一议题”制度，每月至少组织1次集中学习。
二、加强组织建设
（一）严格落实“三会一课”，全年召开支委会不少于12次
（二）力争全年发展党员不少于2名
三、推进党建与公共文化服务融合
（一）计划组织“非遗进社区”志愿服务活动不少于24场
（二）力争开展广场文艺演出36场、送戏下乡15场
（三）打造“红色文化驿站”3个
四、加强党风廉政建设
（一）开展廉政警示教育不少于2次
中共东湾区文化馆支部委员会
2025年2月10日
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(PLAN_TITLE, PLAN))


def test_bare_item_lines_are_indexed():
    texts = [c.text for c in chunks_of(PLAN_TITLE, PLAN)]
    assert any("送戏下乡15场" in t for t in texts)
    assert any("发展党员不少于2名" in t for t in texts)
    assert not any(t.strip() == "三、推进党建与公共文化服务融合" for t in texts)  # a heading with items under it


@pytest.mark.parametrize(
    "question",
    ["文化馆2025年党建和公共文化服务融合打算搞哪些活动？", "东湾区文化馆党建与文化服务融合都准备干哪几件事"],
)
def test_the_bare_items_of_the_named_section(source, question):
    answer = ask_source(source, question)
    assert "共3项" in answer.text, answer.text
    for item in ("非遗进社区", "送戏下乡", "红色文化驿站"):
        assert item in answer.text
    assert "三会一课" not in answer.text


def test_a_count_from_a_bare_item(source):
    answer = ask_source(source, "东湾区文化馆2025年计划送戏下乡多少场")
    assert "15场" in answer.text


NOTICE_TITLE = "中共枫桥镇委员会关于印发《枫桥镇2025年党建工作要点》的通知"
NOTICE = f"""{NOTICE_TITLE}
各村党组织，镇直各单位党支部：
现将《枫桥镇2025年党建工作要点》印发给你们，请结合实际认真抓好贯彻落实。
中共枫桥镇委员会
2025年2月20日
枫桥镇2025年党建工作要点
2024年，全镇共有村党组织14个，共有党员902名；全年发展党员9名。2025年党建工作要点如下。
一、加强政治建设
（一）镇党委理论学习中心组集体学习不少于12次。
二、建强基层组织
（二）计划发展党员不少于10名，其中35岁以下不少于6名。
（三）举办村党组织书记培训班2期。
（四）打造党建示范村4个。
三、推动乡村振兴
（五）推行“党员联户”，每名农村党员联系群众不少于10户。
"""


@pytest.mark.parametrize("question", ["枫桥镇25年在建强基层组织方面有哪些要点", "枫桥镇2025年建强基层组织有哪些计划"])
def test_in_a_plan_the_named_heading_chooses_not_the_title_heading(question):
    answer = ask_source(FakeSource(chunks_of(NOTICE_TITLE, NOTICE)), question)
    assert "共3项" in answer.text, answer.text
    for item in ("不少于10名", "培训班2期", "示范村4个"):
        assert item in answer.text
    assert "902名" not in answer.text  # the plan's look back at last year is no 要点
