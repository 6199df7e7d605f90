"""`appeal-tui batch` on the bundled cases, as an organiser runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main

SEED = "ir-hossein-ronaghi-maleki"
OTHER = "co-example-la-esperanza-council"


@pytest.fixture
def signers(tmp_path: Path) -> Path:
    path = tmp_path / "signers.csv"
    path.write_text(
        'name,address,city,country,email\nAna Pérez,"Calle 1\nPiso 2",Madrid,Spain,'
        "ana@example.org\nBob Smith,,Leeds,UK,\n",
        encoding="utf-8",
    )
    return path


def _batch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["batch", *args])
    return result.exit_code, result.output


def test_two_cases_two_languages_with_signers(tmp_path: Path, signers: Path) -> None:
    out = tmp_path / "letters"
    code, output = _batch(
        SEED, OTHER, "--lang", "en,es", "--to", "primary", "--signers", str(signers),
        "--format", "txt,html", "--out", str(out),
    )  # fmt: skip
    assert code == 0, output
    summary = json.loads(output.strip().splitlines()[-1])
    assert summary["complete"] and summary["letters"] == 8 and summary["written"] == 16
    letter = (out / SEED / "es" / "supreme-leader-1.txt").read_text(encoding="utf-8")
    assert letter.startswith("Ana Pérez\nCalle 1\nPiso 2\nMadrid\nSpain\nana@example.org\n")
    assert "Excelencia" in letter and letter.rstrip().endswith("Ana Pérez")
    assert (out / "print.html").read_text(encoding="utf-8").count("Bob Smith") >= 4
    manifest = (out / "manifest.csv").read_text(encoding="utf-8").splitlines()
    assert len(manifest) == 9


def test_without_signers_the_letter_is_signed_by_hand(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, output = _batch(SEED, "--lang", "fa", "--to", "supreme-leader", "--out", str(out))
    assert code == 0, output
    letter = (out / SEED / "fa" / "supreme-leader.txt").read_text(encoding="utf-8")
    # The closing, then empty lines where the signer signs; no sender block at the top.
    assert letter.endswith("\n\n\n\n\n")
    assert re.match(r"[۰-۹]+ \S+ [۰-۹]{4}\n\n", letter)  # the Solar Hijri date comes first


def test_bad_signers_row_is_reported_by_line_and_nothing_is_written(tmp_path: Path) -> None:
    bad = tmp_path / "signers.csv"
    bad.write_text("name,city\nAna,Madrid\nBob,Leeds,extra\n,Paris\n", encoding="utf-8")
    out = tmp_path / "letters"
    code, output = _batch(SEED, "--lang", "en", "--signers", str(bad), "--out", str(out))
    assert code == 2
    assert f"{bad}:3: error: this row has 3 fields but the header has 2" in output
    assert f"{bad}:4:1: error: this row has no name" in output
    assert not out.exists()


def test_interrupted_by_limit_then_resumed(tmp_path: Path, signers: Path) -> None:
    out = tmp_path / "letters"
    args = (SEED, "--lang", "en,es", "--signers", str(signers), "--out", str(out))
    code, output = _batch(*args, "--limit", "3")
    first = json.loads(output)
    assert (code, first["complete"], first["written"]) == (0, False, 3)
    stamps = {p: p.stat().st_mtime_ns for p in out.rglob("*.txt")}
    code, output = _batch(*args)
    second = json.loads(output)
    assert second["complete"] and second["existing"] == 3
    assert second["written"] == second["letters"] - 3
    assert {p: p.stat().st_mtime_ns for p in stamps} == stamps


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--lang", "xx-nope"), "unknown language code 'xx-nope'"),
        (("--lang", "en", "--to", "nobody"), f"case {SEED} has no recipient 'nobody'"),
        (("--lang", "en", "--format", "pdf"), "unknown format 'pdf'"),
    ],
)
def test_bad_options_are_one_line_errors(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    out = tmp_path / "letters"
    code, output = _batch(SEED, *args, "--out", str(out))
    assert code == 2 and message in output and "Traceback" not in output
    assert not out.exists()


def test_closed_case_and_dry_run(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, output = _batch("gt-example-radio-journalist", "--lang", "en", "--out", str(out))
    assert code == 2 and "is closed" in output
    code, output = _batch(SEED, "--lang", "en", "--out", str(out), "--dry-run")
    assert code == 0 and json.loads(output)["letters"] == 4 and not out.exists()
