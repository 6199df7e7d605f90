"""Round 27f: people at risk named in the document's own script (invented texts)."""

from __future__ import annotations

from appeal_tui.core.importer.own_script import own_script, skeleton
from appeal_tui.core.importer.people import _case_of, find_people

_GEORGIAN = """სასწრაფო მოქმედება

თამარ გელაშვილი, სოფლის მასწავლებელი, დააკავეს მშვიდობიანი აქციის შემდეგ. თამარ
გელაშვილის ადვოკატი ამბობს, რომ საქმე გაყალბებულია და თამარ გელაშვილი უდანაშაულოა.

მოუწოდეთ ხელისუფლებას: გაათავისუფლონ თამარ გელაშვილი დაუყოვნებლივ და უპირობოდ.

Model letter

Dear Minister,

I urge you to release Tamar Gelashvili immediately. Tamar Gelashvili is a village
teacher who was detained after a peaceful protest.
"""


def _names(text: str) -> list[tuple[str, list[str]]]:
    asks = ["Release Tamar Gelashvili immediately and unconditionally."]
    people = find_people(text, title=None, asks=asks, not_people=[])[0]
    return [(p.name, p.also_known_as) for p in people]


def test_a_person_is_named_in_the_documents_own_script() -> None:
    assert _names(_GEORGIAN) == [("თამარ გელაშვილი", ["Tamar Gelashvili"])]


def test_a_latin_document_keeps_the_latin_name() -> None:
    text = (
        "Tamar Gelashvili (თამარ გელაშვილი), a village teacher, was detained after a "
        "peaceful protest. Tamar Gelashvili's lawyer says the case is fabricated.\n\n"
        "Please write to the authorities and urge them to release Tamar Gelashvili at once.\n"
    )
    assert own_script(text) == ""
    assert [name for name, _ in _names(text)] == ["Tamar Gelashvili"]


def test_spellings_in_two_scripts_share_their_consonants() -> None:
    assert skeleton("გელაშვილი") == skeleton("Gelashvili")
    assert skeleton("Pako") != skeleton("Sima")


def test_of_two_cases_of_a_name_the_nominative_is_kept() -> None:
    text = (
        "Studentkinja Vesna Marić uhapšena je nakon mirnog protesta u gradu.\n\n"
        "Sud je Vesni Marić odredio pritvor od trideset dana. Advokat kaže da Vesni Marić "
        "nije dozvoljen pristup porodici. Vesna Marić je u samici.\n"
    )
    asks = ["Omogućite Vesni Marić pristup advokatu i porodici."]
    people = find_people(text, title=None, asks=asks, not_people=[])[0]
    assert [p.name for p in people] == ["Vesna Marić"]
    # The same in Cyrillic letters: the South Slavic rows tell the dative from the name.
    assert _case_of("Весна Марић", "Весни Марић")
    assert not _case_of("Весни Марић", "Весна Марић")
