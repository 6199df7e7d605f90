"""Print-ready HTML: one letter per page, the address placed for a left window envelope.

The layout follows DIN 5008 form B, measured from the paper's top left corner:

- address field 20 mm from the left, 45 mm from the top, 85 × 45 mm; its top 17.7 mm hold the
  return address in small print, the remaining 27.3 mm the recipient's address;
- information block (sender, date) 125 mm from the left, 50 mm from the top;
- body text from 98.46 mm down, 25 mm from the left, 20 mm from the right.

On US Letter the address is placed for a #10 window envelope (4⅛ × 9½ in, window 1⅛ × 4½ in,
⅞ in from the left and ½ in from the bottom, so 2½-3⅝ in below the envelope's top). A sheet
folded in thirds (3⅔ in) sits anywhere from the envelope's top to 11/24 in lower. The
recipient's address goes 2½-3¼ in (63.5-82.55 mm) from the paper's top, which the window shows
while the sheet sits up to ⅜ in low; asking for all 11/24 in would leave 17 mm, too little for
a five-line address at a readable size. The return address takes the ½ in above. Left edges
are as on A4 (the text at 25 mm stays inside the window wherever the sheet sits sideways).
Fold marks (`fold_marks`) are at the thirds of the page (DIN 5008: 105 and 210 mm on A4) with
a punch mark at half height.
In right-to-left letters the text inside each block runs right to left, but the blocks stay where
the envelope's window is: on the physical left.

Placeholder paragraphs (text the writer should put in their own words) keep their mark
("[Reword in your own words]", as in the text export) on screen and on paper, so such a letter is
never posted by mistake; on screen they are highlighted as well. The letter's notes for the writer
are shown on screen only.

Nothing here refers to anything outside the document: no web fonts, images or scripts, and a
Content-Security-Policy that forbids fetching, so a printed letter reveals nothing to anyone.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from appeal_tui.core.compose import PLACEHOLDER_MARK
from appeal_tui.core.i18n import N_, _, is_rtl, ui_language
from appeal_tui.core.model import Letter, Paper
from appeal_tui.export.page import html_page_frame
from appeal_tui.export.text import without_controls

# Paper sizes in mm, and the CSS name of each for `@page size`.
PAPER_SIZES: dict[str, tuple[float, float, str]] = {
    "a4": (210.0, 297.0, "A4"),
    "letter": (215.9, 279.4, "letter"),
}

# DIN 5008 form B, in mm from the paper's top left corner.
PAGE_MARGIN_TOP = 20.0
PAGE_MARGIN_SIDE = 20.0
PAGE_MARGIN_BOTTOM = 20.0
ADDRESS_FIELD_LEFT = 20.0
ADDRESS_FIELD_TOP = 45.0
ADDRESS_FIELD_WIDTH = 85.0
ADDRESS_FIELD_HEIGHT = 45.0
RETURN_ZONE_HEIGHT = 17.7
# Text inside the address field starts 5 mm in, level with the body's left edge at 25 mm.
ADDRESS_TEXT_INSET = 5.0
INFO_BLOCK_LEFT = 125.0
INFO_BLOCK_TOP = 50.0
BODY_TOP = 98.46
BODY_LEFT = 25.0


@dataclass(frozen=True)
class WindowLayout:
    """Where the address field sits on a paper size (mm from the top), and where to fold."""

    address_top: float
    address_height: float
    return_zone_height: float
    fold_marks: tuple[float, ...]
    punch_mark: float

    @property
    def recipient_zone(self) -> float:
        return self.address_height - self.return_zone_height


LAYOUTS: dict[str, WindowLayout] = {
    # DIN 5008 form B, for a DL (or C5/6) window envelope.
    "a4": WindowLayout(
        ADDRESS_FIELD_TOP, ADDRESS_FIELD_HEIGHT, RETURN_ZONE_HEIGHT, (105.0, 210.0), 148.5
    ),
    # A #10 window envelope: the recipient's address 63.5-82.55 mm from the top.
    "letter": WindowLayout(50.8, 31.75, 12.7, (93.13, 186.27), 139.7),
}
# Browsers print nothing in the page margins, where DIN 5008 puts fold marks (5 mm from the
# edge): the marks start at the margin instead, left of the text (which starts at 25 mm).
FOLD_MARK_LEFT = PAGE_MARGIN_SIDE
FOLD_MARK_LENGTH = 3.5

# The recipient's address must fit the 27.3 mm below the return zone. Type sizes (pt) we may use,
# largest first, each with a line spacing from comfortable (1.28) to tight (1.12, still easy to
# read in a short block); at 8 pt, last, 1.05: the US Letter window (#10 envelope, 19 mm below
# the return zone) holds six 8 pt rows only so. Below 8 pt type is hard to read for the post, so
# an address that does not fit at 8 pt is reported (`address_fits`), never shrunk further.
_MM_TO_PT = 72 / 25.4
_WINDOW_MARGIN = 0.6  # mm kept free at the bottom of the recipient zone
MIN_ADDRESS_FONT_PT = 8.0
_ADDRESS_SIZES = [
    (round(points * spacing / _MM_TO_PT, 2), points)
    for points in (10.0, 9.5, 9.0, 8.5, MIN_ADDRESS_FONT_PT)
    for spacing in (1.28, 1.2, 1.12)
] + [(round(MIN_ADDRESS_FONT_PT * 1.05 / _MM_TO_PT, 2), MIN_ADDRESS_FONT_PT)]

# The letter's Latin text: first a group of metric-compatible faces (Liberation Serif, Tinos and
# Times New Roman share Times's advance widths, so a line breaks the same on Linux, Windows and
# macOS), then wider fallbacks. The address is fitted with the widest of them (see
# `_ADVANCES`), so whichever face a machine has, the lines fit the window.
_LATIN_FONTS = (
    '"Liberation Serif", "Tinos", "Times New Roman", "Times", "Noto Serif", "DejaVu Serif"'
)
# Arabic-script faces are declared for Arabic-script characters only (unicode-range), so the
# digits and Latin words of a Persian or Arabic letter (a street address, a name) are set in
# the Latin faces instead of an Arabic face's own digits: the same on every machine.
_ARABIC_RANGES = "U+0600-06FF, U+0750-077F, U+08A0-08FF, U+FB50-FDFF, U+FE70-FEFF"
# local() matches a face's full or PostScript name, which differ between systems: both given.
_ARABIC_LOCAL_FACES = (
    "Vazirmatn",
    "Vazirmatn Regular",
    "Vazirmatn-Regular",
    "Noto Naskh Arabic",
    "Noto Naskh Arabic Regular",
    "NotoNaskhArabic-Regular",
    "Noto Sans Arabic",
    "Noto Sans Arabic Regular",
    "NotoSansArabic-Regular",
    "DejaVu Sans",
    "DejaVuSans",
    "Tahoma",
    "Arial",
    "ArialMT",
)
_ARABIC_SCRIPT_FONTS = '"Appeal Arabic Script"'
_BASE_FONTS = (
    f"{_LATIN_FONTS}, "
    '"Noto Naskh Arabic", "Noto Sans Arabic", "Vazirmatn", "Noto Serif Hebrew", '
    '"Noto Sans Hebrew", "Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Sans Devanagari", '
    '"Noto Sans", "DejaVu Sans", serif'
)
# Advance widths (in em) of printable ASCII, the widest of DejaVu Serif, DejaVu Sans, Noto Serif
# and Noto Sans (measured from the fonts' hmtx tables with fontTools); Times-metric faces are
# narrower still. Other characters: an accented letter counts as its base letter, Arabic script
# as its measured widest average (0.77 em), anything else as a wide letter (1.0 em).
_ADVANCES = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
        "abcdefghijklmnopqrstuvwxyz{|}~",
        (
            0.318, 0.402, 0.46, 0.838, 0.636, 0.95, 0.89, 0.275, 0.39, 0.39, 0.551, 0.838, 0.318,
            0.361, 0.318, 0.372, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636, 0.636,
            0.636, 0.337, 0.337, 0.838, 0.838, 0.838, 0.536, 1.0, 0.722, 0.735, 0.765, 0.802,
            0.73, 0.694, 0.799, 0.872, 0.395, 0.401, 0.747, 0.664, 1.024, 0.875, 0.82, 0.673,
            0.82, 0.753, 0.685, 0.667, 0.843, 0.722, 1.047, 0.712, 0.66, 0.695, 0.39, 0.372,
            0.39, 0.838, 0.5, 0.5, 0.613, 0.64, 0.56, 0.64, 0.615, 0.37, 0.64, 0.644, 0.32,
            0.31, 0.606, 0.32, 0.974, 0.645, 0.612, 0.64, 0.64, 0.478, 0.521, 0.402, 0.644,
            0.592, 0.862, 0.592, 0.592, 0.527, 0.636, 0.559, 0.636, 0.838,
        ),
        strict=True,
    )
)  # fmt: skip
_ARABIC_ADVANCE = 0.77
_OTHER_ADVANCE = 1.0
# Renderers that hint fonts fully round each advance to whole pixels (measured: 4.5% wider
# lines with DejaVu Serif at 8 pt in Chromium); rows are counted with this much to spare.
_HINTING_ALLOWANCE = 1.06
_HEBREW_FONTS = '"Noto Serif Hebrew", "Noto Sans Hebrew", "David", "DejaVu Sans", "Arial"'
_CJK_FONTS = {
    "zh": '"Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "SimSun"',
    "ja": '"Noto Serif CJK JP", "Noto Sans CJK JP", "Source Han Serif JP", "MS Mincho"',
    "ko": '"Noto Serif CJK KR", "Noto Sans CJK KR", "Source Han Serif KR", "Batang"',
}


def _esc(text: str) -> str:
    # Control characters are dropped too: no ESC sequence reaches a terminal that shows the file.
    return html.escape(without_controls(text), quote=True)


def _lines(lines: Sequence[str]) -> str:
    """Lines of a block, each escaped and isolated in <bdi>, joined by <br>.

    <bdi> takes each line's direction from its own first letter: a Latin street address in a
    Persian letter keeps "12 Example Street" in order instead of being laid out right to left.
    """
    out: list[str] = []
    for line in lines:
        out.extend(f"<bdi>{_esc(part)}</bdi>" for part in line.split("\n"))
    return "<br>\n".join(out)


def _advance(ch: str) -> float:
    """The width of `ch` in em, by the measured table (see `_ADVANCES`)."""
    found = _ADVANCES.get(ch)
    if found is not None:
        return found
    base = unicodedata.normalize("NFD", ch)[:1]
    if base in _ADVANCES:
        return _ADVANCES[base]
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Cf"):
        return 0.0
    if "\u0600" <= ch <= "\u08ff" or "\ufb50" <= ch <= "\ufeff":
        return _ARABIC_ADVANCE
    return _OTHER_ADVANCE


def _wrapped_rows(text: str, width_em: float) -> int:
    """How many rows `text` takes when wrapped greedily at spaces in rows `width_em` wide."""
    space = _ADVANCES[" "]
    rows, used = 1, 0.0
    for word in text.split():
        length = sum(_advance(ch) for ch in word)
        if used and used + space + length > width_em:
            rows, used = rows + 1, 0.0
        # A word longer than a row is broken anywhere (overflow-wrap: anywhere).
        while length > width_em:
            rows, length = rows + 1, length - width_em
        used = used + (space if used else 0.0) + length
    return rows


def _address_metrics(
    lines: Sequence[str], zone: float = ADDRESS_FIELD_HEIGHT - RETURN_ZONE_HEIGHT
) -> tuple[float, float, bool]:
    """The line height (mm) and font size (pt) at which `lines` fit the recipient zone (of
    the paper's window), and whether they fit at all (at the smallest size, 8 pt, they may
    not)."""
    # The last line's descenders, and a printer's feed, need a little room above the edge.
    zone = zone - _WINDOW_MARGIN
    width = ADDRESS_FIELD_WIDTH - 2 * ADDRESS_TEXT_INSET
    parts = [part for line in lines for part in line.split("\n")] or [""]
    rows_at: dict[float, int] = {}
    for line_height, points in _ADDRESS_SIZES:
        if points not in rows_at:
            font_mm = points / _MM_TO_PT
            rows_at[points] = sum(
                _wrapped_rows(part, width / font_mm / _HINTING_ALLOWANCE) for part in parts
            )
        # A hundredth of a millimetre of slack for floating point.
        if rows_at[points] * line_height <= zone + 0.01:
            return line_height, points, True
    line_height, points = _ADDRESS_SIZES[-1]
    return line_height, points, False


def address_fits(letter: Letter, paper: str = "a4") -> bool:
    """True when the letter's address fits the envelope window of `paper` at 8 pt or larger."""
    return _address_metrics(letter.recipient_block, LAYOUTS[paper].recipient_zone)[2]


