"""Keys typed ahead (issue 14): a burst of keys with no pause between them ends exactly where
the same keys typed slowly end, on every screen of the path and across screen changes."""

from __future__ import annotations

import asyncio
import unicodedata
from dataclasses import dataclass

import pytest
from pilot_support import TODAY, settled, type_keys, wait_for_cases
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from appeal_tui.core.library import bundled_cases_dir
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.screens.write import WriteScreen

SEED = "ir-hossein-ronaghi-maleki"


def keys_of(text: str) -> list[str]:
    """The key names a terminal sends for `text`."""
    names = {" ": "space", ",": "comma", ".": "full_stop"}
    return [names.get(c, c) for c in text]


def key_event(key: str) -> events.Key:
    """The event a terminal driver posts for `key` (as Pilot makes it)."""
    if len(key) == 1:
        return events.Key(key, key)
    try:
        char: str | None = unicodedata.lookup(key.upper().replace("_", " "))
    except KeyError:
        char = None
    with_char = {"space", "comma", "full_stop", "question_mark"}
    return events.Key(key, char if key in with_char else None)


async def settle(pilot: Pilot[None]) -> None:
    """Until the key gate holds no key, the app has handled every message and its workers are
    done (`settled` waits for all three)."""
    app = pilot.app
    assert isinstance(app, AppealApp)
    await settled(pilot)
    assert not app.key_gate.busy, "the keys never settled"


async def burst(pilot: Pilot[None], keys: list[str | events.Paste]) -> None:
    """Every key (or paste) posted at once, as a terminal delivers a fast typist's keys."""
    app: App[None] = pilot.app
    for key in keys:
        app.post_message(key if isinstance(key, events.Paste) else key_event(key))
    await settle(pilot)


async def slowly(pilot: Pilot[None], keys: list[str]) -> None:
    """One key at a time, each after the app has finished with the one before."""
    for key in keys:
        await type_keys(pilot, key)
        await settled(pilot)
    await settle(pilot)


@dataclass(frozen=True)
class Outcome:
    screen: str
    focused: str | None
    language: str
    recipients: tuple[str, ...]
    body_end: str
    name: str
    address: tuple[str, ...]
    city: str | None


# The whole path: filter the cases and choose, pick the third language, add a copy recipient
# and go on, type in the letter, open the details and fill three fields with Tab between.
PATH = [
    *keys_of("ronaghi"),
    "enter",
    "down",
    "down",
    "enter",
    "down",
    "space",
    "ctrl+n",
    *keys_of("I think of him."),
    "f3",
    *keys_of("Ana Example"),
    "tab",
    *keys_of("12 Park Row"),
    "tab",
    *keys_of("Leeds"),
]


async def outcome(app: AppealApp) -> Outcome:
    screen = app.screen
    assert isinstance(screen, WriteScreen), f"ended on {type(screen).__name__}"
    draft = screen.save_now()
    saved = DraftStore(default_paths()).load(draft.id)
    return Outcome(
        type(screen).__name__,
        app.focused.id if app.focused is not None else None,
        saved.language,
        saved.recipients,
        saved.body.rstrip()[-20:],
        screen.query_one("#sender-name", Input).value,
        saved.sender.address,
        saved.sender.city,
    )


