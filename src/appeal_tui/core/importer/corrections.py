"""A contact corrected in a later message: the later value replaces the earlier one.

An appeal passed on in a chat, a thread or a page's comments is written a message at a time,
and a message after the recipients often mends one of their contacts ("Sorry, typo: the fax
is +00 12 345 68, not ...67", "поправка: правильно x@example.org", "CORRECTION: the office
now uses y@example.org"). Read as it is, the block keeps the value first given and the
correction is a stray line.

Only a run of messages is read so: a text whose messages the chat step found (`messages`),
or one whose paragraphs open (or close) with the same header line, its digits aside, three
times or more (a thread's "Name @handle · Jun 12", a page's "Like · Reply · 5 Sept"). A
document written at once (an urgent action, a letter) is never rewritten: its later
paragraphs give other people's contacts, not corrections.

What every such correction has, whatever its language: it comes in a message AFTER the
value it mends, it says it corrects (`phrases.CORRECTION_CUES`, whole words), and it gives
a value of the same kind that is near the earlier one and not written before it:

- an e-mail address one or two letters apart from the earlier one, or at the same domain
  when one's local part holds the other's or the message writes the earlier local part;
- a fax or a phone number (labelled so on the earlier value's line and in the message) of
  as many digits, one or two of them different. A number without such a label (a postcode,
  a count, a year) is never mended.

The message must be short (a contact block of another recipient is no correction). When
exactly one earlier value is so near, each of its writings before the correction is
replaced by the new value. Anything else is left as it is. The work is bounded: earlier
values are looked up by domain or by digit count, and only the first few cue messages count.
"""

from __future__ import annotations

import re
from functools import cache

from appeal_tui.core.importer.contact_fields import EMAIL
from appeal_tui.core.importer.phrases import CORRECTION_CUES, FIELD_LABELS

# A number as printed: digits with spaces, dots, dashes or brackets between them (bounded).
_NUMBER = re.compile(r"(?<![\w+])\+?\(?\d[\d \-./()]{3,28}\d(?!\w)")
_MIN_DIGITS = 5
# A message that corrects is short: a few lines (a block of another recipient is longer).
_MAX_MESSAGE_LINES = 4
# Bounds on the work on a long text (values and cue messages looked at).
_MAX_VALUES = 2000
_MAX_CUE_MESSAGES = 40
_MAX_CANDIDATES = 200
_MAX_MESSAGE_VALUES = 6


@cache
def _cue() -> re.Pattern[str]:
    words = sorted({w for ws in CORRECTION_CUES.values() for w in ws}, key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


@cache
def _number_label() -> re.Pattern[str]:
    """The labels of a fax ("Fax", "Faxnummer": opening a word) and of a phone, as groups."""
    parts = []
    for kind in ("fax", "phone"):
        words = {w.rstrip(".") for w in FIELD_LABELS[kind] if len(w.rstrip(".")) >= 3}
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        parts.append(f"(?P<{kind}>{alternation})")
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")", re.IGNORECASE)


def _number_kind(before: str) -> str | None:
    """ "fax" or "phone" by the label nearest before a number, or None without one."""
    last = None
    for last in _number_label().finditer(before):  # noqa: B007
        pass
    return None if last is None else last.lastgroup


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


def _near_email(old: str, new: str, message: str) -> bool:
    o, n = old.casefold(), new.casefold()
    if o == n:
        return False
    if _near_letters(o, n):
        return True
    (o_local, _, o_domain), (n_local, _, n_domain) = o.rpartition("@"), n.rpartition("@")
    if o_domain != n_domain or not o_local or not n_local:
        return False
    # The same domain is not enough: the new local part holds the old one (or the other way
    # round), or the message names the old one ("the osec address no longer works").
    return (
        o_local in n_local
        or n_local in o_local
        or re.search(rf"(?<![\w.@]){re.escape(o_local)}(?![\w@])", message.casefold()) is not None
    )


def _near_number(old: str, new: str) -> bool:
    o, n = _digits(old), _digits(new)
    if o == n or len(o) != len(n) or len(o) < _MIN_DIGITS:
        return False
    return sum(a != b for a, b in zip(o, n, strict=True)) <= 2


