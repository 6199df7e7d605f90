"""A contact corrected in a later message: the later value replaces the earlier one.

An appeal passed on in a chat, a thread or a page's comments is written a message at a time,
and a message after the recipients often mends one of their contacts ("Sorry, typo: the fax
is +00 12 345 68, not ...67", "поправка: правильно x@example.org", "CORRECTION: the office
now uses y@example.org"). Read as it is, the block keeps the value first given and the
correction is a stray line.

What every such correction has, whatever its language: it comes in a paragraph AFTER the
value it mends, it says it corrects (`phrases.CORRECTION_CUES`), and it gives a value of the
same kind that is near the earlier one and not written before it:

- an e-mail address at the same domain, or one or two letters apart from the earlier one;
- a number (a fax, a phone, a postcode: five digits or more) of as many digits, one or two
  of them different.

When exactly one earlier value is so near, each of its writings before the correction is
replaced by the new value. Anything else is left as it is.
"""

from __future__ import annotations

import re
from functools import cache

from appeal_tui.core.importer.contact_fields import EMAIL
from appeal_tui.core.importer.phrases import CORRECTION_CUES

# A number as printed: digits with spaces, dots, dashes or brackets between them (bounded).
_NUMBER = re.compile(r"(?<![\w+])\+?\(?\d[\d \-./()]{3,28}\d(?!\w)")
_MIN_DIGITS = 5


@cache
def _cue() -> re.Pattern[str]:
    words = sorted({w for ws in CORRECTION_CUES.values() for w in ws}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def _near_letters(a: str, b: str) -> bool:
    """At most two letters apart (a letter added, dropped, changed or two swapped)."""
    if a == b or abs(len(a) - len(b)) > 2:
        return a == b
    # A bounded edit distance on short strings (addresses are short).
    if len(a) > 120 or len(b) > 120:
        return False
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1] <= 2


def _near(kind: str, old: str, new: str) -> bool:
    if kind == "email":
        o, n = old.casefold(), new.casefold()
        if o == n:
            return False
        return o.rpartition("@")[2] == n.rpartition("@")[2] or _near_letters(o, n)
    o, n = _digits(old), _digits(new)
    if o == n or len(o) != len(n) or len(o) < _MIN_DIGITS:
        return False
    return sum(a != b for a, b in zip(o, n, strict=True)) <= 2


def _values(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, value) of every e-mail address and long number in `text`."""
    found = [("email", m.start(), m.end(), m.group(0).rstrip(".")) for m in EMAIL.finditer(text)]
    taken = [(s, e) for _, s, e, _ in found]
    for m in _NUMBER.finditer(text):
        if len(_digits(m.group(0))) < _MIN_DIGITS:
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        found.append(("number", m.start(), m.end(), m.group(0).strip(" -./(")))
    return found


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def corrected(text: str) -> str:
    """`text` with each contact that a later message corrects replaced by the correction (the
    module's doc); any other text as it is."""
    if not _cue().search(text):
        return text
    values = _values(text)
    if not values:
        return text
    replace: dict[str, str] = {}
    for start, end in _paragraphs(text):
        paragraph = text[start:end]
        if not _cue().search(paragraph):
            continue
        before = text[:start]
        for kind, s, _e, new in values:
            if not start <= s < end:
                continue
            if kind == "email" and new.casefold() in before.casefold():
                continue
            if kind == "number" and any(
                k == "number" and p < start and _digits(v) == _digits(new) for k, p, _, v in values
            ):
                continue
            olds = {v for k, p, _, v in values if k == kind and p < start and _near(kind, v, new)}
            if len(olds) == 1:
                replace.setdefault(olds.pop(), new)
    if not replace:
        return text
    out = text
    for old, new in replace.items():
        # Only the writings before the correction: the correction's own message stays.
        where = _last_start(out, old, new)
        out = out[:where].replace(old, new) + out[where:]
    return out


def _last_start(text: str, old: str, new: str) -> int:
    """Where the paragraph that first gives `new` starts (the correction's message)."""
    at = text.find(new)
    if at < 0:
        return 0
    cut = text.rfind("\n\n", 0, at)
    return 0 if cut < 0 else cut


# "x@example.org | @handle", "x@example.org · @handle · @other": contacts run on one line.
_RUN_SEPARATOR = re.compile(r"[ \t]+[|·•][ \t]+")
_HANDLE_PART = re.compile(r"@\w{1,30}")


def contact_runs(text: str) -> str:
    """Each line made only of contacts (e-mail addresses and handles, two or more) parted by
    "|", "·" or "•", as a post or a profile prints them, becomes a line per contact: a block
    reads a contact a line. A run that goes on from the line above (which ends with its
    separator) is a strip of a page's foot, not a recipient's: it stays."""
    lines = text.split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        above = lines[i - 1].rstrip() if i else ""
        if len(line) > 300 or above.endswith(("|", "·", "•")):
            out.append(line)
            continue
        stripped = line.strip()
        if not _RUN_SEPARATOR.search(line):
            out.append(line)
            continue
        parts = [part.strip() for part in _RUN_SEPARATOR.split(stripped)]
        if len(parts) >= 2 and all(
            EMAIL.fullmatch(part.rstrip(".")) or _HANDLE_PART.fullmatch(part) for part in parts
        ):
            out.extend(parts)
        else:
            out.append(line)
    return "\n".join(out)
