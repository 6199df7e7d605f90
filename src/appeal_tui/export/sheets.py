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
from collections.abc import Callable, Sequence
from html import escape

from babel.dates import format_date

from appeal_tui.core.languages import language_name
from appeal_tui.core.model import Case, Recipient, direction_of

# Given a recipient and a language code: the salutation to show, and whether it is a
# translation the app made (True) or the text as the case gives it (False). None: no salutation.
SalutationFor = Callable[[Recipient, str], tuple[str, bool] | None]

# Our own words: what makes a handwritten appeal letter work.
GENERAL_TIPS = (
    "Write by hand if you can: a handwritten letter stands out on an official's desk.",
    "Be courteous from the first line to the last, whatever the case makes you feel.",
    "Name the person and ask plainly for what the case asks for.",
    "Say who you are and why you care: a student, a nurse, a grandparent.",
    "Keep to this case and to the facts; one page is enough.",
    "Sign with your name and, if you like, your town and country.",
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
.given { font-style: italic; }
.ask { break-inside: avoid; }
.tally { break-inside: avoid; margin-top: 2mm; border: 1.5px solid #000; padding: 1.5mm 2mm; }
.boxes { display: grid; grid-template-columns: repeat(30, 1fr); gap: 0.8mm; margin: 1mm 0; }
.boxes span { border: 1px solid #000; height: 5mm; }
"""

_CSP = "default-src 'none'; style-src 'unsafe-inline'"


def case_sheets_html(
    cases: Sequence[Case],
    *,
    today: dt.date | None = None,
    salutation_for: SalutationFor | None = None,
) -> bytes:
    """One printable page per case, in one HTML document (UTF-8 bytes).

    `today` decides which deadlines have passed (default: the current date). `salutation_for`
    gives each recipient's salutation per language (default: `phrasebook_salutation`;
    `given_salutation` shows them as the case gives them).
    """
    day = today or dt.date.today()
    salute = salutation_for or phrasebook_salutation
    title = "Case sheets" if len(cases) != 1 else f"Case sheet: {cases[0].title}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en" dir="ltr">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        *(_sheet(case, day, salute) for case in cases),
        "</body>",
        "</html>",
    ]
    return ("\n".join(parts) + "\n").encode("utf-8")


def phrasebook_salutation(recipient: Recipient, language: str) -> tuple[str, bool] | None:
    """The salutation a letter in `language` uses, as the phrasebook translates it.

    A salutation the case gives for `language` is used as written; one the phrasebooks do not
    know is shown as written (False: not translated); a recipient with none gets the
    phrasebook's general form.
    """
    from appeal_tui.core.compose import salutation_for
    from appeal_tui.core.phrasebook import phrasebook, recognise_salutation

    if language in recipient.salutations:
        return recipient.salutations[language], False
    text = recipient.salutation or next(iter(recipient.salutations.values()), None)
    if text and recognise_salutation(text) is None:
        return text, False
    if phrasebook(language) is None:
        return (text, False) if text else None
    # The letters' own lookup: the recipient's kind and gender choose the form.
    return salutation_for(recipient, language)[0], True


def given_salutation(recipient: Recipient, language: str) -> tuple[str, bool] | None:
    """The salutation the case gives for `language`, else its one salutation as written."""
    if language in recipient.salutations:
        return recipient.salutations[language], False
    if recipient.salutation:
        return recipient.salutation, False
    return None


def _lang_attrs(language: str) -> str:
    return f'lang="{escape(language)}" dir="{direction_of(language)}"'


def _language_label(code: str) -> str:
    try:
        return language_name(code)
    except Exception:  # a code Babel cannot name is still shown
        return code


def _date(day: dt.date) -> str:
    return format_date(day, "long", locale="en")


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
    texts = [case.summary, case.tips or "", *GENERAL_TIPS]
    texts += [ask for asks in case.asks.values() for ask in asks]
    for r in case.recipients:
        texts += [r.name, r.title or "", r.organisation or "", *r.address, r.country or ""]
        texts += [r.note or "", *r.email]
        texts += [r.salutation or "" for _ in case.languages]
    blocks = len(texts) + 4 * len(case.asks) + 12
    return sum(len(t) for t in texts) + 45 * blocks


def _zoom(case: Case) -> float:
    """How much to shrink a sheet so that it fits one A4 page (1.0: not at all).

    Text area grows with the square of the zoom, hence the square root; below 0.7 the print
    would be too small to read at a table, so a very long case spills onto a second page.
    """
    ratio = SHEET_CAPACITY / max(1, sheet_weight(case))
    return round(max(0.7, min(1.0, float(ratio**0.5))), 2)


def _sheet(case: Case, today: dt.date, salute: SalutationFor) -> str:
    zoom = _zoom(case)
    style = f' style="zoom: {zoom}"' if zoom < 1 else ""
    parts = [f'<section class="sheet" id="case-{escape(case.id)}"{style}>']
    parts.append(f'<h1 dir="auto">{escape(case.title)}</h1>')
    meta = [escape(case.country)]
    if case.reference:
        meta.append(escape(case.reference))
    if case.issued:
        meta.append(f"issued {_date(case.issued)}")
    parts.append(f'<p class="meta">{" · ".join(meta)}</p>')
    parts.append(_deadline(case, today))

    parts.append('<div class="cols"><div>')
    parts.append("<h2>Who this is about</h2>")
    for person in case.people:
        names = escape(person.label)
        if person.also_known_as:
            aka = ", ".join(f'<bdi dir="auto">{escape(a)}</bdi>' for a in person.also_known_as)
            names += f" <span class='meta'>(also written {aka})</span>"
        parts.append(f"<h3>{names}</h3>")
    parts.append(_markdown(case.summary))
    parts.append("</div><div>")
    parts.append("<h2>Tips for a handwritten letter</h2>")
    if case.tips:
        parts.append("<h3>For this case</h3>")
        parts.append(_markdown(case.tips))
    parts.append("<h3>For any appeal</h3><ul>")
    parts.extend(f"<li>{escape(tip)}</li>" for tip in GENERAL_TIPS)
    parts.append("</ul></div></div>")

    parts.append(_asks(case))
    parts.append(_recipients(case, salute))
    parts.append(_tally_box())
    parts.append("</section>")
    return "\n".join(parts)


def _deadline(case: Case, today: dt.date) -> str:
    notes: list[str] = []
    if case.status == "closed":
        notes.append('<span class="closed">This case is closed: no new letters, please.</span>')
    if case.deadline is None:
        notes.append("No closing date was given: send letters as soon as you can.")
    elif case.deadline < today:
        notes.append(
            f'<span class="deadline passed">Send before {_date(case.deadline)}</span> '
            '<span class="passed-note">This date has passed: check with the organisers '
            "whether letters are still useful.</span>"
        )
    else:
        notes.append(f'<span class="deadline">Send before {_date(case.deadline)}</span>')
    return f"<p>{' '.join(notes)}</p>"


def _asks(case: Case) -> str:
    parts = ["<h2>What to ask for</h2>", '<div class="asks">']
    ordered = [lang for lang in case.languages if lang in case.asks]
    ordered += [lang for lang in case.asks if lang not in ordered]
    for language in ordered:
        attrs = _lang_attrs(language)
        parts.append(f'<div class="ask" {attrs}>')
        parts.append(f'<h3 lang="en" dir="ltr">{escape(_language_label(language))}</h3><ol>')
        parts.extend(f"<li>{escape(ask)}</li>" for ask in case.asks[language])
        parts.append("</ol></div>")
    parts.append("</div>")
    missing = [lang for lang in case.languages if lang not in case.asks]
    if missing:
        names = ", ".join(escape(_language_label(lang)) for lang in missing)
        parts.append(
            f"<p class='meta'>Letters may also be written in {names}: use the asks above "
            "and put them in your own words.</p>"
        )
    return "\n".join(parts)


def _recipients(case: Case, salute: SalutationFor) -> str:
    parts = ["<h2>Where to send letters</h2>", '<div class="recipients">']
    for r in sorted(case.recipients, key=lambda r: not r.is_primary):
        role = "Write to" if r.is_primary else "Copy to"
        parts.append('<div class="recipient">')
        parts.append(f"<strong>{role}:</strong> <bdi dir='auto'>{escape(r.name)}</bdi>")
        lines = [x for x in (r.title, r.organisation, *r.address, r.country) if x]
        if lines:
            parts.append(f'<div class="address" dir="auto">{escape(chr(10).join(lines))}</div>')
        else:
            parts.append("<div class='meta'>No postal address: see the app for other ways.</div>")
        if r.email:
            parts.append(f"<div class='meta'>Email: {escape(', '.join(r.email))}</div>")
        parts.append(_salutations(r, case, salute))
        if r.note:
            parts.append(f"<div class='meta' dir='auto'>{escape(r.note)}</div>")
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)


def _salutations(recipient: Recipient, case: Case, salute: SalutationFor) -> str:
    items: list[str] = []
    for language in case.languages:
        found = salute(recipient, language)
        if found is None:
            continue
        text, translated = found
        label = escape(_language_label(language))
        if translated or language in recipient.salutations:
            items.append(f"{label}: <bdi {_lang_attrs(language)}>{escape(text)}</bdi>")
        else:
            # Kept as the case wrote it, in whatever language that was.
            items.append(f'{label}: <bdi dir="auto" class="given">{escape(text)}</bdi> (as given)')
    if not items:
        return ""
    return '<div class="salutations"><strong>Salutation</strong> – ' + "; ".join(items) + "</div>"


def _tally_box() -> str:
    boxes = "<span></span>" * TALLY_BOXES
    return (
        '<div class="tally"><strong>Letters written at this table</strong> '
        "(tick one box for each letter):"
        f'<div class="boxes">{boxes}</div>'
        "Total: ________ &nbsp; Event: ______________________ &nbsp; Date: ____________</div>"
    )
