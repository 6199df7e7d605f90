"""A delimited table saved as text (a spreadsheet exported as CSV or TSV) -> paragraphs.

A group's list of contacts is often kept in a spreadsheet and passed on as its export: a
heading row that names the columns ("name;title;address;country;fax"), then a recipient per
row. Read line by line, such a file is one long line a recipient, cells parted by ";", and
no block reader finds a name, a street or a country in it. The table is recognised by its
shape alone (every row of the heading's width, short column names), whatever the language of
its headings, and each row becomes a block of one line per cell, as a Markdown or HTML table
of contacts does: a cell under a field's name the block reader knows ("Fax", "Tratamiento",
"E-mail") keeps it as its label; a long cell of running text (the appeal pasted into a notes
column) is the document's text, before the blocks.
"""

from __future__ import annotations

import csv
import html
import io
import re

from appeal_tui.core.importer.phrases import (
    ADDRESS_LABEL,
    COPIES,
    COPY_HEADING,
    COPY_MARKS,
    FIELD_LABEL,
    RECIPIENT_ROLE_HEADING,
    RECIPIENTS_HEADING,
    WHO_LABEL,
    WRITE_TO_LINE,
    column_label_kind,
    label_field,
    other_column_kind,
    who_label_kind_or_none,
)

# A cell of running text rather than a field: several lines, or a long one.
_LONG_CELL = 160
_DELIMITERS = (";", "\t", ",", "|")
_COPY_MARKS = frozenset(mark.casefold() for mark in COPY_MARKS)


def _known_label(label: str) -> bool:
    return bool(FIELD_LABEL.match(label.strip().rstrip(":：").strip() + ": x"))


def _column_name(cell: str) -> bool:
    """A heading cell that names a column: short, a few words, no sentence."""
    text = cell.strip()
    # (Words, not the signs between them: "CEP / Cidade - UF" names one column.)
    words = re.findall(r"[^\W_]+", text)
    return len(text) <= 40 and len(words) <= 4 and not re.search(r"[.!?]\s|@", text)


def _rows(text: str, delimiter: str) -> list[list[str]] | None:
    try:
        rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error:
        return None
    return [row for row in rows if any(cell.strip() for cell in row)]


def _table(text: str) -> tuple[list[str], list[list[str]]] | None:
    """The heading row and the rows of a delimited table, when `text` is one: three columns
    or more, every heading a column's name, two rows or more, and (nearly) every row of the
    heading's width."""
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    for delimiter in _DELIMITERS:
        if first.count(delimiter) < 2:
            continue
        rows = _rows(text.lstrip("\ufeff"), delimiter)
        if not rows or len(rows) < 3:
            continue
        head, body = rows[0], rows[1:]
        width = len(head)
        named = [cell for cell in head if cell.strip()]
        if width < 3 or len(named) < max(3, width - 1) or not all(map(_column_name, named)):
            continue
        same = [row for row in body if len(row) == width]
        if len(same) < 2 or len(same) < 0.8 * len(body):
            continue
        return head, same
    return None


def _copy_word(value: str) -> bool:
    text = value.strip().rstrip(":：").strip()
    return bool(text) and len(text.split()) <= 2 and bool(COPIES.match(text + ":"))


def _contact_evidence(names: list[str], rows: list[list[str]]) -> bool:
    """Whether a table's rows are contacts: a column named by a field's label ("Fax",
    "E-mail", "Salutation") or an address label ("Address", "Dirección"), or a cell holding
    an e-mail address, a phone or fax number or a postcode before its place."""
    if any(name and (_known_label(name) or ADDRESS_LABEL.match(name + ":")) for name in names):
        return True
    return any(
        len(cell) <= _LONG_CELL
        and bool(
            _EMAIL.search(cell)
            or _POSTCODE_INSIDE.search(cell)
            or (len(re.findall(r"\d", cell)) >= 7 and _NUMBER.search(cell))
        )
        for row in rows
        for cell in row
    )


def delimited_text(text: str) -> str | None:
    """The paragraphs of a delimited table of contacts, or None when `text` is no such table."""
    table = _table(text)
    if table is None:
        return None
    return _table_blocks(*table)


