"""Round 16 of the importer (session 14): block features that hold across languages and eras,
chosen by the causes of next131-next140's first-sight misses (docs/importer.md, "Round 16"),
each tested on a short text of our own in another language or layout than the text that showed
the miss. Each test asserts what a reader of the case would see."""

from __future__ import annotations

from typing import Any

from importer_support import found_recipients as _recipients
from importer_support import plain as _plain

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.fields import find_reference
from appeal_tui.core.importer.people import _only_in_greetings, _without_article
from appeal_tui.core.importer.phrases import PLACE_STARTS
from appeal_tui.core.importer.text_extract import extract_text


def _named(text: str, name: str) -> dict[str, Any]:
    return next(r for r in _recipients(text) if name in _plain(r["name"]))


def _imported_file(raw: str) -> dict[str, Any]:
    """A Markdown or HTML file as the importer reads it (its headings known)."""
    assert extract_text(raw).headings
    return dict(import_document(raw).case)


# A salutation broken over two lines in a narrow column, under the block's fields.
_WRAPPED_GREETING = """Envíen llamamientos antes del 3 de mayo de 2027 a:

Ministro del Interior
Pablo Ejemplo Soto
Avenida Ejemplo 12
Asunción, Paraguay
Fax: +595 21 555 0100
Correo-e: ministro@interior-example.gov.py
Señor
Ministro

Fiscal General del Estado
Ana Ejemplo Ruiz
Calle Ejemplo 40
Asunción, Paraguay
Correo-e: fiscal@mp-example.gov.py
Señora Fiscal General
"""


def test_a_salutation_wrapped_under_the_fields_is_one_line_and_opens_no_block() -> None:
    minister = _named(_WRAPPED_GREETING, "Pablo Ejemplo Soto")
    assert _plain(minister["salutation"]) == "Señor Ministro"
    attorney = _named(_WRAPPED_GREETING, "Ana Ejemplo Ruiz")
    # The office under the wrapped word was not taken as the next block's title.
    assert _plain(attorney["title"]) == "Fiscal General del Estado"
    # Nor is a salutation word the block's last line without its comma.
    assert _plain(attorney["salutation"]) == "Señora Fiscal General"
    assert len(_recipients(_WRAPPED_GREETING)) == 2


# One official's block of our own, under each text below that adds a line to it.
_MINISTER = """Minister of Justice
Jan Example
12 Example Street
Example City
Examplestan
Email: minister@justice-example.gov
"""

# A salutation under a label the tables do not have, and a handle under another.
_UNKNOWN_LABELS = f"""Please write before 3 May 2027 to:

{_MINISTER}Hälsning-form: Dear Minister
Somenet: @JusticeExample
"""


def test_a_salutation_or_a_handle_under_a_label_the_tables_lack_is_read() -> None:
    minister = _named(_UNKNOWN_LABELS, "Jan Example")
    assert _plain(minister["salutation"]) == "Dear Minister"
    assert minister["twitter"] == "@JusticeExample"
    assert not any(":" in line for line in minister["address"])


# A Markdown page whose section heading is in a language the tables lack.
_MD_HEADING = """# Appeal: a teacher detained

A teacher, Min Example Aung, has been detained since 3 March 2027. Write before 28 April 2027.

### Κάτι άλλο εντελώς

**Minister of Home Affairs**
Lt-Gen Example Win
Office No. 10
Nay Pyi Taw
Myanmar
Email: minister@home-example.gov.mm
"""


def test_a_marked_heading_naming_no_office_is_no_name() -> None:
    case = _imported_file(_MD_HEADING)
    names = [_plain(r["name"]) for r in case["recipients"]]
    assert names == ["Lt-Gen Example Win"]


# A word in capitals over each block ("TO" in a language the tables lack).
_REPEATED_LABEL = """Tulis surat sebelum 31 Maret 2027.
Kirimkan surat Anda sebelum 31 Maret 2027.

KEPADAMU
Menteri Dalam Negeri
Budi Contoh
Jl. Contoh No. 7
Jakarta 10110
Email: menteri@kemendagri-example.go.id

KEPADAMU
Jaksa Agung
Sari Contoh
Jl. Contoh No. 9
Jakarta 12160
Email: jaksa@kejagung-example.go.id
"""


