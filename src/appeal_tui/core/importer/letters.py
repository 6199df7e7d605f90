"""A letter's own copies lines: "c.c. Ambassador X, Embassy of Y, street, city" at a letter's end.

A letter sent by a group or a writer lists the copies it sends under the signature, one
recipient to an entry: the copy word ("c.c.", "cc:", "CC", "Kopie an:", "Copie à :", "Copia
a:", any row of the copy tables), then who, their office and where, as one comma run over one
line or more. What holds by construction, in any language and era:

- an entry opens with the copy word at the start of its line, and its text holds a comma (who,
  then where); one entry is one recipient;
- an entry goes on over the next lines while its line ends with a comma, a hyphen or a word
  that never ends an office ("DE", "of", "und"), or the next line is indented deeper than the
  entry's own line (a typewriter's hanging indent), up to the next blank line or copy word;
- a mail header's "Cc:" (addresses in angle brackets, or a run of header labels around it) is
  no letter's copy.

The reader turns each entry into a block of the block reader (read as one comma run, as the
block reader reads any "Name, Office, street, city" line).
"""

from __future__ import annotations

import re

from appeal_tui.core.importer import language_rows as rows
from appeal_tui.core.importer.countries import split_country
from appeal_tui.core.importer.fields import is_file_reference_line
from appeal_tui.core.importer.phrases import (
    COPIES,
    COPY_WORDS_MORE,
    FIELD_LABELS,
    HONORIFIC_START,
    JOINING_WORDS,
    LETTER_CLOSING,
    SIGN_OFF,
    SUBJECT_LINE,
)

# The copy word of a letter's copies line, alone before the entry: "c.c.", "cc", "CC:", "c/c",
# "Copy:", "Kopie:", or any row of the copy tables followed by a colon.
# (Spanish "c.c.p." / "ccp", con copia para; French "p.c.c.", pour copie conforme.)
_ABBREVIATION = re.compile(
    # (Dotted, a colon or none: "c.c. X"; undotted only with its colon: "CC BY 4.0" in a
    # footer is a licence.)
    r"(?:c\.\s?c\.\s?p\.?|p\.\s?c\.\s?c\.?|c\.\s?c\.?)(?:\s*[:：]|(?=\s))"
    r"|(?:ccp|cc|c/c)\s*[:：]",
    re.IGNORECASE,
)
_COPY_WORD = re.compile(
    r"(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(
            {w for ws in COPY_WORDS_MORE.values() for w in ws}
            | {w for ws in rows.COPY_NOTES.values() for w in ws},
            key=len,
            reverse=True,
        )
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)
# A mail program's header lines around a "Cc:" line.
_MAIL_HEADER = re.compile(
    r"(?:from|to|an|de|à|para|subject|betreff|objet|asunto|date|sent)\s*:", re.I
)
_ANGLED_ADDRESS = re.compile(r"<[^<>\s]{1,80}@[^<>\s]{1,80}>")
_MAX_GOES_ON = 3
# A contact in brackets at an entry's end, its label without a colon ("(fax 071 555 0100)",
# "(Tel. +33 1 23 45)"): the label's field, as a labelled part of the run.
# (Anchored at the first space of a run: a long run of spaces is scanned once, not once per
# space.)
_BRACKETED_CONTACT = re.compile(
    r"(?<!\s)\s*\(\s*("
    + "|".join(
        re.escape(w)
        for w in sorted(
            {w for key in ("fax", "phone", "email") for w in FIELD_LABELS[key]},
            key=len,
            reverse=True,
        )
    )
    + r")\.?\s*[:：]?\s*([^()]{3,80})\)",
    re.IGNORECASE,
)


def _heading_words(table: dict[str, list[str]]) -> re.Pattern[str]:
    return re.compile(
        r"(?:"
        + "|".join(
            re.escape(w).replace("\\ ", r"\s+")
            for w in sorted({w for ws in table.values() for w in ws}, key=len, reverse=True)
        )
        + r")\s*[:：]",
        re.IGNORECASE,
    )