def address_too_long_message(letter: Letter) -> str:
    """What to tell the writer about an address that does not fit the window."""
    first = next((line for line in letter.recipient_block if line.strip()), "")
    return _(
        "The address of {name} is too long for the envelope window even at {size:g} pt: "
        "shorten it (leave out the title or the organisation), or write the envelope by hand."
    ).format(name=first, size=MIN_ADDRESS_FONT_PT)


def _stylesheet(paper: str) -> str:
    width, height, css_size = PAPER_SIZES[paper]
    window = LAYOUTS[paper]
    head_height = BODY_TOP - PAGE_MARGIN_TOP
    info_width = width - PAGE_MARGIN_SIDE - INFO_BLOCK_LEFT
    # One rule: its src list is tried in order, the first face the machine has is used.
    sources = ", ".join(f'local("{face}")' for face in _ARABIC_LOCAL_FACES)
    arabic_faces = (
        f'@font-face {{ font-family: "Appeal Arabic Script"; src: {sources}; '
        f"unicode-range: {_ARABIC_RANGES}; }}"
    )
    cjk = "\n".join(
        f"[lang|={lang}] {{ font-family: {fonts}, {_BASE_FONTS}; }}"
        for lang, fonts in _CJK_FONTS.items()
    )
    return f"""
{arabic_faces}
@page {{ size: {css_size}; margin: {PAGE_MARGIN_TOP}mm {PAGE_MARGIN_SIDE}mm \
{PAGE_MARGIN_BOTTOM}mm {PAGE_MARGIN_SIDE}mm; }}
html {{ font-family: {_BASE_FONTS}; font-size: 11pt; line-height: 1.4; color: #000; }}
[lang|=fa], [lang|=ar], [lang|=ur], [lang|=ps], [lang|=ckb], [lang|=sd], [lang|=ug] {{
  font-family: {_ARABIC_SCRIPT_FONTS}, {_BASE_FONTS}; }}
[lang|=he], [lang|=yi] {{ font-family: {_HEBREW_FONTS}, {_BASE_FONTS}; }}
{cjk}
body {{ margin: 0; background: #d9d9d9; }}
.letter {{ box-sizing: border-box; width: {width}mm; min-height: {height}mm;
  padding: {PAGE_MARGIN_TOP}mm {PAGE_MARGIN_SIDE}mm {PAGE_MARGIN_BOTTOM}mm {PAGE_MARGIN_SIDE}mm;
  margin: 8mm auto; background: #fff; box-shadow: 0 0 3mm rgba(0, 0, 0, 0.35); }}
.letter-head {{ position: relative; height: {head_height:.2f}mm; }}
.address-field {{ position: absolute; left: {ADDRESS_FIELD_LEFT - PAGE_MARGIN_SIDE}mm;
  top: {window.address_top - PAGE_MARGIN_TOP:.1f}mm; width: {ADDRESS_FIELD_WIDTH}mm;
  height: {window.address_height}mm; box-sizing: border-box;
  padding: 0 {ADDRESS_TEXT_INSET}mm; }}
.return-address {{ height: {window.return_zone_height}mm; display: flex; align-items: flex-end; }}
.return-address span {{ font-size: 7pt; line-height: 1.2; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; max-width: 100%; border-bottom: 0.2mm solid #000; }}
.recipient {{ overflow-wrap: anywhere; }}
.info-block {{ position: absolute; left: {INFO_BLOCK_LEFT - PAGE_MARGIN_SIDE}mm;
  top: {INFO_BLOCK_TOP - PAGE_MARGIN_TOP}mm; width: {info_width:.1f}mm; font-size: 10pt;
  overflow-wrap: anywhere; }}
.info-block .date {{ margin-top: 4mm; }}
.letter-body {{ padding-left: {BODY_LEFT - PAGE_MARGIN_SIDE}mm; }}
.letter-body p {{ margin: 0 0 0.9em; white-space: pre-line; }}
.subject {{ font-weight: bold; margin-bottom: 1.4em !important; }}
.signature {{ margin-top: 0.4em; }}
.copies {{ margin-top: 1.5em; font-size: 10pt; }}
.copies ul {{ margin: 0.3em 0 0; padding-inline-start: 1.2em; }}
.placeholder {{ background: #fff3bf; outline: 0.4mm dashed #b08900; outline-offset: 1mm; }}
.placeholder-mark {{ font-style: italic; }}
.screen-only {{ font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt;
  max-width: 170mm; margin: 6mm auto; padding: 3mm 5mm; background: #fff; border-left: 2mm solid
  #b08900; }}
.screen-only ul {{ margin: 1mm 0 0; }}
@media print {{
  body {{ background: none; }}
  .screen-only {{ display: none; }}
  .letter {{ width: auto; min-height: 0; padding: 0; margin: 0; box-shadow: none; }}
  .letter:not(:first-of-type) {{ break-before: page; }}
  .placeholder {{ background: none; outline: none; }}
}}
"""


