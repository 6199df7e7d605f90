"""Session 30, lead: two whole classes seen in documents of several sets.

- A list printed by a browser or a word processor draws each item's marker ("–", "•") apart
  from its text, in a hanging indent: the page read by position took the markers for a column
  of their own, read first, and the items that followed lost the marks that made them items.
- A model letter's template puts its place and date as placeholders under the inside address
  ("[Lieu], le [date]", "[City], [date]"): that line hid the inside address above it.

The texts are invented.
"""

from __future__ import annotations

from importer_pdf import Run, placed_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.layout import classify
from appeal_tui.core.importer.sources import read_document

_PAGE_TOP = [
    "Solidarité internationale : une enseignante menacée",
    "Notre collègue Wanda Pirelo, institutrice à Oruro, a été arrêtée le 3 mai 2025.",
    "Écrivez avant le 30 juin 2025.",
    "Copie à :",
]
_ITEMS = [
    "M. le Ministre de la Coopération, 14, rue des Lilas, 75007 Paris",
    "M. Aurel Vantine, Directeur de l'Office des Migrations, 8, chemin des Pins,",
    "CH-1209 Genève, Suisse",
]


def _list_page() -> bytes:
    runs: list[Run] = []
    y = 760.0
    for line in _PAGE_TOP:
        runs.append(Run(72, y, line))
        y -= 14
    y -= 6
    for n, line in enumerate(_ITEMS):
        if n != 2:  # the second item's second line has no marker of its own
            runs.append(Run(80, y, "–"))
        runs.append(Run(94, y, line))
        y -= 14
    return placed_pdf([runs])


def test_a_list_items_marker_printed_apart_stays_with_its_item() -> None:
    text = read_document(_list_page())
    assert "– M. le Ministre de la Coopération, 14, rue des Lilas, 75007 Paris" in text
    assert "\n–\n" not in f"\n{text}\n"
    found = import_document(text, source="copies.pdf").case["recipients"]
    names = [r["name"] for r in found]
    assert "M. Aurel Vantine" in names


_LETTER = """Solidarité internationale : une enseignante menacée

Notre collègue Wanda Pirelo, institutrice à Oruro, a été arrêtée le 3 mai 2025.

Chaque section envoie la lettre type ci-dessous avant le 30 juin 2025.

Lettre type

Son Excellence M. Tadeo Quirven Malú
Ambassadeur de l'État de Varnie en France
Ambassade de Varnie
12, avenue des Lilas
75016 Paris

{date}

Objet : Wanda Pirelo

Monsieur l'Ambassadeur,

Nous vous demandons de transmettre notre demande de libération de Mme Wanda Pirelo.

Nous vous prions d'agréer, Monsieur l'Ambassadeur, l'expression de notre haute considération.

Copie à :
– M. le Ministre de la Coopération, 14, rue des Lilas, 75007 Paris
"""


def test_a_templates_place_and_date_under_the_inside_address_keeps_the_address() -> None:
    for date in ("[Lieu], le [date]", "Fait à [lieu], le [date]", "[City], [date]"):
        found = import_document(_LETTER.format(date=date), source="lettre.txt").case
        names = [r["name"] for r in found["recipients"]]
        assert "Son Excellence M. Tadeo Quirven Malú" in names, (date, names)
        # The letter's opening under its date line is that recipient's salutation.
        head = found["recipients"][names.index("Son Excellence M. Tadeo Quirven Malú")]
        assert head["salutation"] == {"fr": "Monsieur l'Ambassadeur"}, (date, head)


def test_a_placeholder_in_a_name_line_or_salutation_is_no_date() -> None:
    assert classify(1, "[Lieu], le [date]").kind == "date"
    for line in ("Mr [first name] [surname]", "Dear [Minister],", "Monsieur [nom], Ministre"):
        assert classify(1, line).kind != "date", line


# The third review of the session's mends (the lead's mend).


def test_a_soft_after_date_needs_a_sentence_about_appeals_and_its_year() -> None:
    from appeal_tui.core.importer.dates import find_dates
    from appeal_tui.core.importer.fields import find_deadline

    story = (
        "København, 2. februar 2032\n\nRetssagen fortsætter efter den 20. juni 2032. "
        "Familien har ikke haft kontakt med ham siden anholdelsen.\n"
    )
    assert find_deadline(story, find_dates(story), None)[0] is None
    issued = __import__("datetime").date(2032, 2, 2)
    no_year = (
        "Date: 2 February 2032\n\nAfter 3 January, his family could not check with the prison.\n"
    )
    assert find_deadline(no_year, find_dates(no_year), issued)[0] is None


def test_a_web_address_alone_at_two_page_feet_stays_a_blocks_line() -> None:
    from appeal_tui.core.importer.text_extract import drop_page_furniture

    page = (
        "Please write to:\n\nMinister of {0}\nOla Vent{1}\n{2} Mill Lane\nOstrava 3022{2}\n\n"
        "www.gov.example.org\n\nEmail: {0}@example.org\n"
    )
    text = page.format("Health", "", 2) + "\f" + page.format("Labour", "a", 3)
    assert drop_page_furniture(text).count("www.gov.example.org") == 2


def test_a_name_printed_in_html_is_read_through_its_markup() -> None:
    # The nominative printed with tags between its words ("<b>Ana</b>&nbsp;<b>Horvat</b>")
    # is the form a name in a case is read back to, as in plain text.
    html = (
        "<html><body><h1>HITNA AKCIJA</h1><h2>Aktivist pritvoren</h2>\n<p>Ivo Lorvić, "
        "aktivist, pritvoren je 3. svibnja 2031. <b>Ana</b>&nbsp;<b>Brankovac</b>, "
        "pravobraniteljica, već je pisala vlastima.</p>\n<p>Pišite pravobraniteljici za "
        "ravnopravnost spolova Ani Brankovac, Preradovićeva 13, 10000 Zagreb, Hrvatska, ili "
        "e-poštom na ured@prs.example.org.</p>\n</body></html>"
    )
    found = import_document(html, source="akcija.html").case["recipients"]
    assert [r["name"] for r in found if "Brankovac" in r["name"]] == ["Ana Brankovac"]