# Session 27e: the heading of a distribution "for action" ("GEREĞİ:", "Pour attribution :"),
# and of one "for information" ("BİLGİ:", "Pour information :").
_ACTION_WORD = _heading_words(rows.DISTRIBUTION_FOR_ACTION)
_INFORMATION_WORD = _heading_words(rows.DISTRIBUTION_FOR_INFORMATION)


def action_opener(text: str) -> int | None:
    """Where an entry's text starts after a "for action" heading that opens `text`, else
    None."""
    stripped = text.lstrip()
    found = _ACTION_WORD.match(stripped)
    if found is None:
        return None
    rest = stripped[found.end() :]
    if not rest.strip():
        return None
    return len(text) - len(stripped) + found.end() + len(rest) - len(rest.lstrip())


def copy_opener(text: str) -> int | None:
    """Where an entry's text starts after the copy word that opens `text`, else None."""
    stripped = text.lstrip()
    indent = len(text) - len(stripped)
    for pattern in (_ABBREVIATION, _COPY_WORD, COPIES):
        found = pattern.match(stripped)
        if found is not None and found.end() > 0:
            rest = stripped[found.end() :]
            if rest.strip():
                return indent + found.end() + len(rest) - len(rest.lstrip())
    return None


# The end of a finished address: a postcode before or after its place ("75001 Paris", "LONDON
# SW1X 8RN", "Ankara 06570").
_POSTCODE_PLACE = re.compile(
    r"(?:[A-Z]{1,2}-)?(?:\d{4,6}|\d{3}\s\d{2}|\d{2}-\d{3})\s+[^\W\d_][^\d,]{1,40}"
    r"|[^\W\d_][^\d,]{1,40}\s(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})",
)


def _finished(part: str) -> bool:
    if len(part) > 200:
        return False  # no address's last part (a run-on line: the search would be slow)
    return split_country(part) is not None or _POSTCODE_PLACE.fullmatch(part) is not None


# A place in capitals after a slash ends an address line in Turkish official usage
# ("Bakanlıklar/ANKARA", "Cedex/FRANSA", "Kızılay / ANKARA").
_SLASHED_PLACE = re.compile(r"[^\W\d_.]\s?/\s?([^\W\d_]{3,})$")


def _closes(line: str) -> bool:
    """`line` ends an address: a finished last part, or a place in capitals after a slash."""
    end = line.rstrip(" .")
    if len(end) > 200:
        return False
    found = _SLASHED_PLACE.search(end)
    return (found is not None and found.group(1).isupper()) or _finished(
        end.rsplit(",", 1)[-1].strip()
    )


_LABELLED = re.compile(r"[^\W\d_][^\W\d_ .'’-]{0,25}(?: [^\W\d_.]{1,25}){0,2}\s*[:：]\s")


def _stacked_entries(
    raw: list[str], at: int, first: str, skip: set[int]
) -> tuple[list[tuple[int, str]], int, int]:
    """The items of a distribution list without commas or markers, from the first item's
    text `first` on line `at` (after its heading): an office's name on its own line, its
    address lines under it, the item closed by the line that ends its address (a postcode's
    place, a country, a place in capitals after a slash: "Adalet Bakanlığına" /
    "Bakanlıklar/ANKARA"). Each item is given as one comma run; an item its lines do not
    close (a remark, "All member chambers", a page's running head) is none. The list ends at
    a blank line, another heading or a sentence; and the line after it, and the line after
    its last item."""
    found: list[tuple[int, str]] = []
    parts = [first.strip()]
    start = at
    k = at + 1
    closed = at
    while k < len(raw) and k not in skip and raw[k].strip() and k - start <= _MAX_GOES_ON:
        line = raw[k].strip()
        if (
            copy_opener(line) is not None
            or action_opener(line) is not None
            or _sentence(line)
            or is_file_reference_line(line)
        ):
            break  # (the next page's head: "Sayı : 2030/AB-12")
        if _LABELLED.match(line) is not None or "@" in line:
            # (A labelled field or an e-mail, "Adresse : ...": a block with its contacts, the
            # block reader's.)
            return [], k, at
        slashed = _SLASHED_PLACE.search(line.rstrip(" ."))
        if slashed is not None and split_country(slashed.group(1)) is not None:
            # ("Cedex/FRANSA": the country after the slash is the address's last part.)
            line = line[: slashed.start() + 1].rstrip(" /") + ", " + slashed.group(1)
        if not parts and found and closed == k and _closes(line):
            # A closing line under a closed item is its wrapped end ("01212 Town" /
            # "Cedex/FRANSA"): no item is a place alone.
            start, entry = found.pop()
            found.append((start, entry + " " + line))
            k += 1
            closed = k
            continue
        if not parts:
            start = k
        parts.append(line)
        k += 1
        if _closes(line):
            if len(parts) >= 2 and _reads_as_recipient(", ".join(parts)):
                found.append((start, ", ".join(parts)))
                closed = k
            parts = []
    return found, k, closed


