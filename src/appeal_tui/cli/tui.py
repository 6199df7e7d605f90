"""Start the TUI from the command line (`appeal-tui` with no subcommand)."""

from __future__ import annotations

from appeal_tui.cli.common import CliState


def run_tui(state: CliState) -> None:
    """Run the app on the bundled cases, the user's cases folder and any --cases DIR."""
    # Textual is imported only here, so the other subcommands start fast.
    from appeal_tui.storage.paths import case_sources, default_paths
    from appeal_tui.ui.app import make_app

    paths = default_paths()
    app = make_app(
        case_sources=case_sources(paths, state.cases_dirs), paths=paths, event=state.event
    )
    app.run()
