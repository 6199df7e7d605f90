"""Issue 16, session 15 (imp17b): whole documents read badly at first sight because of their
language's grammar or script, fixed as table rows. Each text here is our own (invented people,
officials and addresses), in another layout than the blind document that showed the cause."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_support import imported_case, plain

from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.doc_language import detect_language
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.name_cases import nominative

# A Persian text in plain lines: no پ چ ژ گ in most words, but Persian's own yeh, kaf and
# digits; a Solar Hijri deadline; languages named before the verb; people named before their
# noun and after a pronoun, with no capitals to tell them.
PERSIAN = """\
اقدام فوری: نگرانی برای سلامت مهسا کریمی

مهسا کریمی، روزنامه‌نگار ۳۱ ساله، روز ۳ اسفند ۱۴۰۳ در شیراز بازداشت شد. همسر او، نوید احمدی،
نیز احضار شده است. مهسا کریمی از بیماری قلبی رنج می‌برد.

لطفاً نامه‌های خود را به زبان فارسی یا انگلیسی بنویسید و از مقامات بخواهید:
• مهسا کریمی را فوراً آزاد کنند؛
• احضار نوید احمدی را لغو کنند.

لطفاً نامه‌ها را تا ۱۰ فروردین ۱۴۰۴ ارسال کنید.

دادستان کل کشور
دفتر دادستانی کل
خیابان نمونه، پلاک ۱۲
تهران
جمهوری اسلامی ایران
ایمیل: office@prosecutor-example.ir
"""


def test_persian_is_told_from_arabic_by_its_own_letters() -> None:
    assert detect_language(PERSIAN).code == "fa"
    assert detect_language("قال المحامي إن الطالبة يوسف كانت في السجن منذ ثلاثة أشهر.").code == "ar"


def test_solar_hijri_dates_are_converted() -> None:
    (found,) = find_dates("تا ۱۰ فروردین ۱۴۰۴ ارسال کنید")
    assert found.date == dt.date(2025, 3, 30)
    # Afghanistan's month names (the zodiac), Latin digits.
    (found,) = find_dates("تا 15 حمل 1403")
    assert found.date == dt.date(2024, 4, 3)
    assert find_dates("در سال ۱۴۰۲ و ۵ آذر") == []  # no day-month-year run


def test_languages_named_before_a_final_verb() -> None:
    line = find_languages_line("نامه‌های خود را به زبان فارسی، انگلیسی یا آلمانی بنویسید.")
    assert line is not None and line.codes == ("fa", "en", "de")


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("جمهوری اسلامی ایران", "IR"),
        ("الجمهورية العربية السورية", "SY"),
        ("جمهورية مصر العربية", "EG"),
    ],
)
def test_official_country_forms_in_persian_and_arabic(line: str, code: str) -> None:
    found = split_country(line)
    assert found is not None and found[2] == code


def test_a_persian_action_gives_its_deadline_languages_country_and_people() -> None:
    case = imported_case(PERSIAN)
    assert case["deadline"] == dt.date(2025, 3, 30)
    assert case["languages"][:2] == ["fa", "en"]
    names = [p["name"] for p in case["people"]]
    assert "مهسا کریمی" in names and "نوید احمدی" in names
    assert not any("بیماری" in n for n in names)
    (recipient,) = case["recipients"]
    assert recipient["country"] == "جمهوری اسلامی ایران"


@pytest.mark.parametrize(
    ("oblique", "nominative_form"),
    [
        ("Петровой Анне Сергеевне", "Анна Сергеевна Петрова"),  # dative, surname first
        ("Игоря Андреевича Соколова", "Игорь Андреевич Соколов"),  # genitive
        ("Вере Соколовой", "Вера Соколова"),
        ("Дмитрию Сергеевичу Волкову", "Дмитрий Сергеевич Волков"),
        ("Зорянi Ковальській", "Зорянi Ковальській"),  # not Cyrillic throughout: left
        ("Оксані Бондарській", "Оксана Бондарська"),  # Ukrainian dative
    ],
)
def test_east_slavic_names_back_to_the_nominative(oblique: str, nominative_form: str) -> None:
    assert nominative(oblique) == nominative_form


@pytest.mark.parametrize(
    "name",
    ["Анна Сергеевна Петрова", "Никита Волков", "Вера Соколова", "Мария Ивановна Кузнецова",
     "Лев Толстой", "Марину Петрову", "Веру Соколову", "Дмитрию Волкову"],
)  # fmt: skip
def test_nominatives_and_unclear_names_stay(name: str) -> None:
    # "Веру Соколову": feminine accusative or (as "Петру Соколову") masculine dative.
    assert nominative(name) == name


RUSSIAN = """\
Срочная акция: правозащитнику Игорю Соколову грозит новый срок