def _role_value(value: str) -> bool:
    """A cell a role column holds: empty or a dash, a mark ("x", "✓", a "yes"), or a role's
    word or two ("kopie", "principale"); not an e-mail address, a number or an address (a
    column of copies' addresses is a field of the row, mend 35b)."""
    text = value.strip()
    if not text or EMPTY_PART.fullmatch(text) or text.casefold() in _COPY_MARKS:
        return True
    return len(text) <= 24 and len(text.split()) <= 2 and not re.search(r"[\d@,]", text)


def _role_column(names: list[str], rows: list[list[str]]) -> tuple[int | None, bool]:
    """The column that gives each row its role, and whether it is headed by a "copies" word
    ("Copy", "Kopie": a mark in it, "x" or a "yes", makes the row a copy), when its cells are
    marks or role words only. Else a column of short words, few of them, one of them a
    "copies" word ("Soort": "hoofdadres" / "kopie")."""
    for i, name in enumerate(names):
        if _copy_word(name) and all(_role_value(row[i]) for row in rows):
            return i, True
    for i in range(len(names)):
        values = {row[i].strip() for row in rows if row[i].strip()}
        if (
            values
            and len(values) <= 3
            and all(len(v.split()) <= 2 for v in values)
            and any(_copy_word(v) for v in values)
        ):
            return i, False
    return None, False


def role_column(names: list[str], rows: list[list[str]]) -> tuple[int | None, bool]:
    """`_role_column` of rows of any width (a Markdown or HTML table's): short rows padded."""
    width = len(names)
    padded = [[*row[:width], *[""] * (width - len(row))] for row in rows]
    return _role_column(names, padded)


def copy_mark(value: str, name: str, copy_headed: bool) -> str | None:
    """The heading a row's role cell gives its row when it makes it a copy ("kopie" ->
    "kopie:"; a mark "x" under a column headed "Copy" -> "Copy:"), else None."""
    value = value.strip()
    if _copy_word(value):
        return value.rstrip(":：").strip() + ":"
    if copy_headed and value.casefold() in _COPY_MARKS:
        return name.strip().rstrip(":：").strip() + ":"
    return None


def _table_blocks(head: list[str], rows: list[list[str]]) -> str | None:
    """The paragraphs of a table of contacts given as its heading row and rows of its width,
    or None when its rows are no contacts.

    A role column (`_role_column`) gives each row its role: the copies' rows come after the
    others, below the copy word as their heading. A column of numbers alone (a row's number)
    and empty cells are left out."""
    names = [cell.strip().rstrip(":：").strip() for cell in head]
    role_col, copy_headed = _role_column(names, rows)
    if role_col is None and not _contact_evidence(names, rows):
        # A table of other things (the people at risk, their ages and prisons): left as text.
        return None
    prose: list[str] = []
    firsts: list[str] = []
    copies: list[str] = []
    copy_heading = ""
    for row in rows:
        lines: list[str] = []
        fields: list[str] = []
        is_copy = False
        for i, cell in enumerate(row):
            value = cell.strip()
            if not value:
                continue
            if i == role_col:
                word = copy_mark(value, names[i], copy_headed)
                if word:
                    is_copy = True
                    copy_heading = copy_heading or word
                continue
            if "\n" in value or len(value) > _LONG_CELL:
                prose.append(value)
                continue
            if re.fullmatch(r"#?\d{1,4}\.?", value):
                continue
            name = names[i] if i < len(names) else ""
            if name and _known_label(name) and not FIELD_LABEL.match(value):
                # Labelled fields below the recipient's own lines: a label above a name
                # reads as the end of the block before.
                fields.append(f"{name}: {value}")
            else:
                lines.append(value)
        if len(lines) + len(fields) < 2:
            # One cell alone (a total, a remark): no recipient.
            prose.extend(lines + fields)
            continue
        (copies if is_copy else firsts).append("\n".join(lines + fields))
    if not firsts and not copies:
        return None
    rows_text = "\n\n".join([*firsts, *([copy_heading, *copies] if copies else [])])
    if not prose:
        return rows_text + "\n"
    # A rule between the text and the rows (as a page draws one round a table): no block is
    # widened across it into the text's last lines.
    return "\n\n".join(prose) + "\n\n----------\n\n" + rows_text + "\n"


# A line of a spreadsheet's rows pasted into a text (a mail's body): three cells or more.
_PASTED_ROW = re.compile(r"^[^\t\n]*\t[^\t\n]*\t")
_PASTED_MIN_LINES = 3


