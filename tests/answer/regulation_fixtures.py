"""Small regulations written for the look-up tests, as files: two revisions of one 条例 whose articles
are renumbered (2024 inserts 第五条) and cross-refer to each other, the newer one with 章 and 节;
a regulation of numbered points (一、二、) and one of sections under 一、二、 headings. The same texts feed the fast tests (through the real
ingest pipeline) and the browser test (as a corpus)."""

from __future__ import annotations

from pathlib import Path

from assistant.core.schema import Chunk, Document
from assistant.ingest.chunking import chunk_document

OLD_TITLE = "中国共产党机关效能监督条例（2019年）"
NEW_TITLE = "中国共产党机关效能监督条例（2024年修订）"
POINTS_TITLE = "机关会务管理五项规定"
SECTIONS_TITLE = "关于加强机关作风建设的若干准则"

OLD = """中国共产党机关效能监督条例
第一章　总则
第一条　为了加强机关效能监督，提高工作效率，根据《中国共产党章程》，制定本条例。
第二条　本条例适用于各级党的机关及其工作人员。
第三条　机关效能监督坚持实事求是、依规依纪的原则。
第二章　监督内容
第四条　机关效能监督的内容包括：
（一）履行职责情况；
（二）执行工作制度情况；
（三）服务群众情况。
第五条　工作人员无正当理由拖延办理群众事项的，给予批评教育；情节较重的，给予警告处分。
第六条　工作人员违反规定收受服务对象礼金的，给予严重警告处分。
第三章　问责
第七条　有本条例第五条、第六条所列行为，造成不良影响的，对负有领导责任的人员予以问责。
问责方式包括通报、诫勉和组织调整。
第八条　被问责人员一年内不得提升职务。
第四章　附则
第九条　本条例由中央办公厅负责解释。
第十条　本条例自2019年5月1日起施行。
"""

NEW = """中国共产党机关效能监督条例
第一章　总则
第一条　为了加强机关效能监督，提高工作效率和服务水平，根据《中国共产党章程》，制定本条例。
第二条　本条例适用于各级党的机关、事业单位及其工作人员。
第三条　机关效能监督坚持实事求是、依规依纪、注重实效的原则。
第二章　监督内容
第一节　监督事项
第四条　机关效能监督的内容包括：
（一）履行职责情况；
（二）执行工作制度情况；
（三）服务群众情况；
（四）落实改进作风要求情况。
第五条　推行数字化效能监督，运用政务服务平台数据开展日常监督。
第二节　违规情形
第六条　工作人员无正当理由拖延办理群众事项的，给予批评教育；情节较重的，给予警告或者严重警告处分。
第七条　工作人员违反规定收受服务对象礼金、消费卡的，给予严重警告处分；情节严重的，给予撤销党内职务处分。
第三章　问责
第八条　有本条例第六条、第七条所列行为，造成不良影响的，对负有领导责任的人员予以问责。
问责方式包括通报、诫勉和组织调整。
对问责决定不服的，可以依照本条例第十一条提出申诉。
第九条　被问责人员一年内不得提拔职务或者进一步使用。
第十条　问责决定应当在作出后十个工作日内送达被问责人员。
第十一条　被问责人员对问责决定不服的，可以自收到决定之日起一个月内提出书面申诉。
第四章　附则
第十二条　本条例由中央办公厅负责解释。
第十三条　本条例自2024年3月1日起施行。2019年5月1日发布的《中国共产党机关效能监督条例》同时废止。
"""

POINTS = """机关会务管理五项规定
一、严格控制会议数量，能合并召开的会议合并召开。
二、严格控制会议规模和时间，一般会议不超过1小时。
三、提倡开短会、讲短话，不念稿子。
四、不得在会议期间发放纪念品。
五、本规定自2024年1月1日起施行。
"""

# Parts written as sections under 一、二、 headings, several paragraphs each.
SECTIONS = """关于加强机关作风建设的若干准则
机关作风关系党的形象。现就加强机关作风建设制定如下准则。
一、坚持学习
机关党员干部要坚持理论学习，做到学以致用。
每月集中学习不少于一次。
二、改进文风
起草文件要开门见山，文字简练，不说空话套话。
三、严守纪律
不得违规收受服务对象的礼品礼金。
"""

FILES = {
    f"{OLD_TITLE}.txt": OLD,
    f"{NEW_TITLE}.txt": NEW,
    f"{POINTS_TITLE}.txt": POINTS,
    f"{SECTIONS_TITLE}.txt": SECTIONS,
}


def write_regulations(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")


def regulation_chunks(title: str, text: str) -> list[Chunk]:
    return chunk_document(Document(f"doc-{title}", f"{title}.txt", title, "regulation", text, "hash"))


def all_regulations() -> list[list[Chunk]]:
    return [regulation_chunks(name.removesuffix(".txt"), text) for name, text in FILES.items()]
