"""Mend29c: regressions of session 29's merge found by the reviewer, each on a short invented
text: a list of people read as towns, another language's place words and prepositions, a
story line taken for a mail's attribution, a house number as the reference, "Introduction:"
as a salutation label."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.people import find_people
from appeal_tui.core.importer.text_repairs import drop_quote_attributions


def _case(text: str, language: str = "en") -> dict:
    return import_document(text, source="x.txt", language=language).case


def _names(text: str, asks: list[str]) -> list[str]:
    return [p.name for p in find_people(text, title=None, asks=asks, not_people=[])[0]]


# 1. A list of people: a capitalised word and a comma before a name is no town.
def test_a_list_of_detained_people_keeps_a_name_with_a_place_word() -> None:
    text = (
        "URGENT ACTION\n\nSoldiers arrested two farmers, Orhan Yildiz, Kemal Timur and Selin "
        "Dogan, on 9 July 2031 in Varnost.\n\n"
        "Call for the release of Orhan Yildiz, Kemal Timur and Selin Dogan.\n"
    )
    asks = ["Release Orhan Yildiz, Kemal Timur and Selin Dogan."]
    assert "Kemal Timur" in _names(text, asks)


# 2. A French place word in a Dutch list of names.
def test_a_dutch_name_opening_with_a_french_place_word_stays() -> None:
    text = (
        "URGENTE ACTIE\n\nAgenten arresteerden op 4 juli 2031 de studenten Joris de Wit, "
        "Bas Verhoef en Lotte Mulder na een protest.\n\n"
        "Eis de vrijlating van Joris de Wit, Bas Verhoef en Lotte Mulder.\n"
    )
    asks = ["Eis de vrijlating van Joris de Wit, Bas Verhoef en Lotte Mulder."]
    assert "Bas Verhoef" in _names(text, asks)


# 3. A story line ending in "wrote:" after a sentence stays whole.
def test_a_sentence_before_wrote_keeps_the_line() -> None:
    line = "Send your letters before 12 May 2031. On 2 April his sister wrote:"
    assert drop_quote_attributions(f"Intro\n{line}\n> text") == f"Intro\n{line}\n> text"
    text = (
        "URGENT ACTION\n\nTeacher Arvo Kestila was detained on 1 April 2031.\n"
        f'{line}\n"He is innocent."\n\nCall for the release of Arvo Kestila.\n'
    )
    assert str(_case(text).get("deadline")) == "2031-05-12"


# 4. Indonesian "menulis" is "to write" in a request too.
def test_an_indonesian_request_to_write_before_a_date_stays() -> None:
    line = "Harap segera menulis sebelum 12 Mei 2031:"
    assert drop_quote_attributions(line) == line
    text = (
        "AKSI MENDESAK\n\nGuru Arvo Kestila ditangkap pada 1 April 2031.\n\n"
        f"{line}\nDesak pihak berwenang untuk membebaskan Arvo Kestila.\n"
    )
    assert str(_case(text, "id").get("deadline")) == "2031-05-12"


# 5. A house number and a dash in an address block is no reference.
def test_a_house_number_with_a_dash_in_an_address_is_no_reference() -> None:
    text = (
        "URGENT ACTION\n\nTeacher Arvo Kestila was detained on 1 April 2031.\n\n"
        "Please write to:\nMinister of the Interior\nSari Wulandari\nJalan Kenanga\n"
        "No. 7-B – Kota Lama\nIndonesia\nDear Minister\n\n"
        "Call for the release of Arvo Kestila. Send appeals before 12 May 2031.\n"
    )
    assert _case(text).get("reference") is None


# 6. "Inledning:" over a story's paragraph is no salutation label.
def test_introduction_over_a_story_paragraph_makes_no_recipient() -> None:
    text = (
        "BLIXTAKTION\nLÄRARE GRIPEN\n\n"
        "Inledning: Läraren Arvo Kestila greps den 1 april 2031 i Varnost.\n\n"
        "Skriv till:\nJustitieminister\nSari Wulandari\nTorggatan 3\n1000 Varnost\n\n"
        "Kräv att Arvo Kestila friges.\n"
    )
    recipients = _case(text, "sv")["recipients"]
    assert [r.get("name") for r in recipients] == ["Sari Wulandari"]
    assert not any(r.get("salutation") for r in recipients)
