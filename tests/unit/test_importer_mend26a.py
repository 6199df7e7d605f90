"""Mend26a: regressions of round 26a (Cyrillic and Slavic cases) the reviewer found, each on
a short invented text."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.name_cases import (
    dative_nominative,
    dative_office,
    nominative,
    nominatives,
)
from appeal_tui.core.importer.prose_recipients import paragraph_blocks


def _primary(text: str, language: str | None = None) -> dict:
    case = import_document(text, source="x.txt", language=language).case
    return next(r for r in case["recipients"] if r.get("role") == "primary")


def test_a_ukrainian_mans_dative_in_in_ev_stays_a_man() -> None:
    # A man's dative "-іну", "-єву", "-еву" (a woman's is "-іній", "-євій", "-евій").
    assert dative_nominative("Тарасу Вигадіну", "uk") == "Тарас Вигадін"
    assert dative_nominative("Юрію Примєєву", "uk") == "Юрій Примєєв"
    assert dative_nominative("Назару Вигадеву", "uk") == "Назар Вигадев"
    assert dative_nominative("Ярославу Примєєву", "uk") == "Ярослав Примєєв"
    assert dative_nominative("Микиті Вигадіну", "uk") == "Микита Вигадін"
    # A woman's dative stays hers; her accusative a candidate only.
    assert nominative("Олені Вигадіній", "uk") == "Олена Вигадіна"
    assert "Олена Вигадіна" in nominatives("Олену Вигадіну")


def test_a_ukrainian_block_with_a_mans_dative_in_in() -> None:
    text = (
        "ТЕРМІНОВА АКЦІЯ\n\nВЧИТЕЛЯ ЗАТРИМАНО\n\nВчителя затримали 2 березня 2031 року.\n\n"
        "Будь ласка, напишіть до 9 квітня 2031 року:\n\nГенеральному прокурору\n"
        "Тарасу Вигадіну\nвул. Тиха, 4, 01001 Київ\nУкраїна\n"
    )
    assert _primary(text)["name"] == "Тарас Вигадін"


def test_a_ukrainian_mans_given_name_beside_a_surname_of_the_a_declension() -> None:
    assert nominative("Остапу Вигадері", "uk") == "Остап Вигадера"
    assert dative_nominative("Богдану Примірі", "uk") == "Богдан Приміра"
    assert nominative("Оксані Примірі", "uk") == "Оксана Приміра"


def test_a_foreign_name_in_a_lithuanian_text_is_no_office_in_the_dative() -> None:
    assert dative_office("vidaus reikalų ministrui", "lt") == "vidaus reikalų ministras"
    text = (
        "SKUBI AKCIJA\n\nMOKYTOJAS SULAIKYTAS\n\nMokytojas buvo sulaikytas 2031 m. kovo 2 d. "
        "po to, kai paskelbė straipsnį apie korupciją. Jo šeima nežino, kur jis laikomas."
        "\n\nPrašome rašyti iki 2031 m. balandžio 9 d.:\n\nVidaus reikalų ministras\n"
        "Mariam Doyle\nVidaus reikalų ministerija\nŠventaragio g. 2, LT-01510 Vilnius\n"
        "El. paštas: ministras@vrm.example\nKreipinys: Gerbiamas ministre\n"
    )
    assert _primary(text, "lt")["name"] == "Mariam Doyle"
    assert dative_office("Mariam Doyle", "lt", known_noun=True) == "Mariam Doyle"


def test_a_copy_word_inside_a_sentence_needs_a_recipient_after_it() -> None:
    text = (
        "Please write to the Minister of the Interior, Alan Fictive, Ministry of the Interior, "
        "4 Quiet Road, Capital City, Eastland (email: minister@interior.example). Ask for her "
        "release. Copie: Layla Hassan, her cousin, will bring the letters on 3 July."
    )
    blocks = paragraph_blocks(text, "en")
    assert [b.role for b in blocks] == ["primary"]


def test_an_office_by_its_own_letters_in_a_text_of_the_other_language() -> None:
    text = (
        "СРОЧНАЯ АКЦИЯ\n\nУЧИТЕЛЬ ПОД СТРАЖЕЙ\n\nУчителя задержали 2 марта 2031 года.\n\n"
        "Пожалуйста, напишите до 9 апреля 2031 года:\nГенеральному прокурору\n"
        "Петру Сергеевичу Выдумову\nул. Тихая, 3, 125000 Москва\nРоссия\n"
    )
    title = _primary(text, "uk")["title"]
    assert (list(title.values()) if isinstance(title, dict) else [title]) == [
        "Генеральный прокурор"
    ]
    from appeal_tui.core.importer.name_cases import block_language

    # A Russian block (no "і", "ї", "є", "ґ" in thirty letters) in a text read as Ukrainian.
    fields = ["Генеральному прокурору", "Петру Сергеевичу Выдумову", "ул. Тихая, 3, Москва"]
    assert block_language(fields, "uk") == "ru"
    assert dative_office("Генеральному прокурору", block_language(fields, "uk")) == (
        "Генеральный прокурор"
    )
    assert block_language(["Генеральному прокурору", "вул. Тиха, 4, Київ"], "ru") == "uk"
    assert dative_office("Генеральному прокурору Республики Выдумия", "uk") == (
        "Генеральный прокурор Республики Выдумия"
    )


def test_a_capital_ukrainian_letter_chooses_the_ukrainian_rows() -> None:
    assert dative_nominative("Ігорю Вигаденку") == "Ігор Вигаденко"


def test_a_colon_after_a_dative_name_then_a_demand_is_no_address() -> None:
    text = (
        "СРОЧНАЯ АКЦИЯ\n\nУЧИТЕЛЬ ПОД СТРАЖЕЙ\n\nУчителя задержали 2 марта 2031 года после "
        "выступления на собрании.\n\nПожалуйста, до 9 апреля 2031 года напишите Министру "
        "юстиции Олегу Петровичу Выдумову: потребуйте освободить учителя, задержанного 2 "
        "марта, сразу и без условий.\n\nФакс: +7 495 111 22 33\n"
    )
    primary = _primary(text)
    assert primary["name"] == "Олег Петрович Выдумов"
    assert not primary.get("address")
