"""Hostile text through the organiser's paperwork: envelopes and labels, the who-wrote-what CSV,
the tally CSV and the letters printed with fold marks and lines to sign. Escaped, no control
characters, no formula a spreadsheet would run, and nothing the page could fetch."""

from __future__ import annotations

import csv
import dataclasses
import io
import re

import pytest

from appeal_tui.core.draft import new_draft, with_status
from appeal_tui.core.tally import count_letters
from appeal_tui.export.envelopes import LAYOUTS, envelope_for, envelopes_to_html
from appeal_tui.export.html import letters_to_html
from appeal_tui.export.tally import tally_to_csv
from appeal_tui.export.writers import writers_csv
from hostile.hostile_text import (
    FORBIDDEN_CONTROLS,
    HTML,
    hostile,
    hostile_case,
    hostile_letter,
    hostile_sender,
)

_TAG = re.compile(r"<(script|img|iframe|object|link)\b", re.IGNORECASE)


def _safe_html(page: str) -> None:
    assert not _TAG.search(page)
    assert not (set(page) & FORBIDDEN_CONTROLS)
    assert "&lt;script&gt;" in page
    assert "default-src 'none'" in page


@pytest.mark.parametrize("layout", LAYOUTS)
def test_envelopes_of_a_hostile_case_and_sender(layout: str) -> None:
    case = hostile_case()
    items = [envelope_for(r, hostile_sender(), language="fa") for r in case.recipients]
    _safe_html(envelopes_to_html(items, layout=layout))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_letters_to_sign_by_hand_with_fold_marks(paper: str) -> None:
    letter = dataclasses.replace(hostile_letter(), signature=("", "", ""))
    page = letters_to_html([letter, hostile_letter()], paper=paper, fold_marks=True)  # type: ignore[arg-type]
    _safe_html(page)
    assert page.count('class="fold-mark"') == 4


def _hostile_drafts() -> list:
    drafts = []
    for prefix in ("=", "+", "-", "@", "\t", "\r", ""):
        sender = dataclasses.replace(hostile_sender(), name=prefix + hostile("writer") + HTML)
        draft = new_draft(
            prefix + "case",
            language="en",
            recipients=("=a", "b"),
            sender=sender,
            case_title=prefix + hostile("title"),
            event=prefix + hostile("event"),
        )
        drafts.append(with_status(draft, "sent"))
    return drafts


def test_writers_csv_runs_no_formula_and_carries_no_controls() -> None:
    data = writers_csv(_hostile_drafts()).decode("utf-8")
    assert not (set(data) & FORBIDDEN_CONTROLS)
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert len(rows) == 8
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert "writer@example.org" not in data  # names only: no email, no address
    assert "sender street" not in data


def test_tally_csv_with_hostile_events_and_references() -> None:
    drafts = _hostile_drafts()
    tally = count_letters(
        drafts,
        event=[d.event for d in drafts if d.event],
        case_reference={d.case_id: "=" + hostile("reference") for d in drafts},
    )
    assert tally.letters == 14 and tally.sent == 14
    rows = list(csv.reader(io.StringIO(tally_to_csv(tally).decode("utf-8"), newline="")))
    events = [r for r in rows if r[0] == "event"]
    references = [r for r in rows if r[0] == "reference"]
    assert len(events) == 7 and len(references) == 7
    for row in events + references:
        assert not row[2].startswith(("=", "+", "-", "@", "\t", "\r")), row
