"""A text whose line breaks were lost (a blog's repost, a web page pasted as text): the menu,
the story, the recipients' address blocks, their labels and the links run together on one
line or in one paragraph. Such a line is cut back into lines before the blocks are read.

A line is run-on when it is long and holds several things a line of its own would: two field
labels or more ("Fax:", "Email:", "Salutation:"), or a label with a write-to or copies heading
or a letter's opening. Other lines, and every line of a text with none, stay as they are.

The line is cut, with words from the `phrases` tables only:

- before a field label the tables know, and after its value where the value visibly ends (an
  e-mail address, a handle or a number);
- around a write-to or copies heading ("Please write to:", "Copies to:"), which stands apart
  as a block of its own;
- before a letter's opening ("Dear Minister,") or a salutation opener;
- before an honorific or an office word that opens a recipient after an address's end (a
  postcode, a country, a label's value): a new block;
- before a list marker ("•", "- " after a sentence's end);
- at sentence ends in running text (a long stretch of lowercase words);
- at runs of spaces in a long paste that turned each line break into spaces (a long run
  ends a block);
- after a salutation's value where another office begins ("Tratamiento: Señor Fiscal
  General Directora del Sistema ...").

Two sentences glued where a line break was lost ("in Spanish.APPEALS TO:") are parted first.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from appeal_tui.core.importer.countries import is_territory_name, split_country
from appeal_tui.core.importer.phrases import (
    ADDRESS_WORDS,
    COPIES,
    FIELD_LABEL,
    HONORIFIC_START,
    LETTER_OPENING_INLINE,
    ORGANISATION_WORDS,
    RECIPIENTS_START,
    SALUTATION_ONLY_START,
    SEAT_WORDS,
    SHORT_LABEL,
    TITLE_START,
    WRITE_TO,
    field_of_label,
)
from appeal_tui.core.importer.streets import street_abbreviation

_MIN_LENGTH = 200
_WORD = re.compile(r"\S+")
_NOT_SPACE = re.compile(r"\S")
_WRITE_TO_INLINE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        sorted((re.escape(w) for ws in WRITE_TO.values() for w in ws), key=len, reverse=True)
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)
_NUMBER_PART = re.compile(r"^[+(]?[\d()./-]*\d[\d()./-]*[,;]?$|^[+(]$")
_LIST_MARK = re.compile(r"^[•▪●◦■]$")
_SENTENCE_END = re.compile(r"[^\W\d_]{2,}[.!?][\"'”’)]?$")
_VALUE_GOES_ON = frozenset(
    [",", ";", "/", "|", "·", "-", "–", "or", "and", "y", "o", "et", "ou", "und", "oder"]
)
_GOES_ON = re.compile(r"@|^\[|\]$|^protected\]")
_CAPS = re.compile(r"^[^\W\d_a-z]{3,}$")
_NUMBERED = re.compile(r"^\d{1,2}[.)]$")
_DAY = re.compile(r"^\d{1,2}\.$")
# A postcode: a number of three digits or more, with letters or a hyphen ("72000", "AZ1066",
# "1250-096"); no "118/23" or "3.5".
_POSTCODE = re.compile(r"[A-Z]{0,3}-?\d{3,}(?:-\d+)?,?")
_ENDS_ADDRESS = re.compile(r"\d$")
# "and" right before a copies heading belongs to it ("... Y copia a:", "... And copies to:").
_AND_BEFORE = re.compile(r"(?<=\s)(?:and|y|e|et|und|en|og|och|i|a|ja|és)\s+$", re.IGNORECASE)


def _labels(line: str) -> list[re.Match[str]]:
    return [*FIELD_LABEL.finditer(line), *SHORT_LABEL.finditer(line)]


def is_run_on(line: str) -> bool:
    """A long line holding several fields, headings or openings of a letter."""
    if len(line) < _MIN_LENGTH:
        return False
    labels = len(_labels(line))
    if labels >= 2:
        return True
    others = sum(
        1
        for pattern in (RECIPIENTS_START, COPIES, _WRITE_TO_INLINE, LETTER_OPENING_INLINE)
        if pattern.search(line)
    )
    return labels >= 1 and others >= 1


def _and_window(line: str, start: int) -> int:
    """Where `_AND_BEFORE` can match that ends at `start`: the word of three letters or fewer
    before the spaces that end there (so the search does not go over the whole line again for
    every heading of a long one)."""
    gap = start
    while gap > 0 and line[gap - 1].isspace():
        gap -= 1
    return max(0, gap - 4)


def _heading_spans(line: str) -> list[tuple[int, int]]:
    """Where a write-to or copies heading stands: from its sentence's start to its colon."""
    spans: list[tuple[int, int]] = []
    for pattern in (RECIPIENTS_START, _WRITE_TO_INLINE, COPIES):
        for m in pattern.finditer(line):
            end = m.end()
            if not line[m.start() : end].rstrip().endswith((":", "：")):
                continue
            before = line[max(0, m.start() - 80) : m.start()]
            stop = max(before.rfind(". "), before.rfind("! "), before.rfind("? "))
            # From the sentence's start ("Please send appeals to:"), unless a label's value
            # comes between ("Salutation: Dear X And copies to:").
            start = m.start()
            if stop >= 0 and ":" not in before[stop:]:
                start = m.start() - len(before) + stop + 2
            joined = _AND_BEFORE.search(line, _and_window(line, start), start)
            if joined is not None and start == m.start():
                start = joined.start()  # "Tratamiento: Señora Directora Y copia a:"
            spans.append((start, end))
    return spans