def column_kind(cell: str) -> str | None:
    """What a heading cell names, when it is a column's name of a table of recipients: a
    recipient's own line ("Naam", "Cargo": "who"), an address ("Adres"), a field ("Fax",
    "Aanhef"), a place, a country or a role (`column_label_kind`), a "copies" word ("Kopie").
    A name of several parts ("Postcode/Plaats", "Fax / E-mail") when each part is one."""
    text = cell.strip().strip("*_").rstrip(":：").strip()
    if not text or len(text) > 40:
        return None
    kinds = [_one_column_kind(part) for part in re.split(r"\s*/\s*", text)]
    return kinds[0] if all(kinds) else None


def _one_column_kind(name: str) -> str | None:
    if not name:
        return None
    kind = column_label_kind(name)
    if kind:
        return kind
    if WHO_LABEL.match(name + ": x"):
        return "who"
    if ADDRESS_LABEL.match(name + ":"):
        return "address"
    if _known_label(name):
        return "field"
    if _copy_word(name):
        return "role"
    return None


def _cells(line: str, delimiter: str) -> list[str]:
    """A line's cells parted by `delimiter` (a quoted cell may hold it); a row drawn between
    pipes ("| a | b |") without its outer pipes."""
    if delimiter == "|":
        line = line.strip()
        line = line[1:] if line.startswith("|") else line
        line = line[:-1] if line.endswith("|") else line
    try:
        return next(csv.reader([line], delimiter=delimiter, skipinitialspace=True), [])
    except csv.Error:
        return []


def _heading_row(line: str) -> tuple[str, list[str]] | None:
    """The separator and cells of a table's heading row inside a text: three cells or more,
    each a column's name in shape, three of them (and half) names the tables know."""
    for delimiter in _DELIMITERS:
        if line.count(delimiter) < 2:
            continue
        cells = _cells(line, delimiter)
        named = [cell.strip() for cell in cells if cell.strip()]
        if len(cells) < 3 or len(named) < max(3, len(cells) - 1):
            continue
        if not all(map(_column_name, named)):
            continue
        known = sum(1 for cell in named if column_kind(cell))
        if known >= 3 and 2 * known >= len(named):
            return delimiter, cells
    return None


# Lines one row of a table may take when its page wrapped it.
_ROW_LINES = 3


def _rows_below(
    lines: list[str], start: int, delimiter: str, width: int
) -> tuple[list[list[str]], int]:
    """The rows of a table below its heading row (at `start`) and the index after them. A row
    wrapped onto the next lines (a page's width) is read whole: lines are joined until it has
    the heading's cells. The rows end at a blank line, a line without the separator, or a
    line that makes no row of the heading's width."""
    rows: list[list[str]] = []
    index = start
    while index < len(lines) and delimiter in lines[index] and lines[index].strip():
        joined = lines[index].strip()
        cells = _cells(joined, delimiter)
        used = 1
        while (
            len(cells) < width
            and used < _ROW_LINES
            and index + used < len(lines)
            and lines[index + used].strip()
        ):
            joined += " " + lines[index + used].strip()
            cells = _cells(joined, delimiter)
            used += 1
        if len(cells) == width + 1 and not cells[-1].strip():
            cells = cells[:-1]  # a separator after the last cell
        if len(cells) != width or any(len(cell) > _LONGEST_PART for cell in cells):
            break
        rows.append(cells)
        index += used
    return rows, index


def _column_evidence(cell: str) -> str | None:
    """What a heading cell says of its table: "recipient" for a column only a recipient has
    (a salutation, an e-mail address, a fax number, a role or copies mark), "office" for an
    office's or a body's (WHO_LABELS), "other" for an age, a date or a time (a table of the
    people at risk or of events); None for any other."""
    text = cell.strip().strip("*_").rstrip(":：").strip()
    found = None
    for part in re.split(r"\s*/\s*", text):
        if not part.strip():
            continue
        if (
            label_field(part) in {"salutation", "email", "fax"}
            or column_label_kind(part) in {"email", "role"}
            or _copy_word(part)
        ):
            return "recipient"
        if who_label_kind_or_none(part) in {"title", "organisation", "recipient"}:
            found = "office"
        elif other_column_kind(part) and found is None:
            found = "other"
    return found