def test_a_word_in_capitals_over_each_block_is_a_label_and_a_dated_sentence_no_line() -> None:
    recipients = _recipients(_REPEATED_LABEL)
    assert [_plain(r["name"]) for r in recipients] == ["Budi Contoh", "Sari Contoh"]
    first = recipients[0]
    assert not any("2027" in line or "KEPADAMU" in line for line in first["address"])


# A region right above the country line; a remark in brackets under a finished block.
_REGION_AND_REMARK = """Write before 3 May 2027 to:

President of the Republic
Example Examplov
Administration of the President
ul. Example, d. 5
364000 Example City
Exampleskaia Oblast'
Russian Federation
Salutation: Dear President
(The fax is often busy; try a telegram: Example City,
President Examplov)

Prosecutor General
Ivan Examplev
ul. Example, d. 15
125993 Moscow
Russian Federation
Salutation: Dear Prosecutor General
"""


def test_a_region_above_the_country_and_a_remark_in_brackets_open_no_block() -> None:
    recipients = _recipients(_REGION_AND_REMARK)
    assert [_plain(r["name"]) for r in recipients] == ["Example Examplov", "Ivan Examplev"]
    president = recipients[0]
    assert president["country"] == "Russian Federation"
    assert _plain(president["salutation"]) == "Dear President"


# The Russian Federation's long form in Czech.
def test_a_long_form_of_a_state_in_another_language_is_the_country() -> None:
    text = _REGION_AND_REMARK.replace("Russian Federation", "Ruská federace")
    president = _named(text, "Example Examplov")
    assert president["country"] == "Ruská federace"


# The publisher's footer ending with its separator, wrapped onto a line without one.
_WRAPPED_FOOTER = f"""Write before 3 May 2027 to:

{_MINISTER}Salutation: Dear Minister

Name: Someone Example Gender: female

Example Org · 8 Example Road, Example Town · Tel. 555 0100 ·
team@org-example.org · @orgexample
"""


def test_a_footer_that_ends_with_its_separator_goes_on_the_next_line() -> None:
    recipients = _recipients(_WRAPPED_FOOTER)
    assert [_plain(r["name"]) for r in recipients] == ["Jan Example"]


# A name and office glossed in brackets in another language.
def test_a_name_and_office_repeated_in_brackets_give_the_name_and_the_office() -> None:
    text = """Copies to:

Embassy of Example
Jan Example 대사 (H.E. Mr. Jan Example, Ambassador)
12 Example-ro, Seoul 04418
Fax: 02-555-0100
"""
    embassy = _named(text, "Jan Example")
    assert _plain(embassy["title"]) == "Ambassador"
    assert "대사" not in _plain(embassy["name"])


# The embassy in the reader's country, given in a sentence after the generic copy.
def test_the_embassy_named_after_a_generic_copy_is_a_copy_with_its_fields() -> None:
    text = (
        "Escriban antes del 3 de mayo de 2027 a:\n\n"
        "Ministro del Interior\nPablo Ejemplo Soto\nAvenida Ejemplo 12\nAsunción, Paraguay\n"
        "Correo-e: ministro@interior-example.gov.py\n\n"
        "Envíen también copia a la representación diplomática de Paraguay acreditada en su "
        "país. En España: Excmo. Sr. D. Luis Ejemplo Vera, Embajador, Embajada del Paraguay, "
        "Calle Ejemplo 8, 28001 Madrid. Fax: 91 555 01 00. Correo-e: "
        "embajada@mre-example.gov.py. Consulten con la oficina de su Sección si van a enviar "
        "los llamamientos después de la fecha indicada.\n"
    )
    embassy = _named(text, "Luis Ejemplo Vera")
    assert embassy["role"] == "copy"
    assert embassy["email"] == ["embajada@mre-example.gov.py"]
    assert embassy["fax"] == ["91 555 01 00"]


