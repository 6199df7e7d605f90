"""The interface language chosen in the palette: shown at once (footer, labels, header, the
palette), nothing typed is lost, remembered for the next start; the letter's language stays
the writer's own choice (a German interface, a Spanish letter)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pilot_support import (
    fixture_app,
    screen_lines,
    screen_text,
    settled,
    type_keys,
    until,
    wait_for_cases,
)
from textual.pilot import Pilot
from textual.widgets import Input, TextArea
from ui_language_support import catalogs, write_catalog

from appeal_tui.cli.app import start_language
from appeal_tui.core import i18n
from appeal_tui.storage.paths import default_paths
from appeal_tui.storage.profile import load_settings
from appeal_tui.ui.app import AppealApp
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.ui_language_choice import UiLanguageScreen
from appeal_tui.ui.screens.write import WriteScreen

__all__ = ["catalogs"]  # the fixture, used by name

# A few messages in German (a test catalog: the shipped one is the translators' work).
GERMAN = {
    "Review": "Prüfen",
    "Details": "Angaben",
    "Write a letter": "Brief schreiben",
    "Drafts": "Entwürfe",
    "Interface language": "Sprache der Oberfläche",
    "Your name (needed to sign the letter)": "Ihr Name (für die Unterschrift nötig)",
    "Your details": "Ihre Angaben",
    "Write · {language}": "Schreiben · {language}",
    "Choose a case": "Fall wählen",
    "{n} case": "{n} Fall",
    "{n} cases": "{n} Fälle",
    "Language": "Sprache",
    "Which language will you write in?": "In welcher Sprache schreiben Sie?",
    "Recipients": "Empfänger",
    "How will you send it?": "Wie senden Sie ihn?",
    "By email": "Per E-Mail",
    "Import an urgent action": "Eine Eilaktion importieren",
    "Save to my cases": "Bei meinen Fällen speichern",
    "Organiser": "Organisation",
    "Count of letters": "Zahl der Briefe",
    "Status": "Stand",
    "draft": "Entwurf",
    "Your letters · {language}": "Ihre Briefe · {language}",
}


@pytest.fixture
def german(catalogs: Path) -> Path:
    write_catalog(catalogs, "de", GERMAN.get)
    return catalogs


async def choose_in_palette(pilot: Pilot[None], language_name: str) -> None:
    """Ctrl+P, "Interface language", then the language by its own name."""
    app = pilot.app
    await type_keys(pilot, "ctrl+p")
    await settled(pilot)
    await type_keys(pilot, *"Interface language")
    await until(pilot, lambda: "Interface language" in screen_text(app), "the palette's entry")
    await type_keys(pilot, "enter")
    await settled(pilot)
    assert isinstance(app.screen, UiLanguageScreen)
    assert "Deutsch" in screen_text(app) and "Español" in screen_text(app)
    names = list(i18n.UI_LANGUAGES.values())
    for _ in range(names.index(language_name) - names.index(i18n.UI_LANGUAGES["en"])):
        await type_keys(pilot, "down")
    await type_keys(pilot, "enter")
    await settled(pilot)


def test_palette_switch_shows_at_once_keeps_the_letter_and_is_remembered(german: Path) -> None:
    typed = "\n\nIch schreibe aus Berlin, weil mir das am Herzen liegt."

    async def switch() -> tuple[str, str]:
        app = fixture_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, *"river", "enter", "down", "enter", "ctrl+n")
            await settled(pilot)
            write = app.screen
            assert isinstance(write, WriteScreen)
            assert write.language == "en"
            body = write.query_one("#body", TextArea)
            body.insert(typed)
            await type_keys(pilot, "f3")
            write.query_one("#sender-name", Input).value = "Anna Schmidt"
            await type_keys(pilot, "f3")  # back to the letter
            await settled(pilot)
            before = body.text
            cursor = body.cursor_location
            assert "Review" in screen_lines(app)[-1]

            await choose_in_palette(pilot, "Deutsch")

            assert app.screen is write  # the same screen: nothing was recomposed
            footer = screen_lines(app)[-1]
            assert "Prüfen" in footer and "Angaben" in footer, footer
            assert "Review" not in footer
            assert "Schreiben · " in screen_lines(app)[0]
            assert "Ihre Angaben" in screen_text(app)  # the tab's label
            assert "Die App spricht" not in screen_text(app)  # untranslated: English fallback
            # Nothing typed is lost, the cursor stays; the letter stays in its language.
            assert body.text == before and typed in body.text
            assert body.cursor_location == cursor
            assert write.query_one("#sender-name", Input).value == "Anna Schmidt"
            assert write.language == "en"
            await type_keys(pilot, "f3")
            await settled(pilot)
            assert "Ihr Name (für die Unterschrift nötig)" in screen_text(app)
            # The palette speaks German too.
            await type_keys(pilot, "ctrl+p")
            await type_keys(pilot, *"Sprache")
            await until(
                pilot, lambda: "Sprache der Oberfläche" in screen_text(app), "the German entry"
            )
            palette = screen_text(app)
            await type_keys(pilot, "escape")
            await settled(pilot)
            return app.ui_language, palette

    language, palette = asyncio.run(switch())
    assert language == "de"
    assert "Sprache der Oberfläche" in palette
    # Remembered in the settings (kept in event mode too, like the theme) ...
    settings = load_settings(default_paths())
    assert settings[i18n.SETTINGS_KEY] == "de"
    # ... so the next start, which chooses as the command line does, is in German.
    i18n.set_ui_language("en")
    assert i18n.choose(None, settings, {"LANG": "fr_FR.UTF-8"}) == "de"

    async def reopen() -> str:
        # As `appeal-tui` starts: no --ui-lang, the remembered language before the locale.
        assert start_language(None) == "de"
        app: AppealApp = fixture_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for_cases(app)
            await settled(pilot)
            assert isinstance(app.screen, CasesScreen)
            assert app.ui_language == "de"
            return screen_text(app)

    text = asyncio.run(reopen())
    assert "Brief schreiben" in text and "Fall wählen" in text
    assert "Write a letter" not in text


def test_a_german_interface_writes_a_spanish_letter(german: Path) -> None:
    i18n.set_ui_language("de")

    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for_cases(app)
            assert "Brief schreiben" in screen_lines(app)[-1]
            # The case offers Spanish first: Enter chooses it.
            await type_keys(pilot, *"river", "enter", "enter", "ctrl+n")
            await settled(pilot)
            write = app.screen
            assert isinstance(write, WriteScreen)
            assert write.language == "es"
            assert write.letter.language == "es"
            assert "Schreiben · español – Spanisch" in screen_lines(app)[0]
            assert write.query_one("#body", TextArea).text == write.letter.template
            # Switching the interface back to English changes no word of the letter.
            app.set_interface_language("en")
            await settled(pilot)
            assert write.language == "es"
            assert write.query_one("#body", TextArea).text == write.letter.template
            assert "Write · español – Spanish" in screen_lines(app)[0]
            assert "Review" in screen_lines(app)[-1]

    asyncio.run(run())


def test_every_step_of_the_journey_shows_the_new_language_at_once(german: Path) -> None:
    """On each screen, the language switched while it is open: its own words change in place
    (what it holds stays), and back."""

    async def switch(pilot: Pilot[None], *german_words: str) -> None:
        app = pilot.app
        assert isinstance(app, AppealApp)
        screen = app.screen
        app.set_interface_language("de")
        # Without any key: the footer repaints when Textual next refreshes its bindings, which a
        # loaded machine (load 13 in a full run) may leave for a later round of messages.
        name = type(screen).__name__
        await until(
            pilot,
            lambda: all(word in screen_text(app) for word in german_words),
            f"{name} in German: {german_words}",
        )
        assert app.screen is screen
        app.set_interface_language("en")
        await until(
            pilot,
            lambda: not any(word in screen_text(app) for word in german_words),
            f"{name} back in English",
        )

    async def run() -> None:
        app = fixture_app()
        async with app.run_test(size=(120, 36)) as pilot:
            await wait_for_cases(app)
            await switch(pilot, "Fall wählen", "3 Fälle", "Brief schreiben")
            await type_keys(pilot, *"river", "enter")
            await settled(pilot)
            await switch(pilot, "Sprache", "In welcher Sprache schreiben Sie?")
            await type_keys(pilot, "enter")
            await settled(pilot)
            await type_keys(pilot, "e")
            await switch(pilot, "Empfänger", "Wie senden Sie ihn?", "Per E-Mail")
            assert app.screen.query_one("#mode-email").value  # type: ignore[attr-defined]
            await type_keys(pilot, "ctrl+n")
            await settled(pilot)
            await type_keys(pilot, "f3", *"Ana", "f3", "ctrl+r")
            await settled(pilot)
            await switch(pilot, "Ihre Briefe · ")
            await type_keys(pilot, "n")
            await settled(pilot)
            await type_keys(pilot, "f2")
            await settled(pilot)
            await switch(pilot, "Entwürfe", "Stand", "Entwurf")  # title, column, a row's status
            await type_keys(pilot, "escape")
            await settled(pilot)
            await type_keys(pilot, "f5")
            await settled(pilot)
            app.screen.query_one("#import-path", Input).value = "/nowhere/ua.pdf"
            await switch(pilot, "Eine Eilaktion importieren", "Bei meinen Fällen speichern")
            assert app.screen.query_one("#import-path", Input).value == "/nowhere/ua.pdf"
            await type_keys(pilot, "escape")
            await settled(pilot)
            await type_keys(pilot, "f6")
            await app.workers.wait_for_complete()
            await settled(pilot)
            await switch(pilot, "Organisation", "Zahl der Briefe")

    asyncio.run(run())
