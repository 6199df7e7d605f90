"""Session 20 (imp20c): people at risk, by causes counted across the labelled sets
(docs/importer.md, "People named once beside words that say who they are (session 20)").
Each test reads a short document of our own: invented names, and another language or layout
than the samples that showed the cause. Cheap: strings, no files."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.people import _named_once_aside


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [str(p.get("name")) for p in case.get("people", []) if "name" in p]


def test_a_name_after_an_article_is_a_body_not_a_person() -> None:
    # Dutch and English: an article straight before the capitalised words.
    assert _named_once_aside("lid van het Verbond Vrije Boeren", 12, 32)
    text = "She chairs the Lowland Fishers for Water Association in the district."
    begin = text.index("Lowland")
    assert _named_once_aside(text, begin, begin + len("Lowland Fishers"))
    # "de", a preposition of Spanish and a particle of names, says nothing.
    text = "la detención de Marta Inventada Ruiz"
    begin = text.index("Marta")
    assert not _named_once_aside(text, begin, len(text))


def test_a_name_with_a_phone_number_or_an_office_after_it_is_no_one_at_risk() -> None:
    text = "Pressekontakt: Frau Olga Beispiel, Referentin, +49 30 1234 5678. Danke."
    begin = text.index("Olga")
    assert _named_once_aside(text, begin, begin + len("Olga Beispiel"))
    text = "Écrire à M. Paul Fictif ; Ministre de l'Intérieur, 1 place X."
    begin = text.index("Paul")
    assert _named_once_aside(text, begin, begin + len("Paul Fictif"))


def test_contacts_and_bodies_named_once_are_left_out_people_at_risk_stay() -> None:
    text = (
        "URGENT ACTION\n\nKenya: land defender Amina Example Wanjiru detained\n\n"
        "Land defender Amina Example Wanjiru, a member of the Tana Delta Farmers Union, was "
        "arrested on 3 March. Amina Example Wanjiru is held without charge.\n\n"
        "Please write to the authorities calling on them to release Amina Example Wanjiru "
        "immediately and unconditionally.\n\n"
        "For more information contact: Mr Otieno Sample, Campaigns Officer, +254 700 123 456 "
        "or by e-mail.\n"
    )
    names = _people(text)
    assert "Amina Example Wanjiru" in names
    assert not any("Otieno" in n for n in names)
    assert not any("Tana Delta" in n for n in names)


# --- Deadlines -------------------------------------------------------------------------------


def _deadline(text: str) -> object:
    from appeal_tui.core.importer.dates import find_dates
    from appeal_tui.core.importer.fields import find_deadline

    return find_deadline(text, find_dates(text), None)[0]


def test_an_arabic_date_with_its_two_month_names_is_read() -> None:
    import datetime as dt

    # The Levantine name first, the Egyptian after the slash (and the other way round).
    assert _deadline("أرسلوا رسائلكم قبل 3 شباط/فبراير 2027.") == dt.date(2027, 2, 3)
    assert _deadline("أرسلوا رسائلكم قبل 9 أكتوبر/تشرين الأول 2027.") == dt.date(2027, 10, 9)


def test_dutch_up_to_and_including_and_a_portuguese_pronoun_before_the_verb() -> None:
    import datetime as dt

    # (No deadline since the second review of session 20: "tot en met" is no cue.)
    assert _deadline("De actie loopt tot en met 4 maart 2027.") is None
    assert _deadline("Stuur uw brief ten laatste op 9 mei 2027.") == dt.date(2027, 5, 9)
    text = "Contacte a secção se as enviar depois de 12 de Março de 2027."
    assert _deadline(text) == dt.date(2027, 3, 12)
