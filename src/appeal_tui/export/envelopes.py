"""Envelopes and address labels, as one HTML file to print from the browser.

Envelopes (landscape, one per page, `@page` set to the envelope's size):

| size | mm        | recipient's address block (from the top left corner)          |
| ---- | --------- | ------------------------------------------------------------- |
| DL   | 220 × 110 | 100 mm from the left, 45 mm from the top, 105 × 50 mm          |
| C5   | 229 × 162 | 110 mm from the left, 75 mm from the top, 104 × 60 mm          |
| C6   | 162 × 114 | 62 mm from the left, 50 mm from the top, 85 × 49 mm            |

This follows the usual postal guidance for envelopes without a window (Deutsche Post's
address zone, for one): the address sits in the lower right part, at least 15 mm from the
right and bottom edges and at least 40 mm below the top edge, which is kept clear for stamps
and postmarks (the top right corner) and the return address (the top left corner). The
sender's return address is printed small in the top left corner, 10 mm from both edges; a
"PAR AVION / BY AIR MAIL" mark sits under it when the letter goes abroad (see `needs_airmail`).

Label sheets (A4, address labels without a frame, the recipient's address only):

- `labels-3x8`: 3 columns × 8 rows of 70 × 37 mm labels, no gaps (24 a sheet);
- `labels-2x7`: 2 columns × 7 rows of 99.1 × 38.1 mm labels, 15.15 mm from the top and
  4.65 mm from the sides, 2.5 mm between the columns (14 a sheet).

Every piece of text is escaped; the document fetches nothing (the same Content-Security-Policy
as the letters), so a printed envelope reveals nothing to anyone.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.model import Recipient, Sender
from appeal_tui.export.page import html_page
from appeal_tui.export.text import without_controls

Airmail = Literal["auto", "always", "never"]
AIRMAIL_CHOICES: tuple[str, ...] = ("auto", "always", "never")
AIRMAIL_MARK = "PAR AVION / BY AIR MAIL"


@dataclass(frozen=True)
class Envelope:
    """One piece of mail: who it goes to and who it comes from (postal lines only)."""

    recipient: tuple[str, ...]
    sender: tuple[str, ...] = ()
    recipient_country: str | None = None
    sender_country: str | None = None
    # The language of the letter inside ("" when unknown). Each line takes its direction from
    # its own first letter, so a Persian address is laid out right to left.
    language: str = ""


@dataclass(frozen=True)
class EnvelopeSize:
    """An envelope, landscape, with the box the recipient's address goes in (all in mm)."""

    name: str
    width: float
    height: float
    address_left: float
    address_top: float
    address_width: float
    address_height: float


@dataclass(frozen=True)
class LabelSheet:
    """An A4 sheet of address labels (all in mm)."""

    name: str
    columns: int
    rows: int
    label_width: float
    label_height: float
    top: float
    left: float
    column_gap: float = 0.0
    row_gap: float = 0.0
    # Text starts this far inside a label: printers shift a sheet by a millimetre or two.
    padding: float = 5.0

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


RETURN_LEFT = 10.0
RETURN_TOP = 10.0
RETURN_WIDTH = 80.0
A4_WIDTH, A4_HEIGHT = 210.0, 297.0

ENVELOPES: dict[str, EnvelopeSize] = {
    e.name: e
    for e in (
        EnvelopeSize("dl", 220.0, 110.0, 100.0, 45.0, 105.0, 50.0),
        EnvelopeSize("c5", 229.0, 162.0, 110.0, 75.0, 104.0, 60.0),
        EnvelopeSize("c6", 162.0, 114.0, 62.0, 50.0, 85.0, 49.0),
    )
}
LABEL_SHEETS: dict[str, LabelSheet] = {
    s.name: s
    for s in (
        LabelSheet("labels-3x8", 3, 8, 70.0, 37.0, top=0.5, left=0.0),
        LabelSheet("labels-2x7", 2, 7, 99.1, 38.1, top=15.15, left=4.65, column_gap=2.5),
    )
}
LAYOUTS: tuple[str, ...] = (*ENVELOPES, *LABEL_SHEETS)