def signed_by_hand(letter: Letter) -> bool:
    """True for a letter with no writer's name: it gets lines to sign and write on by hand."""
    return not any(line.strip() for line in letter.signature)


def _fold_marks(paper: str) -> str:
    window = LAYOUTS[paper]
    marks = [
        f'<span class="fold-mark" style="top: {top - PAGE_MARGIN_TOP:.2f}mm"></span>'
        for top in window.fold_marks
    ]
    marks.append(
        f'<span class="fold-mark punch-mark" '
        f'style="top: {window.punch_mark - PAGE_MARGIN_TOP:.2f}mm"></span>'
    )
    return "".join(marks)


# Added to the stylesheet only when a letter has fold marks or lines to write on, so the
# letters that have neither print exactly as before.
_EXTRA_STYLE = f"""
.fold-mark {{ position: absolute; left: {FOLD_MARK_LEFT - PAGE_MARGIN_SIDE}mm; top: 0;
  width: {FOLD_MARK_LENGTH}mm; height: 0; border-top: 0.25mm solid #000; }}
.fold-mark.punch-mark {{ width: {FOLD_MARK_LENGTH / 2}mm; }}
.sign-by-hand {{ margin-top: 1.2em; width: 80mm; }}
.write-line {{ height: 9mm; border-bottom: 0.25mm solid #000; }}
"""


