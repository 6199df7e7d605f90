"""Getting letters out from the preview: export, print, email, copy, social message.

The opener is replaced in every test, so no browser or mail client ever opens.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from pilot_support import TODAY, screen_text, settled, type_keys
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input, RadioButton, Static

from appeal_tui.core.draft import draft_for_case
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Case, Sender
from appeal_tui.export.email import mailto_url
from appeal_tui.export.text import letter_to_text
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import default_paths
from appeal_tui.ui import letters, opener
from appeal_tui.ui.app import make_app
from appeal_tui.ui.current_letter import CurrentLetter
from appeal_tui.ui.screens.export_dialog import ExportDialog
from appeal_tui.ui.screens.preview import PreviewScreen
from appeal_tui.ui.screens.social_dialog import SocialDialog

SEED = "ir-hossein-ronaghi-maleki"
TYPED = "I am a nurse in Leeds and I think of him every day."


def seed_case() -> Case:
    case = load_library([bundled_cases_dir()]).get(SEED)
    assert case is not None
    return case


def with_leader_email(case: Case) -> Case:
    """The seed case publishes no email address; give the Supreme Leader one for mail tests."""
    recipients = tuple(
        replace(r, email=("office@leader.example",)) if r.key == "supreme-leader" else r
        for r in case.recipients
    )
    return replace(case, recipients=recipients)


class Recorder:
    """Stands in for the opener and the clipboard."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.clipboard: list[str] = []

    def open_url(self, url: str) -> opener.Opened:
        self.opened.append(url)
        return opener.Opened(True)


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder()
    monkeypatch.setattr(opener, "open_url", recorder.open_url)
    monkeypatch.setattr(
        App, "copy_to_clipboard", lambda _app, text: recorder.clipboard.append(text)
    )
    return recorder


Scenario = Callable[[Pilot[None], PreviewScreen], Awaitable[None]]


def run_preview(
    scenario: Scenario,
    *,
    case: Case | None = None,
    keys: tuple[str, ...] = ("supreme-leader", "head-of-judiciary"),
    language: str = "en",
) -> None:
    """The preview of the seed case's letters (one tab each), then `scenario` on it."""
    case = case or seed_case()
    sender = Sender(name="Maria Lopez", city="Leeds")
    composed = tuple(letters.compose(case, language, keys, sender, TYPED, "post", TODAY))
    draft = draft_for_case(case, language=language, recipients=keys, sender=sender, body=TYPED)

    async def run() -> None:
        app = make_app(case_sources=[], paths=default_paths(), today=TODAY)
        async with app.run_test(size=(100, 32)) as pilot:
            letter = CurrentLetter(DraftStore(default_paths()), case=case, draft=draft)
            screen = PreviewScreen(letters=composed, letter=letter)
            await app.push_screen(screen)
            await settled(pilot)
            await scenario(pilot, screen)

    asyncio.run(run())


def notices(pilot: Pilot[None]) -> str:
    return "\n".join(str(n.message) for n in pilot.app._notifications)


async def export_with(pilot: Pilot[None], folder: Path, format_name: str) -> None:
    await type_keys(pilot, "x")
    await settled(pilot)
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    # The format is chosen as a writer does: a click on its button.
    (button,) = [b for b in dialog.query(RadioButton) if b.name == format_name]
    await pilot.click(button)
    await settled(pilot)
    assert dialog.format_name() == format_name
    folder_input = dialog.query_one("#export-folder", Input)
    folder_input.value = str(folder)
    folder_input.focus()
    await type_keys(pilot, "enter")
    await settled(pilot)


