"""Round 23t: tables of a recipient a row under a title, a column that says which kind of
recipient a row is, a label alone in a cell, and lines drawn a glyph at a time by a font whose
widths are wrong. Invented documents, built as runs with their positions."""

from __future__ import annotations

from appeal_tui.core.importer.pdf_layout import (
    _LABEL_ALONE,
    _box_below,
    _carried,
    _cell_cut,
    _greeting,
    _head_noun_cut,
    _Line,
    _name_cut,
    _Run,
    printed_width,
    text_of_runs,
)


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


def test_cell_lines_cut_inside_a_name_a_street_or_a_number_range() -> None:
    # An office and a given name over the name's other two words.
    assert _name_cut("Ombudsperson Lucía", "Fernanda Rojas")
    assert not _name_cut("Ombudsperson Lucía", "Human Rights")
    assert not _name_cut("Ombudsperson Lucía", "Fernanda Rojas Paz")
    # A street word with a compass point after it, below the street's name.
    assert _head_noun_cut("2200 Wellington", "Avenue NW")
    assert not _head_noun_cut("2200 Wellington", "Avenue Northwest Suite")
    # A comma at the line's end, a number range cut at its hyphen, a postcode alone.
    assert _cell_cut("Palácio da Justiça,", "Rua", "Rua Augusta 12")
    assert _cell_cut("Calle Mayor 14-", "16", "16")
    assert _cell_cut("10115", "Berlin", "Berlin")
    assert not _cell_cut("Palácio da Justiça,", "Fax:", "Fax: +351 21 000 0000")
    assert not _cell_cut("Palácio da Justiça", "Rua", "Rua Augusta 12")
    assert not _cell_cut("Rua Augusta 12,", "Lisboa", "Lisboa")


def _side_by_side(top: float, rows: list[tuple[str, str]], gap: float) -> list[_Line]:
    """Lines of two columns: a left one at x 56 and a right one at x 320."""
    lines = []
    for n, (left, right) in enumerate(rows):
        segs = []
        if left:
            segs.append((56.0, 56.0 + printed_width(left, 10), left))
        if right:
            segs.append((320.0, 320.0 + printed_width(right, 10), right))
        lines.append(_Line(top - gap * n, 10.0, segs, [10.0] * len(segs)))
    return lines


def test_two_recipient_blocks_cut_by_a_page_break_are_read_whole() -> None:
    page = [
        _Line(700, 10.0, [(56.0, 400.0, "Please write before 30 June to:")], [10.0]),
        *_side_by_side(
            660, [("Write to:", "Copy to:"), ("Dr Ilse Varga", "Embassy of Utopia")], 14
        ),
    ]
    next_page = _side_by_side(
        760,
        [
            ("Minister of Justice", "Hauptstraße 5"),
            ("Ministry of Justice", "1010 Wien"),
            ("Kossuth tér 4", "Email: embassy@utopia.example"),
            ("1055 Budapest", ""),
        ],
        14,
    )
    kept, carried = _carried(page, next_page)
    assert len(kept) == 1
    assert [line.segments[0][2] for line in carried[:2]] == ["Write to:", "Dr Ilse Varga"]
    # The carried lines sit right above the next page's first line, at their own spacing.
    assert carried[1].y - carried[2].y == 14
    # Two pages whose first region has other columns keep their lines.
    other = [_Line(760, 10.0, [(56.0, 500.0, "A paragraph across the whole page.")], [10.0])]
    assert _carried(page, other) == (page, other)


def test_a_table_row_whose_last_address_lines_begin_the_next_page_ends_with_them() -> None:
    def row(y: float, cells: list[tuple[float, str]]) -> _Line:
        segs = [(x, x + printed_width(t, 9), t) for x, t in cells]
        return _Line(y, 9.0, segs, [9.0] * len(segs))

    page = [
        _Line(700, 10.0, [(56.0, 400.0, "Escreva a:")], [10.0]),
        row(660, [(56, "Destinatário"), (180, "Morada"), (320, "Contactos")]),
        row(640, [(56, "Rui Pinto"), (180, "Rua do Ouro 5"), (320, "Fax: +351 1")]),
        row(628, [(56, "Ministro"), (180, "1100-060 Lisboa"), (320, "E-mail: r@x.example")]),
        row(600, [(56, "Eva Lund"), (180, "Storgatan 9"), (320, "Fax: +46 8")]),
        row(588, [(56, "Direktör"), (180, "111 22")]),
    ]
    next_page = [
        row(780, [(180, "Stockholm")]),
        row(768, [(180, "Sverige")]),
        row(740, [(56, "Obrigado.")]),
    ]
    kept, rest = _carried(page, next_page)
    assert [line.segments[0][2] for line in kept[-2:]] == ["Stockholm", "Sverige"]
    assert kept[-2].y == 576 and kept[-1].y == 564
    assert [line.segments[0][2] for line in rest] == ["Obrigado."]


