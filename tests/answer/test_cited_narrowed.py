"""Regulations a report cites, over documents written for this test: a short name said plainly (党章) or in
quotation marks (“六条禁令规定”) counts; a cited title the knowledge base lacks is said to be missing, never matched
to another regulation sharing its last words (若干准则); the question may narrow them (廉洁方面的 / 传达学习的那两部)."""

from __future__ import annotations

from assistant.answer.pipeline import Assistant
from tests.answer.article_followup_fixtures import NEW_CODE, NEW_CODE_TEXT
from tests.answer.regulation_fixtures import regulation_chunks
from tests.answer.support import FakeSource, make_chunk

REPORT = "航运集团机关党委2024年度党风廉政建设工作报告"
CHUNKS = [
    make_chunk(
        REPORT, "组织党员传达学习了党章和《中国共产党航运系统党员纪律条例》，开展专题研讨4次。", ("一、加强理论学习",)
    ),
    make_chunk(
        REPORT,
        "班子成员认真贯彻《中国共产党船员党员干部廉洁履职若干准则》和集团“六条禁令规定”要求，未发生违规问题。",
        ("二、落实廉洁自律要求",),
        position=1,
    ),
    make_chunk(REPORT, "严格执行《船舶食堂卫生管理规定》，全年抽检12次。", ("三、做好后勤保障",), position=2),
]
STYLE = "关于改进机关作风的若干准则"
STYLE_TEXT = "关于改进机关作风的若干准则\n一、坚持调查研究。\n二、改进会风文风。\n"
EIGHT = "航运集团党委关于船舶安全生产的六条禁令规定"
EIGHT_TEXT = "航运集团党委关于船舶安全生产的六条禁令规定\n一、严禁酒后值班。\n二、严禁超载航行。\n"


def assistant() -> Assistant:
    regulations = [
        regulation_chunks(t, x) for t, x in ((NEW_CODE, NEW_CODE_TEXT), (STYLE, STYLE_TEXT), (EIGHT, EIGHT_TEXT))
    ]
    return Assistant(FakeSource(*regulations, CHUNKS))


def test_short_names_said_plainly_or_in_quotation_marks_are_cited():
    text = assistant().ask("航运集团机关党委2024年度报告引用了哪几部法规？").text
    assert "《党章》" in text and "《六条禁令规定》" in text and "党员纪律条例》" in text


def test_a_cited_title_not_held_is_missing_not_another_sharing_its_last_words():
    text = assistant().ask("这份报告引用了哪些关于廉洁方面的规定？").text
    assert "《中国共产党船员党员干部廉洁履职若干准则》——见二、落实廉洁自律要求〔1〕；知识库中未收录" in text
    assert STYLE not in text and "食堂" not in text and f"知识库已收录《{EIGHT}》" in text


def test_the_regulations_cited_where_the_question_says_they_were_studied():
    text = assistant().ask("总结里传达学习的那两部条例，库里收录了吗？").text
    assert "共2部" in text and "《党章》" in text and f"知识库已收录《{NEW_CODE}》" in text
    assert "若干准则" not in text
