"""For the Pilot tests: the app on small test cases with a fixed date; the screen as text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.app import App

from appeal_tui.storage.paths import Paths, default_paths
from appeal_tui.ui.app import AppealApp, make_app

FIXTURE_CASES = Path(__file__).resolve().parent / "fixture_cases"
# Every UI test counts days from this date, so "days left" and letter dates never change.
TODAY = dt.date(2024, 5, 15)


def fixture_app(*sources: Path, event: str | None = None, paths: Paths | None = None) -> AppealApp:
    """The app on `sources` (default: the fixture cases), data in the test's own data dir."""
    return make_app(
        case_sources=list(sources) or [FIXTURE_CASES],
        paths=paths or default_paths(),
        event=event,
        today=TODAY,
    )


def write_app() -> AppealApp:
    """The app opened straight on the writing screen: the first open English fixture case,
    its first recipient."""
    from appeal_tui.core.library import load_library
    from appeal_tui.ui.config import WriteStart

    library = load_library([FIXTURE_CASES])
    case = next(c for c in library.cases.values() if c.is_writable and "en" in c.languages)
    start = WriteStart(case=case, language="en", recipient_keys=(case.recipients[0].key,))
    return make_app(
        case_sources=[FIXTURE_CASES], paths=default_paths(), today=TODAY, start=start,
        library=library,
    )  # fmt: skip


async def wait_for_cases(app: App[object]) -> None:
    """Until the case list has loaded (it loads in a worker after the first paint)."""
    await app.workers.wait_for_complete()
    from textual.pilot import Pilot

    await Pilot(app).pause()


def screen_lines(app: App[object]) -> list[str]:
    """Every row of the current screen as the user sees it (characters only, no styles)."""
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def screen_text(app: App[object]) -> str:
    return "\n".join(screen_lines(app))
