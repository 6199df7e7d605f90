"""Round 26c: formal letters by institutions (invented letters; no sample's names, places or
sentences): a distribution list's heading alone over its items, copies listed a comma run
a line with no markers, and a letter's own file number before its date."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.fields import _file_reference
from appeal_tui.core.importer.letters import copy_entries


def _names(text: str, role: str) -> list[str]:
    case = import_document(text, source="letter.txt").case
    return [
        str(r.get("name"))
        for r in case["recipients"]
        if r.get("role") == role and r.get("key") != "to-be-completed"
    ]


def test_a_distribution_heading_alone_opens_a_copies_list() -> None:
    # German "Verteiler:" and Dutch "Verzonden aan:" (set in bold) over dash items.
    raw = [
        "Mit freundlichen Grüßen",
        "",
        "Dr. Hanna Brack",
        "",
        "Verteiler:",
        "- Botschaft der Republik Ostland, Lindenweg 4, 10115 Berlin",
        "- Auswärtiges Amt, Referat 12, Am Markt 1, 10117 Berlin",
    ]
    assert [at for at, _ in copy_entries(raw, set())] == [5, 6]
    raw_nl = [
        "Hoogachtend,",
        "",
        "**Verzonden aan:**",
        "",
        "- de Minister van Binnenlandse Zaken, Ministerie, Dorpsweg 3, 1234 AB Veendam",
    ]
    assert [at for at, _ in copy_entries(raw_nl, set())] == [4]
    # No such heading: "Bijlage:" over dash items is no list of copies.
    assert copy_entries(["Bijlage:", "- Verslag, 12 pagina's, maart"], set()) == []


def test_copies_listed_a_line_each_without_markers() -> None:
    # Spanish "Copia a:" then a comma run a line, each closed with its stop; a line without a
    # comma (the sender's own committee) is none, and a heading ends the list.
    raw = [
        "Atentamente,",
        "",
        "Dra. Inés Valdivia",
        "",
        "Copia a:",
        "Sr. Fiscal General de Ostlandia, Ministerio Público, Calle Sur 8, Villamar.",
        "Defensoría del Pueblo (DPO), Villamar.",
        "Comisión Permanente del Consejo.",
        "ANEXO",
        "Lista de adhesiones, página 2, anexo.",
    ]
    assert [at for at, _ in copy_entries(raw, set())] == [5, 6]


def test_one_line_comma_runs_are_a_recipient_each() -> None:
    text = (
        "Excma. Sra. Ministra:\n\n"
        "Le escribimos para pedir la liberación del Dr. Tomás Arriaga Ruiz.\n\n"
        "Atentamente,\n\nDra. Inés Valdivia\n\n"
        "Copia a:\n"
        "Dr. Julián Pardo Siles, Fiscal General de la República, Ministerio Público, "
        "Avenida Sur 8, Villamar, Ostlandia.\n"
        "Excmo. Sr. Embajador de Ostlandia en el Reino de España, Calle Mayor 12, 28013 "
        "Madrid.\n"
        "Asociación Médica de Norlandia (AMN), 4, rue des Lilas, 75011 Paris, Francia.\n"
    )
    copies = _names(text, "copy")
    assert any("Embajador de Ostlandia" in n for n in copies), copies
    assert any("Asociación Médica de Norlandia" in n for n in copies), copies
    assert not any("Asociación" in n and "Embajador" in n for n in copies)


def test_a_file_number_before_the_letters_date() -> None:
    # Turkish "Sayı :" with the date after the number on its line.
    assert _file_reference("Sayı : 2031/KB-88 12.04.2031\nKonu : Bilgi") == "2031/KB-88"
    # A code word that only looks like a date part stays: "AB 12/30".
    assert _file_reference("Unser Zeichen: AB 12/30") == "AB 12/30"
    # Arabic "عدد:" (number) and Spanish "Registro de salida n.º" over a letter's head.
    arabic = "الهيئة الوطنية للمهندسين\nعدد: 2031/45\nإلى السيد الوزير المحترم\n"
    assert _file_reference(arabic) == "2031/45"
    spanish = "Registro de salida n.º 2031/0772\nMadrid, 3 de mayo de 2031\n"
    assert _file_reference(spanish) == "2031/0772"
    # Reaching this line is the test: a long line of dates.
    _file_reference("Sayı : 2031/KB-88 " + "12.04.2031 " * 20_000)


def test_a_letters_date_in_arabic_script_parts_the_head_from_the_inside_address() -> None:
    from appeal_tui.core.importer.layout import is_date_line

    # "Place في day month year" and the Arabic comma after the place.
    assert is_date_line("صفاقس في 12 مارس 2031")
    assert is_date_line("قابس، 12 مارس 2031")
    # A street with a year-like number is still none.
    assert not is_date_line("Avenida 5 de Mayo 1520")
    text = (
        "الجمعية الوطنية للأطباء\n"
        "الرئيس\n\n"
        "صفاقس في 12 مارس 2031\n"
        "عدد: 2031/45\n\n"
        "إلى السيد الوزير/ كريم بن صالح\n"
        "وزير العدل\n"
        "شارع الحرية 14\n"
        "مدينة النخيل\n"
        "فاكس: 0021670000001\n\n"
        "حضرة السيد الوزير المحترم،\n\n"
        "نطلب منكم الإفراج عن الدكتور سامي العلوي.\n"
    )
    case = import_document(text, source="letter.txt").case
    primary = [r for r in case["recipients"] if r.get("role") == "primary"]
    assert len(primary) == 1
    assert "الجمعية" not in str(primary[0].get("name"))
    assert "إلى" not in str(primary[0].get("name")) + str(primary[0].get("title"))
    assert case["reference"] == "2031/45"


def test_the_word_to_before_a_courtesy_title_is_no_part_of_the_name() -> None:
    from appeal_tui.core.importer.recipient_blocks import BlockReader

    reader = BlockReader(strict=False)
    for line in ("To His Excellency Tomas Vale", "Minister of Justice", "12 Harbour Road"):
        reader.read_line(line)
    reader.close()
    assert reader.blocks[0].lines[0] == "His Excellency Tomas Vale"
    # "To" before a word that is no courtesy title stays ("To be completed").
    reader = BlockReader(strict=False)
    reader.read_line("To Whom It May Concern")
    reader.close()
    assert reader.blocks[0].lines[0] == "To Whom It May Concern"


def test_a_copies_item_parted_by_the_arabic_comma() -> None:
    raw = [
        "وتفضلوا بقبول فائق الاحترام.",
        "",
        "نسخة إلى:",
        "– سعادة سفير جمهورية الواحة، نهج 12، حي الزيتون، 2000 مدينة النخيل",
        "– الملف",
    ]
    entries = copy_entries(raw, set())
    assert [at for at, _ in entries] == [3]
    assert entries[0][1].count(",") == 3