def _under_write_to(lines: list[str], index: int) -> bool:
    """Whether the line above `index` (the nearest one with words) is a "write to" heading or
    a heading of recipients or copies: the table sits in the recipients' zone."""
    for above in reversed(lines[max(0, index - 3) : index]):
        text = above.strip().strip("#*_ ").strip()
        if not text:
            continue
        return bool(
            WRITE_TO_LINE.match(text)
            or RECIPIENTS_HEADING.fullmatch(text)
            or RECIPIENT_ROLE_HEADING.fullmatch(text.rstrip(":：").strip())
            or COPY_HEADING.fullmatch(text)
        )
    return False


def _recipients_table(lines: list[str], index: int, head: list[str]) -> bool:
    """(Mend 35b) Whether a heading row names a table of recipients rather than one of the
    people at risk or of events (a vigil's place and time) with a phone or a postcode in its
    cells: a column names what only a recipient has (a salutation, an e-mail address, a fax
    number, a role); else, when no column is an age, a date or a time, a column names an
    office or a body, or the table sits under a "write to" heading."""
    kinds = {_column_evidence(cell) for cell in head}
    if "recipient" in kinds:
        return True
    if "other" in kinds:
        return False
    return "office" in kinds or _under_write_to(lines, index)


def _named_table(lines: list[str], index: int) -> tuple[str, int] | None:
    """A table of recipients inside a text whose heading row (at `index`) names its columns,
    whatever the separator: its paragraphs and the index after its rows."""
    heading = _heading_row(lines[index])
    if heading is None:
        return None
    delimiter, head = heading
    if not _recipients_table(lines, index, head):
        return None
    rows, end = _rows_below(lines, index + 1, delimiter, len(head))
    if not rows:
        return None
    read = _table_blocks(head, rows)
    return (read, end) if read is not None else None


def pasted_tables(text: str) -> str:
    """`text` with each table of recipients inside it read as `delimited_text` reads a whole
    file: a block a row. A table is a heading row that names its columns (`column_kind`), any
    separator, and its rows below it, wrapped or not (round 35b); or a run of a spreadsheet's
    rows pasted into it (lines of tab-parted cells, a heading row first, round 33a). A run
    that is no table of contacts stays as it is."""
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    changed = False
    while index < len(lines):
        named = _named_table(lines, index) if len(lines[index]) <= 400 else None
        if named is not None:
            read, index = named
            out += ["", read.strip("\n"), ""]
            changed = True
            continue
        end = index
        while end < len(lines) and _PASTED_ROW.match(lines[end]):
            end += 1
        if end - index >= _PASTED_MIN_LINES:
            read_rows = delimited_text("\n".join(lines[index:end]))
            if read_rows is not None:
                out += ["", read_rows.strip("\n"), ""]
                changed = True
                index = end
                continue
        out += lines[index : max(end, index + 1)]
        index = max(end, index + 1)
    return "\n".join(out) if changed else text


# Two spaces or more between the parts of a line: where a page's lines were run together.
_SPACED = re.compile(r"[ \u00a0]{2,}")
# A postcode before its place ("0114 Tbilisi", "10117 Berlin,", "103 88 Stockholm"); a place
# before digits is left out (a month before its year).
_POSTCODE_PLACE = re.compile(r"^(?:\d{2}-\d{3}|\d{3,6}(?:[ -]\d{2,3})?)\s+[^\W\d]")
# What a document's head line holds beside its parts: a reference ("UA 12/34") or a date.
_HEAD_PART = re.compile(
    r"\b[A-Z]{2,6}[.:]?\s*\d+\s*/\s*\d{2}\b"
    r"|\b\d{1,2}\.?\s+(?:[^\W\d]{1,3}\s+)?[^\W\d]{3,}\.?\s+(?:[^\W\d]{1,3}\s+)?\d{4}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b"
)


def _field_part(part: str) -> bool:
    """A part of a line that only a recipient's block holds: an e-mail address or a postcode
    before its place. (A country alone is not enough: a table's nationality or country
    column holds one on each row.)"""
    if len(part) > _LONGEST_PART:
        return False
    return bool(_EMAIL.search(part) or _POSTCODE_PLACE.search(part))


