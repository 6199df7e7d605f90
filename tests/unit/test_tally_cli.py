"""`appeal-tui tally` on drafts collected from two laptops, in each of its formats."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.draft import new_draft, with_status
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

CASE = "ir-hossein-ronaghi-maleki"


@pytest.fixture
def collected(data_dir: Path) -> Path:
    store = DraftStore(Paths(data_dir))
    for name, mode, lang, event in [
        ("Ana Pérez", "post", "en", "W4R"),
        ("ana pérez", "post", "fa", "W4R"),
        ("Bob", "email", "es", "W4R"),
        ("Secret Person", "post", "en", "Other event"),
    ]:
        draft = new_draft(
            CASE,
            language=lang,
            recipients=("supreme-leader", "head-of-judiciary"),
            mode=mode,  # type: ignore[arg-type]
            sender=Sender(name, email=f"{name.split()[0].lower()}@example.org"),
            event=event,
        )
        store.save(with_status(draft, "ready" if mode == "post" else "sent"))
    return data_dir


def test_table_counts_letters_and_writers_without_names(collected: Path) -> None:
    result = CliRunner().invoke(main, ["tally", "--event", "w4r"])
    assert result.exit_code == 0, result.output
    assert "5 letters from 3 drafts by 2 distinct writers" in result.output
    assert "Blogger ordered back to prison" in result.output  # the case's title, from the library
    assert "Persian" in result.output and "Spanish" in result.output
    for name in ("Ana", "Bob", "Secret"):
        assert name not in result.output


def test_csv_for_the_national_office(collected: Path) -> None:
    result = CliRunner().invoke(main, ["tally", "--format", "csv"])
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.output)))
    assert ["total", "letters", "letters", "7"] in rows
    assert ["total", "writers", "distinct writers", "3"] in rows
    assert ["status", "sent", "sent", "1"] in rows
    assert ["status", "ready", "ready", "6"] in rows


def test_html_to_a_file_and_since(collected: Path, tmp_path: Path) -> None:
    out = tmp_path / "tally.html"
    result = CliRunner().invoke(main, ["tally", "--format", "html", "-o", str(out)])
    assert result.exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "<b>7</b>letters" in html and "Secret" not in html
    future = CliRunner().invoke(main, ["tally", "--since", "2999-01-01", "--format", "csv"])
    assert "total,letters,letters,0" in future.output


def test_bad_date_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["tally", "--since", "yesterday"])
    assert result.exit_code == 2
