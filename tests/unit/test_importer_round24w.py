"""Session 24 (imp24w): an appeal passed on inside other text (a forward, a newsletter, a chat),
its recipients in sentences with words between the verb and whom, addresses in brackets or
after a dash. Each text here is our own (invented people, offices and addresses), in another
language or layout than the training documents."""

from __future__ import annotations

from importer_support import recipients_by_name

from appeal_tui.core.importer.name_cases import latin_nominative
from appeal_tui.core.importer.passed_on import (
    _AND_NEXT_BRACKET,
    _DASH_TO,
    _SALUTATION_FIELD,
    and_before_bracketed,
    fields_joined,
    labelled_salutation,
    restated_in_bracket,
    without_adverbials,
    without_please,
)
from appeal_tui.core.importer.prose_recipients import (
    _LOWER_OFFICE_BARE,
    _NOUN_NAMED,
    _SEND_TO,
    paragraph_blocks,
    sends_to,
)

# When, how and in which language to write, between the verb and whom (English, invented).
BETWEEN = (
    "Please write before 12 June, politely, in English or Spanish, to the Minister of the "
    "Interior of Freedonia, Ana Vzorova (Ministry of the Interior, 5 Harbour Road, Portville "
    "4410, Freedonia; fax: +99 21 555 0101; salutation: Dear Minister)."
)


def test_when_how_and_language_before_whom_are_no_part_of_the_recipient() -> None:
    [block] = paragraph_blocks(BETWEEN, "en")
    assert block.lines[0] == "Minister of the Interior of Freedonia"
    assert block.lines[1] == "Ana Vzorova"
    assert block.lines[-1] == "Freedonia"
    assert block.contacts.fax == ["+99 21 555 0101"]
    assert block.salutation == "Dear Minister"


def test_adverbial_parts_are_only_dates_manners_and_language_names() -> None:
    assert without_adverbials("vor dem 3. Mai, höflich, auf Englisch, Herrn X Y (...)") == (
        "Herrn X Y (...)"
    )
    # An office in small letters, a person or a body is whom, never dropped.
    assert without_adverbials("minister of justice, Carlo Vzor (...)").startswith("minister")
    assert without_adverbials("Ana Vzorova, 5 Harbour Road") == "Ana Vzorova, 5 Harbour Road"


# A Slovak forward: the recipient retold in the dative, restated in brackets as it goes on the
# envelope; two recipients joined by "a", each with a bracket; the copies in another sentence.
RESTATED = (
    "Napíšte prosím čo najskôr, zdvorilo, po anglicky, ministrovi zahraničia Freedónie "
    "Petrovi Vymyslenému (Minister of Foreign Affairs Petr Vymysleny, Ministry of Foreign "
    "Affairs, 3 Lake Road, Northtown 4410, Freedonia; fax: +99 31 555 0202; oslovenie: Dear "
    "Minister) a veľvyslanectvu Freedónie vo Viedni (Embassy of Freedonia, Seegasse 9, 1090 "
    "Wien, Rakúsko; fax: +43 1 555 0303)."
)


def test_a_bracket_that_restates_the_recipient_is_the_recipient() -> None:
    blocks = paragraph_blocks(RESTATED, "sk")
    assert [b.lines[0] for b in blocks] == [
        "Minister of Foreign Affairs Petr Vymysleny",
        "Embassy of Freedonia",
    ]
    assert blocks[0].contacts.fax == ["+99 31 555 0202"]
    assert blocks[0].salutation == "Dear Minister"
    assert blocks[1].contacts.fax == ["+43 1 555 0303"]


def test_a_bracket_restates_only_a_person_or_a_body_named_before_it() -> None:
    assert restated_in_bracket("ministrovi X", "President Ana Vzor, Office of the President")
    # An office's address after a person: the person's body, not the same recipient.
    assert not restated_in_bracket("domnul X Y", "Office of the President, P.O. Box 1")
    assert restated_in_bracket("veľvyslanectvu Freedónie", "Embassy of Freedonia, Seegasse 9")


# A German newsletter: a dash parts whom from the address, "an" after a dash opens the next.
DASHES = (
    "Schreiben Sie bis zum 3. Mai, höflich und auf Englisch, an Präsident Max Beispiel – "
    "Präsidialamt, Hauptstraße 1, 1010 Musterstadt, Freedonia, Fax +99 1 555 0404, Anrede: "
    "Sehr geehrter Herr Präsident – an den Justizminister, Karl Muster – Justizministerium, "
    "Ringstraße 7, 1020 Musterstadt, Freedonia, E-Mail: minister@justice.example.org."
)


def test_a_dash_parts_whom_from_the_address_and_to_after_a_dash_opens_the_next() -> None:
    blocks = paragraph_blocks(DASHES, "de")
    assert len(blocks) == 2
    assert "Max Beispiel" in " ".join(blocks[0].lines)
    assert blocks[0].lines[-1] == "Freedonia"
    assert blocks[0].contacts.fax == ["+99 1 555 0404"]
    assert blocks[1].lines[:2] == ["Justizminister", "Karl Muster"]
    assert blocks[1].contacts.email == ["minister@justice.example.org"]


