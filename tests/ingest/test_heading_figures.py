"""A heading that states a figure (（二）全年发展党员不少于3名) is a statement of its section: kept as a passage
of its own, so that it can be counted and quoted; headings without a figure only name their section."""

from __future__ import annotations

from assistant.core.schema import Document
from assistant.ingest.chunking import chunk_document

PLAN_TITLE = "柏溪镇妇联机关党支部2026年工作要点"
PLAN = """柏溪镇妇联机关党支部2026年工作要点
一、强化理论武装
（一）全年开展集中学习不少于10次
每季度至少安排1次专题研讨。
（二）坚持“第一议题”制度
支部书记带头领学。
二、建强组织
（一）力争发展党员1名
（二）开展“巾帼志愿服务”活动不少于15场
"""


def chunks(text: str, kind: str = "report"):
    return chunk_document(Document(f"doc-{PLAN_TITLE}", f"{PLAN_TITLE}.txt", PLAN_TITLE, kind, text, "hash"))


def test_a_heading_stating_a_figure_is_a_passage_of_its_section():
    study = [c.text for c in chunks(PLAN) if c.section_path[-1] == "（一）全年开展集中学习不少于10次"]
    # A passage of its own: a line without a full stop never runs into the sentence below it.
    assert study == ["（一）全年开展集中学习不少于10次", "每季度至少安排1次专题研讨。"]


def test_a_heading_without_body_is_kept_when_it_states_a_figure():
    texts = [c.text.strip() for c in chunks(PLAN)]
    assert "（一）力争发展党员1名" in texts
    assert "（二）开展“巾帼志愿服务”活动不少于15场" in texts


def test_a_heading_without_figure_only_names_its_section():
    texts = "\n".join(c.text for c in chunks(PLAN))
    assert "坚持“第一议题”制度" not in texts and "强化理论武装" not in texts
    rule = next(c for c in chunks(PLAN) if "带头领学" in c.text)
    assert rule.text == "支部书记带头领学。"


def test_regulation_headings_are_never_statements():
    regulation = "第一章 总则\n第一条 每年召开会议不少于2次。\n第二章 会议（每年4次）\n第二条 会议由书记召集。\n"
    texts = [c.text for c in chunks(regulation, "regulation")]
    assert not any(t.startswith("第二章") for t in texts)


def test_a_figure_in_chinese_numerals_counts_but_an_ordinal_does_not():
    text = (
        "柏溪镇妇联机关党支部2026年工作要点\n一、学习\n（一）全年讲党课两次\n（二）第二次全体会议\n会议由书记主持。\n"
    )
    texts = [c.text.strip() for c in chunks(text)]
    assert "（一）全年讲党课两次" in texts
    assert not any(t.startswith("（二）第二次") for t in texts)
