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


EGYPT = "eg-example-student-journalists"


def _run_batch(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["batch", *args])
    return result.exit_code, result.stdout, result.stderr


def test_languages_are_never_mixed_each_case_in_the_languages_it_offers(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, stdout, stderr = _run_batch(
        SEED, EGYPT, "--lang", "fa,ar", "--to", "primary", "--out", str(out)
    )
    assert code == 0, stderr
    summary = json.loads(stdout)
    # Iran offers Persian, not Arabic; Egypt offers Arabic, not Persian: one letter each.
    assert summary["letters"] == 2
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.txt")) == [
        f"{EGYPT}/ar/prosecutor-general.txt",
        f"{SEED}/fa/supreme-leader.txt",
    ]
    assert f"skipped: case {SEED} in Arabic (ar): the case offers fa, en, es, fr" in stderr
    assert f"skipped: case {EGYPT} in Persian (fa): the case offers ar, en" in stderr
    assert len(summary["skipped"]) == 2
    persian = (out / SEED / "fa" / "supreme-leader.txt").read_text(encoding="utf-8")
    arabic = (out / EGYPT / "ar" / "prosecutor-general.txt").read_text(encoding="utf-8")
    assert "[Reword" not in persian and "[Reword" not in arabic
    assert "أناشدكم" in arabic and "درخواست می‌کنم" in persian
    # Persian-only letters (ی, ک, گ, پ) never appear in the Arabic letter's asks.
    assert not set("یکگپچژ") & set(arabic)


