"""A second start lists the cases from the rows remembered by the first, then from the files."""

from __future__ import annotations

import asyncio

from pilot_support import fixture_app, screen_text, settled, type_keys, wait_for_cases

from appeal_tui.storage.case_cache import index_file
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.widgets.case_list import CaseList


def _listed(app) -> list[str | None]:
    case_list = app.screen.query_one(CaseList)
    return [case_list.get_option_at_index(i).id for i in range(case_list.option_count)]


def test_second_start_lists_the_same_cases_and_writes_from_them() -> None:
    asyncio.run(_second_start())


async def _second_start() -> None:
    paths = default_paths()
    first = fixture_app(paths=paths)
    async with first.run_test(size=(120, 40)):
        await wait_for_cases(first)
        listed = _listed(first)
    assert index_file(paths).exists()

    again = fixture_app(paths=paths)
    async with again.run_test(size=(120, 40)) as pilot:
        await wait_for_cases(again)
        assert _listed(again) == listed
        assert "River defenders" in screen_text(again)
        await type_keys(pilot, "enter")
        await settled(pilot)
        assert again.screen.__class__.__name__ != "CasesScreen"
