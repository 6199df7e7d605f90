"""Hostile text on every screen: a case, a writer and a draft whose every string is markup,
`[@click=...]` actions, ESC/OSC sequences, NUL, bidi overrides and 100,000-character lines.

The walk goes case list → language (and its search) → recipients → write (letter, details,
tips, live preview) → preview (every action) → drafts → help → import → organiser, and at every
step asserts what the writer would see: the app still runs, no terminal control character is on
the screen, the markup is shown as the characters it is, and clicking on it does nothing.
"""

from __future__ import annotations

import asyncio
import json
import webbrowser
from dataclasses import replace

import pytest
from pilot_support import TODAY, click_cell, screen_text, settled, type_keys, wait_for_cases
from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import DataTable, Input, TextArea

from appeal_tui.core.draft import draft_for_case, to_json
from appeal_tui.core.library import CaseLibrary
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui import opener
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.import_case import ImportCaseScreen
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.organiser import OrganiserScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen
from hostile.hostile_text import (
    HOSTILE,
    HOSTILE_LONG,
    hostile,
    hostile_case,
    hostile_sender,
)

# Characters that act on a terminal or reorder what is shown: none may reach the screen.
CONTROLS = ("\x1b", "\x07", "\x00", "\x9b", "\u202e", "\r")
# Markup a parser would have eaten: on screen it must be these very characters.
LITERAL = "[@click=app.quit]x[/]"
# The whole walk must finish; 100,000-character lines must not hang a screen (no timing claim).
WALK_BUDGET_SECONDS = 600


# Places allowed to show a control or bidi character from the hostile text: none. (The letter
# preview, a reopened draft's body and the import screen's text areas once did; render.py,
# core.draft.from_json and the import screen now drop them.)
KNOWN_LEAKS: frozenset[str] = frozenset()


class Calls:
    """Everything the app tried to do on its own: quit, open a link or a program; and every
    place where a control character reached the screen."""

    def __init__(self) -> None:
        self.exits: list[object] = []
        self.urls: list[str] = []
        self.leaks: dict[str, list[str]] = {}

    def forbidden(self) -> list[object]:
        return [*self.exits, *self.urls]


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Calls:
    record = Calls()

    def fake_exit(self: App[object], *args: object, **kwargs: object) -> None:
        record.exits.append(("exit", args))

    async def fake_quit(self: App[object]) -> None:
        record.exits.append("action_quit")

    def fake_browser(url: str, *args: object, **kwargs: object) -> bool:
        record.urls.append(url)
        return False

    def fake_open_url(url: str) -> opener.Opened:
        record.urls.append(url)
        return opener.Opened(False, "not in a test")

    monkeypatch.setattr(App, "exit", fake_exit)
    monkeypatch.setattr(App, "action_quit", fake_quit)
    monkeypatch.setattr(webbrowser, "open", fake_browser)
    monkeypatch.setattr(webbrowser, "open_new", fake_browser)
    monkeypatch.setattr(webbrowser, "open_new_tab", fake_browser)
    monkeypatch.setattr(opener, "open_url", fake_open_url)
    return record


def hostile_library() -> CaseLibrary:
    case = hostile_case()
    return CaseLibrary(cases={case.id: case}, files=())


def write_hostile_drafts() -> list[str]:
    """A hostile draft in Persian (the RTL letter) and a ready one, as files on disk."""
    case = hostile_case()
    store = DraftStore(default_paths())
    persian = draft_for_case(
        case,
        language="fa",
        recipients=("minister", "embassy"),
        mode="email",
        sender=hostile_sender(),
        body=hostile("draft body", long=True) + "\n\n" + hostile("second paragraph"),
        event=hostile("event"),
    )
    # The title and writer are hostile whatever the case says: a draft can come from a bundle.
    persian = replace(persian, case_title=hostile("draft title"))
    ready = replace(
        draft_for_case(case, language="en", sender=hostile_sender(), body=HOSTILE_LONG),
        case_title=hostile("ready title"),
        status="ready",
    )
    ids = []
    for draft in (persian, ready):
        ids.append(store.save(draft).draft.id)
    # The file on disk really carries the hostile text (the store must not have cleaned it).
    on_disk = json.loads(store.path_of(ids[0]).read_text(encoding="utf-8"))
    assert on_disk["case_title"] == to_json(persian)["case_title"]
    assert "\x1b" in on_disk["sender"]["name"] and "\x1b" in on_disk["body"]
    return ids


def assert_safe(app: AppealApp, calls: Calls, where: str) -> str:
    """The screen as text, after checking nothing was obeyed and nothing leaked on it."""
    assert app.is_running, where
    assert app.return_code is None, where
    assert calls.forbidden() == [], where
    text = screen_text(app)
    svg = app.export_screenshot()
    leaked = [repr(bad) for bad in CONTROLS if bad in text or bad in svg]
    if leaked:
        calls.leaks[where] = leaked
    return text


