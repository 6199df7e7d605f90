"""The importer's steps on texts we wrote: lines classified by features that hold across
languages, recipient zones found without the publisher's wording, asks turned into sentences a
writer signs, one TODO form, and report lines that say where to look."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import yaml

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.asks import signable_ask
from appeal_tui.core.importer.flat_lines import split_flat
from appeal_tui.core.importer.layout import document_lines, recipient_zones
from appeal_tui.core.importer.todo import TODO_PREFIX
from appeal_tui.core.loading import load_case_bytes

# Recipient blocks in four languages, introduced by no keyword the importer knows.
BLOCKS = {
    "en": (
        "Lawyer Tom Example was arrested on 3 March.\n\n"
        "Governor of North Province\nMs Jane Example\nGovernor's Office\n12 River Road\n"
        "Northtown 4455, Kenya\nEmail: governor@example.org\n\n"
        "Dear Governor,\nI am writing about Tom Example."
    ),
    "es": (
        "El periodista Pedro Ejemplo fue detenido el 3 de marzo.\n\n"
        "Fiscal General de la Nación\nSra. Ana Ejemplo\nAvenida Central 45\n"
        "C.P. 01000, Ciudad de México, México\nCorreo-e: fiscal@example.org\n\n"
        "Señora Fiscal:\nMe dirijo a usted para expresarle mi preocupación."
    ),
    "de": (
        "Der Journalist Paul Beispiel wurde am 3. März festgenommen.\n\n"
        "JUSTIZMINISTER\nHerrn Karl Beispiel\nHauptstraße 1\n10115 Berlin\n"
        "(korrekte Anrede: Sehr geehrter Herr Minister)\nFax: 030 1234 5678\n"
    ),
    "fr": (
        "Le journaliste Luc Exemple a été arrêté le 3 mars.\n\n"
        "Ministre de la Justice\nM. Jean Exemple\n13 place Vendôme\n75001 Paris, France\n"
        "Courriel : ministre@example.org\n\nMonsieur le Ministre,\nJe vous écris."
    ),
}
EXPECTED = {
    "en": ("Ms Jane Example", "Governor of North Province", "Dear Governor"),
    "es": ("Sra. Ana Ejemplo", "Fiscal General de la Nación", {"es": "Señora Fiscal"}),
    "de": ("Herrn Karl Beispiel", "JUSTIZMINISTER", {"de": "Sehr geehrter Herr Minister"}),
    "fr": ("M. Jean Exemple", "Ministre de la Justice", {"fr": "Monsieur le Ministre"}),
}


@pytest.mark.parametrize("language", sorted(BLOCKS))
def test_a_recipient_block_is_found_by_its_features(language: str) -> None:
    case = import_document(BLOCKS[language]).case
    recipient = case["recipients"][0]
    name, title, salutation = EXPECTED[language]
    assert (recipient["name"], recipient["title"]) == (name, title)
    assert recipient["salutation"] == salutation
    assert recipient["role"] == "primary"


def test_lines_are_classified() -> None:
    kinds = [
        line.kind
        for line in document_lines(
            "Please write to:\nMinister of Justice\n12 Main Street\n1000 Capital, Peru\n"
            "Fax: +51 1 555 0000\n\nCopies to:\nDear Minister,\n"
            "Amnesty International is concerned that the lawyer was arrested for his work."
        )
    ]
    assert kinds == [
        "write-to", "short", "short", "anchor", "anchor", "blank", "copies", "salutation",
        "prose",
    ]  # fmt: skip


def test_running_text_alone_is_no_recipient_zone() -> None:
    lines = document_lines(
        "On 3 March police in Capital City arrested the lawyer at 12 Main Street, Peru.\n"
        "He was taken to a police station. His family could not see him."
    )
    assert recipient_zones(lines) == []


def test_a_copies_heading_makes_the_next_blocks_copies() -> None:
    text = (
        "Please write to:\nMinister of Justice\nJohn Example\n1 Main Street\nCapital, Peru\n"
        "Salutation: Dear Minister\n\nCopies to:\nEmbassy of Peru\n2 Embassy Road\n"
        "London SW1 1AA, United Kingdom\nEmail: embassy@example.org\n"
    )
    roles = [(r["name"], r["role"]) for r in import_document(text).case["recipients"]]
    assert roles == [("John Example", "primary"), ("Embassy of Peru", "copy")]


def test_a_block_run_together_on_one_line_is_cut_into_lines() -> None:
    assert split_flat(
        "Ambassador Ann Example Embassy of Exampleland 12 Long Avenue NW Washington, DC 20001"
    ) == ["Ambassador Ann Example", "Embassy of Exampleland", "12 Long Avenue NW",
          "Washington, DC 20001"]  # fmt: skip


@pytest.mark.parametrize(
    ("ask", "language", "letter"),
    [
        ("Calling on the authorities to release him;", "en",
         "I call on you to release him."),
        ("Urge them to drop the charges", "en", "I urge you to drop the charges."),
        ("Release Ana now", "en", "I urge you to release Ana now."),
        ("I urge you to free her.", "en", "I urge you to free her."),
        ("Instando a las autoridades a liberar a Ana", "es", "Le insto a liberar a Ana."),
        ("pidiendo a las autoridades que liberen a Ana", "es",
         "Pido a las autoridades que liberen a Ana."),
        ("Fordern Sie die Behörden auf, Ana freizulassen", "de",
         "Ich fordere Sie auf, Ana freizulassen."),
        ("en demandant aux autorités de libérer Ana", "fr",
         "Je vous demande de libérer Ana."),
    ],
)  # fmt: skip
def test_instruction_forms_become_letter_forms(ask: str, language: str, letter: str) -> None:
    # The letter is addressed to the official: "the authorities" become "you" (as compose
    # converts asks, `core.asks.letter_form`, the one converter).
    result = signable_ask(ask, language)
    assert (result.text, result.needs_rewording) == (letter, False)


@pytest.mark.parametrize(
    ("ask", "language"),
    [("Spread the word on social media", "en"), ("Difundan esta acción", "es"),
     ("Sofortige Freilassung", "de"), ("Vapauttakaa hänet", "fi")],
)  # fmt: skip
def test_what_cannot_be_rewritten_is_marked(ask: str, language: str) -> None:
    result = signable_ask(ask, language)
    assert result.needs_rewording
    assert result.text.startswith(TODO_PREFIX + "reword as a sentence you can sign: ")


def _todos(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value] if "TODO" in value else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _todos(v)]
    if isinstance(value, list):
        return [t for v in value for t in _todos(v)]
    return []


def _fill(value: Any) -> Any:
    if isinstance(value, str):
        return "Filled in by the organiser." if value.startswith(TODO_PREFIX) else value
    if isinstance(value, dict):
        return {k: _fill(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v) for v in value]
    return value


@pytest.mark.parametrize("language", sorted(BLOCKS))
def test_every_placeholder_has_one_form_and_the_filled_case_validates(language: str) -> None:
    result = import_document(BLOCKS[language])
    todos = _todos(result.case)
    assert todos, "a summary is always left to write"
    assert all(t.startswith(TODO_PREFIX) for t in todos)
    filled = yaml.safe_dump(_fill(result.case), allow_unicode=True, sort_keys=False)
    loaded = load_case_bytes(filled.encode("utf-8"), "filled.yaml")
    assert [p.format() for p in loaded.problems if p.is_error] == []


def test_the_report_says_where_to_look() -> None:
    text = (
        "URGENT ACTION\n\nStudent Ana Example was detained on 2 May.\n\n"
        "Write to the Minister as soon as you can, he decides before the end of June.\n"
        "Minister of Justice\nJohn Example\n1 Main Street\nCapital, Peru\n"
        "Salutation: Dear Minister\n"
    )
    checks = import_document(text).report.checks
    deadline = next(c for c in checks if c.startswith("deadline: none found"))
    assert re.search(r'look near line 5: "Write to the Minister as soon', deadline)
    reference = next(c for c in checks if c.startswith("reference: none found"))
    assert 'look near line 1: "URGENT ACTION"' in reference


PEN_STYLE = """Writers in Prison Committee