def _letter_html(letter: Letter, paper: str = "a4", fold_marks: bool = False) -> str:
    lang = _esc(letter.language)
    direction = "rtl" if letter.direction == "rtl" else "ltr"
    line_height, font_pt, fits = _address_metrics(
        letter.recipient_block, LAYOUTS[paper].recipient_zone
    )
    # The return address is for the post office: postal lines only, no email address.
    postal = (line.strip() for line in letter.sender_block if "@" not in line)
    return_line = " · ".join(part for part in postal if part)
    out: list[str] = []
    notes_list = [*letter.notes, *([] if fits else [address_too_long_message(letter)])]
    if notes_list:
        notes = "".join(f"<li>{_esc(note)}</li>" for note in notes_list)
        out.append(
            f'<aside class="screen-only writer-notes" lang="{lang}" dir="{direction}">'
            f"<ul>{notes}</ul></aside>"
        )
    out.append(f'<article class="letter" lang="{lang}" dir="{direction}">')
    out.append('<header class="letter-head">')
    if fold_marks:
        out.append(_fold_marks(paper))
    out.append('<div class="address-field">')
    out.append(
        f'<div class="return-address"><span dir="auto">{_esc(return_line)}</span></div>'
        if return_line
        else '<div class="return-address"></div>'
    )
    out.append(
        f'<div class="recipient" style="font-size: {font_pt}pt; line-height: {line_height}mm">'
        f"{_lines(letter.recipient_block)}</div>"
    )
    out.append("</div>")
    out.append('<div class="info-block">')
    if letter.sender_block:
        out.append(f'<div class="sender">{_lines(letter.sender_block)}</div>')
    if letter.date_text:
        out.append(f'<div class="date"><bdi>{_esc(letter.date_text)}</bdi></div>')
    out.append("</div>")
    out.append("</header>")
    out.append('<div class="letter-body">')
    if letter.subject:
        out.append(f'<p class="subject">{_esc(letter.subject)}</p>')
    if letter.salutation:
        out.append(f'<p class="salutation">{_esc(letter.salutation)}</p>')
    for paragraph in letter.paragraphs:
        kind = _esc(paragraph.kind)
        mark = ""
        if paragraph.kind == "placeholder":
            mark = f'<span class="placeholder-mark">{_esc(PLACEHOLDER_MARK.strip())}</span> '
        out.append(f'<p class="paragraph {kind}">{mark}{_esc(paragraph.text)}</p>')
    if letter.closing:
        out.append(f'<p class="closing">{_esc(letter.closing)}</p>')
    if letter.signature and signed_by_hand(letter):
        # To sign by hand: lines for the signature, the name in capitals and the address.
        out.append('<div class="sign-by-hand">' + '<div class="write-line"></div>' * 4 + "</div>")
    elif letter.signature:
        out.append(f'<div class="signature">{_lines(letter.signature)}</div>')
    if letter.copies:
        heading = f'<p class="copy-heading">{_esc(letter.copy_heading)}</p>'
        items = "".join(f"<li><bdi>{_esc(copy)}</bdi></li>" for copy in letter.copies)
        out.append(f'<div class="copies">{heading if letter.copy_heading else ""}<ul>{items}</ul>')
        out.append("</div>")
    out.append("</div>")
    out.append("</article>")
    return "\n".join(out)