def _distribution_heading(line: str) -> bool:
    """`line` opens with the heading of an official distribution "for action" or "for
    information" (not any copy word: "Kopia: Embassy X" over its lines is a block)."""
    stripped = line.lstrip()
    return bool(_ACTION_WORD.match(stripped) or _INFORMATION_WORD.match(stripped))


def stacked_lines(raw: list[str]) -> set[int]:
    """The lines of `raw` that hold a distribution list's items written a few lines each,
    with no commas (`_stacked_entries`), from its heading to its last item's end: read by
    `copy_entries`, not as the blocks of a recipient zone."""
    covered: set[int] = set()
    for i, line in enumerate(raw):
        start = action_opener(line)
        if start is None:
            start = copy_opener(line)
        if start is None or "," in line[start:] or not _distribution_heading(line):
            continue
        stacked, _, closed = _stacked_entries(raw, i, line[start:], set())
        if stacked:
            covered.update(range(i, closed))
    return covered


def _goes_on(line: str, below: str, indent: int, after: str | None) -> bool:
    """The entry on `line` goes on over `below`: its hanging indent, an open end, or a line
    that closes the run (another entry, a blank line or the text's end after it) under an
    entry whose address is not finished with its country (a text layer loses the indent)."""
    if not below.strip() or copy_opener(below) is not None or _sentence(below):
        return False
    deeper = len(below) - len(below.lstrip()) > indent
    end = line.rstrip()
    last = end.rsplit(None, 1)[-1] if end else ""
    closes = (after is None or not after.strip() or copy_opener(after) is not None) and (
        not _finished(end.rsplit(",", 1)[-1].strip(" ."))
    )
    return (
        deeper or closes or end.endswith((",", "-", "–", ";")) or last.casefold() in JOINING_WORDS
    )


def _sentence(text: str) -> bool:
    """`text` is a sentence, no line of an address: it ends with a full stop (or "!", "?")
    after lowercase words, or has many lowercase words that join nothing ("Please send your
    letters before 20 March 2026.")."""
    words = text[:400].split()
    lower = [w for w in words if w[:1].islower() and w.casefold().strip(",.") not in JOINING_WORDS]
    ends = text.rstrip().endswith((".", "!", "?")) and not words[-1][:-1].isupper()
    return len(lower) >= 4 or (ends and len(words) >= 3 and len(lower) >= 2)


# A copies heading alone on its line ("Nachrichtlich:", "Copie à :", "Do wiadomości:",
# "Копии:"), and the marker of an item of the list under it ("– ", "• ", "1. ", "2) ").
_LIST_MARK = re.compile(r"[ \t]*(?:[–—•·*-]|\d{1,2}[.)]|[a-z][.)])[ \t]+(?=\S)")


# A distribution list's heading alone ("Verzonden aan:", "Verteiler:", "Dağıtım:").
_DISTRIBUTION = re.compile(
    r"(?:"
    + "|".join(
        re.escape(w).replace("\\ ", r"\s+")
        for w in sorted(
            {w for ws in rows.DISTRIBUTION_HEADINGS.values() for w in ws}, key=len, reverse=True
        )
    )
    + r")\s*[:：]",
    re.IGNORECASE,
)