def test_export_txt_writes_a_new_file_each_time(recorder: Recorder, tmp_path: Path) -> None:
    folder = tmp_path / "letters" / "new"  # missing: the export creates it

    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await export_with(pilot, folder, "txt")
        assert pilot.app.screen is preview
        [first] = folder.iterdir()
        assert first.name == f"{SEED}-letters-{TODAY.isoformat()}.txt"
        text = first.read_text(encoding="utf-8")
        assert TYPED in text
        assert "Maria Lopez" in text
        assert "Ayatollah Sayed ‘Ali Khamenei" in text
        assert "Ayatollah Sadegh Larijani" in text  # both letters in one file
        assert str(folder) in notices(pilot) and first.name in notices(pilot)

        await export_with(pilot, folder, "txt")
        files = sorted(folder.iterdir())
        assert len(files) == 2
        assert first.read_text(encoding="utf-8") == text  # never replaced
        [second] = [f for f in files if f != first]
        assert second.name == f"{SEED}-letters-{TODAY.isoformat()}-2.txt"
        assert second.name in notices(pilot)
        assert recorder.opened == []

    run_preview(scenario)


def test_export_eml_makes_one_file_per_letter(recorder: Recorder, tmp_path: Path) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await export_with(pilot, tmp_path / "mail", "eml")
        names = sorted(p.name for p in (tmp_path / "mail").iterdir())
        assert names == [
            f"{SEED}-head-of-judiciary-{TODAY.isoformat()}.eml",
            f"{SEED}-supreme-leader-{TODAY.isoformat()}.eml",
        ]

    run_preview(scenario)


def test_a_folder_that_cannot_be_written_keeps_the_dialog_open(
    recorder: Recorder, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("not a folder", encoding="utf-8")

    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await export_with(pilot, blocker / "letters", "txt")
        dialog = pilot.app.screen
        assert isinstance(dialog, ExportDialog)
        error = str(dialog.query_one("#export-error", Static).render())
        assert f"Cannot write to {blocker / 'letters'}" in error
        assert "not a folder" in error
        assert blocker.read_text(encoding="utf-8") == "not a folder"
        await type_keys(pilot, "escape")
        await settled(pilot)
        assert pilot.app.screen is preview

    run_preview(scenario)


def test_print_writes_html_and_opens_it_in_the_browser(recorder: Recorder) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "p")
        await settled(pilot)
        [url] = recorder.opened
        assert url.startswith("file://")
        path = Path(unquote(urlparse(url).path))
        assert path.is_file() and path.suffix == ".html"
        assert path.parent == default_paths().exports
        html = path.read_text(encoding="utf-8")
        assert html.lower().startswith("<!doctype html>")
        assert TYPED in html
        assert str(path) in notices(pilot)
        assert "Print" in notices(pilot)

    run_preview(scenario)


def test_print_that_cannot_open_says_where_the_file_is(
    monkeypatch: pytest.MonkeyPatch, recorder: Recorder
) -> None:
    monkeypatch.setattr(opener, "open_url", lambda url: opener.Opened(False, "no browser"))

    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "p")
        await settled(pilot)
        [html] = default_paths().exports.iterdir()
        assert f"Saved {html}, but could not open it: no browser." in notices(pilot)

    run_preview(scenario)


def test_mail_opens_a_mailto_link_for_the_letter_on_screen(recorder: Recorder) -> None:
    case = with_leader_email(seed_case())

    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "e")
        await settled(pilot)
        [url] = recorder.opened
        assert url.startswith("mailto:office@leader.example?")
        expected = mailto_url(preview.letters[0], case)
        assert url == expected.url
        if expected.body_in_url:
            assert recorder.clipboard == []
        else:
            # Too long for a link: the body went to the clipboard, and the writer is told.
            assert recorder.clipboard == [expected.body_for_clipboard]
            assert "paste it from the clipboard" in notices(pilot)
        assert "Opened a new message to Ayatollah Sayed ‘Ali Khamenei" in notices(pilot)

    run_preview(scenario, case=case)


def test_mail_to_a_recipient_without_email_says_so(recorder: Recorder) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "e")
        await settled(pilot)
        assert recorder.opened == []
        assert "No email address is known for Ayatollah Sayed ‘Ali Khamenei" in notices(pilot)

    run_preview(scenario)