Игорь Андреевич Соколов, 41 год, правозащитник из Пскова, задержан 4 марта 2026 года.
Его сестре, Вере Соколовой, угрожают увольнением.

Пожалуйста, пишите на русском языке и просите:
• немедленно освободить Игоря Андреевича Соколова;
• прекратить давление на Веру Соколову.

Отправьте письма до 30 апреля 2026 г.

Адресат:
Генеральному прокурору Российской Федерации
Петровой Анне Сергеевне
ул. Примерная, д. 15
г. Москва, 125993
Обращение: Уважаемая Анна Сергеевна!
"""


def test_a_russian_action_names_its_recipient_and_people_in_the_nominative() -> None:
    case = imported_case(RUSSIAN)
    names = {p["name"] for p in case["people"]}
    assert {"Игорь Андреевич Соколов", "Вера Соколова"} <= names
    (recipient,) = case["recipients"]
    assert recipient["name"] == "Анна Сергеевна Петрова"
    assert "Анна Сергеевна" in plain(recipient["salutation"])


# A Ukrainian page: each recipient named in the nominative (office, then given name and
# patronymic), then an envelope in the dative ("Кому:" / "Куди:") that repeats them.
UKRAINIAN = """\
Термінова акція: звільніть журналістку Олену Марченко

Кому писати

Генеральний прокурор Ірина Василівна Коваль
Кому: Генеральному прокурору
Коваль І. В.
Куди: вул. Зразкова, 15
м. Київ, 01011
Україна
Ел. пошта: office@gp-example.gov.ua

Начальник поліції Київської області Тарас Петрович Бондар
Кому: Начальнику поліції Київської області
Бондарю Т. П.
Куди: вул. Прикладна, 7
м. Київ, 01601
Україна
"""


def test_an_envelope_in_the_dative_repeats_the_recipient_named_above() -> None:
    first, second = imported_case(UKRAINIAN)["recipients"][:2]
    assert first["name"] == "Ірина Василівна Коваль"
    assert plain(first["title"]) == "Генеральний прокурор"
    assert first["address"] == ["вул. Зразкова, 15", "м. Київ, 01011"]
    assert second["name"] == "Тарас Петрович Бондар"
    assert plain(second["title"]) == "Начальник поліції Київської області"
    assert second["address"] == ["вул. Прикладна, 7", "м. Київ, 01601"]


# A campaign page in plain text (no Markdown): who to tag as list items, "Name, Office –
# @handle", a body written to without a person among them.
WHO_IS_WHO = """\
Day of action for Lindiwe Mokoena

Tag them, politely:
- Governor Pieter Example – @GovExample · also @gov_office_example
- Thandi Sample, Commissioner of Correctional Services – @CorrServ_ex
- Department of Justice – @DoJ_example

Do not tag her family.
"""


def test_a_list_of_who_to_tag_gives_a_recipient_per_item() -> None:
    found = [r for r in imported_case(WHO_IS_WHO)["recipients"] if r["key"] != "to-be-completed"]
    assert [r["name"] for r in found] == [
        "Pieter Example",
        "Thandi Sample",
        "Department of Justice",
    ]
    assert found[0]["twitter"] == "@GovExample"
    assert "@gov_office_example" in found[0]["note"]
    assert found[1]["twitter"] == "@CorrServ_ex"
    assert plain(found[1]["title"]) == "Commissioner of Correctional Services"


# A newsletter: officials with their addresses, then a sentence that asks for a copy to a
# body named by its initials (spelled out in the story), then one greeting for all of them.
NEWSLETTER = """\
3. RIVERLAND: Teachers' leader detained

Maria Exemplo, general secretary of the Riverland Teachers' Federation (RTF), was detained
on 3 May 2027 after a peaceful march.

Send your messages to:

Jon Sample
Minister of Education
12 Example Avenue
Capital City, Riverland
Email: minister@edu-example.gov

Ana Placeholder
Minister of the Interior
1 Model Square
Capital City, Riverland
Email: interior@int-example.gov

Please copy your message to the RTF: rtf@example-union.org

