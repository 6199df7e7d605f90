"""The recipients list shows who is chosen by more than a colour: a chosen person's box has a
mark, an unchosen person's box is empty (a colour-blind writer, or a terminal without colour,
saw the same "X" in both, one green and one grey)."""

from __future__ import annotations

import asyncio

from pilot_support import TODAY, screen_lines, settled, type_keys, wait_for_cases

from appeal_tui.core.library import bundled_cases_dir
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.recipients import RecipientsScreen

CHOSEN, NOT_CHOSEN = "▐X▌", "▐ ▌"


def boxes(lines: list[str]) -> dict[str, str]:
    """Each listed person's role and name (its first words), with the box before it."""
    found: dict[str, str] = {}
    for line in lines:
        for box in (CHOSEN, NOT_CHOSEN):
            if box in line:
                found[line.split(box, 1)[1].strip()[:30]] = box
    return found


def test_chosen_and_unchosen_people_differ_by_a_mark_not_only_by_colour() -> None:
    async def run() -> None:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter", "enter")
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, RecipientsScreen)
            chosen = set(screen._chosen())
            people = screen.case.recipients
            assert chosen and len(chosen) < len(people), "some chosen, some not"
            shown = boxes(screen_lines(app))
            assert len(shown) == len(people)
            expected = [CHOSEN if r.key in chosen else NOT_CHOSEN for r in people]
            assert list(shown.values()) == expected
            # Space on the second person: its box gets the mark.
            await type_keys(pilot, "down", "space")
            await settled(pilot)
            expected[1] = CHOSEN if expected[1] == NOT_CHOSEN else NOT_CHOSEN
            assert list(boxes(screen_lines(app)).values()) == expected

    asyncio.run(run())