def copies_heading(line: str) -> bool:
    """`line` is a copies heading alone: a copy word (or the copy tables' words before "to",
    "à", "a", or a distribution list's heading) and its colon, nothing after (a heading set
    in bold, "**Kopie:**", is one too)."""
    stripped = line.strip().strip("*_").strip()
    if not 2 <= len(stripped) <= 40 or not stripped.endswith((":", "：")):
        return False
    found = _DISTRIBUTION.match(stripped)
    if found is not None and found.end() == len(stripped):
        return True
    for pattern in (_ABBREVIATION, _COPY_WORD, COPIES):
        found = pattern.match(stripped)
        if found is not None and found.end() > 0 and not stripped[found.end() :].strip(" :："):
            return True
    return False


def _listed_entries(raw: list[str], at: int, skip: set[int]) -> tuple[list[tuple[int, str]], int]:
    """The items of the list under the copies heading on line `at` (an entry each; an item
    goes on over its hanging lines), and the line after the list."""
    found: list[tuple[int, str]] = []
    j = at + 1
    while j < len(raw) and not raw[j].strip() and j - at <= 2:
        j += 1
    if j < len(raw) and j not in skip and _LIST_MARK.match(raw[j]) is None:
        return _unmarked_entries(raw, j, skip, at)
    while j < len(raw):
        if j in skip:
            if raw[j].strip() and _LIST_MARK.match(raw[j]) is None:
                break
            # (An item a recipient zone read already: the list goes on below it.)
            j += 1
            continue
        if not raw[j].strip():
            # (A page's paragraphs part the items: one blank line, then an item of the same
            # marker goes on with the list.)
            if j + 1 < len(raw) and raw[j + 1].strip() and _same_mark(raw[j + 1], raw[at + 1 :]):
                j += 1
                continue
            break
        mark = _LIST_MARK.match(raw[j])
        if mark is None:
            break
        # (Arabic script parts the run with its own comma: "مكتب X، شارع Y، المدينة".)
        parts = [raw[j][mark.end() :].strip().replace("،", ",")]
        indent = len(raw[j]) - len(raw[j].lstrip())
        k = j + 1
        while (
            k < len(raw)
            and k not in skip
            and k - j <= _MAX_GOES_ON
            and raw[k].strip()
            and _LIST_MARK.match(raw[k]) is None
            and (
                len(raw[k]) - len(raw[k].lstrip()) > indent
                or _wrapped_item_end(parts[-1], raw[k], raw[k + 1] if k + 1 < len(raw) else "")
                or _marked_item_follows(raw, k)
            )
        ):
            parts.append(raw[k].strip().replace("،", ","))
            k += 1
        for text in _numbered_run(mark.group(), " ".join(parts)):
            entry = _BRACKETED_CONTACT.sub(lambda m: f", {m.group(1)}: {m.group(2).strip()}", text)
            item = _recipient_item(entry, raw, at)
            if item is not None and ("," in item or _office_alone(item)):
                found.append((j, item))
        j = k
    return found, j


def _wrapped_item_end(item: str, below: str, after: str) -> bool:
    """`below`, unmarked and no deeper than its item, is the wrapped end of the item `item`
    (a text layer loses the hanging indent): the item's address is not finished, `below` is
    no sentence, and a marked item, a blank line or the text's end follows it (session 27e:
    "3. Rector of X, prof. Y, Av." / "Liberty 4, 10000 Town, Country" / "4. ...")."""
    return (
        "," in item
        and not _finished(item.rstrip(" .").rsplit(",", 1)[-1].strip())
        and not _sentence(below)
        and (not after.strip() or _LIST_MARK.match(after) is not None)
    )


