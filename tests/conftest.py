"""Shared test setup: every test gets its own data directory and a predictable terminal."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Snapshots and colours must not depend on the developer's terminal. TEXTUAL_SNAPSHOT_TEMPDIR is
# not a terminal setting: pytest-textual-snapshot hands its report folder to the pytest-xdist
# workers in it (deleting it made every snapshot test fail under `-n`).
for _name in list(os.environ):
    if _name == "TEXTUAL_SNAPSHOT_TEMPDIR":
        continue
    if _name == "NO_COLOR" or _name.startswith("TEXTUAL_") or _name == "FORCE_COLOR":
        del os.environ[_name]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run long tests (fuzzing at length)")


# The test process's young-generation threshold for Python's cycle collector (default 700).
# Textual makes objects by the hundred thousand (segments, strips, styles) that live a frame or
# two: at 700 many of them were still alive at a young collection, were promoted, and soon made
# a full collection due (about 0.2 s each, the whole heap of the worker). Collections were a
# fifth of the suite's test CPU. A young collection every 20,000 allocations lets them die
# first. Only when the collector runs changes (the app's own steering, ui/quiet_gc.py, reads
# and restores whatever thresholds it finds); every test checks what it checked.
YOUNG_GC_THRESHOLD = 20_000


def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis: a modest fuzz in every run ("quick"); `--run-slow` or HYPOTHESIS_PROFILE=long
    fuzzes at length. Loaded here, before test modules are imported, so every @settings inherits.
    And the cycle collector's young threshold (above), in every pytest-xdist worker."""
    _young, middle, old = gc.get_threshold()
    gc.set_threshold(max(_young, YOUNG_GC_THRESHOLD), middle, old)

    from hypothesis import HealthCheck, settings

    slow_ok = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
    settings.register_profile(
        "quick", max_examples=40, deadline=10_000, suppress_health_check=slow_ok, derandomize=True
    )
    settings.register_profile(
        "long", max_examples=2_000, deadline=30_000, suppress_health_check=slow_ok
    )
    wanted = os.environ.get("HYPOTHESIS_PROFILE")
    settings.load_profile("long" if config.getoption("--run-slow") else wanted or "quick")


# The longest tests (tens of seconds each), longest file first. With `-n auto --dist worksteal`
# each worker starts on its own share of them, and fills the time around them with the short
# ones, instead of everyone waiting for one of them at the end.
LONGEST_FIRST = (
    "tests/ui/test_hostile_every_screen.py",
    "tests/ui/test_event_turns.py",
    "tests/ui/test_letter_editor.py",
    "tests/ui/test_kill_autosave.py",
    "tests/ui/test_every_screen.py",
    "tests/ui/test_journey.py",
)


def _longest_first(items: list[pytest.Item], workers: int) -> list[pytest.Item]:
    """`items` reordered so that each of the `workers` contiguous shares that pytest-xdist's
    worksteal scheduler hands out first (`remaining // workers left`) starts with its turn of
    the longest tests; the others keep their order."""
    files = {path: rank for rank, path in enumerate(LONGEST_FIRST)}
    long = sorted(
        (item for item in items if item.nodeid.split("::", 1)[0] in files),
        key=lambda item: files[item.nodeid.split("::", 1)[0]],
    )
    rest = [item for item in items if item.nodeid.split("::", 1)[0] not in files]
    ordered: list[pytest.Item] = []
    left = len(items)
    for share in range(workers):
        size = left // (workers - share)
        mine = long[share::workers]
        fill = max(0, size - len(mine))
        ordered += mine + rest[:fill]
        del rest[:fill]
        left -= len(mine) + fill
    return ordered + rest


def _run_together(items: list[pytest.Item]) -> None:
    """A test module that defines `run_together(item) -> key` has its tests sorted by that key
    (stably, in the places its tests had): tests that share a cached result (one import of a
    document for four tests) then sit side by side, and pytest-xdist's worksteal scheduler,
    which hands out and steals contiguous runs of tests, runs them in the same worker."""
    places: dict[object, list[int]] = {}
    for index, item in enumerate(items):
        module = getattr(item, "module", None)
        if module is not None and callable(getattr(module, "run_together", None)):
            places.setdefault(module, []).append(index)
    for module, indexes in places.items():
        key = module.run_together  # type: ignore[attr-defined]
        ordered = sorted((items[i] for i in indexes), key=key)
        for index, item in zip(indexes, ordered, strict=True):
            items[index] = item


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    workers = max(1, int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1")))
    _run_together(items)
    items[:] = _longest_first(items, workers)
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` (the default, in pyproject's addopts) runs in one process when snapshots are
    being updated: syrupy decides which snapshots are unused from the tests it ran, and a worker
    runs only some of them."""
    if config.getoption("--snapshot-update", default=False):
        return 0
    return None


# The per-user folders platformdirs (and the programs the tests start) read: each test gets its
# own, so tests running side by side (pytest-xdist) never share or touch the user's real ones.
XDG_DIRS = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh APPEAL_TUI_DATA_DIR for each test, so no test sees the user's real files; the XDG
    folders too, for anything that falls back to them."""
    d = tmp_path / "appeal-data"
    monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(d))
    # Right-to-left text as a bidi terminal shows it, whatever terminal runs the tests (tests
    # of the visual order ask for it).
    monkeypatch.setenv("APPEAL_TUI_RTL", "terminal")
    for name in XDG_DIRS:
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.removeprefix("XDG_").lower()))
    return d


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts with the interface in English, whatever the developer's locale
    (LANG=de_DE): LANGUAGE=en is what the locale asks for (it changes messages only, not the
    encoding), no APPEAL_TUI_UI_LANG, and the language set back afterwards. A test that wants
    another language sets it itself."""
    from appeal_tui.core.i18n import set_ui_language

    monkeypatch.setenv("LANGUAGE", "en")
    monkeypatch.delenv("APPEAL_TUI_UI_LANG", raising=False)
    set_ui_language("en")
    yield
    set_ui_language("en")


@pytest.fixture
def run_slow(request: pytest.FixtureRequest) -> bool:
    """True with `--run-slow`: tests that have a long and a short version run the long one."""
    return bool(request.config.getoption("--run-slow"))


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def bundled_cases() -> Path:
    return REPO / "cases"
