"""The print HTML, rendered to PDF by headless Chromium: one page per letter, address in the window.

DIN 5008 form B (what the HTML follows): the recipient's address lies 20-105 mm from the paper's
left edge and 62.7-90 mm from its top (the address field's 45 mm less the 17.7 mm return-address
zone above it); that is the part a left window envelope shows.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from export_samples import sample_letter

from appeal_tui.export.html import letters_to_html

pypdf = pytest.importorskip("pypdf", reason="pypdf is in the test extra: pip install -e '.[test]'")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (Debian: apt-get install chromium)"
)

PT_PER_MM = 72 / 25.4
WINDOW_LEFT, WINDOW_RIGHT = 20.0, 105.0
ADDRESS_TOP, ADDRESS_BOTTOM = 62.7, 90.0
RETURN_TOP = 45.0
# US Letter, for a #10 window envelope: the address 2.5-3.25 in from the top, the return
# address in the half inch above (see export.html).
ZONES = {
    "a4": (RETURN_TOP, ADDRESS_TOP, ADDRESS_BOTTOM),
    "letter": (50.8, 63.5, 82.55),
}


def _render_pdf(html_text: str, tmp_path: Path) -> Path:
    page = tmp_path / "letters.html"
    page.write_text(html_text, encoding="utf-8")
    out = tmp_path / "letters.pdf"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={out}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return out


def _marker_positions(page: object) -> dict[str, list[tuple[float, float]]]:
    """Marker -> where it is printed: (x from the left edge, baseline from the top edge) in mm."""
    height = float(page.mediabox.height)  # type: ignore[attr-defined]
    found: dict[str, list[tuple[float, float]]] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        x, y = tm[4], tm[5]
        page_x = x * cm[0] + y * cm[2] + cm[4]
        page_y = x * cm[1] + y * cm[3] + cm[5]
        for marker in re.findall(r"ZZ[A-Z]+\d+(?:L\d+)?", text):
            found.setdefault(marker, []).append((page_x / PT_PER_MM, (height - page_y) / PT_PER_MM))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


def _batch() -> list:
    blocks = {
        1: ("ZZA1L1 Minister of Justice", "ZZA1L2 Ministry of Justice", "ZZA1L3 Capital City"),
        2: (
            "ZZA2L1 وزیر دادگستری",
            "ZZA2L2 خیابان اصلی، شماره ۱",
            "ZZA2L3 تهران",
            "ZZA2L4 جمهوری اسلامی ایران",
        ),
        3: (
            "ZZA3L1 Head of the Judiciary",
            "ZZA3L2 c/o Public Relations Office Number 4, Deadend of 1 Azizi Above Pasteur",
            "ZZA3L3 Vali Asr Street",
            "ZZA3L4 Tehran",
            "ZZA3L5 Islamic Republic of Iran",
        ),
    }
    languages = {1: "en", 2: "fa", 3: "es"}
    letters = []
    for n in (1, 2, 3):
        letter = sample_letter(n, language=languages[n], recipient_block=blocks[n])
        letters.append(
            letter.__class__(
                **{
                    **letter.__dict__,
                    "sender_block": (f"ZZR{n} Ana Writer", "12 Some Street", "10115 Berlin"),
                }
            )
        )
    return letters


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_three_letters_print_on_three_pages_with_the_address_in_the_window(
    paper: str, tmp_path: Path
) -> None:
    letters = _batch()
    pdf = _render_pdf(letters_to_html(letters, paper=paper), tmp_path)  # type: ignore[arg-type]
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) == 3
    expected_width = {"a4": 210.0, "letter": 215.9}[paper]
    return_top, address_top, address_bottom = ZONES[paper]
    for index, page in enumerate(reader.pages):
        n = index + 1
        assert float(page.mediabox.width) / PT_PER_MM == pytest.approx(expected_width, abs=0.5)
        markers = _marker_positions(page)
        lines = sorted(m for m in markers if m.startswith(f"ZZA{n}L"))
        assert len(lines) == len(letters[index].recipient_block), markers
        # No other letter's address strayed onto this page.
        assert not [m for m in markers if m.startswith("ZZA") and not m.startswith(f"ZZA{n}L")]
        for marker in lines:
            [(x, baseline)] = markers[marker]
            assert WINDOW_LEFT <= x < WINDOW_RIGHT, (marker, x)
            # A baseline sits below its line's top by most of the font size (at least 2 mm here)
            # and above the line's bottom; 1 mm covers the descenders.
            assert address_top + 2.0 <= baseline <= address_bottom - 1.0, (marker, baseline)
        # The sender appears twice: in the return address above the window, and top right.
        returns = [
            (x, baseline)
            for x, baseline in markers[f"ZZR{n}"]
            if WINDOW_LEFT <= x < WINDOW_RIGHT and return_top < baseline <= address_top
        ]
        assert len(returns) == 1, markers[f"ZZR{n}"]
