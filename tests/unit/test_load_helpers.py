"""Reading case files in helper processes (issue 18) gives exactly what reading them here gives,
in the same order, even when a helper fails; `validate` prints the same either way."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core import forked, load_helpers
from appeal_tui.core.case_row import list_case_file
from appeal_tui.core.library import load_library
from appeal_tui.core.load_helpers import load_files
from appeal_tui.core.loading import load_case_file

BAD_CASES = Path(__file__).parent / "bad_cases"
GOOD = (BAD_CASES / "good.yaml").read_text(encoding="utf-8")


def _folder(tmp_path: Path, name: str = "cases", count: int = 150) -> Path:
    """`count` good cases and every bad one, interleaved by name."""
    folder = tmp_path / name
    folder.mkdir()
    for n in range(count):
        text = GOOD.replace("title: A good case beside the bad ones", f"title: Case number {n}")
        (folder / f"case-{n:03}.yaml").write_text(text, encoding="utf-8")
    for bad in BAD_CASES.glob("*.yaml"):
        shutil.copy(bad, folder / f"case-{len(bad.name):03}-{bad.name}")
    return folder


def test_helpers_give_every_result_in_order(tmp_path: Path) -> None:
    paths = sorted(_folder(tmp_path).glob("*.yaml"))
    assert len(paths) >= load_helpers.MIN_FILES
    here = [load_case_file(p) for p in paths]
    for share in (True, False):
        for helpers in (1, 2, 3):
            assert list(load_files(paths, here=share, helpers=helpers)) == here
    assert any(r.has_errors for r in here) and any(r.case for r in here)


def test_a_failing_helper_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(_folder(tmp_path).glob("*.yaml"))
    here = [load_case_file(p) for p in paths]
    real_popen = subprocess.Popen
    real = [sys.executable, "-P", "-m", "appeal_tui.core.load_helpers", "en", "load"]
    dies_after = (
        "import os, runpy, sys, threading; sys.argv = sys.argv[:1] + sys.argv[2:];"
        " threading.Timer({0}, lambda: os._exit(1)).start();"
        " runpy.run_module('appeal_tui.core.load_helpers', run_name='__main__')"
    )
    cases = [
        # One helper ends at once, one sends something that is no result, one is not Python.
        [
            [sys.executable, "-c", "pass"],
            [sys.executable, "-c", "import sys; sys.stdout.write('xxxxxxxx'); sys.stdin.read()"],
            ["/nonexistent/python"],
        ],
        # One says it is ready, then sends half a result; one reads a while, then dies.
        [
            [sys.executable, "-c", "import sys; sys.stdout.buffer.write(bytes(4) + b'\\0\\0\\1')"],
            [sys.executable, "-c", dies_after.format(0.2), "-", "en", "load"],
            real,
        ],
    ]
    given: list[list[str]] = []

    def broken(argv: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        return real_popen(given.pop(0), **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(subprocess, "Popen", broken)
    for commands in cases:
        for share in (False, True):
            given[:] = commands
            assert list(load_files(paths, here=share, helpers=3)) == here


def test_stopping_early_ends_the_helpers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = sorted(_folder(tmp_path).glob("*.yaml"))
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def recorded(argv: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        # The real helper, which then lingers: on a fast machine a helper may have sent its
        # share before the caller stops, and this test is about one that has not ended.
        lingering = [
            *argv[:2],
            "-c",
            "import runpy, sys, time; sys.argv = sys.argv[:1] + sys.argv[2:];"
            f" runpy.run_module({argv[3]!r}, run_name='__main__'); sys.stdout.flush();"
            " time.sleep(120)",
            "-",
            *argv[4:],
        ]
        started.append(real_popen(lingering, **kwargs))  # type: ignore[call-overload]
        return started[-1]

    monkeypatch.setattr(subprocess, "Popen", recorded)
    results = load_files(paths, here=False, helpers=2)
    assert next(results) == load_case_file(paths[0])
    assert len(started) == 2 and all(p.poll() is None for p in started)
    results.close()  # the helpers are killed and waited for: no process is left behind
    assert all(p.returncode is not None and p.returncode < 0 for p in started)


def test_few_files_or_a_busy_machine_use_no_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_helper(*args: object, **kwargs: object) -> None:
        raise AssertionError("a helper was started")

    monkeypatch.setattr(subprocess, "Popen", no_helper)
    small = sorted(_folder(tmp_path, "small", count=5).glob("*.yaml"))
    assert list(load_files(small, helpers=2)) == [load_case_file(p) for p in small]
    monkeypatch.setattr(os, "getloadavg", lambda: (64.0, 64.0, 64.0))
    busy = tmp_path / "loadavg"
    busy.write_text("64.00 64.00 64.00 65/900 4567\n")  # 64 others ready to run now
    monkeypatch.setattr(forked, "LOADAVG", str(busy))
    large = sorted(_folder(tmp_path, "large").glob("*.yaml"))
    assert load_helpers.idle_cores() == 0
    assert list(load_files(large)) == [load_case_file(p) for p in large]
    # The app (not sharing) on one core: no helper either.
    monkeypatch.setattr(load_helpers, "usable_cores", lambda: 1)
    assert list(load_files(large, here=False)) == [load_case_file(p) for p in large]


def test_library_and_validate_are_the_same_with_helpers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _folder(tmp_path, "first")
    second = _folder(tmp_path, "second", count=130)  # its cases replace the first folder's
    (second / "clash-a.yaml").write_text((BAD_CASES / "clash-a.yaml").read_text())
    (second / "clash-b.yaml").write_text((BAD_CASES / "clash-b.yaml").read_text())
    alone = load_library([first, second])
    assert alone.overrides and any("also used by" in p.message for p in alone.problems)
    monkeypatch.setattr(load_helpers, "idle_cores", lambda: 3)
    monkeypatch.setattr(load_helpers, "MIN_SHARED_FILES", 0)  # helpers for these few files too
    for share in (True, False):
        shared = load_library([first, second], helpers=share)
        assert shared == alone

    def validate() -> tuple[int, str]:
        result = CliRunner().invoke(main, ["validate", str(first), str(second)])
        return result.exit_code, result.stdout

    helped = validate()
    monkeypatch.setattr(load_helpers, "idle_cores", lambda: 0)
    assert validate() == helped
    assert "files checked" in helped[1] and helped[0] == 1


def test_validate_reads_a_thousand_files_itself_even_on_idle_cores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A helper costs about as much as the files it would read below MIN_SHARED_FILES: a command
    that reads a share itself starts none there, however idle the machine; above it, it does."""
    started: list[int] = []
    real_start = load_helpers._Helper.start

    def start(cls: type, results: object, number: int, kind: str = "load") -> object:
        started.append(number)
        return real_start(results, number, kind)  # type: ignore[arg-type]

    monkeypatch.setattr(load_helpers._Helper, "start", classmethod(start))
    monkeypatch.setattr(load_helpers, "idle_cores", lambda: 3)
    paths = [tmp_path / f"{n}.yaml" for n in range(load_helpers.MIN_FILES)]
    results = load_files(paths, here=True)
    results.close()
    assert started == []
    monkeypatch.setattr(load_helpers, "MIN_SHARED_FILES", len(paths))
    results = load_files(paths, here=True)
    results.close()
    assert started == list(range(load_helpers.default_helpers(here=True))) == [0, 1]


