"""A page that holds several appeals (session 29, round 29b): a group's "appeals of the
month", a mailing list's digest, a local group's mail-out with two or three actions, a parish
bulletin, a flyer for a letter-writing evening. The case is the first appeal; the others'
people and recipients are no part of it, and their blocks must not mix with its own.

What every appeal has by construction, whatever its language and layout: a story (someone
arrested, detained, threatened, sentenced: `phrases.RISK_WORDS`) and a "write to" line over
its recipients. A page holds a second appeal when, after the first appeal's "write to" line,
a section of the page (`packs.sections`: a heading of the page's own shape, a rule, a digest's
separator) opens a part that tells a story again, carries an action's number other than the
first one's, and has recipients' lines of its own. The page is then read up to that section's
first line.

Guards (one appeal in several sections is left whole): the later number must differ by its
digits (an update's "further information on UA 52/23" and its background's "see UA 52/23"
are one action); naming someone new was tried as a sign too and cut two studied documents
(an update's background, a letter's enclosure); a part that opens as an update
(`phrases.UPDATE`) or with a letter's salutation (a model letter) is no second appeal; a part
without recipients' lines of its own (an "other cases" box for information) is left to
`packs.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from appeal_tui.core.importer.packs import Section, sections, tells_of_risk

# A text with fewer lines than this holds one appeal at most.
_MIN_LINES = 12
# The sections after the first appeal's recipients read for a second appeal's story, at most
# (each is read up to the next recipients' line: a bound on the work on a long page).
_MAX_PARTS = 8
# A second appeal's number stands in its heading: the section's first lines, this many at
# most, each of a heading's length (packs.py's bounds on a heading).
_HEADING_LINES = 2
_HEADING_CHARS = 100
_HEADING_WORDS = 12


@cache
def _write_to_line() -> re.Pattern[str]:
    """A line that says whom to write to and ends with a colon, its recipient below ("Please
    write to the Minister of Justice, X, at:"): the phrases of `phrases.WRITE_TO` opening it,
    after a word or two ("Please", "Bitte")."""
    from appeal_tui.core.importer.phrases import WRITE_TO

    words = sorted({w for ws in WRITE_TO.values() for w in ws}, key=len, reverse=True)
    phrase = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"^[ \t]*(?:[^\W\d_]+[ \t]+){{0,2}}(?:{phrase})(?![^\W\d_])[^\n]{{0,160}}[:：][ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def write_lines(text: str, kinds: dict[int, str]) -> list[int]:
    """The 0-based lines that open an appeal's recipients: a "write to" or "copies" line
    (layout's kinds),
    a sentence that ends with the recipients' colon (`phrases.RECIPIENTS_START`), a heading
    over them (`phrases.RECIPIENTS_HEADING`) or a line that opens with a "write to" phrase
    and ends with a colon."""
    from appeal_tui.core.importer.phrases import RECIPIENTS_HEADING, RECIPIENTS_START

    found = {n - 1 for n, kind in kinds.items() if kind in ("write-to", "copies")}
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for pattern in (RECIPIENTS_START, RECIPIENTS_HEADING, _write_to_line()):
        found |= {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text)}
    return sorted(found)


def later_appeal(
    text: str,
    kinds: dict[int, str],
    *,
    headings: Sequence[str] = (),
    raw: str = "",
    file_kind: str = "text",
) -> int | None:
    """The 0-based line where a second appeal begins, or None when the page holds one.
    `kinds`: each line's kind by its 1-based number (layout.document_lines)."""
    lines = text.split("\n")
    if len(lines) < _MIN_LINES:
        return None
    writes = write_lines(text, kinds)
    if len(writes) < 2:
        return None
    found: list[Section] = sections(
        text, kinds, headings=headings, raw=raw, file_kind=file_kind, least=2
    )
    if len(found) < 2:
        return None
    first = writes[0]
    checked = 0
    for section in found:
        if section.start <= first:
            continue
        if checked >= _MAX_PARTS:
            return None
        later = [w for w in writes if w >= section.start]
        if not later:
            return None
        part = "\n".join(lines[section.start : later[0]])
        before = "\n".join(lines[: section.start])
        if not tells_of_risk(part) or not tells_of_risk(before):
            continue
        if _opens_otherwise(lines, section, kinds):
            continue
        checked += 1
        if _numbered_otherwise(lines, section, before):
            return section.start
    return None


def _numbered_otherwise(lines: list[str], section: Section, before: str) -> bool:
    """Whether the section opens with an action's number ("UA 112/26", "Eilaktion Nr. 7/2030":
    `fields.find_reference`, its kind words from `DOCUMENT_KIND_WORDS`) other than the one the
    page gave before it (compared by its digits: "Further information on UA 52/23" and an
    "(see UA 52/23)" in its background are one action).

    The number must stand in the section's heading, its first one or two lines, each of a
    heading's length (mend29a): a first appeal's background that mentions an earlier action
    ("... when Amnesty International issued UA 45/24 on his detention", "see UA 12/23") is no
    second appeal. Nor is a section that opens with the first appeal's background heading
    (`phrases.HARD_END`: "Additional information", "Hintergrund", "Información adicional",
    "Link to previous UA") or its copies' heading."""
    from appeal_tui.core.importer.fields import find_reference
    from appeal_tui.core.importer.phrases import COPIES, COPY_HEADING, HARD_END

    opening = [lines[i].strip() for i in range(section.start, section.end) if lines[i].strip()]
    opening = opening[:_HEADING_LINES]
    if not opening:
        return False
    head = opening[0]
    if HARD_END.search(head) or COPIES.match(head) or COPY_HEADING.fullmatch(head):
        return False
    heading: list[str] = []
    for line in opening:
        if len(line) > _HEADING_CHARS or len(line.split()) > _HEADING_WORDS:
            break
        heading.append(line)
    if not heading:
        return False
    own = find_reference("\n".join(heading))
    first = find_reference(before)
    if own.reference is None or first.reference is None:
        return False
    known = {_digits(v) for v in (first.reference, first.updates) if v}
    return not ({_digits(v) for v in (own.reference, own.updates) if v} & known)


def _digits(reference: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+", reference))


def _opens_otherwise(lines: list[str], section: Section, kinds: dict[int, str]) -> bool:
    """A part that opens as an update of the same action ("Further information on ...") or
    as a letter (a salutation in its first lines): no second appeal."""
    from appeal_tui.core.importer.phrases import UPDATE

    opening = [i for i in range(section.start, section.end) if lines[i].strip()][:3]
    return any(UPDATE.search(lines[i]) for i in opening) or any(
        kinds.get(i + 1) == "salutation" for i in opening
    )
