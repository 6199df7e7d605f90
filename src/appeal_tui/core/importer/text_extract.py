"""A published document (plain text, HTML or Markdown) -> plain text in paragraphs.

Markup, scripts, styles, navigation and footers are dropped; block elements become paragraphs
(separated by a blank line) and `<br>` a line break, so the layout the reader saw survives.
Control and bidi-override characters are removed: a case file must not carry them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from appeal_tui.core.hidden_text import DIRECTION_MARKS, hidden_pattern
from appeal_tui.core.importer.alphabets import drop_glosses, script_colons
from appeal_tui.core.importer.channels import chat_text, numbered_heads
from appeal_tui.core.importer.containers import container_text
from appeal_tui.core.importer.corrections import contact_runs, corrected
from appeal_tui.core.importer.delimited import (
    EMPTY_PART,
    copy_mark,
    delimited_text,
    feed_html,
    pasted_tables,
    record_rows,
    rejoin_broken_paragraphs,
    role_column,
    spaced_blocks,
)
from appeal_tui.core.importer.markup import embedded_html, read_markup
from appeal_tui.core.importer.page_edges import holds_recipients
from appeal_tui.core.importer.phrases import (
    ADDRESS_LABEL,
    COPIES,
    FIELD_LABEL,
    SALUTATION_START,
    SHORT_LABEL,
    WHO_LABEL,
)
from appeal_tui.core.importer.ruled_tables import label_tabs, ruled_tables, tab_columns
from appeal_tui.core.importer.run_on import WEB_PARAGRAPH, part_glued_lines, split_run_on
from appeal_tui.core.importer.sources import undo_presentation_forms
from appeal_tui.core.importer.text_repairs import repaired, unquote_mail_lines

Kind = Literal["text", "html", "markdown"]

# Elements whose content is never part of the appeal (an aside's or footer's is, when it
# lists whom to write to: `page_edges`).
_SKIPPED = frozenset(
    {"script", "style", "nav", "footer", "noscript", "template", "svg", "iframe", "form",
     "button", "select", "aside", "head", "title", "menu"}
)  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "ul", "ol", "table", "tr", "blockquote",
     "pre", "address", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dd", "dt", "figure",
     "body", "html"}
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A page's boxes beside or under the article: read, then kept only when they list recipients.
_EDGES = frozenset({"aside", "footer"})
_VOID = frozenset({"img", "br", "input", "meta", "hr", "link", "source", "wbr", "col", "area"})
# A tag name the HTML detector counts: a document with several of these is HTML.
_HTML_TAG = re.compile(
    r"</?(?:p|br|div|span|b|i|strong|em|li|ul|ol|h[1-6]|a|table|td|html)\b[^<>]*>", re.I
)
# Tags a Markdown writer puts inside a line: a line break, emphasis, a link.
# (A tag ends before the next "<": a line of "<a <a <a" is read in linear time, mend 34a.)
_INLINE_TAG = re.compile(r"</?(?:br|b|i|strong|em|span|a)\b[^<>]*>", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# "*bold*", "**bold**" and "_italic_" as chat messages and e-mails write them in plain text.
_CHAT_EMPHASIS = re.compile(
    r"(?<![\w*])\*{1,2}(?=[^\s*])([^*\n]{1,200}?)(?<=\S)\*{1,2}(?![\w*])"
    r"|(?<![\w_])_(?=[^\W\d_])([^_\n@]{1,200}?)(?<=\S)_(?![\w_])"
)
# Characters a case file must not contain: C0 controls but tab/newline, DEL, C1, bidi controls.
_HIDDEN = hidden_pattern(also=DIRECTION_MARKS)
# (Round 28c: its lines are YAML's, "key: value", "- item", indented or blank; two rules of a
# Markdown page, "---", around its whole article are no front matter.)
# A key: plain (any characters but a leading blank, '-', '#', '[' or '{'; colons inside, as
# "og:image"), quoted, or a template's; a comment, a '...' line, a template's line ("{{ }}",
# "{% %}") and the end of a flow list continued on the next line are YAML's lines too (mend28c).
_FM_KEY = r"""(?:"[^"\n]{0,80}"|'[^'\n]{0,80}'|[^\s#\-\[{][^\n]{0,80}?)"""
_FRONT_MATTER = re.compile(
    r"\A(?:[^\n]*\n){0,3}?---\n"
    r"(?:(?:" + _FM_KEY + r":(?:[ \t][^\n]*)?|[ \t]+[^\n]*|-[ \t][^\n]*|[ \t]*|#[^\n]*"
    r"|\.\.\.[ \t]*|\{[{%][^\n]*|[^\n:]{0,80}[\]}][ \t]*,?)\n){1,40}?---\n"
)


