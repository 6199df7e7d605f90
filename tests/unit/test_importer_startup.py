"""What starting the app loads (session 33): the importer (some 600 regexes to compile, a second
of CPU) is loaded by `appeal-tui import` and by the F5 screen's first import, never by starting
the command line or the app, nor by opening the F5 screen."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module",
    [
        "appeal_tui.cli.app",
        "appeal_tui.cli.tui",
        "appeal_tui.ui.app",
        "appeal_tui.ui.screens.import_case",
    ],
)
def test_starting_loads_no_importer_module(module: str) -> None:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(','.join(m for m in sys.modules if m.startswith('appeal_tui.core.importer')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "", f"{module} loaded {out.stdout.strip()}"


def test_import_help_answers_without_loading_the_importer() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from appeal_tui.cli import main\n"
        "result = CliRunner().invoke(main, ['import', '--help'])\n"
        "assert result.exit_code == 0 and 'Usage:' in result.output, result.output\n"
        "print(','.join(m for m in sys.modules if m.startswith('appeal_tui.core.importer')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "", f"import --help loaded {out.stdout.strip()}"
