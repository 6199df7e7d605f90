"""Event mode keeps writers apart: every way a writer's letter ends leaves a clean slate.

For each way a turn ends (`n`, Escape back to the case list from each screen of the path, F2,
the command palette, the idle timeout), writer A types distinctive details and a letter, ends
the turn that way, and writer B then walks every screen a writer can reach. On none of them
(the text on screen, and the whole screenshot) may any of A's strings appear; A's letter must
be on disk all the same.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable

import pytest
from pilot_support import (
    FIXTURE_CASES,
    TODAY,
    screen_text,
    settled,
    type_keys,
    until,
    wait_for_cases,
)
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.storage.profile import load_profile
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.export_dialog import ExportDialog
from appeal_tui.ui.screens.help import HelpScreen
from appeal_tui.ui.screens.language import LanguageScreen, LanguageSearchScreen
from appeal_tui.ui.screens.passphrase import PassphraseAskScreen
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.still_there import StillThereScreen
from appeal_tui.ui.screens.write import WriteScreen

EVENT = "W4R Testtown"
PASSPHRASE = "organiser only"
# Writer A's details and letter: strings no screen shows unless it shows A's.
A_NAME = "Zephyrine Quillfeather"
A_ADDRESS = "17 Marigoldlane, Kettlewick"
A_CITY = "Brackenbury"
A_EMAIL = "zq.quill@example.net"
A_LETTER = "Obadiahwick keeps the lighthouse"
A_FILTER = "river"
A_TOKENS = (
    "Zephyrine",
    "Quillfeather",
    "Marigoldlane",
    "Kettlewick",
    "Brackenbury",
    "zq.quill",
    "Obadiahwick",
)
B_NAME = "Bee"


def event_app(*, idle_timeout: float = 600.0, idle_warning: float = 30.0) -> AppealApp:
    return make_app(
        case_sources=[FIXTURE_CASES],
        paths=default_paths(),
        event=EVENT,
        today=TODAY,
        organiser_passphrase=PASSPHRASE,
        idle_timeout=idle_timeout,
        idle_warning=idle_warning,
    )


def toasts(app: AppealApp) -> str:
    """The notifications on show (drawn as toasts, which the headless screen text leaves out)."""
    return "\n".join(str(n.message) for n in app._notifications)


def rendered(app: AppealApp) -> str:
    """What is on screen: its characters, the whole screenshot (every layer, every style), and
    the notifications shown over it."""
    return screen_text(app) + "\n" + app.export_screenshot() + "\n" + toasts(app)


def assert_nothing_of_a(app: AppealApp, where: str) -> str:
    text = rendered(app)
    shown = [token for token in A_TOKENS if token in text]
    assert shown == [], f"{where}: writer A's {shown} on screen"
    return text


async def type_text(pilot: Pilot[None], text: str) -> None:
    """Each key handled before the next (type_keys waits for that, not for CPU idle); the
    screen painted at its own pace while typing, and once at the end."""
    await type_keys(pilot, *["space" if c == " " else c for c in text], paint_each=False)


async def a_writes(pilot: Pilot[None]) -> WriteScreen:
    """Writer A: filters the cases, picks one, types a letter and every detail; on the write
    screen at the end (letter tab)."""
    app = pilot.app
    await type_text(pilot, A_FILTER)
    await type_keys(pilot, "enter")
    await settled(pilot)
    assert isinstance(app.screen, LanguageScreen)
    await type_keys(pilot, "down", "enter")  # English
    await settled(pilot)
    assert isinstance(app.screen, RecipientsScreen)
    await type_keys(pilot, "ctrl+n")
    await settled(pilot)
    write = app.screen
    assert isinstance(write, WriteScreen)
    await type_text(pilot, " " + A_LETTER)
    await type_keys(pilot, "f3")
    await type_text(pilot, A_NAME)
    for field, value in (("address", A_ADDRESS), ("city", A_CITY), ("email", A_EMAIL)):
        write.query_one(f"#sender-{field}", Input).focus()
        await type_text(pilot, value)
    await settled(pilot)
    assert A_NAME in rendered(app)  # A sees their own details, of course
    await type_keys(pilot, "f3")  # F3 again: back to the letter
    await settled(pilot)
    return write


async def a_reviews(pilot: Pilot[None]) -> None:
    await a_writes(pilot)
    await type_keys(pilot, "ctrl+r")
    await settled(pilot)
    assert isinstance(pilot.app.screen, PreviewScreen)
    assert "Quillfeather" in rendered(pilot.app)


def assert_a_saved() -> None:
    """A's letter is on disk (saved before the slate was cleaned), and A's details were never
    remembered as a profile."""
    store = DraftStore(default_paths())
    drafts = [store.load(s.id) for s in store.list()]
    mine = [d for d in drafts if d.sender.name == A_NAME]
    assert mine, "writer A's letter was not saved"
    assert all(A_LETTER in d.body and d.sender.email == A_EMAIL for d in mine)
    assert all(d.event == EVENT for d in mine)
    assert load_profile(default_paths()).name == ""


async def b_walks_every_screen(pilot: Pilot[None]) -> None:
    """Writer B, from the first screen: every screen a writer can reach, none showing A."""
    app = pilot.app
    assert isinstance(app, AppealApp)

    async def look(where: str) -> str:
        await settled(pilot)
        text = assert_nothing_of_a(app, where)
        if not isinstance(app.screen, HelpScreen | StillThereScreen):
            assert f"Event: {EVENT}" in text, f"{where}: the event's name is not shown"
        return text

    async def help_on(where: str) -> None:
        before = app.screen
        await type_keys(pilot, "f1")
        await settled(pilot)
        assert isinstance(app.screen, HelpScreen), where
        await look(f"help on {where}")
        await type_keys(pilot, "escape")
        await settled(pilot)
        assert app.screen is before

    # The first screen, as the next writer finds it: no filter, no toast of A's.
    cases = app.screen
    assert isinstance(cases, CasesScreen)
    assert cases.query_one("#case-filter", Input).value == ""
    text = await look("cases")
    assert not re.search(r"\d+ of \d+ cases", text), "the case list is still filtered"
    await help_on("cases")

    # The command palette, as B opens it.
    await type_keys(pilot, "ctrl+p")
    await settled(pilot)
    assert isinstance(app.screen, CommandPalette)
    await look("palette")
    await type_keys(pilot, "escape")
    await settled(pilot)

    # Drafts: nothing of A's (not even a row to open).
    await type_keys(pilot, "f2")
    await settled(pilot)
    drafts = app.screen
    assert isinstance(drafts, DraftsScreen)
    assert drafts.summaries == []
    await look("drafts")
    await help_on("drafts")
    await type_keys(pilot, "escape")
    await settled(pilot)

    # The organiser screens ask for the passphrase B does not know.
    for key in ("f5", "f6"):
        await type_keys(pilot, key)
        await settled(pilot)
        assert isinstance(app.screen, PassphraseAskScreen), key
        await type_text(pilot, "guess")
        await type_keys(pilot, "enter")
        await settled(pilot)
        assert isinstance(app.screen, PassphraseAskScreen), key
        await look(f"passphrase for {key}")
        await type_keys(pilot, "escape")
        await settled(pilot)
        assert isinstance(app.screen, CasesScreen)

    # The path: the same case as A, then every other open case is one Enter away too.
    app.screen.query_one("#case-list").focus()
    await type_text(pilot, A_FILTER)
    await type_keys(pilot, "enter")
    await settled(pilot)
    assert isinstance(app.screen, LanguageScreen)
    await look("language")
    await help_on("language")
    await type_keys(pilot, "o")
    await settled(pilot)
    assert isinstance(app.screen, LanguageSearchScreen)
    await look("language search")
    await type_keys(pilot, "escape")
    await settled(pilot)
    await type_keys(pilot, "down", "enter")
    await settled(pilot)
    assert isinstance(app.screen, RecipientsScreen)
    await look("recipients")
    await help_on("recipients")
    await type_keys(pilot, "ctrl+n")
    await settled(pilot)
    write = app.screen
    assert isinstance(write, WriteScreen)
    assert A_LETTER not in write.query_one("#body", TextArea).text
    await look("write")
    await type_keys(pilot, "f3")
    await settled(pilot)
    for field in ("name", "address", "city", "country", "email"):
        assert write.query_one(f"#sender-{field}", Input).value == "", field
    await look("write details")
    await type_keys(pilot, "f4")
    await look("write tips")
    await type_keys(pilot, "f8")
    await look("write with preview")
    await type_keys(pilot, "f8")
    await help_on("write")
    # Pasting: what A copied is not in the app's clipboard.
    assert not any(token in app.clipboard for token in A_TOKENS)
    await type_keys(pilot, "f4", "ctrl+v")  # F4 again: back to the letter, then paste
    await look("write after paste")
    await type_keys(pilot, "f3")
    await type_text(pilot, B_NAME)
    await type_keys(pilot, "ctrl+r")
    await settled(pilot)
    preview = app.screen
    assert isinstance(preview, PreviewScreen)
    for index in range(len(preview.letters)):
        preview.query_one("#letter-tabs").active = f"letter-{index}"  # type: ignore[attr-defined]
        await look(f"preview tab {index}")
    await help_on("preview")
    await type_keys(pilot, "x")
    await settled(pilot)
    assert isinstance(app.screen, ExportDialog)
    await look("export dialog")
    await type_keys(pilot, "escape")
    await settled(pilot)
    assert app.screen is preview
    assert "Bee" in screen_text(app)


async def run_route(
    end_turn: Callable[[Pilot[None]], Awaitable[None]], **app_options: float
) -> None:
    app = event_app(**app_options)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_cases(app)
        await end_turn(pilot)
        await settled(pilot)
        # B takes their time (the short timeout of the idle route was for A).
        app.idle.timeout, app.idle.warning = 600.0, 30.0
        if not isinstance(app.screen, CasesScreen):
            # F2 shows the drafts of the writer now at the keyboard: B starts from there.
            assert isinstance(app.screen, DraftsScreen)
            assert app.screen.summaries == []
            assert_nothing_of_a(app, "drafts after F2")
            await type_keys(pilot, "escape")
            await settled(pilot)
        assert_a_saved()
        await b_walks_every_screen(pilot)


# -- the ways a turn ends -----------------------------------------------------------------


async def by_n(pilot: Pilot[None]) -> None:
    await a_reviews(pilot)
    await type_keys(pilot, "m", "c")  # marked ready, and copied to the clipboard
    await settled(pilot)
    await type_keys(pilot, "n")


async def by_f2(pilot: Pilot[None]) -> None:
    await a_reviews(pilot)
    await type_keys(pilot, "f2")


async def by_f2_from_write(pilot: Pilot[None]) -> None:
    # F2 is Drafts on the writing screen too: the letter is saved and left, as from the preview.
    await a_writes(pilot)
    await type_keys(pilot, "f2")


async def by_palette(pilot: Pilot[None]) -> None:
    await a_reviews(pilot)
    await type_keys(pilot, "ctrl+p")
    await settled(pilot)
    await type_text(pilot, "Write another")
    await settled(pilot)
    await type_keys(pilot, "enter")
    await settled(pilot)


def by_escape_from(screen: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A writes, steps back to `screen`, then presses Escape until the case list."""

    async def end(pilot: Pilot[None]) -> None:
        app = pilot.app
        if screen == "preview":
            await a_reviews(pilot)
        else:
            await a_writes(pilot)
            steps = {"write": 0, "write details": 0, "recipients": 1, "language": 2}[screen]
            if screen == "write details":
                await type_keys(pilot, "f3")
            for _ in range(steps):
                await type_keys(pilot, "escape")
                await settled(pilot)
        while not isinstance(app.screen, CasesScreen):
            await type_keys(pilot, "escape")
            await settled(pilot)

    return end


