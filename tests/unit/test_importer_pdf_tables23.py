"""Round 23t: tables of a recipient a row under a title, a column that says which kind of
recipient a row is, a label alone in a cell, and lines drawn a glyph at a time by a font whose
widths are wrong. Invented documents, built as runs with their positions."""

from __future__ import annotations

from appeal_tui.core.importer.pdf_layout import _Run, printed_width, text_of_runs


def _table(role_words: tuple[str, str, str]) -> list[_Run]:
    """A title over a five-column table (kind, recipient, address, contacts, greeting) whose
    cells wrap; the rows parted by their padding."""
    s = 9.0
    runs = [
        _Run(56, 200, 720, 12, "Lorem ipsum dolor sit amet, consectetur adipiscing elit."),
        _Run(40, 70, 682, 10, "Envio"),
    ]
    cols = (40, 100, 210, 330, 490)
    head = ("Tipo", "Destinatário", "Endereço", "Contactos", "Saudação")
    runs += [_Run(x, x + printed_width(t, s), 660, s, t) for x, t in zip(cols, head, strict=True)]
    rows = [
        [
            [role_words[0]],
            ["Ana Beatriz Moura", "Ministra da Justiça"],
            ["Esplanada dos Ministérios", "Bloco T", "70064-900 Brasília", "Brasil"],
            ["E-mail:", "gabinete@justica.example.br", "Instagram:", "@ana.moura"],
            ["Senhora Ministra"],
        ],
        [
            [role_words[1]],
            ["Rui Tavares Pinto", "Procurador-Geral"],
            ["SAF Sul Quadra 4", "70050-900 Brasília", "Brasil"],
            ["Fax: +55 61 3105 5100", "E-mail: pgr@mpf.example.br"],
            ["Senhor Procurador"],
        ],
        [
            [role_words[2]],
            ["Embaixada do Brasil"],
            ["Rua Antónia Andrade 1", "1000-037 Lisboa"],
            ["E-mail: lisboa@itamaraty.example.br"],
            ["Senhor Embaixador"],
        ],
    ]
    y = 640.0
    for row in rows:
        for k, cell in enumerate(row):
            for n, text in enumerate(cell):
                runs.append(_Run(cols[k], cols[k] + printed_width(text, s), y - 11 * n, s, text))
        y -= 11 * max(len(c) for c in row) + 8
    runs.append(_Run(56, 400, y - 20, 10, "Obrigado por agir."))
    return runs


def test_a_table_under_a_title_reads_a_recipient_a_row() -> None:
    lines = text_of_runs(_table(("Principal", "Principal", "Cópia"))).split("\n")
    assert "Envio" in lines
    first = lines.index("Ana Beatriz Moura")
    # The row's cells one after the other; the kind of the row is no line of the recipient's.
    assert lines[first - 1] == ""
    assert lines[first + 1] == "Ministra da Justiça"
    assert "Principal" not in lines
    # A label alone at the end of a cell's line takes its value from the line below.
    assert "Instagram: @ana.moura" in lines
    # The copy's word stays over its row, so the row is read as a copy.
    copy = lines.index("Cópia")
    assert lines[copy + 1] == "Embaixada do Brasil"


def test_a_kind_column_without_a_copy_word_is_read_as_printed() -> None:
    lines = text_of_runs(_table(("Alvo", "Alvo", "Outro"))).split("\n")
    assert lines.count("Alvo") == 2


def test_a_line_drawn_a_glyph_at_a_time_with_wrong_widths_keeps_its_spaces() -> None:
    """Each glyph a run whose end lies past the next glyph's start: the spaces between words
    show only in where the glyphs start."""
    size = 10.0
    for text in ("Dr. Wanjiru Otieno Kamau", "Hon. Lea Fjeld-Ås"):
        runs: list[_Run] = []
        x = 56.0
        for ch in text:
            if ch == " ":
                x += 0.28 * size
                continue
            runs.append(_Run(x, x + size * 1.1, 700, size, ch))
            x += 0.9 * printed_width(ch, size)
        assert text_of_runs(runs) == text
