"""Draft requests in a clerk's words and the lengths they set.

The topic is what the request names, without what it says the draft is for or must hold (，带上主要数字 /
，用在汇报里 / 概括成一段话); a follow-up's asking verb (纪律作风方面干了啥) and a relative year (去年) are no
topic; a topic headed in a sibling's words (正风肃纪 under （三）纪律作风) finds its section; a length (五十字以内,
压缩一下) is kept by a brief lead and whole clauses; no addressee line or table row is written as a sentence.
"""

from __future__ import annotations

import re

import pytest

from assistant.answer.draft_options import draft_options, written_length
from assistant.answer.draft_topic import draft_topic
from assistant.answer.followup_drafts import draft_topic_of
from assistant.answer.pipeline import Assistant
from assistant.core.text import split_sentences
from tests.answer.conversation_fixtures import converse
from tests.answer.structure_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

HALF_TITLE = "东岭县水利局机关党委2025年上半年党建工作报告"
HALF = f"""{HALF_TITLE}
县直机关工委：
2025年上半年，局机关党委坚持以党建引领水利中心工作，各项任务有序推进。截至2025年6月底，机关党委共有党员142名，下设4个党支部。现将有关情况报告如下：
一、上半年工作开展情况
（一）理论武装
局党组理论学习中心组集中学习5次，其中专题研讨2次；举办青年干部读书班1期，参训青年干部28人次。
（二）组织建设
上半年发展党员2名，接收预备党员2名；开展支部书记轮训1次，参训42人次。
（三）纪律作风
开展廉政谈话53人次，组织观看警示教育片3场；运用监督执纪“第一种形态”处理3人次，均为谈话提醒。
（四）服务群众
组建党员志愿服务队5支，开展防汛巡查志愿服务19场，服务群众860余人次。
主要任务完成情况如下：
发展党员（名）：全年目标5，上半年完成2，完成率40.0%
志愿服务（场）：全年目标40，上半年完成19，完成率47.5%
二、存在的问题
一是理论学习与业务结合不够紧密；二是个别支部组织生活质量不高。
三、下半年打算
拟于10月举办1期党务干部培训班，计划发展党员3名。
中共东岭县水利局机关委员会
2025年7月8日
"""

MEETING_TITLE = "东岭县水利局机关党委2024年度组织生活会情况报告"
MEETING = f"""{MEETING_TITLE}
县直机关工委：
按照县直机关工委统一部署，机关党委所属4个党支部于2025年1月15日至2月10日召开了2024年度组织生活会。现将有关情况报告如下：
一、会前准备
通过座谈、发放征求意见表等方式征集意见建议74条，梳理后反馈至各党支部；支部书记与党员开展谈心谈话296人次。
二、会议召开情况
各党支部应到会党员142名，实到135名，7名因公请假的党员会后进行了补课，会上共提出批评意见163条，查摆问题41条，制定整改措施47条。
三、民主评议党员情况
参加民主评议党员135名，评为优秀的28名，合格的107名。
中共东岭县水利局机关委员会
2025年2月20日
"""

# Another organisation, for the same requests in other words.
ROADS_TITLE = "西川区交通运输局党总支2024年度党建工作总结"
ROADS = f"""{ROADS_TITLE}
区直机关工委：
2024年，局党总支围绕交通运输中心任务，扎实推进全面从严治党。截至2024年12月底，党总支共有党员86名，下设3个党支部。
一、主要工作
（一）学习教育
全年开展集中学习12次，其中专题研讨4次。
（二）廉洁自律
开展廉政谈话96人次，组织观看警示教育片4场，处理违纪党员1名。
（三）为民服务
开展“路畅民安”志愿服务活动24场，解决群众出行难题37个。
二、存在的问题
一是学习形式较为单一；二是志愿服务覆盖面不广。
中共西川区交通运输局总支部委员会
2025年1月10日
"""


@pytest.fixture
def source() -> FakeSource:
    return FakeSource(chunks_of(HALF_TITLE, HALF), chunks_of(MEETING_TITLE, MEETING), chunks_of(ROADS_TITLE, ROADS))


def said(answer) -> str:
    return answer.text.split("\n来源")[0]


@pytest.mark.parametrize(
    ("request_", "topic"),
    [
        ("帮我把水利局上半年服务群众的成效概括成一段话，用在汇报里", "水利局上半年服务群众的成效"),
        ("帮我把水利局2025年上半年党建工作写成一段总结，带上主要数字", "水利局2025年上半年党建工作"),
        ("把交通运输局廉洁自律方面的情况归纳成一段，放到年终汇报里用", "交通运输局廉洁自律"),
        ("写一段交通运输局2024年党建工作的小结，把数字都带上", "交通运输局2024年党建工作"),
    ],
)
def test_the_topic_leaves_out_what_the_draft_is_for_or_must_hold(request_, topic):
    assert draft_topic(request_) == topic