def test_copy_puts_the_letter_on_screen_on_the_clipboard(recorder: Recorder) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "c")
        await settled(pilot)
        assert recorder.clipboard == [letter_to_text(preview.letters[0])]
        assert "if your terminal allows it" in notices(pilot)
        # The second tab: its own letter.
        await pilot.click("#letter-tabs Tab#--content-tab-letter-1")
        await settled(pilot)
        await type_keys(pilot, "c")
        await settled(pilot)
        assert recorder.clipboard[-1] == letter_to_text(preview.letters[1])
        assert "Ayatollah Sadegh Larijani" in recorder.clipboard[-1]

    run_preview(scenario)


@pytest.mark.parametrize("language", ["en", "fa"])
def test_social_dialog_shows_the_message_within_280(recorder: Recorder, language: str) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "t")
        await settled(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, SocialDialog)
        [item] = dialog.items  # the head of the judiciary has no handle
        text = item.message.text
        assert text.startswith("@khamenei_ir ")
        assert item.message.weighted_length <= 280
        shown = screen_text(pilot.app)
        assert f"{item.message.weighted_length}/280" in shown
        assert "@khamenei_ir" in shown
        assert str(dialog.query_one("#social-text-0", Static).render()) == text
        await pilot.click("#social-copy-0")
        await settled(pilot)
        assert recorder.clipboard == [text]
        await pilot.click("#social-open-0")
        await settled(pilot)
        assert recorder.opened == [item.message.intent_url]
        assert recorder.opened[0].startswith("https://twitter.com/intent/tweet?text=")
        await type_keys(pilot, "escape")
        await settled(pilot)
        assert pilot.app.screen is preview

    run_preview(scenario, language=language)


def test_social_without_handles_says_so(recorder: Recorder) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "t")
        await settled(pilot)
        assert pilot.app.screen is preview
        assert "None of the chosen recipients has a social media handle." in notices(pilot)

    run_preview(scenario, keys=("head-of-judiciary",))


def test_every_way_out_is_in_the_palette_and_help(recorder: Recorder) -> None:
    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        labels = {a.label for a in preview.screen_actions()}
        assert {"Export", "Print", "Email", "Copy", "Social message"} <= labels
        commands = {c.title for c in pilot.app.get_system_commands(preview)}
        assert {"Export", "Print", "Email", "Copy", "Social message"} <= commands
        footer = screen_text(pilot.app).splitlines()[-1]
        for shown in ("Export", "Print", "Write another", "Help"):
            assert shown in footer

    run_preview(scenario)


def test_buttons_in_the_social_dialog_are_plain_text(recorder: Recorder) -> None:
    # Case text in a handle or an ask must never be read as markup.
    case = seed_case()
    asks = {lang: ("[bold]Free him[/bold] now",) for lang in case.asks}
    case = replace(case, asks=asks)

    async def scenario(pilot: Pilot[None], preview: PreviewScreen) -> None:
        await type_keys(pilot, "t")
        await settled(pilot)
        dialog = pilot.app.screen
        assert isinstance(dialog, SocialDialog)
        assert "[bold]Free him[/bold] now" in screen_text(pilot.app)
        assert dialog.query(Button)

    run_preview(scenario, case=case)


def test_a_terminal_browser_is_never_started_over_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import webbrowser

    started: list[str] = []

    lynx = webbrowser.GenericBrowser("lynx")
    monkeypatch.setattr(lynx, "open", lambda url, *a, **k: started.append(url) or True)
    monkeypatch.setattr(webbrowser, "get", lambda using=None: lynx)
    result = opener.open_url("file:///tmp/letters.html")
    assert not result.ok and "terminal" in result.reason
    assert started == []

    graphical = webbrowser.BackgroundBrowser("firefox")
    monkeypatch.setattr(graphical, "open", lambda url, *a, **k: started.append(url) or True)
    monkeypatch.setattr(webbrowser, "get", lambda using=None: graphical)
    assert opener.open_url("file:///tmp/letters.html").ok
    assert started == ["file:///tmp/letters.html"]