def _numbered_run(mark: str, text: str) -> list[str]:
    """A numbered item's text, cut where the next numbers' items run on in it (a text layer
    that lost the line break: "1. Embassy, street, 00-950 Town 2. Minister X, street, ...")."""
    number = re.match(r"\s*(\d{1,2})[.)]", mark)
    if number is None:
        return [text]
    items: list[str] = []
    n = int(number.group(1))
    while len(text) < 600:
        cut = re.search(rf"(?<=[^\W_])\s+{n + 1}[.)]\s+(?=[^\W\d_])", text)
        if cut is None:
            break
        items.append(text[: cut.start()])
        text = text[cut.end() :]
        n += 1
    return [*items, text]


def _office_alone(item: str) -> bool:
    """An item with no comma that is an office written to without a name or address ("Chair
    of the Conference of Rectors"; not "Members of the board", not a council)."""
    from appeal_tui.core.importer.recipient_lines import looks_like_title

    return len(item) <= 120 and not _sentence(item) and looks_like_title(item)


def _same_mark(line: str, below: list[str]) -> bool:
    """`line` is an item marked as the list's first item is (a dash under a dash, a number
    under a number)."""
    first = next((b for b in below if b.strip()), "")
    mine, theirs = _LIST_MARK.match(line), _LIST_MARK.match(first)
    if mine is None or theirs is None:
        return False
    a, b = mine.group().strip(), theirs.group().strip()
    return a == b or (a[:1].isdigit() and b[:1].isdigit()) or (a[:1].isalpha() and b[:1].isalpha())


def _marked_item_follows(raw: list[str], k: int) -> bool:
    """Line `k` lies between two items of a marked list, its indentation lost (a text whose
    spaces were collapsed): another item follows before a blank line, within a few lines
    (round 27b)."""
    for m in range(k + 1, min(len(raw), k + _MAX_GOES_ON)):
        if not raw[m].strip():
            return False
        if _LIST_MARK.match(raw[m]) is not None:
            return True
    return False


def _unmarked_entries(
    raw: list[str], j: int, skip: set[int], at: int
) -> tuple[list[tuple[int, str]], int]:
    """The items of a copies list with no markers, from line `j`: a line each, as one comma
    run ending in a stop, a country or a postcode's place (a line that ends with a comma or a
    joining word goes on over the next). The list ends at a blank line or at a line that is
    neither an item nor a finished line of its own ("ADHESIONES", a heading); a line with no
    comma that ends in a stop ("Standing committee of the board.") is no recipient."""
    found: list[tuple[int, str]] = []
    while j < len(raw) and j not in skip and raw[j].strip():
        parts = [raw[j].strip()]
        k = j + 1
        while (
            k < len(raw)
            and k not in skip
            and k - j <= _MAX_GOES_ON
            and raw[k].strip()
            and (
                parts[-1].endswith((",", "-", "–"))
                or parts[-1].rsplit(None, 1)[-1].casefold() in JOINING_WORDS
            )
        ):
            parts.append(raw[k].strip())
            k += 1
        entry = " ".join(parts)
        if len(entry) > 300 or (_sentence(entry.replace(",", " ")) and "," not in entry):
            break
        last = entry.rstrip(" .").rsplit(",", 1)[-1].strip()
        if "," in entry and (entry.endswith(".") or _finished(last)):
            entry = _BRACKETED_CONTACT.sub(
                lambda m: f", {m.group(1)}: {m.group(2).strip()}", entry.rstrip(" .")
            )
            item = _recipient_item(entry, raw, at)
            if item is not None and "," in item and _reads_as_recipient(item):
                found.append((j, item))
        elif not entry.endswith("."):
            break
        j = k
    return found, j


def _reads_as_recipient(item: str) -> bool:
    """An unmarked item of a copies list names a recipient: its first part an office, a
    courtesy title, a person or a body, or a part of it an address's end (a postcode and its
    place, a country) or a contact. ("Members of the network, sections and structures,
    coordinators." under "Distribution:" is a sentence of whom to share with, none.)"""
    from appeal_tui.core.importer.recipient_lines import (
        looks_like_organisation,
        looks_like_person,
        looks_like_title,
    )

    parts = [p.strip(" .") for p in item.split(",")]
    first = parts[0]
    return (
        bool(re.search(r"@|\d{3}", item))
        or any(_finished(p) for p in parts[1:])
        or HONORIFIC_START.match(first) is not None
        or looks_like_title(first)
        or looks_like_person(first)
        or looks_like_organisation(first)
    )


