"""The print HTML, rendered to PDF by headless Chromium: one page per letter, address in the window.

DIN 5008 form B (what the HTML follows): the recipient's address lies 20-105 mm from the paper's
left edge and 62.7-90 mm from its top (the address field's 45 mm less the 17.7 mm return-address
zone above it); that is the part a left window envelope shows.

Each test runs with several font setups, made with a fontconfig file of its own
(FONTCONFIG_FILE), so the machine's fonts are not changed:

- `default`: the fonts the machine has;
- `dejavu`: DejaVu only, the widest common fallback, and none of the system's rendering
  settings, so fonts are hinted fully and advances rounded to whole pixels (a minimal Linux);
- `noto`: the machine's fonts plus Debian's `fonts-noto-core` (Noto Serif, Noto Naskh Arabic
  ...), from /usr/share/fonts/truetype/noto or from the folder in `APPEAL_TUI_TEST_NOTO_DIR`
  (for example the package unpacked with `apt-get download fonts-noto-core && dpkg-deb -x`);
  skipped when neither has them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest
from export_samples import sample_letter

from appeal_tui.export.html import letters_to_html

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


SYSTEM_FONTS = Path("/usr/share/fonts")
DEJAVU = SYSTEM_FONTS / "truetype" / "dejavu"
FONT_SETUPS = ("default", "dejavu", "noto")


def _noto_dir() -> Path | None:
    for candidate in (os.environ.get("APPEAL_TUI_TEST_NOTO_DIR"), "/usr/share/fonts/truetype/noto"):
        if candidate and any(Path(candidate).glob("NotoSerif-Regular.*")):
            return Path(candidate)
    return None


def _font_env(setup: str, tmp_path: Path) -> dict[str, str]:
    """The environment for Chromium with the font setup `setup` (see the module docstring)."""
    env = dict(os.environ)
    if setup == "default":
        return env
    if setup == "dejavu":
        if not DEJAVU.is_dir():
            pytest.skip("DejaVu fonts are not installed")
        dirs = [DEJAVU]
    else:
        noto = _noto_dir()
        if noto is None:
            pytest.skip("no Noto fonts: install fonts-noto-core or set APPEAL_TUI_TEST_NOTO_DIR")
        dirs = [SYSTEM_FONTS, noto]
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        + "".join(f"  <dir>{d}</dir>\n" for d in dirs)
        + f"  <cachedir>{tmp_path / 'fc-cache'}</cachedir>\n"
        + (
            '  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n'
            if setup == "noto"
            else ""
        )
        + "</fontconfig>\n",
        encoding="utf-8",
    )
    env["FONTCONFIG_FILE"] = str(conf)
    return env


def _render_pdf(html_text: str, tmp_path: Path, setup: str = "default") -> Path:
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
        env=_font_env(setup, tmp_path),
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


@pytest.mark.parametrize("fonts", FONT_SETUPS)
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_three_letters_print_on_three_pages_with_the_address_in_the_window(
    paper: str, fonts: str, tmp_path: Path
) -> None:
    letters = _batch()
    html_text = letters_to_html(letters, paper=paper)  # type: ignore[arg-type]
    pdf = _render_pdf(html_text, tmp_path, fonts)
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


def _bundled_post_letters() -> list:
    """A post letter to every bundled recipient with an address, in each case's first language
    and in English, each address line marked ZZA<page>L<line> for finding it in the PDF."""
    import dataclasses
    import datetime as dt

    from appeal_tui.core.compose import compose_letters
    from appeal_tui.core.library import bundled_cases_dir, load_library
    from appeal_tui.core.model import Sender

    letters = []
    sender = Sender(name="Ana Writer", address=("12 Some Street",), city="10115 Berlin")
    for case in sorted(load_library([bundled_cases_dir()]).cases.values(), key=lambda c: c.id):
        keys = [r.key for r in case.recipients if r.address]
        for language in dict.fromkeys((case.languages[0], "en")):
            for letter in compose_letters(case, language, keys, sender, today=dt.date(2026, 3, 2)):
                n = len(letters) + 1
                block = tuple(f"ZZA{n}L{i} {line}" for i, line in enumerate(letter.recipient_block))
                letters.append(dataclasses.replace(letter, recipient_block=block))
    return letters


@pytest.mark.parametrize("fonts", FONT_SETUPS)
def test_every_bundled_address_prints_inside_the_window(fonts: str, tmp_path: Path) -> None:
    letters = _bundled_post_letters()
    pdf = _render_pdf(letters_to_html(letters), tmp_path, fonts)
    reader = pypdf.PdfReader(pdf)
    assert len(reader.pages) >= len(letters)
    found: dict[str, list[tuple[float, float]]] = {}
    for page in reader.pages:
        for marker, spots in _marker_positions(page).items():
            found.setdefault(marker, []).extend(spots)
    for n, letter in enumerate(letters, start=1):
        for i in range(len(letter.recipient_block)):
            marker = f"ZZA{n}L{i}"
            assert marker in found, (marker, letter.recipient_block)
            [(x, baseline)] = found[marker]
            assert WINDOW_LEFT <= x < WINDOW_RIGHT, (marker, x)
            assert ADDRESS_TOP + 2.0 <= baseline <= ADDRESS_BOTTOM - 1.0, (marker, baseline)
