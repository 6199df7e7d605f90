"""Start the TUI from the command line (`appeal-tui` with no subcommand)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from appeal_tui.cli.common import CliState

if TYPE_CHECKING:
    from appeal_tui.ui.app import AppealApp


def run_tui(state: CliState) -> None:
    """Run the app on the bundled cases, the user's cases folder and any --cases DIR."""
    from appeal_tui.storage.paths import case_sources, default_paths
    from appeal_tui.ui.case_index import CaseIndex

    paths = default_paths()
    sources = case_sources(paths, state.cases_dirs)
    # The case files of a first start are read by helper processes while Textual is imported
    # (a third of a second or more); a later start reads the index its list is filled from.
    cases = CaseIndex(sources, paths)
    cases.start_reading()
    # Textual is imported only here, so the other subcommands start fast.
    from appeal_tui.ui.app import make_app

    app = make_app(
        case_sources=sources,
        case_index=cases,
        paths=paths,
        event=state.event,
        idle_timeout=state.idle_timeout,
        rtl=state.rtl,
    )
    run_app(app)


def run_app(app: AppealApp) -> None:
    """Run `app`; a stop by a signal (SIGTERM, SIGHUP) exits with 128 + its number."""
    app.run()
    if app.return_code:
        sys.exit(app.return_code)
