"""Session 28 (imp28g): damaged layouts. An appeal's recipients pasted as one paragraph, each
recipient's lines parted by slashes and its fields in brackets, as a mail client or a blog
repost leaves them. Each text here is our own (invented people, offices, streets and
addresses), in another language than the study documents that showed the cause."""

from __future__ import annotations

import time

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.prose_recipients import paragraph_blocks
from appeal_tui.core.importer.run_parts import stand_ins_as_commas

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
    start = time.perf_counter()
    stand_ins_as_commas(line)
    paragraph_blocks(line[:5000], "en")
    assert time.perf_counter() - start < 5
