"""Session 29, lead: a short sentence about sending the appeal that offers a choice of
languages ("... or ...") gives the languages, in any order of verb and list, in languages whose
write verbs have no row."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer.build import import_document
from appeal_tui.core.importer.language_names import find_languages_line

OFFERS = [
    (
        "Pode escrever em português, francês ou inglês. O mais importante é escrever!",
        ["pt", "fr", "en"],
    ),
    ("Apel możesz wysłać po francusku lub po angielsku – niżej jest wersja polska.", ["fr", "en"]),
    ("영어 또는 한국어로 아래 주소에 서한을 보내 주십시오.", ["en", "ko"]),
    ("წერილი შეგიძლიათ დაწეროთ ინგლისურად ან ქართულად.", ["en", "ka"]),
    ("በእንግሊዝኛ ወይም በአማርኛ ይጻፉ።", ["en", "am"]),
    ("ইংরেজি বা বাংলায় নিচের ঠিকানায় চিঠি পাঠিয়ে অনুরোধ করুন:", ["en", "bn"]),
    ("انگریزی یا اردو میں خط یا فیکس بھیجیں:", ["en", "ur"]),
    ("ஆங்கிலம் அல்லது தமிழில் கடிதங்கள் அனுப்பி:", ["en", "ta"]),
    ("Piste prosim anglicky nebo nemecky.", ["en", "de"]),
]


@pytest.mark.parametrize(("sentence", "codes"), OFFERS)
def test_a_sending_sentence_offering_languages_gives_them(sentence: str, codes: list[str]) -> None:
    found = find_languages_line(f"Some background.\n\n{sentence}\n\nMore text.")
    assert found is not None
    assert list(found.codes) == codes


STORIES = [
    "She speaks Tamil and English and wrote letters to the editor in 2019 about her case.",
    "Her brother, who lives in Portugal or Spain, says she wrote no letter to anyone.",
    "Ela escreveu um livro. Fala português e espanhol.",
    "This page is also available in English.",
    # (Review: a story's "appellate court", "she wrote articles", a nationality adjective.)
    "Sąd apelacyjny nie dał jej tłumacza, choć mówi tylko po niemiecku lub po rosyjsku.",
    "A ativista, que escrevia artigos em francês ou alemão para jornais, foi presa.",
    "Please send copies to the Spanish or Italian embassy in your country.",
]


@pytest.mark.parametrize("sentence", STORIES)
def test_languages_named_in_a_story_are_no_request(sentence: str) -> None:
    assert find_languages_line(f"Background.\n\n{sentence}\n\nMore.") is None


def test_the_case_takes_the_offered_languages() -> None:
    text = (
        "AÇÃO URGENTE 12/31\n\nO jornalista Tomé Varela Quintas foi detido.\n\n"
        "Pode escrever em português, francês ou inglês.\n\n"
        "Escreva para:\nMinistro da Justiça\nRua das Acácias 14\n1000-101 Lisboa\n"
    )
    assert import_document(text).case.get("languages") == ["pt", "fr", "en"]


# (Third review of mend29a: a Latin word before a full stop is no street abbreviation of
# another language, and ", today." still ends a sentence.)
_STORY = (
    "URGENT ACTION\nThe teacher Ilse Varn was arrested on 4 June and is held incommunicado.\n\n"
)


def test_a_latin_word_before_a_stop_ends_the_sending_sentence() -> None:
    text = _STORY + (
        "Write to the Minister of Justice Oren Talb and ask him to free them all. "
        "Oren Talb, 7 Harbour Road, 22000 Vessa, Elbonia.\n"
    )
    names = [r.get("name", "") for r in import_document(text).case["recipients"]]
    assert not any("ask him" in name for name in names)


@pytest.mark.parametrize(
    ("text", "salutation"),
    [
        (
            _STORY + "Write to the Minister of Justice Oren Talb, 7 Harbour Road, 22000 Vessa, "
            "Elbonia, today. Fax: +99 22 333 4444. Salutation: Dear Minister\n",
            "Dear Minister",
        ),
        (
            "EILAKTION\nDie Lehrerin Ilse Varn wurde am 4. Juni festgenommen.\n\n"
            "Schreiben Sie an den Justizminister Oren Talb, Hafenstraße 7, 22000 Vessa, "
            "Elbonien, bitte. Anrede: Sehr geehrter Herr Minister\n",
            "Sehr geehrter Herr Minister",
        ),
    ],
)
def test_a_short_latin_word_after_a_comma_still_ends_the_sentence(
    text: str, salutation: str
) -> None:
    recipients = import_document(text).case["recipients"]
    assert salutation in str([r.get("salutation") for r in recipients])