@dataclass(frozen=True)
class Extracted:
    """The plain text of a document, what it was, and the headings it had (in order)."""

    text: str
    kind: Kind
    headings: tuple[str, ...]


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.headings: list[str] = []
        self._skip_depth = 0
        self._heading: list[str] | None = None
        self._pre_depth = 0
        # Where the open <pre>'s text starts (the list it goes to, and the index there).
        self._pre_start: tuple[list[str], int] | None = None
        # The table being read (outermost only): its rows of (is_header, cell parts).
        self._table_depth = 0
        self._rows: list[list[tuple[bool, list[str]]]] = []
        # The element a reader does not see that is open, and how deep its tag is nested.
        self._hidden: tuple[str, int] | None = None
        # Where the open <summary>'s text starts in the output.
        self._summary: int | None = None
        # Where the open <dt>'s text starts, and whether the <dd> to come goes on its line.
        self._term: int | None = None
        self._term_value = False
        # A labelled term and its value were the last thing read: a card goes on.
        self._card = False
        # The open tab of a tab widget (its tag, how deep it is nested, the panel it shows,
        # where its text starts), and the titles of tabs read so far, by their panel's id.
        self._tab: tuple[str, int, str, int] | None = None
        self._tab_titles: dict[str, str] = {}
        # The open aside or footer read on trial: its tag, where its text and its headings
        # start (one nested inside it is skipped, as before).
        self._edge: tuple[str, int, int] | None = None
        # Classes of paragraphs without margins (round 31g), and whether the open paragraph
        # is one (a line).
        self.line_classes: frozenset[str] = frozenset()
        # Whether the open paragraph has a nil bottom margin, and where the last such one
        # ended (the list and its length then).
        self._paragraph_line = False
        self._line_end: tuple[list[str], int] | None = None

    @property
    def _out(self) -> list[str]:
        """Where text goes: the open cell of a table, else the document."""
        if self._table_depth == 1 and self._rows and self._rows[-1]:
            return self._rows[-1][-1][1]
        return self.parts

    def _table_text(self) -> str:
        """A table as text. A contact table whose first row holds only headings (the offices)
        and whose other rows hold the blocks is read a column at a time, each heading above
        its cells; any other table a row at a time, one line per cell."""
        rows = [
            [(header, "".join(parts).strip()) for header, parts in row] for row in self._rows if row
        ]
        transposed = _transposed_blocks(rows)
        if transposed:
            return "\n\n" + "\n\n".join(transposed) + "\n\n"
        width = len(rows[0]) if rows else 0
        columns = (
            len(rows) >= 2
            and width >= 2
            and all(header for header, _ in rows[0])
            and all(len(row) == width and not any(h for h, _ in row) for row in rows[1:])
        )
        if columns and not _column_names([text for _, text in rows[0]]):
            blocks = ["\n".join(row[i][1] for row in rows if row[i][1]) for i in range(width)]
        elif columns:
            # The heading row only names the columns ("Recipient | Address | Contact"): a
            # recipient per row, without the heading row. A cell under a field's name
            # ("Aanhef", "Fax") keeps it as its label, as the row's value of that field.
            names = [text.strip().rstrip(":：").strip() for _, text in rows[0]]
            # A role column puts the copies' rows after the others, below their copy word.
            role_col, copy_headed = role_column(names, [[t for _, t in row] for row in rows[1:]])
            blocks = []
            copies: list[str] = []
            copy_heading = ""
            for row in rows[1:]:
                block = "\n".join(
                    f"{name}: {text}"
                    if _known_label(name) and not FIELD_LABEL.match(text)
                    else text
                    for k, (name, (_, text)) in enumerate(zip(names, row, strict=False))
                    if text and k != role_col and not EMPTY_PART.fullmatch(text)
                )
                word = (
                    copy_mark(row[role_col][1], names[role_col], copy_headed)
                    if role_col is not None
                    else None
                )
                if word:
                    copy_heading = copy_heading or word
                    copies.append(block)
                else:
                    blocks.append(block)
            if copies:
                blocks += [copy_heading, *copies]
        else:
            blocks = ["\n".join(text for _, text in row if text) for row in rows]
        return "\n\n" + "\n\n".join(b for b in blocks if b) + "\n\n"

    def _hides(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """An element a reader does not see (`hidden`, an inline "display: none"): a web
        archive's toolbar, a newsletter's preheader. Counted per tag name until it closes."""
        if self._hidden is not None:
            name, depth = self._hidden
            if tag == name:
                self._hidden = (name, depth + 1)
            return True
        if tag in _VOID:
            return False
        style = " ".join(v or "" for k, v in attrs if k == "style").casefold()
        if ("role", "tabpanel") in attrs:
            return False  # a tab's panel, shown when its tab is chosen: content all the same
        if any(k == "hidden" for k, _ in attrs) or re.search(
            r"display\s*:\s*none|visibility\s*:\s*hidden", style
        ):
            self._hidden = (tag, 1)
            self._skip_depth += 1
            return True
        return False

    def _nil_margins(self, attrs: list[tuple[str, str | None]]) -> tuple[bool, bool]:
        """Whether a paragraph's top and bottom margins are nil (its class's rule, then its own
        style): paragraphs that meet without margins are lines to a reader."""
        classes = " ".join(v or "" for k, v in attrs if k == "class").casefold().split()
        start = (True, True) if self.line_classes.intersection(classes) else None
        style = " ".join(v or "" for k, v in attrs if k == "style")
        return _margins(style, start) or (False, False)

    def _after_line(self) -> bool:
        """Nothing but spaces since a paragraph of nil bottom margin ended."""
        if self._line_end is None:
            return False
        out, end = self._line_end
        return out is self._out and not "".join(out[end:]).strip()

    def _tabs(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        """A tab widget (ARIA `role="tab"` titles in a row, then a `role="tabpanel"` each):
        the row of titles is read as a heading over the panel each one shows, as a reader
        who clicks through the tabs sees them, not as a run of headings above them all.
        True when a tab's title opens (a button's too: it is read, not skipped)."""
        if self._tab is not None:
            name, depth, shown, start = self._tab
            self._tab = (name, depth + (tag == name), shown, start)
            return False
        values = dict(attrs)
        panel = values.get("aria-controls")
        if values.get("role") == "tab" and panel and not self._skip_depth:
            if self._out is self.parts:
                self._tab = (tag, 1, panel, len(self.parts))
                return True
        elif values.get("role") == "tabpanel":
            title = self._tab_titles.pop(values.get("id") or "", "")
            before = "".join(self.parts[-6:]).strip()
            if title and not before.endswith(title):
                self.parts.append(f"\n\n{title}\n\n")
        return False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hides(tag, attrs) or self._tabs(tag, attrs):
            return
        if tag == "table" and not self._skip_depth:
            self._table_depth += 1
            if self._table_depth == 1:
                self._rows = []
                return
        if self._table_depth == 1 and not self._skip_depth:
            if tag == "tr":
                self._rows.append([])
                return
            if tag in ("td", "th"):
                if not self._rows:
                    self._rows.append([])
                self._rows[-1].append((tag == "th", []))
                return
        if (
            tag in _EDGES
            and self._edge is None
            and not self._skip_depth
            and not self._table_depth
            and self._tab is None
        ):
            # Read on trial: kept when it lists whom to write to (`_edge_end`).
            self._edge = (tag, len(self.parts), len(self.headings))
            self.parts.append("\n\n")
        elif tag in _SKIPPED:
            self._skip_depth += 1
        elif tag == "br":
            self._out.append("\n")
        elif tag == "li":
            self._out.append("\n\n• ")
        elif tag == "summary":
            # The label of a disclosure widget ("Riksåklagaren" over an accordion's recipient):
            # a heading of its own.
            self._out.append("\n\n")
            self._summary = len(self._out)
        elif tag in ("td", "th"):
            # A cell starts a line: recipient tables put one block in each cell, and a
            # salutation must not run on into the next cell's name.
            self._out.append("\n")
        elif tag == "dd" and self._term_value:
            pass  # the value of a labelled term: on the term's line
        elif tag == "dt" and self._card:
            self._out.append("\n")  # the next labelled line of the same card
        elif tag == "p" and (self.line_classes or any(k == "style" for k, _ in attrs)):
            top, bottom = self._nil_margins(attrs)
            self._out.append("\n" if top and self._after_line() else "\n\n")
            self._paragraph_line = bottom
        elif tag in _BLOCKS:
            self._paragraph_line = False
            self._out.append("\n\n")
        self._card = self._card and tag in ("dt", "dd")
        if tag == "dt":
            self._term, self._term_value = len(self._out), False
        if tag in _HEADINGS:
            self._heading = []
        if tag == "pre":
            self._pre_depth += 1
            if self._pre_depth == 1:
                self._pre_start = (self._out, len(self._out))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden is not None:
            return
        if tag == "br":
            self._out.append("\n")
        elif tag in _BLOCKS:
            self._out.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self._hidden is not None:
            name, depth = self._hidden
            if tag == name:
                self._hidden = (name, depth - 1) if depth > 1 else None
                if depth == 1:
                    self._skip_depth = max(0, self._skip_depth - 1)
            return
        if self._tab is not None and tag == self._tab[0]:
            name, depth, panel, start = self._tab
            self._tab = (name, depth - 1, panel, start) if depth > 1 else None
            if depth == 1:
                self._tab_titles[panel] = " ".join("".join(self.parts[start:]).split())
                del self.parts[start:]
                return
        if tag == "table" and not self._skip_depth and self._table_depth:
            self._table_depth -= 1
            if self._table_depth == 0:
                self.parts.append(self._table_text())
                self._rows = []
                return
        if self._table_depth == 1 and tag in ("tr", "td", "th") and not self._skip_depth:
            return
        if self._edge is not None and tag == self._edge[0] and not self._skip_depth:
            self._edge_end()
        elif tag in _SKIPPED:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag == "dt" and self._labelled_term():
            return
        elif tag == "dd" and self._term_value:
            self._term_value, self._card = False, True
            self._out.append("\n")
        elif tag == "summary" and self._summary is not None:
            label = "".join(self._out[self._summary :]).strip()
            # Read as a heading, as "Contact:" is (a "copies to" label stays one).
            self._out.append(":\n\n" if label and label[-1].isalnum() else "\n\n")
            self._summary = None
        elif tag == "p" and self._paragraph_line:
            self._paragraph_line = False
            self._line_end = (self._out, len(self._out))  # a line: what follows says
        elif tag in _BLOCKS or tag == "li":
            self._out.append("\n\n")
        if tag == "pre":
            self._pre_depth = max(0, self._pre_depth - 1)
            if not self._pre_depth and self._pre_start is not None:
                # Preformatted text is a text file on a web page (old archives put whole urgent
                # actions in one <pre>): its blocks side by side are read as a text file's are.
                out, start = self._pre_start
                out[start:] = [unfold_columns("".join(out[start:]))]
                self._pre_start = None
        if tag in _HEADINGS and self._heading is not None:
            heading = " ".join("".join(self._heading).split())
            if heading:
                self.headings.append(heading)
            self._heading = None

    def _edge_end(self) -> None:
        """The end of the aside or footer read on trial: its text stays only when it lists
        recipients (`page_edges.holds_recipients`)."""
        assert self._edge is not None
        _, start, heads = self._edge
        self._edge = None
        if not holds_recipients("".join(self.parts[start:])):
            del self.parts[start:]
            del self.headings[heads:]
        self.parts.append("\n\n")

    def _labelled_term(self) -> bool:
        """A contact card as a definition list (`<dt>Fax</dt><dd>...</dd>`, `<dt>Name</dt>`,
        `<dt>Adresse</dt>`): a term that is the label of a field or of a recipient's line
        becomes "Label: " and its value goes on that line, so the card is one block of labelled
        lines. Any other term (an office over its block) is a line of its own, as before."""
        start, self._term = self._term, None
        if start is None:
            return False
        out = self._out
        label = " ".join("".join(out[start:]).split()).rstrip(":：").strip()
        # "X", "T", "F" label a handle, a phone, a fax only as a term of their own.
        if not label or len(label) > 40 or not (_row_label(label) or label in ("X", "T", "F")):
            return False
        del out[start:]
        out.append(f"{label}: ")
        self._term_value = True
        return True

    def handle_data(self, data: str) -> None:
        if self._skip_depth or (self._card and not data.strip()):
            return
        # In HTML a line break in the source is only a space; <br> and blocks make the lines.
        data = data if self._pre_depth else re.sub(r"\s*\n\s*", " ", data)
        self._out.append(data)
        if self._heading is not None:
            self._heading.append(data)


# A cell that says "nothing here" in a table of contacts.
_EMPTY_CELL = re.compile(r"[\s\-–—/.]*|n/?a|none|keine?|ei|nic|ninguno|aucun", re.IGNORECASE)


def _known_label(label: str) -> bool:
    """A label of a contact field the block reader knows ("Fax", "E-mail", "Salutation"); the
    labels of a recipient's own lines ("Name", "Office", "Address") are left out: the lines
    read as well alone."""
    return bool(FIELD_LABEL.match(label.strip().rstrip(":：").strip() + ": x"))


def _row_label(label: str) -> bool:
    """A label that opens a row of a table of fields ("Fax", "Name", "Address")."""
    text = label.strip().rstrip(":：").strip() + ": x"
    return _known_label(label) or bool(WHO_LABEL.match(text) or ADDRESS_LABEL.match(text))


def _transposed_blocks(rows: list[list[tuple[bool, str]]]) -> list[str]:
    """A table with one column per recipient and one row per field ("Name | A | B", "Fax | .. |
    ..."): each row opens with a label (a heading cell, or a label the block reader knows), the
    other cells are values. Each column becomes a block; a value keeps its row's label when the
    label is a field ("Fax: ..."), and is a line alone otherwise (a name, an office, an address).
    A column headed by a "copies" word ("Copy", "Kopie") is opened by it."""
    if len(rows) < 3:
        return []
    head = rows[0] if not rows[0][0][1] or all(h for h, _ in rows[0]) else None
    body = rows[1:] if head is not None else rows
    width = len(body[0]) if body else 0

    def labelled(row: list[tuple[bool, str]]) -> bool:
        first_header, first = row[0]
        return (
            len(row) == width
            and bool(first)
            and len(first) <= 40
            and not any(h for h, _ in row[1:])
            and (first_header or _row_label(first))
        )

    if width < 2 or len(body) < 3 or not all(labelled(row) for row in body):
        return []
    blocks: list[str] = []
    for i in range(1, width):
        lines: list[str] = []
        if head is not None and i < len(head):
            heading = head[i][1].strip()
            if heading and COPIES.match(heading.rstrip(":：") + ":"):
                lines.append(heading.rstrip(":：") + ":")
        for row in body:
            value = row[i][1].strip()
            if not value or _EMPTY_CELL.fullmatch(value):
                continue
            label = row[0][1].strip().rstrip(":：").strip()
            # (A table of one value a row, "期限 | 2013年2月8日", is the document's facts: a
            # label no recipient's line has stays with its value, as a field's does.)
            keep = _known_label(label) or (width == 2 and not _row_label(label))
            lines.append(f"{label}: {value}" if keep else value)
        if lines:
            blocks.append("\n".join(lines))
    return blocks


def detect_kind(raw: str) -> Kind:
    """HTML when several HTML tags appear; Markdown when headings, emphasis or quotes do, and
    the only tags are line breaks and emphasis inside lines (a Markdown table with `<br>` in
    its cells stays Markdown)."""
    tags = _HTML_TAG.findall(raw[:200_000])
    if len(tags) >= 3 and (
        not all(_INLINE_TAG.fullmatch(tag) for tag in tags) or _markdown_signs(raw) < 2
    ):
        return "html"
    return "markdown" if _markdown_signs(raw) >= 2 else "text"


def _markdown_signs(raw: str) -> int:
    markdown_signs = re.findall(
        r"(?m)^(?:#{1,6} |> |\*\*|__)|\]\(https?://|\\[\[\]+*_#]|(?<=\S)\\$"
        # A table's rule under its heading row ("| --- | --- |") counts twice: nothing else
        # writes one.
        r"|^(\s{0,3}\|(?:\s*:?-{3,}:?\s*\|){2,})",
        raw,
    )
    markdown_signs += [m for m in markdown_signs if isinstance(m, str) and m.startswith("|")]
    return len(markdown_signs)


# (Round 31g.) A page's style rules and an element's own style: where a paragraph's top and
# bottom margins are nil, paragraphs are lines (Word's and Outlook's HTML put each line of an
# address in a "MsoNormal" paragraph of no margin; an empty one is the blank line between).
_STYLE_BLOCK = re.compile(r"<style\b[^>]{0,200}>(.{0,200000}?)</style>", re.I | re.S)
_MARGIN = re.compile(
    r"(?<![\w-])(margin|padding)(-top|-bottom)?\s*:\s*([^;\"']{1,80})"
    r"|mso-margin-(top|bottom)-alt\s*:\s*auto",
    re.I,
)


def _nil_length(value: str) -> bool:
    number = re.match(r"\s*(-?\d*\.?\d+)\s*(?:pt|px|cm|mm|in|em|rem)?\s*$", value)
    return number is not None and abs(float(number.group(1))) < 0.5


def _margins(style: str, start: tuple[bool, bool] | None) -> tuple[bool, bool] | None:
    """Whether a top and a bottom margin are nil after `style`'s declarations, from `start`
    (None where nothing was said). A side with a padding, or Outlook's "mso-margin-top-alt:
    auto", has room however nil its margin (mend31A: such paragraphs are paragraphs)."""
    top_bottom = start
    for kind, side, value, alt in _MARGIN.findall(style):
        if alt:
            top, bottom = top_bottom or (False, False)
            top_bottom = (False, bottom) if alt.lower() == "top" else (top, False)
            continue
        values = value.split()
        if not values:
            continue
        if kind.lower() == "padding":
            if top_bottom is None:
                continue  # a padding alone says nothing of the margins
            bottom_value = values[2] if len(values) >= 3 else values[0]
            top_pad = side.lower() != "-bottom" and not _nil_length(values[0])
            bottom_pad = side.lower() != "-top" and not _nil_length(
                values[0] if side else bottom_value
            )
            top_bottom = (top_bottom[0] and not top_pad, top_bottom[1] and not bottom_pad)
        elif side.lower() == "-top":
            top_bottom = (_nil_length(values[0]), top_bottom[1] if top_bottom else False)
        elif side.lower() == "-bottom":
            top_bottom = (top_bottom[0] if top_bottom else False, _nil_length(values[0]))
        else:
            bottom = values[2] if len(values) >= 3 else values[0]
            top_bottom = (_nil_length(values[0]), _nil_length(bottom))
    return top_bottom


def _style_rules(block: str) -> list[tuple[str, str]]:
    """A style block's rules (selectors, body), innermost of nested ones, in one pass (mend31A:
    a pattern of two bounded runs took quadratic time over a long base64 font)."""
    rules: list[tuple[str, str]] = []
    for piece in block.split("}"):
        head, brace, body = piece.rpartition("{")
        if not brace:
            continue
        selectors = head.rsplit("{", 1)[-1]
        if selectors.strip() and len(selectors) <= 2000 and len(body) <= 4000:
            rules.append((selectors, body))
    return rules


def _line_classes(raw: str) -> frozenset[str]:
    """The classes of paragraphs a page's style rules give no margins ("p.MsoNormal")."""
    classes: dict[str, tuple[bool, bool] | None] = {}
    for block in _STYLE_BLOCK.findall(raw[:2_000_000]):
        block = re.sub(r"/\*.*?\*/|<!--|-->", " ", block, flags=re.S)
        for selectors, body in _style_rules(block):
            for selector in selectors.split(","):
                found = re.fullmatch(r"\s*p\.([\w-]{1,60})\s*", selector)
                if found:
                    name = found.group(1).casefold()
                    classes[name] = _margins(body, classes.get(name))
    return frozenset(name for name, nil in classes.items() if nil == (True, True))


def _from_html(raw: str) -> tuple[str, list[str]]:
    collector = _TextCollector()
    collector.line_classes = _line_classes(raw)
    collector.feed(raw)
    collector.close()
    if collector._edge is not None:
        collector._edge_end()  # an aside never closed: judged on what was read of it
    if collector._table_depth:
        # A table never closed: what was read of it still counts.
        collector.parts.append(collector._table_text())
    return "".join(collector.parts), collector.headings


_TABLE_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s{0,3}\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$")


def _column_names(headings: list[str]) -> bool:
    """Headings that name the columns of a table ("Name", "Address", "Contact") rather than
    the offices whose blocks are below them ("Minister of Justice")."""
    from appeal_tui.core.importer.recipient_lines import looks_like_title

    # A heading may name several fields of one column ("Fax / e-mail / Twitter"): each
    # name between the slashes is counted on its own.
    return all(
        len(part.split()) <= 2 and not looks_like_title(part) and not re.search(r"\d", part)
        for h in headings
        for part in re.split(r"\s+/\s+", h)
    )


def _row_cells(row: str) -> list[list[str]]:
    """The cells of a table row, each as its lines (`<br>` between them)."""
    return [
        [_markdown_inline(part.strip()) for part in _BREAK_TAG.split(cell)]
        for cell in row.strip().strip("|").split("|")
    ]


def _labelled_cell(name: str, lines: list[str]) -> list[str]:
    """A contact table's cell as its lines under its column's name: a cell under a field's
    name ("Fax", "Aanhef") keeps it as its label, as an HTML table's cell does; a cell of
    dashes alone ("—", "-") is none."""
    lines = [line for line in lines if line]
    if not lines or (len(lines) == 1 and EMPTY_PART.fullmatch(lines[0])):
        return []
    if _known_label(name) and not FIELD_LABEL.match(lines[0]):
        return [f"{name.strip().rstrip(':：').strip()}: {lines[0]}", *lines[1:]]
    return lines


def _contact_rows(rows: list[list[list[str]]]) -> bool:
    """Whether a Markdown table's rows are contacts: a cell holds an e-mail address or a
    postcode before its place. (A column's name alone is no sign: "Appel", "Begin" and
    "Formula" are salutation labels in one language and a table of hearings, dates or
    medicines in another.)"""
    from appeal_tui.core.importer.delimited import contact_cell

    return any(contact_cell(line) for row in rows for cell in row for line in cell)


# A cell wholly in bold ("**Address**"): in a Markdown table, what a heading cell is in HTML.
_BOLD_CELL = re.compile(r"\s*(\*\*|__)(?=\S)(.{1,40}?)(?<=\S)\1\s*")


def _turned_markdown_table(head_row: str, raw_rows: list[str]) -> list[str]:
    """(Round 39a.) A Markdown table with one column per recipient and one row per field
    ("| | Primary | Copy |", then "| **Name** | A | B |", "| **Address** | ... | ... |"), read
    as an HTML one is (`_transposed_blocks`): a column a block. The table says so itself:
    every row opens with a label cell (wholly in bold, as a heading cell, or a field the
    block reader knows); the labels name a salutation, or a name and an address (a table
    of opening hours or prices by place has neither); and none of the heading row's cells
    past the first is such a field (a table of a recipient a row names its columns "Name |
    Address | Salutation" in its heading row).

    (Mend 39a.) A name and an address alone are no evidence: a table of letter-writing hosts
    by town ("| | Leeds | York |", rows Name / Address / Time), of a card to the person at
    risk and his lawyer, or of two people at risk side by side has them too. The table must
    say whom it writes to: a salutation row, or a column headed by a copies word ("Copy to").
    And a table whose first column names a role ("**Copy**", "**Kopie**") has a recipient a
    row ("| Role | Who | Where |"), not a field a row."""
    heads = [_markdown_inline(cell.strip()) for cell in head_row.strip().strip("|").split("|")]
    width = len(heads)
    if width < 3 or len(raw_rows) < 3:
        return []
    if any(_row_label(h) for h in heads[1:] if h):
        return []
    table: list[list[tuple[bool, str]]] = [[(False, "")] + [(True, h) for h in heads[1:]]]
    kinds: set[str] = set()
    for raw in raw_rows:
        cells = raw.strip().strip("|").split("|")
        if len(cells) != width:
            return []
        first = _markdown_inline(cells[0].strip())
        if _copies_word(first):
            return []
        kinds.add(_row_kind(first))
        row = [(bool(_BOLD_CELL.fullmatch(cells[0])), first)]
        for cell in cells[1:]:
            parts = [_markdown_inline(part.strip()) for part in _BREAK_TAG.split(cell)]
            row.append((False, "\n".join(part for part in parts if part)))
        table.append(row)
    # The columns are recipients when the rows say whom to greet, or whom and where under a
    # heading that names a copy among them.
    copy_column = any(_copies_word(head) for head in heads[1:])
    if "salutation" not in kinds and not ({"name", "address"} <= kinds and copy_column):
        return []
    return _transposed_blocks(table)


def _copies_word(cell: str) -> bool:
    """A cell that is a copies word alone ("Copy", "Copy to", "Kopie", "cc")."""
    text = cell.strip().rstrip(":：").strip()
    return bool(text) and bool(COPIES.fullmatch(text + ":"))


def _row_kind(label: str) -> str:
    """Which of a recipient's fields a row's label names: "salutation", "name" ("Name",
    "Nombre"), "address", another field ("fax"), or "" (none)."""
    from appeal_tui.core.importer.phrases import field_of_label

    text = label.strip().rstrip(":：").strip() + ": x"
    found = FIELD_LABEL.match(text)
    if found:
        return field_of_label(found.group(1)) or "field"
    if WHO_LABEL.match(text):
        return "name"
    return "address" if ADDRESS_LABEL.match(text) else ""


def _markdown_tables(raw_lines: list[str]) -> list[str]:
    """A Markdown table as text: each row below the heading row a paragraph, one line per
    cell (a table of contacts has a recipient per row); the heading row, which only names
    the columns ("Office | Name | Address"), is left out, but a cell under a field's name
    ("Fax", "Salutation") keeps that name as its label."""
    out: list[str] = []
    i = 0
    while i < len(raw_lines):
        line = raw_lines[i]
        if (
            _TABLE_ROW.match(line)
            and i + 1 < len(raw_lines)
            and _TABLE_RULE.match(raw_lines[i + 1])
        ):
            names = [" ".join(cell) for cell in _row_cells(line)]
            out.append("")
            i += 2
            rows: list[list[list[str]]] = []
            raw_rows: list[str] = []
            while i < len(raw_lines) and _TABLE_ROW.match(raw_lines[i]):
                rows.append(_row_cells(raw_lines[i]))
                raw_rows.append(raw_lines[i])
                i += 1
            turned = _turned_markdown_table(line, raw_rows)
            if turned:
                for block in turned:
                    out.extend([*block.split("\n"), ""])
                continue
            contacts = _contact_rows(rows)
            # A role column ("Role": "Primary" / "Copy"; a mark under "Kopie") puts the copies'
            # rows after the others, below their copy word (as a delimited table's, round 35b).
            role_col, copy_headed = (
                role_column(names, [[" ".join(c) for c in cells] for cells in rows])
                if contacts
                else (None, False)
            )
            copies: list[str] = []
            copy_heading = ""
            for cells in rows:
                lines: list[str] = []
                word = None
                for k, cell in enumerate(cells):
                    if k == role_col:
                        word = copy_mark(" ".join(cell), names[k], copy_headed)
                    elif contacts:
                        lines.extend(_labelled_cell(names[k] if k < len(names) else "", cell))
                    else:
                        lines.extend(part for part in cell if part)
                if word:
                    copy_heading = copy_heading or word
                    copies.extend([*lines, ""])
                else:
                    out.extend([*lines, ""])
            if copies:
                out.extend([copy_heading, "", *copies])
            continue
        out.append(line)
        i += 1
    return out


def _from_markdown(raw: str) -> tuple[str, list[str]]:
    headings: list[str] = []
    lines: list[str] = []
    for line in _markdown_tables(raw.split("\n")):
        heading = re.match(r"\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            text = _markdown_inline(heading.group(1))
            headings.append(text)
            lines.extend(["", text, ""])
            continue
        line = re.sub(r"^\s{0,3}(?:>\s?)+", "", line)  # quotes
        if _LINK_DEFINITION.fullmatch(line):
            continue  # a link's address, which a reader never sees
        if re.fullmatch(r"\s*(?:[-*_+—–]\s*){3,}", line):  # rules
            lines.append("")
            continue
        # A hard break written as a backslash at the end of a line.
        line = re.sub(r"(?<!\\)\\\s*$", "", line)
        lines.extend(_markdown_inline(part) for part in _BREAK_TAG.split(line))
    return "\n".join(lines), headings


# Fields written on one line parted by a middle dot or bullet ("E-mail: x@y · X: @z").
_FIELD_DOT = re.compile(r"\s+[·•]\s+(?=\S)")


def split_dotted_fields(text: str) -> str:
    """A line of labelled fields parted by " · " becomes a line per field, when each part after
    the first opens with a contact field's label ("E-mail: ... · X: @..."): a recipient's
    fields, not a by-line ("UA 12/26 · Index ... · 3 March")."""
    out: list[str] = []
    for line in text.split("\n"):
        parts = _FIELD_DOT.split(line)
        if len(parts) > 1 and all(FIELD_LABEL.match(p) or SHORT_LABEL.match(p) for p in parts[1:]):
            out.extend(parts)
        else:
            out.append(line)
    return "\n".join(out)


# (Round 34a.) A link's reference definition ("[amb]: mailto:x@y", "[1]: https://... "Title""),
# which a rendered text never shows: a label, then one address (a scheme's, a path's or a
# "www." one) and an optional title.
_LINK_DEFINITION = re.compile(
    r"\s{0,3}\[(?!\^)[^\]\n]{1,100}\]:[ \t]*<?(?:[A-Za-z][A-Za-z0-9+.-]{1,20}:|/|#|www\.)[^\s<>]*>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*"
)
# A reference link ("[text][label]", "[text][]"): its text; a footnote's mark ("[^2]") goes.
_REFERENCE_LINK = re.compile(r"(?<!!)\[([^\[\]\n]{1,300})\]\[[^\[\]\n]{0,100}\]")
_FOOTNOTE_MARK = re.compile(r"(?<=\S)\[\^[^\[\]\s]{1,20}\](?!:)")


# An image and an inline link ("![alt](src "title")", "[text](url)"). Neither text nor target
# runs over a "[" or a "(" (nor a link's target over a blank): each try ends at the next one,
# so a line of "[" or of "[x](" is read in linear time, not in quadratic (mend 34a).
_MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]+)\]\([^()\s]*\)")