# Address type: line height and font size largest first, shrunk until the lines fit the box.
_LINE_HEIGHTS = [x / 10 for x in range(55, 29, -1)]
_FONT_PER_LINE_HEIGHT = 0.78
_AVERAGE_CHAR_WIDTH = 0.6
_MM_TO_PT = 72 / 25.4
_FONTS = (
    '"Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, "Vazirmatn", "Noto Naskh Arabic", '
    '"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC", sans-serif'
)


def _esc(text: str) -> str:
    return html.escape(without_controls(text), quote=True)


def _fold(text: str | None) -> str:
    return " ".join((text or "").casefold().split()).strip(" .,")


def same_country(a: str, b: str) -> bool:
    """True when `a` and `b` name the same country ("Iran" and "Islamic Republic of Iran",
    "Deutschland" and "Germany"); names no table knows are compared as written."""
    from appeal_tui.core.importer.countries import country_in

    if _fold(a) == _fold(b):
        return True
    code_a, code_b = country_in(a), country_in(b)
    return code_a is not None and code_a == code_b


def needs_airmail(envelope: Envelope, policy: Airmail = "auto") -> bool:
    """Whether the envelope gets the "PAR AVION / BY AIR MAIL" mark.

    `auto`: when the recipient's country differs from the sender's, and also when either is
    unknown: appeals mostly go abroad, a needless mark costs nothing on a letter at home, and
    a missing one can send a letter abroad by surface mail.
    """
    if policy == "always":
        return True
    if policy == "never":
        return False
    if not envelope.recipient_country or not envelope.sender_country:
        return True
    return not same_country(envelope.recipient_country, envelope.sender_country)


def envelope_for(recipient: Recipient, sender: Sender, *, language: str = "") -> Envelope:
    """The envelope of a letter from `sender` to `recipient`.

    The recipient's lines are those the letter's address field shows; the return address is
    the sender's postal lines (name, address, city, country; never the email address). The
    recipient's country is the case's `country`, or the country the last address line names.
    """
    from appeal_tui.core.compose import recipient_block
    from appeal_tui.core.importer.countries import country_in

    country = recipient.country
    if not country and recipient.address and country_in(recipient.address[-1]):
        country = recipient.address[-1]
    postal = [sender.name, *sender.address, sender.city or "", sender.country or ""]
    return Envelope(
        recipient=recipient_block(recipient),
        sender=tuple(line.strip() for line in postal if line and line.strip()),
        recipient_country=country,
        sender_country=sender.country,
        language=language,
    )


def _wrapped_rows(text: str, per_line: int) -> int:
    rows, used = 1, 0
    for word in text.split():
        length = len(word)
        if used and used + 1 + length > per_line:
            rows, used = rows + 1, 0
        while length > per_line:
            rows, length = rows + 1, length - per_line
        used = used + (1 if used else 0) + length
    return rows


def _fit(lines: Sequence[str], width: float, height: float) -> tuple[float, float]:
    """The line height (mm) and font size (pt) at which `lines` fit a `width` × `height` box."""
    chosen = _LINE_HEIGHTS[-1]
    for line_height in _LINE_HEIGHTS:
        font_mm = line_height * _FONT_PER_LINE_HEIGHT
        per_line = max(1, math.floor(width / (font_mm * _AVERAGE_CHAR_WIDTH)))
        rows = sum(_wrapped_rows(line, per_line) for line in lines) if lines else 1
        if rows * line_height <= height:
            chosen = line_height
            break
    return chosen, round(chosen * _FONT_PER_LINE_HEIGHT * _MM_TO_PT, 2)


