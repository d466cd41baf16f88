"""A stated zero (未立案) answers a count only when no clause states the figure (立案5件) beside it."""

from __future__ import annotations

import pytest

from assistant.answer.stated_zeros import states_a_figure


@pytest.mark.parametrize(
    ("counted", "text", "stated"),
    [
        ("立案", "受理信访举报2件，均已办结，未立案。全年立案5件，给予党纪处分5人。", True),
        ("立案", "全年受理信访举报2件，均已办结，未立案查处违纪案件。", False),
        ("事故", "全年未发生安全事故，开展安全检查12次。", False),
        ("事故", "全年发生一般事故1起，未发生较大事故。", True),
    ],
)
def test_a_figure_stated_of_what_is_counted_is_no_zero(counted, text, stated):
    assert states_a_figure(counted, text) is stated