def run_path(fast: bool) -> Outcome:
    async def run() -> Outcome:
        app = make_app(case_sources=[bundled_cases_dir()], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_cases(app)
            await (burst if fast else slowly)(pilot, PATH)
            return await outcome(app)

    return asyncio.run(run())


def test_a_burst_of_keys_ends_where_slow_typing_ends() -> None:
    slow = run_path(fast=False)
    # The slow run itself did what the keys say.
    assert slow.language == "es"
    assert slow.recipients == ("supreme-leader", "head-of-judiciary")
    assert slow.body_end.endswith("I think of him.")
    assert (slow.name, slow.address, slow.city) == ("Ana Example", ("12 Park Row",), "Leeds")
    assert slow.focused == "sender-city"
    assert run_path(fast=True) == slow


# F4 pressed again goes back to the letter (F2 is Drafts on every screen).
@pytest.mark.parametrize("keys", [["f3", *keys_of("Ana")], ["f4", "f4", *keys_of("Ana")]])
def test_typing_right_after_a_tab_key_goes_to_the_new_tab(keys: list[str]) -> None:
    """F3 then a name at once: the name lands in the details, never in the letter."""
    before, body, name = on_the_writing_screen(keys)
    if keys[0] == "f3":
        assert (name, body) == ("Ana", before)
    else:
        assert (name, body) == ("", before + "Ana")


def on_the_writing_screen(keys: list[str]) -> tuple[str, str, str]:
    """`keys` at once on the writing screen: the letter before and after, and the name."""

    async def run() -> tuple[str, str, str]:
        from pilot_support import write_app

        app = write_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, WriteScreen)
            before = screen.query_one("#body").text  # type: ignore[attr-defined]
            await burst(pilot, keys)
            body = screen.query_one("#body").text  # type: ignore[attr-defined]
            return before, body, screen.query_one("#sender-name", Input).value

    return asyncio.run(run())


def test_a_paste_then_keys_at_once() -> None:
    """A pasted name, Tab and a typed address at once: each in its own field."""

    async def run() -> None:
        from pilot_support import write_app

        app = write_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, WriteScreen)
            await burst(pilot, ["f3", events.Paste("Ana Example"), "tab", *keys_of("12 Park Row")])
            name = screen.query_one("#sender-name", Input).value
            address = screen.query_one("#sender-address", Input).value
            assert (name, address) == ("Ana Example", "12 Park Row")

    asyncio.run(run())


def test_letters_typed_at_once_then_ctrl_q_are_all_saved() -> None:
    """Letters typed at once go into the letter without waiting for each other; Ctrl+Q (bound
    before the editor sees a key) right behind them saves the letter with every one of them."""

    async def run() -> AppealApp:
        from pilot_support import write_app

        app = write_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await settled(pilot)
            assert isinstance(app.screen, WriteScreen)
            await burst(pilot, [*keys_of(" I think of him every day"), "ctrl+q"])
        return app

    app = asyncio.run(run())
    assert app.return_code == 0
    store = DraftStore(default_paths())
    [body] = [store.load(s.id).body for s in store.list()]
    assert body.rstrip().endswith("I think of him every day")


def test_letters_then_a_tab_key_at_once_go_into_the_letter_then_the_tab() -> None:
    """Letters typed into the letter, then F3 and a name, all at once: the letters are in the
    letter, the name in the details."""
    before, body, name = on_the_writing_screen([*keys_of("Yes"), "f3", *keys_of("Ana")])
    assert (name, body) == ("Ana", before + "Yes")


def _after_at_once(keys: list[str | events.Paste], size: tuple[int, int] = (100, 32)) -> dict:
    """`keys` at once on the writing screen; then what the writer sees: the screen shown, the
    focused field, the letter, the name and the e-mail."""
    from pilot_support import write_app

    async def run() -> dict:
        app = write_app()
        async with app.run_test(size=size) as pilot:
            await settled(pilot)
            screen = app.screen
            assert isinstance(screen, WriteScreen)
            await burst(pilot, keys)
            return {
                "shown": type(app.screen).__name__,
                "focused": app.focused.id if app.focused is not None else None,
                "body": screen.query_one("#body", TextArea).text,
                "name": screen.query_one("#sender-name", Input).value,
                "email": screen.query_one("#sender-email", Input).value,
            }

    return asyncio.run(run())


