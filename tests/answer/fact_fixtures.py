"""Documents of a made-up 街道 for fact-answer tests: a report with a 落款, a meeting record with
主持人/时间/地点, a notice with 联系电话 and 文号. No sentence is taken from the development corpora."""

from __future__ import annotations

from tests.answer.support import make_chunk

REPORT_TITLE = "青松街道党工委2024年度党建工作总结"
REPORT = [
    make_chunk(
        REPORT_TITLE,
        "2024年，青松街道党工委坚持以习近平新时代中国特色社会主义思想为指导，扎实推进基层党建工作，"
        "各项工作取得新成效。",
        position=0,
    ),
    make_chunk(
        REPORT_TITLE,
        "2024年4月9日，街道机关党支部召开党员大会进行换届选举，罗海峰任书记，施雨桐任组织委员，潘立群任纪检委员。",
        ("一、基层组织建设",),
        position=1,
    ),
    make_chunk(
        REPORT_TITLE,
        "全年开展“红色物业”共建活动，与市供电公司党委、青松小学党支部结成共建对子。党员参加集中学习的参学率达到95.2%。",
        ("二、党建引领基层治理",),
        position=2,
    ),
    make_chunk(
        REPORT_TITLE,
        "投入老旧小区加装电梯补助资金126万元，惠及居民860户。全年计划发展党员不少于6名，其中青年党员不少于3名。",
        ("三、为民办实事",),
        position=3,
    ),
    make_chunk(REPORT_TITLE, "中共青松街道工作委员会\n2025年1月15日", ("三、为民办实事",), position=4),
]

MINUTES_TITLE = "青松街道党工委理论学习中心组2024年第3次集体学习记录"
MINUTES = [
    make_chunk(
        MINUTES_TITLE,
        "时间：2024年6月18日上午\n地点：在街道办三楼第二会议室\n主持人：罗海峰\n记录人：韦小雨",
        position=0,
    ),
    make_chunk(
        MINUTES_TITLE,
        "会议专题学习了《中国共产党纪律处分条例》，施雨桐、潘立群两位同志作了交流发言。",
        ("学习内容",),
        position=1,
    ),
]

NOTICE_TITLE = "关于开展2024年度民主评议党员工作的通知"
NOTICE = [
    make_chunk(
        NOTICE_TITLE,
        "青街党〔2024〕12号\n各党支部：根据上级要求，现就开展2024年度民主评议党员工作通知如下。",
        position=0,
    ),
    make_chunk(
        NOTICE_TITLE,
        "评为“优秀”等次的党员一般不超过本支部党员总数的25%。",
        ("二、评议要求",),
        position=1,
    ),
    make_chunk(
        NOTICE_TITLE,
        "联系人：田甜（街道党建办），联系电话：0571-86521234。",
        ("三、其他事项",),
        position=2,
    ),
    make_chunk(NOTICE_TITLE, "发布日期：2024-12-20　信息来源：青松街道　点击数：318", position=3),
]