def _address(envelope: Envelope, width: float, height: float, css_class: str) -> str:
    lines = [part for line in envelope.recipient for part in line.split("\n") if part.strip()]
    line_height, font_pt = _fit(lines, width, height)
    inner = "<br>\n".join(f"<bdi>{_esc(line)}</bdi>" for line in lines)
    lang = f' lang="{_esc(envelope.language)}"' if envelope.language else ""
    return (
        f'<div class="{css_class}"{lang} dir="auto" '
        f'style="font-size: {font_pt}pt; line-height: {line_height}mm">{inner}</div>'
    )


def _envelope_html(envelope: Envelope, size: EnvelopeSize, airmail: Airmail) -> str:
    out = ['<section class="envelope">', '<div class="sender-corner">']
    sender = [part for line in envelope.sender for part in line.split("\n") if part.strip()]
    if sender:
        inner = "<br>\n".join(f"<bdi>{_esc(line)}</bdi>" for line in sender)
        out.append(f'<div class="return-address" dir="auto">{inner}</div>')
    if needs_airmail(envelope, airmail):
        out.append(f'<div class="airmail">{_esc(AIRMAIL_MARK)}</div>')
    out.append("</div>")
    out.append(_address(envelope, size.address_width, size.address_height, "recipient"))
    out.append("</section>")
    return "\n".join(out)


def _envelope_style(size: EnvelopeSize) -> str:
    return f"""
@page {{ size: {size.width}mm {size.height}mm; margin: 0; }}
html {{ font-family: {_FONTS}; color: #000; }}
body {{ margin: 0; background: #d9d9d9; }}
.envelope {{ position: relative; box-sizing: border-box; width: {size.width}mm;
  height: {size.height}mm; margin: 8mm auto; background: #fff; overflow: hidden;
  box-shadow: 0 0 3mm rgba(0, 0, 0, 0.35); }}
.sender-corner {{ position: absolute; left: {RETURN_LEFT}mm; top: {RETURN_TOP}mm;
  width: {min(RETURN_WIDTH, size.address_left - RETURN_LEFT - 5):g}mm; }}
.return-address {{ font-size: 8pt; line-height: 1.25; overflow-wrap: anywhere; }}
.airmail {{ display: inline-block; margin-top: 4mm; font-size: 8pt; font-weight: bold;
  letter-spacing: 0.03em; padding: 0.8mm 1.5mm; border: 0.4mm solid #000; }}
.recipient {{ position: absolute; left: {size.address_left}mm; top: {size.address_top}mm;
  width: {size.address_width}mm; max-height: {size.address_height}mm;
  overflow-wrap: anywhere; }}
{_SCREEN_CSS}
@media print {{
  body {{ background: none; }}
  .screen-only {{ display: none; }}
  .envelope {{ margin: 0; box-shadow: none; break-after: page; }}
  .envelope:last-of-type {{ break-after: auto; }}
}}
"""


def _label_style(sheet: LabelSheet) -> str:
    text_width = sheet.label_width - 2 * sheet.padding
    return f"""
@page {{ size: A4; margin: 0; }}
html {{ font-family: {_FONTS}; color: #000; }}
body {{ margin: 0; background: #d9d9d9; }}
.sheet {{ position: relative; box-sizing: border-box; width: {A4_WIDTH}mm; height: {A4_HEIGHT}mm;
  margin: 8mm auto; background: #fff; overflow: hidden;
  box-shadow: 0 0 3mm rgba(0, 0, 0, 0.35); }}
.label {{ position: absolute; box-sizing: border-box; width: {sheet.label_width}mm;
  height: {sheet.label_height}mm; padding: {sheet.padding}mm; overflow: hidden;
  outline: 0.2mm dashed #bbb; }}
.label .recipient {{ width: {text_width:.2f}mm; overflow-wrap: anywhere; }}
{_SCREEN_CSS}
@media print {{
  body {{ background: none; }}
  .screen-only {{ display: none; }}
  .sheet {{ margin: 0; box-shadow: none; break-after: page; }}
  .sheet:last-of-type {{ break-after: auto; }}
  .label {{ outline: none; }}
}}
"""


