"""The write screen's save status: "Saved ✓" while autosave keeps up, "Saving…" when a save is
late, "Not saved yet — retrying" when the disk refuses; it does not flicker per keystroke."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from pilot_support import write_app

from appeal_tui.storage.drafts import DraftSaveError, DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import AppealApp


def _status(app: AppealApp) -> str:
    return str(app.screen.query_one("#save-state").render())


async def _until(pilot: Any, app: AppealApp, text: str, seconds: float = 5.0) -> list[str]:
    """Wait until the status reads `text`; every status seen on the way."""
    seen: list[str] = []
    for _ in range(int(seconds / 0.05)):
        status = _status(app)
        if not seen or seen[-1] != status:
            seen.append(status)
        if status == text:
            return seen
        await pilot.pause(0.05)
    raise AssertionError(f"status never read {text!r}; saw {seen}")


def test_status_stays_saved_while_typing_and_the_draft_is_on_disk() -> None:
    app = write_app()

    async def walk() -> list[str]:
        async with app.run_test(size=(100, 30)) as pilot:
            await _until(pilot, app, "Saved ✓")
            seen: list[str] = []
            for key in "I am a nurse":
                await pilot.press("space" if key == " " else key)
                await pilot.pause(0.1)
                seen.append(_status(app))
            await pilot.pause(0.8)
            seen.append(_status(app))
            return seen

    seen = asyncio.run(walk())
    assert set(seen) == {"Saved ✓"}, seen
    drafts = DraftStore(default_paths()).list()
    assert len(drafts) == 1
    body = DraftStore(default_paths()).load(drafts[0].id).body
    assert body.rstrip().endswith("I am a nurse")


def test_status_says_saving_when_a_save_is_late_and_saved_when_it_lands(
    monkeypatch: Any,
) -> None:
    release = threading.Event()
    original = DraftStore.save

    def slow_save(self: DraftStore, draft: Any, **kwargs: Any) -> Any:
        if "late" in draft.body:
            release.wait(10)
        return original(self, draft, **kwargs)

    monkeypatch.setattr(DraftStore, "save", slow_save)
    app = write_app()

    async def walk() -> tuple[list[str], list[str]]:
        async with app.run_test(size=(100, 30)) as pilot:
            await _until(pilot, app, "Saved ✓")
            await pilot.press(*"late")
            waiting = await _until(pilot, app, "Saving…")
            release.set()
            return waiting, await _until(pilot, app, "Saved ✓")

    waiting, landed = asyncio.run(walk())
    assert waiting == ["Saved ✓", "Saving…"]
    assert landed == ["Saving…", "Saved ✓"]


def test_status_says_not_saved_when_the_disk_refuses(monkeypatch: Any) -> None:
    original = DraftStore.save
    refuse = threading.Event()

    def failing_save(self: DraftStore, draft: Any, **kwargs: Any) -> Any:
        if refuse.is_set():
            raise DraftSaveError("The disk is full: your draft is kept in memory.")
        return original(self, draft, **kwargs)

    monkeypatch.setattr(DraftStore, "save", failing_save)
    app = write_app()

    async def walk() -> list[str]:
        async with app.run_test(size=(100, 30)) as pilot:
            await _until(pilot, app, "Saved ✓")
            refuse.set()
            await pilot.press(*"full")
            seen = await _until(pilot, app, "Not saved yet — retrying")
            refuse.clear()
            seen += await _until(pilot, app, "Saved ✓")
            return seen

    seen = asyncio.run(walk())
    assert "Not saved yet — retrying" in seen
    assert seen[-1] == "Saved ✓"  # the retry succeeded once the disk took it
