"""At 80 columns (issue 14): the header keeps the step and language whole and cuts the title
instead; letter tabs cut a long name with an ellipsis."""

from __future__ import annotations

import asyncio
from pathlib import Path

from pilot_support import FIXTURE_CASES, TODAY, screen_lines, settled, type_keys, wait_for_cases

from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.write import WriteScreen

LONG_NAME = "Her Excellency María Fernanda de los Ángeles Gómez-Villalobos"


def test_header_keeps_step_and_language_at_80_columns() -> None:
    async def run() -> None:
        app = make_app(
            case_sources=[FIXTURE_CASES],
            paths=default_paths(),
            today=TODAY,
            event="Write for Rights, Leeds Central Library, December",
            organiser_passphrase="organiser passphrase",
        )
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, *"river", "enter", "enter", "ctrl+n")
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            header = screen_lines(app)[0]
            assert header.rstrip().endswith("Write · español – Spanish")
            # The title gives way, and says it was cut.
            assert "Event: Write for Rights" in header and "…" in header
            assert len(header) == 80

    asyncio.run(run())


def test_long_recipient_name_is_cut_with_an_ellipsis_on_its_tab(tmp_path: Path) -> None:
    text = (FIXTURE_CASES / "xx-river-defenders.yaml").read_text(encoding="utf-8")
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "xx-river-defenders.yaml").write_text(
        text.replace("name: Laura Gómez", f"name: {LONG_NAME}"), encoding="utf-8"
    )

    async def run() -> None:
        app = make_app(case_sources=[folder], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, *"river", "enter", "enter", "ctrl+n", "f3", *"Ana", "ctrl+r")
            await settled(pilot)
            assert isinstance(app.screen, PreviewScreen)
            tabs = next(line for line in screen_lines(app) if "Pedro Ruiz" in line)
            assert f"{LONG_NAME[:29]}…" in tabs
            assert LONG_NAME not in tabs
            assert screen_lines(app)[0].rstrip().endswith("Your letters · español – Spanish")

    asyncio.run(run())
