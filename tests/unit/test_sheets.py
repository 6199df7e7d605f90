"""Case sheets for event tables: what an organiser prints, checked as the printed page shows it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from dataclasses import replace
from html import escape
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Case, Recipient
from appeal_tui.core.phrasebook import phrasebook
from appeal_tui.export.sheets import GENERAL_TIPS, case_sheets_html

SEED = "ir-hossein-ronaghi-maleki"


def _cases() -> dict[str, Case]:
    return load_library([bundled_cases_dir()]).cases


def _html(cases: list[Case]) -> str:
    return case_sheets_html(cases, today=dt.date(2024, 12, 10)).decode("utf-8")


def test_seed_case_sheet_has_everything_a_table_needs() -> None:
    case = _cases()[SEED]
    html = _html([case])
    assert "Blogger ordered back to prison while critically ill" in html
    assert "Hossein Ronaghi-Maleki" in html
    # Asks in every language the case has, the Persian marked right-to-left.
    # (with the language's typography, as the letters write them: French qu’il)
    for language, asks in case.asks.items():
        book = phrasebook(language)
        assert all(escape(book.typeset(ask) if book else ask) in html for ask in asks)
    assert '<div class="ask" lang="fa" dir="rtl">' in html
    assert '<div class="ask" lang="en" dir="ltr">' in html
    # Every recipient with its postal address and salutation.
    for r in case.recipients:
        assert r.name in html
        assert all(escape(line) in html for line in r.address)
    assert "Your Excellency" in html and "Dear Sir or Madam" in html
    assert "No closing date was given" in html
    assert all(escape(tip) in html for tip in GENERAL_TIPS)
    assert html.count('<div class="boxes">') == 1
    assert "Letters written at this table" in html


def test_one_section_per_case_and_page_breaks() -> None:
    cases = list(_cases().values())
    html = _html(cases)
    assert html.count('<section class="sheet"') == len(cases)
    assert "break-after: page" in html


def test_passed_deadline_is_marked_and_future_is_not() -> None:
    case = replace(_cases()[SEED], deadline=dt.date(2024, 1, 31))
    passed = _html([case])
    assert "Send before 31 January 2024" in passed and "This date has passed" in passed
    future = _html([replace(case, deadline=dt.date(2025, 1, 31))])
    assert "Send before 31 January 2025" in future and "This date has passed" not in future
    closed = _html([replace(case, status="closed")])
    assert "This case is closed" in closed


def test_case_text_is_escaped_and_nothing_is_fetched() -> None:
    case = replace(
        _cases()[SEED],
        title="<script>alert(1)</script>",
        summary="<img src=http://evil.example/x.png> **bold**",
        recipients=(Recipient("k", "primary", "<b>Minister</b>", address=("<iframe src=x>",)),),
    )
    html = _html([case])
    assert "<script>" not in html and "<img" not in html and "<iframe" not in html
    assert "&lt;script&gt;" in html and "<strong>bold</strong>" in html
    assert not re.search(r"<[^>]*\s(src|href)=", html)
    assert "default-src 'none'" in html


def test_translated_and_given_salutations() -> None:
    # The letters' own lookup: "Your Excellency" translated for each language of the case.
    case = _cases()[SEED]
    default = _html([case])
    assert 'Spanish: <bdi lang="es" dir="ltr">Excelencia:</bdi>' in default
    assert 'French: <bdi lang="fr" dir="ltr">Excellence,</bdi>' in default
    # A salutation no phrasebook knows is shown as the case gives it, as the letter keeps it.
    keeper = replace(
        case.recipients[0],
        salutation="Honoured Keeper of the Lighthouse",
        salutations={},
        kind=None,
    )
    plain = _html([replace(case, recipients=(keeper,))])
    assert (
        '<bdi dir="auto" class="given">Honoured Keeper of the Lighthouse</bdi> (as given)' in plain
    )


def test_sheets_command(tmp_path: Path) -> None:
    out = tmp_path / "sheets.html"
    result = CliRunner().invoke(main, ["sheets", SEED, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 1 case sheet to" in result.output
    assert out.read_text(encoding="utf-8").count('<section class="sheet"') == 1
    unknown = CliRunner().invoke(main, ["sheets", "no-such-case", "-o", str(out)])
    assert unknown.exit_code == 2
    assert "no case with id 'no-such-case'" in unknown.output and SEED in unknown.output


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_each_bundled_case_prints_on_one_page(tmp_path: Path) -> None:
    import pypdf

    cases = sorted(_cases().values(), key=lambda c: c.id)
    page = tmp_path / "sheets.html"
    page.write_bytes(case_sheets_html(cases))
    pdf = tmp_path / "sheets.pdf"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pages = pypdf.PdfReader(pdf).pages
    assert len(pages) == len(cases)
    for case, pdf_page in zip(cases, pages, strict=True):
        assert pdf_page.extract_text().startswith(case.title[:20])


def test_fax_phone_handles_and_dates_as_the_letters_write_them() -> None:
    cases = _cases()
    egypt = _html([cases["eg-example-student-journalists"]])
    # The fax-only minister: no postal address, and the fax to use instead.
    assert "Fax: <bdi dir='ltr'>+20 2 0000 0100</bdi>" in egypt
    assert "<strong>No postal address:</strong> write by the ways below." in egypt
    assert "issued 19 March 2026" in egypt
    assert "An example case for practice" in egypt
    seed = _html([cases[SEED]])
    assert "Phone: <bdi dir='ltr'>+1 202 965 4990, +1 202 965 1073</bdi>" in seed
    assert "Social media: <bdi dir='ltr'>@khamenei_ir</bdi>" in seed
    assert "issued 20 January 2016" in seed and "January 20, 2016" not in seed
    # One salutation per line, never "Your Excellency,; Spanish: ...".
    assert ",;" not in seed and ":;" not in seed


def test_sheet_salutations_are_the_letters_salutations() -> None:
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.core.model import Sender
    from appeal_tui.export.sheets import phrasebook_salutation

    for case in _cases().values():
        for language in case.languages:
            keys = [r.key for r in case.recipients]
            letters = compose_letters(case, language, keys, Sender(), mode="post")
            for letter in letters:
                recipient = case.recipient(letter.to_keys[0])
                assert recipient is not None
                found = phrasebook_salutation(recipient, language)
                assert found is not None and found[0] == letter.salutation, (case.id, language)


def test_asks_have_the_typography_of_the_letters() -> None:
    """The seed case's French asks are written with straight apostrophes; the letters set them
    as French does (qu’il), and so does the sheet."""
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.core.model import Sender

    seed = _cases()[SEED]
    assert any("'" in ask for ask in seed.asks["fr"])
    sheet = _html([seed])
    (letter,) = compose_letters(seed, "fr", [seed.recipients[0].key], Sender(), mode="post")
    asks = [p.text for p in letter.paragraphs if p.kind == "ask"]
    assert asks and all(f"<li>{escape(ask)}</li>" in sheet for ask in asks)
    assert "qu&#x27;il" not in sheet and "qu’il" in sheet
