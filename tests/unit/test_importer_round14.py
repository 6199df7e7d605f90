"""Round 14 of the importer (session 13): fewer invented people and recipients, and the same
facts when the layout changes a little (docs/importer.md, "Round 14"). Each mechanism is tested
on a short text of our own, in another language or layout than the text that showed the miss."""

from __future__ import annotations

from importer_support import found_recipients as _recipients
from importer_support import imported_case

from appeal_tui.core.importer.asks import letter_opening
from appeal_tui.core.importer.people import find_people
from appeal_tui.core.importer.text_extract import clean_text


def _people(text: str) -> list[str]:
    return [p.name for p in find_people(text, title=None, asks=[], not_people=[])[0]]


def test_a_place_after_a_word_for_a_place_is_no_person() -> None:
    text = (
        "A activista Rosa Example Silva foi detida em 2 de março de 2030 na aldeia de Ponta "
        "Example, onde a comunidade Rio Example defende as suas terras. Rosa Example Silva "
        "continua detida. A comunidade Rio Example pede a sua libertação.\n"
    )
    assert _people(text) == ["Rosa Example Silva"]


def test_a_community_leader_is_a_person_not_a_place() -> None:
    text = (
        "The community leader Joseph Example Banda was arrested on 2 March 2030. Joseph Example "
        "Banda has led protests against the mine for two years.\n"
    )
    assert _people(text) == ["Joseph Example Banda"]


def test_an_organisation_after_a_word_for_one_or_before_a_bodys_word_is_no_person() -> None:
    text = (
        "La defensora Ana Example Ruiz, coordinadora de la asociación Mujeres Example, fue "
        "amenazada el 2 de marzo de 2030. La asociación Mujeres Example denunció las amenazas "
        "ante la Fiscalía. Ana Example Ruiz teme por su vida; la Example Regional Government "
        "no respondió. Example Regional Government guardó silencio.\n"
    )
    assert _people(text) == ["Ana Example Ruiz"]


def test_someone_released_is_no_longer_at_risk_unless_still_charged() -> None:
    text = (
        "The journalist Ali Example Haddad was arrested on 2 March 2030 with two colleagues. "
        "Ali Example Haddad is still held. His colleagues Omar Example Nasser and Sami Example "
        "Karim were released without charge on 5 March. Omar Example Nasser was released "
        "without charge after three days.\n\n"
        "The lawyer Lina Example Aziz was released on bail but still faces charges. Lina "
        "Example Aziz was released on bail on 6 March.\n"
    )
    assert _people(text) == ["Ali Example Haddad", "Lina Example Aziz"]


def test_the_publishers_staff_given_as_a_contact_is_no_person() -> None:
    text = (
        "The student Wen Example Lin was detained on 2 March 2030. Wen Example Lin is held "
        "incommunicado.\n\n"
        "For more information contact Anna Example Moor on 020 0000 0000 or "
        "anna.moor@rights-example.org. Anna Example Moor answers on weekdays.\n"
    )
    assert _people(text) == ["Wen Example Lin"]


def test_a_pronoun_after_a_labelled_name_is_no_part_of_it() -> None:
    text = "NOM ET PRONOM : Karim Example Diallo (il)\n\nKarim Example Diallo est détenu.\n"
    assert _people(text) == ["Karim Example Diallo"]


def test_a_name_in_another_grammatical_case_is_the_same_person() -> None:
    text = (
        "Dziennikarz Giorgi Examplishvili został zatrzymany 2 marca 2030. Giorgi Examplishvili "
        "jest w areszcie.\n\n"
        "Żądamy uwolnienia Giorgiego Examplishvilego. Rodzina Giorgiego Examplishvilego "
        "czeka.\n"
    )
    people = find_people(text, title=None, asks=[], not_people=[])[0]
    assert [p.name for p in people] == ["Giorgi Examplishvili"]
    assert people[0].also_known_as == ["Giorgiego Examplishvilego"]


def test_a_possessive_ends_a_name() -> None:
    text = (
        "The Example's Witness community member Tomas Example Berg was jailed on 2 March 2030. "
        "Tomas Example Berg denies the charges; Example's Witness members protested.\n"
    )
    assert _people(text) == ["Tomas Example Berg"]


def test_the_senders_name_and_a_charitys_footer_are_the_publishers() -> None:
    mail = (
        "From: Example Branch Officer <officer@branch-example.org>\n"
        "Subject: please write\n\n"
        "The teacher Sipho Example Dube was arrested on 2 March 2030. Sipho Example Dube is "
        "held at Example prison. Example Branch supports him.\n\n"
        "Please write to:\n\n"
        "Minister of Justice\n"
        "Mr Tomas Example Ruiz\n"
        "Example Avenue 40\n"
        "Example City, Eswatini\n"
        "Email: minister@justice-example.sz\n\n"
        "Example Branch\n"
        "Example Road 3, London N1 1AA\n"
        "Registered charity no. 1000000\n"
        "Email: branch@example-branch.org.uk\n"
    )
    case = imported_case(mail)
    assert [r["name"] for r in _recipients(mail)] == ["Mr Tomas Example Ruiz"]
    people = [p["name"] for p in case["people"]]
    assert people == ["Sipho Example Dube"]


def test_an_office_over_two_lines_before_the_name_is_one_title() -> None:
    text = (
        "Écrivez avant le 9 mai 2030 à :\n\n"
        "Ministre de la Justice et des Droits de l’Homme,\n"
        "Garde des Sceaux\n"
        "Moussa Example Idé\n"
        "Ministère de la Justice\n"
        "BP 000\n"
        "Niamey, Niger\n"
        "Courriel : cabinet@justice-example.ne\n"
    )
    (recipient,) = _recipients(text)
    assert recipient["name"] == "Moussa Example Idé"
    assert "Garde des Sceaux" in str(recipient["title"])


def test_a_date_column_with_the_next_line_run_on_goes_back_to_its_line() -> None:
    text = "President Example Name          19 August 2030 ul. Example 38\n220016 Minsk"
    assert clean_text(text).split("\n") == [
        "President Example Name 19 August 2030",
        "ul. Example 38",
        "220016 Minsk",
    ]


def test_a_letters_opening_in_capitals_is_its_salutation() -> None:
    text = "Some text.\n\nSEÑORA MINISTRA:\n\nLe escribo para pedirle que libere a X.\n"
    assert letter_opening(text) == "Señora Ministra"