async def by_idle_timeout(pilot: Pilot[None]) -> None:
    """A stops typing on the details tab; the countdown comes, and then the clean slate. The
    idle clock is the test's (the app's own timer looks at it): the countdown stays on screen
    until the test moves the clock on, however loaded the machine."""
    app = pilot.app
    assert isinstance(app, AppealApp)
    await a_writes(pilot)
    await type_keys(pilot, "f3")
    clock = FakeClock()
    app.idle.clock = clock
    app.idle.activity()
    clock.now += app.idle.timeout - app.idle.warning / 2  # within the warning
    await until(
        pilot,
        lambda: (
            isinstance(app.screen, StillThereScreen)
            and "cleared for the next writer in" in screen_text(app)
        ),
        "the countdown on screen",
    )
    clock.now += app.idle.warning  # past the timeout
    await until(pilot, lambda: isinstance(app.screen, CasesScreen), "the end of the turn")


ROUTES = {
    "n": (by_n, {}),
    "f2": (by_f2, {}),
    "f2 from write": (by_f2_from_write, {}),
    "palette": (by_palette, {}),
    "escape from preview": (by_escape_from("preview"), {}),
    "escape from write": (by_escape_from("write"), {}),
    "escape from write details": (by_escape_from("write details"), {}),
    "escape from recipients": (by_escape_from("recipients"), {}),
    "escape from language": (by_escape_from("language"), {}),
    "idle timeout": (by_idle_timeout, {}),
}


