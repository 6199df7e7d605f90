"""One right-to-left setting for the whole app: Persian and Arabic are shown in visual order
(for terminals that do not reorder them) or left in logical order for the terminal, in the case
list, the case details, the language list, the editor's mirror, the tips and the live preview;
`--rtl`, the palette and `r` on the preview switch it, and it is remembered."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pilot_support import (
    FIXTURE_CASES,
    TODAY,
    preview_settled,
    screen_text,
    settled,
    type_keys,
    wait_for_cases,
    write_screen_settled,
)

from appeal_tui.core.visual_order import visual_line
from appeal_tui.storage.paths import default_paths
from appeal_tui.storage.profile import load_settings
from appeal_tui.ui.app import AppealApp, make_app
from appeal_tui.ui.visual_lines import initial_mode, terminal_default

TITLE = "مدافعان رودخانه بازداشت شدند"  # Persian
SUMMARY = "اعتُقل مدافعان عن البيئة بعد احتجاج سلمي."  # Arabic, with a damma


def _cases(tmp_path: Path) -> Path:
    """The river-defenders fixture, titled in Persian and summarised in Arabic."""
    text = (FIXTURE_CASES / "xx-river-defenders.yaml").read_text(encoding="utf-8")
    text = text.replace("title: River defenders held for protesting a dam", f"title: {TITLE}")
    old_summary = text.split("summary: |\n", 1)[1].split("background:", 1)[0]
    text = text.replace(old_summary, f"  {SUMMARY}\n")
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "xx-river-defenders.yaml").write_text(text, encoding="utf-8")
    return folder


def _app(cases: Path, rtl: str | None) -> AppealApp:
    return make_app(case_sources=[cases], paths=default_paths(), today=TODAY, rtl=rtl)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"TERM": "xterm-256color", "VTE_VERSION": "7600"}, "terminal"),
        ({"TERM": "xterm-256color", "KONSOLE_VERSION": "230804"}, "terminal"),
        ({"TERM": "mlterm"}, "terminal"),
        (
            {"TERM": "tmux-256color", "TMUX": "/tmp/tmux-0/default,1,0", "VTE_VERSION": "7600"},
            "visual",
        ),
        ({"TERM": "screen", "STY": "1234.pts-0", "KONSOLE_VERSION": "230804"}, "visual"),
        ({"TERM": "xterm"}, "visual"),
        ({"TERM": "xterm-kitty"}, "visual"),
        ({}, "visual"),
    ],
)
def test_the_default_suits_the_terminal(environ: dict[str, str], expected: str) -> None:
    assert terminal_default(environ) == expected


def test_the_option_wins_then_the_remembered_choice_then_the_environment() -> None:
    vte = {"VTE_VERSION": "7600"}
    assert initial_mode("visual", {"rtl": "terminal"}, vte) == "visual"
    assert initial_mode(None, {"rtl": "visual"}, vte) == "visual"
    assert initial_mode(None, {}, {**vte, "APPEAL_TUI_RTL": "visual"}) == "visual"
    assert initial_mode(None, {}, vte) == "terminal"
    assert initial_mode(None, {"rtl": "nonsense"}, {"TERM": "xterm"}) == "visual"


def test_case_list_and_details_show_persian_and_arabic_in_the_order_asked(tmp_path: Path) -> None:
    cases = _cases(tmp_path)

    async def shown(rtl: str) -> str:
        app = _app(cases, rtl)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            await settled(pilot)
            return screen_text(app)

    visual = asyncio.run(shown("visual"))
    terminal = asyncio.run(shown("terminal"))
    for text in (TITLE, SUMMARY):
        # In the list and in the details beside it.
        assert visual_line(text) in visual
        assert text not in visual
        assert text in terminal
        assert visual_line(text) not in terminal
    assert visual.count(visual_line(TITLE)) >= 2


def test_the_language_list_follows_the_setting(tmp_path: Path) -> None:
    cases = _cases(tmp_path)

    async def languages(rtl: str) -> str:
        app = _app(cases, rtl)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter")
            await settled(pilot)
            return screen_text(app)

    visual = asyncio.run(languages("visual"))
    terminal = asyncio.run(languages("terminal"))
    assert "فارسی – Persian" in terminal
    assert visual_line("فارسی – Persian") in visual
    assert "فارسی – Persian" not in visual


def test_the_header_follows_the_setting(tmp_path: Path) -> None:
    """The header names the case and the step: a Persian title reads right in both settings,
    and switching turns it at once."""
    cases = _cases(tmp_path)

    async def header(rtl: str) -> tuple[str, str]:
        app = _app(cases, rtl)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter")
            await settled(pilot)
            first = screen_text(app).splitlines()[0]
            app.action_toggle_rtl()
            await settled(pilot)
            return first, screen_text(app).splitlines()[0]

    visual, switched = asyncio.run(header("visual"))
    assert visual_line(TITLE) in visual and TITLE not in visual
    assert TITLE in switched and visual_line(TITLE) not in switched
    terminal, _ = asyncio.run(header("terminal"))
    assert TITLE in terminal and visual_line(TITLE) not in terminal


def test_switching_reorders_every_screen_at_once_and_is_remembered(tmp_path: Path) -> None:
    cases = _cases(tmp_path)

    async def walk() -> tuple[str, str]:
        app = _app(cases, "terminal")
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            before = screen_text(app)
            app.action_toggle_rtl()  # what the palette command runs
            await settled(pilot)
            return before, screen_text(app)

    before, after = asyncio.run(walk())
    assert TITLE in before
    assert visual_line(TITLE) in after
    assert TITLE not in after
    assert load_settings(default_paths())["rtl"] == "visual"

    async def restarted() -> str:
        app = _app(cases, None)  # no --rtl: the choice made last time
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            await settled(pilot)
            return screen_text(app)

    assert visual_line(TITLE) in asyncio.run(restarted())


def test_the_editor_has_a_mirror_in_reading_order_and_r_on_the_preview_is_kept_after_esc(
    tmp_path: Path,
) -> None:
    from appeal_tui.core.library import load_library
    from appeal_tui.ui.config import WriteStart

    cases = _cases(tmp_path)
    library = load_library([cases])
    case = library.get("xx-river-defenders")
    assert case is not None
    start = WriteStart(case=case, language="fa", recipient_keys=(case.recipients[0].key,))
    app = make_app(
        case_sources=[cases], paths=default_paths(), today=TODAY, start=start, library=library,
        rtl="visual",
    )  # fmt: skip

    async def walk() -> tuple[str, str, bool, str, bool]:
        async with app.run_test(size=(160, 50)) as pilot:
            await write_screen_settled(pilot)
            editor = app.screen.query_one("#body")
            mirror = app.screen.query_one("#rtl-mirror")
            editor.move_cursor((0, 0))  # type: ignore[attr-defined]
            await settled(pilot)
            paragraph = editor.document[0]  # type: ignore[attr-defined]
            mirrored = screen_text(app)
            shown = mirror.display and mirror.has_class("-shown")
            # A name to sign with (F3 again: back to the letter), then review.
            await type_keys(pilot, "f3", *"Ana", "f3", "ctrl+r")
            await preview_settled(pilot)
            assert "Write" not in app.screen.sub_title
            await type_keys(pilot, "r")  # back to the terminal's order, on the preview
            await preview_settled(pilot)
            preview = screen_text(app)
            await type_keys(pilot, "escape")
            await preview_settled(pilot)
            return paragraph, mirrored, bool(shown), preview, app.visual_rtl

    paragraph, mirrored, shown, preview, visual_after_esc = asyncio.run(walk())
    assert shown
    # The paragraph as typed (logical) in the editor, and in reading order below it.
    assert paragraph.strip()[:20] in mirrored
    assert visual_line(paragraph.strip())[-20:] in mirrored
    # After r on the preview the letter is in logical order there; after Esc the setting is
    # still the terminal's, and it was remembered.
    assert paragraph.strip()[:15] in preview
    assert visual_after_esc is False
    assert load_settings(default_paths())["rtl"] == "terminal"


def test_the_command_line_option_reaches_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from appeal_tui.cli import tui
    from appeal_tui.cli.app import main

    started: list[bool] = []
    monkeypatch.setattr(tui, "run_app", lambda app: started.append(app.visual_rtl))
    runner = CliRunner()
    assert runner.invoke(main, ["--rtl", "visual"]).exit_code == 0
    assert runner.invoke(main, ["--rtl", "terminal"]).exit_code == 0
    assert started == [True, False]
    refused = runner.invoke(main, ["--rtl", "sideways"])
    assert refused.exit_code == 2
    assert "visual" in refused.output
