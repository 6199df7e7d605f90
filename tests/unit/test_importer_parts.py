"""The importer's parts on short snippets: references, dates and deadlines in several languages,
languages lines, asks in every bullet style, contact fields and salutations."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
import yaml

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.asks import split_asks
from appeal_tui.core.importer.contact_fields import (
    Contacts,
    add_email,
    add_numbers,
    parse_salutation,
)
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_reference
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.text_extract import extract_text
from appeal_tui.core.loading import load_case_bytes


@pytest.mark.parametrize(
    ("text", "reference", "updates"),
    [
        ("UA 264/12 Index: MDE 24/076/2012", "UA 264/12", None),
        ("UA: 60/16 Honduras", "UA 60/16", None),
        ("AU 62/13 Índice: AMR", "AU 62/13", None),
        ("EXTRA 91/96 Fear of torture", "EXTRA 91/96", None),
        ("Further information on UA 264/12 Index", "Further information on UA 264/12", "UA 264/12"),
        ("TYPE AND NUMBER: THIRD UA 60/16", "Third UA 60/16", "UA 60/16"),
        ("Más información sobre la AU 62/13", "Further information on AU 62/13", "AU 62/13"),
        ("Index: MDE 01/03/98 only", "MDE 01/03/98", None),
        ("Action urgente n° 14/2026 – publiée le 21 janvier 2026", "AU 14/2026", None),
        ("AÇÃO URGENTE Nº 9/26", "AU 9/26", None),
        ("Urgent Action Network – Appeal No. 7/2026", "APPEAL 7/2026", None),
    ],
)
def test_references(text: str, reference: str, updates: str | None) -> None:
    found = find_reference(text)
    assert (found.reference, found.updates) == (reference, updates)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Please send appeals before 21 March 2013 to:", dt.date(2013, 3, 21)),
        ("PLEASE SEND APPEALS BEFORE 30 OCTOBER 2012 TO:", dt.date(2012, 10, 30)),
        ("Envíen llamamientos antes del 15 de abril de 2013 a:", dt.date(2013, 4, 15)),
        ("Merci d'envoyer vos appels avant le 1er mars 2013 à :", dt.date(2013, 3, 1)),
        ("Bitte senden Sie Ihre Appelle vor dem 21. März 2013 an:", dt.date(2013, 3, 21)),
        ("Bitte schreiben Sie bis zum 5. Mai 2014 an:", dt.date(2014, 5, 5)),
        ("Lähetä vetoomukset 30.10.2012 mennessä", dt.date(2012, 10, 30)),
        ("請在2012年10月30日前將聲援信寄至：", dt.date(2012, 10, 30)),
        ("APPEAL DEADLINE NOTICE: 16 August 2017", dt.date(2017, 8, 16)),
        ("Please send appeals before October 30, 2012.", dt.date(2012, 10, 30)),
        ("Please send your appeals no later than 20th March 2026.", dt.date(2026, 3, 20)),
        ("Envía tus llamamientos no más tarde del 10/03/2026 a:", dt.date(2026, 3, 10)),
        ("DEADLINE FOR APPEALS: 20 NOV 1995", dt.date(1995, 11, 20)),
        ("Envie o seu apelo até 30 de Abril de 2026 para:", dt.date(2026, 4, 30)),
        ("Escreva o mais tardar a 2 de março de 2026.", dt.date(2026, 3, 2)),
    ],
)
def test_deadlines_in_several_languages(text: str, date: dt.date) -> None:
    assert find_deadline(text, find_dates(text), None) == (date, True)


def test_a_deadline_without_a_year_takes_the_year_after_the_issue_date() -> None:
    text = "Please send appeals before 10 January to:"
    assert find_deadline(text, find_dates(text), dt.date(2012, 12, 18))[0] == dt.date(2013, 1, 10)


def test_dates_that_are_not_deadlines_are_not_taken() -> None:
    text = "He was arrested on 15 March 2012 and held in Damascus."
    assert find_deadline(text, find_dates(text), None) == (None, False)


def test_an_index_number_is_not_a_date() -> None:
    assert [f.date for f in find_dates("AI Index: MDE 13/07/97 30 January 1997")] == [
        dt.date(1997, 1, 30)
    ]


@pytest.mark.parametrize(
    ("line", "codes"),
    [
        (
            "Please write immediately in Arabic, English, French or your own language:",
            ["ar", "en", "fr"],
        ),
        (
            "Please write immediately in Persian, English, Spanish, French or your own language:",
            ["fa", "en", "es", "fr"],
        ),
        (
            "Escriban inmediatamente en árabe, en inglés, en francés o en su propio idioma:",
            ["ar", "en", "fr"],
        ),
        (
            "Écrivez immédiatement en arabe, anglais, français ou dans votre propre langue :",
            ["ar", "en", "fr"],
        ),
        (
            "Schreiben Sie bitte Faxe auf Arabisch, Englisch oder in Ihrer eigenen Sprache:",
            ["ar", "en"],
        ),
        ("Kirjoita arabiaksi, englanniksi tai omalla kielelläsi:", ["ar", "en"]),
        ("請立即以阿拉伯文、英文、法文或您的母語寫下：", ["ar", "en", "fr"]),
        ("Please write in English or Spanish:", ["en", "es"]),
        ("Escribí en castellano.", ["es"]),
        ("Schrijf in het Turks, Engels of Nederlands.", ["tr", "en", "nl"]),
        ("Écrivez en français, en kirundi ou dans votre langue jusqu'au 20 mars.", ["fr", "rn"]),
        (
            "Die Briefe können auf Deutsch, Englisch oder Persisch geschrieben werden.",
            ["de", "en", "fa"],
        ),
    ],
)
def test_languages_lines(line: str, codes: list[str]) -> None:
    found = find_languages_line(f"Some text before.\n{line}\nRelease him.")
    assert found is not None
    assert list(found.codes) == codes


def test_a_sentence_mentioning_a_language_is_not_a_languages_line() -> None:
    assert find_languages_line("He used to write in English for a newspaper.") is None


@pytest.mark.parametrize(
    "region",
    [
        "• Release Ana Ruiz now;\n• Protect her family from harm;\n"
        "• Investigate the threats fully.",
        "- Release Ana Ruiz now;\n- Protect her family from harm;\n"
        "- Investigate the threats fully.",
        "* Release Ana Ruiz now. * Protect her family from harm. * Investigate the threats fully.",
        "1. Release Ana Ruiz now;\n2. Protect her family from harm;\n"
        "3. Investigate the threats fully.",
        "Release Ana Ruiz now; Protect her family from harm; Investigate the threats fully.",
        "Release Ana Ruiz now;\n\nProtect her family from harm;\n\nInvestigate the threats fully.",
        " ν Release Ana Ruiz now; ν Protect her family from harm; ν Investigate the threats fully.",
    ],
)
def test_asks_in_every_bullet_style(region: str) -> None:
    asks, _ = split_asks(region, bounded=True)
    assert [a.rstrip(".") for a in asks] == [
        "Release Ana Ruiz now",
        "Protect her family from harm",
        "Investigate the threats fully",
    ]


def test_fax_with_several_numbers_and_remarks() -> None:
    contacts = Contacts()
    add_numbers(
        contacts, "fax", "+963 11 223 7842 (keep trying) +963 11 666 2460 or +963 11 1234 567"
    )
    assert contacts.fax == ["+963 11 223 7842", "+963 11 666 2460", "+963 11 1234 567"]
    assert contacts.fax_remarks == ["keep trying"]


@pytest.mark.parametrize(
    "value", ["[email protected]", "minister at gov dot example dot org", "office＠gov"]
)
def test_hidden_or_disguised_emails_become_notes_and_are_never_guessed(value: str) -> None:
    contacts = Contacts()
    add_email(contacts, value)
    assert contacts.email == []
    assert contacts.notes == [
        f"An email address could not be read from the published text (it shows '{value}'); "
        "find the real address before writing to it."
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("minister(at)gov.example.org", "minister@gov.example.org"),
        ("office [at] gov.example.org", "office@gov.example.org"),
        ("bc.office [at] mofa.example [dot] vn", "bc.office@mofa.example.vn"),
        ("gabinete{at}mj-exemplo.gov.mz.", "gabinete@mj-exemplo.gov.mz"),
    ],
)
def test_addresses_written_with_bracketed_at_are_read_and_the_note_says_so(
    value: str, expected: str
) -> None:
    # The brackets mark the sign unambiguously: a reader writes the address, and so does the
    # importer, telling the organiser how it was printed.
    contacts = Contacts()
    add_email(contacts, value)
    assert contacts.email == [expected]
    assert contacts.notes == [
        f"The email address is written '{value}' in the published text; read as {expected}."
    ]


def test_several_emails_in_one_field() -> None:
    contacts = Contacts()
    add_email(contacts, "a@example.org, b@example.org")
    assert contacts.email == ["a@example.org", "b@example.org"]
    assert contacts.notes == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Your Excellency", "Your Excellency"),
        ("Dear Sir/Madam", "Dear Sir/Madam"),
        (
            "Dear Minister/Estimado Señor Secretario",
            {"en": "Dear Minister", "es": "Estimado Señor Secretario"},
        ),
        (
            "Monsieur le Président / Your Excellency",
            {"fr": "Monsieur le Président", "en": "Your Excellency"},
        ),
        ("Sehr geehrter Herr Minister,", {"de": "Sehr geehrter Herr Minister"}),
    ],
)
def test_salutations(value: str, expected: str | dict[str, str]) -> None:
    assert parse_salutation(value, "en") == expected


def test_html_is_reduced_to_its_text() -> None:
    extracted = extract_text(
        "<html><head><script>alert('x')</script><style>p{}</style></head><body>"
        "<nav>Menu</nav><h1>Title &amp; more</h1><p>First<br>line</p><footer>Foot</footer>"
        "</body></html>"
    )
    assert extracted.kind == "html"
    assert extracted.text == "Title & more\n\nFirst\nline"
    assert extracted.headings == ("Title & more",)


def test_markdown_is_reduced_to_its_text() -> None:
    extracted = extract_text("# Heading\n\n> **Bold** and [a link](https://example.org) \\[x\\]\n")
    assert extracted.kind == "markdown"
    assert extracted.text == "Heading\n\nBold and a link [x]"


def test_hostile_text_cannot_add_structure_or_hidden_characters() -> None:
    hostile = (
        "# title: injected\\n- x &a *a [/] {b: 1}\n\n"
        "Please write immediately in English or your own language:\n"
        "• Release \u202eher\u202c now: null\n"
        "• Ensure \"quoted\" 'text' # not a comment\n\n"
        "Please send appeals before 1 May 2020 to:\n"
        "Minister of Justice\nJohn Doe\nSalutation: Dear Minister\x1b[2J\n"
    )
    result = import_document(hostile)
    todo = load_case_bytes(result.yaml_text.encode("utf-8"), "hostile.yaml")
    # Only the TODO lines left for the organiser are reported (issue 15: they are errors).
    assert todo.problems and all("is a placeholder" in p.message for p in todo.problems)
    filled = result.yaml_text.replace("TODO: ", "")
    loaded = load_case_bytes(filled.encode("utf-8"), "hostile.yaml")
    assert [p.format() for p in loaded.problems] == []
    assert loaded.case is not None
    # The heading's mark goes from the title (a Markdown heading); the rest stays as text.
    assert loaded.case.title == "Title: injected\\n- x &a *a [/] {b: 1}"
    # The asks become sentences the writer signs; their text stays data.
    assert loaded.case.asks["en"] == (
        "I urge you to release her now: null.",
        "I urge you to ensure \"quoted\" 'text' # not a comment.",
    )
    assert loaded.case.recipients[0].salutation == "Dear Minister[2J"
    assert yaml.safe_load(result.yaml_text)["title"] == loaded.case.title


def test_nothing_usable_in_a_text_that_is_not_an_urgent_action() -> None:
    result = import_document("Chocolate cake\n\nMix the flour and the sugar, then bake it.")
    assert not result.usable
    todo = load_case_bytes(result.yaml_text.encode(), "x.yaml")
    assert todo.case is None
    assert todo.problems and all("is a placeholder" in p.message for p in todo.problems)
    filled = result.yaml_text.replace("TODO: ", "").encode()
    assert load_case_bytes(filled, "x.yaml").case is not None


def test_the_importer_does_not_load_the_terminal_libraries() -> None:
    code = (
        "import sys, appeal_tui.core.importer as i; i.import_document('UA 1/20'); "
        "print(sorted(m for m in ('rich', 'textual', 'platformdirs') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_recipients_and_copies_given_in_running_sentences() -> None:
    from appeal_tui.core.importer.recipients import find_recipients

    text = """Ghana: reporter held