def _office_after_greeting(value: list[str], word: str, rest: str) -> bool:
    """A salutation's value already holds an office ("Señor Fiscal General"), and `word`
    opens another office or a courtesy word: the next recipient, not more of the greeting
    (a title phrase that goes on, "Fiscal General", is one office)."""
    if len(value) < 2 or not word[:1].isupper():
        return False
    if not (
        TITLE_START.match(rest)
        or HONORIFIC_START.match(rest)
        # A body that opens the next recipient ("Señor Fiscal General" + "Subsecretaría de ...").
        or ORGANISATION_WORDS.fullmatch(word.strip(",")) is not None
    ):
        return False
    start = next((i for i in range(len(value)) if TITLE_START.match(" ".join(value[i:]))), None)
    if start is None:
        return False  # "Sehr geehrter Herr" + "Minister": the greeting's office itself
    office = " ".join(value[start:])
    phrase = TITLE_START.match(f"{office} {rest}")
    if phrase is None or phrase.end() <= len(office):
        return True
    # "Señor Gobernador" + "Fiscal General ...": the greeting's office is whole and the next
    # office whole by itself; the two only match as one because an office may have a
    # capitalised word before it ("Cabinet Secretary").
    whole = TITLE_START.match(office)
    own = TITLE_START.match(rest)
    return (
        whole is not None
        and whole.end() == len(office)
        and own is not None
        # (Its first word an office by itself: "General Directora ..." is the rank of the
        # greeting's office going on.)
        and TITLE_START.fullmatch(word.strip(",")) is not None
        and phrase.end() <= len(office) + 1 + own.end()
    )  # "Fiscal" + "General": one office


def _new_line(
    word: str, previous: str, rest: str, field: str | None, value: list[str] | None = None
) -> bool:
    """A new line before `word`: after a salutation's value, at a list marker, before a
    salutation after a sentence or a heading."""
    if field == "salutation" and (
        previous.endswith(",") or (_CAPS.match(word) and not _CAPS.match(previous))
    ):
        return True  # "Salutation: Dear Minister SAMPLE LETTER ..."
    if (
        field == "salutation"
        and value
        # (A greeting's next language opens after a slash: "Estimado Señor / Dear Sir".)
        and not any(w.endswith("/") for w in value[-3:])
        and _office_after_greeting(value, word, rest)
    ):
        return True  # "Tratamiento: Señor Fiscal General Directora del Sistema ..."
    if _NUMBERED.match(word) and _DAY.match(previous):
        return False  # "do 20. 2. 2024", "23. 1. 2024": a date written with stops, no list
    if _NUMBERED.match(word) or word in ("-", "*", "–"):
        return previous.endswith((".", ":", ";"))
    if _LIST_MARK.match(word):
        return True
    return bool(SALUTATION_ONLY_START.match(rest)) and previous.endswith((".", ",", ":"))


