"""A draft on a topic the top heading names (一、…中心组学习走深走实) takes the sub-parts that head it
((一)中心组学习、(二)主题教育), not a sibling on something else ((三)网络安全); a span of months
(2023年3月至7月) is a date, no figure to lead a part with."""

from __future__ import annotations

import pytest

from assistant.answer.draft_compose import has_figure
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

COLLEGE_TITLE = "中共东湖职业学院信息工程系总支部委员会2023年度党建工作总结"
COLLEGE = f"""{COLLEGE_TITLE}
2023年，系党总支扎实推进党的建设各项工作，现将全年工作总结如下。
一、加强思想武装，中心组学习走深走实
（一）抓好理论学习中心组学习
系党总支理论学习中心组全年集中学习9次，其中专题研讨3次。
（二）深入推进主题教育
系党总支于2023年3月至7月开展主题教育。班子成员开展专题调研4次，形成调研报告2篇。为学生办实事15件。
（三）落实网络安全责任
系党总支开展校园网络安全检查6轮，处置网络舆情2起。
二、组织建设
系党总支下设党支部4个，全年发展党员12名。
中共东湖职业学院信息工程系总支部委员会
2024年1月10日
"""

PORT_TITLE = "中共南江港务公司委员会2023年度党建工作总结"
PORT = f"""{PORT_TITLE}
2023年，公司党委坚持党建引领港口发展，现将全年工作总结如下。
一、筑牢思想根基，党员教育成效明显
（一）党员教育培训
公司党委举办党员轮训班3期，培训党员286人次。
（二）红色教育基地建设
建成港史馆红色教育基地1个，全年接待参观2100人次。
（三）安全生产月活动
组织安全生产月活动期间开展隐患排查17次，整改隐患41处。
中共南江港务公司委员会
2024年1月15日
"""


@pytest.mark.parametrize(
    ("title", "text", "question", "kept", "left_out"),
    [
        (
            COLLEGE_TITLE,
            COLLEGE,
            "用信息工程系2023年度总结写一段中心组学习与主题教育方面的情况",
            ["9次", "报告2篇"],
            ["网络安全", "舆情"],
        ),
        (PORT_TITLE, PORT, "用南江港务公司2023年总结写一段党员教育情况", ["286人次"], ["隐患排查"]),
    ],
)
def test_the_sub_parts_that_head_the_topic_not_their_siblings(title, text, question, kept, left_out):
    answer = ask_source(FakeSource(chunks_of(title, text)), question)
    assert not answer.refused
    assert all(k in answer.text for k in kept), answer.text
    assert not any(word in answer.text for word in left_out), answer.text


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("系党总支于2023年3月至7月开展主题教育。", False),
        ("5月份召开专题组织生活会。", False),
        ("2022年3月—2023年6月开展专项整治。", False),
        ("历时3个月完成整改。", True),
        ("截至2023年12月底共有党员86名。", True),
    ],
)
def test_a_span_of_months_is_a_date_not_a_figure(sentence, figure):
    assert has_figure(sentence) is figure