def test_strict_refuses_a_batch_that_would_leave_something_out(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, _, stderr = _run_batch(SEED, EGYPT, "--lang", "fa,ar", "--strict", "--out", str(out))
    assert code == 2
    assert f"skipped: case {SEED} in Arabic (ar)" in stderr
    assert "--strict" in stderr and "nothing was written" in stderr
    assert not out.exists()


def test_language_codes_in_any_case_are_accepted(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, _stdout, stderr = _run_batch(SEED, "--lang", "EN", "--to", "primary", "--out", str(out))
    assert code == 0, stderr
    assert (out / SEED / "en" / "supreme-leader.txt").is_file()


def test_a_recipient_key_some_cases_lack_skips_those_cases(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, _stdout, stderr = _run_batch(
        SEED, OTHER, EGYPT, "--lang", "en", "--to", "interior-minister", "--out", str(out)
    )
    assert code == 0, stderr
    assert f"skipped: case {SEED} has no recipient 'interior-minister'" in stderr
    # Egypt's interior minister takes faxes only: no post letter, and the fax is named.
    assert f"skipped: case {EGYPT}: no postal address for Major General" in stderr
    assert "fax +20 2 0000 0100" in stderr
    assert [p.relative_to(out).as_posix() for p in out.rglob("*.txt")] == [
        f"{OTHER}/en/interior-minister.txt"
    ]
    code, _, stderr = _run_batch(SEED, OTHER, "--lang", "en", "--to", "nobody", "--out", str(out))
    assert code == 2 and "none of the cases has a recipient 'nobody'" in stderr


def test_without_address_writes_the_post_letter_anyway(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, _, stderr = _run_batch(
        EGYPT, "--lang", "en", "--to", "interior-minister", "--without-address", "--out", str(out)
    )
    assert code == 0, stderr
    assert (out / EGYPT / "en" / "interior-minister.txt").is_file()


def test_dry_run_after_a_limit_counts_what_is_there(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    args = (SEED, "--lang", "en,es", "--format", "txt,md", "--out", str(out))
    code, stdout, _ = _run_batch(*args, "--limit", "3")
    first = json.loads(stdout)
    assert (code, first["new_letters"], first["written"]) == (0, 3, 6)
    code, stdout, _ = _run_batch(*args, "--dry-run")
    dry = json.loads(stdout)
    assert code == 0 and dry["dry_run"]
    assert dry["existing"] == 6
    assert dry["new_letters"] == first["letters"] - 3
    assert dry["written"] == 2 * (first["letters"] - 3)
    code, stdout, _ = _run_batch(*args, "--dry-run", "--limit", "2")
    assert json.loads(stdout)["new_letters"] == 2 and not json.loads(stdout)["complete"]
    code, stdout, _ = _run_batch(*args)
    done = json.loads(stdout)
    assert done["new_letters"] == dry["new_letters"] and done["written"] == dry["written"]


def test_example_case_and_passed_deadline_are_warned_about(tmp_path: Path) -> None:
    out = tmp_path / "letters"
    code, _, stderr = _run_batch(EGYPT, "--lang", "en", "--to", "primary", "--out", str(out))
    assert code == 0
    assert f"warning: case '{EGYPT}' is an example for practice" in stderr
    assert f"warning: the deadline of case '{EGYPT}' (2026-04-30) has passed" in stderr


@pytest.mark.parametrize("command", ["letter", "batch", "sheets"])
def test_a_case_with_placeholders_is_refused_with_its_problems(
    command: str, tmp_path: Path
) -> None:
    case = tmp_path / "unfinished.yaml"
    case.write_text(
        "title: T\ncountry: Testland\npeople:\n  - name: Ana Example\nsummary: S.\n"
        "languages: [en]\nasks:\n  en:\n    - Please release Ana Example.\nrecipients:\n"
        '  - key: official\n    role: primary\n    name: "TODO: the official"\n'
        "    email: not-an-email\n",
        encoding="utf-8",
    )
    args = {
        "letter": ["letter", str(case), "--lang", "en"],
        "batch": ["batch", str(case), "--lang", "en", "--out", str(tmp_path / "out")],
        "sheets": ["sheets", str(case), "-o", str(tmp_path / "sheets.html")],
    }[command]
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert f"{case}:13:11: error: recipients[0].name: 'TODO' is a placeholder" in result.stderr
    assert f"{case}:14:12: error: recipients[0].email: 'not-an-email'" in result.stderr
    assert "TODO: the official" not in result.stdout
    assert not (tmp_path / "out").exists() and not (tmp_path / "sheets.html").exists()


@pytest.mark.parametrize("command", ["letter", "batch", "sheets"])
def test_a_case_with_errors_named_by_id_is_refused_with_its_problems(
    command: str, tmp_path: Path
) -> None:
    """A case in a --cases folder, named by its id, whose file has errors: the errors, not
    "unknown case"."""
    folder = tmp_path / "cases"
    folder.mkdir()
    case = folder / "xx-unfinished.yaml"
    case.write_text(
        "title: T\ncountry: Testland\npeople:\n  - name: Ana Example\nsummary: S.\n"
        "languages: [en]\nasks:\n  en:\n    - Please release Ana Example.\nrecipients:\n"
        '  - key: official\n    role: primary\n    name: "TODO: the official"\n',
        encoding="utf-8",
    )
    args = {
        "letter": ["letter", "xx-unfinished", "--lang", "en"],
        "batch": ["batch", "xx-unfinished", "--lang", "en", "--out", str(tmp_path / "out")],
        "sheets": ["sheets", "xx-unfinished", "-o", str(tmp_path / "sheets.html")],
    }[command]
    result = CliRunner().invoke(main, ["--cases", str(folder), *args])
    assert result.exit_code == 1
    assert f"{case}:13:11: error: recipients[0].name: 'TODO' is a placeholder" in result.stderr
    assert "unknown case" not in result.stderr and "(cases:" not in result.stderr
    assert "has errors (listed above)" in result.stderr
    assert "TODO: the official" not in result.stdout
    assert not (tmp_path / "out").exists() and not (tmp_path / "sheets.html").exists()


def test_the_terminal_summary_counts_in_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a terminal the summary reads as a sentence: "1 letter", "3 files"."""
    import datetime as dt

    from appeal_tui.cli.batch_cmd import _report
    from appeal_tui.export.batch import BatchResult

    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    out = tmp_path / "letters"
    dry = BatchResult(out, 4, 4, 1, 3, True, dt.date(2026, 3, 2), True, 1, (), ("a/en/x.txt",))
    _report(dry)
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"would write 1 letter (1 of the batch's 4 files) into {out}, keep 3 files already "
        "there; 4 letters in the batch"
    )
    _report(BatchResult(out, 1, 1, 1, 0, True, dt.date(2026, 3, 2), False, 1))
    assert capsys.readouterr().out.strip() == (
        f"{out}: wrote 1 file, kept 0 already there; 1 letter in the batch, all letters are there"
    )


def test_an_address_too_long_for_the_window_is_reported(tmp_path: Path) -> None:
    """As `letter --format html` does: the organiser hears of it before printing."""
    lines = "".join(
        f"      - Building {i}, Floor {i}, A Very Long Example Street Name Number {i}\n"
        for i in range(7)
    )
    case = tmp_path / "xx-long-address.yaml"
    case.write_text(
        "title: T\ncountry: Testland\npeople:\n  - name: Ana Example\nsummary: S.\n"
        "languages: [en]\nasks:\n  en:\n    - Please release Ana Example.\nrecipients:\n"
        "  - key: official\n    role: primary\n    name: Maya Official\n    address:\n"
        f"{lines}    country: Testland\n  - key: short\n    role: copy\n    name: Bo Official\n"
        "    address:\n      - 1 Main Street\n      - Capital\n",
        encoding="utf-8",
    )
    out = tmp_path / "letters"
    code, _, stderr = _run_batch(str(case), "--lang", "en", "--format", "html", "--out", str(out))
    assert code == 0, stderr
    warned = [line for line in stderr.splitlines() if "too long for the envelope window" in line]
    assert warned == [
        "warning: case xx-long-address in en: The address of Maya Official is too long for the "
        "envelope window even at 8 pt: shorten it (leave out the title or the organisation), "
        "or write the envelope by hand."
    ]
    # Text only: nothing is printed in a window, nothing to say.
    code, _, stderr = _run_batch(str(case), "--lang", "en", "--out", str(tmp_path / "txt"))
    assert code == 0 and "too long" not in stderr
