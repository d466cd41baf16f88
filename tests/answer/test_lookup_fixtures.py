"""Small regulations written for the look-up tests: two revisions of one 条例, a 章程, a regulation of points."""

from __future__ import annotations

from assistant.core.schema import Chunk
from tests.answer.support import make_chunk

NEW_TITLE = "中国共产党示范工作条例（2024年修订）"
OLD_TITLE = "中国共产党示范工作条例（2019年）"
CHARTER_TITLE = "中国共产党章程（2022年修改）"
POINTS_TITLE = "机关党委关于改进会风文风的六项规定"


def regulation(title: str, chapters: list[tuple[str, list[str]]]) -> list[Chunk]:
    chunks = []
    for chapter, articles in chapters:
        for text in articles:
            label = text.split("　", 1)[0]
            chunks.append(make_chunk(title, text, (chapter,), label, "regulation", len(chunks)))
    return chunks


NEW = regulation(
    NEW_TITLE,
    [
        ("第一章　总则", ["第一条　为了规范示范工作，制定本条例。", "第二条　本条例适用于各级党组织。"]),
        (
            "第二章　处理",
            [
                "第三条　对违反本条例的党组织，处理方式分为：\n（一）批评；\n（二）通报；\n（三）改组。",
                "第四条　收受礼金的，给予警告处分。\n收受消费卡的，依照前款规定处理。",
            ],
        ),
        ("第三章　附则", ["第五条　本条例由中央办公厅负责解释。", "第六条　本条例自2024年3月1日起施行。"]),
    ],
)
OLD = regulation(
    OLD_TITLE,
    [
        ("第一章　总则", ["第一条　为了规范示范工作，制定本条例。", "第二条　本条例适用于党组织。"]),
        (
            "第二章　处理",
            ["第三条　对违反本条例的党组织，予以批评。", "第四条　收受礼金的，给予严重警告处分。"],
        ),
        ("第三章　附则", ["第五条　本条例自2019年1月1日起施行。"]),
    ],
)
CHARTER = regulation(
    CHARTER_TITLE,
    [("第一章　党员", ["第一条　年满十八岁的中国工人可以申请加入党。", "第二条　党员必须履行义务。"])],
)
POINTS = [
    make_chunk(POINTS_TITLE, f"{n}、{text}", (f"{n}、{text}",), kind="regulation", position=i)
    for i, (n, text) in enumerate(
        [("一", "要精简会议活动，开短会、讲短话。"), ("二", "要精简文件简报。"), ("三", "要改进调查研究。")]
    )
]
