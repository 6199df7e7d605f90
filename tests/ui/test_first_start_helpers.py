"""A first start on many new case files (issue 18): helper processes read them while the list is
on screen; the writer sees every case, the files with errors, and a case's details, exactly as
when the app reads the files itself."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest
from pilot_support import fixture_app, screen_text, wait_for_cases
from textual.widgets import OptionList

from appeal_tui.core import load_helpers
from appeal_tui.storage.case_cache import index_file
from appeal_tui.storage.paths import default_paths

BAD_CASES = Path(__file__).resolve().parents[1] / "unit" / "bad_cases"
COUNT = 150


def _cases(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    good = (BAD_CASES / "good.yaml").read_text(encoding="utf-8")
    for n in range(COUNT):
        text = good.replace(
            "title: A good case beside the bad ones", f"title: Prisoner number {n} held"
        )
        (folder / f"case-{n:03}.yaml").write_text(text, encoding="utf-8")
    shutil.copy(BAD_CASES / "invalid-yaml.yaml", folder / "case-broken.yaml")
    return folder


async def _first_start(folder: Path) -> tuple[str, list[str]]:
    app = fixture_app(folder)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_cases(app)
        options = app.screen.query_one(OptionList)
        ids = [str(options.get_option_at_index(i).id) for i in range(options.option_count)]
        # The filter finds one case; its details are shown.
        await pilot.press(*"number 77 ")
        await wait_for_cases(app)
        await pilot.pause()
        return screen_text(app), ids


@pytest.mark.parametrize("helpers", [True, False])
def test_a_first_start_lists_every_case_with_or_without_helpers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helpers: bool
) -> None:
    started: list[int] = []
    real_start = load_helpers._Helper.start.__func__  # type: ignore[attr-defined]

    def counted(
        cls: type[load_helpers._Helper], results: object, number: int, kind: str = "load"
    ) -> load_helpers._Helper:
        started.append(number)
        return real_start(cls, results, number, kind)  # type: ignore[no-any-return]

    monkeypatch.setattr(load_helpers._Helper, "start", classmethod(counted))
    monkeypatch.setattr(load_helpers, "idle_cores", lambda: 2 if helpers else 0)
    monkeypatch.setattr(load_helpers, "usable_cores", lambda: 2 if helpers else 1)
    folder = _cases(tmp_path)
    text, ids = asyncio.run(_first_start(folder))
    assert sorted(started) == ([0, 1] if helpers else [])  # 151 files, shared by two
    assert set(ids) == {f"case-{n:03}" for n in range(COUNT)} | {"broken:0"}
    assert "1 of 150 cases · 1 case file with errors (listed at the end)" in text
    assert "Prisoner number 77 held" in text and "For: Kari Nordmann" in text
    # The next start lists the cases from the index the first one left.
    assert index_file(default_paths()).is_file()
