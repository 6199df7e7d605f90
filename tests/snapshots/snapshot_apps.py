"""Apps and steps for the snapshot tests: fixture cases, a fixed date, no blinking, no races."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Static

# The Pilot tests' waits (tests/ui/pilot_support.py), also when this folder runs alone.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from pilot_support import preview_settled, settled, type_keys, until

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
    """Until the app has handled every message, its workers are done, the writing screen's
    preview has refreshed, and the autosave status (if any) says saved. Waits for these
    conditions, not for the CPU to idle (`Pilot.pause`)."""
    app = pilot.app

    def saved() -> bool:
        states = app.screen.query("#save-state")
        return not states or str(states.first(Static).render()) == _("Saved ✓")

    await preview_settled(pilot)
    await until(pilot, saved, "the save status says saved")
    await settled(pilot)


def steps(*keys: str) -> Step:
    """Wait for the cases, press `keys` (each handled, and its screen's workers done, before
    the next), then settle."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await type_keys(pilot, key)
            await settled(pilot)
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