Reporter Kofi Example Mensah, 29, was detained on 3 May 2026.

Please send appeals to the Inspector General of Police, Mr Yaw Example Boateng, at the
Police Headquarters, Ring Road East, Accra, Ghana, or by email to igp@police-example.gh.
He is on X as @IGP_example. Address him as "Dear Inspector General".

Send copies to the High Commission of Ghana in your country and to the Commission on Human
Rights, 7 Example Close, Accra (email: info@chraj-example.gh).
"""
    found = find_recipients(text, "en")
    igp, mission, commission = found.recipients
    assert (igp["role"], igp["name"], igp["title"]) == (
        "primary",
        "Mr Yaw Example Boateng",
        "Inspector General of Police",
    )
    assert igp["organisation"] == "Police Headquarters"
    assert (igp["address"], igp["country"]) == (["Ring Road East", "Accra"], "Ghana")
    assert igp["email"] == ["igp@police-example.gh"] and igp["twitter"] == "@IGP_example"
    assert igp["salutation"] == "Dear Inspector General"
    assert mission["role"] == "copy" and mission["name"].startswith("High Commission of Ghana")
    assert (commission["role"], commission["name"]) == ("copy", "Commission on Human Rights")
    assert commission["address"] == ["7 Example Close", "Accra"]
    assert commission["email"] == ["info@chraj-example.gh"]
    # The officials' names are not people at risk.
    assert "Boateng" not in found.running_text


def test_a_block_in_any_language_keeps_its_organisation_and_office() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    # The line between the name and the street is the body, whatever its language.
    block = [
        "Minister van Justitie",
        "Dhr. Jan Example",
        "Adalet Bakanlığı",
        "06659 Kızılay, Ankara",
    ]
    who = interpret([*block, "Turkije"])
    assert (who.title, who.name, who.organisation) == (
        "Minister van Justitie",
        "Dhr. Jan Example",
        "Adalet Bakanlığı",
    )
    assert (who.address, who.country) == (["06659 Kızılay, Ankara"], "Turkije")
    # "t.a.v." (for the attention of) is dropped; the office after the name is the title.
    embassy = "Ambassade van de Republiek Turkije"
    who = interpret(
        [embassy, "t.a.v. Z.E. mevrouw Ana Example, ambassadeur", "Straat 15", "2514 Den Haag"]
    )
    assert (who.name, who.title) == ("Z.E. mevrouw Ana Example", "ambassadeur")
    assert who.organisation == embassy
    # Two offices held together, or one named with "and", stay one title.
    office = "Ministra da Justiça, Assuntos Constitucionais e Religiosos"
    who = interpret([office, "Exma. Sra. Dra. Ana Example", "Av. Example, n.º 33", "Maputo"])
    assert (who.title, who.name) == (office, "Exma. Sra. Dra. Ana Example")


def test_a_markdown_table_of_contacts_gives_a_recipient_per_row() -> None:
    from appeal_tui.core.importer import import_document

    text = """# Action: release the singer

