"""Case sheets: one printed page per case for a table at a letter-writing event.

Each sheet says who the person is, what to ask for in each of the case's languages, where to
send letters and how to address each recipient, the deadline, tips for a handwritten letter and
a box to tally the letters written at the table. The HTML is self-contained: no scripts, fonts or
images from elsewhere, and a Content-Security-Policy that forbids fetching anything. Every piece
of case text is escaped; right-to-left text carries `dir` and `lang` so it prints correctly.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from html import escape

from appeal_tui.core.asks import letter_form
from appeal_tui.core.dates import format_letter_date
from appeal_tui.core.guidance import is_example_case
from appeal_tui.core.i18n import N_, _, is_rtl, ui_language
from appeal_tui.core.languages import language_name
from appeal_tui.core.model import Case, Recipient, direction_of
from appeal_tui.core.phrasebook import phrasebook
from appeal_tui.export.page import html_page

# Our own words: what makes a handwritten appeal letter work. The sheet's own words (these,
# headings, notes) are in the interface language; the case's text and asks are as written.
GENERAL_TIPS = (
    N_("Write by hand if you can: a handwritten letter stands out on an official's desk."),
    N_("Be courteous from the first line to the last, whatever the case makes you feel."),
    N_("Name the person and ask plainly for what the case asks for."),
    N_("Say who you are and why you care: a student, a nurse, a grandparent."),
    N_("Keep to this case and to the facts; one page is enough."),
    N_("Sign with your name and, if you like, your town and country."),
)
TALLY_BOXES = 60  # two rows of 30
# The `sheet_weight` that fills one A4 page at full size (measured in Chromium).
SHEET_CAPACITY = 5400

_STYLE = """
@page { size: A4; margin: 10mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 8.5pt/1.28 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial,
  "Vazirmatn", "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif;
  color: #000; }
.sheet { break-after: page; page-break-after: always; }
.sheet:last-child { break-after: auto; page-break-after: auto; }
@media screen { .sheet { max-width: 190mm; margin: 1em auto 3em; padding-bottom: 2em;
  border-bottom: 2px dashed #999; } }
h1 { font-size: 14pt; margin: 0 0 0.5mm; }
h2 { font-size: 10pt; margin: 2mm 0 1mm; border-bottom: 1px solid #000; }
h3 { font-size: 8.5pt; margin: 1mm 0 0.3mm; }
p, ul, ol { margin: 0 0 1mm; }
ul, ol { padding-inline-start: 4mm; }
.meta { font-size: 8pt; }
.deadline { font-weight: bold; }
.passed { text-decoration: line-through; }
.passed-note, .closed { font-weight: bold; border: 1px solid #000; padding: 0 1mm; }
.cols { display: flex; gap: 5mm; }
.cols > div { flex: 1; }
.asks { display: grid; grid-template-columns: 1fr 1fr; gap: 0 5mm; }
.recipients { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 1.5mm 4mm; }
.recipient { break-inside: avoid; font-size: 8pt; }
.address { white-space: pre-line; }
.salutations { margin: 0.3mm 0 0; }
.salutations ul { margin: 0; padding-inline-start: 3mm; }
.given { font-style: italic; }
.ask { break-inside: avoid; }
.tally { break-inside: avoid; margin-top: 2mm; border: 1.5px solid #000; padding: 1.5mm 2mm; }
.boxes { display: grid; grid-template-columns: repeat(30, 1fr); gap: 0.8mm; margin: 1mm 0; }
.boxes span { border: 1px solid #000; height: 5mm; }
"""


def case_sheets_html(
    cases: Sequence[Case],
    *,
    today: dt.date | None = None,
) -> bytes:
    """One printable page per case, in one HTML document (UTF-8 bytes).

    `today` decides which deadlines have passed (default: the current date). Each recipient's
    salutation is the one their letter opens with (`phrasebook_salutation`).
    """
    day = today or dt.date.today()
    title = (
        _("Case sheets")
        if len(cases) != 1
        else _("Case sheet: {title}").format(title=cases[0].title)
    )
    body = "\n".join(_sheet(case, day) for case in cases)
    page = html_page(title=title, style=_STYLE, body=body, lang=_ui_lang())
    return page.encode("utf-8")


def _ui_lang() -> str:
    """The language of the sheet's own words (the interface's)."""
    return ui_language()


def _ui_direction() -> str:
    """The direction of the sheet's own words. The page itself stays left to right: most of
    it is the case's text (names, addresses, asks in Latin script), which a right-to-left
    page would align and punctuate wrongly."""
    return "rtl" if is_rtl() else "ltr"


def phrasebook_salutation(recipient: Recipient, language: str) -> tuple[str, bool]:
    """The salutation a letter in `language` opens with: the same lookup as the letters
    (`core.compose.salutation_for`), so a sheet never shows another salutation than
    the letter. False: kept as written, no phrasebook knows it."""
    from appeal_tui.core.compose import salutation_for

    found = salutation_for(recipient, language)
    return found.line, found.known


def _lang_attrs(language: str) -> str:
    return f'lang="{escape(language)}" dir="{direction_of(language)}"'


def _language_label(code: str) -> str:
    """The name of language `code` in the interface language ("Persian", "persa")."""
    try:
        return language_name(code, ui_language())
    except Exception:  # a code Babel cannot name is still shown
        return code


def _date(day: dt.date) -> str:
    """A date as the letters write it, in the interface language ("21 March 2026")."""
    return format_letter_date(day, ui_language())


def _markdown(text: str, language: str = "en") -> str:
    """The little Markdown case texts use: paragraphs, `-` lists, **bold** and *italic*."""
    blocks: list[str] = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = block.splitlines()
        if lines and all(re.match(r"\s*[-*] ", line) or line.startswith("  ") for line in lines):
            items: list[str] = []
            for line in lines:
                if re.match(r"\s*[-*] ", line):
                    items.append(re.sub(r"^\s*[-*] ", "", line))
                elif items:
                    items[-1] += " " + line.strip()
            blocks.append("<ul>" + "".join(f"<li>{_inline(i)}</li>" for i in items) + "</ul>")
        else:
            blocks.append(f"<p>{_inline(' '.join(line.strip() for line in lines))}</p>")
    return "\n".join(blocks)


def _inline(text: str) -> str:
    out = escape(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    return re.sub(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])", r"<em>\1</em>", out)


def sheet_weight(case: Case) -> int:
    """A rough measure of how much a sheet holds: characters, plus a line's worth per block
    (a short line still takes a whole line)."""
    texts = [case.summary, case.tips or "", *(_(tip) for tip in GENERAL_TIPS)]
    texts += [ask for asks in case.asks.values() for ask in asks]
    for r in case.recipients:
        texts += [r.name, r.title or "", r.organisation or "", *r.address, r.country or ""]
        texts += [r.note or "", *r.email, *r.fax, *r.phone, r.web or "", r.twitter or ""]
        texts += [r.salutation or "" for _language in case.languages]
    blocks = len(texts) + 4 * len(case.asks) + 12
    return sum(len(t) for t in texts) + 45 * blocks


def _zoom(case: Case) -> float:
    """How much to shrink a sheet so that it fits one A4 page (1.0: not at all).

    Text area grows with the square of the zoom, hence the square root; below 0.7 the print
    would be too small to read at a table, so a very long case spills onto a second page.
    """
    ratio = SHEET_CAPACITY / max(1, sheet_weight(case))
    return round(max(0.7, min(1.0, float(ratio**0.5))), 2)


def _sheet(case: Case, today: dt.date) -> str:
    zoom = _zoom(case)
    style = f' style="zoom: {zoom}"' if zoom < 1 else ""
    parts = [f'<section class="sheet" id="case-{escape(case.id)}"{style}>']
    parts.append(f'<h1 dir="auto">{escape(case.title)}</h1>')
    meta = [escape(case.country)]
    if case.reference:
        meta.append(escape(case.reference))
    if case.issued:
        meta.append(escape(_("issued {date}").format(date=_date(case.issued))))
    parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    parts.append(_deadline(case, today))

    parts.append('<div class="cols"><div>')
    parts.append("<h2>" + escape(_("Who this is about")) + "</h2>")
    for person in case.people:
        names = escape(person.label)
        if person.also_known_as:
            aka = ", ".join(f'<bdi dir="auto">{escape(a)}</bdi>' for a in person.also_known_as)
            # TRANSLATORS: {names} are other spellings of a person's name (HTML, escaped).
            also = escape(_("(also written {names})"))
            names += f" <span class='meta'>{also.format(names=aka)}</span>"
        parts.append(f"<h3>{names}</h3>")
    parts.append(_markdown(case.summary))
    parts.append("</div><div>")
    parts.append("<h2>" + escape(_("Tips for a handwritten letter")) + "</h2>")
    if case.tips:
        parts.append("<h3>" + escape(_("For this case")) + "</h3>")
        parts.append(_markdown(case.tips))
    parts.append("<h3>" + escape(_("For any appeal")) + "</h3><ul>")
    parts.extend(f"<li>{escape(_(tip))}</li>" for tip in GENERAL_TIPS)
    parts.append("</ul></div></div>")

    parts.append(_asks(case))
    parts.append(_recipients(case))
    parts.append(_tally_box())
    parts.append("</section>")
    return "\n".join(parts)


def _deadline(case: Case, today: dt.date) -> str:
    notes: list[str] = []
    if case.status == "closed":
        closed = escape(_("This case is closed: no new letters, please."))
        notes.append(f'<span class="closed">{closed}</span>')
    if is_example_case(case):
        example = escape(
            _(
                "An example case for practice: the people, officials and addresses are "
                "invented. Do not send these letters."
            )
        )
        notes.append(f'<span class="closed">{example}</span>')
    if case.deadline is None:
        notes.append(escape(_("No closing date was given: send letters as soon as you can.")))
    else:
        before = escape(_("Send before {date}").format(date=_date(case.deadline)))
        if case.deadline < today:
            passed = escape(
                _(
                    "This date has passed: check with the organisers whether letters are "
                    "still useful."
                )
            )
            notes.append(
                f'<span class="deadline passed">{before}</span> '
                f'<span class="passed-note">{passed}</span>'
            )
        else:
            notes.append(f'<span class="deadline">{before}</span>')
    return f"<p>{' '.join(notes)}</p>"


def _asks(case: Case) -> str:
    parts = ["<h2>" + escape(_("What to ask for")) + "</h2>", '<div class="asks">']
    ordered = [lang for lang in case.languages if lang in case.asks]
    ordered += [lang for lang in case.asks if lang not in ordered]
    for language in ordered:
        attrs = _lang_attrs(language)
        parts.append(f'<div class="ask" {attrs}>')
        ui = f'lang="{_ui_lang()}" dir="{_ui_direction()}"'
        parts.append(f"<h3 {ui}>{escape(_language_label(language))}</h3><ol>")
        book = phrasebook(language)
        for ask in case.asks[language]:
            # As the letters carry it: a sentence the writer can sign, with the language's
            # typography (French apostrophes and spaces), as in the letters.
            form = letter_form(ask, language)
            text = book.typeset(form.text) if book is not None else form.text
            own = escape(_("(put into your own words)"))
            reword = f" <em lang='{_ui_lang()}' dir='{_ui_direction()}'>{own}</em>"
            parts.append(f"<li>{escape(text)}{reword if form.needs_rewording else ''}</li>")
        parts.append("</ol></div>")
    parts.append("</div>")
    missing = [lang for lang in case.languages if lang not in case.asks]
    if missing:
        names = ", ".join(escape(_language_label(lang)) for lang in missing)
        also = escape(
            _(
                "Letters may also be written in {languages}: use the asks above and put them "
                "in your own words."
            )
        )
        parts.append(f"<p class='meta'>{also.format(languages=names)}</p>")
    return "\n".join(parts)


def _recipients(case: Case) -> str:
    parts = ["<h2>" + escape(_("Where to send letters")) + "</h2>", '<div class="recipients">']
    for r in sorted(case.recipients, key=lambda r: not r.is_primary):
        role = escape(_("Write to:") if r.is_primary else _("Copy to:"))
        parts.append('<div class="recipient">')
        parts.append(f"<strong>{role}</strong> <bdi dir='auto'>{escape(r.name)}</bdi>")
        # (An office the case also gives as the name is named once.)
        office = [x for x in (r.title, r.organisation) if x and x.casefold() != r.name.casefold()]
        if office:
            parts.append(f'<div class="address" dir="auto">{escape(chr(10).join(office))}</div>')
        lines = [x for x in (*r.address, r.country) if x]
        if r.address:
            parts.append(f'<div class="address" dir="auto">{escape(chr(10).join(lines))}</div>')
        else:
            how = _("write by the ways below.") if _contacts(r) else _("see the note below.")
            parts.append(
                "<div class='meta'><strong>" + escape(_("No postal address:")) + "</strong> "
                f"{escape(how)}</div>"
            )
        parts.extend(_contacts(r))
        parts.append(_salutations(r, case))
        if r.note:
            parts.append(f"<div class='meta' dir='auto'>{escape(r.note)}</div>")
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)


def _contacts(r: Recipient) -> list[str]:
    """Fax, email, phone, web form and social handle, one line each."""
    rows = [
        (N_("Fax:"), ", ".join(r.fax)),
        (N_("Email:"), ", ".join(r.email)),
        (N_("Phone:"), ", ".join(r.phone)),
        (N_("Web form:"), r.web or ""),
        (N_("Social media:"), r.twitter or ""),
    ]
    return [
        f"<div class='meta contact'>{escape(_(label))} <bdi dir='ltr'>{escape(value)}</bdi></div>"
        for label, value in rows
        if value
    ]


def _salutations(recipient: Recipient, case: Case) -> str:
    items: list[str] = []
    for language in case.languages:
        text, translated = phrasebook_salutation(recipient, language)
        if not text:
            continue
        label = escape(_language_label(language))
        # As the letter writes it; a greeting on its own line (Persian) follows a slash.
        shown = escape(" / ".join(part.strip() for part in text.split("\n") if part.strip()))
        if translated or language in recipient.salutations:
            items.append(f"<li>{label}: <bdi {_lang_attrs(language)}>{shown}</bdi></li>")
        else:
            # Kept as the case wrote it, in whatever language that was.
            given = escape(_("(as given)"))
            items.append(f'<li>{label}: <bdi dir="auto" class="given">{shown}</bdi> {given}</li>')
    if not items:
        return ""
    heading = escape(_("Salutation"))
    return (
        f'<div class="salutations"><strong>{heading}</strong><ul>' + "".join(items) + "</ul></div>"
    )


def _tally_box() -> str:
    boxes = "<span></span>" * TALLY_BOXES
    heading = escape(_("Letters written at this table"))
    tick = escape(_("(tick one box for each letter):"))
    total, event, date = (escape(_(word)) for word in (N_("Total:"), N_("Event:"), N_("Date:")))
    return (
        f'<div class="tally"><strong>{heading}</strong> {tick}'
        f'<div class="boxes">{boxes}</div>'
        f"{total} ________ &nbsp; {event} ______________________ &nbsp; {date} ____________</div>"
    )