# The note on screen (never printed) says how to print, in the interface language; its HTML
# tags are part of the message.
_SCREEN_HELP = N_(
    "<strong>Ready to print.</strong> Print with your browser (Ctrl+P or ⌘P): each letter "
    "prints on its own page. Choose the paper size {paper}, margins “Default”, and turn "
    "<em>headers and footers</em> off. Fold in thirds and the address shows through a left "
    "window envelope. Highlighted paragraphs are text to put in your own words: change "
    "them in appeal-tui before you print."
)


def _screen_help(paper_label: str) -> str:
    direction = "rtl" if is_rtl() else "ltr"
    return (
        f'<div class="screen-only print-help" lang="{ui_language()}" dir="{direction}">'
        f"{_(_SCREEN_HELP).format(paper=paper_label)}</div>"
    )


def letters_to_html(
    letters: Sequence[Letter], *, paper: Paper = "a4", fold_marks: bool | None = None
) -> str:
    """A complete standalone HTML document that prints each letter on its own page.

    `paper` is "a4" or "letter" (US Letter). Every piece of case text is HTML-escaped; each letter
    carries its own `lang` and `dir`. Raises ValueError for no letters or an unknown paper size.
    `fold_marks`: True on every letter, False on none, None (default) on the letters to sign
    by hand, which also get lines for the signature, name and address.
    """
    document = PrintDocument(paper=paper, fold_marks=fold_marks)
    pages = "".join(document.page(letter) for letter in letters)
    return document.head() + pages + PrintDocument.TAIL