@pytest.mark.parametrize("route", list(ROUTES))
def test_after_a_turn_ends_the_next_writer_sees_nothing_of_the_last(route: str) -> None:
    end_turn, options = ROUTES[route]
    asyncio.run(run_route(end_turn, **options))


# -- the idle countdown --------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_any_key_cancels_the_idle_countdown_and_the_letter_goes_on() -> None:
    async def run() -> None:
        app = event_app(idle_timeout=100.0, idle_warning=20.0)
        clock = FakeClock()
        app.idle.clock = clock
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            write = await a_writes(pilot)
            clock.now += 85  # 15 s left: the countdown shows
            app.idle_tick()
            await settled(pilot)
            assert isinstance(app.screen, StillThereScreen)
            assert "cleared for the next writer in 15 seconds" in screen_text(app)
            clock.now += 5
            app.idle_tick()
            await settled(pilot)
            assert "in 10 seconds" in screen_text(app)
            await type_keys(pilot, "x")  # any key: the writer is still there
            await settled(pilot)
            assert app.screen is write
            # The key only cancelled the countdown; it was not typed into the letter.
            assert not write.query_one("#body", TextArea).text.endswith("x")
            clock.now += 50  # less than the timeout since that key
            app.idle_tick()
            await settled(pilot)
            assert app.screen is write
            assert write.query_one("#sender-name", Input).value == A_NAME
            clock.now += 35  # 85 s since that key: the countdown again
            app.idle_tick()
            await settled(pilot)
            assert isinstance(app.screen, StillThereScreen)
            clock.now += 100
            app.idle_tick()
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)
            assert_nothing_of_a(app, "cases after the timeout")
        assert_a_saved()

    asyncio.run(run())


