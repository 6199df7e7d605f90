"""Shared test setup: every test gets its own data directory and a predictable terminal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Snapshots and colours must not depend on the developer's terminal.
for _name in list(os.environ):
    if _name == "NO_COLOR" or _name.startswith("TEXTUAL_") or _name == "FORCE_COLOR":
        del os.environ[_name]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--run-slow", action="store_true", help="run long tests (fuzzing at length)")


def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis: a modest fuzz in every run ("quick"); `--run-slow` or HYPOTHESIS_PROFILE=long
    fuzzes at length. Loaded here, before test modules are imported, so every @settings inherits."""
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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--run-slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --run-slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh APPEAL_TUI_DATA_DIR for each test, so no test sees the user's real files."""
    d = tmp_path / "appeal-data"
    monkeypatch.setenv("APPEAL_TUI_DATA_DIR", str(d))
    # Right-to-left text as a bidi terminal shows it, whatever terminal runs the tests (tests
    # of the visual order ask for it).
    monkeypatch.setenv("APPEAL_TUI_RTL", "terminal")
    return d


@pytest.fixture
def repo() -> Path:
    return REPO


@pytest.fixture
def bundled_cases() -> Path:
    return REPO / "cases"
