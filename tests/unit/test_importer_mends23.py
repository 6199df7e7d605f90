"""Session 23 mends: precision bugs left from review, each on an invented text."""

from __future__ import annotations

from appeal_tui.core.importer.channels import chat_text

# One writer's chat, forwarded under a mail's header: each message at its own minute.
_ONE_WRITER = """Begin forwarded message:
Subject: urgente

[2026-03-04 08:17] Marta Quiroga: ACCION URGENTE
[2026-03-04 08:17] Marta Quiroga: Periodista detenida en Oruro
[2026-03-04 08:19] Marta Quiroga: Escriban antes del 30 de abril de 2026 a:
[2026-03-04 08:21] Marta Quiroga: Fiscal General del Estado
Calle Ayacucho 88
"""


def test_one_writers_chat_under_a_header_is_a_chat() -> None:
    # Failed before the mend: a chat needed two speakers who repeat unless it opened the text.
    out = chat_text(_ONE_WRITER)
    assert "Marta Quiroga" not in out
    assert "Fiscal General del Estado\nCalle Ayacucho 88" in out


def test_marks_of_direction_before_a_stamp_hide_no_stamp() -> None:
    # Failed before the mend: U+200F / U+FEFF before the stamp hid it.
    text = (
        "\u200f03.04.26, 21:07 - Kofi Mensah: \u200eOPEN LETTER\n"
        "\ufeff03.04.26, 21:08 - Kofi Mensah: The editor was held on 1 April.\n"
        "\u200f03.04.26, 21:11 - Abena Owusu: Write to the Inspector General\n"
        "\u200f03.04.26, 21:12 - Kofi Mensah: ok\n"
        "\u200f03.04.26, 21:13 - Abena Owusu: thanks\n"
    )
    out = chat_text(text)
    assert "Kofi Mensah" not in out and "Abena Owusu" not in out
    assert "\nOPEN LETTER\n" in out


def test_one_writer_list_of_planned_times_is_no_chat() -> None:
    text = (
        "Programme\n"
        "Hearings of the appeal:\n"
        "04/11/2026 09:30 - Session: the prosecution\n"
        "05/11/2026 09:30 - Session: the defence\n"
        "06/11/2026 09:30 - Session: the ruling\n"
    )
    assert chat_text(text) == text


def test_plan_at_a_texts_top_is_no_chat() -> None:
    # Failed before the mend: the text opened with stamps and a label word ("Sitzung")
    # repeated, which read as a chat export of one writer.
    text = (
        "21.09.2026 08:30 - Sitzung: Anklage\n"
        "22.09.2026 08:30 - Sitzung: Zeugen\n"
        "23.09.2026 08:30 - Urteil: erwartet\n"
        "Die Anwältin Ilse Brandauer ist seit Juni in Haft.\n"
    )
    assert chat_text(text) == text


def test_programme_of_times_and_names_is_no_chat() -> None:
    # Failed before the mend: "09:00 Welcome" lines over lines read as a chat's headers.
    text = (
        "09:00 Welcome\n10:15 Vigil: at the embassy\n12:00 Break\n"
        "13:30 Vigil: the court\n17:45 Farewell\n\nWrite to the Governor.\n"
    )
    assert chat_text(text) == text


def test_spanish_text_of_names_and_dates_is_not_dutch() -> None:
    # Failed before the mend ('nl'): "de", the commonest word of Spanish, Portuguese, French
    # and Catalan, was listed for Dutch alone.
    from appeal_tui.core.importer.doc_language import detect_language

    text = (
        "Defensora de derechos de tierras detenida en Potosí. Ministerio de Justicia de "
        "Bolivia. Plazo: 12 de mayo de 2026. Fiscalía de la Nación, Avenida 16 de Julio."
    )
    assert detect_language(text).code == "es"


def _deadline(text: str) -> object:
    from appeal_tui.core.importer.dates import find_dates
    from appeal_tui.core.importer.fields import find_deadline

    return find_deadline(text, find_dates(text), None)[0]


