"""Letters to sign by hand, printed by headless Chromium: lines to write on, and fold marks at
the thirds of the page (A4: DIN 5008's 105 and 210 mm; US Letter: 93.1 and 186.3 mm)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pypdf
import pytest
from export_samples import sample_letter
from test_print_pdf import CHROMIUM, PT_PER_MM, _render_pdf

from appeal_tui.export.html import LAYOUTS, letters_to_html

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)


def _rules(page: object) -> list[tuple[float, float, float]]:
    """Thin horizontal rules on the page: (x, y from the top, width), in mm."""
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    found: list[tuple[float, float, float]] = []

    def before(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op != b"re":
            return
        x, y, w, h = (float(a) for a in args)  # type: ignore[arg-type]
        px, py = x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5]
        mm_w, mm_h = w * cm[0] / PT_PER_MM, abs(h * cm[3]) / PT_PER_MM
        if 0 < mm_h < 0.5:
            found.append((px / PT_PER_MM, (height - py) / PT_PER_MM, mm_w))

    page.extract_text(visitor_operand_before=before)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_a_letter_to_sign_by_hand_has_lines_and_fold_marks(paper: str, tmp_path: Path) -> None:
    by_hand = dataclasses.replace(sample_letter(1), signature=("", "", ""), sender_block=())
    signed = sample_letter(2)
    pdf = _render_pdf(letters_to_html([by_hand, signed], paper=paper), tmp_path)  # type: ignore[arg-type]
    first, second = pypdf.PdfReader(pdf).pages
    rules = _rules(first)
    marks = sorted(y for x, y, w in rules if w < 5)
    layout = LAYOUTS[paper]
    expected = sorted([*layout.fold_marks, layout.punch_mark])
    assert marks == pytest.approx(expected, abs=0.5)
    assert all(x < 25 for x, y, w in rules if w < 5)  # left of the text
    # Four lines to write on: signature, name and two of address, each at least 7 cm long.
    lines = [(x, y) for x, y, w in rules if w >= 70]
    assert len(lines) == 4
    # A letter with a name has neither (the return address's underline is above the body).
    assert [(x, y, w) for x, y, w in _rules(second) if w < 5 or y > 100] == []
