"""Made-up documents for list and draft tests: a half-year report and a meeting notice.

The report mixes the ways real reports mark their parts: full-width indentation (GBK txt),
一、 headings, a heading with no number ("存在的问题"), 1. items, inline 一是……四是, and a 落款.
"""

from __future__ import annotations

from assistant.core.schema import Chunk, Document
from assistant.ingest.chunking import chunk_document

HALF_YEAR_TITLE = "青川县农业农村局机关党支部2024年上半年工作总结"
HALF_YEAR = """青川县农业农村局机关党支部2024年上半年工作总结
　　2024年上半年，局机关党支部在局党组的坚强领导下，围绕乡村振兴中心工作，推动党建与业务深度融合。现将有关情况报告如下：
　　一、主要工作
　　（一）抓实理论学习。支部开展集中学习6次，其中专题研讨2次。组织党员到县党性教育基地参观学习1次。
　　（二）规范组织生活。召开支委会5次、党员大会2次，开展主题党日活动6次。
　　（三）服务乡村振兴。一是组建党员农技服务队3支；二是开展田间指导40余场，服务农户1200余户。
　　（四）加强廉政教育。结合主题党日开展廉政教育2次，签订廉洁承诺书28份。
　　存在的问题
　　对照上级要求，支部工作还存在一些不足：一是学习形式较为单一，吸引力不强；二是党员作用发挥不平衡；三是服务群众的长效机制还不健全；四是党建品牌影响力不大。
　　整改措施
　　1.推行“田间微课堂”学习，每月至少开展1次。
　　2.建立党员积分台账，按季度公示。
　　3.完善农技服务队常态化服务制度。
　　三、下半年工作打算
　　下半年，支部将重点做好以下工作：一是开展党纪学习教育“回头看”；二是完成支部换届选举；三是发展党员1名。
　　　　　　　　　　　　　　　　中共青川县农业农村局机关支部委员会
　　　　　　　　　　　　　　　　2024年7月5日
"""

NOTICE_TITLE = "关于召开2024年度组织生活会的通知"
NOTICE = """关于召开2024年度组织生活会的通知
各党小组：
经研究，定于2025年1月15日召开2024年度组织生活会。现将有关事项通知如下：
一、会议时间
2025年1月15日上午9时。
二、会前准备
（一）集中学习研讨。会前组织党员集中学习1次。
（二）广泛征求意见。通过座谈、个别访谈等方式征求群众意见。
三、会议议程
1.支部书记通报支部工作情况；
2.党员逐一发言，开展批评和自我批评；
3.开展民主评议党员；
4.上级党组织领导点评。
四、有关要求
联系人：孙悦，联系电话：66231870。
中共青川县农业农村局机关支部委员会
2025年1月6日
"""


def chunks_of(title: str, text: str) -> list[Chunk]:
    document = Document(f"doc-{title}", f"{title}.txt", title, "report", text, "hash")
    return chunk_document(document)
