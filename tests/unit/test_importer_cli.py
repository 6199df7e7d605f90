"""`appeal-tui import`: where the case and the report go, exit codes, and never overwriting."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.loading import load_case_file

DOC = Path(__file__).parent / "importer_docs" / "en_plain_bullets.txt"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["import", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_case_to_a_file_and_the_report_to_stdout(tmp_path: Path) -> None:
    out = tmp_path / "amira-haddad.yaml"
    code, stdout, stderr = run(str(DOC), "-o", str(out))
    assert code == 0, stderr
    assert "recipients   3 (2 primary, 1 copy)" in stdout
    assert "check: summary: write it in your own words (marked TODO)" in stdout
    assert f"wrote {out}" in stdout
    loaded = load_case_file(out)
    # The TODO summary is for the organiser to write: `validate` reports it, and nothing else.
    assert [p.message.split(":")[0] for p in loaded.problems] == ["summary"]
    assert all(p.is_error and "is a placeholder" in p.message for p in loaded.problems)
    filled = out.read_text(encoding="utf-8").replace("TODO: ", "")
    out.write_text(filled, encoding="utf-8")
    loaded = load_case_file(out)
    assert loaded.problems == ()
    assert loaded.case is not None and loaded.case.id == "amira-haddad"


def test_case_to_stdout_and_the_report_to_stderr() -> None:
    code, stdout, stderr = run(str(DOC))
    assert code == 0
    assert stdout.startswith("# Imported by appeal-tui from en_plain_bullets.txt.")
    assert "reference: UA 61/13" in stdout
    assert "found:" in stderr and "found:" not in stdout


def test_reads_standard_input() -> None:
    code, stdout, _ = run("-", stdin=DOC.read_text(encoding="utf-8"))
    assert code == 0
    assert "# Imported by appeal-tui from standard input." in stdout


def test_an_existing_file_is_not_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "case.yaml"
    out.write_text("mine\n", encoding="utf-8")
    code, _, stderr = run(str(DOC), "-o", str(out))
    assert code == 2
    assert "already exists; it was not changed (use --force to overwrite it)" in stderr
    assert out.read_text(encoding="utf-8") == "mine\n"
    code, _, _ = run(str(DOC), "-o", str(out), "--force")
    assert code == 0
    assert out.read_text(encoding="utf-8").startswith("# Imported by appeal-tui")


def test_nothing_usable_exits_1_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "case.yaml"
    code, _, stderr = run("-", "-o", str(out), stdin="Shopping list\n\nApples and pears.\n")
    assert code == 1
    assert "nothing usable found" in stderr
    assert not out.exists()


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    code, _, stderr = run(str(tmp_path / "missing.txt"))
    assert code == 2 and "no such file" in stderr
    # A web address: nothing is downloaded, and the message says how to save the page.
    code, _, stderr = run("https://example.org/urgent-action.html")
    assert code == 2 and "is a web address" in stderr and "Save Page As" in stderr
    code, _, stderr = run(str(DOC), "--lang", "Englsh")
    assert code == 2 and "--lang: unknown language code 'Englsh'; did you mean 'en'?" in stderr


def test_lang_is_used_when_detection_is_unsure() -> None:
    text = "Escriban en español o en su propio idioma:\n• Liberen a Ana Ruiz ya mismo por favor.\n"
    code, stdout, _ = run("-", "--lang", "es", stdin=text)
    assert code == 0
    assert (
        "asks:\n  es:\n    - Pido a las autoridades que liberen a Ana Ruiz ya mismo por favor."
        in stdout
    )
