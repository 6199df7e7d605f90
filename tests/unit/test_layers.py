"""The core stays pure: importing any of it loads neither rich nor textual (nor platformdirs)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import appeal_tui.core


def core_modules() -> list[str]:
    """Every module under appeal_tui.core, found now, so new modules are covered too."""
    found = pkgutil.walk_packages(appeal_tui.core.__path__, prefix="appeal_tui.core.")
    return sorted(m.name for m in found)


def test_core_modules_are_found() -> None:
    modules = core_modules()
    for expected in ("appeal_tui.core.loading", "appeal_tui.core.library", "appeal_tui.core.model"):
        assert expected in modules


def test_core_imports_no_ui_libraries() -> None:
    modules = core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in ('textual', 'rich', 'platformdirs') if m in sys.modules)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "", f"core imported {out.stdout.strip()}"


def test_the_command_line_imports_textual_only_to_start_the_tui() -> None:
    code = (
        "import sys\n"
        "import appeal_tui.cli, appeal_tui.cli.validate_cmd\n"
        "print(','.join(m for m in ('textual',) if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
