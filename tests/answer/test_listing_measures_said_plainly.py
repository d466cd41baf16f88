"""A paragraph counting problems (一是…；二是…) that goes on 下一步，… states the measures plainly after it:
measures are those sentences and clauses, problems stop where 下一步 begins."""

from __future__ import annotations

import pytest

from tests.answer.support import FakeSource, ask_source, make_chunk

LIBRARY = "东岚区图书馆党支部2024年工作总结"
WATERWORKS = "中共西津水务集团第二党支部2023年度党建工作总结"
SOURCE = FakeSource(
    [
        make_chunk(LIBRARY, "全年开展主题党日12次，党员读书会8期。", ("二、组织生活",)),
        make_chunk(
            LIBRARY,
            "一是青年党员理论学习偏少；二是志愿服务覆盖面不宽。下一步，支部将开设“青年读书角”，每月组织1次导读；"
            "同时把志愿服务延伸到全部分馆。",
            ("五、存在问题和整改措施",),
            position=1,
        ),
    ],
    [
        make_chunk(WATERWORKS, "支部现有党员19名。", ("一、基本情况",)),
        make_chunk(
            WATERWORKS,
            "对照要求，还存在以下不足：一是夜班党员参学率不高，二是党建台账不够规范。"
            "下一步，我们将推行“班前十分钟”微党课。建立党建台账月检查制度。",
            ("四、问题及改进措施",),
            position=1,
        ),
    ],
)


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("图书馆党支部的整改措施是什么", ["青年读书角", "全部分馆"], ["理论学习偏少"]),
        ("水务集团第二党支部有哪些改进措施？", ["班前十分钟", "月检查制度"], ["参学率不高"]),
    ],
)
def test_measures_said_plainly_after_the_lead(question, present, absent):
    answer = ask_source(SOURCE, question)
    assert not answer.refused
    assert all(p in answer.text for p in present), answer.text
    assert not any(a in answer.text for a in absent), answer.text


@pytest.mark.parametrize(
    ("question", "present", "absent"),
    [
        ("图书馆党支部存在哪些问题", ["理论学习偏少", "覆盖面不宽"], ["青年读书角"]),
        ("水务集团第二党支部有哪些不足？", ["参学率不高", "台账不够规范"], ["班前十分钟"]),
    ],
)
def test_problems_stop_where_the_measures_begin(question, present, absent):
    answer = ask_source(SOURCE, question)
    assert all(p in answer.text for p in present), answer.text
    assert not any(a in answer.text for a in absent), answer.text
