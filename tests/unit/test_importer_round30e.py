"""Round 30e: a found recipient's title (invented texts; no sample's names, places or
sentences): the courtesy words that style an office kept in its title, and a name followed by
its office on one line."""

from __future__ import annotations

from appeal_tui.core.importer import import_document, read_document
from appeal_tui.core.importer.recipient_lines import interpret, title_without_courtesy


def _titles(text: str) -> list[tuple[str, str | None]]:
    result = import_document(read_document(text.encode()), source="invented.txt")
    out = []
    for entry in result.case["recipients"]:
        title = entry.get("title")
        if isinstance(title, dict):
            title = next(iter(title.values()))
        out.append((entry["name"], title))
    return out


def test_a_title_without_the_courtesy_words_that_style_it() -> None:
    text = """Ação Urgente

Escreva para:

Sua Excelência o Presidente da República
Tomé Exemplar Vidigal
Palácio do Exemplo
Avenida dos Exemplos 12
Cidade Exemplo

Cópias para:
Embaixada da República de Exemplândia
Sua Excelência a Embaixadora Rita Amostra Lobo
Rua das Amostras, 7
1000-100 Lisboa
"""
    assert _titles(text) == [
        ("Tomé Exemplar Vidigal", "Presidente da República"),
        ("Rita Amostra Lobo", "Embaixadora"),
    ]


def test_courtesy_words_before_and_after_an_office() -> None:
    assert title_without_courtesy("Monsieur l'Ambassadeur") == "Ambassadeur"
    assert title_without_courtesy("Sy Majesteit Koning") == "Koning"
    assert title_without_courtesy("Nagykövet úr részére") == "Nagykövet"
    # A rank opens an office's own name; a name is no office; an office stays as read.
    assert title_without_courtesy("General Director") == "General Director"
    assert title_without_courtesy("Dr. Mira Tessen") == "Dr. Mira Tessen"
    assert title_without_courtesy("Minister of Justice") == "Minister of Justice"


def test_a_name_then_its_office_on_one_line() -> None:
    # Lower-case office words after the name (Hungarian), an office in a script without
    # capitals (Korean), a compound office word (Finnish).
    who = interpret(["Példa Bálint legfőbb ügyész", "Minta utca 7", "Mintaváros 1234"])
    assert (who.name, who.title) == ("Példa Bálint", "legfőbb ügyész")
    who = interpret(["Embassy of Ostland", "Tran Van Mau 대사", "견본로 11", "(우) 01234"])
    assert (who.name, who.title, who.organisation) == ("Tran Van Mau", "대사", "Embassy of Ostland")
    who = interpret(["Erkki Esimerkki Oikeusministeri", "Esimerkkikatu 3", "00100 Esimerkki"])
    assert (who.name, who.title) == ("Erkki Esimerkki", "Oikeusministeri")
    # A surname that is an office word is a name ("Richter", judge), not an office.
    who = interpret(["Hanna Richter", "Beispielweg 4", "12345 Beispielstadt"])
    assert (who.name, who.title) == ("Hanna Richter", None)
    # A state's name in the genitive before a longer office is no person's name.
    who = interpret(
        ["Ostlandijos Federacijos generalinis prokuroras", "Jonas Pavyzdys", "Pavyzdžio g. 5"]
    )
    assert (who.name, who.title) == (
        "Jonas Pavyzdys",
        "Ostlandijos Federacijos generalinis prokuroras",
    )
