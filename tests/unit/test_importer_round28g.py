"""Session 28 (imp28g): damaged layouts. An appeal's recipients pasted as one paragraph, each
recipient's lines parted by slashes and its fields in brackets, as a mail client or a blog
repost leaves them. Each text here is our own (invented people, offices, streets and
addresses), in another language than the study documents that showed the cause."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.prose_recipients import paragraph_blocks
from appeal_tui.core.importer.run_parts import stand_ins_as_commas
from hostile.guards import hard_timeout

# A Polish run: fields in brackets, lines parted by slashes, the greeting labelled last, after
# a fax number (the slash before it is a line break, not a slash inside the fax's value).
POLISH_RUN = (
    "Pisz do Prokuratora Generalnego Utopii Jana Wzornika (Prokuratura Generalna / "
    "ul. Sosnowa 14 / 01-234 Capitalis / Utopia / faks +99 12 345 67 89 / "
    "zwrot grzecznościowy: Szanowny Panie Prokuratorze), do Ministra Spraw Wewnętrznych "
    "Piotra Przykładowego (Ministerstwo Spraw Wewnętrznych / ul. Lipowa 3 / 01-567 Capitalis / "
    "Utopia / e-mail: biuro@msw.utopia.example / zwrot grzecznościowy: Szanowny Panie Ministrze) "
    "i do Prezesa Sądu Najwyższego Adama Próbnego (ul. Dębowa 28 / 01-890 Capitalis / Utopia)."
)


def test_a_slash_before_a_label_parts_two_fields() -> None:
    run = "Minister X (Street 1 / 1000 City / Utopia / fax: +99 1 234 5678 / Salutation: Dear X)"
    assert "5678, Salutation: Dear X" in stand_ins_as_commas(run)


def test_a_slash_inside_a_greeting_in_two_languages_stays() -> None:
    run = "(Street 1 / 1000 City / Utopia / Salutation: Dear Minister / Vážený pane ministře)"
    assert "Dear Minister / Vážený pane ministře" in stand_ins_as_commas(run)


def test_a_slash_after_a_bracket_closed_on_a_label_is_a_line_break() -> None:
    joined = stand_ins_as_commas(POLISH_RUN)
    assert "ul. Dębowa 28, 01-890 Capitalis" in joined


def test_a_greeting_labelled_last_in_a_bracket_of_fields_is_read() -> None:
    blocks = paragraph_blocks(POLISH_RUN, "pl")
    greetings = [b.salutation for b in blocks]
    assert greetings[:2] == ["Szanowny Panie Prokuratorze", "Szanowny Panie Ministrze"]


def test_a_romanian_greeting_label_written_without_its_accents() -> None:
    text = (
        "ACTIUNE URGENTA\n\nScrieti urgent.\n\nAPELURI CATRE:\n"
        "1. Procurorul General: Ion Exemplu, Procuratura Generala, str. Teilor 4, "
        "Capitalis 100200, Utopia; fax: +99 21 123 45 67; formula de adresare: Dear Prosecutor\n"
    )
    recipients = import_document(text).case["recipients"]
    assert any(r.get("salutation") == "Dear Prosecutor" for r in recipients)


def test_long_slashed_lines_stay_quick() -> None:
    line = "Ministry X (Street 1 / 1000 City / fax: +99 1 / Salutation: Dear X) " * 3000
    with hard_timeout(30):  # (a bound against a quadratic pattern, no timing)
        stand_ins_as_commas(line)
        paragraph_blocks(line[:5000], "en")


# A Ukrainian simple table typed as text: field names over a rule of dashes, each row a
# recipient whose cells wrapped inside their columns.
SIMPLE_TABLE = """\
ТЕРМІНОВА АКЦІЯ

Пишіть до 1 травня 2031 р.

Кому                   Адреса                  Контакти            Звертання
---------------------  ----------------------  ------------------  ---------------
Остап Петрович Зразок  вул. Липова, 7          Факс:               Шановний
Генеральний прокурор   Столиця, 01001          +99 44 123 45 67    пане
Утопії                 Утопія                                      прокуроре

Марта Іванівна         вул. Соснова, 12        Ел. пошта:          Шановна
Вигадана               Столиця, 01002          office@ombud.       пані
Уповноважена з прав                            example             Уповноважена
людини
"""


def test_a_simple_table_under_a_rule_is_read_row_by_row() -> None:
    from appeal_tui.core.importer.ruled_tables import ruled_tables

    text = ruled_tables(SIMPLE_TABLE)
    assert "Марта Іванівна Вигадана\nУповноважена з прав людини\nвул. Соснова, 12" in text
    assert "Факс: +99 44 123 45 67\nШановний пане прокуроре" in text
    assert "Ел. пошта: office@ombud.example" in text
    assert "Кому" not in text


def test_a_rule_under_words_that_name_no_fields_is_no_table() -> None:
    from appeal_tui.core.importer.ruled_tables import ruled_tables

    text = "Итоги года\n\nГород     Участники\n--------  ---------\nКиев      12\nЛьвов     9\n"
    assert ruled_tables(text) == text


# Two Spanish blocks side by side, aligned with tabs (a short cell needs more tabs than a
# long one), with tabs between a label and its value.
TAB_COLUMNS = (
    "Ministra de Justicia, Guarda de Sellos\t\tMinistro del Interior\n"
    "Sra. Ana Ejemplo Vidal\t\t\tSr. Luis Modelo Ruiz\n"
    "Ministerio de Justicia\t\t\tMinisterio del Interior\n"
    "Calle Falsa 12\t\t\t\tAvenida Inventada 3\n"
    "Fax :\t+99 111 22 33 44\t\tCorreo :\tinterior@utopia.example\n"
    "Correo :\tjusticia@utopia.example\tX :\t@interior_utopia\n"
)


def test_blocks_side_by_side_with_tabs_become_paragraphs_in_order() -> None:
    from appeal_tui.core.importer.ruled_tables import label_tabs, tab_columns

    text = tab_columns(label_tabs(TAB_COLUMNS))
    left, right = [p for p in text.split("\n\n") if p.strip()]
    assert "Correo : justicia@utopia.example" in left and "interior" not in left
    assert left.strip().startswith("Ministra de Justicia")
    assert right.strip().endswith("X : @interior_utopia")


def test_a_form_of_labels_and_tabs_stays_as_it_is() -> None:
    from appeal_tui.core.importer.ruled_tables import tab_columns

    form = "Nombre:\tAna\t\tFecha\nCalle:\tFalsa\t\tHoy\nCiudad:\tCapital\t\tYa\n"
    assert tab_columns(form) == form


def test_a_last_row_with_the_first_columns_cell_only_stays_in_its_column() -> None:
    from appeal_tui.core.importer.ruled_tables import tab_columns

    text = (
        "Sra. Ana Ejemplo\t\t\tComisión de Derechos\n"
        "Embajadora\t\t\t\tCalle Falsa 9\n"
        "Calle Real 4\t\t\t\tCapital 0100\n"
        "Correo: ana@embajada.example\n"
    )
    left = next(p for p in tab_columns(text).split("\n\n") if p.strip())
    assert left.strip().endswith("Correo: ana@embajada.example")