def _markdown_inline(line: str) -> str:
    line = _INLINE_TAG.sub("", line)  # emphasis or a link written as HTML
    line = _MARKDOWN_IMAGE.sub("", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)  # links keep their text
    line = _FOOTNOTE_MARK.sub("", _REFERENCE_LINK.sub(r"\1", line))
    line = re.sub(r"(\*\*|__)(.+?)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"\1", line)
    line = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", line)  # backslash escapes
    return line.replace("`", "")


# A letter's date at the right margin, parted from the line's text by a run of spaces, with
# the next line's text run on after it (a reflowed letter: "President X      19 August 2013
# ul. Y 38"): the text after the date goes back to a line of its own.
_DATE_COLUMN = re.compile(r"(?m)^([^\n]*\S {4,}\d{1,2}\.? [^\W\d_]{3,}\.? \d{4}) +(?=\S)")


def clean_text(text: str) -> str:
    """NFC, no hidden characters, single spaces, trimmed lines, at most one blank line in a row."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = undo_presentation_forms(text)
    text = text.replace("\f", "\n\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _HIDDEN.sub("", text.replace("\t", " "))
    text = _DATE_COLUMN.sub(r"\1\n", text)
    text = re.sub(r"[ \u00a0\u2000-\u200b\u202f\u205f\u3000]+", " ", text)
    lines = [line.strip() for line in text.split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


# Text saved from a PDF with its layout kept puts blocks side by side, parted by runs of spaces.
_SEGMENT = re.compile(r"\S+(?: {1,2}\S+)*")
# Spaces a reader sees as one ordinary space (a no-break space after "Fax:" is not a column's
# edge; a run of them is a run of spaces).
_ONE_SPACE = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f]")
_MIN_COLUMN_LINES = 3


def _segments(line: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group(0)) for m in _SEGMENT.finditer(line)]


def _column_starts(block: list[str]) -> list[int]:
    """Where the columns of a run of side-by-side lines start (starts within 3 characters of
    each other are one column)."""
    starts = sorted({start for line in block for start, _ in _segments(line)})
    columns: list[int] = []
    for start in starts:
        if not columns or start - columns[-1] > 3:
            columns.append(start)
    return columns


def _labelled_form(block: list[str]) -> bool:
    """Lines whose first cell is a field's label ("TO:        Minister X", "FAX NO:    +62 ..."
    on a fax's cover sheet, a memo's head): each line is a label and its value, no columns."""
    return all(_segments(line)[0][1].endswith((":", "：")) for line in block)


def unfold_columns(text: str) -> str:
    """Blocks printed side by side ("Minister X      Prosecutor Y      Copies to:"), three
    lines or more of two to four columns parted by three spaces or more, become the columns
    one after the other, each a paragraph: the order a reader reads them in."""
    lines = _ONE_SPACE.sub(" ", text).split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(_segments(lines[j])) >= 2 and "   " in lines[j].strip():
            j += 1
        block = lines[i:j]
        columns = _column_starts(block) if j - i >= _MIN_COLUMN_LINES else []
        if 2 <= len(columns) <= 4 and not _labelled_form(block):
            cells: list[list[str]] = [[] for _ in columns]
            for line in block:
                for start, text_part in _segments(line):
                    k = max(n for n, c in enumerate(columns) if c <= start + 3)
                    cells[k].append(text_part)
            for column in cells:
                out.extend(["", *column])
            out.append("")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return "\n".join(out)


# A page's number as a text layer prints it: "Page 2 of 3", "Seite 2/3", "- 2 -", "2".
PAGE_WORDS = (
    r"page|p\.|seite|s\.|página|pág\.|pagina|pag\.|sida|strona|str\.|sivu|stránka|strana|side"
    r"|blad|pagină|oldal|sayfa|hlm\.?|halaman"
)
PAGE_OF = r"of|/|de|von|di|av|z|ze|sur|van|af|/|из|من|из|dari"
_PAGE_ALONE = re.compile(
    rf"(?i)^[-–—\s]*(?:(?:{PAGE_WORDS})\s*)?\d{{1,3}}(?:\s*(?:{PAGE_OF})\s*\d{{1,3}})?[-–—\s]*$"
)
# The same at the end of a footer's line, after its own text: "UA Network · Page 2 of 3".
_PAGE_AFTER_TEXT = re.compile(
    rf"(?i)(?:\s{{3,}}|\s[·|•\-–—]\s)(?:{PAGE_WORDS})\s*\d{{1,3}}(?:\s*(?:{PAGE_OF})\s*\d{{1,3}})?\s*$"
)


def _page_number_line(line: str) -> bool:
    text = line.strip()
    return bool(text) and bool(_PAGE_ALONE.match(text) or _PAGE_AFTER_TEXT.search(text))


def _numbered_page_line(line: str) -> bool:
    text = line.strip()
    return bool(_PAGE_ALONE.match(text)) and bool(re.search(r"[^\W\d_]{2}|\d\s*/\s*\d", text))


# A page's number inside a running head or foot ("... · pag. 1/2", "Alert 3/7 – page 1").
_PAGE_IN_LINE = re.compile(rf"(?i)(?<![^\W\d_])(?:{PAGE_WORDS})\s*\d")


def _running_line(line: str) -> str:
    """A page's edge line as its running head or foot compares on every page: the same line
    with its page's number (and the other numbers of a line that gives one) left out, so
    that "Via Roma 3 · pag. 1/2" and "Via Roma 3 · pag. 2/2" are one footer (round 30b)."""
    text = line.strip()
    if _PAGE_IN_LINE.search(text):
        return re.sub(r"\d+", "#", text)
    return text


_WEB_ADDRESS = re.compile(r"(?i)(?<![\w@])(?:https?://|www\.)\S+")


def _foot_shape(line: str) -> bool:
    """(Mend30a) A line that has a running foot's shape on its own: a page's number, alone or in
    the line ("... – page 1"), or a web address; never a block's field ("Salutation: ...",
    "Email: ...") nor a greeting."""
    text = line.strip()
    if FIELD_LABEL.match(text) or SALUTATION_START.match(text):
        return False
    if _page_number_line(text) or _PAGE_IN_LINE.search(text):
        return True
    web = _WEB_ADDRESS.search(text)
    # (Third review: a web address alone on its line may be a block's own, printed under its
    # street on each page; a publisher's foot names it with words: "Amnesty X · www.x.org".)
    rest = text[: web.start()] + " " + text[web.end() :] if web else ""
    return web is not None and len(re.findall(r"[^\W\d_]{2,}", rest)) >= 2


def drop_page_furniture(text: str) -> str:
    """A text layer's pages (parted by form feeds, as PDF readers and `pdftotext` write them)
    without their furniture: page numbers ("Page 2 of 3", "- 2 -") and the running heads and
    footers printed on more than one page. Where a page breaks inside a block (an address
    goes on overleaf), its two halves are one block again; where it breaks after a sentence,
    the paragraphs stay apart."""
    if "\f" not in text:
        # A text layer saved without its form feeds: a page's number alone on its line, said
        # with words ("Page 2 of 3", "Seite 2/3"), on two pages or more, is where a page ends.
        lines = text.split("\n")
        ends = [i for i, line in enumerate(lines) if _numbered_page_line(line)]
        if len(ends) >= 2:
            text = "\n".join("\f" if i in ends else line for i, line in enumerate(lines))
    pages = text.split("\f")
    if len(pages) < 2:
        return text
    split = [page.strip("\n").split("\n") for page in pages]

    def edges(lines: list[str]) -> list[str]:
        filled = [line.strip() for line in lines if line.strip()]
        return filled[:2] + filled[-2:]

    seen: dict[str, int] = {}
    for lines in split:
        for line in {_running_line(line) for line in edges(lines)}:
            seen[line] = seen.get(line, 0) + 1
    repeated = {line for line, count in seen.items() if count >= 2 and len(line) > 2}

    def trimmed(lines: list[str], first: bool) -> list[str]:
        def furniture(line: str) -> bool:
            return _page_number_line(line) or _running_line(line) in repeated

        start, end = 0, len(lines)
        # The first page's head is the document's own title ("URGENT ACTION"): it stays.
        while not first and start < end and (not lines[start].strip() or furniture(lines[start])):
            start += 1
        while end > start and (not lines[end - 1].strip() or furniture(lines[end - 1])):
            end -= 1
        # A blank line at the page's foot before the furniture: the paragraph ended there.
        ended = end < len(lines) and not lines[end].strip()
        # (Round 30b) A running foot that a text layer put above the page's last line (a
        # block's line printed beside it), between blank lines: furniture all the same.
        # (Mend30a: only a line of a foot's shape, a page's number or a web address, never a
        # block's field, "Salutation: Dear Minister" repeated at two pages' feet.)
        foot = [i for i in range(start, end) if lines[i].strip()][-2:]
        dropped = {
            i
            for i in foot[:-1]
            if furniture(lines[i])
            and _foot_shape(lines[i])
            and not lines[i - 1].strip()
            and i + 1 < end
            and not lines[i + 1].strip()
        }
        kept = [line for i, line in enumerate(lines[start:end], start) if i not in dropped]
        return [*kept, *([""] if ended else [])]

    out: list[str] = []
    for lines in (trimmed(lines, n == 0) for n, lines in enumerate(split)):
        if not lines:
            continue
        if out and out[-1].strip():
            last = out[-1].strip()
            # Overleaf: the block goes on unless the page ended a sentence or a heading.
            if last[-1] in ".!?:;" or len(last) > 70:
                out.append("")
        out.extend(lines)
    return "\n".join(out)


# "Navn ............ Mrs X", "Fax ..... +66 2": a label, a dot leader, the value.
_DOT_LEADER = re.compile(r"^(\s*)([^\W\d][^.:\n]{0,30}?)[ \t]*(?:\.[ \t]?){4,}[ \t]*(\S.*)$")


# "Modtager 1", "Recipient #2": a word or two and a number, over a form.
_FORM_NUMBER = re.compile(r"^\s*[^\W\d]+(?:\s[^\W\d]+)?\s+#?\d{1,2}\s*:?\s*$")


def dot_leaders(text: str) -> str:
    """Fields printed as "Label ....... value" (a form whose values are aligned by dots) become
    "Label: value" when the block reader knows the label, else the value alone (a name, an
    office); the lines aligned under a value go on as lines of it."""
    lines = text.split("\n")
    # A form aligns its values: a leader counts when another one ends at the same column.
    ends: dict[int, int] = {}
    for line in lines:
        m = _DOT_LEADER.match(line)
        if m and len(m.group(2).split()) <= 3:
            ends[m.start(3)] = ends.get(m.start(3), 0) + 1
    if not any(n >= 2 for n in ends.values()):
        return text

    def leader(line: str) -> re.Match[str] | None:
        m = _DOT_LEADER.match(line)
        return m if m and len(m.group(2).split()) <= 3 and ends.get(m.start(3), 0) >= 2 else None

    out: list[str] = []
    for i, line in enumerate(lines):
        m = leader(line)
        if m is None:
            following = lines[i + 1] if i + 1 < len(lines) else ""
            if _FORM_NUMBER.match(line) and leader(following):
                # "Recipient 1" over a form's fields only numbers it: the form starts below.
                out.append("")
            else:
                out.append(line)
            continue
        indent, label, value = m.groups()
        label = label.strip()
        known = _known_label(label) or SHORT_LABEL.match(f"{label}: {value}")
        out.append(f"{indent}{label}: {value}" if known else f"{indent}{value}")
    return "\n".join(out)


# A word broken at a line's end by a hyphen, its rest in lower case on the next line.
_HYPHENATED = re.compile(r"(?<=[^\W\d_]{2})-\n([ \t]*)([a-zà-ÿ]\S*)[ \t]*(\n?)")


def join_hyphenated(text: str) -> str:
    """A PDF text layer's hyphenation undone: "un-\nder the act" -> "under\nthe act" (the
    word is made whole on the first line; a line that held only the rest of it goes)."""

    def whole(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 200) : m.start()].split()
        word = before[-1] if before else ""
        if "@" in word + m.group(2) or word.casefold().startswith(("www.", "http")):
            # An e-mail or web address broken at its own hyphen ("x@office-" / "example.org",
            # "un-" / "office@example.org"): no hyphenation, the hyphen is part of it.
            return "-" + m.group(2) + "\n" + m.group(1)
        return m.group(2) + "\n" + m.group(1)

    return _HYPHENATED.sub(whole, text)


def extract_text(raw: str) -> Extracted:
    """The readable text of `raw`, with paragraphs separated by blank lines."""
    # A text in a container (a chat's JSON export, a channel's log, subtitles, a markup
    # source): the lines of prose it holds (round 35a).
    raw = container_text(raw)
    # A news feed (Atom, RSS): its entries' HTML, escaped inside the XML, is the page.
    raw = feed_html(raw) or raw
    # Mojibake undone, a forum post's BBCode and a wiki page's source read (round 31g).
    raw = read_markup(raw)
    kind = detect_kind(raw)
    body = raw.replace("\r\n", "\n")
    if kind != "html":
        # HTML pasted into a Markdown file or a text: what a reader of it sees (round 34a).
        body = embedded_html(body, markdown=kind == "markdown")
    body = _FRONT_MATTER.sub("", body, count=1)
    headings: list[str] = []
    if kind == "html":
        body, headings = _from_html(body)
        # A chat's export saved as a page: its stamps, avatars and speakers go.
        chatted = chat_text(body)
        messages = chatted != body
        body = chatted
        # An action pasted as one paragraph, or the blocks of several recipients in one.
        body = split_run_on(part_glued_lines(body), WEB_PARAGRAPH, several_blocks=True)
    elif kind == "markdown":
        chatted = chat_text(body)
        messages = chatted != body
        body, headings = _from_markdown(repaired(chatted))
        body = split_run_on(part_glued_lines(body), WEB_PARAGRAPH)
    else:
        # A chat's export: its stamps and speakers go, each message a paragraph.
        chatted = chat_text(body)
        messages = chatted != body
        body = chatted
        # A mail's quoted lines without their quote marks (">Office", "> > Street"): the
        # lines a reader reads (a Markdown text's quotes are its own path's).
        body = unquote_mail_lines(body)
        # A spreadsheet's export (CSV, TSV): a block a row.
        # (... or its rows pasted into a mail's body, round 33a.)
        body = part_glued_lines(delimited_text(body) or pasted_tables(body))
        # Columns aligned with tabs are read as a reader sees them (tab stops of eight).
        # A table typed with rules ("----  ----", "+---+---+"): read by its columns.
        body = ruled_tables(tab_columns(label_tabs(body)))
        body = unfold_columns(drop_page_furniture(repaired(split_run_on(body))).expandtabs(8))
        body = spaced_blocks(body)
        body = _CHAT_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), body)
        body = numbered_heads(dot_leaders(join_hyphenated(body)))
    text = rejoin_broken_paragraphs(clean_text(split_dotted_fields(record_rows(body))))
    # A script's own colon after a label ("Ֆաքս՝", "ፋክስ፦") is the colon every reader wants.
    text = drop_glosses(script_colons(text))
    # A contact mended in a later message (a chat's, a thread's): the mended value is read.
    text = corrected(contact_runs(text), messages=messages)
    # A run of thousands of characters with no space (an image's data, a line of brackets):
    # no word, name or address of any language; the readers below need not look at it.
    text = _NO_WORD.sub("", text)
    return Extracted(text, kind, tuple(clean_text(h) for h in headings if clean_text(h)))


# (The look-behind starts a run only at its first character: a run shorter than the bound is
# scanned once, not from each of its characters.)
_NO_WORD = re.compile(r"(?<!\S)\S{2000,}")


def text_lines_of(raw: str) -> list[str]:
    """The lines of a text or Markdown file as a reader numbers them (for report hints)."""
    return raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
