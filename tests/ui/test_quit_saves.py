"""Quitting never loses text: Ctrl+Q and Ctrl+C save what was typed (even an instant before),
and when the disk refuses (full, read-only) the app says so and asks: try again, save
elsewhere, quit anyway, or keep writing."""

from __future__ import annotations

import asyncio
import errno
import json
from pathlib import Path
from typing import Any

import pytest
from pilot_support import click, screen_text, settled, type_keys, until, write_app
from textual.pilot import Pilot
from textual.widgets import Button, Input, TextArea

from appeal_tui.core.draft import from_json
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import AppealApp
from appeal_tui.ui.screens.quit_problem import QuitProblemScreen
from appeal_tui.ui.screens.write import WriteScreen

TYPED = " Written by a nurse in Leeds."
LAST = " And this, an instant before quitting."


class FullDisk:
    """Makes the drafts folder refuse every write, as a full disk does, until `healed`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = False
        real_write = DraftStore._write

        def write(store: DraftStore, *args: Any, **kwargs: Any) -> None:
            if self.full:
                raise OSError(errno.ENOSPC, "No space left on device")
            real_write(store, *args, **kwargs)

        monkeypatch.setattr(DraftStore, "_write", write)


def saved_bodies() -> list[str]:
    store = DraftStore(default_paths())
    return [store.load(s.id).body for s in store.list()]


async def open_and_type(pilot: Pilot[None]) -> WriteScreen:
    app = pilot.app
    await settled(pilot)
    write = app.screen
    assert isinstance(write, WriteScreen)
    await type_keys(pilot, *["space" if c == " " else c for c in TYPED], paint_each=False)
    await settled(pilot)
    return write


def test_ctrl_q_saves_text_typed_an_instant_before() -> None:
    async def run() -> AppealApp:
        app = write_app()
        async with app.run_test(size=(100, 30)) as pilot:
            write = await open_and_type(pilot)
            # Typed and, before the app has handled the change, Ctrl+Q.
            write.query_one("#body", TextArea).insert(LAST)
            await type_keys(pilot, "ctrl+q")
            await settled(pilot)
        return app

    app = asyncio.run(run())
    assert app.return_code == 0
    [body] = saved_bodies()
    assert body.endswith(TYPED + LAST)


def test_ctrl_c_saves_and_says_how_to_quit() -> None:
    async def run() -> None:
        app = write_app()
        async with app.run_test(size=(100, 30)) as pilot:
            write = await open_and_type(pilot)
            await type_keys(pilot, "f4")  # off the editor, where Ctrl+C would copy
            write.query_one("#body", TextArea).insert(LAST)
            await type_keys(pilot, "ctrl+c")
            await settled(pilot)
            assert app.is_running and app.screen is write
            [body] = saved_bodies()
            assert body.endswith(TYPED + LAST)
            assert any("Press Ctrl+Q to quit" in str(n.message) for n in app._notifications)

    asyncio.run(run())


async def quit_on_a_full_disk(pilot: Pilot[None], disk: FullDisk) -> QuitProblemScreen:
    app = pilot.app
    await open_and_type(pilot)
    disk.full = True
    app.screen.query_one("#body", TextArea).insert(LAST)
    await type_keys(pilot, "ctrl+q")
    await settled(pilot)
    dialog = app.screen
    assert isinstance(dialog, QuitProblemScreen), "quit at once although nothing was saved"
    assert app.is_running
    text = screen_text(app)
    assert "Your letter is not saved" in text
    assert "the disk is full" in text
    return dialog


def test_quit_on_a_full_disk_asks_and_try_again_saves(monkeypatch: pytest.MonkeyPatch) -> None:
    disk = FullDisk(monkeypatch)

    async def run() -> AppealApp:
        app = write_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await quit_on_a_full_disk(pilot, disk)
            await click(pilot, "#quit-retry")  # still full
            assert isinstance(app.screen, QuitProblemScreen)
            assert "Still not saved" in screen_text(app)
            disk.full = False  # space was freed
            retry = app.screen.query_one("#quit-retry", Button)
            # A button ignores clicks while it flashes.
            await until(pilot, lambda: not retry.has_class("-active"), "the button's flash ended")
            await click(pilot, "#quit-retry")
        return app

    app = asyncio.run(run())
    assert app.return_code == 0
    [body] = saved_bodies()
    assert body.endswith(TYPED + LAST)


def test_quit_on_a_full_disk_saves_elsewhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    disk = FullDisk(monkeypatch)
    elsewhere = tmp_path / "usb stick" / "letters"

    async def run() -> AppealApp:
        app = write_app()
        async with app.run_test(size=(100, 30)) as pilot:
            dialog = await quit_on_a_full_disk(pilot, disk)
            dialog.query_one("#quit-folder", Input).value = str(elsewhere)
            await click(pilot, "#quit-elsewhere")
        return app

    app = asyncio.run(run())
    assert not app.is_running
    [json_file] = elsewhere.glob("*.json")
    rescued = from_json(json.loads(json_file.read_text(encoding="utf-8")))
    assert rescued.body.endswith(TYPED + LAST)
    [text_file] = elsewhere.glob("*.txt")
    assert (TYPED + LAST).strip() in text_file.read_text(encoding="utf-8")
    assert json_file.stat().st_mode & 0o077 == 0  # owner-only: a home address may be in it


def test_quit_on_a_full_disk_can_keep_writing_or_quit_anyway(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    disk = FullDisk(monkeypatch)

    async def run() -> AppealApp:
        app = write_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await quit_on_a_full_disk(pilot, disk)
            await type_keys(pilot, "escape")  # keep writing: nothing closes
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            assert app.screen.query_one("#body", TextArea).text.endswith(TYPED + LAST)
            await type_keys(pilot, "ctrl+q")
            await settled(pilot)
            assert isinstance(app.screen, QuitProblemScreen)
            app.screen.query_one("#quit-anyway", Button).press()
            await settled(pilot)
        return app

    app = asyncio.run(run())
    assert not app.is_running


def test_a_stop_signal_on_a_full_disk_saves_the_letter_elsewhere(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """SIGTERM/SIGHUP: nobody can be asked, so the letter goes to the documents folder."""
    import signal

    from appeal_tui.ui import letter_rescue

    disk = FullDisk(monkeypatch)
    documents = tmp_path / "Documents"
    monkeypatch.setattr(letter_rescue, "documents_dir", lambda: documents)

    async def run() -> AppealApp:
        app = write_app()
        async with app.run_test(size=(100, 30)) as pilot:
            await open_and_type(pilot)
            disk.full = True
            app.screen.query_one("#body", TextArea).insert(LAST)
            app.stop_for_signal(signal.SIGHUP)
            await settled(pilot)
        return app

    app = asyncio.run(run())
    assert app.return_code == 128 + signal.SIGHUP
    [json_file] = documents.glob("*.json")
    rescued = from_json(json.loads(json_file.read_text(encoding="utf-8")))
    assert rescued.body.endswith(TYPED + LAST)
