"""The importer reads the same facts when a text is laid out a little differently: what a PDF's
text layer, a web page's <pre>, a word processor's no-break spaces and typographic apostrophes
do to a text a reader still reads the same way (benchmarks/import_robustness.py measures it
on every labelled text)."""

from __future__ import annotations

import datetime as dt
import html

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.text_extract import drop_page_furniture, extract_text

COLUMNS = (
    "PLEASE SEND APPEALS BEFORE 3 MAY 2026 TO:\n"
    "Minister of Justice          Prosecutor General\n"
    "Mr Ali Example               Ms Sara Example\n"
    "1 Main Street                2 Court Road\n"
    "Cairo, Egypt                 Giza, Egypt\n"
    "Fax: +20 2 1111 2222         Fax: +20 2 3333 4444\n"
    "Salutation: Dear Minister    Salutation: Dear Prosecutor General\n"
)


def _blocks(text: str) -> list[list[str]]:
    return [para.split("\n") for para in text.split("\n\n") if para]


def test_a_no_break_space_after_a_label_is_not_the_edge_of_a_column() -> None:
    plain = extract_text(COLUMNS).text
    assert extract_text(COLUMNS.replace("Fax: ", "Fax:\u00a0")).text == plain
    second = ["Prosecutor General", "Ms Sara Example", "2 Court Road", "Giza, Egypt",
              "Fax: +20 2 3333 4444", "Salutation: Dear Prosecutor General"]  # fmt: skip
    assert second in _blocks(plain)


def test_columns_in_a_web_page_pre_are_read_one_after_the_other() -> None:
    page = f"<html><body><h1>Urgent action</h1><pre>{html.escape(COLUMNS)}</pre></body></html>"
    extracted = extract_text(page)
    assert extracted.kind == "html"
    assert extracted.text.split("\n\n")[1:] == extract_text(COLUMNS).text.split("\n\n")


def test_typographic_apostrophes_in_a_deadline_and_a_label() -> None:
    text = (
        "Action urgente\n\n"
        "Écrivez en français jusqu’au 20 mars 2026.\n\n"
        "Monsieur le Ministre de la Justice\n"
        "Ministère de la Justice\n"
        "BP 123\n"
        "Bujumbura, Burundi\n"
        "Formule d’appel : Monsieur le Ministre\n"
    )
    result = import_document(text, source="appel.txt")
    assert result.case["deadline"] == dt.date(2026, 3, 20)
    (recipient,) = result.case["recipients"]
    assert "Monsieur le Ministre" in str(recipient["salutation"])


def test_page_furniture_goes_and_a_block_broken_over_a_page_is_whole_again() -> None:
    text = (
        "URGENT ACTION\n"
        "Please write to:\n"
        "Minister of Justice\n"
        "Mr Ali Example\n"
        "1 Main Street\n"
        "UA Network · Urgent Action      Page 1 of 2\n"
        "\f"
        "URGENT ACTION\n"
        "Cairo\n"
        "Egypt\n"
        "Salutation: Dear Minister\n"
        "\n"
        "Please send appeals before 3 May 2026.\n"
        "UA Network · Urgent Action      Page 2 of 2\n"
    )
    assert drop_page_furniture(text).split("\n") == [
        "URGENT ACTION",
        "Please write to:",
        "Minister of Justice",
        "Mr Ali Example",
        "1 Main Street",
        "Cairo",
        "Egypt",
        "Salutation: Dear Minister",
        "",
        "Please send appeals before 3 May 2026.",
    ]
    (recipient,) = import_document(text, source="ua.txt").case["recipients"]
    assert recipient["salutation"] == "Dear Minister"
    assert recipient["address"][-1] in {"Cairo", "Egypt"}


def test_a_page_that_ends_a_sentence_keeps_its_paragraphs_apart() -> None:
    text = "He was arrested on 2 May.\n- 1 -\n\fHis family has not seen him since.\n- 2 -\n"
    assert drop_page_furniture(text) == (
        "He was arrested on 2 May.\n\nHis family has not seen him since."
    )


def test_without_page_breaks_nothing_is_dropped() -> None:
    text = "Fax: 2\nPage 1 of 2\nMinister"
    assert drop_page_furniture(text) == text


def test_a_pdf_whose_recipient_goes_on_overleaf() -> None:
    from importer_pdf import pages_pdf

    from appeal_tui.core.importer import read_document

    footer = "Published by the UA Network (example) - Page {} of 2"
    first = ["UA Network (example)", "URGENT ACTION", "JOURNALIST DETAINED",
             "Please write before 3 May 2026 to:", "Minister of Justice", "Mr Ali Example",
             "Ministry of Justice", "1 Main Street",
             footer.format(1)]  # fmt: skip
    second = ["UA Network (example)", "Cairo", "Egypt", "Salutation: Dear Minister", "",
              "Journalist Omar Example was arrested on 2 April.", footer.format(2)]  # fmt: skip
    text = read_document(pages_pdf([first, second]))
    assert "\f" in text
    (recipient,) = import_document(text, source="ua.pdf").case["recipients"]
    assert (recipient["salutation"], recipient["address"][0]) == ("Dear Minister", "1 Main Street")
    assert "Page" not in " ".join(recipient["address"])


def test_a_languages_list_wrapped_elsewhere_and_under_a_heading() -> None:
    from appeal_tui.core.importer.language_names import find_languages_line

    for text in (
        "COSA PUOI FARE\nScrivi entro il 30 aprile 2026 una lettera in arabo, inglese\n"
        "o italiano al destinatario qui sotto, usando il modello di lettera.",
        "Scrivi entro il 30 aprile 2026 una lettera in arabo,\ninglese o italiano al "
        "destinatario qui sotto, usando il modello di lettera.",
    ):
        found = find_languages_line(text)
        assert found is not None and set(found.codes) == {"ar", "en", "it"}, text
