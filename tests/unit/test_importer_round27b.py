"""Round 27b: Russian and Central Asian documents: offices in the dative heading an address
block, names with initials after a dative courtesy word, a letter's date with its word for
"year", and languages named in Kazakh, Mongolian and Russian sentences. Each on a short
invented text."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.layout import is_date_line
from appeal_tui.core.importer.name_cases import dative_office, initials_dative
from appeal_tui.core.importer.people import _without_case_suffix
from appeal_tui.core.importer.recipient_lines import looks_like_title

_LETTER = (
    "Исх. N 77\nот 02.03.2031 г.\n\n"
    "Генеральному прокурору\nРеспублики Вымыслия\nг-ну Примерову А. В.\n"
    "100500, г. Выдумск, ул. Тенистая, 12\nфакс: (1234) 55-66-77\n\n"
    "Министру юстиции\nРеспублики Вымыслия\nг-же Сочиновой Е. Б.\n"
    "100500, г. Выдумск, пр. Ясный, 3\nфакс: (1234) 55-88-99\n\n"
    "Уважаемые господа!\n\nПросим освободить фермера Тимура Выдумкина.\n"
)


def test_an_office_in_the_dative_is_an_office() -> None:
    assert looks_like_title("Министру юстиции Республики Вымыслия")
    assert looks_like_title("Генеральному прокурору")
    assert looks_like_title("Чрезвычайному и Полномочному Послу Республики Вымыслия")
    assert not looks_like_title("Андрею Примерову")
    assert dative_office("Чрезвычайному и Полномочному Послу") == "Чрезвычайный и Полномочный Посол"


def test_a_name_with_initials_after_a_dative_courtesy_word() -> None:
    assert initials_dative("г-ну Примерову А. В.", "ru") == "А. В. Примеров"
    assert initials_dative("г-же Сочиновой Е. Б.", "ru") == "Е. Б. Сочинова"
    assert initials_dative("А. В. Примерову", "ru") == "А. В. Примеров"
    assert initials_dative("Примеров А. В.", "ru") == "Примеров А. В."
    assert initials_dative("Иван Примеров", "ru") == "Иван Примеров"


def test_a_date_line_with_the_word_for_year() -> None:
    assert is_date_line("от 02.03.2031 г.")
    assert is_date_line("5 мая 2031 года")


def test_two_blocks_each_with_an_office_over_its_complement_and_a_name() -> None:
    case = import_document(_LETTER, source="x.txt", language="ru").case
    found = {r["name"]: r for r in case["recipients"]}
    assert set(found) == {"А. В. Примеров", "Е. Б. Сочинова"}
    assert str(found["А. В. Примеров"]["title"]).endswith(
        "'Генеральный прокурор Республики Вымыслия'}"
    )
    assert str(found["Е. Б. Сочинова"]["title"]).endswith("'Министр юстиции Республики Вымыслия'}")
    assert found["А. В. Примеров"]["address"] == ["100500, г. Выдумск, ул. Тенистая, 12"]


def test_languages_named_in_kazakh_mongolian_and_a_russian_sending_verb() -> None:
    def codes(text: str) -> tuple[str, ...] | None:
        found = find_languages_line(text)
        return found.codes if found else None

    assert codes("Хаттарды орыс немесе ағылшын тілінде жазыңыз.") == ("ru", "en")
    assert codes("Англи эсвэл орос хэлээр бичнэ үү.") == ("en", "ru")
    assert codes("Обращения можно направлять на русском или кыргызском языке.") == ("ru", "ky")


_COPIES = (
    "Генеральному прокурору\nРеспублики Вымыслия\nг-ну Примерову А. В.\n"
    "100500, г. Выдумск, ул. Тенистая, 12\nфакс: (1234) 55-66-77\n\n"
    "Уважаемый господин Генеральный прокурор!\n\nПросим освободить фермера Тимура Выдумкина.\n\n"
    "С уважением,\n\nПредседатель Правления А. Б. Выдумов\n\nКопии:\n"
    "1. Уполномоченному по правам человека в Республике Вымыслия\n"
    "г-ну Сочинову Б. Г. (100500, г. Выдумск, ул. Ясная, 5;\nфакс (1234) 55-11-22)\n"
    "2. Членам правления\n"
)


def test_a_numbered_copy_whose_lines_lost_their_indent_with_its_address_in_brackets() -> None:
    case = import_document(_COPIES, source="x.txt", language="ru").case
    copy = next(r for r in case["recipients"] if r["name"] == "Б. Г. Сочинов")
    assert copy["role"] == "copy"
    assert copy["fax"] == ["(1234) 55-11-22"]
    assert copy["address"] == ["100500, г. Выдумск, ул. Ясная, 5"]


def test_a_kazakh_person_named_in_the_accusative_and_languages_over_a_wrapped_line() -> None:
    text = "Бақыт Ойданов 2031 жылы ұсталды. Билікті Бақыт Ойдановты босатуға шақырыңыз."
    assert _without_case_suffix("Бақыт Ойдановты", text) == "Бақыт Ойданов"
    # (Only where the text prints the bare name too.)
    assert _without_case_suffix("Бақыт Ойдановты", "Бақыт Ойдановты") == "Бақыт Ойдановты"
    found = find_languages_line("Хаттарды орыс немесе\nағылшын тілінде жазыңыз.")
    assert found is not None and found.codes == ("ru", "en")


def test_a_copy_given_as_one_comma_run_with_its_stop_before_its_fields() -> None:
    text = (
        "ТЕРМІНОВА АКЦІЯ\n\nВОЛОНТЕРА ЗАТРИМАНО\n\n"
        "Волонтера Петра Вигаданого затримали 3 березня 2031 року.\n\n"
        "Будь ласка, напишіть до 10 травня 2031 року:\n\n"
        "Оксана Вигадана\nУповноважена з прав людини\nвул. Тиха, 4\n65000 Одеса\nУкраїна\n"
        "Ел. пошта: oksana@example.org\nЗвертання: Шановна пані Вигадана\n\n"
        "Копії:\nТарас Примірний, Голова комісії з прав людини, вул. Ясна, 12/3, м. Київ, "
        "01001, Україна. Ел. пошта: taras@example.org; Telegram: @taras_example\n"
    )
    case = import_document(text, source="x.txt", language="uk").case
    copy = next(r for r in case["recipients"] if r["role"] == "copy")
    assert copy["name"] == "Тарас Примірний"
    assert copy["email"] == ["taras@example.org"]
    first = next(r for r in case["recipients"] if r["role"] == "primary")
    assert first["email"] == ["oksana@example.org"]


def test_a_where_to_write_heading_and_a_copies_heading_ending_in_to() -> None:
    text = (
        "СРОЧНАЯ АКЦИЯ\n\nФЕРМЕР ЗАДЕРЖАН\n\nФермера Тимура Выдумкина задержали 3 марта 2031 "
        "года.\n\nПросим отправить обращения до 10 апреля 2031 года.\n\nКуда писать\n"
        "Генеральный прокурор Республики Вымыслия\nАндрей Примеров\nул. Тенистая, 12\n"
        "100500, г. Выдумск\nФакс: +999 12 345 67 89\n"
        "Обращение: «Уважаемый господин Генеральный прокурор»\n\n"
        "Копии направляйте в\nПосольство Республики Вымыслия\n119000, Москва, ул. Ясная, 5\n"
        "Факс: (495) 123-45-67\n"
    )
    case = import_document(text, source="x.txt", language="ru").case
    names = {r["name"]: r["role"] for r in case["recipients"]}
    assert names.get("Андрей Примеров") == "primary"
    assert "Копии направляйте в" not in names
    assert "copy" in names.values()


def test_a_tajik_surname_in_zoda_in_the_czech_dative() -> None:
    from appeal_tui.core.importer.name_cases import latin_nominative

    assert latin_nominative("Rustamu Karimzodovi", "cs") == "Rustam Karimzoda"
    assert latin_nominative("Petru Novákovi", "cs") == "Petr Novák"


def test_a_bulgarian_office_with_its_article_is_no_dative_title() -> None:
    # Bulgarian has no dative: "Министъра на X" after "до" stays the block's name, as before.
    from appeal_tui.core.importer.recipient_lines import dative_title

    assert not dative_title("Министъра на вътрешните работи")
    assert dative_title("Министру внутренних дел")
