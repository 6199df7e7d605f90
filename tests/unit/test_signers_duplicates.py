"""A signer listed twice in a signers CSV is a warning naming both lines; the batch still runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.problems import Severity
from appeal_tui.core.signers import SignersResult, read_signers_file


@pytest.fixture
def parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes, str], SignersResult]:
    """Read `data` as the signers file `name` (in a fresh folder), as the batch reads it."""
    monkeypatch.chdir(tmp_path)

    def read(data: bytes, name: str) -> SignersResult:
        Path(name).write_bytes(data)
        return read_signers_file(Path(name))

    return read


def test_the_same_name_or_email_twice_is_a_warning_with_both_lines(
    parse: Callable[[bytes, str], SignersResult],
) -> None:
    data = (
        "name,email\n"
        "Ana Pérez,ana@example.org\n"
        "Bob,bob@example.org\n"
        "ana  PÉREZ,\n"  # the same name, spaced and cased otherwise
        "Robert,BOB@example.org\n"  # the same email
        '"Cy",\n'
    ).encode()
    result = parse(data, "s.csv")
    assert len(result.signers) == 5 and not result.has_errors
    warnings = [p for p in result.problems if p.severity == Severity.WARNING]
    assert [(p.line, p.message.split(";")[0]) for p in warnings] == [
        (4, "the same name as on line 2"),
        (5, "the same email as on line 3"),
    ]


def test_no_warning_for_distinct_signers(parse: Callable[[bytes, str], SignersResult]) -> None:
    result = parse(b"name,email\nAna,a@example.org\nBo,b@example.org\n", "s.csv")
    assert result.problems == ()


def test_batch_prints_the_warning_and_writes_every_set(tmp_path: Path) -> None:
    signers = tmp_path / "s.csv"
    signers.write_text("name\nAna\nBo\nAna\n", encoding="utf-8")
    out = tmp_path / "b"
    result = CliRunner().invoke(
        main,
        ["batch", "ir-hossein-ronaghi-maleki", "--lang", "en", "--to", "primary",
         "--signers", str(signers), "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"{signers}:4: warning: the same name as on line 2" in result.output
    assert len(list(out.glob("*/en/*.txt"))) == 3