def test_an_untouched_case_list_never_counts_down() -> None:
    async def run() -> None:
        app = event_app(idle_timeout=10.0, idle_warning=5.0)
        clock = FakeClock()
        app.idle.clock = clock
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            app.turn.touched = False  # (run_test's own start-up events are not a writer)
            clock.now += 1000
            app.idle_tick()
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)

    asyncio.run(run())


# -- the organiser's passphrase -----------------------------------------------------------


def test_organiser_screens_open_with_the_passphrase_only() -> None:
    from appeal_tui.ui.screens.import_case import ImportCaseScreen
    from appeal_tui.ui.screens.organiser import OrganiserScreen

    async def run() -> None:
        app = event_app()
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            for key, screen_type in (("f6", OrganiserScreen), ("f5", ImportCaseScreen)):
                await type_keys(pilot, key)
                await settled(pilot)
                assert isinstance(app.screen, PassphraseAskScreen)
                await type_text(pilot, "organiser onl")
                await type_keys(pilot, "enter")
                await settled(pilot)
                assert "That is not the passphrase." in screen_text(app)
                await type_text(pilot, PASSPHRASE)
                await type_keys(pilot, "enter")
                await settled(pilot)
                assert isinstance(app.screen, screen_type), key
                assert f"Event: {EVENT}" in screen_text(app)
                await type_keys(pilot, "escape")
                await settled(pilot)
                assert isinstance(app.screen, CasesScreen)
            # The passphrase is not kept in clear anywhere in the app's state.
            assert PASSPHRASE not in repr(vars(app.organiser_lock))  # type: ignore[arg-type]
            assert PASSPHRASE not in repr(vars(app.config))

    asyncio.run(run())