FORKED = """
import os, sys
from pathlib import Path
from appeal_tui.core import forked, load_helpers
from appeal_tui.core.case_row import glance_case_file, list_case_file
paths = sorted(Path(sys.argv[1]).glob("*.yaml"))
for glance, listing in ((True, glance_case_file), (False, list_case_file)):
    results = load_helpers.list_files(paths, helpers=2, glance=glance, fork=True)
    assert all(isinstance(h.proc, load_helpers._Forked) for h in results._helpers)
    assert list(results) == [listing(p) for p in paths]
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError:
    print("no helper left")
"""


def test_helpers_forked_at_the_start_give_the_same_and_end(tmp_path: Path) -> None:
    """The command line forks the first start's helpers (a process of one thread: this one
    runs apart from the test's threads); they send what reading the files here gives, and
    none is left behind."""
    folder = _folder(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", FORKED, str(folder)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "no helper left"


def test_helpers_are_started_not_forked_beside_other_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    paths = sorted(_folder(tmp_path).glob("*.yaml"))
    started: list[object] = []
    real_popen = subprocess.Popen

    def recorded(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        started.append(args)
        return real_popen(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(subprocess, "Popen", recorded)
    other = threading.Event()
    thread = threading.Thread(target=other.wait)
    thread.start()
    try:
        results = load_helpers.list_files(paths, helpers=2, fork=True)
        assert list(results) == [list_case_file(p) for p in paths]
    finally:
        other.set()
        thread.join()
    assert len(started) == 2
