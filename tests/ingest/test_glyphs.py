"""Radicals from PDF fonts become the simplified characters a simplified-Chinese document meant."""

from __future__ import annotations

import pytest

from assistant.ingest.glyphs import normalise_glyphs
from assistant.ingest.loaders import load


@pytest.mark.parametrize(
    ("drawn", "meant"),
    [
        ("服务客⼾4800余⼾", "服务客户4800余户"),  # NFKC alone gives the traditional 戶
        ("⾨诊部", "门诊部"),
        ("⾒⾯会", "见面会"),
        ("⾞辆", "车辆"),
        ("⾺上办", "马上办"),
        ("⾧期", "长期"),
        ("第3⾴", "第3页"),
        ("⻔⻅⻋⻢⻓⻚", "门见车马长页"),  # the supplement's simplified forms
        ("⻛险⻜速⻥⻦⻩⻬⻮⻰⻳", "风险飞速鱼鸟黄齐齿龙龟"),
        ("⼈⺠⼀⼼", "人民一心"),
    ],
)
def test_radicals_become_simplified_characters(drawn, meant):
    assert normalise_glyphs(drawn) == meant


def test_everything_else_is_left_alone():
    text = "（一）户籍、門禁：ＡＢＣ１２３，“引号”。"  # traditional characters typed as such stay
    assert normalise_glyphs(text) == text


def test_radicals_pasted_into_a_text_file_are_normalised_too(tmp_path):
    path = tmp_path / "社区工作总结.txt"
    path.write_text("⻄湖社区党委2024年⼯作总结\n走访住⼾1200余⼾，解决⻔前难题36件。\n", encoding="utf-8")
    document = load(path)
    assert document.title == "西湖社区党委2024年工作总结"
    assert "走访住户1200余户，解决门前难题36件。" in document.text