Singer Ana Example, 30, was detained on 2 May 2026.

Write before 1 June 2026 to:

| Office | Name | Address | Email |
| --- | --- | --- | --- |
| Minister of Culture | Mr Juan Example | 1 Main Street, Lima, Peru | culture@min-example.pe |
| Prosecutor General | Ms Eva Example | 2 Side Street, Lima, Peru | fiscal@mp-example.pe |

Salutation: "Dear Minister" and "Dear Prosecutor General".

Copy to the National Ombudsman: ombudsman@dp-example.pe
"""
    recipients = import_document(text).case["recipients"]
    minister, prosecutor, ombudsman = recipients
    assert (minister["title"], minister["name"]) == ("Minister of Culture", "Mr Juan Example")
    assert minister["email"] == ["culture@min-example.pe"] and minister["country"] == "Peru"
    assert prosecutor["email"] == ["fiscal@mp-example.pe"]
    # One line of greetings after the table: each row's, in order.
    assert minister["salutation"] == "Dear Minister"
    assert prosecutor["salutation"] == "Dear Prosecutor General"
    assert (ombudsman["role"], ombudsman["email"]) == ("copy", ["ombudsman@dp-example.pe"])
    assert ombudsman["name"] == "National Ombudsman"


def test_courtesy_words_before_an_office_are_not_a_name() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(["S.E. M. le Président de la République", "M. Jean Example",
                     "Présidence de la République", "BP 1 Gitega", "Burundi"])  # fmt: skip
    assert (who.title, who.name) == ("Président de la République", "M. Jean Example")
    assert who.organisation == "Présidence de la République"


def test_a_post_with_pictograms_for_labels() -> None:
    from appeal_tui.core.importer import import_document

    text = """🚨 Act now for Ana Example 🚨