Poet Ahmed Example was arrested on 4 June 2021 in Capital City.

Please send appeals:
- Calling for the immediate and unconditional release of Ahmed Example;
- Urging the authorities to ensure that he has access to a lawyer.

Send appeals to:
His Excellency Omar Example
President of the Republic
Presidential Palace
Capital City
Egypt
Fax: +20 2 1234 5678

cc: Minister of Justice Ali Example, Ministry of Justice, Capital City, Egypt
Email: justice@example.org
"""
LETTER_STYLE = """Appel du mois

Lettre à envoyer à :

Monsieur le Président de la République
M. Jean Exemple
Palais présidentiel
BP 123
Yaoundé
Cameroun

Monsieur le Président,

Je vous écris au sujet de M. Luc Exemple, détenu depuis un an.

Copie à :
Ambassade du Cameroun en France
73 rue d'Auteuil
75016 Paris
"""


def test_a_cc_line_and_a_list_of_instructions() -> None:
    case = import_document(PEN_STYLE).case
    assert case["asks"]["en"] == [
        "I call for the immediate and unconditional release of Ahmed Example.",
        "I urge you to ensure that he has access to a lawyer.",
    ]
    assert [(r["name"], r["role"]) for r in case["recipients"]] == [
        ("His Excellency Omar Example", "primary"),
        ("Ali Example", "copy"),
    ]
    assert case["recipients"][1]["email"] == ["justice@example.org"]


def test_a_letter_head_with_a_copy_at_the_end() -> None:
    case = import_document(LETTER_STYLE).case
    president, embassy = case["recipients"]
    # The courtesy words before the office belong to the address, not the office (as the
    # labels write offices: "Monsieur le Ministre de ..." is the office "Ministre de ...").
    assert (president["name"], president["title"]) == (
        "M. Jean Exemple",
        "Président de la République",
    )
    assert president["salutation"] == {"fr": "Monsieur le Président"}
    assert (embassy["name"], embassy["role"]) == ("Ambassade du Cameroun en France", "copy")
    assert case["people"] == [{"name": "Luc Exemple"}]


BULLETIN_1996 = """EXTRA 12/96 Fear of torture / Incommunicado detention 5 February 1996

