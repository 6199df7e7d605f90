"""`appeal-tui --event NAME --idle-timeout SECONDS` reaches the app (the TUI is not run)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from appeal_tui.cli import tui
from appeal_tui.cli.app import main
from appeal_tui.ui.app import AppealApp


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[AppealApp]:
    apps: list[AppealApp] = []
    monkeypatch.setattr(tui, "run_app", apps.append)
    return apps


def test_event_and_idle_timeout_configure_the_app(started: list[AppealApp]) -> None:
    result = CliRunner().invoke(main, ["--event", "W4R Leeds", "--idle-timeout", "42"])
    assert result.exit_code == 0, result.output
    [app] = started
    assert app.config.event == "W4R Leeds"
    assert app.idle.timeout == 42
    # No passphrase given: the organiser is asked for one when the app starts.
    assert app.config.organiser_lock is None and app.config.ask_organiser_passphrase


def test_idle_timeout_defaults_to_three_minutes(started: list[AppealApp]) -> None:
    assert CliRunner().invoke(main, ["--event", "Vigil"]).exit_code == 0
    assert started[0].idle.timeout == 180


def test_a_zero_idle_timeout_is_refused(started: list[AppealApp]) -> None:
    result = CliRunner().invoke(main, ["--event", "Vigil", "--idle-timeout", "0"])
    assert result.exit_code == 2
    assert "--idle-timeout" in result.output
    assert started == []