Teacher Ana Example, 41, was detained on 3 May 2026.

✍️ Send a short email by 1 June 2026 to:

👉 Minister of Education Juan Example Perez
Ministry of Education, 12 Example Avenue, Lima 1, Peru
📧 minister@edu-example.pe
📠 +51 1 555 0100
🐦 @MinEdu_example
Greeting: Dear Minister

👉 National Ombudsman (copy)
Jirón Example 261, Lima 1, Peru
📧 ombudsman@dp-example.pe
"""
    minister, ombudsman = import_document(text).case["recipients"]
    assert (minister["title"], minister["name"]) == ("Minister of Education", "Juan Example Perez")
    assert minister["organisation"] == "Ministry of Education"
    assert minister["address"] == ["12 Example Avenue, Lima 1"]
    assert minister["email"] == ["minister@edu-example.pe"]
    assert minister["fax"] == ["+51 1 555 0100"]
    assert minister["twitter"] == "@MinEdu_example"
    assert minister["salutation"] == "Dear Minister"
    assert (ombudsman["name"], ombudsman["role"]) == ("National Ombudsman", "copy")


def test_blocks_side_by_side_are_read_one_column_after_the_other() -> None:
    from appeal_tui.core.importer.text_extract import unfold_columns

    text = (
        "PLEASE SEND APPEALS TO:\n"
        "Minister of Justice          Prosecutor General\n"
        "Mr Ali Example               Ms Sara Example\n"
        "1 Main Street                2 Court Road\n"
        "Cairo, Egypt                 Giza, Egypt\n"
        "A sentence with  two spaces stays as it is."
    )
    assert unfold_columns(text).split("\n") == [
        "PLEASE SEND APPEALS TO:",
        "",
        "Minister of Justice",
        "Mr Ali Example",
        "1 Main Street",
        "Cairo, Egypt",
        "",
        "Prosecutor General",
        "Ms Sara Example",
        "2 Court Road",
        "Giza, Egypt",
        "",
        "A sentence with  two spaces stays as it is.",
    ]
    # Two lines side by side (a header with the date on the right) are left alone.
    header = "UA 12/26          3 May 2026\nIndex: MDE 12/345/2026      Egypt"
    assert unfold_columns(header) == header


def test_a_letter_head_with_courtesy_words_on_their_own_line() -> None:
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(["Seiner Majestät", "König Ali Example", "Der Hüter von Example",
                     "Büro Seiner Majestät des Königs", "Königlicher Hof", "Riad"])  # fmt: skip
    assert (who.title, who.name) == ("König", "Seiner Majestät Ali Example")
    # The style line between the name and the office is neither organisation nor address.
    assert who.organisation == "Büro Seiner Majestät des Königs"
    assert who.address == ["Königlicher Hof", "Riad"]


def test_a_recipient_given_by_email_only_in_a_sentence() -> None:
    from appeal_tui.core.importer.prose_recipients import paragraph_blocks

    (block,) = paragraph_blocks(
        "Envía un correo, antes del 15 de mayo, a la Fiscal General, Sra. Ana Example "
        "(fiscal@mp-example.gt), pidiéndole que retire los cargos. Empieza tu correo con "
        '"Señora Fiscal General".'
    )
    assert block.lines == ["Fiscal General", "Sra. Ana Example"]
    assert block.contacts.email == ["fiscal@mp-example.gt"]
    assert block.salutation == "Señora Fiscal General"


def test_the_languages_hint_is_not_a_line_that_writes_to_someone() -> None:
    from appeal_tui.core.importer import import_document

    text = (
        "Ghana: reporter held\n\nReporter Kofi Example Mensah was detained on 3 May 2026.\n\n"
        "Write also to the Minister of Justice, Mr Ali Example, 1 Main Street, Accra, Ghana.\n\n"
        "Please write letters before 1 June 2026, in English or Twi:\n- Release him.\n"
    )
    checks = import_document(text.replace(", in English or Twi", "")).report.checks
    languages = next(c for c in checks if c.startswith("languages:"))
    assert "Write also to" not in languages
    assert 'look near line 7: "Please write letters before 1 June 2026' in languages