# (Started at a token's first character only, the lookbehind: a long token without "@" is
# read once, not once from each of its characters.)
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# A sentence inside a part ("... arrested. He ..."): a word's last four letters before the
# stop, as "\w{4,}" says, but of fixed width, so a long token is read in linear time.
_SENTENCE = re.compile(r"\w{4}[.!?]\s+\S")
# A part or a cell longer than this is no field of a recipient's block (and a long token is
# not handed to the country and postcode readers).
_LONGEST_PART = 150


def spaced_blocks(text: str) -> str:
    """A recipient's block printed on one line, its lines parted by runs of spaces ("Name  Office
    Street  0114 City  Country  E-mail: x"), as a page copied without its line breaks gives
    it: each part is a line again. Only a line of three parts or more, each a few words (no
    sentence), one of them a part only a block holds (an e-mail address or a postcode
    before its place; a country alone is not enough), and not a row beside another of as
    many parts (a table); columns of several lines were read before (`unfold_columns`)."""
    out: list[str] = []
    lines = text.split("\n")
    counts = [len([p for p in _SPACED.split(line.strip()) if p.strip()]) for line in lines]
    for i, line in enumerate(lines):
        parts = [p.strip() for p in _SPACED.split(line.strip()) if p.strip()]
        # A line beside another of as many spaced parts (a heading row that names the
        # columns, the rows below it) is a table's row, not a block on one line.
        table_row = any(0 <= j < len(lines) and counts[j] == len(parts) for j in (i - 1, i + 1))
        if (
            len(parts) >= 3
            and not table_row
            # Each part a few words with letters or digits of its own (no "-" or "|" between
            # parts: a letterhead's strip), no sentence, no reference or date (a document's
            # head line), no space before punctuation (a scan's spacing).
            and all(
                len(p) <= _LONGEST_PART
                and len(p.split()) <= 8
                and len(re.findall(r"\w", p)) >= 2
                and not _SENTENCE.search(p)
                and not _HEAD_PART.search(p)
                for p in parts
            )
            and not re.search(r"\s[,:;.]", line)
            and any(_field_part(p) for p in parts)
        ):
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + p for p in parts)
        else:
            out.append(line)
    return "\n".join(out)


# A cell parted from the next by a semicolon ("nom ; fonction ; adresse"), and an empty cell.
# (The spaces before it are stripped with the cell: "\s*;" would be tried from each space of
# a long run.)
_RECORD_CUT = re.compile(r";\s+")
# A cell or part of nothing but spaces, dashes, slashes or dots: empty.
EMPTY_PART = re.compile(r"[\s\-–—/.]*")
# A phone or fax number: seven digits or more, with spaces, dots or dashes between.
_NUMBER = re.compile(r"\+?\d[\d\s().\-/]{6,}\d")
_POSTCODE_INSIDE = re.compile(r"(?:^|[\s,])(?:\d{2}-\d{3}|\d{4,6})\s+[^\W\d]")


def contact_cell(text: str) -> bool:
    """A cell that holds an e-mail address or a postcode before its place: a contact's."""
    return bool(_EMAIL.search(text) or _POSTCODE_INSIDE.search(text))


def _record_field(part: str) -> bool:
    """A cell that only a recipient's row holds: an e-mail address, a phone or fax number, a
    postcode before its place, or an address ending with its country."""
    from appeal_tui.core.importer.countries import split_country

    if len(part) > _LONGEST_PART:
        return False
    if _EMAIL.search(part) or _POSTCODE_INSIDE.search(part):
        return True
    if len(re.findall(r"\d", part)) >= 7 and _NUMBER.search(part):
        return True
    found = split_country(part)
    return found is not None


def _contact_label(cell: str) -> bool:
    """A cell opened by a contact's label ("Contact: Name", "Kontakt: ...", "Contact us:"):
    the row is the publisher's own contact line, not a recipient's row."""
    from appeal_tui.core.importer.phrases import CONTACT_CUE, PUBLISHER_CONTACT

    m = re.match(r"([^:：]{1,40})[:：]", cell)
    return bool(
        PUBLISHER_CONTACT.match(cell)
        or (m and len(m.group(1).split()) <= 3 and CONTACT_CUE.search(m.group(1) + ": "))
    )