def _capitals(word: str) -> bool:
    """A word in capitals ("MINISTRY", "DE", "L'INTÉRIEUR", "SAINT-DENIS,")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _country_closes(current: list[str]) -> bool:
    """The line's last word a country's name (any language the CLDR tables know) closing an
    address: a postcode or house number among the words before it."""
    if len(current) < 3 or not current[-1][:1].isupper():
        return False
    for n in range(3, min(len(current), 6) + 1):
        found = split_country(" ".join(current[-n:]))
        if (
            found is not None
            and any(_POSTCODE.fullmatch(w) for w in found[0].split())
            and found[1].split()[-1:] == current[-1:]
        ):
            return True
    return False


def _after_heading(line: str, pos: int, ends: list[int]) -> bool:
    """Only spaces between a heading's end (of `ends`, sorted) and `pos`. Only the last end
    before `pos` need be looked at: the spaces after an earlier one run on to it."""
    k = bisect_right(ends, pos) - 1
    return k >= 0 and _NOT_SPACE.search(line, ends[k], pos) is None


def _value_words(current: list[str]) -> list[str]:
    """The words of the current line after its last label's colon."""
    for i in range(len(current) - 1, -1, -1):
        if current[i].endswith((":", "：")):
            return current[i + 1 :]
    return current


