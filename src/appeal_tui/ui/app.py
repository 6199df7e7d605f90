"""The Textual app and its one factory, `make_app`, used by the CLI and by every test."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from appeal_tui.core.library import CaseLibrary
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.journey import Journey
from appeal_tui.ui.screens.cases import CasesScreen
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.selection import AppConfig, WriteStart


class AppealApp(App[None]):
    """Cases → language → recipients → write → preview, plus drafts."""

    CSS_PATH = "app.tcss"
    TITLE = "Appeal letters"
    # Screens get `-narrow`, `-medium` or `-wide`; the stylesheet lays them out accordingly.
    HORIZONTAL_BREAKPOINTS = [  # noqa: RUF012 (App declares it as a plain attribute)
        (0, "-narrow"),
        (90, "-medium"),
        (120, "-wide"),
    ]
    BINDINGS: ClassVar[list[Binding]] = [  # type: ignore[assignment]
        Binding("ctrl+q", "quit", "Quit", priority=True, show=False),
    ]

    def __init__(self, config: AppConfig) -> None:
        super().__init__()
        self.config = config
        self.journey = Journey(self)
        self.library: CaseLibrary | None = config.library
        self.started_at = dt.datetime.now(dt.UTC)
        if config.event:
            self.sub_title = f"Event: {config.event}"

    @property
    def today(self) -> dt.date:
        return self.config.current_date()

    def get_default_screen(self) -> Screen[None]:
        return CasesScreen(
            case_sources=self.config.case_sources,
            today=self.today,
            on_choose=self.journey.open_case,
            on_drafts=self.journey.open_drafts,
            on_loaded=self._library_loaded,
            on_import=self.journey.open_import,
            on_organise=self.journey.open_organiser,
            library=self.config.library,
            cache_paths=self.config.paths,
        )

    def on_mount(self) -> None:
        self._restore_theme()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.config.start is not None:
            self.journey.start_writing(self.config.start)

    def _restore_theme(self) -> None:
        """The theme the writer chose last time (a setting, not personal data: kept in event
        mode too)."""
        from appeal_tui.storage.profile import load_settings

        theme = load_settings(self.config.paths).get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme

    def _remember_theme(self, theme: Theme) -> None:
        from appeal_tui.storage.profile import load_settings, save_settings

        settings = load_settings(self.config.paths)
        if settings.get("theme") == theme.name:
            return
        settings["theme"] = theme.name
        with contextlib.suppress(OSError):  # a setting that cannot be saved costs nothing typed
            save_settings(self.config.paths, settings)

    def cases_screen(self) -> CasesScreen | None:
        """The case list (always at the bottom of the screen stack)."""
        return next((s for s in self.screen_stack if isinstance(s, CasesScreen)), None)

    def _library_loaded(self, library: CaseLibrary) -> None:
        self.library = library

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        # The current screen's actions first, from the same definitions as its footer keys.
        if isinstance(screen, JourneyScreen):
            for action in screen.screen_actions():
                if not action.in_palette:
                    continue
                if screen.check_action(action.action, ()) is not True:
                    continue
                yield SystemCommand(
                    action.label,
                    f"{action.help} ({action.shown_key})",
                    lambda name=action.action, target=screen: self._run_screen_action(target, name),
                )
        yield SystemCommand(
            "Light or dark theme",
            "Switch between the light and the dark theme",
            self.action_toggle_dark,
        )
        yield from super().get_system_commands(screen)

    def _run_screen_action(self, screen: Screen[object], name: str) -> None:
        self.call_later(screen.run_action, name)

    def action_toggle_dark(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"


def make_app(
    *,
    case_sources: list[Path] | tuple[Path, ...],
    paths: Paths,
    event: str | None = None,
    start: WriteStart | None = None,
    today: dt.date | None = None,
    library: CaseLibrary | None = None,
) -> AppealApp:
    """The app, configured: what the CLI runs and what the tests drive.

    `start` opens it on the writing screen; `today` fixes the date (tests, snapshots); `library`
    skips loading when the caller already has the cases.
    """
    config = AppConfig(
        case_sources=tuple(case_sources),
        paths=paths,
        event=event,
        start=start,
        today=today,
        library=library,
    )
    return AppealApp(config)
