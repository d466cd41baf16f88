"""The fixture corpus: small Party documents written by the tests (never the shipped corpus or ../shared)."""

from __future__ import annotations

from pathlib import Path

# A small regulation: chapters, articles with （一）（二） items, an in-sentence reference
# ("依照第十七条"), a wrapped line that starts with 第十七条 but is no article, and article
# lines after both a full-width space and an ASCII space.
REGULATION_2023 = """中国共产党纪律处分条例
第一章　总则
第一条　为了维护党的章程和其他党内法规，严肃党的纪律，纯洁党的组织，制定本条例。
第二条　本条例适用于违犯党纪应当受到党纪责任追究的党组织和党员。
第三条　对党员的纪律处分种类：
（一）警告；
（二）严重警告；
（三）撤销党内职务；
（四）留党察看；
（五）开除党籍。
第二章　违纪行为的处理
第四条　党员有违纪行为的，应当依照第十七条的规定给予处分；情节轻微的，可以给予批评教育、责令检查或者诫勉。
第五条 党员主动交代违纪问题、积极配合组织审查的，可以从轻或者减轻处分，但是
第十七条所列行为除外。
第八条　对严重违犯党纪的党组织，上级党组织应当责令其改正，并视情节给予改组或者解散的处理。
第一百一十三条　收受可能影响公正执行公务的礼品、礼金、消费卡和有价证券、股权、其他金融产品等财物，情节较轻的，给予警告或者严重警告处分；情节较重的，给予撤销党内职务或者留党察看处分；情节严重的，给予开除党籍处分。
"""

# An older revision of the same regulation: its 第八条 says something else.
REGULATION_2018 = """中国共产党纪律处分条例
第一条　为了维护党的章程，严肃党的纪律，制定本条例。
第八条　对违犯党纪的党组织，上级党组织应当责令其作出书面检查或者给予通报批评。
第九条　党组织领导班子主要负责人负有责任的，依照本条例给予处分。
"""

# A half-year work report in the style of a 党委 report: 一、 sections, （一） subsections with an
# inline heading, counts stated as "讲党课N次", and a 讲党课 distractor without a count.
REPORT = """2023年上半年机关党建工作报告
今年以来，机关党委认真落实全面从严治党要求，推动党建工作与业务工作深度融合。现将上半年党建工作情况报告如下。
一、压实管党治党政治责任
（一）强化政治引领。年初召开全体党员大会，研究部署全年党建工作，把党的政治建设摆在首位。
（二）坚持民主集中制。上半年召开党委会4次，重大事项、大额资金使用一律由班子集体研究决定。
二、严肃党内政治生活
（一）落实组织生活制度。机关党委严格落实“三会一课”制度。上半年召开民主生活会1次，组织全体党员集中学习6次，党委班子成员讲党课4次，党支部书记讲党课2次。
（二）加强作风建设。开展“庸懒散拖”问题专项整治，建立问题清单台账，明确整改措施和整改时限。
三、加强党风廉政建设
（一）开展廉洁教育。组织党员干部观看警示教育片，重温《中国共产党纪律处分条例》，增强纪律规矩意识。
（二）强化监督执纪。运用监督执纪“四种形态”，开展谈心谈话12人次，对苗头性问题及时咬耳扯袖。
四、存在的问题和下一步打算
对照上级要求，党建工作与业务工作融合还不够紧密，党员教育方式还比较单一。下一步，我们将重点做好以下工作：
一是持续加强理论学习，丰富党课形式，推动书记讲党课常态化。
二是严格落实“三会一课”制度，提高组织生活质量。
"""

# A plain note: neither numbered sections nor articles.
NOTE = """# 读书笔记
学习党史要注重联系实际，把学习成果转化为推动工作的实际行动。
读原著、学原文、悟原理，是理论学习的基本方法。
"""

REG_2023_NAME = "中国共产党纪律处分条例（2023年修订）.txt"
REG_2018_NAME = "中国共产党纪律处分条例（2018年修订）.txt"
REPORT_NAME = "2023年上半年机关党建工作报告.txt"
NOTE_NAME = "读书笔记.md"


def write_corpus(folder: Path, with_old_revision: bool = True) -> Path:
    """Write the fixture documents into `folder` (created) and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / REPORT_NAME).write_text(REPORT, encoding="utf-8")
    (folder / REG_2023_NAME).write_text(REGULATION_2023, encoding="utf-8")
    (folder / NOTE_NAME).write_text(NOTE, encoding="utf-8")
    if with_old_revision:
        (folder / REG_2018_NAME).write_text(REGULATION_2018, encoding="utf-8")
    return folder
