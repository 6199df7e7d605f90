"""Session 18 (issue 16): the facts every document has (reference, deadline, languages and
the people at risk), by the causes next181-next210 showed (docs/importer.md, "Document facts
(session 18)"). Each test reads a short document of our own: invented names, and another
language or layout than the sample that showed the cause. Cheap: strings, no files."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_reference
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.people import _region_after_place


def _reference(text: str) -> str | None:
    return find_reference(text).reference


def _people(text: str) -> list[str]:
    case = import_document(text, source="ua.txt").case
    return [str(p.get("name")) for p in case.get("people", [])]


def _languages(text: str) -> tuple[str, ...] | None:
    found = find_languages_line(text)
    return found.codes if found else None


# --- References ------------------------------------------------------------------------------


def test_a_number_and_a_year_parted_by_a_hyphen_is_a_reference() -> None:
    assert _reference("URGENT ACTION\nUA 17-2027 | Kenya | 3 May 2027\n") == "UA 17-2027"
    # ... but not inside a link, which may be another page's.
    assert _reference("SOURCE: https://example.org/ua-17-2027/page\nText.\n") is None


def test_a_code_in_cyrillic_capitals_under_a_menu_is_the_reference() -> None:
    menu = "".join(f"• Пункт {i}\n\n" for i in range(6))
    text = f"Мы используем cookie.\n\n{menu}Срочная акция СА-12/27: Казахстан — журналист\n"
    assert _reference(text) == "СА 12/27"


def test_codes_joined_by_a_hyphen_stay_one() -> None:
    text = "Red Ejemplo de Defensoras\nAL-RED 004/2027 Lima, 2 de junio de 2027\n"
    assert _reference(text) == "AL-RED 004/2027"


def test_a_country_code_number_and_year_in_slashes_in_the_head() -> None:
    text = "Nairobi, 4 June\nAppeal ref:\nExample Foundation\nKE/09/2027\nStatus: open\n"
    assert _reference(text) == "KE/09/2027"


def test_a_labelled_number_is_read_in_its_own_digits() -> None:
    assert _reference("نداء عاجل\n\nالرقم: ١٢/٢٠٢٧ التاريخ: ٣ مايو\n") == "١٢/٢٠٢٧"
    assert _reference("Réseau Exemple\nAlerte n° 2027-04\n\nTEXTE\n") == "Alerte n° 2027-04"


def test_a_code_named_again_further_down_is_the_reference() -> None:
    banner = "".join(f"Menu item {i}\n" for i in range(12))
    text = f"{banner}WAN 05/27: Peru – editor detained\n\nThis updates WAN 05/27 of 2 May.\n"
    assert _reference(text) == "WAN 05/27"


def test_an_update_numbered_after_the_action_is_the_documents_own() -> None:
    found = find_reference("Más información sobre AU-45/2026-2\nAU-45/2026-3\n\nTexto.\n")
    assert (found.reference, found.updates) == ("AU 45/2026-3", "AU 45/2026-2")


# --- Deadlines -------------------------------------------------------------------------------


def _deadline(text: str, issued: dt.date | None = None) -> dt.date | None:
    return find_deadline(text, find_dates(text), issued)[0]


def test_a_deadline_noun_with_words_before_its_colon() -> None:
    text = "نداء عاجل\nآخر موعد لإرسال المناشدات: ١٥ مايو/أيار ٢٠٢٧\n"
    assert _deadline(text) == dt.date(2027, 5, 15)
    text = "Fecha límite para las cartas: 12 de mayo de 2027\n"
    assert _deadline(text) == dt.date(2027, 5, 12)


def test_at_the_latest_said_after_the_date() -> None:
    text = "Envíen sus cartas el viernes 14 de mayo de 2027 a más tardar.\n"
    assert _deadline(text) == dt.date(2027, 5, 14)


def test_a_named_day_with_its_date_in_brackets() -> None:
    text = "Please send your letters by Harvest Sunday (3 October), after the service.\n"
    assert _deadline(text, dt.date(2027, 9, 1)) == dt.date(2027, 10, 3)


# --- Languages -------------------------------------------------------------------------------


def test_korean_names_the_languages_before_the_verb() -> None:
    text = "편지를 보내 주세요. 러시아어 또는 영어로 작성해 주세요. 한국어로 쓰실 경우 번역을 첨부해 주세요."  # noqa: E501
    assert _languages(text) == ("ru", "en")


def test_a_country_malay_names_like_a_language_is_no_language() -> None:
    assert _languages("Please write to the authorities of Azerbaijan, asking them to:") is None
    assert _languages("Tulis surat dalam bahasa Azerbaijan atau bahasa Inggris:") == ("az", "en")


def test_a_second_write_in_of_the_same_sentence_adds_its_language() -> None:
    text = (
        "Écrivez en français (remarque : le Tchad a deux langues officielles, vous pouvez donc "
        "aussi écrire en arabe si vous le souhaitez). Merci !"
    )
    assert _languages(text) == ("fr", "ar")


# --- People at risk --------------------------------------------------------------------------


def test_an_age_in_the_languages_own_words_marks_a_person() -> None:
    text = (
        "Acil Eylem: Türkiye\n\nGazeteci haberleri nedeniyle gözaltına alındı. Onun meslektaşı "
        "Deniz Örnekçi, 27 yaşında, ifade vermeye çağrıldı ve yurt dışına çıkışı yasaklandı.\n"
    )
    assert "Deniz Örnekçi" in _people(text)


def test_siblings_sharing_family_names_stay_two_people() -> None:
    text = (
        "Acción urgente: Perú\n\nLuis Ejemplo Prado, periodista de 40 años, fue detenido el 2 de "
        "mayo de 2027 en Lima sin orden judicial alguna.\n\nSu hermana, Rosa Ejemplo Prado, "
        "recibió amenazas de muerte después de denunciar la detención ante la fiscalía.\n\n"
        "Pidan la libertad de Luis Ejemplo Prado y protección para Rosa Ejemplo Prado.\n"
    )
    people = _people(text)
    assert "Luis Ejemplo Prado" in people
    assert "Rosa Ejemplo Prado" in people


def test_titles_media_quotes_and_document_kinds_are_no_people() -> None:
    text = (
        "Media Freedom Alert – Professor Tomas Exempel\n\nDr. Tomas Exempel, Associate Professor "
        "of Theology at a college in Kisumu and a columnist for the weekly Kito Sauti, was "
        "detained on 3 May 2027 after documents of “Haki Tazama” were seized from his office. "
        "Professor Exempel is held without charge.\n\nPlease call for the release of Tomas "
        "Exempel.\n"
    )
    assert _people(text) == ["Tomas Exempel"]


def test_a_region_after_a_place_and_a_comma_is_a_place() -> None:
    text = "Elle vit dans la commune de Kibala, Haut Plateau, où la mine s'étend."
    assert _region_after_place("Haut Plateau", text)
    assert not _region_after_place("Kibala", text)


def test_names_in_notices_ruled_off_from_the_action_are_no_people() -> None:
    rule = "-" * 40
    text = (
        "Kerkblad Sint-Voorbeeld – mei 2027\n\nGEBEDSLIJST: bid voor Jan Voorbeeld, Els "
        "Proefmans, Wim Testerink en allen die ziek zijn.\n\n"
        f"{rule}\nSCHRIJFACTIE\nmet onze werkgroep\n{rule}\n\nDe journalist Amare "
        "Tesfamichael zit sinds 2019 zonder proces vast. Amare Tesfamichael is ziek en krijgt "
        "geen zorg.\n\nSchrijf aan:\n\nPresident Isayas Voorbeeldi\nOffice of the President\n"
        f"Asmara, Eritrea\n\nVraag om de vrijlating van Amare Tesfamichael.\n\n{rule}\n\n"
        "VOLGENDE WEEK: koffie.\n"
    )
    people = _people(text)
    assert "Amare Tesfamichael" in people
    assert not {"Jan Voorbeeld", "Els Proefmans", "Wim Testerink"} & set(people)


def test_a_vietnamese_syllable_is_no_german_noun_ending() -> None:
    text = (
        "Eilaktion Vietnam\n\nDie Bloggerin Phạm Thị Trung wurde am 3. Mai 2027 verhaftet. "
        "Phạm Thị Trung drohen zehn Jahre Haft wegen ihrer Beiträge über Umweltschäden.\n"
    )
    assert "Phạm Thị Trung" in _people(text)


def test_a_han_name_before_a_japanese_courtesy_word() -> None:
    text = (
        "緊急行動\n\nジャーナリストの王小明さん（38歳）が2027年5月3日に拘束されました。"
        "家族は王小明さんの健康を心配しています。\n\n王小明さんの釈放を求めてください。\n"
    )
    assert "王小明" in _people(text)


def test_an_east_slavic_name_takes_its_list_mates_case() -> None:
    text = (
        "Срочная акция\n\nТимур Примеров, 30 лет, задержан в Казани. В тот же день задержали "
        "его соседа Руслана Образцова, 41 год.\n\nТребуйте освободить Тимура Примерова и "
        "Руслана Образцова.\n"
    )
    people = _people(text)
    assert "Руслан Образцов" in people
    assert "Руслана Образцова" not in people


def test_a_victim_the_action_mourns_is_no_person_at_risk() -> None:
    text = (
        "Acção urgente: Brasil\n\nA líder Joana Exemplo Faria recebeu ameaças de morte em 2 de "
        "maio de 2027. Dez dias antes, o seu irmão Caio Exemplo Faria, também líder comunitário, "
        "foi assassinado em frente de casa.\n\nPeçam proteção para Joana Exemplo Faria e uma "
        "investigação sobre o assassinato de Caio Exemplo Faria.\n"
    )
    people = _people(text)
    assert "Joana Exemplo Faria" in people
    assert "Caio Exemplo Faria" not in people


def test_a_persian_colleague_named_after_a_pronoun() -> None:
    text = (
        "اقدام فوری\n\nمعلم بازنشسته نسرین نمونه‌ای در تهران بازداشت شد.\n\n"
        "همکار او، بهرام آزمونی، نیز احضار شده است. بهرام آزمونی در خطر بازداشت است.\n"
    )
    assert "بهرام آزمونی" in _people(text)
