"""把他的履职情况写成一段总结 in a conversation: the 履职 of the person talked about, not the last turn's topic."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.conversation_fixtures import converse
from tests.answer.support import FakeSource, make_chunk

ANNUAL = "东岭县水务局机关党委2024年度党建工作总结"
DUTY = "东岭县水务局机关党委书记周海涛2024年度抓基层党建工作述职报告"


def source() -> FakeSource:
    return FakeSource(
        [
            make_chunk(ANNUAL, "机关党委书记由局党组成员、副局长周海涛担任，专职副书记为林晓梅。", ("一、基本情况",)),
            make_chunk(ANNUAL, "全年走访服务涉水企业126家，协调解决问题33个。", ("二、主要工作",), position=1),
        ],
        [
            make_chunk(DUTY, "本人全年讲党课5次，撰写理论文章2篇。", ("一、履行职责情况", "（一）带头抓理论学习")),
            make_chunk(
                DUTY,
                "到基层党支部调研指导15次，与党员干部谈心谈话40人次。",
                ("一、履行职责情况", "（二）带头抓基层基础"),
                position=1,
            ),
            make_chunk(
                DUTY,
                "领办“清水先锋”党建品牌项目1个，带动服务群众1300人次。",
                ("一、履行职责情况", "（三）带头抓品牌创建"),
                position=2,
            ),
        ],
    )


def test_a_draft_of_his_duties_is_of_the_person_not_of_the_last_topic():
    *_, draft = converse(
        Assistant(source()),
        "周海涛是什么职务？",
        "他2024年到基层调研指导了几次？",
        "那整个机关党委走访服务涉水企业多少家？",
        "把他的履职情况写成一段总结",
    )
    assert "周海涛" in draft.resolved_question and "走访" not in draft.resolved_question
    assert "讲党课5次" in draft.text and "15次" in draft.text


def test_other_wordings():
    for request in ("把他2024年的履职情况整理成一段材料", "帮我把他抓党建的履职情况概括成一段话"):
        *_, draft = converse(
            Assistant(source()), "周海涛是什么职务？", "他2024年到基层调研指导了几次？", "谈心谈话呢？", request
        )
        assert "周海涛" in draft.resolved_question and "谈心谈话的" not in draft.resolved_question, request
        assert "5次" in draft.text, request


def test_a_draft_naming_the_person_is_of_their_own_report_without_a_conversation():
    # No sentence of the 述职 names its reporter (本人…): the title does, and a draft of his 履职 draws on it.
    for request in ("起草一段关于2024年周海涛的履职的总结", "写一段周海涛同志的履职情况"):
        draft = Assistant(source()).ask(request)
        assert "讲党课5次" in draft.text and "调研指导15次" in draft.text, draft.text


def test_a_draft_naming_no_person_is_not_drawn_to_a_report_whose_title_has_a_name():
    # 关党委 of 机关党委 reads as a name, but in the 述职's title it runs into 书记, not into the year.
    both = FakeSource(
        [make_chunk(ANNUAL, "全年开展廉政谈心谈话215人次，覆盖全体党员。", ("三、党风廉政建设",))],
        [make_chunk(DUTY, "本人与班子成员开展廉政谈心谈话32人次。", ("一、履行职责情况", "（三）抓党风廉政建设"))],
    )
    draft = Assistant(both).ask("根据东岭县水务局机关党委2024年度总结，写一段党风廉政建设情况的总结")
    assert "215人次" in draft.text and "32人次" not in draft.text, draft.text