def test_dutch_up_to_and_including_is_a_deadline_cue() -> None:
    # Failed before the mend: "tot en met" was no deadline word.
    import datetime as dt

    text = "Mevrouw Ans Hoekstra zit vast.\nSchrijf de minister tot en met 9 oktober 2026.\n"
    assert _deadline(text) == dt.date(2026, 10, 9)
    flemish = "Mevrouw Ans Hoekstra zit vast.\nStuur uw brief ten laatste op 9 oktober 2026.\n"
    assert _deadline(flemish) == dt.date(2026, 10, 9)


def test_dutch_range_closed_by_up_to_and_including_is_no_deadline() -> None:
    text = "Mevrouw Ans Hoekstra zat vast van 2 juli tot en met 9 oktober 2026.\n"
    assert _deadline(text) is None


def test_range_closing_pattern_on_a_long_line() -> None:
    from appeal_tui.core.importer.fields import _RANGE_CLOSED

    # Reaching this line is the test.
    assert _RANGE_CLOSED.search("1" + "a" * 200_000 + " tot en met") is None


def test_city_beside_a_shared_country_name_picks_its_country() -> None:
    # Failed before the mend: "Congo" alone read as the Republic of the Congo (CG) and
    # "Guinea" as GN whatever city stood beside them.
    from appeal_tui.core.importer.countries import country_in, split_country

    assert split_country("Boulevard du 30 Juin, Lubumbashi, Congo") == (
        "Boulevard du 30 Juin, Lubumbashi",
        "Congo",
        "CD",
    )
    assert country_in("Malabo, Guinea") == "GQ"
    assert country_in("Brazzaville, Congo") == "CG"
    assert country_in("Conakry, Guinea") == "GN"


def _people(text: str) -> list[str]:
    from appeal_tui.core.importer.build import import_document

    return [p["name"] for p in import_document(text).case.get("people", [])]


def test_courtesy_words_before_a_name_leave_the_name() -> None:
    # Failed before the mend: "O Senhor" stayed in the name; "Lic." and "Ing." were no cue,
    # so the person was lost.
    pt = (
        "AÇÃO URGENTE\n\nA Senhora Iracema Tavares Neto e o Senhor Osmar Quintela Brandão, "
        "agricultores, receberam ameaças.\n\nEscreva até 30 de junho de 2026.\n"
    )
    assert _people(pt) == ["Iracema Tavares Neto", "Osmar Quintela Brandão"]
    es = (
        "ACCIÓN URGENTE\n\nEl Ing. Baltasar Orozco Pinel, defensor del río, fue detenido el "
        "3 de mayo de 2026.\n\nEscriban antes del 30 de junio de 2026.\n"
    )
    assert _people(es) == ["Baltasar Orozco Pinel"]


def test_a_second_person_in_brackets_is_no_other_spelling() -> None:
    # Failed before the mend: one near word of two ("Petrenko"/"Petrenko") made the bracket
    # a spelling of the same name.
    from appeal_tui.core.importer.people import _other_spelling

    assert not _other_spelling("Taras Petrenko", "Olena Petrenko")
    assert not _other_spelling("Bekzod Yusupov", "Malika Yusupova")
    # Other spellings stay one person: transliterations, a word more.
    assert _other_spelling("Bekzod Yusupov", "Bekzod Yusupow")
    assert _other_spelling("Dzhamshed Kurbonov", "Jamshed Qurbonov")
    assert _other_spelling("Yusuf Ahmad", "Yusuf bin Ahmad")


def test_uncased_name_under_an_english_office_is_the_name() -> None:
    # Failed before the mend: the Persian line under the office was read as its gloss and
    # went into the address.
    from appeal_tui.core.importer.recipient_lines import interpret

    who = interpret(
        ["Prosecutor General", "داریوش کامرانی‌فر", "Office of the Prosecutor, Vali Asr", "Tehran"]
    )
    assert who.name == "داریوش کامرانی‌فر"
    assert who.title == "Prosecutor General"
    # A line that repeats the office in Arabic stays a gloss, never the name.
    gloss = interpret(["Minister of Justice", "وزير العدل", "Ministry of Justice", "Rabat"])
    assert gloss.name != "وزير العدل"
