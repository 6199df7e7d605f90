"""Importing whole documents of our own, one per layout, in English, Spanish, French and German:
what an organiser gets in the case file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from appeal_tui.core.importer import ImportResult, import_document
from appeal_tui.core.loading import load_case_bytes

DOCS = Path(__file__).parent / "importer_docs"


def imported(name: str) -> ImportResult:
    return import_document((DOCS / name).read_text(encoding="utf-8"), source=name)


def by_key(result: ImportResult) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in result.case["recipients"]}


@pytest.mark.parametrize("name", sorted(p.name for p in DOCS.iterdir()))
def test_every_document_gives_a_case_that_loads_without_problems(name: str) -> None:
    result = imported(name)
    loaded = load_case_bytes(result.yaml_text.encode("utf-8"), f"{name}.yaml")
    # The TODO lines left for the organiser are errors until filled in (so no letter is ever
    # addressed to "TODO: ..."); they are the only problems.
    assert loaded.case is None
    assert loaded.problems
    assert all(p.is_error and "is a placeholder" in p.message for p in loaded.problems)
    assert any(p.message.startswith("summary: 'TODO'") for p in loaded.problems)
    filled = load_case_bytes(result.yaml_text.replace("TODO: ", "").encode("utf-8"), name)
    assert [p.format() for p in filled.problems] == []
    assert filled.case is not None
    assert filled.case.summary.startswith("write a short summary in your own words")
    assert result.usable


def test_plain_text_with_bullets_and_multi_line_blocks() -> None:
    result = imported("en_plain_bullets.txt")
    case = result.case
    assert case["reference"] == "UA 61/13"
    assert case["issued"] == dt.date(2013, 2, 7)
    assert case["deadline"] == dt.date(2013, 3, 21)
    assert case["country"] == "Jordan"
    assert case["people"] == [{"name": "Amira Haddad"}]
    assert case["languages"] == ["ar", "en"]
    assert len(case["asks"]["en"]) == 3
    assert case["asks"]["en"][2] == "I ask you to protect her from torture and other ill-treatment."
    recipients = by_key(result)
    assert list(recipients) == [
        "prime-minister",
        "minister-of-justice",
        "national-human-rights-commissioner",
    ]
    pm = recipients["prime-minister"]
    assert (pm["role"], pm["name"], pm["title"]) == ("primary", "Omar Nasser", "Prime Minister")
    assert pm["fax"] == ["+962 6 555 0101", "+962 6 555 0102"]
    # The office is the organisation (the envelope prints it above the address lines).
    assert pm["organisation"] == "Office of the Prime Minister"
    assert pm["address"] == ["PO Box 80", "Amman"]
    assert pm["country"] == "Hashemite Kingdom of Jordan"
    assert pm["salutation"] == "Your Excellency"
    assert "email" not in pm
    assert "could not be read" in pm["note"] and "[email protected]" in pm["note"]
    justice = recipients["minister-of-justice"]
    assert justice["name"] == "His Excellency Khalid Mansour"
    assert justice["fax"] == ["+962 6 555 0200", "+962 6 555 0201"]
    assert justice["email"] == ["minister@justice.example.org"]
    assert justice["twitter"] == "@justice_min_jo"
    assert justice["salutation"] == "Dear Minister"
    copy = recipients["national-human-rights-commissioner"]
    assert (copy["role"], copy["name"]) == ("copy", "Dr Leila Saleh")
    assert copy["title"] == "National Human Rights Commissioner"
    # "info(at)nchr.example.org" is read, and the note says how it was printed.
    assert copy["email"] == ["info@nchr.example.org"]
    assert "info(at)nchr.example.org" in copy["note"]


def test_html_with_one_line_blocks_semicolon_asks_and_an_update() -> None:
    result = imported("en_html_oneline.html")
    case = result.case
    # Navigation, scripts and footers are not part of the appeal.
    assert "Hacker" not in result.yaml_text and "Reader" not in result.yaml_text
    assert case["reference"] == "Further information on UA 112/14"
    assert case["updates"] == "UA 112/14"
    assert case["deadline"] == dt.date(2014, 7, 14)
    assert case["languages"] == ["hu", "en"]
    # "Calling on the authorities to ..." becomes a sentence the writer signs.
    assert [" ".join(a.split()[:3]) for a in case["asks"]["en"]] == [
        "I call on",
        "I urge you",
        "I remind you",
    ]
    recipients = by_key(result)
    assert list(recipients) == ["minister-of-justice", "prosecutor-general", "embassy-hungary"]
    justice = recipients["minister-of-justice"]
    assert (justice["title"], justice["name"]) == ("Minister of Justice", "Anna Kovacs")
    assert justice["fax"] == ["+36 1 555 1234"]
    assert "office hours" in justice["note"]
    prosecutor = recipients["prosecutor-general"]
    assert prosecutor["salutation"] == "Dear Prosecutor General"
    assert prosecutor["note"] == "The published text has an empty email field; no address is known."
    embassy = recipients["embassy-hungary"]
    assert embassy["role"] == "copy"
    assert embassy["name"] == "Diplomatic representatives of Hungary in your country"


def test_spanish_markdown_numbered_asks_and_bilingual_salutation() -> None:
    result = imported("es_markdown.md")
    case = result.case
    assert case["reference"] == "AU 62/13"
    assert case["issued"] == dt.date(2013, 3, 4)
    assert case["deadline"] == dt.date(2013, 4, 15)
    assert case["country"] == "Peru"
    assert case["languages"] == ["es", "en"]
    assert list(case["asks"]) == ["es"] and len(case["asks"]["es"]) == 3
    assert case["asks"]["es"][0].startswith("Pido a las autoridades que proporcionen")
    recipients = by_key(result)
    assert [(k, r["role"]) for k, r in recipients.items()] == [
        ("ministro-del-interior", "primary"),
        ("fiscal-de-la-nacion", "primary"),
        ("coordinadora-nacional-de-derechos", "copy"),
    ]
    minister = recipients["ministro-del-interior"]
    assert minister["name"] == "Sr. Carlos Mendoza"
    assert minister["salutation"] == {"es": "Señor Ministro", "en": "Dear Minister"}
    assert minister["email"] == ["ministro@mininter.example.pe"]
    assert "ministro(at)mininter.example.pe" in minister["note"]
    assert recipients["fiscal-de-la-nacion"]["salutation"] == {"es": "Señora Fiscal"}
    assert recipients["coordinadora-nacional-de-derechos"]["email"] == ["info@cnddhh.example.pe"]


def test_french_dashes_labels_with_space_before_colon_and_embassy_copy() -> None:
    result = imported("fr_text.txt")
    case = result.case
    assert case["reference"] == "AU 45/15"
    assert case["deadline"] == dt.date(2015, 4, 23)
    assert case["languages"] == ["ar", "fr"]
    assert len(case["asks"]["fr"]) == 3
    recipients = by_key(result)
    assert list(recipients) == [
        "ministre-de-la-justice",
        "president-de-la-republique",
        "ambassade-de-tunisie",
    ]
    assert recipients["ministre-de-la-justice"]["salutation"] == {"fr": "Monsieur le Ministre"}
    president = recipients["president-de-la-republique"]
    assert president["fax"] == ["+216 71 555 222", "+216 71 555 223"]
    assert president["note"] == "The published text has an empty email field; no address is known."
    embassy = recipients["ambassade-de-tunisie"]
    assert embassy["role"] == "copy"
    # Written once it would be read as Arabic (the case's first language): written as French.
    assert embassy["organisation"] == {"fr": "Ambassade de Tunisie"}
    assert embassy["fax"] == ["+33 1 55 55 55 55"]


def test_german_star_bullets_and_copies_heading() -> None:
    result = imported("de_text.txt")
    case = result.case
    assert case["reference"] == "UA 064/2016"
    assert case["issued"] == dt.date(2016, 5, 9)
    assert case["deadline"] == dt.date(2016, 6, 20)
    assert case["people"] == [{"name": "Li Wei"}]
    assert case["languages"] == ["zh", "en", "de"]
    assert len(case["asks"]["de"]) == 3
    recipients = by_key(result)
    minister = recipients["minister-fur-offentliche-sicherheit"]
    assert minister["name"] == "Zhang Ming"
    assert minister["country"] == "Volksrepublik China"
    assert minister["salutation"] == {"en": "Dear Minister", "de": "Sehr geehrter Herr Minister"}
    assert "[email protected]" in minister["note"]
    embassy = recipients["botschaft-der-volksrepublik-china"]
    assert embassy["role"] == "copy"
    assert embassy["name"] == "S. E. Herrn Wang Lei"
    assert embassy["address"] == ["Märkisches Ufer 54", "10179 Berlin"]
    assert embassy["email"] == ["embassy@china.example.de"]


def test_model_letter_template_with_preferred_language() -> None:
    result = imported("en_letter_template.txt")
    case = result.case
    assert case["reference"] == "Second UA 150/18"
    assert case["updates"] == "UA 150/18"
    assert case["deadline"] == dt.date(2018, 11, 13)
    assert case["languages"] == ["en", "es"]
    assert [a.split()[:2] for a in case["asks"]["en"]] == [["I", "urge"], ["I", "also"]]
    recipients = by_key(result)
    target = recipients["attorney-general-of-the-republic"]
    assert target["name"] == "Lic. Ramon Estrada"
    assert target["language"] == "es"
    assert target["salutation"] == {
        "en": "Dear Attorney General",
        "es": "Estimado Señor Fiscal General",
    }
    assert recipients["embassy"]["role"] == "copy"
    assert any("model letter" in line for line in result.report.checks)


def test_recipients_run_together_in_one_paragraph() -> None:
    result = imported("en_runon.md")
    case = result.case
    assert case["reference"] == "EXTRA 91/96"
    assert case["people"] == [{"name": "Hassan Fathy"}, {"name": "Nabil Samir"}]
    assert len(case["asks"]["en"]) == 3
    recipients = case["recipients"]
    assert [(r["name"], r["title"], r["salutation"]) for r in recipients[:2]] == [
        (
            "His Excellency Mahmoud Rashid",
            "President of the Arab Republic of Egypt",
            "Your Excellency",
        ),
        ("His Excellency Samir Adly", "Minister of Interior", "Dear Minister"),
    ]
    assert recipients[1]["address"] == ["Lazoughly Square", "Cairo"]
    assert recipients[2]["name"] == "Diplomatic representatives of Egypt in your country"
    assert recipients[2]["role"] == "copy"
    assert any(line.startswith("deadline: none found") for line in result.report.checks)


def test_write_to_blocks_separated_by_blank_lines_and_an_embassy_in_your_country() -> None:
    result = imported("en_write_to_blank_lines.txt")
    case = result.case
    assert case["people"] == [{"name": "Jean-Paul Mbuyi"}]
    assert case["country"] == "Democratic Republic of the Congo"
    # "if sending appeals after 22 May": that date is the deadline, read as unclear wording.
    assert case["deadline"].month == 5 and case["deadline"].day == 22
    recipients = by_key(result)
    assert list(recipients) == [
        "minister-of-justice",
        "minister-of-interior",
        "embassy-democratic-republic-of-the-congo",
    ]
    justice = recipients["minister-of-justice"]
    assert justice["organisation"] == "Ministry of Justice"
    assert justice["address"] == ["228 Avenue de la Justice", "Kinshasa/Gombe"]
    assert "salutation" not in justice
    # The report says where the block is in the file.
    assert (
        "recipient 'minister-of-justice': no salutation found; add one; "
        'look near line 13: "Minister of Justice"'
    ) in result.report.checks
    interior = recipients["minister-of-interior"]
    assert interior["fax"] == ["+243 81 555 0000"]
    assert interior["email"] == ["contact@interieur.example.cd", "ministre@interieur.example.cd"]
    assert recipients["embassy-democratic-republic-of-the-congo"]["role"] == "copy"


def test_spanish_saludo_empty_email_and_the_embassy_address_given_after_all() -> None:
    result = imported("es_saludo_embassy.txt")
    case = result.case
    assert case["deadline"] == dt.date(2020, 3, 2)
    assert case["languages"] == ["es"]
    recipients = case["recipients"]
    assert [(r["role"], r["name"]) for r in recipients] == [
        ("primary", "Tarek William Saab"),
        ("copy", "Embajada de la República Bolivariana de Venezuela"),
    ]
    assert recipients[0]["twitter"] == "@TarekWiliamSaab"
    assert recipients[0]["salutation"] == {"es": "Señor Fiscal General"}
    assert (
        recipients[0]["note"] == "The published text has an empty email field; no address is known."
    )
    assert recipients[1]["fax"] == ["+34 91 555 1234"]


def test_german_headings_without_colons_and_languages_named_at_the_end() -> None:
    result = imported("de_appelle_an.txt")
    case = result.case
    assert case["reference"] == "UA 099/2012"
    assert case["people"] == [{"name": "Omar Khalil"}]
    assert case["languages"] == ["ar", "en", "de"]
    assert case["asks"]["de"] == [
        "Bitte lassen Sie Omar Khalil sofort frei.",
        "Bitte schützen Sie ihn vor Folter.",
    ]
    president, embassy = case["recipients"]
    assert (president["title"], president["name"]) == ("PRÄSIDENT", "Bashar al-Assad")
    assert president["country"] == "SYRIEN"
    assert president["fax"] == ["(00 963) 11 332 3410"]
    assert president["salutation"] == {"en": "Your Excellency", "de": "Exzellenz"}
    assert (embassy["role"], embassy["organisation"]) == (
        "copy",
        "BOTSCHAFT DER ARABISCHEN REPUBLIK SYRIEN",
    )
    assert embassy["email"] == ["info@syrianembassy.example.de"]