def test_the_passphrase_is_set_at_the_start_and_none_locks_the_organiser_screens() -> None:
    from appeal_tui.ui.screens.organiser import OrganiserScreen
    from appeal_tui.ui.screens.passphrase import PassphraseSetScreen

    async def run(passphrase: str) -> AppealApp:
        app = make_app(
            case_sources=[FIXTURE_CASES], paths=default_paths(), event=EVENT, today=TODAY
        )
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_cases(app)
            assert isinstance(app.screen, PassphraseSetScreen)
            assert EVENT in screen_text(app)
            if passphrase:
                await type_text(pilot, passphrase)
                await type_keys(pilot, "enter")
                await type_text(pilot, passphrase + "x")  # a typo in the second one
                await type_keys(pilot, "enter")
                await settled(pilot)
                assert "differ" in screen_text(app)
                await type_keys(pilot, "backspace", "enter")
            else:
                await type_keys(pilot, "escape")
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)
            await type_keys(pilot, "f6")
            await settled(pilot)
            if passphrase:
                assert isinstance(app.screen, PassphraseAskScreen)
                await type_text(pilot, passphrase)
                await type_keys(pilot, "enter")
                await settled(pilot)
                assert isinstance(app.screen, OrganiserScreen)
            else:
                assert isinstance(app.screen, CasesScreen)
                assert "locked at this event" in toasts(app)
        return app

    asyncio.run(run("a good passphrase"))
    asyncio.run(run(""))


def test_a_kiosk_on_one_case_starts_each_turn_on_a_fresh_writing_screen() -> None:
    """`appeal-tui write CASE --event NAME`: the first screen is the writing screen, so every
    turn starts there afresh."""
    from appeal_tui.core.library import load_library
    from appeal_tui.ui.config import WriteStart

    library = load_library([FIXTURE_CASES])
    case = next(c for c in library.cases.values() if c.is_writable and "en" in c.languages)
    start = WriteStart(case=case, language="en", recipient_keys=(case.recipients[0].key,))

    async def run() -> None:
        app = make_app(
            case_sources=[FIXTURE_CASES],
            paths=default_paths(),
            event=EVENT,
            today=TODAY,
            start=start,
            library=library,
            organiser_passphrase=PASSPHRASE,
        )
        async with app.run_test(size=(120, 40)) as pilot:
            await settled(pilot)
            first = app.screen
            assert isinstance(first, WriteScreen)
            await type_text(pilot, " " + A_LETTER)
            await type_keys(pilot, "f3")
            await type_text(pilot, A_NAME)
            await type_keys(pilot, "ctrl+r")
            await settled(pilot)
            assert isinstance(app.screen, PreviewScreen)
            await type_keys(pilot, "n")
            await settled(pilot)
            fresh = app.screen
            assert isinstance(fresh, WriteScreen) and fresh is not first
            assert A_LETTER not in fresh.query_one("#body", TextArea).text
            await type_keys(pilot, "f3")
            await settled(pilot)
            assert fresh.query_one("#sender-name", Input).value == ""
            assert_nothing_of_a(app, "the kiosk's next turn")

    asyncio.run(run())
    store = DraftStore(default_paths())
    bodies = {store.load(s.id).sender.name: store.load(s.id).body for s in store.list()}
    assert A_LETTER in bodies[A_NAME]
