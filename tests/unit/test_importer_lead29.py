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