def test_keys_after_tab_off_the_last_field_go_back_to_that_field_not_the_name() -> None:
    """Tab from the e-mail field lands on the row of tabs; what is typed on is the e-mail's."""
    seen = _after_at_once(
        [
            *["f3", *keys_of("Ana Ruiz"), "tab", "tab", "tab", "tab"],
            *[*keys_of("ana@example"), "tab", *keys_of(".org")],
        ]
    )
    assert (seen["name"], seen["email"]) == ("Ana Ruiz", "ana@example.org")


def test_a_paste_enter_and_backspace_after_tab_reach_the_letter() -> None:
    seen = _after_at_once(
        [
            *[*keys_of(" First."), "tab", "enter", *keys_of("Second!"), "tab", "backspace"],
            *["tab", events.Paste(" Pasted words.")],
        ]
    )
    assert seen["body"].rstrip().endswith("First.\nSecond Pasted words.")


def test_question_mark_on_the_row_of_tabs_still_opens_the_help() -> None:
    seen = _after_at_once(["tab", "question_mark"])
    assert seen["shown"] == "HelpScreen"
    assert "?" not in seen["body"]


def test_keys_typed_with_only_the_preview_open_go_into_the_letter() -> None:
    """At 80 columns F8 shows the preview in the editor's place and nothing has the focus."""
    seen = _after_at_once(["f8", *keys_of(" hello")], size=(80, 24))
    assert seen["body"].rstrip().endswith(" hello")
    assert seen["focused"] == "body"


def test_letters_typed_on_the_case_list_after_tab_add_to_the_filter() -> None:
    """Tab from the filter to the list, then a burst: every letter joins the filter (focusing
    the filter selected its text, and the second letter replaced the rest)."""
    from pilot_support import fixture_app

    async def run() -> str:
        app = fixture_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_cases(app)
            await burst(pilot, [*keys_of("iver"), "tab", *keys_of("dam")])
            return app.screen.query_one("#case-filter", Input).value

    assert asyncio.run(run()) == "iverdam"


def test_keys_a_paste_and_backspace_off_the_filter_edit_the_filter() -> None:
    """On the case's details (Shift+Tab from the filter) letters and a paste filter the cases,
    and Backspace on the list takes a letter off, as letters typed on the list already did."""
    from pilot_support import fixture_app

    async def run() -> list[str]:
        app = fixture_app()
        seen = []
        async with app.run_test(size=(100, 32)) as pilot:
            await wait_for_cases(app)
            field = app.screen.query_one("#case-filter", Input)
            await burst(pilot, [*keys_of("iver"), "shift+tab", *keys_of("dam")])
            seen.append(field.value)
            await burst(pilot, ["tab", "tab", events.Paste("xy")])
            seen.append(field.value)
            await burst(pilot, ["tab", "backspace", "backspace"])
            seen.append(field.value)
        return seen

    assert asyncio.run(run()) == ["iverdam", "iverdamxy", "iverdam"]


@pytest.mark.parametrize("fast", [False, True], ids=["slowly", "at-once"])
def test_one_ctrl_z_takes_back_what_was_typed_after_tab(fast: bool) -> None:
    """Words typed, Tab (onto the row of tabs), more words: one Ctrl+Z takes back the words
    typed after Tab, as if the writer had clicked back into the letter, and a second takes
    back the words before it."""

    async def run() -> tuple[str, str, str]:
        from pilot_support import write_app

        app = write_app()
        async with app.run_test(size=(100, 32)) as pilot:
            await settled(pilot)
            body = app.screen.query_one("#body", TextArea)
            before = body.text
            keys = [*keys_of(" First"), "tab", *keys_of(" then more")]
            await (burst if fast else slowly)(pilot, keys)
            typed = body.text
            await type_keys(pilot, "ctrl+z")
            await settled(pilot)
            once = body.text
            await type_keys(pilot, "ctrl+z")
            await settled(pilot)
            return typed[len(before) :], once[len(before) :], body.text[len(before) :]

    typed, once, twice = asyncio.run(run())
    assert (typed, once, twice) == (" First then more", " First", "")
