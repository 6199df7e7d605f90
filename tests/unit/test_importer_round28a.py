"""Round 28a: a recipient's block is found but its name is missed. A name after an abbreviated
courtesy word the tables lacked ("gosp.", "JUDr.", "Sn."), a name with the courtesy word a
language writes after it ("мырзаға", "Hanım'a"), and lines that name no one above the who
(a slide's footer, a chat's deadline). Each on a short invented text."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.recipient_lines import interpret


def _names(text: str, language: str) -> list[str]:
    case = import_document(text, source="x.txt", language=language).case
    return [str(r["name"]) for r in case["recipients"]]


def test_a_name_after_a_shortened_courtesy_word_under_the_office() -> None:
    who = interpret(
        ["Ministar unutarnjih poslova", "gosp. Vedran Izmišljenić", "Ulica Lipa 7", "10000 Zagreb"]
    )
    assert who.name == "gosp. Vedran Izmišljenić"
    assert who.title == "Ministar unutarnjih poslova"
    who = interpret(["Nejvyšší státní zástupce", "JUDr. Karel Smyšlený", "Jezuitská 4", "Brno"])
    assert who.name == "JUDr. Karel Smyšlený"
    who = interpret(["Adalet Bakanı", "Sn. Deniz Uydurmaca", "Örnek Caddesi 12", "Ankara"])
    assert who.name == "Sn. Deniz Uydurmaca"


def test_a_name_with_a_courtesy_word_after_it() -> None:
    who = interpret(
        [
            "Облыстың прокуроры",
            "Ерлан Ойданов мырзаға",
            "Тыныш көшесі, 5",
            "Ойдан қ., 050000",
        ]
    )
    assert who.name == "Ерлан Ойданов"
    assert who.title == "Облыстың прокуроры"
    who = interpret(["İçişleri Bakanı", "Ayşe Uydurma Hanım'a", "Örnek Sokak 3", "İzmir"])
    assert who.name == "Ayşe Uydurma"
    # A line that is no name keeps its words.
    who = interpret(["Ministry of Examples", "Office of the Bey", "12 Sample Road", "Exampletown"])
    assert who.name != "Office of the"


def test_lines_that_name_no_one_above_the_who() -> None:
    text = (
        "Campus Letters Club 7\nLETTER 2 OF 4\n\nNoah Exampleson\nMinister of Examples\n"
        "Ministry of Examples\nP.O. Box 77\nSampleton\n\nEmail: minister@examples.example\n"
        "Salutation: Dear Minister\n"
    )
    who = interpret(
        [
            "Campus Letters Club 7",
            "LETTER 2 OF 4",
            "Noah Exampleson",
            "Minister of Examples",
            "Ministry of Examples",
            "P.O. Box 77",
            "Sampleton",
        ]
    )
    assert who.name == "Noah Exampleson"
    assert who.title == "Minister of Examples"
    assert who.address == ["P.O. Box 77", "Sampleton"]
    assert who.heads == ["Campus Letters Club 7", "LETTER 2 OF 4"]
    # A street above the name is the address's, not a line to drop.
    who = interpret(["12 Sample Road", "Noah Exampleson", "Minister of Examples"])
    assert who.heads == []
    assert "Noah Exampleson" in _names(text, "en")


def test_a_name_that_opens_with_a_capital_of_an_extended_alphabet() -> None:
    who = interpret(
        ["Procurorul General", "Mihai Țepușescu", "Strada Exemplului 9", "010101 Bucureşti"]
    )
    assert who.name == "Mihai Țepușescu"
    assert who.title == "Procurorul General"
    who = interpret(["Облыс әкімі", "Әлібек Қиялов", "Тыныш көшесі, 5", "Ойдан қ., 050000"])
    assert who.name == "Әлібек Қиялов"
