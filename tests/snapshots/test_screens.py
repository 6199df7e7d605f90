"""Every screen at 80×24 and 120×40, compared with reviewed SVG snapshots.

Update after an intended change with `pytest tests/snapshots --snapshot-update` and review the diff.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from snapshot_apps import SIZES, FixedDraftStore, fixture_app, settle, steps, typed

from appeal_tui.core import i18n
from appeal_tui.ui.screens.drafts import DraftsScreen

RIVER = ("r", "i", "v", "e", "r")
# The river case in Spanish: filter, choose, language es (first), recipients as chosen.
TO_WRITE_ES = (*RIVER, "enter", "enter", "ctrl+n")
TO_WRITE_FA = (*RIVER, "enter", "down", "down", "enter", "ctrl+n")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cases_with_a_problem_case(snap_compare: Any, size: tuple[int, int]) -> None:
    # The first case is past its deadline and its file has a warning (a misspelt key).
    assert snap_compare(fixture_app(), terminal_size=size, run_before=steps())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_cases_broken_file(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=steps("tab", "end"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_language(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=steps(*RIVER, "enter"))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_language_search(snap_compare: Any, size: tuple[int, int]) -> None:
    run = steps(*RIVER, "enter", "o", *typed("germ"))
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_recipients(snap_compare: Any, size: tuple[int, int]) -> None:
    run = steps(*RIVER, "enter", "enter", "down", "down")
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_write(snap_compare: Any, size: tuple[int, int]) -> None:
    run = steps(*TO_WRITE_ES, *typed("Soy maestra."))
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_write_details(snap_compare: Any, size: tuple[int, int]) -> None:
    run = steps(*TO_WRITE_ES, "f3", *typed("Ana Writer"))
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_write_rtl_with_preview(snap_compare: Any, size: tuple[int, int]) -> None:
    # On 80 columns the preview takes the editor's place (F8); on 120 it is beside it.
    keys = (*TO_WRITE_FA, "f8") if size[0] < 120 else TO_WRITE_FA
    assert snap_compare(fixture_app(), terminal_size=size, run_before=steps(*keys))


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_write_rtl_visual_order(snap_compare: Any, size: tuple[int, int]) -> None:
    # For terminals that do not reorder right-to-left text: the editor keeps typing order, the
    # paragraph being edited is mirrored below it in reading order, the preview is reordered.
    # The cursor in the letter's first paragraph (Persian).
    start = (*TO_WRITE_FA, *["up"] * 20)
    keys = (*start, "f8") if size[0] < 120 else start
    run = steps(*keys)
    assert snap_compare(fixture_app(rtl="visual"), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_preview_rtl_letter(snap_compare: Any, size: tuple[int, int]) -> None:
    run = steps(*TO_WRITE_FA, "f3", *typed("Ana Writer"), "ctrl+r")
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_preview_ltr_two_letters(snap_compare: Any, size: tuple[int, int]) -> None:
    run = steps(*TO_WRITE_ES, "f3", *typed("Ana Writer"), "ctrl+r")
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_drafts(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run(pilot: Any) -> None:
        await settle(pilot)
        pilot.app.push_screen(DraftsScreen(FixedDraftStore()))  # type: ignore[arg-type]
        await settle(pilot)

    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_help(snap_compare: Any, size: tuple[int, int]) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=steps("f1"))


@pytest.fixture
def spanish() -> Iterator[None]:
    """The interface in Spanish (the shipped catalog), English again afterwards. The letter's
    language is chosen on its own (Spanish here too: the river case offers it first)."""
    i18n.set_ui_language("es")
    try:
        yield
    finally:
        i18n.set_ui_language("en")


# Regenerate after the Spanish catalog changes, and review the diff:
#   pytest tests/snapshots -k spanish --snapshot-update
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_spanish_cases(snap_compare: Any, size: tuple[int, int], spanish: None) -> None:
    assert snap_compare(fixture_app(), terminal_size=size, run_before=steps())


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_spanish_write_details(snap_compare: Any, size: tuple[int, int], spanish: None) -> None:
    run = steps(*TO_WRITE_ES, "f3", *typed("Ana Writer"))
    assert snap_compare(fixture_app(), terminal_size=size, run_before=run)
