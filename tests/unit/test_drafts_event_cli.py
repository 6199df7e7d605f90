"""The organiser's commands on collected drafts: `drafts print`, `drafts mark`, `drafts writers`,
and what the tally makes of them (several events, the sent count, dates and references)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.draft import new_draft
from appeal_tui.core.model import Sender
from appeal_tui.storage.drafts import DraftStore
from appeal_tui.storage.paths import Paths

CASE = "ir-hossein-ronaghi-maleki"
OTHER = "co-example-la-esperanza-council"


@pytest.fixture
def store(data_dir: Path) -> DraftStore:
    store = DraftStore(Paths(data_dir))
    rows = [
        ('=HYPERLINK("http://x")', CASE, "en", "Leeds", "post", "I am a nurse & <b>care</b>."),
        ("Ana Pérez", CASE, "fa", "Leeds", "post", "من پرستار هستم."),
        ("Bob", OTHER, "es", "Leeds", "email", "Soy maestro."),
        ("Secret Person", CASE, "en", "York", "post", "Other event."),
    ]
    for n, (name, case, lang, event, mode, words) in enumerate(rows):
        from appeal_tui.core.compose import template_body
        from appeal_tui.core.library import load_library
        from appeal_tui.storage.paths import case_sources

        library = load_library(case_sources(Paths(data_dir)))
        found = library.get(case)
        assert found is not None
        keys = tuple(r.key for r in found.recipients[:2])
        draft = new_draft(
            case,
            language=lang,
            recipients=keys,
            mode=mode,  # type: ignore[arg-type]
            sender=Sender(name, ("1 Road",), "Town", "UK"),
            body=template_body(found, lang) + "\n\n" + words,
            event=event,
            now=dt.datetime(2026, 11, 20 + n, 18, tzinfo=dt.UTC),
        )
        store.save(draft)
    return store


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_print_puts_every_letter_of_the_event_with_the_writers_words(
    store: DraftStore, tmp_path: Path
) -> None:
    out = tmp_path / "event.html"
    code, output = _run("drafts", "print", "--event", "leeds", "-o", str(out))
    assert code == 0, output
    page = out.read_text(encoding="utf-8")
    # Two post drafts of two recipients and one email: five letters, one an article.
    assert page.count('<article class="letter"') == 5
    assert "I am a nurse &amp; &lt;b&gt;care&lt;/b&gt;." in page and "<b>care" not in page
    assert "من پرستار هستم." in page and "Soy maestro." in page
    assert "Other event." not in page
    assert "break-before: page" in page and "size: A4" in page
    assert page.count('class="fold-mark"') == 2 * 5  # two folds on each letter
    assert "wrote 5 letters from 3 drafts" in output
    # Dated the day each was written.
    assert "20 November 2026" in page
    letter = tmp_path / "letter.html"
    code, _ = _run("drafts", "print", "--event", "Leeds", "--paper", "letter", "-o", str(letter))
    assert code == 0 and "size: letter" in letter.read_text(encoding="utf-8")


def test_print_never_overwrites_and_says_when_nothing_matches(
    store: DraftStore, tmp_path: Path
) -> None:
    out = tmp_path / "event.html"
    out.write_text("keep me", encoding="utf-8")
    code, output = _run("drafts", "print", "--event", "York", "-o", str(out))
    assert code == 0 and out.read_text(encoding="utf-8") == "keep me"
    assert (tmp_path / "event-2.html").exists() and "already exists" in output
    code, output = _run("drafts", "print", "--event", "Nowhere", "-o", str(tmp_path / "n.html"))
    assert code == 1 and "no drafts of event 'Nowhere'" in output
    assert not (tmp_path / "n.html").exists()


def test_mark_sent_records_the_date_and_the_tally_counts_it(store: DraftStore) -> None:
    code, output = _run("drafts", "mark", "sent", "--event", "Leeds", "--dry-run")
    assert code == 0 and "would mark 3 drafts of event 'Leeds' sent" in output
    assert {d.status for d in map(store.load, store.ids())} == {"draft"}
    code, output = _run("drafts", "mark", "sent", "--event", "Leeds", "--date", "2026-11-30")
    assert code == 0 and "marked 3 drafts" in output, output
    drafts = {d.sender.name: d for d in map(store.load, store.ids())}
    assert drafts["Bob"].status == "sent"
    assert drafts["Bob"].status_dates["sent"].startswith("2026-11-30")
    assert drafts["Secret Person"].status == "draft"
    # Again: nothing changes without a new date.
    code, output = _run("drafts", "mark", "sent", "--event", "Leeds")
    assert "marked 0 drafts" in output and "3 already sent" in output
    code, output = _run("tally", "--event", "Leeds", "--event", "York", "--format", "csv")
    rows = list(csv.reader(io.StringIO(output)))
    assert ["total", "sent", "letters marked sent", "5"] in rows
    assert ["total", "letters", "letters", "7"] in rows
    assert ["event", "name", "Leeds", ""] in rows and ["event", "name", "York", ""] in rows
    assert ["dates", "first", "2026-11-20", ""] in rows
    assert ["dates", "last", "2026-11-23", ""] in rows
    assert ["reference", OTHER, "EX 12/26", ""] in rows
    assert any(r[:2] == ["reference", CASE] for r in rows)
    code, output = _run("tally", "--event", "Leeds", "--event", "York")
    assert code == 0 and "Letters for Leeds, York" in output and "5 marked sent" in output
    assert f"{OTHER}: EX 12/26" in output and "Written from 2026-11-20 to 2026-11-23" in output
    # One event only: the other's letters are not counted.
    code, output = _run("tally", "--event", "York", "--format", "csv")
    assert "total,letters,letters,2" in output and "total,sent,letters marked sent,0" in output


def test_mark_needs_a_choice_and_checks_ids(store: DraftStore) -> None:
    code, output = _run("drafts", "mark", "sent")
    assert code == 2 and "--event NAME, or draft IDs" in output
    code, output = _run("drafts", "mark", "sent", "zzzz")
    assert code == 2 and "no draft with id 'zzzz'" in output
    one = sorted(store.ids())[0]
    code, output = _run("drafts", "mark", "printed", one[:10])
    assert code == 0 and "marked 1 draft printed" in output
    assert store.load(one).status == "printed"
    code, output = _run("drafts", "mark", "lost", "--event", "Leeds")
    assert code == 2 and "Traceback" not in output


def test_writers_list_is_a_neutralised_csv_for_the_organiser(
    store: DraftStore, tmp_path: Path
) -> None:
    out = tmp_path / "writers.csv"
    code, output = _run("drafts", "writers", "--event", "Leeds", "-o", str(out))
    assert code == 0, output
    assert "Ana" not in output  # names go to the file only
    assert out.stat().st_mode & 0o077 == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][:6] == ["name", "case", "case_title", "language", "recipients", "mode"]
    names = [r[0] for r in rows[1:]]
    assert names == ['\'=HYPERLINK("http://x")', "Ana Pérez", "Bob"]
    for row in rows[1:]:
        assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)
    bob = rows[3]
    assert bob[1] == OTHER and bob[3] == "es" and bob[5] == "email" and bob[6] == "1"
    assert bob[8] == "2026-11-22"
    assert rows[1][2].startswith("Blogger ordered back to prison")  # the title, from the library
