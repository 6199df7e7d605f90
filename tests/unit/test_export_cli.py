"""`appeal-tui letter --format html|eml`: the export formats from the command line."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from click.testing import CliRunner

from appeal_tui.cli import main

SEED = "ir-hossein-ronaghi-maleki"


def _run(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout_bytes, result.stderr


def test_html_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "letters.html"
    code, _, err = _run("letter", SEED, "--lang", "fa", "--format", "html", "-o", str(out))
    assert code == 0, err
    document = out.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>")
    assert document.count("<article") == 4  # one letter per recipient, post mode
    assert 'lang="fa" dir="rtl"' in document


def test_eml_in_email_mode() -> None:
    code, out, err = _run(
        "letter", SEED, "--lang", "en", "--format", "eml", "--mode", "email", "--date", "2024-05-15"
    )
    assert code == 0, err
    message = email.message_from_bytes(out, policy=email.policy.default)
    assert message["Subject"] == "Hossein Ronaghi-Maleki: medical care, not prison"
    assert message["X-Unsent"] == "1"
    assert "no email address is known for" in message.get_content()


def test_eml_refuses_several_letters() -> None:
    code, out, err = _run("letter", SEED, "--lang", "en", "--format", "eml")
    assert code == 2
    assert out == b""
    assert "an .eml holds one letter" in err