TURKEY Ahmet EXAMPLE, aged 34, journalist

Ahmet Example was detained on 2 February 1996 in Istanbul by police officers.

RECOMMENDED ACTION: Please send telegrams/faxes/express/airmail letters \
in English or in your own language:
- expressing concern at the incommunicado detention of Ahmet Example;
- urging that he be given immediate access to his family and a lawyer;
- asking for guarantees that he will not be tortured.

APPEALS TO:

Minister of the Interior
Mr Ali Example
Icisleri Bakanligi
06100 Ankara, Turkey
Telegrams: Interior Minister, Ankara, Turkey
Faxes: + 90 312 418 1795
Salutation: Dear Minister

COPIES TO: diplomatic representatives of Turkey accredited to your country.

PLEASE SEND APPEALS IMMEDIATELY. Check with the International Secretariat, \
or your section office, if sending appeals after 18 March 1996.
"""


def test_a_1990s_bulletin() -> None:
    result = import_document(BULLETIN_1996)
    case = result.case
    assert case["asks"]["en"] == [
        "I am deeply concerned at the incommunicado detention of Ahmet Example.",
        "I urge that he be given immediate access to his family and a lawyer.",
        "I ask for guarantees that he will not be tortured.",
    ]
    minister, copy = case["recipients"]
    assert (minister["name"], minister["title"]) == ("Mr Ali Example", "Minister of the Interior")
    # The line between the name and the city is the ministry, in Turkish: its organisation.
    assert minister["organisation"] == "Icisleri Bakanligi"
    assert minister["address"] == ["06100 Ankara"]
    assert minister["fax"] == ["+90 312 418 1795"]
    assert minister["note"] == "Telegram: Interior Minister, Ankara, Turkey"
    assert copy["role"] == "copy"
    assert case["people"] == [{"name": "Ahmet Example"}]
    # "Check ... if sending appeals after X": the only date a reader can act on is the deadline,
    # and the report asks for a check of it (session 8; it was none before, which every careful
    # reader's labels disagreed with).
    assert case["deadline"] == dt.date(1996, 3, 18)
    assert "deadline: 1996-03-18 read from unclear wording" in result.report.checks


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        ("Skriv på spanska, engelska eller på ditt eget språk:", ("es", "en")),
        ("Napisz po hiszpańsku, angielsku lub w swoim języku:", ("es", "en")),
        ("Napíšte po anglicky alebo španielsky:", ("en", "es")),
        ("Escriban en español, inglés o en su propio idioma:", ("es", "en")),
    ],
)
def test_write_in_lines_of_section_pages(line: str, codes: tuple[str, ...]) -> None:
    from appeal_tui.core.importer.language_names import find_languages_line

    found = find_languages_line(line)
    assert found is not None and found.codes == codes


def test_several_handles_keep_the_one_handle_format() -> None:
    from appeal_tui.export.social import normalise_handle

    text = (
        "Please write to:\nMinister of Justice\nJohn Example\n1 Main Street\nCapital, Peru\n"
        "Twitter: @JusticeMin , @JohnExample\nSalutation: Dear Minister\n"
    )
    minister = import_document(text).case["recipients"][0]
    assert normalise_handle(minister["twitter"]) == "@JusticeMin"
    assert "Also on social media: @JohnExample." in minister["note"]


def test_a_letter_head_without_any_anchor_is_a_recipient() -> None:
    text = (
        "Case of Ana Example\n\nJournalist Ana Example has been held since May.\n\n"
        "President Omar Example\nPresidential Palace\nCapital City\n\n"
        "Dear President,\n\nI am writing to ask you to release Ana Example.\n"
    )
    (president,) = import_document(text).case["recipients"]
    assert (president["name"], president["title"]) == ("Omar Example", "President")
    assert president["address"] == ["Presidential Palace", "Capital City"]
    assert president["salutation"] == "Dear President"


def test_a_heading_above_a_greeting_is_no_recipient() -> None:
    text = (
        "URGENT ACTION\nNew concerns for Ana Example\n\nDear friends,\n\n"
        "Journalist Ana Example has been held since May without charge.\n"
    )
    recipients = import_document(text).case["recipients"]
    assert [r["key"] for r in recipients] == ["to-be-completed"]


TEMPLATE_2020 = """URGENT ACTION
WOMAN DEFENDER AT RISK IN MEXICO
Human rights defender María Ejemplo received death threats on 2 March 2020 after she reported
the disappearance of her son. The authorities have not given her protection measures.
TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER
Attorney General
Juan Pérez Ejemplo
Fiscalía General de la República
Av. Paseo de la Reforma 211
Col. Cuauhtémoc, CP 06500
Ciudad de México, México
Email: fiscal@fgr.example.mx
Twitter: @FGRMexico
Dear Attorney General,
I am writing to express my deep concern for the safety of María Ejemplo.
I urge you to grant her effective protection measures, agreed with her.
I also urge you to investigate the threats against her promptly and impartially.
Yours sincerely,
ADDITIONAL INFORMATION
María Ejemplo has searched for her son since 2018.
PREFERRED LANGUAGE TO ADDRESS TARGET: Spanish, English
You can also write in your own language.
PLEASE TAKE ACTION AS SOON AS POSSIBLE UNTIL: 14 May 2020
NAME AND PRONOUN: María Ejemplo (she/her)
LINK TO PREVIOUS UA: none
"""


def test_the_2020_template_as_a_pdf_gives_it() -> None:
    result = import_document(TEMPLATE_2020)
    case = result.case
    assert case["deadline"].isoformat() == "2020-05-14"
    assert case["people"] == [{"name": "María Ejemplo"}]
    (target,) = case["recipients"]
    assert (target["name"], target["title"], target["organisation"]) == (
        "Juan Pérez Ejemplo",
        "Attorney General",
        "Fiscalía General de la República",
    )
    assert (target["country"], target["language"]) == ("México", "es")
    assert target["salutation"] == "Dear Attorney General"
    assert case["asks"]["en"][0] == (
        "I urge you to grant her effective protection measures, agreed with her."
    )
    assert not any(c.startswith("deadline:") for c in result.report.checks)


def test_x_handles_postal_labels_and_a_content_heading() -> None:
    text = (
        "ACTÚEN: ESCRIBAN SU PROPIO LLAMAMIENTO\n"
        "Secretaria Ana Ejemplo\nSecretaría de Ejemplo\n"
        "Dirección postal: Calle Central 99,\nC. P. 06600, Ciudad de México, México\n"
        "X: @SecEjemplo / @AnaEjemplo\nCONTENIDO\nSeñora Secretaria:\nMe dirijo a usted.\n"
    )
    (target,) = import_document(text).case["recipients"]
    assert target["address"] == ["Calle Central 99", "C. P. 06600, Ciudad de México"]
    assert target["twitter"] == "@SecEjemplo"
    assert "@AnaEjemplo" in target["note"]
    assert target["salutation"] == {"es": "Señora Secretaria"}


def test_blocks_in_table_cells() -> None:
    page = (
        "<html><body><h1>Urgent Action: Student detained</h1>"
        "<p>Student Ana Example was detained on 3 May 2019 in Capital City, Peru.</p>"
        "<p>Please write to:</p><table><tr><td>Minister of Justice<br>Juan Example<br>"
        "Av. Central 12<br>Lima 1, Peru<br>Fax: +51 1 555 0000<br>Salutation: Dear Minister</td>"
        "<td>Ambassador Eva Example<br>Embassy of Peru<br>1 Embassy Road<br>"
        "London SW1 2AB, United Kingdom<br>Email: emb@example.org</td></tr></table>"
        "<p>Dear Minister,</p><p>I urge you to release Ana Example.</p></body></html>"
    )
    minister, embassy = import_document(page).case["recipients"]
    assert (minister["name"], minister["salutation"]) == ("Juan Example", "Dear Minister")
    assert (embassy["name"], embassy["title"], embassy["role"]) == (
        "Eva Example",
        "Ambassador",
        "copy",
    )
    assert "salutation" not in embassy  # the model letter is not written to a copy


# A German page (our own words) that asks for letters in German or English.
GERMAN_PAGE = """EILAKTION

