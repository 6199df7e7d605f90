"""A table typed as text, its columns side by side under a rule of dashes (round 28g).

A table of recipients saved as plain text keeps its columns side by side: a simple table with
a rule of dashes under its heading row ("Name      Address      Contacts      Salutation" over
"-------   ---------   --------   ----------").
Read line by line, each line holds a piece of every column, and no block reader finds a
recipient in it. The rule tells where each column starts and ends, whatever the language:

- Under a heading row of field names (in any language the tables know), each row (parted by
  blank lines) is one recipient: its cells, column after column, are the block's lines; the
  lines a cell wrapped go back together (a line that goes on in small letters, a label alone
  over its value, an e-mail address cut after its dot, a salutation's words).

(A grid drawn with "+---+" and "|" is left to the readers that know it: its cells are often
one recipient in two languages, not a recipient each.)
"""

from __future__ import annotations

import re

# A simple table's rule: runs of dashes parted by spaces.
_SIMPLE_RULE = re.compile(r"[ \t]*-{3,}(?: +-{3,}){1,5}[ \t]*")
# A short word in small letters that never ends a line of its own ("по", "de", "of", "в").
_SHORT_WORD = re.compile(r"(?:^|\s)[^\W\d_]{1,3}$")


def _rule_spans(rule: str) -> list[tuple[int, int]]:
    """Each column from the start of its dashes to the start of the next column's."""
    starts = [m.start() for m in re.finditer(r"-+", rule)]
    return [(a, b) for a, b in zip(starts, [*starts[1:], 10**6], strict=True)]


def _cells(line: str, spans: list[tuple[int, int]]) -> list[str]:
    return [line[a:b].strip(" |\t") for a, b in spans]


def _head_cell(text: str) -> bool:
    from appeal_tui.core.importer.layout import _column_name_cell

    return bool(text) and _column_name_cell(text)


def _goes_on(above: str, below: str, whole: bool) -> bool:
    """Whether the cell's line `below` goes on the line `above` (the cell wrapped there)."""
    from appeal_tui.core.importer.phrases import FIELD_LABEL

    if whole:
        return True
    if below[:1].islower() and not FIELD_LABEL.match(below):
        return True
    if above.endswith((":", "：")) and FIELD_LABEL.fullmatch(above) and ":" not in below:
        return True
    if (
        _salutation_head(above.partition(":")[0].strip())
        and ":" not in below
        and len(below.split()) <= 3
    ):
        # A labelled greeting wrapped at the cell's edge ("Salutation: Dear Commissioner"
        # over "General").
        return True
    if "@" in above and above.endswith((".", "-")) and re.fullmatch(r"[a-z]{2,6}", below):
        return True
    return bool(_SHORT_WORD.search(above)) and above.split()[-1].islower()


def _joined(lines: list[str], whole: bool, who: bool = False) -> list[str]:
    """A cell's lines with the lines it wrapped put back together; `who` for the cell that
    opens a recipient's row, whose first line may be a name wrapped before its last word."""
    from appeal_tui.core.importer.pdf_layout import _name_cut

    out: list[str] = []
    for line in lines:
        if out and (
            _goes_on(out[-1], line, whole) or (who and len(out) == 1 and _name_cut(out[0], line))
        ):
            glue = "" if "@" in out[-1] and out[-1].endswith((".", "-")) else " "
            out[-1] = out[-1] + glue + line
        else:
            out.append(line)
    return out


def _salutation_head(text: str) -> bool:
    from appeal_tui.core.importer.phrases import FIELD_LABEL, field_of_label

    m = FIELD_LABEL.match(f"{text}:")
    return m is not None and field_of_label(m.group(1)) == "salutation"


def _simple_table(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The blocks of a simple table whose rule is line `i`, under a heading row of field
    names, and the index of the line after the table; None when it is no such table."""
    if i == 0 or not lines[i - 1].strip():
        return None
    spans = _rule_spans(lines[i])
    heads = _cells(lines[i - 1], spans)
    if not (2 <= len(spans) <= 6) or not all(_head_cell(h) for h in heads):
        return None
    whole = [_salutation_head(h) for h in heads]
    j = i + 1
    rows: list[list[str]] = [[]]
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            if j + 1 < len(lines) and not lines[j + 1].strip():
                break
            rows.append([])
        elif any(len(line) > a and " " not in line[a - 1 : a + 1] for a, _ in spans[1:]):
            # Text across a column's edge: running text after the table.
            break
        else:
            rows[-1].append(line)
        j += 1
    out: list[str] = []
    for row in rows:
        if not row:
            continue
        columns: list[list[str]] = [[] for _ in spans]
        for line in row:
            for k, cell in enumerate(_cells(line, spans)):
                if cell:
                    columns[k].append(cell)
        block = [
            text for k, cells in enumerate(columns) for text in _joined(cells, whole[k], k == 0)
        ]
        out += ["", *block]
    return [*out, ""], j


def ruled_tables(text: str) -> str:
    """`text` with its ruled tables read column by column (see the module's words)."""
    if "---" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        found = None
        if "---" in line and _SIMPLE_RULE.fullmatch(line):
            found = _simple_table(lines, i)
            if found is not None:
                out.pop()  # the heading row
        if found is not None:
            out += found[0]
            i = found[1]
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


_TABS = re.compile(r"\t+")


def label_tabs(text: str) -> str:
    """A field's label and its value parted by tabs ("Fax :<tab>+99 1 234", "E-mail:<tab>x@y")
    are one cell: the tabs are one space. Columns aligned with tabs are then told by the tabs
    between cells alone (a label's tab is no column's edge)."""
    if "\t" not in text:
        return text
    return _LABEL_TAB.sub(r"\1 ", text)


# A cell that is a label (three words at most, then a colon) before its value's tabs.
_LABEL_TAB = re.compile(
    r"(?m)((?:^|\t)[ ]*[^\W\d_][^\s:：\t]*(?: [^\s:：\t]+){0,2} ?[:：])\t+(?=\S)"
)


def tab_columns(text: str) -> str:
    """Blocks side by side, each line's cells parted by a run of tabs ("Minister X<tab><tab>
    Minister Y"), three lines or more of the same two to four cells: each column becomes a
    paragraph, as `unfold_columns` makes of columns aligned with spaces. The cells are told
    by their order on the line, not by where the tabs would put them (a short cell needs one
    tab more than a long one to reach the next column). A label's tab was made a space first
    (`label_tabs`); lines whose first cells are all labels are a form, no columns."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    counts = [len(_TABS.split(line.strip())) if "\t" in line.strip() else 1 for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        n = counts[i]
        j = i
        while j < len(lines) and counts[j] == n and n > 1:
            j += 1
        if j - i >= 3 and 2 <= n <= 4:
            rows = [_TABS.split(line.strip()) for line in lines[i:j]]
            # A last row with one column's cell only (the other column ended a line higher):
            # the first column's when it starts the line, the last's when tabs lead to it.
            while j < len(lines) and lines[j].strip() and counts[j] == 1:
                cell = lines[j].strip()
                rows.append(
                    [cell, *[""] * (n - 1)]
                    if not lines[j][:1].isspace()
                    else [*[""] * (n - 1), cell]
                )
                j += 1
            if not all(row[0].rstrip().endswith((":", "：")) for row in rows if row[0]):
                for k in range(n):
                    out += ["", *(row[k].strip() for row in rows if row[k].strip())]
                out.append("")
                i = j
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)
