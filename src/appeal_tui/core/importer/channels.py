"""A text passed on through a chat: the messages of an export read as a document.

A chat app's export or a copy of its window puts a stamp (a date and a time of day) and the
speaker's name before each message ("[10/2/26, 19:03:11] Ana: ...", "12/05/2026, 19:40 -
Ana: ...", "[2026-05-12 19:40] Ana: ...") or on a line of its own above it ("Ana  7:40 PM",
"Ana, [12.05.26 19:40]", "19:40"). Read as it is, every line of an urgent action pasted in
a message carries a prefix no block reader expects, the speakers read as people, and the
app's own lines ("Ana created group ...", "Messages are end-to-end encrypted") as text.

The channel is recognised by the shape alone, whatever the app and the language: three lines
or more that open with a stamp of one shape (its digits and letters aside), or three lines or
more that are such a stamp (with a name beside it) and nothing else. Then:

- the stamp and the speaker go; each message is a paragraph of its own lines (the lines
  after a prefixed line, up to the next one, are the message's);
- a line with a stamp but no speaker is the app's own (a member added, a group created): it
  goes;
- a message of the same speaker that opens with a field's label ("Salutation: ...") goes on
  the block of the message before it (an address sent in two messages);
- the first stamp stays, alone on its line: the date the text was passed on;
- a header line alone (the stamp, with or without a name) goes, and so does an avatar's
  initials right above it, and a speaker's name on a line of its own that stands beside
  such a stamp twice or more.
"""

from __future__ import annotations

import re
import unicodedata

from appeal_tui.core.importer.phrases import FIELD_LABEL

_DATE = (
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    r"|\d{1,2}\.? [^\W\d_]{3,10}\.?,? \d{4}"
    r"|[^\W\d_]{3,10}\.? \d{1,2},? \d{4}"
)
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?"
# A date and a time (in either order, a word such as "at" between) or a time alone.
STAMP = (
    rf"(?:(?:{_DATE}),?[ \t]{{1,3}}(?:[^\W\d_]{{1,3}} )?(?:{_TIME})"
    rf"|(?:{_TIME})(?:,? (?:{_DATE}))?)"
)
# "[10/2/26, 19:03:11] Ana: text", "12/05/2026, 19:40 - Ana: text", "[19:40] Ana: text".
_PREFIXED = re.compile(rf"^[ \t]*([\[(]?{STAMP}[\])]?)[ \t]*(?:[-–—:|][ \t]*)?(.*)$")
_SPEAKER = re.compile(r"^([^:\n]{1,48}?): ?(.*)$")
# A header line alone: "Ana  7:40 PM", "Ana, [12.05.26 19:40]", "Ana — 12/05/2026 19:40",
# "19:40", "[7:41 PM]".
_HEADER = re.compile(
    rf"^[ \t]*(?:([^\s:\[(][^:\n]{{0,40}}?)[ \t]*[,—–-]?[ \t]+)?"
    rf"[\[(]?{STAMP}[\])]?[ \t]*$"
)
# A stamp and nothing else ("May 12, 2026  7:40 PM", "[19:40]").
_STAMP_LINE = re.compile(rf"^[ \t]*[\[(]?{STAMP}[\])]?[ \t]*$")
# The stamp first, then the name: "[12/05/2026 19:40] Ana Souza", "19:40 – Ana".
_HEADER_NAME_AFTER = re.compile(
    rf"^[ \t]*[\[(]?{STAMP}[\])]?[ \t]*[-–—|]?[ \t]*([^\W\d_][^:\n.!?]{{0,40}})$"
)
_MIN_LINES = 3
_AVATAR = re.compile(r"^\s*\S{1,3}\s*$")
_MEDIA = re.compile(r"^\s*<[^<>\n]{1,40}>\s*$")


def _shape(stamp: str) -> str:
    """A stamp's shape: its digits and letters aside ("[10/2/26, 19:03:11]" and
    "[11/2/26, 08:02:19]" are one shape)."""
    return re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", stamp))


def _speaker(rest: str) -> tuple[str, str] | None:
    m = _SPEAKER.match(rest)
    if m is None or len(m.group(1).split()) > 5 or re.search(r"[.!?]\s", m.group(1)):
        return None
    return m.group(1).strip(), m.group(2)


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(:\d{2})?")


def _conversation(stamps: list[str]) -> bool:
    """Whether stamps read as a conversation's, not as a plan's or a log's: a plan puts one
    entry on each day, or its times on the round minutes people plan by (10:00, 11:30);
    messages come several on one day, at any minute."""
    days = [_CLOCK.sub("", stamp) for stamp in stamps]
    if any(day.strip(" ,[]()-") for day in days) and len(set(days)) == len(days):
        return False  # a date each, none twice
    clocks = [c for stamp in stamps if (c := _CLOCK.search(stamp)) is not None]
    return any(c.group(3) or int(c.group(2)) % 5 for c in clocks)


