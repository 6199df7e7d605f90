"""Round 24f: recipients in a page's furniture or at its edges, each on an invented text."""

from __future__ import annotations

from importer_pdf import placed_pdf, word_runs
from importer_support import recipients_by_name

from appeal_tui.core.importer import read_document
from appeal_tui.core.importer.page_edges import holds_recipients
from appeal_tui.core.importer.recipients import _strip_domains
from appeal_tui.core.importer.text_extract import extract_text

# A web page whose action sits in an aside after the article, the share buttons and the
# comments; a newsletter box and the publisher's footer (its own address) around it.
_PAGE = """<!DOCTYPE html><html lang="nl"><head><title>Ruritanië: leraar vast</title></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/acties">Acties</a></li>
</ul></nav></header>
<article><h1>Ruritanië: leraar Tomas Verlan vastgehouden</h1>
<p>Leraar Tomas Verlan werd op 3 maart 2026 in Ostravia gearresteerd na een vreedzame
betoging bij zijn school. De groep vraagt de minister van Justitie, Alda Morin Kestrel, om
zijn vrijlating.</p>
<p>Hij zit zonder aanklacht vast in het politiebureau van de hoofdstad.</p></article>
<div class="share"><a href="https://example.org/share">Facebook</a></div>
<section id="comments"><p>Brief verstuurd vanmorgen!</p></section>
<aside class="doe-mee"><h2>Doe mee</h2>
<p>Schrijf voor 30 april 2026.</p>
<p>Schrijf naar:</p>
<p>Mevrouw Alda Morin Kestrel<br>Minister van Justitie<br>Ministerie van Justitie<br>
Hoofdstraat 12<br>10100 Ostravia<br>Ruritanië<br>Fax: +99 21 555 0144<br>
E-mail: minister@justice-example.gov.rr</p></aside>
<aside class="nieuwsbrief"><h3>Blijf op de hoogte</h3><p>Ontvang elke maand onze acties.</p>
</aside>
<footer><p>Schrijfgroep Noord<br>Kerkstraat 8<br>9711 AB Groningen<br>Tel. 050 555 0100<br>
info@schrijfgroep-example.nl</p></footer>
</body></html>"""


def test_an_aside_that_lists_whom_to_write_to_is_read() -> None:
    """The aside that says whom to write to (its "write to" heading over an address) is part
    of the appeal; the newsletter box and the publisher's footer are not."""
    text = extract_text(_PAGE).text
    assert "Schrijf naar:" in text
    assert "Hoofdstraat 12" in text
    assert "Blijf op de hoogte" not in text
    assert "Kerkstraat 8" not in text
    found = recipients_by_name(_PAGE)
    assert len(found) == 1
    name, minister = next(iter(found.items()))
    assert name.endswith("Alda Morin Kestrel")
    assert minister["fax"] == ["+99 21 555 0144"]
    assert minister["email"] == ["minister@justice-example.gov.rr"]


def test_a_footer_with_the_publishers_address_lists_no_one() -> None:
    """A publisher's footer has an address's shape and contact fields, but nothing says a
    list of recipients follows: it stays out, as do a box of related actions and a sign-up."""
    assert not holds_recipients(
        "Schrijfgroep Noord\nKerkstraat 8\n9711 AB Groningen\nTel. 050 555 0100\n"
        "info@schrijfgroep-example.nl"
    )
    assert not holds_recipients("Andere acties\n\n• Ostravia: journalist vast")
    # A box that labels the greeting is a recipient's card, heading or not.
    assert holds_recipients(
        "Minister of the Interior\nTomas Ibarra Solis\nAvenida Central 100\n"
        "Salutation: Dear Minister"
    )
    # An official's block under no heading (a box titled only "Act now").
    assert holds_recipients(
        "Act now\n\nMinister of Justice\nAna Vzor Lind\n1 Some Avenue\nCity 010000\nRuritania"
    )
    # A copy heading over an address.
    assert holds_recipients("Copies to:\nEmbassy of Ruritania\n5 Park Lane\nLondon W1 1AA")