Suggested greeting: "Dear Minister". Letters in English or French are welcome.
"""


def test_one_greeting_after_the_blocks_and_a_copy_to_a_body_by_its_initials() -> None:
    found = imported_case(NEWSLETTER)["recipients"]
    officials = [r for r in found if r["role"] == "primary"]
    assert [r["name"] for r in officials] == ["Jon Sample", "Ana Placeholder"]
    assert all(plain(r["salutation"]) == "Dear Minister" for r in officials)
    (copy,) = [r for r in found if r["role"] == "copy"]
    assert copy["name"] == "Riverland Teachers' Federation (RTF)"
    assert copy["email"] == ["rtf@example-union.org"]
    assert "salutation" not in copy


# A club's web page that reposts an action as one paragraph (the line breaks lost in the
# HTML itself): the run-on reader reads HTML too.
PASTED_HTML = (
    "<html><body><h1>Ação urgente: defensora ameaçada</h1><p>AU 99/27 Brasil A defensora "
    "Joana Exemplo recebeu ameaças de morte. Homens armados rondaram a sua casa durante a "
    "noite e dispararam para o ar. A comunidade que ela representa opõe-se a uma barragem "
    "construída sem consulta prévia. A polícia local registou a queixa mas não abriu "
    "nenhuma investigação até agora. Escrevam imediatamente em português: - Pedindo "
    "proteção eficaz para Joana Exemplo. ENVIEM APELOS ANTES DE 30 DE JUNHO DE 2027 PARA: "
    "Procurador-Geral da República Pedro Modelo Ministério Público Federal Rua Exemplo 10, "
    "Bloco A, Brasília, DF, Brasil E-mail: pgr@mpf-exemplo.br Tratamento: Senhor "
    "Procurador-Geral Secretária Nacional de Proteção Sra. Ana Amostra Rua Modelo 7, "
    "Brasília, DF, Brasil E-mail: protecao@mdh-exemplo.br Tratamento: Senhora Secretária E "
    "cópias para: Embaixada do Brasil, Avenida Modelo 5, 1000 Lisboa, Portugal E-mail: "
    "embaixada@brasil-exemplo.pt Consultem a vossa secção.</p></body></html>"
)


def test_a_run_on_paragraph_in_html_is_cut_into_its_blocks() -> None:
    found = imported_case(PASTED_HTML)["recipients"]
    names = [r["name"] for r in found]
    assert names[0] == "Pedro Modelo"
    assert found[0]["organisation"] == "Ministério Público Federal"
    # (Left: the second block's street stays on its name's line, "Sra. Ana Amostra Rua ...".)
    assert "Ana Amostra" in names[1]
    assert plain(found[0]["salutation"]) == "Senhor Procurador-Geral"
    assert plain(found[1]["salutation"]) == "Senhora Secretária"
    assert found[1]["email"] == ["protecao@mdh-exemplo.br"]
    copies = [r for r in found if r["role"] == "copy"]
    assert copies and copies[0]["email"] == ["embaixada@brasil-exemplo.pt"]


# A text pasted from a web page whose line breaks became runs of spaces.
SPACED_PASTE = (
    "Friends of Example Valley    Home  News  Actions    ACTION ALERT: river guardian "
    "detained    Dear friends, the guardian Tomas Sample was detained on 3 May.Police gave "
    "no reason. Please write before 30 June 2027.WRITE TO:    Minister Ana Example, Ministry "
    "of the Interior, 1 Model Street, Example City, Guatemala   Email: minister@int-example.gt"
    "   Salutation: Dear Minister    Jon Placeholder, Human Rights Ombudsman, 7 Sample "
    "Road, Example City, Guatemala   Fax: +502 2222 3333   Salutation: Dear Ombudsman    "
    "COPIES TO:    Embassy of Guatemala, 2 Sample Square, London W1 1AA   Email: "
    "embassy@gt-example.org.uk\n"
)


def test_a_paste_whose_breaks_became_runs_of_spaces() -> None:
    found = imported_case(SPACED_PASTE)["recipients"]
    primary = [r for r in found if r["role"] == "primary"]
    assert [r["name"] for r in primary] == ["Ana Example", "Jon Placeholder"]
    assert plain(primary[0]["salutation"]) == "Dear Minister"
    assert primary[1]["fax"] == ["+502 2222 3333"]
    assert any(r["role"] == "copy" and "Embassy" in r["name"] for r in found)


def test_dates_with_a_space_after_each_stop() -> None:
    (found,) = find_dates("Napište nejpozději do 20. 2. 2027, prosím.")
    assert found.date == dt.date(2027, 2, 20)
