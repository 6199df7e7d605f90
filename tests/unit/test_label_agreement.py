"""benchmarks/label_agreement.py scores a second reader's labels against the first with the
import scorer's own rules, and the importer against each: the ceiling the 90% goal sits under."""

import copy
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"

TEXT = """URGENT ACTION UA 12/31
Hana Veldt, a teacher, has been detained without charge since 2 March.

Please write before 30 April 2031 to:

Minister of Justice
Orla Fenwick
Ministry of Justice
12 Harbour Road
Port Ambrel
Veldoria
Salutation: Dear Minister
"""

FIRST = {
    "file": "ua-12-31.txt",
    "complete_recipients": True,
    "reference": "UA 12/31",
    "is_update": False,
    "deadline": "2031-04-30",
    "languages": None,
    "people": ["Hana Veldt"],
    "asks_count": None,
    "recipients": [
        {
            "name": "Orla Fenwick",
            "title": "Minister of Justice",
            "organisation": "Ministry of Justice",
            "country": "Veldoria",
            "role": "primary",
            "salutation": "Dear Minister",
            "fax": [],
            "email": [],
            "twitter": [],
            "address_lines": 2,
        }
    ],
    "doubts": "",
}


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


agreement = _load("label_agreement")


def _folder(tmp_path: Path, second: dict) -> Path:
    (tmp_path / FIRST["file"]).write_text(TEXT, encoding="utf-8")
    (tmp_path / "labels.json").write_text(json.dumps([FIRST]), encoding="utf-8")
    (tmp_path / "labels-second.json").write_text(json.dumps([second]), encoding="utf-8")
    return tmp_path


def _facts(scores: list) -> tuple[int, int]:
    return sum(sum(s.right.values()) for s in scores), sum(sum(s.total.values()) for s in scores)


def test_two_readers_who_agree_score_every_fact_both_ways(tmp_path: Path) -> None:
    views = agreement.score_folder(_folder(tmp_path, copy.deepcopy(FIRST)))
    right, total = _facts(views["second vs first"])
    assert right == total == 14  # ten of the recipient, reference, deadline, languages, person
    assert _facts(views["first vs second"]) == (14, 14)


def test_a_reader_who_counts_one_more_address_line_costs_that_fact_alone(tmp_path: Path) -> None:
    second = copy.deepcopy(FIRST)
    second["recipients"][0]["address_lines"] = 3
    second["people"].append("Orla Fenwick")
    views = agreement.score_folder(_folder(tmp_path, second))
    [score] = views["second vs first"]
    assert (sum(score.right.values()), sum(score.total.values())) == (13, 15)
    assert any(m.startswith("address_lines: Orla Fenwick: 2 read 3") for m in score.misses)
    assert "extra person: not a person at risk: 'Orla Fenwick'" in score.misses
    # The other way round the second reader's extra person is one the first missed.
    [back] = views["first vs second"]
    assert "people: person missed: 'Orla Fenwick'" in back.misses


def test_the_importer_is_scored_against_each_reader(tmp_path: Path) -> None:
    views = agreement.score_folder(_folder(tmp_path, copy.deepcopy(FIRST)))
    assert _facts(views["importer vs first"]) == _facts(views["importer vs second"])
    assert _facts(views["importer vs first"])[1] >= 14


def test_a_folder_without_second_labels_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "labels.json").write_text(json.dumps([FIRST]), encoding="utf-8")
    assert agreement.main([str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