def _values(text: str) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, value) of every e-mail address and labelled fax or phone number in
    `text`, in order: kind "email", "fax" or "phone" (a number's label stands before it on its
    line, or in its message)."""
    found = [("email", m.start(), m.end(), m.group(0).rstrip(".")) for m in EMAIL.finditer(text)]
    taken = [(s, e) for _, s, e, _ in found]
    taken.sort()
    for looked, m in enumerate(_NUMBER.finditer(text)):
        if looked >= _MAX_VALUES:
            break
        if len(_digits(m.group(0))) < _MIN_DIGITS:
            continue
        if any(s < m.end() and m.start() < e for s, e in _overlapping(taken, m.start(), m.end())):
            continue
        # (Looked for within 200 characters before the number: bounded on a long line.)
        floor = max(0, m.start() - 200)
        line_start = text.rfind("\n", floor, m.start()) + 1
        paragraph_start = text.rfind("\n\n", floor, m.start()) + 1
        kind = _number_kind(text[max(line_start, floor) : m.start()])
        if kind is None:
            kind = _number_kind(text[max(paragraph_start, floor) : m.start()])
        if kind is None:
            continue  # a postcode, a count, a year: never a contact to mend
        found.append((kind, m.start(), m.end(), m.group(0).strip(" -./(")))
    found.sort(key=lambda v: v[1])
    return found[:_MAX_VALUES]


def _overlapping(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that may overlap [start, end): a bisection, not a scan."""
    from bisect import bisect_left

    i = bisect_left(spans, (end, -1))
    return spans[max(0, i - 2) : i]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _header(line: str) -> str:
    return re.sub(r"\d+", "", " ".join(line.split())).strip()


def in_messages(text: str) -> bool:
    """Whether `text` reads as a run of messages by its paragraphs: three or more open (or
    close) with the same header line once its digits are set aside (a thread's "Name
    @handle · Jun 12", a page's "Like · Reply · 5 Sept")."""
    counts: dict[str, int] = {}
    for start, end in _paragraphs(text):
        lines = [line for line in text[start:end].split("\n") if line.strip()]
        if not lines:
            continue
        for line in {lines[0], lines[-1]}:
            key = _header(line)
            if len(key.split()) >= 2 and len(key) <= 120 and any(c.isalpha() for c in key):
                counts[key] = counts.get(key, 0) + 1
                if counts[key] >= 3:
                    return True
    return False


def corrected(text: str, *, messages: bool = False) -> str:
    """`text` with each contact that a later message corrects replaced by the correction (the
    module's doc); any other text as it is. `messages`: the chat step found the text's
    messages."""
    if not _cue().search(text):
        return text
    if not messages and not in_messages(text):
        return text
    values = _values(text)
    if not values:
        return text
    # Earlier values looked up by kind and domain (e-mail) or digit count (numbers).
    replace: dict[str, str] = {}
    seen_emails: set[str] = set()
    seen_digits: set[str] = set()
    by_key: dict[tuple[str, str], list[str]] = {}
    index = 0
    cue_messages = 0
    for start, end in _paragraphs(text):
        # The values before this message, now known.
        while index < len(values) and values[index][1] < start:
            kind, _s, _e, value = values[index]
            key = _lookup_key(kind, value)
            bucket = by_key.setdefault(key, [])
            if value not in bucket and len(bucket) < _MAX_CANDIDATES:
                bucket.append(value)
            if kind == "email":
                seen_emails.add(value.casefold())
            else:
                seen_digits.add(_digits(value))
            index += 1
        here = []
        j = index
        while j < len(values) and values[j][1] < end:
            here.append(values[j])
            j += 1
        if not here:
            continue
        message = text[start:end]
        lines = [line for line in message.split("\n") if line.strip()]
        if len(lines) > _MAX_MESSAGE_LINES or not _cue().search(message):
            continue
        cue_messages += 1
        if cue_messages > _MAX_CUE_MESSAGES:
            break
        for kind, _s, _e, new in here[:_MAX_MESSAGE_VALUES]:
            if kind == "email" and new.casefold() in seen_emails:
                continue
            if kind != "email" and _digits(new) in seen_digits:
                continue
            candidates = by_key.get(_lookup_key(kind, new), [])
            if kind == "email":
                olds = {v for v in candidates if _near_email(v, new, message)}
                # One or two letters apart at another domain ("midurall.ru" for "midural.ru").
                if len(by_key) <= _MAX_CANDIDATES:
                    olds |= {
                        v
                        for (k, _d), vs in by_key.items()
                        if k == "email"
                        for v in vs
                        if _near_letters(v.casefold(), new.casefold())
                    }
            else:
                olds = {v for v in candidates if _near_number(v, new)}
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


def _lookup_key(kind: str, value: str) -> tuple[str, str]:
    if kind == "email":
        return ("email", value.casefold().rpartition("@")[2])
    return (kind, str(len(_digits(value))))


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
