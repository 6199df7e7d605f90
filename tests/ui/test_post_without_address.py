"""A post letter to a recipient without a postal address is not written in the app either:
the recipients screen and the preview name the recipient and the contact they do have
(the rule `letter` and `batch` use, `core.postal.post_recipients`)."""

from __future__ import annotations

import asyncio

from pilot_support import TODAY, screen_text, settled, type_keys, wait_for_cases
from textual.pilot import Pilot

from appeal_tui.core.library import bundled_cases_dir
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen

MINISTER = "Major General Adel Mahmoud Ragab"
FAX = "+20 2 0000 0100"


def _words(app: object) -> str:
    """The screen's text with lines joined (a long line wraps)."""
    return " ".join(screen_text(app).split())  # type: ignore[arg-type]


async def _to_recipients(pilot: Pilot[None]) -> RecipientsScreen:
    app = pilot.app
    await type_keys(pilot, *"Egypt")
    await type_keys(pilot, "enter")
    await settled(pilot)
    assert isinstance(app.screen, LanguageScreen)
    await type_keys(pilot, "enter")
    await settled(pilot)
    assert isinstance(app.screen, RecipientsScreen)
    return app.screen


def test_post_to_the_fax_only_minister_is_left_out_with_a_line_naming_the_fax() -> None:
    async def run() -> None:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(110, 40)) as pilot:
            await wait_for_cases(app)
            screen = await _to_recipients(pilot)
            # The prosecutor (with an address) is chosen; by post nothing is left out yet.
            assert screen.mode == "post"
            assert "No letter by post" not in screen_text(app)
            # Add the minister, who takes appeals by fax only.
            keys = [r.key for r in screen.case.recipients]
            await type_keys(pilot, *["down"] * keys.index("interior-minister"), "space")
            await settled(pilot)
            text = _words(app)
            assert f"No letter by post to {MINISTER}: no postal address is known." in text
            assert f"Reach them by fax {FAX}." in text
            # By email the minister is written to: the line goes.
            await type_keys(pilot, "e")
            await settled(pilot)
            assert "No letter by post" not in screen_text(app)
            await type_keys(pilot, "p", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            await type_keys(pilot, "f3", *"Ana", "ctrl+r")
            await settled(pilot)
            preview = app.screen
            assert isinstance(preview, PreviewScreen)
            # One letter (the prosecutor's), and the status says why the minister has none.
            assert [letter.to_keys for letter in preview.letters] == [("prosecutor-general",)]
            text = _words(app)
            assert "1 letter ·" in text
            assert f"No letter by post to {MINISTER}" in text and FAX in text
            # The draft keeps the writer's choice: by email the minister gets the letter.
            [summary] = DraftStore(default_paths()).list()
            draft = DraftStore(default_paths()).load(summary.id)
            assert draft.recipients == ("prosecutor-general", "interior-minister")

    asyncio.run(run())


def test_only_recipients_without_an_address_by_post_cannot_go_on() -> None:
    async def run() -> None:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(110, 40)) as pilot:
            await wait_for_cases(app)
            screen = await _to_recipients(pilot)
            keys = [r.key for r in screen.case.recipients]
            # Unchoose the prosecutor, choose only the minister.
            await type_keys(pilot, "space", *["down"] * keys.index("interior-minister"), "space")
            await type_keys(pilot, "ctrl+n")
            await settled(pilot)
            assert app.screen is screen
            # (a toast, which the headless screen text leaves out)
            shown = [str(n.message) for n in app._notifications]
            assert any("No one you chose has a postal address" in m for m in shown)
            await type_keys(pilot, "e", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)

    asyncio.run(run())
