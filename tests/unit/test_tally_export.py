"""The tally as CSV for the national office and as an HTML page with a chart."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from appeal_tui.core.tally import Tally, TallyRow
from appeal_tui.export.tally import tally_to_csv, tally_to_html

TALLY = Tally(
    letters=5,
    drafts=3,
    writers=2,
    by_case=(TallyRow("ir-x", "<b>Blogger</b> & prison", 4), TallyRow("mx-y", "=HYPERLINK()", 1)),
    by_language=(TallyRow("fa", "Persian", 3), TallyRow("en", "English", 2)),
    by_recipient=(TallyRow("ir-x/leader", "Supreme Leader", 4),),
    by_status=(TallyRow("ready", "ready", 5),),
    event="W4R",
    since=dt.date(2024, 12, 1),
)


def test_csv_has_totals_then_each_breakdown() -> None:
    rows = list(csv.reader(io.StringIO(tally_to_csv(TALLY).decode("utf-8"))))
    assert rows[0] == ["section", "key", "label", "letters"]
    assert rows[1:4] == [
        ["total", "letters", "letters", "5"],
        ["total", "drafts", "drafts", "3"],
        ["total", "writers", "distinct writers", "2"],
    ]
    assert rows[4] == ["total", "unnamed", "drafts without a writer's name", "0"]
    assert ["case", "ir-x", "<b>Blogger</b> & prison", "4"] in rows
    # A title that looks like a formula is not run by a spreadsheet.
    assert ["case", "mx-y", "'=HYPERLINK()", "1"] in rows
    assert ["language", "fa", "Persian", "3"] in rows
    assert ["recipient", "ir-x/leader", "Supreme Leader", "4"] in rows


def test_html_is_escaped_self_contained_with_bars() -> None:
    html = tally_to_html(TALLY).decode("utf-8")
    assert "Letters for W4R since 2024-12-01" in html
    assert "&lt;b&gt;Blogger&lt;/b&gt; &amp; prison" in html
    assert "<b>Blogger" not in html
    # Nothing fetched: no script, no URL of any scheme, no src/href/url() (the CSP meta tag's
    # `http-equiv` is the one "http" allowed).
    assert "<script" not in html
    assert not re.search(r"(?i)[a-z]+://|\bsrc=|\bhref=|url\(", html)
    assert html.count("http") == html.count("http-equiv") == 1
    assert 'style="width: 100.0%"' in html and 'style="width: 25.0%"' in html
    assert "<b>5</b>letters" in html and "<b>2</b>distinct writers" in html


def test_html_totals_of_one_are_singular() -> None:
    one = Tally(1, 1, 1, by_case=(), by_language=(), by_recipient=(), by_status=(), unnamed=1)
    html = tally_to_html(one).decode("utf-8")
    assert "<b>1</b>letter</div>" in html and "<b>1</b>draft</div>" in html
    assert "<b>1</b>distinct writer</div>" in html
    assert "<b>1</b>draft without a name</div>" in html