def test_a_table_below_two_columns_of_text_is_a_box_of_its_own() -> None:
    def line(y: float, cells: list[tuple[float, str]], size: float = 9.0) -> _Line:
        segs = [(x, x + printed_width(t, size), t) for x, t in cells]
        return _Line(y, size, segs, [size] * len(segs))

    lines = [
        line(700, [(56, "Ilse Varga was detained on 3 May"), (330, "1. Release Ilse Varga now;")]),
        line(
            688, [(56, "after a march in the capital city"), (340, "2. Drop all of the charges;")]
        ),
        line(
            676, [(56, "and has not seen a lawyer since."), (340, "3. Let her family visit her.")]
        ),
        line(664, [(56, "Her health is poor and worsening."), (340, "4. Protect all her rights.")]),
        line(636, [(56, "SCRIVETE A")], 11.0),
        line(616, [(56, "Chi"), (180, "Indirizzo"), (330, "Contatti")]),
        line(596, [(56, "Karl Moser"), (180, "Hauptplatz 1"), (330, "Fax: +43 1 000")]),
        line(584, [(56, "Minister"), (180, "1010 Wien"), (330, "E-mail: k@m.example")]),
        line(564, [(56, "Eva Lund"), (180, "Storgatan 9"), (330, "Fax: +46 8 000")]),
        line(552, [(56, "Director"), (180, "111 22 Stockholm"), (330, "E-mail: e@l.example")]),
    ]
    gutters = [(300.0, 330.0)]
    assert _box_below(lines, 0, len(lines), gutters, 1.2) == 4
    # A greeting at the end of a cell (not its only line), no courtesy title and a name.
    assert _greeting(["Karl Moser", "Sehr geehrter Herr Minister"])
    assert not _greeting(["Sehr geehrter Herr Minister"])
    assert not _greeting(["Minister", "Sr. Víctor Paredes"])


def test_the_new_patterns_on_a_long_line_without_spaces() -> None:
    line = "a" * 200_000
    _LABEL_ALONE.fullmatch(line)
    _cell_cut(line, line, line)
    _cell_cut("1" * 200_000 + "-", "2" * 200_000, "2")
    # Reaching this line is the test.


def test_a_long_line_over_two_columns_of_text_is_no_table_title() -> None:
    """A right-to-left page's reference line over its two columns (the story at the right,
    the addresses at the left, their lines at heights of their own) is the page's text, not
    a title over a table: the merge of session 23 read such a page's columns as rows and
    moved the asks into the addresses."""
    from appeal_tui.core.importer.pdf_layout import _leading, _lines, _titled_table

    s = 10.0
    runs = [_Run(331, 539, 1380, s, "2026 مارس 3 ، المدينة | 07/2026 :رقم التحرك")]
    story = [
        "ملخص الحالة", "", "قبض على المحامية والمدافعة عن", "حقوق الإنسان نادية كمال من",
        "منزلها بالمدينة فجر يوم 19 فبراير", "وظلت مختفية دون أي إذن قضائي.", "",
        "ومثلت أمام نيابة أمن الدولة العليا،", "التي أمرت بحبسها خمسة عشر يوما",
        "على ذمة القضية بتهم نشر أخبار كاذبة.", "", "ويخشى المرصد أن يكون احتجازها",
        "انتقاما من عملها في الدفاع عن", "أسر المختفين قسريا منذ عام 2013.", "",
        "كذلك استدعي زوجها للتحقيق", "مرتين وأبلغ بعدم السفر خارج البلاد.", "",
        "المطلوب منكم", "", "يرجى الكتابة فورا باللغة العربية أو",
        "الإنجليزية على أن تتضمن رسائلكم ما يلي:",
    ]  # fmt: skip
    addresses = [
        "أرسلوا المناشدات إلى:", "", "النائب العام", "المستشار سامي الحداد",
        "مكتب النائب العام", "شارع النيل 12", "وسط المدينة", "جمهورية مصر العربية",
        "فاكس: 0000 2500 2 20+", "التحية: سيادة النائب العام", "", "وزير الداخلية",
        "اللواء فريد الشامي", "وزارة الداخلية", "طريق الجامعة 5", "المدينة الجديدة",
        "جمهورية مصر العربية", "فاكس: 0001 2500 2 20+", "تويتر: example_moi@",
        "التحية: معالي الوزير",
    ]  # fmt: skip
    for n, t in enumerate(story):
        if t:
            runs.append(_Run(539 - printed_width(t, s), 539, 1352 - 19 * n, s, t))
    for n, t in enumerate(addresses):
        if t:
            runs.append(_Run(286 - printed_width(t, s), 286, 1345 - 18 * n, s, t))
    lines = _lines(runs)
    assert not _titled_table(lines, 0, _leading(lines))