_SCREEN_CSS = """.screen-only { font-size: 10pt; max-width: 170mm; margin: 6mm auto;
  padding: 3mm 5mm; background: #fff; border-left: 2mm solid #b08900; }"""


def _labels_html(envelopes: Sequence[Envelope], sheet: LabelSheet) -> str:
    out: list[str] = []
    width = sheet.label_width - 2 * sheet.padding
    height = sheet.label_height - 2 * sheet.padding
    for start in range(0, len(envelopes), sheet.per_sheet):
        out.append('<section class="sheet">')
        for index, envelope in enumerate(envelopes[start : start + sheet.per_sheet]):
            row, column = divmod(index, sheet.columns)
            left = sheet.left + column * (sheet.label_width + sheet.column_gap)
            top = sheet.top + row * (sheet.label_height + sheet.row_gap)
            out.append(f'<div class="label" style="left: {left:.2f}mm; top: {top:.2f}mm">')
            out.append(_address(envelope, width, height, "recipient"))
            out.append("</div>")
        out.append("</section>")
    return "\n".join(out)


# How to print, on screen only, in the interface language (the HTML tags are part of it).
_HELP = {
    "envelope": N_(
        "<strong>Ready to print.</strong> Print with your browser (Ctrl+P or ⌘P) on {label} "
        "envelopes: choose the paper size {size}, landscape if asked, margins “None”, and turn "
        "<em>headers and footers</em> off. Print one page first to see which way your printer "
        "takes envelopes."
    ),
    "labels": N_(
        "<strong>Ready to print.</strong> Print with your browser (Ctrl+P or ⌘P) on A4 label "
        "sheets of {label} labels: choose the paper size A4, margins “None”, scale 100% and "
        "turn <em>headers and footers</em> off. Print one sheet on plain paper first and hold "
        "it against a label sheet."
    ),
}


def envelopes_to_html(
    envelopes: Sequence[Envelope], *, layout: str = "dl", airmail: Airmail = "auto"
) -> str:
    """A standalone HTML document: one envelope a page, or A4 sheets of address labels.

    `layout` is one of LAYOUTS ("dl", "c5", "c6", "labels-3x8", "labels-2x7"). Raises
    ValueError for no envelopes, an unknown layout or an unknown airmail policy.
    """
    if not envelopes:
        raise ValueError(_("no envelopes to print"))
    if airmail not in AIRMAIL_CHOICES:
        raise ValueError(f"unknown airmail choice {airmail!r}: use auto, always or never")
    if layout in ENVELOPES:
        size = ENVELOPES[layout]
        style = _envelope_style(size)
        body = "\n".join(_envelope_html(e, size, airmail) for e in envelopes)
        help_text = _(_HELP["envelope"]).format(
            label=layout.upper(), size=f"{layout.upper()} ({size.width:g} × {size.height:g} mm)"
        )
        n = len(envelopes)
        title = ngettext("{n} {size} envelope", "{n} {size} envelopes", n).format(
            n=n, size=layout.upper()
        )
    elif layout in LABEL_SHEETS:
        sheet = LABEL_SHEETS[layout]
        style = _label_style(sheet)
        body = _labels_html(envelopes, sheet)
        label = (
            f"{sheet.columns} × {sheet.rows} ({sheet.label_width:g} × {sheet.label_height:g} mm)"
        )
        help_text = _(_HELP["labels"]).format(label=label)
        n = len(envelopes)
        title = ngettext("{n} address label", "{n} address labels", n).format(n=n)
    else:
        raise ValueError(f"unknown layout {layout!r}: choose one of {', '.join(LAYOUTS)}")
    return html_page(
        title=title,
        style=style,
        body=f'<div class="screen-only print-help">{help_text}</div>\n{body}',
    )
