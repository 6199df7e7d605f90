"""Round 21a: recipients found by what a recipient is, whatever the channel (texts of our
own)."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.delimited import delimited_text

# A group's contact sheet exported as TSV, German headings, the appeal in a notes column.
_TSV = (
    "Nr\tRolle\tAnrede\tName\tAmt\tBehörde\tStraße\tOrt\tLand\tE-Mail\tBemerkung\n"
    "1\tHaupt\tSehr geehrter Herr Minister\tTomasz Velkovar\tInnenminister\tInnenministerium\t"
    "Trg Republike 4\t1000 Ljubljana\tSlowenien\tminister@inner.example.si\t"
    '"Eilaktion 7/31\n\nDer Student Ilja Branković wurde am 2. März festgenommen. Er ist '
    'seither ohne Kontakt zu seiner Familie.\n\nBitte schreiben Sie bis zum 30. April."\n'
    "2\tHaupt\tSehr geehrte Frau Generalstaatsanwältin\tMira Dolanc\tGeneralstaatsanwältin\t"
    "Staatsanwaltschaft\tCankarjeva 7\t1000 Ljubljana\tSlowenien\tgs@prosecutor.example.si\t\n"
    "3\tKopie\tExzellenz\tJanez Korbar\tBotschafter\tBotschaft der Republik Slowenien\t"
    "Hausvogteiplatz 3\t10117 Berlin\tDeutschland\tbotschaft@embassy.example.si\t\n"
    "\t\t\t\t\t\t\t\t\t\tStand: März\n"
)


def test_a_delimited_sheet_is_a_block_a_row() -> None:
    text = delimited_text(_TSV)
    assert text is not None
    # The appeal in the notes cell comes first, then a rule, then the rows.
    assert text.index("Ilja Branković") < text.index("----------") < text.index("Tomasz Velkovar")
    # The copies' row comes after the copies word, which heads it.
    assert text.index("Kopie:") < text.index("Janez Korbar")
    # Row numbers and the role words are no lines of a block; a known label keeps its name.
    assert "\n1\n" not in text and "Haupt" not in text
    assert "E-Mail: minister@inner.example.si" in text


def test_a_delimited_sheet_gives_every_recipient_and_its_role() -> None:
    case = import_document(_TSV, source="kontakte.tsv").case
    found = {r["name"]: r for r in case["recipients"]}
    assert set(found) == {"Tomasz Velkovar", "Mira Dolanc", "Janez Korbar"}
    assert found["Tomasz Velkovar"]["role"] == "primary"
    assert found["Mira Dolanc"]["role"] == "primary"
    assert found["Janez Korbar"]["role"] == "copy"


def test_text_with_commas_or_a_short_list_is_no_sheet() -> None:
    prose = (
        "Write to the minister, the prosecutor, and the police chief.\n"
        "He was arrested on 3 May, held for a week, and then charged.\n"
        "Please act now.\n"
    )
    assert delimited_text(prose) is None
    # A heading row whose cells are sentences is no table's heading.
    assert delimited_text("A long sentence here. And more; b; c\n1;2;3\n4;5;6\n") is None


def test_a_block_printed_on_one_line_parted_by_spaces_is_lines_again() -> None:
    from appeal_tui.core.importer.delimited import spaced_blocks

    line = (
        "Minister Sprawiedliwości Adam Korwin  Ministerstwo Sprawiedliwości  "
        "Al. Ujazdowskie 11  00-950 Warszawa  Polska  E-mail: kancelaria@ms.example.pl"
    )
    assert spaced_blocks(line).split("\n") == [
        "Minister Sprawiedliwości Adam Korwin",
        "Ministerstwo Sprawiedliwości",
        "Al. Ujazdowskie 11",
        "00-950 Warszawa",
        "Polska",
        "E-mail: kancelaria@ms.example.pl",
    ]
    # A document's head line (reference, kind, date), a letterhead's strip parted by bars and
    # a scan's spacing stay as they are.
    for kept in (
        "UA 12/99      Fear of torture      3 March 1999",
        "+48 22 123 45 67  |  Fax: +48 22 123 45 68  |  biuro@example.org",
        "Telegrams :  Minister  Interior ,  Warszawa ,  Polska",
    ):
        assert spaced_blocks(kept) == kept


def test_a_spaced_block_in_a_page_gives_its_recipient() -> None:
    text = (
        "Pilna akcja: dziennikarz zatrzymany\n\n"
        "Dziennikarz Piotr Zawadzki został zatrzymany 3 marca. Prosimy o listy.\n\n"
        "Do kogo pisać?\n"
        "Prokurator Krajowy Ewa Sarnecka  Prokuratura Krajowa  ul. Rakowiecka 26/30  "
        "02-528 Warszawa  Polska  E-mail: biuro@pk.example.pl\n"
    )
    names = [r["name"] for r in import_document(text).case["recipients"]]
    assert any("Ewa Sarnecka" in name for name in names)


def test_a_row_of_cells_parted_by_semicolons_is_a_block() -> None:
    from appeal_tui.core.importer.delimited import record_rows

    rows = (
        "Wohin schreiben:\n"
        "Frau Dr. Lena Okafor ; Justizministerin ; Hauptstraße 4, 1010 Wien, Österreich ; "
        "E-Mail: ministerin@justiz.example.at ; Sehr geehrte Frau Ministerin\n"
        "Kopie: Botschaft von Österreich ; – ; Via Roma 2, 00100 Roma ; botschaft@example.at"
    )
    assert record_rows(rows).split("\n") == [
        "Wohin schreiben:",
        "Frau Dr. Lena Okafor",
        "Justizministerin",
        "Hauptstraße 4, 1010 Wien, Österreich",
        "E-Mail: ministerin@justiz.example.at",
        "Sehr geehrte Frau Ministerin",
        "Kopie: Botschaft von Österreich",
        "Via Roma 2, 00100 Roma",
        "botschaft@example.at",
    ]
    # A paragraph whose cells run on across lines, and a sentence with semicolons, stay.
    wrapped = (
        "Send copies to the embassy. In Spain: Ambassador Rosa Delgado; Embassy of X; Calle\n"
        "Mayor, 9; 28013 Madrid; fax: 913 100 200; email: embassy@example.org"
    )
    assert record_rows(wrapped) == wrapped
    sentence = "He was beaten; his lawyer, in Lyon, was not told; the court met on 3 May."
    assert record_rows(sentence) == sentence


def test_a_feed_gives_its_entries_html_as_the_page() -> None:
    from appeal_tui.core.importer.delimited import feed_html
    from appeal_tui.core.importer.text_extract import extract_text

    feed = (
        '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Grupo 9</title>\n'
        "<item><title>AU 5/27 – Periodista detenida</title>\n"
        "<description>&lt;p&gt;La periodista &lt;b&gt;Inés Vallejo&lt;/b&gt; fue detenida."
        "&lt;/p&gt;&lt;p&gt;Escriban a:&lt;br/&gt;Fiscal General&lt;/p&gt;</description>"
        "</item>\n<item><title>Reunión</title><description><![CDATA[<p>Nos vemos el "
        "lunes.</p>]]></description></item></channel></rss>\n"
    )
    page = feed_html(feed)
    assert page is not None and "<b>Inés Vallejo</b>" in page
    text = extract_text(feed).text
    assert "Inés Vallejo fue detenida." in text and "Nos vemos el lunes." in text
    assert "&lt;" not in text and "<p>" not in text
    assert feed_html("<html><body><p>x</p></body></html>") is None


def test_blocks_side_by_side_aligned_with_tabs_are_read_a_column_at_a_time() -> None:
    text = (
        "Acção urgente: activista detido\n\n"
        "O activista Tomé Baptista foi detido em 2 de Maio. Escrevam já.\n\n"
        "Ministro da Justiça\t\t\t\tProcurador-Geral\n"
        "Sr. Joaquim Matola\t\t\t\tSr. Abel Nhantumbo\n"
        "Ministério da Justiça\t\t\t\tProcuradoria-Geral\n"
        "Av. Julius Nyerere 33\t\t\t\tAv. Vladimir Lenine 121\n"
        "Maputo\t\t\t\t\t\tMaputo\n"
        "Moçambique\t\t\t\t\tMoçambique\n"
        "Email: gabinete@mj.example.mz\t\t\tEmail: pgr@pgr.example.mz\n"
    )
    names = {r["name"] for r in import_document(text).case["recipients"]}
    assert {"Joaquim Matola", "Abel Nhantumbo"} <= {n.removeprefix("Sr. ") for n in names}


def test_a_paragraph_cut_inside_a_phrase_goes_on() -> None:
    from appeal_tui.core.importer.delimited import rejoin_broken_paragraphs

    cut = (
        "Envoyez une copie à : M. Paul Ndong, Ambassadeur, Mission permanente du Gabon auprès de\n"
        "\n"
        "l'Office des Nations Unies, Rue de Lausanne 5, 1202 Genève, Suisse."
    )
    assert "\n\n" not in rejoin_broken_paragraphs(cut)
    # A short heading, or a line ending with a sentence or another word, keeps its paragraph.
    for kept in (
        "Copies to the\n\nMinister",
        "He wrote to the minister of justice last week.\n\nX",
    ):
        assert rejoin_broken_paragraphs(kept) == kept
