"""A draft on a topic whose section is headed without the topic's broad last word (基层党支部建设 under
二、建强基层党支部) draws on that section: the figures of its prose first, its table's rows only when the
prose says nothing, and a sentence pointing at the table (…见下表) without the pointer."""

from __future__ import annotations

import pytest

from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

HEATING_TITLE = "中共北川热力有限公司委员会2024年度党建工作总结"
HEATING = f"""{HEATING_TITLE}
2024年，公司党委围绕安全供热中心工作，推动党建与生产深度融合，现总结如下。
一、加强政治建设
全年召开党委会16次，党委理论学习中心组学习10次。
二、建强基层党支部
公司党委下设5个党支部，各支部情况见下表。
一分厂党支部：党员数30名，发展党员2名，党员示范岗3个。
二分厂党支部：党员数26名，发展党员1名，党员示范岗2个。
合计：党员数112名，发展党员4名，党员示范岗12个。
全年发展党员4名，设立党员示范岗12个，对2个后进党支部进行整顿。
（一）推进标准化建设。投入支部阵地建设资金20万元。
三、存在的问题
一是个别党支部组织生活不规范；二是党员作用发挥不够。
中共北川热力有限公司委员会
2025年1月15日
"""

RADIO_TITLE = "中共云溪县融媒体中心总支部委员会2024年工作总结"
RADIO = f"""{RADIO_TITLE}
一、理论学习
总支全年组织集中学习12次。
二、建好用好党小组
总支下设7个党小组，具体分布如下表。
采编党小组：组长为韩斌，党员9名。
技术党小组：组长为林岚，党员6名。
全年各党小组开展活动56次，党员参与率达到95%。
三、下一步打算
计划新建党员先锋岗5个。
中共云溪县融媒体中心总支部委员会
2024年12月30日
"""


@pytest.mark.parametrize(
    ("title", "text", "question", "figures"),
    [
        (
            HEATING_TITLE,
            HEATING,
            "根据北川热力公司2024年总结写一段基层党支部建设情况",
            ["下设5个党支部", "4名", "12个"],
        ),
        (RADIO_TITLE, RADIO, "用云溪县融媒体中心2024年总结写一段党小组建设方面的小结", ["下设7个党小组", "56次"]),
    ],
)
def test_a_section_headed_without_the_broad_word_is_drafted_from_its_prose(title, text, question, figures):
    answer = ask_source(FakeSource(chunks_of(title, text)), question)
    assert not answer.refused, answer.text
    for figure in figures:
        assert figure in answer.text, answer.text
    assert "下表" not in answer.text, answer.text
    assert "一分厂党支部：" not in answer.text and "采编党小组：" not in answer.text, answer.text
    assert "计划新建" not in answer.text, answer.text
