"""Envelopes and label sheets, printed to PDF by headless Chromium: where each address lands.

Every envelope size and label sheet is printed with marked addresses; pypdf gives the position
of each marker, which must lie in the box the layout promises (see `export.envelopes`).
"""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from test_print_pdf import CHROMIUM, PT_PER_MM, _marker_positions, _render_pdf

from appeal_tui.export.envelopes import (
    AIRMAIL_MARK,
    ENVELOPES,
    LABEL_SHEETS,
    RETURN_LEFT,
    RETURN_TOP,
    Envelope,
    envelopes_to_html,
)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)


def _envelope(n: int, lines: int = 4, *, abroad: bool = True) -> Envelope:
    recipient = tuple(f"ZZA{n}L{i} " + ("Street " * (i % 3)) + "line" for i in range(1, lines + 1))
    if n % 2 == 0:
        recipient = (
            f"ZZA{n}L1 وزیر دادگستری",
            *(f"ZZA{n}L{i} خیابان" for i in range(2, lines + 1)),
        )
    return Envelope(
        recipient=recipient,
        sender=(f"ZZR{n} Ana Writer", "12 Some Street", "10115 Berlin", "Germany"),
        recipient_country="Iran" if abroad else "Deutschland",
        sender_country="Germany",
    )


def _airmail_positions(page: object) -> list[tuple[float, float]]:
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    found: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if "PAR AVION" in text:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x / PT_PER_MM, (height - y) / PT_PER_MM))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("layout", sorted(ENVELOPES))
def test_each_envelope_prints_on_its_own_page_with_the_address_in_its_box(
    layout: str, tmp_path: Path
) -> None:
    size = ENVELOPES[layout]
    # Short and long addresses, left-to-right and right-to-left, at home and abroad.
    items = [_envelope(1, 3), _envelope(2, 5), _envelope(3, 7, abroad=False)]
    pdf = _render_pdf(envelopes_to_html(items, layout=layout), tmp_path)
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == len(items)
    for index, page in enumerate(reader.pages):
        n = index + 1
        assert float(page.mediabox.width) / PT_PER_MM == pytest.approx(size.width, abs=0.5)
        assert float(page.mediabox.height) / PT_PER_MM == pytest.approx(size.height, abs=0.5)
        markers = _marker_positions(page)
        lines = [m for m in markers if m.startswith(f"ZZA{n}L")]
        assert len(lines) == len(items[index].recipient), markers
        assert not [m for m in markers if m.startswith("ZZA") and not m.startswith(f"ZZA{n}L")]
        for marker in lines:
            [(x, baseline)] = markers[marker]
            right = size.address_left + size.address_width
            assert size.address_left - 0.1 <= x < right, (marker, x)
            bottom = size.address_top + size.address_height
            assert size.address_top + 1.5 <= baseline <= bottom, (marker, baseline)
            # Postal guidance: 15 mm clear of the right and bottom edges, 40 mm of the top.
            assert baseline >= 40 and bottom <= size.height - 15 and right <= size.width - 15
        [(rx, rbase)] = markers[f"ZZR{n}"]
        assert rx == pytest.approx(RETURN_LEFT, abs=0.5)
        assert RETURN_TOP < rbase < RETURN_TOP + 6
        airmail = _airmail_positions(page)
        if n == 3:  # Germany to Deutschland: the same country, no mark
            assert airmail == []
        else:
            [(ax, abase)] = airmail
            assert ax < size.address_left and rbase < abase < size.address_top + 10


@pytest.mark.parametrize("layout", sorted(LABEL_SHEETS))
def test_labels_fill_sheets_each_address_in_its_own_label(layout: str, tmp_path: Path) -> None:
    sheet = LABEL_SHEETS[layout]
    count = sheet.per_sheet + 3
    items = [_envelope(n, 4 + n % 3) for n in range(1, count + 1)]
    pdf = _render_pdf(envelopes_to_html(items, layout=layout), tmp_path)
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 2
    for page_index, page in enumerate(reader.pages):
        assert float(page.mediabox.width) / PT_PER_MM == pytest.approx(210, abs=0.5)
        markers = _marker_positions(page)
        on_page = items[page_index * sheet.per_sheet : (page_index + 1) * sheet.per_sheet]
        assert AIRMAIL_MARK not in page.extract_text()
        for offset, item in enumerate(on_page):
            n = page_index * sheet.per_sheet + offset + 1
            row, column = divmod(offset, sheet.columns)
            left = sheet.left + column * (sheet.label_width + sheet.column_gap)
            top = sheet.top + row * (sheet.label_height + sheet.row_gap)
            lines = [m for m in markers if m.startswith(f"ZZA{n}L")]
            assert len(lines) == len(item.recipient), (n, markers)
            for marker in lines:
                [(x, baseline)] = markers[marker]
                assert left + sheet.padding - 0.5 <= x < left + sheet.label_width, (marker, x)
                assert top + sheet.padding <= baseline <= top + sheet.label_height, (
                    marker,
                    baseline,
                )