def _words_of(table: dict[str, list[str]]) -> frozenset[str]:
    return frozenset(w.casefold() for ws in table.values() for w in ws)


_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)?")


def _recipient_item(entry: str, raw: list[str], at: int) -> str | None:
    """An item of a copies list as a recipient, without its remark parts ("zur Kenntnis",
    "per E-Mail"), or None: the writer's own file ("Handakte, Blatt 12"), or the person the
    letter is about (a name above the list, with no contact of its own: "Herrn X, z. Zt.
    Abschiebehaft Y" sends the client his copy)."""
    remarks = _words_of(rows.COPY_REMARKS) | _words_of(rows.COPY_NOTES)
    parts = [p.strip() for p in entry.split(",")]
    kept = [p for p in parts if p.casefold().strip(" .()") not in remarks]
    if not kept or kept[0].casefold().strip(" .()") in _words_of(rows.COPY_FILE_WORDS):
        return None
    first = kept[0].split()
    if first and first[0].casefold() in _words_of(rows.COPY_FILE_WORDS):
        return None
    if not re.search(r"@|\d{3}", entry) and not _office_alone(kept[0]):
        names = [w for w in first if _NAME_WORD.fullmatch(w) and w[:1].isupper()]
        if 2 <= len(names) == len(first) or 2 <= len(names) == len(first) - 1:
            above = " ".join(raw[max(0, at - 400) : at])
            # (Its stems, in any case: "pana Adama Wilka" above, "Pan Adam Wilk" listed.)
            stems = [re.escape(w[: max(3, len(w) - 2)]) + r"\w{0,4}" for w in names[-2:]]
            if re.search(r"(?<!\w)" + r"\s+".join(stems) + r"(?!\w)", above):
                return None
    return ", ".join(kept)


def copy_entries(raw: list[str], skip: set[int], *, action: bool = False) -> list[tuple[int, str]]:
    """The entries of a letter's copies lines in `raw` (the text's lines), as (index of the
    entry's first line, the entry on one line); lines in `skip` were read already. `action`:
    the entries of its distribution "for action" instead ("GEREĞİ: Adalet Bakanlığına")."""
    found: list[tuple[int, str]] = []
    opener = action_opener if action else copy_opener
    i = 0
    while i < len(raw):
        line = raw[i]
        start = opener(line) if i not in skip else None
        near = [raw[j] for j in (i - 1, i + 1) if 0 <= j < len(raw)]
        if start is not None and "," not in line[start:] and _distribution_heading(line):
            # "BİLGİ: Office in the dative" / "its address/CITY": items a few lines each.
            stacked, after, _ = _stacked_entries(raw, i, line[start:], skip)
            if stacked:
                found.extend(stacked)
                i = after
                continue
        if action and start is None:
            i += 1
            continue
        if (
            start is None
            and copies_heading(line)
            and not any(_MAIL_HEADER.match(n.strip()) for n in near)
        ):
            # "Nachrichtlich:" alone, then "– Office, street, city" an item each.
            items, after = _listed_entries(raw, i, skip)
            found.extend(items)
            i = max(after, i + 1)
            continue
        if start is None:
            i += 1
            continue
        if _ANGLED_ADDRESS.search(line) or any(_MAIL_HEADER.match(n.strip()) for n in near):
            i += 1  # a mail header's "Cc:" line
            continue
        indent = len(line) - len(line.lstrip())
        parts = [line[start:].strip()]
        j = i + 1
        while (
            j < len(raw)
            and j not in skip
            and j - i <= _MAX_GOES_ON
            and _goes_on(raw[j - 1], raw[j], indent, raw[j + 1] if j + 1 < len(raw) else None)
        ):
            parts.append(raw[j].strip())
            j += 1
        entry = _BRACKETED_CONTACT.sub(
            lambda m: f", {m.group(1)}: {m.group(2).strip()}", " ".join(parts)
        )
        if "," in entry:
            found.append((i, entry))
        i = j
    return found