def record_rows(text: str) -> str:
    """A recipient written as one row of cells parted by semicolons ("M. X ; Minister of
    Justice ; 8, street, 16030 City, Country ; fax +1 234 567 ; Dear Minister"), as a feed, a
    list or a form's export gives it: each cell is a line of the block, an empty cell ("–")
    is left out. Only a line of its own (not one that goes on from running text), of three
    cells or more, each of a few words and no sentence, two
    of them cells only a recipient's row holds (an e-mail address, a phone or fax number, a
    postcode before its place, an address ending with its country)."""
    out: list[str] = []
    previous, split = "", False
    for line in text.split("\n"):
        # A line that goes on from a line of running text (a wrapped paragraph whose cells
        # run across lines) is no row of its own.
        goes_on = (
            bool(previous.strip())
            and not split
            and not previous.rstrip().endswith((".", ":", "!", "?", "："))
        )
        previous, split = line, False
        if ";" not in line or goes_on:
            out.append(line)
            continue
        parts = [p.strip() for p in _RECORD_CUT.split(line.strip())]
        cells = [p for p in parts if not EMPTY_PART.fullmatch(p)]
        if (
            len(parts) >= 3
            and not _contact_label(parts[0])
            and len(cells) >= 2
            and all(
                len(p) <= _LONGEST_PART
                and len(p.split()) <= 10
                and not _SENTENCE.search(p)
                and not p.startswith("(")
                for p in cells
            )
            and sum(_record_field(p) for p in cells) >= 2
        ):
            indent = line[: len(line) - len(line.lstrip())]
            out.extend(indent + p for p in cells)
            split = True
        else:
            out.append(line)
    return "\n".join(out)


# A news feed (Atom or RSS): its root element near the start.
_FEED_ROOT = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:feed|rss|rdf:RDF)\b", re.S
)
_FEED_ITEM = re.compile(r"<(entry|item)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)


def _feed_element(item: str, *names: str) -> str:
    for name in names:
        m = re.search(rf"<{name}\b[^>]*>(.*?)</{name}\s*>", item, re.S | re.I)
        if m and m.group(1).strip():
            value = m.group(1)
            cdata = _CDATA.search(value)
            # Escaped markup ("&lt;p&gt;") is the entry's HTML; CDATA holds it as written.
            return cdata.group(1) if cdata else html.unescape(value)
    return ""


def feed_html(raw: str) -> str | None:
    """A news feed's entries as one HTML page, or None when `raw` is no feed. A group that
    publishes its actions on a blog passes them on as the blog's feed: each entry's text is
    HTML written as escaped text inside the feed's XML ("&lt;p&gt;"), which a reader of the
    XML as a page would show as tags. Each entry becomes a section: its title as a heading,
    then its full content (`content`, `content:encoded`), else its summary or description.
    The XML is read by its elements' names alone: no entities are expanded, nothing is
    fetched."""
    if not _FEED_ROOT.match(raw[:2000]):
        return None
    sections: list[str] = []
    for m in _FEED_ITEM.finditer(raw):
        item = m.group(2)
        title = _feed_element(item, "title")
        body = _feed_element(item, "content:encoded", "content", "description", "summary")
        if not (title or body):
            continue
        sections.append(f"<section><h2>{title}</h2>\n{body}</section>")
    return "<html><body>\n" + "\n".join(sections) + "\n</body></html>" if sections else None


# Words that never end a line of print that ends a paragraph: an article or a preposition
# waits for its noun ("Avenue de la" / "Paix 1-3", "Ministry of the" / "Interior"). Not a
# word that also ends a sentence or a heading ("what you can do", "what it is for", German
# "da", "das", Swedish "av" as a particle).
_WAITING_WORDS = frozenset(
    """of the de du des la le del von der van het dos di della dei degli al au aux
    zur zum für para pour""".split()  # noqa: SIM905
)


def rejoin_broken_paragraphs(text: str) -> str:
    """A paragraph that a blank line cut inside a phrase (a page's spacing, a column's foot)
    goes on: a full line (40 characters or more) ending with an article or a preposition,
    with no sentence stop, is joined to the paragraph below when that starts with a letter."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        words = line.split()
        if (
            len(line.strip()) >= 40
            and words
            and words[-1].casefold() in _WAITING_WORDS
            and i + 2 < len(lines)
            and not lines[i + 1].strip()
            and lines[i + 2][:1].isalpha()
        ):
            out.append(line)
            i += 2  # the blank line goes
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
