"""A first start on many new case files (issue 18): helper processes read them while the list is
on screen; the writer sees every case, the files with errors, and a case's details, exactly as
when the app reads the files itself."""

from __future__ import annotations

import asyncio
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path

import pytest
from pilot_support import (
    UNTIL_LIMIT,
    fixture_app,
    screen_text,
    settled,
    type_keys,
    until,
    wait_for_cases,
)
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
        # Every file checked: the count as it is, without "checking…".
        checked = screen_text(app)
        assert "150 cases · 1 case file with errors (listed at the end)" in checked
        assert "checking" not in checked
        options = app.screen.query_one(OptionList)
        ids = [str(options.get_option_at_index(i).id) for i in range(options.option_count)]
        # The filter finds one case; its details are shown.
        await type_keys(pilot, *"number 77 ")
        await wait_for_cases(app)
        await settled(pilot)
        return screen_text(app), ids


@pytest.mark.parametrize("helpers", [True, False])
def test_a_first_start_lists_every_case_with_or_without_helpers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helpers: bool
) -> None:
    started: list[tuple[str, int]] = []
    real_start = load_helpers._Helper.start.__func__  # type: ignore[attr-defined]

    def counted(
        cls: type[load_helpers._Helper], results: object, number: int, kind: str = "load"
    ) -> load_helpers._Helper:
        started.append((kind, number))
        return real_start(cls, results, number, kind)  # type: ignore[no-any-return]

    monkeypatch.setattr(load_helpers._Helper, "start", classmethod(counted))
    monkeypatch.setattr(load_helpers, "idle_cores", lambda: 2 if helpers else 0)
    monkeypatch.setattr(load_helpers, "usable_cores", lambda: 2 if helpers else 1)
    folder = _cases(tmp_path)
    text, ids = asyncio.run(_first_start(folder))
    # 151 files glanced at by two helpers, then the 150 glanced at (not the broken one, which a
    # glance leaves to be checked at once) checked by two more.
    expected = [("glance", 0), ("glance", 1), ("list", 0), ("list", 1)]
    assert sorted(started) == (expected if helpers else [])
    assert set(ids) == {f"case-{n:03}" for n in range(COUNT)} | {"broken:0"}
    assert "1 of 150 cases · 1 case file with errors (listed at the end)" in text
    assert "Prisoner number 77 held" in text and "For: Kari Nordmann" in text
    # The next start lists the cases from the index the first one left.
    assert index_file(default_paths()).is_file()


def test_a_file_with_errors_a_glance_misses_is_listed_then_flagged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list shows every case from a glance at each file, says the files are being checked,
    and then lists a file whose errors only the check finds among the files with errors."""
    folder = _cases(tmp_path)
    # Its error (no recipient to write to) is in a part of the file a glance does not read.
    shutil.copy(BAD_CASES / "no-primary.yaml", folder / "case-no-primary.yaml")
    checking = threading.Event()
    real_list_files = load_helpers.list_files

    def held(
        paths: Sequence[Path], *, helpers: int | None = None, glance: bool = False
    ) -> load_helpers.FileResults[load_helpers.ListedFile]:
        if not glance:  # the check after the glance waits until the test has looked
            checking.wait(timeout=UNTIL_LIMIT)
        return real_list_files(paths, helpers=helpers, glance=glance)

    monkeypatch.setattr(load_helpers, "list_files", held)

    async def run() -> tuple[str, str, str]:
        app = fixture_app(folder)
        async with app.run_test(size=(120, 40)) as pilot:
            await until(
                pilot,
                lambda: "checking the files for errors" in screen_text(app),
                "every case listed, the files being checked",
            )
            listed = screen_text(app)
            # Chosen before the check: its errors are shown, no letter is started.
            await type_keys(pilot, *"only copies")
            await until(pilot, lambda: "Problems in" in screen_text(app), "its errors shown")
            opened = screen_text(app)
            checking.set()
            await wait_for_cases(app)
            await type_keys(pilot, *["backspace"] * len("only copies"))
            await wait_for_cases(app)
            return listed, opened, screen_text(app)

    listed, opened, checked = asyncio.run(run())
    assert "151 cases · checking the files for errors…" in listed
    assert "Only copies" in listed
    assert "This case file has errors" in opened and "primary" in opened
    assert "150 cases · 2 case files with errors (listed at the end)" in checked
    assert "checking the files" not in checked
