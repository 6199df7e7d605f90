"""For the Pilot tests: the app on small test cases with a fixed date; the screen as text."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from textual import events
from textual.app import App
from textual.geometry import Offset
from textual.pilot import Pilot, _get_mouse_message_arguments
from textual.widget import Widget

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
    """Until the case list has loaded (it loads in a worker after the first paint) and the
    app has handled what the loading handed over (the list, then the highlighted case's
    details): a worker's result reaches the screen through messages, after the worker ends."""
    from textual.pilot import Pilot

    pilot = Pilot(app)
    cases = getattr(app, "cases", None)
    deadline = time.monotonic() + UNTIL_LIMIT
    while True:
        await app.workers.wait_for_complete()
        await handled(pilot)
        if cases is None or getattr(cases, "ready", True):
            break
        if time.monotonic() > deadline:
            raise AssertionError("the case list never finished loading")
        await asyncio.sleep(0.01)
    await app.workers.wait_for_complete()
    await handled(pilot)


def screen_lines(app: App[object]) -> list[str]:
    """Every row of the current screen as the user sees it (characters only, no styles)."""
    strips = app.screen._compositor.render_strips()
    return ["".join(segment.text for segment in strip) for strip in strips]


def screen_text(app: App[object]) -> str:
    return "\n".join(screen_lines(app))


# -- waiting for the condition, not for the CPU to idle --------------------------------------
#
# `Pilot.press`, `Pilot.click` and `Pilot.pause()` wait for "CPU idle" (textual._wait): at least
# 20 ms per step, and up to a second whenever any thread of the process is busy. The helpers
# below wait for what the test needs instead: that the app has handled the events sent so far
# (`handled`), or that a condition holds (`until`).

# Only reached when something is broken (no timing is asserted).
UNTIL_LIMIT = 60.0


# Enough rounds for any chain of messages one event starts; more means something loops.
MAX_ROUNDS = 200


async def handled(pilot: Pilot[object], *, paint: bool = True) -> None:
    """Until the app, its screens and their widgets have handled every message, including the
    ones that handling others queued (round after round), and the screen has painted what
    changed and run what waited for that paint (`call_after_refresh`). Not `paint`: until the
    messages are handled; the screen paints at its own pace (its update timer), as it does
    for a quick typist's keys."""
    app = pilot.app
    gate = getattr(app, "key_gate", None)
    for _ in range(MAX_ROUNDS):
        await asyncio.sleep(0)
        if app.return_code is not None:
            return  # the app is closing (`run_test` waits for the rest)
        if not await pilot._wait_for_screen():
            return  # the app raised: the test sees its exception
        # Keys the app holds until the one before has settled (ui/key_gate.py) are not in any
        # queue yet: wait for the gate too (it lets them through within moments).
        while gate is not None and gate.busy:
            await asyncio.sleep(0.001)
        if _queued(app):
            continue
        screen = app.screen
        if paint and _refresh_pending(screen):
            # What the screen's update timer would do next: lay out, paint, call back.
            screen._on_timer_update()
            continue
        return
    raise AssertionError(f"the app never stopped handling messages ({MAX_ROUNDS} rounds)")


def _queued(app: App[object]) -> bool:
    pumps: list[object] = [app]
    for screen in app.screen_stack:
        pumps.extend(screen.walk_children(with_self=True))
    return any(
        pump._pending_message is not None or not pump._message_queue.empty()  # type: ignore[attr-defined]
        for pump in pumps
    )


def _refresh_pending(screen: object) -> bool:
    return bool(
        screen._layout_required  # type: ignore[attr-defined]
        or screen._scroll_required  # type: ignore[attr-defined]
        or screen._repaint_required  # type: ignore[attr-defined]
        or screen._dirty_widgets  # type: ignore[attr-defined]
        or screen._recompose_required  # type: ignore[attr-defined]
        or screen._callbacks  # type: ignore[attr-defined]
    )


async def settled(pilot: Pilot[object]) -> None:
    """What `Pilot.pause()` is used for, without waiting for the CPU to idle: until the app has
    handled every message (`handled`) and none of its workers (a list loading, a preview being
    laid out, an import) is still running, round after round."""
    from textual.worker import WorkerState

    app = pilot.app
    for _ in range(MAX_ROUNDS):
        await handled(pilot)
        running = [w for w in app.workers if w.state in (WorkerState.PENDING, WorkerState.RUNNING)]
        if not running:
            return
        await app.workers.wait_for_complete(running)
    raise AssertionError(f"the app's workers never stopped ({MAX_ROUNDS} rounds)")


