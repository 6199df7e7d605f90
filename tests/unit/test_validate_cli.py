"""`appeal-tui validate`: one line per problem, a summary, and exit codes 0, 1 and 2."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main

BAD_CASES = Path(__file__).parent / "bad_cases"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def copy(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(BAD_CASES / name, folder / name)
    return folder


def test_good_files_exit_0(tmp_path: Path) -> None:
    folder = copy(tmp_path, "good.yaml")
    code, out, _ = run("validate", str(folder))
    assert code == 0
    assert out == "1 file checked: 1 loaded, 0 with errors, 0 warnings\n"


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    folder = copy(tmp_path, "good.yaml", "unknown-keys.yaml")
    code, out, _ = run("validate", str(folder))
    assert code == 0
    bad = folder / "unknown-keys.yaml"
    assert out.splitlines() == [
        f"{bad}:3:1: warning: poeple: unknown key; did you mean 'people'?",
        f"{bad}:19:5: warning: recipients[1].salutaton: unknown key; did you mean 'salutation'?",
        f"{bad}:20:5: warning: recipients[1].colour: unknown key; it is ignored "
        "(check the spelling)",
        "2 files checked: 2 loaded, 0 with errors, 3 warnings",
    ]


def test_errors_exit_1_with_one_line_per_problem(tmp_path: Path) -> None:
    folder = copy(tmp_path, "good.yaml", "no-primary.yaml", "unknown-keys.yaml")
    code, out, _ = run("validate", str(folder))
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == (
        f"{folder / 'no-primary.yaml'}:11:3: error: recipients: no recipient has role: primary; "
        "give the one the letters are addressed to role: primary"
    )
    assert len(lines) == 5
    assert lines[-1] == "3 files checked: 2 loaded, 1 with errors, 3 warnings"


def test_single_files_and_folders_mix(tmp_path: Path) -> None:
    folder = copy(tmp_path, "good.yaml")
    code, out, _ = run("validate", str(folder), str(BAD_CASES / "wrong-types.yaml"))
    assert code == 1
    assert out.splitlines()[-1] == "2 files checked: 1 loaded, 1 with errors, 0 warnings"


def test_nonexistent_path_is_bad_usage(tmp_path: Path) -> None:
    code, out, err = run("validate", str(tmp_path / "nope"))
    assert code == 2
    assert out == ""
    assert err == f"appeal-tui: error: no such file or folder: {tmp_path / 'nope'}\n"


def test_no_path_checks_every_case_the_app_would_load(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import appeal_tui.core.library as library

    bundled = copy(tmp_path, "good.yaml")
    user_cases = data_dir / "cases"
    user_cases.mkdir(parents=True)
    shutil.copy(BAD_CASES / "no-primary.yaml", user_cases / "mine.yaml")
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(BAD_CASES / "unknown-keys.yaml", extra / "extra.yaml")

    monkeypatch.setattr(library, "bundled_cases_dir", lambda: bundled)
    code, out, _ = run("--cases", str(extra), "validate")
    assert code == 1
    assert str(user_cases / "mine.yaml") in out
    assert str(extra / "extra.yaml") in out
    assert out.splitlines()[-1] == "3 files checked: 2 loaded, 1 with errors, 3 warnings"


def test_real_command_never_prints_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "binary.yaml").write_bytes(bytes(range(256)) * 4)
    (folder / "dir.yaml").mkdir()
    result = subprocess.run(
        [sys.executable, "-m", "appeal_tui", "validate", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "1 file checked: 0 loaded, 1 with errors, 0 warnings"


def test_bundled_cases_validate_without_errors(bundled_cases: Path) -> None:
    assert list(bundled_cases.glob("*.y*ml")), f"no case files in {bundled_cases}"
    code, out, _ = run("validate", str(bundled_cases))
    assert code == 0, out
