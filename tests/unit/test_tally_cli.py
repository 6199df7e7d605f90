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


def _spanish_catalog(folder: Path) -> None:
    """A scratch Spanish catalog with the status words, in place of ours."""
    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo

    from appeal_tui.core import i18n

    catalog = Catalog(locale="es")
    catalog.add("sent", "enviada", context="draft status")
    catalog.add("ready", "lista", context="draft status")
    catalog.add("By status", "Por estado")
    target = folder / "es" / "LC_MESSAGES"
    target.mkdir(parents=True)
    with open(target / f"{i18n.DOMAIN}.mo", "wb") as f:
        write_mo(f, catalog)


def test_spanish_table_names_languages_and_statuses_in_spanish(
    collected: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from appeal_tui.core import i18n

    _spanish_catalog(tmp_path / "locale")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    result = CliRunner().invoke(main, ["--ui-lang", "es", "tally", "--event", "w4r"])
    assert result.exit_code == 0, result.output
    assert "Por estado" in result.output
    assert "enviada" in result.output and "lista" in result.output
    assert "persa" in result.output and "español" in result.output  # Babel's Spanish names
    assert "Persian" not in result.output and "Spanish" not in result.output
    # The CSV for the national office keeps its English labels.
    data = CliRunner().invoke(
        main, ["--ui-lang", "es", "tally", "--event", "w4r", "--format", "csv"]
    )
    assert data.exit_code == 0, data.output
    assert "Persian" in data.output and "enviada" not in data.output
