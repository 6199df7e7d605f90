"""The volunteer's whole path, driven with keys as a user would: case to saved letter."""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import replace

import pytest
from pilot_support import TODAY, screen_text, settled, type_keys, wait_for_cases
from textual.pilot import Pilot
from textual.widgets import DataTable, Input

from appeal_tui.core.draft import draft_for_case
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.storage.profile import load_profile
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen

SEED = "ir-hossein-ronaghi-maleki"


def seed_app(event: str | None = None) -> AppealApp:
    return make_app(
        case_sources=[bundled_cases_dir()],
        paths=default_paths(),
        event=event,
        today=TODAY,
        organiser_passphrase="organiser passphrase" if event else None,
    )


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Each key handled before the next; the screen paints at its own pace, and at the end."""
    await type_keys(pilot, *["space" if c == " " else c for c in text], paint_each=False)


async def write_letter(
    pilot: Pilot[None], *, language_downs: int, typed: str, name: str
) -> WriteScreen:
    """From the case list to the preview: seed case, a language, two recipients, typed text."""
    app = pilot.app
    await type_text(pilot, "Ronaghi")
    await type_keys(pilot, "enter")
    await settled(pilot)
    assert isinstance(app.screen, LanguageScreen)
    await type_keys(pilot, *["down"] * language_downs, "enter")
    await settled(pilot)
    assert isinstance(app.screen, RecipientsScreen)
    # The primary recipient is chosen already; add the next one (a copy).
    await type_keys(pilot, "down", "space", "ctrl+n")
    await settled(pilot)
    write = app.screen
    assert isinstance(write, WriteScreen)
    assert app.focused is not None and app.focused.id == "body"
    await type_text(pilot, typed)
    await type_keys(pilot, "f3")
    await type_text(pilot, name)
    await type_keys(pilot, "ctrl+r")
    await settled(pilot)
    assert isinstance(app.screen, PreviewScreen)
    return write


@pytest.mark.parametrize(("language", "downs"), [("fa", 0), ("es", 2)])
def test_whole_path_saves_the_typed_letter(language: str, downs: int) -> None:
    async def run() -> None:
        app = seed_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_cases(app)
            typed = "I am a nurse in Leeds and I think of him."
            await write_letter(pilot, language_downs=downs, typed=typed, name="Maria Lopez")
            [summary] = DraftStore(default_paths()).list()
            draft = DraftStore(default_paths()).load(summary.id)
            assert draft.case_id == SEED
            assert draft.language == language
            assert draft.recipients == ("supreme-leader", "head-of-judiciary")
            assert draft.body.rstrip().endswith(typed)
            assert draft.sender.name == "Maria Lopez"
            await type_keys(pilot, "m")
            await settled(pilot)
            assert DraftStore(default_paths()).load(summary.id).status == "ready"
            await type_keys(pilot, "n")
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)
        # Outside event mode the writer's details are remembered for next time.
        assert load_profile(default_paths()).name == "Maria Lopez"

    asyncio.run(run())


def test_event_mode_next_writer_sees_an_empty_form_and_no_earlier_drafts() -> None:
    async def run() -> None:
        store = DraftStore(default_paths())
        seed = load_library([bundled_cases_dir()]).get(SEED)
        assert seed is not None
        earlier = draft_for_case(
            seed,
            sender=Sender(name="Previous Volunteer", city="Oslo"),
            body="An earlier letter",
            now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC),
        )
        store.save(replace(earlier))

        app = seed_app(event="Vigil")
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_cases(app)
            await write_letter(pilot, language_downs=2, typed="Hola.", name="Ana Writer")
            await type_keys(pilot, "n")
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)

            # The next writer: same case, and nothing of Ana's is on the form.
            await type_keys(pilot, "enter")
            await settled(pilot)
            await type_keys(pilot, "enter")
            await settled(pilot)
            await type_keys(pilot, "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            assert "Hola." not in app.screen.query_one("#body").text  # type: ignore[attr-defined]
            await type_keys(pilot, "f3")
            assert app.screen.query_one("#sender-name", Input).value == ""
            assert "Ana Writer" not in screen_text(app)

            # Drafts: only the letters of the writer at the keyboard; this one went back to the
            # case list, which ended their turn, so none (and never an earlier writer's).
            await type_keys(pilot, "escape", "escape", "escape")
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)
            await type_keys(pilot, "f2")
            await settled(pilot)
            assert isinstance(app.screen, DraftsScreen)
            text = screen_text(app)
            assert "Previous Volunteer" not in text
            table = app.screen.query_one(DataTable)
            ids = {row.value for row in table.rows}
            assert earlier.id not in ids
            assert ids == set()
            assert "Ana Writer" not in text
        drafts = [store.load(s.id) for s in store.list()]
        assert {d.event for d in drafts if d.id != earlier.id} == {"Vigil"}
        assert "Ana Writer" in {d.sender.name for d in drafts}
        # At an event nobody's details are remembered.
        assert load_profile(default_paths()).name == ""

    asyncio.run(run())
