"""A branch said without the 党 of its 党支部 (离休支部 for a row 离休党支部) is that table row: its own cell answers,
never a prose sentence stating the whole body's figure that only mentions the branch's kind of people (请假6名均为
离休党员 beside rows of 4 and 2), also when a cell of the row is a date (召开时间2025年1月21日)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.branch_short_names import short_form
from tests.answer.branch_table_fixtures import chunks_of
from tests.answer.support import FakeSource, ask_source

TITLE = "临江市档案馆机关党总支2024年度组织生活会情况报告"
ROWS = [
    ("综合业务党支部", "2025年1月14日", "16", "14", "2", "7"),
    ("离休党支部", "2025年1月21日", "11", "7", "4", "3"),
    ("数字档案党支部", "2025年1月15日", "9", "9", "0", "5"),
]


def archive_html(path: Path) -> Path:
    rows = "".join(f"<tr>{''.join(f'<td>{cell}</td>' for cell in row)}</tr>" for row in ROWS)
    page = (
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        "<h2>一、会议召开情况</h2><p>各支部召开情况见下表。</p><table><tr><th>党支部</th><th>召开时间</th><th>应到（名）</th>"
        f"<th>实到（名）</th><th>请假（名）</th><th>批评意见（条）</th></tr>{rows}"
        "<tr><td>合计</td><td>—</td><td>36</td><td>30</td><td>6</td><td>15</td></tr></table>"
        "<p>全总支应到会党员36名，实到30名，请假6名均为离休党员，会后由支部书记上门传达。</p>"
        "<p>中共临江市档案馆机关总支部委员会</p></body></html>"
    )
    path.write_text(page, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    return FakeSource(chunks_of(archive_html(folder / f"{TITLE}.html"), TITLE))


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("档案馆开组织生活会，离休支部请假了几个人", "请假4名", "6名"),
        ("档案馆离休支部组织生活会实到多少人？", "实到7名", "30名"),
        ("数字档案支部组织生活会上提了多少条批评意见", "批评意见5条", "15条"),
    ],
)
def test_a_branch_said_without_party_is_its_row(archive, question, expected, wrong):
    answer = ask_source(archive, question)
    assert expected in answer.text and not answer.refused, answer.text
    assert wrong not in answer.text, answer.text


@pytest.mark.parametrize(
    ("question", "expected", "wrong"),
    [
        ("档案馆组织生活会上数字档案支部实到几个", "实到9名", "30名"),
        ("综合业务支部组织生活会批评意见提了多少条", "批评意见7条", "15条"),
    ],
)
def test_a_branch_said_by_its_name_and_支部_alone_is_its_row(archive, question, expected, wrong):
    answer = ask_source(archive, question)
    assert expected in answer.text and not answer.refused, answer.text
    assert wrong not in answer.text, answer.text


def test_short_form_of_a_branch_said_without_party():
    assert short_form("数字档案党支部", "档案馆组织生活会上数字档案支部实到几个") == "数字档案支部"
    assert short_form("第二党支部", "第十二支部有几名党员") == ""