async def click_across(pilot: Pilot[None], widget: Widget, rows: int = 2) -> None:
    """Click every cell of the first `rows` rows of `widget`, where a parsed action would be.
    (Each click is handled before the next: `click_cell` waits for that, not for CPU idle; the
    screen paints at its own pace meanwhile, not after every click, and once after the last.)"""
    width, height = widget.size.width, widget.size.height
    for y in range(min(rows, height)):
        for x in range(width):
            await click_cell(pilot, widget, (x, y), paint=False)
    await settled(pilot)


async def show_help(pilot: Pilot[None], app: AppealApp, calls: Calls, where: str) -> None:
    before = app.screen
    await type_keys(pilot, "f1")
    await settled(pilot)
    assert isinstance(app.screen, HelpScreen), where
    assert_safe(app, calls, f"help on {where}")
    await type_keys(pilot, "escape")
    await settled(pilot)
    assert app.screen is before, where


async def walk(app: AppealApp, calls: Calls) -> None:
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_for_cases(app)

        # -- case list and detail ----------------------------------------------------------
        assert isinstance(app.screen, CasesScreen)
        text = assert_safe(app, calls, "cases")
        assert "title: [bold]x[/] [/] [@click=app.quit]x[/]" in text
        assert "[link=https://evil.example]y[/link]" in text
        # (A click on the list chooses the case, as it should: the detail is clicked instead.)
        await click_across(pilot, app.screen.query_one("#case-detail"), rows=3)
        assert isinstance(app.screen, CasesScreen)
        assert_safe(app, calls, "cases after clicks")
        await show_help(pilot, app, calls, "cases")

        # -- language, and the search for another one ----------------------------------------
        app.screen.query_one("#case-list").focus()
        await type_keys(pilot, "enter")
        await settled(pilot)
        assert isinstance(app.screen, LanguageScreen)
        assert_safe(app, calls, "language")
        await show_help(pilot, app, calls, "language")
        await type_keys(pilot, "o")
        await settled(pilot)
        query = app.screen.query_one("#lang-query", Input)
        query.value = HOSTILE_LONG
        await settled(pilot)
        await type_keys(pilot, *"[b]", "left_square_bracket", "slash", "right_square_bracket")
        await settled(pilot)
        assert_safe(app, calls, "language search")
        await type_keys(pilot, "escape")
        await settled(pilot)
        assert isinstance(app.screen, LanguageScreen)
        await type_keys(pilot, "enter")  # English, the case's first language
        await settled(pilot)

        # -- recipients ----------------------------------------------------------------------
        assert isinstance(app.screen, RecipientsScreen)
        text = assert_safe(app, calls, "recipients")
        assert "recipient: [bold]x[/]" in text
        assert LITERAL in text
        await click_across(pilot, app.screen.query_one("#recipient-note"), rows=2)
        assert_safe(app, calls, "recipients after clicks")
        await show_help(pilot, app, calls, "recipients")
        await type_keys(pilot, "e", "ctrl+n")  # by email: the addresses carry a header injection
        await settled(pilot)

        # -- write: letter, details, tips, live preview --------------------------------------
        write = app.screen
        assert isinstance(write, WriteScreen)
        assert_safe(app, calls, "write")
        body = write.query_one("#body", TextArea)
        body.insert("\n" + HOSTILE_LONG + "\n" + hostile("typed"))
        await settled(pilot)
        assert_safe(app, calls, "write after pasting")
        await type_keys(pilot, "f3")
        await settled(pilot)
        write.query_one("#sender-name", Input).value = hostile("typed name", long=True)
        write.query_one("#sender-city", Input).value = hostile("typed city")
        await settled(pilot)
        assert_safe(app, calls, "write details")
        await type_keys(pilot, "f4")
        await settled(pilot)
        text = assert_safe(app, calls, "write tips")
        assert LITERAL in text
        await click_across(pilot, write.query_one("#tips-text"), rows=2)
        await type_keys(pilot, "f8")
        await settled(pilot)
        assert_safe(app, calls, "write live preview toggled")
        await type_keys(pilot, "f8")
        await settled(pilot)
        assert_safe(app, calls, "write live preview back")
        await click_across(pilot, write.query_one("#live-preview"), rows=2)
        assert isinstance(app.screen, WriteScreen)
        await show_help(pilot, app, calls, "write")
        await type_keys(pilot, "f4", "ctrl+r")  # F4 again: back to the letter
        await settled(pilot)

        # -- preview and its actions ---------------------------------------------------------
        preview = app.screen
        assert isinstance(preview, PreviewScreen)
        text = assert_safe(app, calls, "preview")
        assert LITERAL in text
        await click_across(pilot, preview.query_one("#letter-tabs"), rows=3)
        assert app.screen is preview
        assert_safe(app, calls, "preview after clicks")
        await show_help(pilot, app, calls, "preview")
        for key in ("s", "m", "c"):
            await type_keys(pilot, key)
            await settled(pilot)
            assert app.screen is preview, key
            assert_safe(app, calls, f"preview after {key}")
        for key in ("x", "t"):  # dialogs: shown safely, then closed
            await type_keys(pilot, key)
            await settled(pilot)
            if app.screen is not preview:
                assert_safe(app, calls, f"dialog of {key}")
                await type_keys(pilot, "escape")
                await settled(pilot)
            assert app.screen is preview, key
        # e and p open a program, but only because the writer pressed the key.
        await type_keys(pilot, "e")
        await settled(pilot)
        for url in calls.urls:
            assert url.startswith("mailto:")
            assert not any(c in url for c in "\r\n\x1b\x00"), url
        calls.urls.clear()
        await type_keys(pilot, "p")
        await settled(pilot)
        await app.workers.wait_for_complete()
        for url in calls.urls:
            assert url.startswith("file:"), url
        calls.urls.clear()
        assert_safe(app, calls, "preview after e and p")
        await type_keys(pilot, "n")
        await settled(pilot)

        # -- drafts, and a hostile draft reopened in Persian (the RTL preview) ---------------
        assert isinstance(app.screen, CasesScreen)
        await type_keys(pilot, "f2")
        await settled(pilot)
        drafts = app.screen
        assert isinstance(drafts, DraftsScreen)
        text = assert_safe(app, calls, "drafts")
        assert "draft title: [bold]x[/]" in text
        assert "ready title: [bold]x[/]" in text
        await show_help(pilot, app, calls, "drafts")
        table = drafts.query_one(DataTable)
        persian_row = next(
            i for i, s in enumerate(drafts.summaries) if s.case_title.startswith("draft title")
        )
        table.move_cursor(row=persian_row)
        await type_keys(pilot, "enter")
        await settled(pilot)
        assert isinstance(app.screen, WriteScreen)
        assert_safe(app, calls, "write, reopened draft")
        await type_keys(pilot, "f3")
        await settled(pilot)
        assert_safe(app, calls, "write details, reopened draft")
        await type_keys(pilot, "f3", "ctrl+r")  # F3 again: back to the letter
        await settled(pilot)
        assert isinstance(app.screen, PreviewScreen)
        assert_safe(app, calls, "preview fa")
        await type_keys(pilot, "r")
        await settled(pilot)
        assert_safe(app, calls, "preview fa, visual RTL")
        await type_keys(pilot, "r")
        await settled(pilot)
        for index in range(len(app.screen.letters)):  # every letter's tab
            app.screen.query_one("#letter-tabs").active = f"letter-{index}"  # type: ignore[attr-defined]
            await settled(pilot)
            assert_safe(app, calls, f"preview fa tab {index}")
        await type_keys(pilot, "n")
        await settled(pilot)

        # -- import: pasted hostile text -----------------------------------------------------
        assert isinstance(app.screen, CasesScreen)
        await type_keys(pilot, "f5")
        await settled(pilot)
        assert isinstance(app.screen, ImportCaseScreen)
        pasted = (
            f"{HOSTILE_LONG}\n\nPlease write immediately in English:\n• Release {HOSTILE} now.\n\n"
            f"Please send appeals before 1 May 2020 to:\nMinister {HOSTILE}\n"
            f"Salutation: Dear {HOSTILE}\n"
        )
        app.screen.query_one("#import-paste", TextArea).text = pasted
        await pilot.click("#import-run")
        await app.workers.wait_for_complete()
        await settled(pilot)
        assert_safe(app, calls, "import")
        await click_across(pilot, app.screen.query_one("#import-report"), rows=2)
        assert isinstance(app.screen, ImportCaseScreen)
        assert_safe(app, calls, "import after clicks")
        await type_keys(pilot, "escape")
        await settled(pilot)

        # -- organiser: the tally of the hostile drafts --------------------------------------
        assert isinstance(app.screen, CasesScreen)
        await type_keys(pilot, "f6")
        await settled(pilot)
        organiser = app.screen
        assert isinstance(organiser, OrganiserScreen)
        text = assert_safe(app, calls, "organiser")
        assert "title: [bold]x[/]" in text
        await pilot.click("#org-count")
        await app.workers.wait_for_complete()
        await settled(pilot)
        text = assert_safe(app, calls, "organiser tally")
        assert "recipient: [bold]x[/]" in text
        await show_help(pilot, app, calls, "organiser")
        await type_keys(pilot, "escape")
        await settled(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert_safe(app, calls, "back on the cases")


def test_hostile_text_on_every_screen_is_shown_never_obeyed(calls: Calls) -> None:
    write_hostile_drafts()
    app = make_app(case_sources=[], paths=default_paths(), today=TODAY, library=hostile_library())
    asyncio.run(asyncio.wait_for(walk(app, calls), WALK_BUDGET_SECONDS))
    assert calls.forbidden() == []
    assert app.return_code is None
    # Every screen was checked; no control character reached any but the known places.
    unexpected = {where: bad for where, bad in calls.leaks.items() if where not in KNOWN_LEAKS}
    assert unexpected == {}