def _prefixed_messages(
    lines: list[str], senders: list[str | None] | None = None
) -> list[str] | None:
    """The chat's lines without stamps and speakers; `senders`, when given, gets who wrote
    each line read (None for a line of no message's own)."""
    matches = [_PREFIXED.match(line) if len(line) < 5000 else None for line in lines]
    shapes: dict[str, int] = {}
    speakers: dict[str, int] = {}
    for m in matches:
        if m is not None and (said := _speaker(m.group(2))) is not None:
            shapes[_shape(m.group(1))] = shapes.get(_shape(m.group(1)), 0) + 1
            speakers[said[0]] = speakers.get(said[0], 0) + 1
    if not shapes:
        return None
    shape, count = max(shapes.items(), key=lambda item: item[1])
    # A chat has several people who each write more than once; a log, a timeline or a
    # schedule inside a text has a label word per line ("Hearing:", "Lawyer:", "Uhr:") and
    # one that repeats.
    # A text that opens with the chat (an export) may have one writer who repeats, and so
    # may a chat of one writer anywhere (forwarded under a mail's header, or introduced by a
    # line) when one speaker writes every message and the stamps read as a conversation.
    opens = next((m for line, m in zip(lines, matches, strict=True) if line.strip()), None)
    repeating = sum(n >= 2 for n in speakers.values())
    if count < _MIN_LINES:
        return None
    stamps = [m.group(1) for m in matches if m is not None and _shape(m.group(1)) == shape]
    # A plan at a text's top ("12/03/2026 10:00 - Hearing: ...", a word that repeats as a
    # label) opens the text too: a speaker who repeats alone makes no chat unless the stamps
    # read as a conversation.
    if repeating < 2 and not (
        ((opens is not None and repeating == 1) or len(speakers) == 1) and _conversation(stamps)
    ):
        return None
    out: list[str] = []
    last = ""
    dated = False
    for line, m in zip(lines, matches, strict=True):
        if m is None or _shape(m.group(1)) != shape:
            out.append(line)  # a message's own next line
            if senders is not None:
                senders.extend([last or None] * (len(out) - len(senders)))
            continue
        if not dated:
            # The first stamp stays as a line of its own: the date the text was passed on
            # (what a deadline written without its year is read against).
            out.extend([m.group(1).strip("[]()"), ""])
            dated = True
        said = _speaker(m.group(2))
        if said is None:
            out.append("")  # the app's own line: someone added, a group created
            last = ""
            if senders is not None:
                senders.extend([None] * (len(out) - len(senders)))
            continue
        speaker, message = said
        message = _unformatted(message)
        if _MEDIA.match(message):
            message = ""
        if speaker == last and FIELD_LABEL.match(message):
            out.append(message)  # a field sent after its block
        else:
            out.extend(["", message])
        last = speaker
        if senders is not None:
            senders.extend([speaker] * (len(out) - len(senders)))
    return out