async def until(pilot: Pilot[object], condition: Callable[[], object], what: str) -> None:
    """Until `condition()` is true, checking after each round of messages the app handles."""
    deadline = time.monotonic() + UNTIL_LIMIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        await handled(pilot)
        await asyncio.sleep(0.005)


async def preview_settled(pilot: Pilot[object]) -> None:
    """On the write screen: until its live preview's refresh (due a moment after the last
    change, `PREVIEW_DELAY`) has run, then `settled`. Without the write screen: `settled`."""
    app = pilot.app
    await until(
        pilot,
        lambda: getattr(app.screen, "_preview_due", None) is None,
        "the preview's refresh ran",
    )
    await settled(pilot)


async def write_screen_settled(pilot: Pilot[object]) -> None:
    """For an app that opens on the writing screen (`write_app`): until that screen is shown,
    then `preview_settled` (its live preview laid out)."""
    from appeal_tui.ui.screens.write import WriteScreen

    await until(pilot, lambda: isinstance(pilot.app.screen, WriteScreen), "the write screen")
    await preview_settled(pilot)


async def click_cell(
    pilot: Pilot[object], widget: Widget, offset: tuple[int, int], *, paint: bool = True
) -> None:
    """What `Pilot.click(widget, offset=...)` sends (mouse down, up, click at that cell, as a
    terminal reports a quick click), then until the app has handled them, without Pilot's
    CPU-idle pauses. Not `paint`: the screen paints at its own pace (see `handled`)."""
    app = pilot.app
    screen = app.screen
    arguments = _get_mouse_message_arguments(widget, offset, button=1)
    at = Offset(arguments["x"], arguments["y"])
    assert at in screen.size.region, f"{offset} is off the screen"
    for event_class in (events.MouseDown, events.MouseUp, events.Click):
        kwargs = {**arguments, "chain": 1} if event_class is events.Click else arguments
        app.mouse_position = at
        screen._forward_event(event_class(**kwargs))
    await handled(pilot, paint=paint)


async def click(
    pilot: Pilot[object], target: str | Widget, offset: tuple[int, int] = (0, 0)
) -> None:
    """`Pilot.click(target, offset=offset)` (the widget's first cell unless `offset`), then
    until the app has handled it and its workers are done (`settled`), without Pilot's
    CPU-idle pauses."""
    widget = pilot.app.screen.query_one(target) if isinstance(target, str) else target
    await click_cell(pilot, widget, offset)
    await settled(pilot)


async def resize(pilot: Pilot[object], width: int, height: int) -> None:
    """What `Pilot.resize_terminal` does (the headless terminal's size, then a Resize event),
    then until the app has handled it and its workers are done (`settled`), without Pilot's
    CPU-idle pause."""
    from textual.drivers.headless_driver import HeadlessDriver
    from textual.events import Resize
    from textual.geometry import Size

    app = pilot.app
    size = Size(width, height)
    if isinstance(app._driver, HeadlessDriver):
        app._driver._size = size
    app.post_message(Resize(size, size))
    await settled(pilot)


async def type_keys(pilot: Pilot[object], *keys: str, paint_each: bool = True) -> None:
    """What `Pilot.press(*keys)` sends, each key handled by the app before the next is sent,
    without Pilot's CPU-idle pauses (a person typing, never faster than the app reads).
    Not `paint_each`: the screen is not made to paint after every key (it paints at its own
    pace, every 1/60 s, as for a quick typist), only once after the last; for typing text
    whose screen is looked at afterwards (a forced paint per key was most of a test's CPU)."""
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    app = pilot.app
    driver = app._driver
    assert driver is not None
    for key in keys:
        if len(key) == 1 and not key.isalnum():
            key = _character_to_key(key)
        char: str | None
        try:
            char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
        except KeyError:
            char = key if len(key) == 1 else None
        event = events.Key(key, char)
        event.set_sender(app)
        driver.send_message(event)
        await handled(pilot, paint=paint_each)
    if not paint_each:
        await handled(pilot)


def own_terminal() -> None:
    """For `subprocess.Popen(preexec_fn=...)` with a pty's slave as standard input: a new
    session whose controlling terminal is that pty. If the test's process dies before its
    cleanup, the closed pty hangs the app up (SIGHUP) instead of leaving it spinning on a dead
    terminal."""
    import fcntl
    import termios

    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)