class PrintDocument:
    """`letters_to_html` for letters that come one at a time (a batch of 100,000): `page` gives
    each letter's part of the body as it comes; `head`, asked for once every page is made, and
    `TAIL` go before and after them. The pieces joined are `letters_to_html`'s document."""

    TAIL = html_page_frame(title="", style="")[1]

    def __init__(self, *, paper: Paper = "a4", fold_marks: bool | None = None) -> None:
        if paper not in PAPER_SIZES:
            raise ValueError(f"unknown paper size {paper!r}: use 'a4' or 'letter'")
        self.paper: Paper = paper
        self.fold_marks = fold_marks
        self._first: Letter | None = None
        self._case_ids: dict[str, None] = {}
        self._extra = False

    def page(self, letter: Letter) -> str:
        """`letter`'s page of the document (with the line break that separates it from the
        page before)."""
        by_hand = signed_by_hand(letter)
        mark = by_hand if self.fold_marks is None else self.fold_marks
        self._extra = self._extra or mark or by_hand
        self._case_ids[letter.case_id] = None
        first = self._first is None
        if first:
            self._first = letter
        return ("" if first else "\n") + _letter_html(letter, self.paper, mark)

    def head(self) -> str:
        """Everything before the first page. Raises ValueError when no page was made."""
        first = self._first
        if first is None:
            raise ValueError(_("no letters to print"))
        title = _("Letters: {cases}").format(cases=", ".join(self._case_ids))
        paper_label = "A4" if self.paper == "a4" else "US Letter"
        extra = _EXTRA_STYLE if self._extra else ""
        head, _tail = html_page_frame(
            title=title,
            style=_stylesheet(self.paper) + extra,
            lang=first.language,
            direction=first.direction,
        )
        return head + f"{_screen_help(paper_label)}\n"