# People: an article before a name; a street; a name only in greetings.
def test_no_article_street_or_greeted_official_among_the_people_at_risk() -> None:
    assert _without_article("Ο Jan Examplov") == "Jan Examplov"
    assert _without_article("Il Mario Esempio Rossi") == "Mario Esempio Rossi"
    assert _without_article("Le Van Example") == "Le Van Example"  # a family name
    text = "Write to the minister. Yth. Bapak Menteri Contoh,\nSalutation: Dear Minister Contoh\n"
    assert _only_in_greetings("Menteri Contoh", "Yth. Bapak Menteri Contoh,\n")
    assert not _only_in_greetings("Menteri Contoh", text + "Menteri Contoh was arrested.\n")
    assert "route" in PLACE_STARTS


# A bulletin's news names another action in brackets before the action's own number.
def test_the_reference_is_the_number_beside_the_index_not_one_in_the_news() -> None:
    text = (
        "GOOD NEWS\nThe journalist (UA 61/27) was released on 3 May.\n\n"
        "NEW UA: EXAMPLESTAN            UA 187/27\n"
        "Fear for safety                 AMR 99/061/2027\n"
    )
    assert find_reference(text).reference == "UA 187/27"


# A handle longer than X allows: an account on another network, named in the note.
def test_a_handle_too_long_for_x_is_named_in_the_note() -> None:
    text = f"""Write before 3 May 2027 to:

{_MINISTER}Twitter: @justiceministry_example
"""
    minister = _named(text, "Jan Example")
    assert "twitter" not in minister
    assert "@justiceministry_example" in minister["note"]


# An office with the state it holds, on one line under the name.
def test_an_office_with_its_state_under_the_name_is_one_title() -> None:
    text = """Write before 3 May 2027 to:

Col. Example Examplo
Governor, Example Province
Government House
Example City
Nigeria
Salutation: Dear Governor
"""
    governor = _named(text, "Example Examplo")
    assert _plain(governor["title"]) == "Governor, Example Province"
    assert governor["address"] == ["Government House", "Example City"]


# A copy written as a run wrapped after the street's abbreviated kind; an office run straight
# into the body it heads.
def test_a_run_wrapped_after_a_street_abbreviation_and_an_office_run_into_its_body() -> None:
    text = """Tulis surat sebelum 31 Maret 2027 kepada:

Menteri Dalam Negeri
Budi Contoh
Jl. Contoh No. 7
Jakarta 10110
Email: menteri@kemendagri-example.go.id

Tembusan:
Ketua Komisi Nasional Contoh (Komnas Contoh), Sari Contoh, Jl.
Contoh Raya No. 4B, Menteng, Jakarta 10310 ·
Email: pengaduan@komnas-example.go.id
"""
    chair = _named(text, "Sari Contoh")
    assert _plain(chair["title"]) == "Ketua"
    assert _plain(chair["organisation"]) == "Komisi Nasional Contoh (Komnas Contoh)"
    assert chair["address"][0] == "Jl. Contoh Raya No. 4B"


def test_a_short_lowercase_word_of_a_phrase_is_no_language_code() -> None:
    from appeal_tui.core.importer.language_names import codes_in

    # "dan" is Indonesian for "and", and ISO 639-2's code for Danish.
    assert codes_in("bahasa Inggris kepada pejabat, dan desak mereka") == ["en"]


def test_a_name_only_in_the_pages_by_line_and_tags_is_no_person() -> None:
    from appeal_tui.core.importer.people import _only_in_bylines

    text = "3 May 2027 · Urgent Action · Example Rights\nTags: Example Rights, Examplestan\n"
    assert _only_in_bylines("Example Rights", text)
    assert not _only_in_bylines("Example Rights", text + "Example Rights was arrested.\n")


def test_a_labelled_code_in_the_head_is_the_reference() -> None:
    assert find_reference("APPEL URGENT\nRéf. : AU-XYZ-2027-05\n").reference == "AU-XYZ-2027-05"
    assert find_reference("Ref.: Example\n").reference is None
