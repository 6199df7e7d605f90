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
- at a gap of three spaces or more, where a paste turned each line break into spaces;
- after a salutation's value where the next recipient visibly begins: an office or an
  honorific opening a run that reaches an address (a number or a country) before the next
  label ("Salutation: Señor Fiscal General Directora del Sistema ... Sra. X ..., Honduras").

Two sentences glued where a line break was lost ("in Spanish.APPEALS TO:") are parted first.
"""

from __future__ import annotations

import re
from itertools import pairwise

from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.phrases import (
    COPIES,
    FIELD_LABEL,
    HONORIFIC_START,
    JOINING_WORDS,
    LETTER_OPENING_INLINE,
    RECIPIENTS_START,
    SALUTATION_ONLY_START,
    SHORT_LABEL,
    TITLE_START,
    WRITE_TO,
    field_of_label,
)

_MIN_LENGTH = 200
_WORD = re.compile(r"\S+")
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
_ENDS_ADDRESS = re.compile(r"\d$")
# A line break lost between two sentences or a sentence and a heading: a word's end, its
# stop (or a closing bracket's colon) and, straight after, a capital opening a word.
_GLUED = re.compile(r"(?<=[^\W\d_]{2})([.!?][\"'”’]?|\)[:.])(?=[^\W\d_a-zß-ÿ][^\W\d_])")
_NOT_GLUED = re.compile(r"@|://|www\.|\.\w{2,4}/")
# A date's day or month written "20. 2. 2024": no list item.
_DATE_PART = re.compile(r"^\d{1,2}\.$")
_YEAR = re.compile(r"^\d{4}\b")
_GAP = 3  # spaces where a paste left a line break


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
            else:
                # "Salutation: Dear X And copies to:": the joining word is the heading's.
                joined = re.search(r"(?<!\S)(\S+)\s+$", before)
                if joined and joined.group(1).lower() in _VALUE_GOES_ON:
                    start = m.start() - len(before) + joined.start(1)
            spans.append((start, end))
    return spans


def _new_line(word: str, previous: str, rest: str, field: str | None) -> bool:
    """A new line before `word`: after a salutation's value, at a list marker, before a
    salutation after a sentence or a heading."""
    if field == "salutation" and (
        previous.endswith(",") or (_CAPS.match(word) and not _CAPS.match(previous))
    ):
        return True  # "Salutation: Dear Minister SAMPLE LETTER ..."
    if _NUMBERED.match(word) and (
        _DATE_PART.match(previous) or _YEAR.match(rest[len(word) :].lstrip())
    ):
        return False  # "do 20. 2. 2024"
    if _NUMBERED.match(word) or word in ("-", "*", "–"):
        return previous.endswith((".", ":", ";"))
    if _LIST_MARK.match(word):
        return True
    return bool(SALUTATION_ONLY_START.match(rest)) and previous.endswith((".", ",", ":"))


def _unglued(line: str) -> str:
    """`line` with a space where a lost line break glued two sentences ("Spanish.APPEALS")."""
    return " ".join(
        word if _NOT_GLUED.search(word) else _GLUED.sub(r"\1 ", word) for word in line.split(" ")
    )


def _inside_office(line: str, words: list[tuple[int, str]], first: int, i: int) -> bool:
    """Whether word `i` stands inside an office the salutation's value names, read from its
    first word `first` ("Señor Fiscal General": "General" is inside, "Directora" after it)."""
    j = first
    while j < i:
        title = TITLE_START.match(line[words[j][0] : words[j][0] + 120])
        end = words[j][0] + title.end() if title else words[j][0] + len(words[j][1])
        k = j + 1
        while k < len(words) and words[k][0] < end:
            k += 1
        if k > i:
            return True
        j = k
    return False


def _next_recipient(
    line: str, words: list[tuple[int, str]], i: int, stops: list[int], first: int
) -> bool:
    """Whether the salutation's value ends before word `i`: an honorific or an office opens
    it ("Sra. X", "Directora del ...", "Generální prokurátor X"), not the salutation's own
    words ("/ Dear Mr", "Fiscal General"), and the run from it to the next label or heading
    reaches an address (a number, or a country after a comma), which no salutation holds."""
    pos, word = words[i]
    rest = line[pos : pos + 120]
    if not word[:1].isupper():
        return False
    previous = words[i - 1][1]
    if previous in ("/", "|", "-", "–") or SALUTATION_ONLY_START.match(line[words[i - 1][0] :]):
        return False
    if _inside_office(line, words, first, i):
        return False
    title = TITLE_START.match(rest)
    honorific = HONORIFIC_START.match(rest)
    opening = title or honorific
    after = rest[opening.end() :].split() if opening is not None else []
    if not after:
        return False
    if title:
        # A new office goes on with its body ("Directora del Sistema"); after a capitalised
        # word it may be the salutation's own ("Fiscal General"), unless its body follows.
        if after[0].lower() not in JOINING_WORDS and (
            previous[:1].isupper() or not after[0][:1].isupper()
        ):
            return False
    elif len(after) < 2 or not (after[0][:1].isupper() and after[1][:1].isupper()):
        return False  # an honorific opens a name of two words or more ("Sra. Karla Cueva")
    end = min([s for s in stops if s > pos], default=len(line))
    run = line[pos:end].rstrip(" ,;")
    return len(run.split()) >= 4 and (
        any(c.isdigit() for c in run) or ("," in run and split_country(run) is not None)
    )


def split_line(line: str) -> list[str]:
    """The lines (a blank one between blocks) of a run-on line."""
    words = [(m.start(), m.group(0)) for m in _WORD.finditer(line)]
    cuts: dict[int, bool] = {}  # word's start -> a new block (True) or a new line (False)
    head_ends: set[int] = set()
    for start, end in _heading_spans(line):
        cuts[start] = True
        head_ends.add(end)
    if sum(1 for a, b in pairwise(words) if b[0] - a[0] - len(a[1]) >= _GAP) >= 3:
        # A paste that turned each line break into a run of spaces.
        for (a, aw), (b, _) in pairwise(words):
            if b - a - len(aw) >= _GAP:
                cuts.setdefault(b, False)
    for m in LETTER_OPENING_INLINE.finditer(line):
        if not SALUTATION_ONLY_START.match(m.group(0)):
            continue  # "S.E. Sr. X," is a recipient, "Dear X," a letter's opening
        cuts.setdefault(m.start(), False)
        head_ends.add(m.end())
    label_at: dict[int, str] = {}
    for m in _labels(line):
        # A block's labels stay on its line: the block reader reads "who, where, Fax: ...,
        # Email: ..." written on one line.
        label_at[m.start()] = field_of_label(m.group(1))
    stops = sorted([*label_at, *cuts])
    out: list[list[str]] = [[]]
    blank_before: list[bool] = [False]
    field: str | None = None  # the field whose value the current line holds
    value_done = False
    address_end = False
    value_start = 0  # the first word of the current label's value
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
            if any(pos >= e and not line[e:pos].strip() for e in head_ends):
                cut = False
            elif value_done and word not in _VALUE_GOES_ON and not _GOES_ON.search(word):
                following = words[i + 1][0] if i + 1 < len(words) else -1
                if pos in label_at or (len(word) <= 2 and following in label_at):
                    value_done = pos not in label_at  # "212 555 I Fax: ...": a separator
                elif not (field in ("fax", "phone") and _NUMBER_PART.match(word)):
                    cut = bool(HONORIFIC_START.match(rest) or TITLE_START.match(rest))
            elif value_done:
                pass
            elif (
                field == "salutation"
                and len(current) >= 3
                and _next_recipient(line, words, i, stops, value_start)
            ):
                cut = True
            elif _new_line(word, previous, rest, field):
                cut = False
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
        if cut is False and current and current[-1].endswith((".", "!", "?", ":")):
            # A recipient's honorific after a sentence or a heading opens a block.
            cut = bool(HONORIFIC_START.match(rest))
        if cut is not None and current:
            out.append([])
            blank_before.append(cut)
            field, value_done, address_end = None, False, False
        if pos in label_at:
            field, value_done = label_at[pos], False
            value_start = i + 1
        elif value_done:
            pass
        elif field in ("email", "twitter") and ("@" in word or word.endswith("]")):
            # (A web page's hidden address reads "[email protected]".)
            value_done = True
        elif field in ("fax", "phone") and _NUMBER_PART.match(word):
            next_word = words[i + 1][1] if i + 1 < len(words) else ""
            value_done = not _NUMBER_PART.match(next_word)
        out[-1].append(word)
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


def _several_blocks(line: str) -> bool:
    """A label of the same field twice: the blocks of two recipients or more on one line."""
    fields = [field_of_label(m.group(1)) for m in _labels(line)]
    return len(fields) > len(set(fields))


def split_run_on(text: str, *, several_blocks: bool = False) -> str:
    """`text` with each run-on line cut back into its lines; other lines unchanged. With
    `several_blocks` (a web page's paragraphs, where one recipient's block on one line is
    the page's own layout), only a line holding the blocks of two recipients or more."""
    if not any(len(line) >= _MIN_LENGTH for line in text.split("\n")):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if is_run_on(line) and (not several_blocks or _several_blocks(line)):
            parts = split_line(_unglued(line.strip()))
            out.extend(["", *parts, ""] if len(parts) > 1 else [line])
        else:
            out.append(line)
    return "\n".join(out)
