"""With APPEAL_TUI_TEST_INSTALLED set (CI's run against the built wheel), the hostile tests
must test the installed package, never the source tree beside them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get("APPEAL_TUI_TEST_INSTALLED"):
        return
    import appeal_tui

    package = Path(appeal_tui.__file__).resolve().parent
    source = Path(__file__).resolve().parents[2] / "src"
    if source in package.parents:
        raise pytest.UsageError(
            f"APPEAL_TUI_TEST_INSTALLED is set but appeal_tui was imported from {package}, "
            "the source tree; run these tests in a virtual environment with the wheel installed"
        )
    if not (package / "bundled_cases").is_dir():
        raise pytest.UsageError(f"the installed package {package} has no bundled_cases folder")
