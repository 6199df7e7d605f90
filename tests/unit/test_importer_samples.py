"""The importer on the real urgent actions in ../shared/ua-samples/ (skipped when the samples
are absent: they are not part of the project). Every sample imports, every placeholder has the
one TODO form, the case validates once they are filled, and the benchmark's facts stay right."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from appeal_tui.core.importer import import_document, read_document
from appeal_tui.core.importer.todo import TODO_PREFIX
from appeal_tui.core.loading import load_case_bytes

HERE = Path(__file__).resolve().parent
BENCHMARK = HERE.parents[1] / "benchmarks" / "import_accuracy.py"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_accuracy", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


accuracy = _benchmark()
SAMPLES: Path = accuracy.SAMPLES
FILES = sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []
pytestmark = pytest.mark.skipif(not FILES, reason=f"{SAMPLES} is absent")


def _fill(value: Any) -> Any:
    if isinstance(value, str):
        assert "TODO" not in value or value.startswith(TODO_PREFIX), value
        return "Filled in by the organiser." if value.startswith(TODO_PREFIX) else value
    if isinstance(value, dict):
        return {k: _fill(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v) for v in value]
    return value


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name[:12])
def test_every_sample_validates_once_its_todos_are_filled(path: Path) -> None:
    result = import_document(read_document(path.read_bytes()), source=path.name)
    filled = yaml.safe_dump(_fill(result.case), allow_unicode=True, sort_keys=False)
    loaded = load_case_bytes(filled.encode("utf-8"), path.name)
    assert [p.format() for p in loaded.problems if p.is_error] == []
    for ask in next(iter(result.case["asks"].values())):
        assert ask.startswith(TODO_PREFIX) or ask.endswith((".", "!", "?", "。")), ask


def test_facts_a_careful_reader_finds_stay_found() -> None:
    right, total = accuracy.totals(accuracy.table())
    ratio = sum(right.values()) / sum(total.values())
    # 93% when this test was written; a change that loses facts must be looked at.
    assert ratio >= 0.90, f"{ratio:.1%}: run benchmarks/import_accuracy.py --misses"