def _neighbour(lines: list[str], i: int, step: int) -> int | None:
    """The next line from `i` on (step 1) or back (step -1) that holds text."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return j if 0 <= j < len(lines) else None


def _header_lines(lines: list[str]) -> list[str] | None:
    headers: list[int] = []
    shape_of: dict[int, str] = {}
    stamp_of: dict[int, str] = {}
    alone: list[int] = []
    for i, line in enumerate(lines):
        m = _HEADER.match(line) if len(line) < 200 else None
        if m is not None and _STAMP_LINE.match(line):
            stamp = line
            headers.append(i)
            shape_of[i] = _shape(stamp.strip())
            stamp_of[i] = stamp
            alone.append(i)
            continue
        if m is not None:
            stamp = line[m.end(1) if m.group(1) else 0 :]
        elif len(line) < 200 and (after := _HEADER_NAME_AFTER.match(line)) is not None:
            if len(after.group(1).split()) > 5:
                continue
            stamp, m = line[: after.start(1)], after
        else:
            continue
        headers.append(i)
        shape_of[i] = _shape(stamp.strip())
        stamp_of[i] = stamp
        if not m.group(1):
            alone.append(i)
    # A chat's header has its message after it: a header followed by another header or by
    # nothing is a line of a list ("Hearing 12/03/2026 10:00" twice) or a sentence that ends on
    # a time ("Please write before 15 May 2026 12:00").
    kept = set(headers)
    for i in headers:
        j = _neighbour(lines, i, 1)
        if j is None or (j in kept and i not in alone and j not in alone):
            kept.discard(i)
    headers = [i for i in headers if i in kept]
    alone = [i for i in alone if i in kept]
    shapes: dict[str, int] = {}
    for i in headers:
        shapes[shape_of[i]] = shapes.get(shape_of[i], 0) + 1
    if sum(shapes.values()) < _MIN_LINES or max(shapes.values(), default=0) < 2:
        return None
    # A programme ("10:00 Opening", "11:30 Panel") is headers over lines too: its stamps are
    # on round minutes or one a day.
    if not _conversation([stamp_of[i] for i in headers]):
        return None
    out = list(lines)
    # The speaker's name on a line of its own beside a stamp alone (a window copied with
    # "Ana" over "7:40 PM", an export's "19:40" over "Ana"), and an avatar's initials: a
    # short line that stands right beside a stamp twice or more.
    beside: dict[str, set[int]] = {}
    taken = set(headers)
    for i in alone:
        for step in (-1, 1):
            j = _neighbour(lines, i, step)
            if j is None or j in taken:
                continue
            text = lines[j].strip()
            # A name, not a sentence or a heading (an initial's full stop is a name's).
            ended = text[-1] in ":,;!?" or bool(re.search(r"\w{2}\.$", text))
            if len(text) <= 40 and len(text.split()) <= 5 and not ended:
                beside.setdefault(text, set()).add(j)
    for where in beside.values():
        if len(where) >= 2:
            for j in where:
                out[j] = ""
    for i in headers:
        out[i] = ""
        j = _neighbour(lines, i, -1)
        initials = lines[j].strip() if j is not None else ""
        if _AVATAR.match(initials) and not initials[:1].isdigit() and initials == initials.upper():
            out[j or 0] = ""  # an avatar's initials above the header
    return out


def _unformatted(line: str) -> str:
    """`line` without the format characters (category Cf) that open it."""
    start = 0
    while start < len(line) and unicodedata.category(line[start]) == "Cf":
        start += 1
    return line[start:]


def chat_text(text: str) -> str:
    """`text` with a chat's stamps, speakers and the app's own lines taken out (the module's
    doc); any other text as it is."""
    # Marks of writing direction (U+200E, U+200F, a byte-order mark: format characters) that
    # an app writes before a line hide no stamp.
    lines = [_unformatted(line) for line in text.split("\n")]
    senders: list[str | None] = []
    read = _prefixed_messages(lines, senders)
    if read is not None:
        senders.extend([None] * (len(read) - len(senders)))
        return "\n".join(_parts_joined(read, senders))
    read = _header_lines(lines)
    if read is None:
        return text
    # (Here the speaker is on a header line the reader blanked, over the message: a line's
    # sender is the letters of the last such line that has any.)
    current: str | None = None
    for line, kept in zip(lines, read, strict=True):
        if not kept.strip() and line.strip():
            current = " ".join(re.sub(r"[\d\W_]+", " ", line).split()) or current
        senders.append(current if kept.strip() else None)
    return "\n".join(_parts_joined(read, senders))


# "(2/4) ...": a message's number among the parts of one long text that a phone or a bot
# sent in several messages (an SMS is short), whatever the language.
_PART = re.compile(r"^[ \t]*[(\[](\d{1,2})/(\d{1,2})[)\]][ \t]*")


def _parts_joined(lines: list[str], senders: list[str | None]) -> list[str]:
    """The chat's lines with the parts of one text sent in several messages ("(1/4) ...",
    "(2/4) ...") read as that text: the part numbers go, and a part that follows the one
    before it goes on that part's paragraph (no blank line between), as the sender wrote
    it. A message that is no part (a reply between) ends the run. A run is one sender's,
    from its part 1 on: "(2/2)" from another sender, or a "(3/4)" whose run did not start in
    the chat, is left as written (a reply's own numbering, a quoted vote)."""
    out: list[str] = []
    last: tuple[int, int, str | None] | None = None  # the part just read, its count, sender
    first: tuple[int, str] | None = None  # a part 1 no part has followed yet, as written
    for line, sender in zip(lines, senders, strict=True):
        m = _PART.match(line)
        k, n = (int(m.group(1)), int(m.group(2))) if m is not None else (0, 0)
        joins = last is not None and sender is not None and last == (k - 1, n, sender)
        if m is None or not 1 <= k <= n <= 20 or not (k == 1 or joins):
            if line.strip() and (not out or not out[-1].strip()):
                last = None  # a message of its own
            out.append(line)
            continue
        if joins:
            while out and not out[-1].strip():
                out.pop()
            first = None
        elif first is not None:
            out[first[0]] = first[1]  # the part 1 before opened no run
        if k == 1:
            first = (len(out), line)
        out.append(line[m.end() :])
        last = (k, n, sender)
    if first is not None:
        out[first[0]] = first[1]
    return out


# "LETTER 1", "Destinataire 2", "Brief 3": a word or two and a block's number.
_NUMBERED_HEAD = re.compile(r"^[ \t]*([^\W\d_]+(?: [^\W\d_]+)?) #?(\d{1,2})[ \t]*:?[ \t]*$")


def numbered_heads(text: str) -> str:
    """Blocks numbered by a heading line each ("LETTER 1" over the first recipient, "LETTER 2"
    over the next: a slide or a form): the headings, one word or two and the numbers 1, 2 ...
    in order, each alone on its line right above a block, go (blank lines), so that the
    number is no recipient's name."""
    lines = text.split("\n")
    heads: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        m = _NUMBERED_HEAD.match(line) if len(line) < 60 else None
        if m is None or i + 1 >= len(lines) or not lines[i + 1].strip():
            continue
        if i > 0 and lines[i - 1].strip() and not lines[i - 1].rstrip().endswith(":"):
            continue
        heads.setdefault(m.group(1).casefold(), []).append((int(m.group(2)), i))
    for found in heads.values():
        numbers = [n for n, _ in found]
        if len(found) >= 2 and numbers == list(range(1, len(found) + 1)):
            for _, i in found:
                lines[i] = ""
    return "\n".join(lines)