def split_line(line: str) -> list[str]:
    """The lines (a blank one between blocks) of a run-on line."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(line)]
    starts = [p for p, _ in words]
    cuts: dict[int, bool] = {}  # word's start -> a new block (True) or a new line (False)
    head_ends: set[int] = set()
    for start, end in _heading_spans(line):
        cuts[start] = True
        head_ends.add(end)
    for m in LETTER_OPENING_INLINE.finditer(line):
        if not SALUTATION_ONLY_START.match(m.group(0)):
            continue  # "S.E. Sr. X," is a recipient, "Dear X," a letter's opening
        cuts.setdefault(m.start(), False)
        head_ends.add(m.end())
    ends = sorted(head_ends)
    label_at: dict[int, str] = {}
    for m in _labels(line):
        # A block's labels stay on its line: the block reader reads "who, where, Fax: ...,
        # Email: ..." written on one line.
        # (Keyed by the word the label opens in: "(Salutation:" opens in its bracket.)
        k = bisect_right(starts, m.start()) - 1
        at = starts[k] if k >= 0 and m.start() < starts[k] + len(words[k][1]) else m.start()
        label_at[at] = field_of_label(m.group(1))
    out: list[list[str]] = [[]]
    blank_before: list[bool] = [False]
    field: str | None = None  # the field whose value the current line holds
    value_done = False
    address_end = False
    country_end = False  # the current line's last word a country closing an address
    for i, (pos, word) in enumerate(words):
        current = out[-1]
        length = sum(len(w) + 1 for w in current[-12:])  # enough to tell running text
        text = current[-1] if current else ""
        rest = line[pos : pos + 120]
        cut = cuts.get(pos)
        if cut is not None and field is not None and text.endswith((":", "：")):
            cut = None if pos not in label_at else cut  # a label's value after its label
        label_only = field is not None and text.endswith((":", "："))
        if cut is None and current and not label_only:
            previous = current[-1]
            if _after_heading(line, pos, ends):
                cut = False
            elif value_done and word not in _VALUE_GOES_ON and not _GOES_ON.search(word):
                following = words[i + 1][0] if i + 1 < len(words) else -1
                if pos in label_at or (len(word) <= 2 and following in label_at):
                    value_done = pos not in label_at  # "212 555 I Fax: ...": a separator
                elif not (field in ("fax", "phone") and _NUMBER_PART.match(word)):
                    cut = bool(HONORIFIC_START.match(rest) or TITLE_START.match(rest))
            elif value_done:
                pass
            elif _new_line(word, previous, rest, field, _value_words(current)):
                cut = False
            elif (
                country_end
                and pos not in label_at
                and not word[:1].islower()
                and any(c.isalnum() for c in word)
            ):
                cut = False  # "... 72000 Puebla MEXICO (Salutation: ...": the address ends
            elif (
                field is None
                and len(current) >= 2
                and _capitals(previous)
                and _capitals(current[-2])
                and HONORIFIC_START.match(rest)
                and not HONORIFIC_START.match(" ".join(current[-2:]))
                # ("UNO, S.E. Herrn X": the capitals an honorific themselves.)
                and not HONORIFIC_START.match(f"{previous} {rest}")
            ):
                cut = False  # "OFFICE IN CAPITALS Mrs Ana ...": a heading, then who
            elif (
                word[:1].isupper()
                and (HONORIFIC_START.match(rest) or TITLE_START.match(rest))
                and field is None
                and (address_end or _ENDS_ADDRESS.search(previous))
                and len(current) >= 2
            ):
                cut = True
            elif (
                _SENTENCE_END.search(previous)
                and word[:1].isupper()
                and length >= 60
                and sum(w[:1].islower() for w in current[-12:]) * 2 >= len(current[-12:])
            ):
                cut = False
        if cut is False and field == "salutation" and not value_done and text.endswith("/"):
            cut = None  # "Salutation: Estimado Señor / Dear Sir": one greeting in two languages
        if (
            cut is False
            and field == "salutation"
            and word.endswith(")")
            and sum(w.count("(") - w.count(")") for w in current) > 0
        ):
            cut = None  # "(Salutation: Dear Sir)": a bracketed greeting ends with its bracket
        if cut is False and current and current[-1].endswith((".", "!", "?", ":")):
            # A recipient's honorific after a sentence or a heading opens a block.
            cut = bool(HONORIFIC_START.match(rest))
        if cut is not None and current:
            out.append([])
            blank_before.append(cut)
            field, value_done, address_end = None, False, False
        country_end = False
        if pos in label_at:
            field, value_done = label_at[pos], False
        elif value_done:
            pass
        elif field in ("email", "twitter") and ("@" in word or word.endswith("]")):
            # (A web page's hidden address reads "[email protected]".)
            value_done = True
        elif field in ("fax", "phone") and _NUMBER_PART.match(word):
            next_word = words[i + 1][1] if i + 1 < len(words) else ""
            value_done = not _NUMBER_PART.match(next_word)
        out[-1].append(word)
        country_end = field is None and _country_closes(out[-1])
        if not address_end and len(out[-1]) >= 2 and field is None:
            tail = " ".join(out[-1][-8:])
            address_end = "," in tail and split_country(tail) is not None
    lines: list[str] = []
    for blank, part in zip(blank_before, out, strict=True):
        if not part:
            continue
        if blank and lines:
            lines.append("")
        lines.append(" ".join(part))
    return lines


# A paste whose line breaks became runs of spaces ("...Guatemala   Email: x   Salutation:
# ...    Lic. Y, ..."): the runs are where the lines were, a long run where a block ended.
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
_BLOCK_RUN = 4
_GAP = 3
_PASTE_LENGTH = 500
# Sentences glued where a line break was lost ("...in English or Spanish.APPEALS TO:",
# "(April 18):On May 21", '..."next."Our'): a space goes back after the stop.
_GLUED = re.compile(r"(?<=[a-zà-ÿ)\]][.!?:])(?=[A-ZÀ-Ý])|(?<=[a-zà-ÿ][.!?][\"”’])(?=[A-ZÀ-Ý])")


def _space_runs(line: str) -> list[str] | None:
    """The lines of a long pasted line whose breaks are runs of spaces (a blank line at a
    long run), or None when it has too few such runs to tell. A shorter line counts only
    its gaps of three spaces or more (two may part sentences), and needs three."""
    runs = list(_SPACE_RUN.finditer(line.strip()))
    if len(line) < _PASTE_LENGTH or len(runs) < 4:
        runs = [run for run in runs if len(run.group(0).expandtabs(1)) >= _GAP]
        if len(line) < _MIN_LENGTH or len(runs) < 3:
            return None
    stripped = line.strip()
    out: list[str] = []
    position = 0
    for run in runs:
        out.append(stripped[position : run.start()])
        if len(run.group(0)) >= _BLOCK_RUN:
            out.append("")
        position = run.end()
    out.append(stripped[position:])
    return out


# In a web page a paragraph is a line: one recipient's paragraph with its labels is common
# and read well by the blocks; only a whole action run into one paragraph is cut.
WEB_PARAGRAPH = 800


def _several_blocks(line: str) -> bool:
    """A label of the same field twice: the blocks of two recipients or more on one line."""
    fields = [field_of_label(m.group(1)) for m in _labels(line)]
    return len(fields) > len(set(fields))


def split_run_on(text: str, min_length: int = _MIN_LENGTH, *, several_blocks: bool = False) -> str:
    """`text` with each run-on line (of `min_length` characters or more) cut back into its
    lines; other lines unchanged. With `several_blocks` (a web page's paragraphs), a shorter
    run-on line is cut too when it holds the blocks of two recipients or more (a label of the
    same field twice): one recipient's paragraph is the page's own layout, left to the blocks."""
    shortest = _MIN_LENGTH if several_blocks else min_length
    if not any(len(line) >= shortest for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        long_enough = len(line) >= min_length or (
            several_blocks and len(line) >= _MIN_LENGTH and _several_blocks(line)
        )
        if not long_enough or not is_run_on(line):
            out.append(line)
            continue
        line = _GLUED.sub(" ", line)
        pieces = _space_runs(line) or [line]
        for piece in pieces:
            # (A piece of a paste is cut as the whole line was: it was run on.)
            if is_run_on(piece) or (len(pieces) > 1 and len(piece) >= _MIN_LENGTH):
                parts = split_line(piece.strip())
                out.extend(["", *parts, ""] if len(parts) > 1 else [piece])
            else:
                out.append(piece)
    return "\n".join(out)


# Lines glued where their breaks were lost, with no space between them ("Ana Example
# MoralesPresidenta de la RepúblicaPalacio NacionalAvenida 5, Ciudad 1010PaísX: @AnaE"): a
# word in small letters or a number runs straight into a capitalised word. A capital right
# after a small letter or a digit, then a small letter or a label's colon.
_GLUE = re.compile(r"(?<=[^\W\d_A-ZÀ-ÖØ-Þ]|\d)(?=[A-ZÀ-ÖØ-Þ](?:[^\W\d_A-ZÀ-ÖØ-Þ]|[:：]))")
_SEAT = re.compile(rf"(?:{SEAT_WORDS})\b", re.IGNORECASE)
# Two glued lines or more make a line run together (one may be a name's own capital,
# "McEwan", or a brand's).
_GLUED_LINES = 2


def _label_first(rest: str) -> bool:
    """`rest` opens with a field's label ("Tratamiento:", "X:")."""
    return any(m.start() == 0 for m in (FIELD_LABEL.match(rest), SHORT_LABEL.match(rest)) if m)


def _opens_line(rest: str) -> bool:
    """`rest` opens a line of an address block: a field's label, an office, a body, a seat,
    a street, or a country's name alone."""
    word = re.match(r"[^\s,;:：]+", rest)
    first = word.group(0) if word else ""
    glued = _GLUE.search(first, 1)
    first = first[: glued.start()] if glued else first
    return bool(
        _label_first(rest)
        or TITLE_START.match(rest)
        or ORGANISATION_WORDS.match(first)
        or _SEAT.match(first)
        or ADDRESS_WORDS.fullmatch(first)
        or street_abbreviation(first)
        or (first and is_territory_name(first))
    )


def part_glued_lines(text: str) -> str:
    """`text` with each line that holds two glued lines or more (see `_GLUE`) parted where
    a line of an address opens (`_opens_line`); in a word with "@" (a handle, an e-mail),
    only before a field's label ("@AnaETratamiento:"). Lines with fewer stay as they are."""
    if not _GLUE.search(text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        cuts: list[int] = []
        numbers: list[int] = []
        for m in _GLUE.finditer(line):
            at = m.start()
            token_start = max(line.rfind(" ", 0, at), line.rfind("\t", 0, at)) + 1
            token = line[token_start:at]
            if "://" in token or token.startswith("www."):
                continue
            rest = line[at : at + 120]
            if "@" in token or "." in token:
                if _label_first(rest):
                    cuts.append(at)
                continue
            if _opens_line(rest):
                cuts.append(at)
            elif line[at - 1].isdigit():
                numbers.append(at)  # "... piso 8Ciudad 1010": a postcode's or house's end
        if len(cuts) < _GLUED_LINES:
            out.append(line)
            continue
        cuts = sorted(cuts + numbers)
        position = 0
        for at in cuts:
            out.append(line[position:at])
            position = at
        out.append(line[position:])
    return "\n".join(out)
