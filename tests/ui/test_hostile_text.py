"""Case text that looks like markup, escape sequences or bidi overrides is shown, never obeyed."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from pilot_support import (
    TODAY,
    click_cell,
    fixture_app,
    screen_text,
    settled,
    type_keys,
    wait_for_cases,
)
from textual.widgets import Static

from appeal_tui.core.library import CaseLibrary, load_library
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.widgets.case_list import CaseList

MARKUP_TITLE = "Release [/] now [@click=app.quit]x[/]"
MARKUP_SUMMARY = "Click [@click=app.quit]Read more[/] or [bold]this[/bold] [link=http://x]y[/link]"


def _case_yaml(title: str, summary: str, name: str) -> str:
    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    return f"""\
id: hostile
title: {quoted(title)}
country: Testland
people:
  - name: {quoted(name)}
summary: {quoted(summary)}
languages: [en]
asks:
  en: [Release them.]
recipients:
  - key: minister
    role: primary
    name: {quoted(name)}
"""


def test_markup_in_case_text_is_shown_literally_and_clicks_do_nothing(tmp_path: Path) -> None:
    asyncio.run(_markup_in_case_text(tmp_path))


async def _markup_in_case_text(tmp_path: Path) -> None:
    (tmp_path / "hostile.yaml").write_text(
        _case_yaml(MARKUP_TITLE, MARKUP_SUMMARY, "[b]Minister[/b] [@click=app.quit]Q[/]"),
        encoding="utf-8",
    )
    app = fixture_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_cases(app)
        text = screen_text(app)
        assert MARKUP_TITLE in text
        assert "Read more[/]" in text
        summary = app.screen.query_one("#detail-summary", Static)
        # Click every cell of the summary, where a parsed @click would have been.
        for x in range(summary.size.width):
            await click_cell(pilot, summary, (x, 0))
        await settled(pilot)
        assert app.is_running
        assert app.screen.query_one(CaseList).option_count == 1


def test_escape_sequences_and_bidi_overrides_never_reach_the_terminal(tmp_path: Path) -> None:
    asyncio.run(_escape_sequences_and_bidi(tmp_path))


async def _escape_sequences_and_bidi(tmp_path: Path) -> None:
    # The loader rejects these files: they must be listed with their problems, not hidden.
    (tmp_path / "esc.yaml").write_text(
        _case_yaml("Title \x1b]0;pwned\x07 \x1b[2J", "Summary", "Name"), encoding="utf-8"
    )
    (tmp_path / "rlo.yaml").write_text(
        _case_yaml("Title \u202egnp.exe", "Summary", "Name"), encoding="utf-8"
    )
    # And should such text ever get past the loader, the UI still strips it before display.
    good = load_library([Path(__file__).parent / "fixture_cases" / "xx-river-defenders.yaml"])
    case = next(iter(good.cases.values()))
    sneaky = replace(
        case,
        title="Sneaky \x1b[2J title \u202eevil",
        summary="Summary \x1b]0;pwned\x07 with \u2066isolate\u2069 and \x9b C1",
    )
    broken = load_library([tmp_path])
    library = CaseLibrary(cases={sneaky.id: sneaky}, files=(*good.files, *broken.files))
    app = make_app(case_sources=[], paths=default_paths(), today=TODAY, library=library)
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        text = screen_text(app)
        for bad in ("\x1b", "\x07", "\u202e", "\u2066", "\x9b"):
            assert bad not in text
        assert "Sneaky [2J title evil" in text
        assert "Could not load esc.yaml" in text
        assert "Could not load rlo.yaml" in text
        # Highlighting a broken file shows its problems.
        case_list = app.screen.query_one(CaseList)
        case_list.focus()
        await type_keys(pilot, "end")
        await settled(pilot)
        assert "This case file has errors" in screen_text(app)
        assert app.is_running