Der Journalist Paul Beispiel wurde am 3. März in Nordstadt festgenommen. Er ist in Gefahr, weil
er über die Proteste der Bauern berichtet hat und sein Anwalt ihn nicht besuchen darf. Die
Behörden haben seiner Familie nicht gesagt, wo er ist, und er hat keinen Zugang zu einem Arzt.
Schreiben Sie bitte auf Deutsch oder Englisch.

- Fordern Sie die Behörden auf, Paul Beispiel sofort freizulassen.

Schreiben Sie an:

Innenminister
Herrn Karl Beispiel
Ministerium des Innern
Hauptstraße 1
10115 Nordstadt, Beispielland
Anrede: Sehr geehrter Herr Minister

Kopien an:

Minister of Foreign Affairs
Ms Jane Example
12 Long Road
Capital City, Beispielland
"""


def test_texts_in_another_language_than_a_plain_text_would_be_read_as_are_maps() -> None:
    result = import_document(GERMAN_PAGE)
    case = result.case
    # English is offered, so a text written once would be read as English.
    assert "en" in case["languages"] and "de" in case["languages"]
    minister, copy = case["recipients"][:2]
    assert minister["title"] == {"de": "Innenminister"}
    assert minister["organisation"] == {"de": "Ministerium des Innern"}
    # English text stays written once (it is read as English already).
    assert copy["title"] == "Minister of Foreign Affairs"
    filled = yaml.safe_dump(_fill(case), allow_unicode=True, sort_keys=False)
    loaded = load_case_bytes(filled.encode("utf-8"), "filled.yaml")
    assert [p.format() for p in loaded.problems if p.is_error] == []
    assert loaded.case is not None
    recipient = loaded.case.recipients[0]
    assert recipient.forms["title"] == {"de": "Innenminister"}


SPANISH_PAGE = """ACCIÓN URGENTE

El periodista Pedro Ejemplo fue detenido el 3 de marzo en la ciudad de Norte por la policía.
Su familia no sabe dónde está y su abogada no ha podido verlo. Las autoridades dicen que lo
acusan de difamación por un artículo sobre la corrupción en el puerto de la ciudad.

Escriban en español lo antes posible.

Escriban a:

Ministro del Interior
Sr. Juan Ejemplo
Ministerio del Interior
Avenida Central 45
Norte, Perú
Saludo: Señor Ministro
"""


def test_a_text_in_another_language_than_english_is_a_map_even_in_its_own_case() -> None:
    # Written once, "Ministro del Interior" would be read as Spanish here (the only language),
    # but as English as soon as an organiser adds English: the map keeps it Spanish.
    case = import_document(SPANISH_PAGE).case
    assert case["languages"] == ["es"]
    minister = case["recipients"][0]
    assert minister["title"] == {"es": "Ministro del Interior"}
    assert minister["organisation"] == {"es": "Ministerio del Interior"}