def test_a_lowercase_office_before_a_name_after_to_sends() -> None:
    assert sends_to("Schrijf vóór 1 juni aan minister Ana Vzorova – Ministerie, Straat 1")
    assert sends_to("Stuur een kopie naar de vakbond Sindicato Nacional, Calle 1, Ciudad")


# Romanian: the dative after the verb, "domnul"/"doamna" before the name, "și" between two.
ROMANIAN = (
    "Vă rugăm să scrieți până la 10 mai, cu politețe, în limba engleză, Ministrului "
    "Justiției, domnul Ion Inventat (Ministry of Justice, P.O. Box 12, Portville, Freedonia), "
    "și Procurorului General, doamna Ana Exemplu (General Prosecutor's Office, P.O. Box 14, "
    "Portville, Freedonia; fax: +99 21 555 0505)."
)


def test_romanian_dative_recipients_after_words_between() -> None:
    found = recipients_by_name(ROMANIAN)
    # (The courtesy word stays before the name, as "Mr" does.)
    assert set(found) == {"domnul Ion Inventat", "doamna Ana Exemplu"}
    assert found["doamna Ana Exemplu"]["fax"] == ["+99 21 555 0505"]
    assert found["domnul Ion Inventat"]["address"][0] == "P.O. Box 12"


def test_please_fields_and_a_labelled_greeting() -> None:
    assert without_please("prosím ministrovi X") == "ministrovi X"
    assert fields_joined(["X, Street 1, City", "e-mail: x@example.org"]) == [
        "X, Street 1, City, e-mail: x@example.org"
    ]
    # "..., na e-mail x@y, i ministru ...": "na" is no "and" here; the e-mail is the recipient's.
    assert fields_joined(["X (Street 1, City)", "e-mail x@example.org"]) == [
        "X (Street 1, City), e-mail x@example.org"
    ]
    assert labelled_salutation("Rusko. Oslovení: Vážený pane ministře. Děkujeme.") == (
        "Vážený pane ministře"
    )
    assert labelled_salutation("Pište rusky. Děkujeme.") is None


def test_czech_given_names_in_the_dative() -> None:
    assert latin_nominative("Ladislavu Pokusovi", "cs", "ministru vnitra") == "Ladislav Pokus"
    assert latin_nominative("Ondřeji Smyšlenovi", "cs", "prezidentu") == "Ondřej Smyšlen"
    assert latin_nominative("Marcelě Zkouškové", "cs") == "Marcela Zkoušková"
    # Nominatives stay.
    assert latin_nominative("Jana Zkoušková", "cs") == "Jana Zkoušková"
    assert latin_nominative("Petr Pokus", "cs") == "Petr Pokus"


def test_and_before_a_bracketed_recipient_parts_two() -> None:
    masked = "X Y _____ a velvyslanectví Z ____."
    assert and_before_bracketed(masked, [], "cs") == [(9, 12)]


def test_the_new_patterns_are_linear_on_a_long_line() -> None:
    # Reaching this line is the test.
    line = "a" * 200_000
    for pattern in (_AND_NEXT_BRACKET, _DASH_TO, _SALUTATION_FIELD):
        pattern.search(line)
        pattern.search("_ and " + line)
        pattern.search(" – to " + line)
        pattern.search(". " + line + ": " + line)
    for text in (line, "Write to " + line, "aan de " + line + " A B"):
        _SEND_TO.search(text)
    __import__("re").search(_LOWER_OFFICE_BARE, line)
    __import__("re").search(_NOUN_NAMED, " de " + line)
    without_adverbials(line + ", " + line)
    labelled_salutation(line)
    paragraph_blocks("Write before 1 May, politely, to " + "x, " * 500)


def test_a_mail_saved_whole_in_parts_is_read_as_its_decoded_text() -> None:
    from email.message import EmailMessage

    from appeal_tui.core.importer.mail_parts import mime_text
    from appeal_tui.core.importer.sources import read_document

    mail = EmailMessage()
    mail["From"] = "Kari Nordmann <kari@example.org>"
    mail["Subject"] = "VS: UA 1/26 Freedonia"
    body = "Hei alle,\n\nSkriv innen 3. april, høflig, til justisministeren, Ana Vzorova.\n"
    mail.set_content(body, charset="utf-8", cte="base64")
    mail.add_alternative(f"<p>{body}</p>", subtype="html", charset="utf-8")
    text = read_document(bytes(mail))
    assert "Skriv innen 3. april, høflig" in text
    assert "<p>" not in text and "base64" not in text
    # A mail saved as plain text, and any other text, is read as it is.
    assert mime_text(b"From: a@example.org\nSubject: x\n\nHello\n") is None
    assert mime_text(b"Content-Type: multipart/mixed\n" * 3 + b"x" * 200_000) is None
