"""Apps and steps for the snapshot tests: fixture cases, a fixed date, no blinking, no races."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

from appeal_tui.core.i18n import _
from appeal_tui.storage.drafts import DraftSummary
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import AppealApp, make_app

FIXTURE_CASES = Path(__file__).resolve().parents[1] / "ui" / "fixture_cases"
TODAY = dt.date(2024, 5, 15)
SIZES = [(80, 24), (120, 40)]

Step = Callable[[Pilot[None]], Awaitable[None]]


def fixture_app(rtl: str | None = None) -> AppealApp:
    return make_app(case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY, rtl=rtl)


async def settle(pilot: Pilot[None]) -> None:
    """Until workers are done and the autosave status (if any) says saved."""
    app = pilot.app
    await app.workers.wait_for_complete()
    await pilot.pause()
    for _attempt in range(100):
        states = app.screen.query("#save-state")
        if not states or str(states.first(Static).render()) == _("Saved ✓"):
            break
        await asyncio.sleep(0.05)
        await pilot.pause()
    await pilot.pause()


def steps(*keys: str) -> Step:
    """Wait for the cases, press `keys` (waiting between screens), then settle."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        await settle(pilot)

    return run


def typed(text: str) -> tuple[str, ...]:
    return tuple("space" if c == " " else c for c in text)


class FixedDraftStore:
    """A store with fixed summaries, so the drafts screen looks the same on every run."""

    problems: tuple[object, ...] = ()

    def list(self) -> list[DraftSummary]:
        def summary(n: int, title: str, language: str, status: str) -> DraftSummary:
            return DraftSummary(
                id=f"a{n}b2c3d4e5f6-20240515",
                case_id="xx-river-defenders",
                case_title=title,
                language=language,
                recipients=("minister", "prosecutor"),
                mode="post",
                status=status,
                created=f"2024-05-15T09:0{n}:00Z",
                updated=f"2024-05-15T10:0{n}:00Z",
                event=None,
                has_sender_name=True,
                revision=3,
            )

        return [
            summary(2, "River defenders held for protesting a dam", "es", "ready"),
            summary(1, "River defenders [/] held", "fa", "draft"),
        ]

    def delete(self, draft_id: str) -> Path:
        raise NotImplementedError