def test_a_page_edge_never_closed_is_judged_on_what_was_read() -> None:
    text = extract_text(
        "<html><body><p>Story of the case, told in full.</p><div>More text here.</div>"
        "<aside><p>Write to:</p><p>Minister Ana Vzor<br>1 Some Avenue<br>City 010000<br>"
        "Ruritania</p>"
    ).text
    assert "1 Some Avenue" in text


# A leaflet in German whose running footer (the publisher's strip, on each page with its
# page number) gives the group's e-mail; a side panel on page 2 gives a circle's contact
# person (under another name) at the same domain. Only the official is a recipient.
_LEAFLET = "\n".join(
    [
        "EILAKTION 12/2026",
        "",
        "Der Lehrer Tomas Verlan ist seit dem 3. März 2026 in Haft.",
        "",
        "ADRESSEN",
        "Justizministerin",
        "Alda Morin Kestrel",
        "Justizministerium",
        "Hauptstraße 12",
        "10100 Ostravia",
        "RURITANIEN",
        "Fax: +99 21 555 0144",
        "Anrede: Sehr geehrte Frau Ministerin",
        "",
        "Schreibgruppe Nord · Kirchweg 8 · 24103 Kiel · Tel. 0431 555 010 · nord@schreibgruppe-"
        "example.de Seite 1 von 2",
        "",
        "KONTAKT",
        "",
        "Menschenrechtskreis am Hafen",
        "Ansprechpartner: Jonas Beispiel",
        "Tel. 0431 555 011",
        "jonas.beispiel@schreibgruppe-example.de",
        "",
        "Schreibgruppe Nord · Kirchweg 8 · 24103 Kiel · Tel. 0431 555 010 · nord@schreibgruppe-"
        "example.de Seite 2 von 2",
    ]
)


def test_a_block_at_the_running_footers_domain_is_the_publishers() -> None:
    found = recipients_by_name(_LEAFLET)
    assert list(found) == ["Alda Morin Kestrel"]


def test_strip_domains() -> None:
    assert _strip_domains(
        "Org · Street 8 · 12345 City · info@org-example.de · www.org-example.de"
    ) == {"org-example.de"}
    assert _strip_domains("Org · Street 8 · 12345 City · org-example.org/actions") == {
        "org-example.org"
    }
    # Reaching this line is the test: a 200 kB line without spaces.
    _strip_domains("a." * 100_000)
    _strip_domains("a" * 200_000)


def test_a_side_panels_wrapped_abbreviation_and_bracket_join_their_lines() -> None:
    """A PDF's story column beside a narrow panel of addresses: the panel wrapped a street
    before its abbreviated last word ("Mah.") and an office before its name in brackets;
    both are one line again (nothing else stands as a line of one abbreviation)."""
    story = [
        "The teacher Deniz Arslan was arrested on 3 March 2026 after a peaceful",
        "protest at his school in the capital. He is held without charge at the",
        "central police station and has not seen a lawyer since his arrest there.",
        "Please write to the officials in the box on this page before 30 April.",
    ]
    panel = [
        "WRITE TO",
        "Minister of the Interior",
        "Selin Aydin Koc",
        "Ministry of the Interior",
        "Cumhuriyet Caddesi, Yenisehir",
        "Mah.",
        "06100 Ankara",
        "Turkey",
        "Fax: +90 312 555 0199",
        "Salutation: Dear Minister",
        "",
        "COPIES TO",
        "Ayse Demir Polat",
        "Human Rights Commissioner",
        "(Ombudsperson)",
        "Office of the Commissioner",
        "Mithatpasa Caddesi 18",
        "06420 Ankara",
        "Turkey",
        "Email: ombud@kamu-example.tr",
    ]
    runs = [run for i, line in enumerate(story) for run in word_runs(56, 700 - i * 14, line)]
    runs += [
        run for i, line in enumerate(panel) if line for run in word_runs(400, 700 - i * 11, line, 9)
    ]
    found = _pdf_recipients(placed_pdf([runs]))
    assert found["Selin Aydin Koc"]["address"] == [
        "Cumhuriyet Caddesi, Yenisehir Mah.",
        "06100 Ankara",
    ]
    assert "Ombudsperson" in str(found["Ayse Demir Polat"]["title"])


def _pdf_recipients(pdf: bytes) -> dict[str, dict[str, object]]:
    return recipients_by_name(read_document(pdf))