@pytest.mark.parametrize(
    "request_",
    ["帮我把水利局2025年上半年党建工作写成一段总结，带上主要数字", "写一段水利局上半年党建工作的小结，把数字都带上"],
)
def test_a_draft_keeping_its_figures_is_of_the_whole_report_without_its_table_rows(source, request_):
    answer = ask_source(source, request_)
    text = said(answer)
    assert not answer.refused and "带上" not in text and "数字" not in text, text
    for figure in ("142名", "2名", "53人次", "19场"):
        assert figure in text, text
    assert "完成率" not in text and "（名）：" not in text, text  # the table's rows are no sentences
    assert "有序推进" not in text, text  # 带上数字: what states no figure gives way


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("水利局上半年纪律作风方面干了啥？", "水利局上半年纪律作风方面"),
        ("水利局上半年正风肃纪方面做了哪些工作？", "水利局上半年正风肃纪方面"),
        ("水利局组织建设方面抓了什么", "水利局组织建设方面"),
    ],
)
def test_the_asking_verb_of_a_follow_up_is_no_topic_of_its_draft(question, topic):
    assert draft_topic_of(question) == topic


@pytest.mark.parametrize(
    ("request_", "wanted", "other"),
    [
        ("起草一段关于水利局上半年正风肃纪方面的总结", "53人次", "读书班"),
        ("起草一段关于交通运输局去年正风肃纪方面的总结", "96人次", "集中学习"),
        ("写一段水利局上半年廉政建设情况", "53人次", "志愿服务"),
    ],
)
def test_a_topic_headed_in_a_sibling_word_finds_its_section(source, request_, wanted, other):
    text = said(ask_source(source, request_))
    assert wanted in text and other not in text, text
    assert "去年" not in text and "方面方面" not in text, text


@pytest.mark.parametrize(
    ("request_", "limit", "figure"),
    [
        ("起草一段关于水利局上半年纪律作风的总结，五十字以内", 50, "53人次"),
        ("起草一段关于水利局2024年度组织生活会召开情况的总结，不超过50字", 50, "142名"),
        ("写一段交通运输局2024年为民服务的小结，控制在60字以内", 60, "24场"),
    ],
)
def test_a_short_draft_keeps_its_limit_with_whole_clauses(source, request_, limit, figure):
    text = said(ask_source(source, request_))
    assert written_length(text) <= limit, text
    assert figure in text and "以下工作" not in text, text
    body = re.sub(r"〔\d+〕", "", text)
    assert all(clause in HALF + MEETING + ROADS for clause in re.split(r"[：，。]", body.split("：", 1)[1]) if clause)


def test_tens_said_in_characters_are_a_length():
    assert draft_options("压缩一下，五十字以内").chars == 50
    assert draft_options("写一段二十字方针的解读").chars is None


@pytest.mark.parametrize(("shorter", "limit"), [("压缩一下", None), ("压缩一下，六十字以内", 60)])
def test_compressing_a_recap_keeps_the_length_asked(source, shorter, limit):
    answers = converse(
        Assistant(source),
        "水利局2024年度组织生活会上提了多少条批评意见？",
        "会前征集了多少条意见建议？",
        "把上面的写成一段总结",
        shorter,
    )
    recap, short = said(answers[-2]), said(answers[-1])
    assert written_length(short) <= (limit or round(written_length(recap) / 2)), short  # 压缩一下: at most half
    assert not answers[-1].refused and re.search(r"\d+[名条]", short), short


def test_an_addressee_line_is_no_part_of_the_next_sentence():
    sentences = split_sentences("县直机关工委：\n按照部署，召开了组织生活会。\n具体如下：\n1. 甲")
    assert sentences[0] == "县直机关工委：" and sentences[1].strip().startswith("按照")
    assert sentences[2].strip() == "具体如下："


def test_a_fact_from_the_opening_is_quoted_without_the_addressee(source):
    answer = ask_source(source, "水利局2024年度组织生活会是什么时候开的？")
    assert "2025年1月15日" in answer.text and "工委：" not in said(answer), answer.text


def test_a_clause_fits_without_the_comma_after_it():
    from assistant.answer.draft_compose import first_clauses

    sentence = "开展廉政谈话96人次，组织观看警示教育片4场，处理违纪党员1名"
    assert first_clauses(sentence, 22) == "开展廉政谈话96人次，组织观看警示教育片4场"  # 22 characters, no comma after
    assert first_clauses(sentence, 5) == "开展廉政谈话96人次"  # the first clause at least