_SIGNATURE_LINES = 3


# Two to four words and a comma at a line's start ("Kerstin Vallgren, ...").
_WORDS_THEN_COMMA = re.compile(r"\s*((?:[^\W\d_][\w'’.-]{0,30}\s){1,3}[^\W\d_][\w'’-]{0,30}),\s")


def _signer_first(line: str) -> bool:
    """A signature line that opens with a name of capitalised words and a comma, and ends in
    no sentence's stop."""
    found = _WORDS_THEN_COMMA.match(line)
    return (
        found is not None
        and all(w[:1].isupper() for w in found.group(1).split())
        and line.rstrip()[-1:] not in ".!?:"
    )


def signature_lines(text: str) -> list[str]:
    """The lines of a letter's signature: the first lines after its closing ("Yours
    sincerely," / "Mit freundlichen Grüßen"), across blank lines, up to the next blank line
    after them (the signer's name and role: the writer, never a person at risk nor a
    recipient). After a formal closing a long line of names and roles signs too
    ("Coordination: Dr X · Students: Y, Z."), not running text; after an informal one
    ("Thanks!") only short lines do."""
    raw = text.split("\n")
    found: list[str] = []
    for i, line in enumerate(raw):
        closing = line.strip()
        formal = LETTER_CLOSING.match(closing) is not None
        if len(closing) > 60 or not (formal or SIGN_OFF.match(closing)):
            continue
        j = i + 1
        while j < len(raw) and j - i <= 4 and not raw[j].strip():
            j += 1
        taken = 0
        while j < len(raw) and raw[j].strip() and taken < _SIGNATURE_LINES:
            words = raw[j].split()
            if copy_opener(raw[j]) is not None:
                break
            lower = sum(1 for w in words if w[:1].islower())
            if (
                (not formal or lower >= 0.4 * len(words))
                and (len(words) > 8 or raw[j].rstrip()[-1] in ".!?:")
                # "Name Surname, on behalf of the family of X": a signer's name and a comma
                # first, no sentence's end, is the signature however long its role.
                and not (formal and _signer_first(raw[j]))
            ):
                # A sentence after "Thanks!", or running text (mostly lowercase words) after
                # the closing of a model letter: the text goes on, no signature.
                break
            found.append(raw[j].strip())
            taken += 1
            j += 1
    return found


_SUBJECT_PARTS = re.compile(
    r"\s*(?:[,;&]|\s(?:and|und|et|y|e|en|og|och|ja|i|és|ve|и)\s|\s[–—-]\s)\s*", re.IGNORECASE
)
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-])*")


def subject_names(text: str) -> list[str]:
    """The names a letter's subject line gives ("RE: ELENA X AND RUBEN Y", "Betreff: Erika
    Muster und Hans Beispiel (UA 12/25)"): each part of two to six words, every word a name's
    (letters, capitalised or in capitals; particles such as "de" between). Who the letter is
    about: people at risk when the text names them again."""
    names: list[str] = []
    for line in text.split("\n"):
        if not SUBJECT_LINE.match(line.strip()):
            continue
        value = line.strip().split(":", 1)[-1].split("：", 1)[-1]
        value = re.sub(r"\([^()]{0,80}\)", " ", value)
        for part in _SUBJECT_PARTS.split(value):
            words = part.split()
            if not 2 <= len(words) <= 6 or not all(_NAME_WORD.fullmatch(w) for w in words):
                continue
            if not (words[0][:1].isupper() and words[-1][:1].isupper()):
                continue
            if any(w[:1].islower() and len(w) > 3 for w in words):
                continue  # "Detention of community organisers": running words, no name
            names.append(" ".join(words))
    return names
