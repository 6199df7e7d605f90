"""A PDF page's text read by where it is printed: columns one after the other.

pypdf's plain extraction gives the text in the order the content stream draws it. Word,
InDesign, LibreOffice and browsers put recipients in a box of two or three columns, and
depending on the producer the stream draws such a box row by row across the columns (plain
extraction then runs the columns together on one line) or cell by cell (the headings of all
columns first, then the blocks). Either way whole recipients are lost.

Here the page's text runs are taken with their positions (pypdf's own "layout" mode reads
them: each text-showing operator, its start and end on the page and its font height), and:

1. runs on one baseline make a line, the lines ordered top to bottom, and the runs of a line
   left to right (a gap of half a font height or more parts them into segments); text of two
   heights printed over each other (a browser's band over a page's head) is read apart, and
   so is a box beside the text whose baselines do not meet the text's; a line set with space
   between its letters reads as words;
2. a **column region** is a run of consecutive lines that a vertical band of white space at
   least half a font height wide goes through, with text on both sides, side by side, in two
   lines or more and the segments right of the band starting at one x in three lines (two
   when the band is wider than a word space can be), two of them at the band itself: a
   table's cells are aligned, chance gaps between words of running text are not. A line
   across one of its bands ends it; lines of the first column alone above or below the others
   go with it while they follow at its own line spacing and font height;
3. a region is read one column after the other, each column a paragraph (a table of a
   recipient per row, whose columns hold different kinds of lines, a row after the other);
   the rest of the page line by line; a blank line where the space between two lines is well
   over the line spacing for their font heights (a paragraph's end);
4. lines a layout program wrapped are joined again, as the HTML or document printed had them
   (`_continues`: the next word would not have fit, and the text shows the cut), except on a
   page set in a fixed-pitch font (a text file printed as typed keeps its line ends).

A region whose left column holds field labels ("Fax:", "E-mail:") is read row by row: the
values belong to their labels. A column that holds a region of its own (a page's text beside
its navigation, with a table in it) is read as a page is, and a definition list as a browser
prints it (a field's label alone on its line, the value indented below) is "Label: value".
A page with rotated or upside-down text, a font pypdf cannot interpret, text in a form
XObject, or no text at all is not read here (`page_text` returns None) and the caller falls
back to plain extraction. Nothing is rendered, nothing fetched.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from appeal_tui.core.importer.phrases import (
    COPIES,
    COPY_HEADING,
    FIELD_LABEL,
    HONORIFIC_START,
    RECIPIENTS_HEADING,
    TITLE_START,
)

# A gap between two runs on a line wider than this (in font heights) parts segments.
_SEGMENT_GAP = 0.5
# Runs closer than this (font heights) are one word (glyphs drawn one by one, kerning).
_SAME_WORD = 0.12
# A gutter this wide (in font heights) is no gap between words.
_WIDE_GUTTER = 1.5
# Segments right of a gutter start at the same x within this many points.
_ALIGNED = 2.0
# A line below a region's last row goes on with the region within this many line spacings.
_GOES_ON = 1.45
# A gap of more than this many line spacings always ends a region.
_MAX_GAP = 3.2
# A space between lines this many times the page's line spacing (for their font heights)
# ends a paragraph.
_PARAGRAPH = 1.3
# Rows of a table parted by no more than its cells' padding are this many line spacings apart.
_ROW_GAP = 1.15
_PUNCTUATION = "\"'“”‘’«»„‚()[]{}.,;:!?·•"
# A word that is an e-mail or web address ("info@lao-", "www.mission-", "example.org/ua-").
_ADDRESS = re.compile(r"[@/]|\w\.\w")
# An e-mail address (its part before the "@" and a first letter after it: a narrow cell may
# wrap the rest).
_EMAIL = re.compile(r"[\w.+-]@[^\W\d_]")
# A list item's marker at a line's start ("- ", "• ", "2) ", "3. ").
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s")
_LABEL_END = re.compile(r"[:：]\s*$")
# A word alone at a line's end that joins what comes before it to what comes after.
_JOINING_SIGNS = frozenset({"/", "&", "+"})
# A line that is a labelled field: a label of a few words, a colon, its value ("Fax: +41 ...").
_FIELD_LINE = re.compile(r"[^\W\d_][\w.\-]*(?:[ /][\w.\-]+){0,3}\s?[:：]\s*\S")
# A field's label alone on a line, its value below ("Facebook:", "E-mail :").
_LABEL_ALONE = re.compile(r"[^\W\d_][\w.\-]{0,30}(?:[ /][\w.\-]{1,30}){0,2}\s?[:：]")


@dataclass
class _Run:
    x0: float
    x1: float
    y: float
    size: float
    text: str


@dataclass
class _Line:
    y: float
    size: float
    # Segments (x0, x1, text), left to right.
    segments: list[tuple[float, float, str]]
    # Each segment's font height (a line may cross columns set in two sizes).
    sizes: list[float] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return self.segments[0][0]


@dataclass
class _Cell:
    """A line's text in one column of a region, with its place."""

    x0: float
    x1: float
    y: float
    size: float
    text: str
    # Parts far apart on the line (a date right of a title): never joined with another line.
    apart: bool = False


def page_text(page: Any) -> str | None:
    """The page's text, column regions read column by column; None when the positions of its
    text cannot be used (the caller then reads the page as pypdf's plain mode does)."""
    runs = _runs_or_none(page)
    return None if runs is None else text_of_runs(runs, width=_page_box(page))


def _page_box(page: Any) -> tuple[float, float] | None:
    """The page's left and right edges (its media box), None when it has none to read."""
    try:
        box = page.mediabox
        return float(box.left), float(box.right)
    except Exception:
        return None


def pages_text(pages: Iterable[Any]) -> list[str]:
    """Each page's text: read by position (`page_text`), else as pypdf's plain mode reads it.
    The words printed side by side anywhere in the document tell where a narrow column
    wrapped a line (`_continues`)."""
    read: list[tuple[list[_Run], list[_Line], tuple[float, float] | None] | str] = []
    for page in pages:
        runs = _runs_or_none(page)
        read.append(
            (runs, _lines(runs), _page_box(page)) if runs is not None else page.extract_text() or ""
        )
    pairs: set[tuple[str, str]] = set()
    for item in read:
        if isinstance(item, str):
            pairs |= word_pairs(item)
        else:
            token = _RTL_PAGE.set(_rtl_page(item[1]))
            for line in item[1]:
                pairs |= word_pairs("\n".join(_logical(t) for _, _, t in line.segments))
            _RTL_PAGE.reset(token)
    for n in range(len(read) - 1):
        above, below = read[n], read[n + 1]
        if not isinstance(above, str) and not isinstance(below, str):
            above[1][:], below[1][:] = _carried(above[1], below[1])
    return [
        item if isinstance(item, str) else text_of_runs(item[0], pairs, item[1], item[2])
        for item in read
    ]


def _carried(page: list[_Line], next_page: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Columns side by side that a page break cuts (two recipient blocks whose first lines end
    one page and whose other lines begin the next): the page's last column region, when it
    reaches the page's end and the next page begins with a region of as many columns whose
    gutters meet its own, goes to the next page's top, right above its first line at its own
    line spacing, so the columns are read whole. Both pages must be written the same way."""
    if not page or not next_page or _rtl_page(page) != _rtl_page(next_page):
        return page, next_page
    token = _RTL_PAGE.set(_rtl_page(page))
    try:
        start = next((i for i in range(len(page)) if _region_end(page, i)[0] == len(page)), None)
        if start is None:
            return page, next_page
        gutters = _region_end(page, start)[1]
        end, below = _region_end(next_page, 0)
        if not gutters or _field_rows(page[start:], gutters):
            # (A table of a field a row reads a row at a time on each page.)
            return page, next_page
        if not below:
            end = 0
        elif (
            end < 2
            or len(below) != len(gutters)
            or not all(
                a < d and c < b
                for (a, b), (c, d) in zip(sorted(gutters), sorted(below), strict=True)
            )
        ):
            return page, next_page
    finally:
        _RTL_PAGE.reset(token)
    tail = page[start:]
    step = tail[-2].y - tail[-1].y if len(tail) >= 2 else 1.2 * tail[-1].size
    if end < 2 and not below:
        # The next page begins with lines of one of the region's columns alone, other than
        # the first (a row's last address lines): they end the row.
        starts = [x0 for x0, _, _ in tail[0].segments][1:]
        rest = 0
        while (
            rest < len(next_page)
            and len(next_page[rest].segments) == 1
            and any(abs(next_page[rest].x0 - x) <= _ALIGNED for x in starts)
            and abs(next_page[rest].size - tail[-1].size) <= 0.05 * tail[-1].size
            and (not rest or next_page[rest - 1].y - next_page[rest].y <= _GOES_ON * step)
            # (The column goes on in the region's last rows.)
            and any(
                abs(line.x0 - next_page[rest].x0) <= _ALIGNED
                or any(abs(x - next_page[rest].x0) <= _ALIGNED for x, _, _ in line.segments)
                for line in tail[-3:]
            )
        ):
            rest += 1
        if not rest:
            return page, next_page
        shift = tail[-1].y - step - next_page[0].y
        moved = [
            _Line(line.y + shift, line.size, line.segments, line.sizes) for line in next_page[:rest]
        ]
        return [*page, *moved], next_page[rest:]
    shift = next_page[0].y + step - tail[-1].y
    moved = [_Line(line.y + shift, line.size, line.segments, line.sizes) for line in tail]
    return page[:start], [*moved, *next_page]


def _runs_or_none(page: Any) -> list[_Run] | None:
    try:
        runs = _page_runs(page)
    except Exception:
        return None
    return runs or None


def _has_form_text(page: Any) -> bool:
    """The page draws a form XObject that has fonts (text the layout reader does not enter;
    a form of images alone, a logo, carries none)."""
    resources = page.get("/Resources")
    resources = resources.get_object() if resources is not None else None
    xobjects = resources.get("/XObject") if resources is not None else None
    if xobjects is None:
        return False
    for ref in xobjects.get_object().values():
        form = ref.get_object()
        if form.get("/Subtype") != "/Form":
            continue
        inner = form.get("/Resources")
        inner = inner.get_object() if inner is not None else None
        if inner is None or inner.get("/Font") is not None:
            return True
    return False


def _page_runs(page: Any) -> list[_Run] | None:
    """Each text-showing operator's text and place (pypdf's layout-mode reader); None when a
    run is rotated, flipped or in a font pypdf cannot interpret, or text may hide in a form."""
    from pypdf._text_extraction._layout_mode._fixed_width_page import (
        recurse_to_target_op,
        set_font_operation,
    )
    from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager
    from pypdf.generic import ContentStream

    if _has_form_text(page):
        return None
    contents = page.get("/Contents")
    if contents is None:
        return None
    fonts = page._layout_mode_fonts()
    stream = ContentStream(contents.get_object(), page.pdf, "bytes")
    # (Session 27: most pages mark no span with a replacement text, and reading every
    # operator for one made each page about a tenth slower. A span's text is an inline
    # dictionary's /ActualText, a name spelt so or with a "#" escape; a page whose content
    # holds neither reads as its glyphs, as `_actual_texts` reads a page with no span.)
    data = stream.get_data()
    spans: list[tuple[int, str] | None] | None = (
        [] if b"ActualText" in data or b"#" in data else None
    )
    operations = stream.operations
    ops = _advancing(_spanned(operations, spans) if spans is not None else operations)
    state = TextStateManager()
    shown: list[Any] = []
    for operands, op in ops:
        if op in (b"BT", b"q"):
            _, tjs = recurse_to_target_op(
                ops, state, b"ET" if op == b"BT" else b"Q", fonts, strip_rotated=False
            )
            shown.extend(tjs)
        elif op == b"Tf":
            set_font_operation(state, fonts, operands)
        elif op == b"cm":
            # A page-wide transform outside `q` (browsers scale the page by one).
            state.add_cm(*operands)
        else:
            state.set_state_param(op, operands)
    runs: list[_Run] = []
    texts = (
        _actual_texts(shown, spans)
        if spans is not None
        else [(tj.text, tj.displaced_tx) for tj in shown]
    )
    for i, (tj, (text, end)) in enumerate(zip(shown, texts, strict=True)):
        if not text.strip():
            if runs and _taken_back(runs[-1], tj, end, shown[i + 1 : i + 2], texts[i + 1 : i + 2]):
                runs[-1] = dataclasses.replace(runs[-1], text=runs[-1].text + _NON_JOINER)
            continue
        if tj.rotated or tj.flip_vertical or not tj.font.interpretable or tj.font_height <= 0:
            return None
        runs.append(
            _Run(tj.tx, wide_end(tj.tx, end, text, tj.font_height), tj.ty, tj.font_height, text)
        )
    return marks_joined(runs)


_NON_JOINER = "\u200c"
# Letters of the Arabic script (Arabic, Persian, Urdu, their presentation forms).
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufefc]")


def _taken_back(
    before: _Run, space: Any, end: float, after: list[Any], after_texts: list[tuple[str, float]]
) -> bool:
    """A space drawn between two letters of the Arabic script whose width the next glyph
    takes back (it starts where the space starts): how a word processor draws a zero-width
    non-joiner, which parts a Persian or Urdu word without a space ("نامه‌ها", a name
    "X‌Y"). Read as no space at all, the two parts ran together as one word."""
    if not after or not after_texts:
        return False
    nxt, (text, _) = after[0], after_texts[0]
    size = max(space.font_height, 1e-6)
    width = end - space.tx
    return (
        width > 0.05 * size
        and abs(nxt.ty - space.ty) < 0.1 * size
        and abs(space.tx - before.x1) < 0.1 * size
        and abs(nxt.tx - space.tx) < 0.25 * width
        and _ARABIC_SCRIPT.match(before.text[-1:]) is not None
        and _ARABIC_SCRIPT.match(text[:1]) is not None
    )


def wide_end(x0: float, end: float, text: str, size: float) -> float:
    """Where a run that starts at `x0` ends, `end` as its font's widths put it, for its wide
    (CJK) characters about a font height wide each. A font whose widths pypdf does not find
    for them (a bold face made for the heading) gave them a Latin letter's width, and the gap
    up to the next character read as a space ("公 安 部"); one that gave them twice a font
    height (session 27) hid the space after a word ("김철수예시부" for "김철수 예시부"): a run
    of wide characters only is no wider than a font height each."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WF")
    x1 = max(end, x0 + 0.9 * wide * size)
    if wide and wide == len(text.strip()):
        x1 = min(x1, x0 + wide * size)
    return x1


def marks_joined(runs: list[_Run]) -> list[_Run]:
    """Runs in the order they are drawn, each combining mark drawn by itself put after the
    glyph it sits on (`_mark_of`). A mark the font maps to no letter (a tone mark stacked over
    a vowel, drawn by a glyph of its own) is left out: read as a space it parted the word."""
    out: list[_Run] = []
    for run in runs:
        if out and _mark_of(out[-1], run):
            kept = run.text.replace("\x00", "").replace("\ufffd", "")
            # (An unmapped glyph may be a whole cluster, a conjunct of letters: its width
            # stays the line's, so no space opens where it was.)
            x1 = out[-1].x1 if kept else max(out[-1].x1, run.x1)
            out[-1] = dataclasses.replace(out[-1], x1=x1, text=out[-1].text + kept)
            continue
        out.append(run)
    return out


def _mark_of(base: _Run, run: _Run) -> bool:
    """The run is a combining mark drawn by itself right after the glyph it sits on (a Thai,
    Lao, Khmer or Burmese vowel or tone mark a browser draws on its own, placed where the
    glyph under it ends): it is that glyph's, as Unicode writes it. Sorted by where it is
    drawn it came after the next letter ("ดว่น" for "ด่วน"). Marks of a right-to-left
    script stay runs of their own (their lines are put in order elsewhere)."""
    if not all(unicodedata.category(ch) == "Mn" or ch in "\x00\ufffd" for ch in run.text):
        return False
    last = base.text.rstrip()[-1:]
    if not last or unicodedata.bidirectional(last) in ("R", "AL"):
        return False
    size = min(base.size, run.size)
    return (
        abs(base.y - run.y) <= 0.35 * size
        and base.x0 - 0.1 * size <= run.x0 <= base.x1 + 0.3 * size
    )


def _spanned(
    operations: Iterable[tuple[list[Any], bytes]], spans: list[tuple[int, str] | None]
) -> Iterator[tuple[list[Any], bytes]]:
    """The page's operators as they come; for each string a text-showing operator shows (one
    each, in the order pypdf's layout reader makes a text run of it), `spans` gets the marked
    span with a replacement text (`/Span <</ActualText (...)>> BDC ... EMC`) it is drawn in,
    as (the span's number, its text), or None outside one. A browser shapes an Indic, Thai,
    Sinhala or Arabic word into glyphs that do not map back to its letters one by one (a
    vowel sign drawn before its consonant, a conjunct as one glyph mapped to nothing), and
    gives the cluster's letters in such a span."""
    from pypdf.generic import ArrayObject, DictionaryObject, create_string_object

    stack: list[tuple[int, str] | None] = []
    count = 0
    for operands, op in operations:
        if op == b"BDC":
            props = operands[1] if len(operands) >= 2 else None
            actual = props.get("/ActualText") if isinstance(props, DictionaryObject) else None
            if isinstance(actual, bytes):
                actual = str(create_string_object(actual))
            if stack and stack[-1] is not None:
                # Inside a span with a replacement text, which stands for all it holds: an
                # inner span's text is part of it already, and adds nothing.
                stack.append(stack[-1])
            elif (
                isinstance(actual, str)
                and any(unicodedata.category(ch)[0] in "LM" for ch in actual)
                and not any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in actual)
            ):
                # (A right-to-left span, and one of signs alone (a bracket a browser drew
                # mirrored in a right-to-left line), stays as its glyphs read: the page
                # reader puts Arabic and Hebrew runs in reading order itself, and a span's
                # logical text among visual runs broke its words.)
                count += 1
                stack.append((count, str(actual)))
            else:
                stack.append(stack[-1] if stack else None)
        elif op == b"BMC":
            stack.append(stack[-1] if stack else None)
        elif op == b"EMC":
            if stack:
                stack.pop()
        else:
            shows = 0
            if op == b"Tj":
                shows = int(bool(operands) and isinstance(operands[0], (str, bytes)))
            elif op == b"TJ" and operands and isinstance(operands[0], ArrayObject):
                shows = sum(1 for item in operands[0] if isinstance(item, bytes))
            elif op == b"'":
                shows = int(bool(operands) and isinstance(operands[0], (str, bytes)))
            elif op == b'"':
                shows = int(len(operands) >= 3 and isinstance(operands[2], (str, bytes)))
            spans.extend([stack[-1] if stack else None] * shows)
        yield operands, op


def _actual_texts(shown: list[Any], spans: list[tuple[int, str] | None]) -> list[tuple[str, float]]:
    """Each text run's text and where it ends: what its font maps its glyphs to, except in a
    span with a replacement text (`_spanned`), whose first run reads the span's text up to
    where the span's last run ends, and its other runs nothing. Runs as pypdf gave them when
    the count of strings shown does not meet the count of runs (a string shown outside a text
    object), or a span's runs are not on one baseline."""
    plain = [(tj.text, tj.displaced_tx) for tj in shown]
    if len(spans) != len(shown):
        return plain
    texts = list(plain)
    first: dict[int, int] = {}
    for i, (tj, span) in enumerate(zip(shown, spans, strict=True)):
        if span is None:
            continue
        number, actual = span
        if number not in first:
            first[number] = i
            texts[i] = (actual, tj.displaced_tx)
            continue
        head = shown[first[number]]
        if abs(tj.ty - head.ty) > 0.5 * max(head.font_height, 1e-6):
            return plain
        texts[first[number]] = (actual, max(texts[first[number]][1], tj.displaced_tx))
        texts[i] = ("", tj.displaced_tx)
    # A span whose text is its glyphs' letters in another case (a heading a style printed in
    # capitals, "Pray for the Sick" drawn as "PRAY FOR THE SICK") reads as printed: the page
    # shows capitals, and a heading is known by them.
    runs_of: dict[int, list[int]] = {}
    for i, span in enumerate(spans):
        if span is not None:
            runs_of.setdefault(span[0], []).append(i)
    for members in runs_of.values():
        drawn = "".join(plain[i][0] for i in members)
        actual = spans[members[0]][1]  # type: ignore[index]
        if (
            _letters(drawn) != _letters(actual)
            and _letters(drawn).casefold() == _letters(actual).casefold()
        ):
            for i in members:
                texts[i] = plain[i]
    return texts


def _letters(text: str) -> str:
    return "".join(text.split())


def _advancing(operations: Iterable[tuple[list[Any], bytes]]) -> Iterator[tuple[list[Any], bytes]]:
    """The page's operators, each string shown moving the text position past it, as the PDF
    specification has it. pypdf's layout reader moves it only for a number in a `TJ` array,
    so a string drawn right after another by its own operator (Chromium draws a ligature in
    a span of its own: "O", "ffi", "ce of the P") started where the one before did, and the
    line seemed to end short of its next word ("Office of the P" "resident"). A `Tj`, and a
    `TJ` ending with a string, are given as a `TJ` ending with a zero shift."""
    from pypdf.generic import ArrayObject, NumberObject

    for operands, op in operations:
        if op == b"Tj" and len(operands) == 1 and isinstance(operands[0], bytes):
            yield [ArrayObject([operands[0], NumberObject(0)])], b"TJ"
        elif (
            op == b"TJ"
            and operands
            and isinstance(operands[0], ArrayObject)
            and operands[0]
            and isinstance(operands[0][-1], bytes)
        ):
            yield [ArrayObject([*operands[0], NumberObject(0)])], b"TJ"
        else:
            yield operands, op


def _layers(runs: list[_Run]) -> list[list[_Run]]:
    """Runs on one baseline, or, when runs of two font heights are printed over each other
    (a browser's running footer over a heading), each height's runs apart, larger first."""
    sizes = sorted({round(r.size, 1) for r in runs}, reverse=True)
    if len(sizes) < 2:
        return [runs]
    classes: list[list[_Run]] = []
    left = list(runs)
    for size in sizes:
        same = [r for r in left if abs(r.size - size) <= 0.1 * size]
        left = [r for r in left if abs(r.size - size) > 0.1 * size]
        if same:
            classes.append(same)
    over = any(
        a.x0 < b.x1 - 0.1 * b.size and b.x0 < a.x1 - 0.1 * a.size
        for one, other in itertools.combinations(classes, 2)
        for a in one
        for b in other
    )
    return classes if over else [runs]


def _baselines(runs: list[_Run]) -> list[list[_Run]]:
    """Runs on one baseline, top to bottom. A run a little above or below a baseline (within
    a third of its height: a superscript, a mark) joins it only next to one of its runs: two
    columns whose baselines do not meet (a sidebar in a smaller font beside the text) are
    lines of their own."""
    grouped: list[tuple[list[_Run], list[float]]] = []
    for run in sorted(runs, key=lambda r: -r.y):
        if grouped and abs(grouped[-1][1][-1] - run.y) <= 0.1 * min(
            run.size, grouped[-1][0][0].size
        ):
            # On the baseline of the line before (most runs are). A baseline that slopes (a
            # page scanned askew, a glyph at a time) is followed a step at a time, up to
            # half a font height over the whole line.
            group, ys = grouped[-1]
            group.append(run)
            if run.y < ys[-1] - 0.01 and ys[0] - run.y <= 0.5 * group[0].size:
                ys.append(run.y)
            continue
        home: tuple[list[_Run], list[float]] | None = None
        for group, ys in reversed(grouped[-4:]):
            size = min(run.size, group[0].size)
            near = min(abs(y - run.y) for y in ys)
            if near <= 0.1 * size or (
                near <= 0.35 * size
                and any(
                    r.x0 - _SEGMENT_GAP * size < run.x1 and run.x0 < r.x1 + _SEGMENT_GAP * size
                    for r in group
                )
            ):
                home = group, ys
                break
        if home is None:
            grouped.append(([run], [run.y]))
        else:
            home[0].append(run)
            if all(abs(y - run.y) > 0.01 for y in home[1]):
                home[1].append(run.y)
    return [group for group, _ in grouped]


def _lines(runs: list[_Run]) -> list[_Line]:
    """Runs on one baseline as lines, top to bottom (`_baselines`)."""
    grouped = _baselines(runs)
    lines: list[_Line] = []
    for group in (part for runs in grouped for part in _layers(runs)):
        group.sort(key=lambda r: r.x0)
        size = median(r.size for r in group)
        group = _glyph_ends(group, size)
        same_word = _letter_spacing(group, size) or _SAME_WORD * size
        segments: list[tuple[float, float, str]] = []
        sizes: list[float] = []
        for run in group:
            if segments:
                x0, x1, text = segments[-1]
                gap = run.x0 - x1
                if gap < _SEGMENT_GAP * size:
                    # A run drawn again over itself (bold by overprinting) counts once.
                    if gap < -0.5 * (run.x1 - run.x0) and text.endswith(run.text):
                        continue
                    joiner = "" if gap < same_word or text.endswith(" ") else " "
                    segments[-1] = (x0, max(x1, run.x1), text + joiner + run.text)
                    continue
            segments.append((run.x0, run.x1, run.text))
            sizes.append(run.size)
        segments, sizes = _justified(segments, sizes)
        segments, sizes = _bullet_joined(segments, sizes)
        lines.append(_Line(group[0].y, size, segments, sizes))
    return _unlayered(lines)


# A list item's marker drawn apart from its text ("•", "–", "▪"): a browser or a word processor
# sets it in a hanging indent, a gap that would read as a column of markers beside the items.
_BULLET_MARKS = frozenset("•◦‣∙·▪▫■□●○◆◇►▸➢➤✓✔–—-*")
# Its text starts within this many font heights of the marker (a list's indent).
_BULLET_INDENT = 3.0


def _bullet_joined(
    segments: list[tuple[float, float, str]], sizes: list[float]
) -> tuple[list[tuple[float, float, str]], list[float]]:
    """A line whose first segment is a list marker alone, its text right after it within a
    list's indent: one segment, "– text" (the items of a list read as items, not the markers
    first as a column of their own)."""
    if len(segments) < 2 or len(sizes) != len(segments):
        return segments, sizes
    (x0, x1, mark), (y0, y1, text) = segments[0], segments[1]
    if mark.strip() not in _BULLET_MARKS or y0 - x1 > _BULLET_INDENT * sizes[1]:
        return segments, sizes
    return [(x0, y1, f"{mark.strip()} {text}"), *segments[2:]], [sizes[1], *sizes[2:]]


def _narrow_glyph(text: str) -> bool:
    """One character, no space and not a wide (CJK) one (whose width `_width` does not know)."""
    return len(text) == 1 and not text.isspace() and unicodedata.east_asian_width(text) not in "WF"


def _glyph_ends(group: list[_Run], size: float) -> list[_Run]:
    """A line drawn a glyph at a time whose font gives wrong widths (each glyph's end lies
    past the next glyph's start, so no space between words shows): each glyph's end measured
    again from where the glyphs start, its letters' widths scaled by the line's own median
    advance. Four such glyph pairs or more, four in five of them overlapping, tell it."""
    pairs = [
        (a, b)
        for a, b in itertools.pairwise(group)
        if _narrow_glyph(a.text) and _narrow_glyph(b.text)
    ]
    overlapping = sum(1 for a, b in pairs if b.x0 < a.x1 - 0.05 * size)
    if len(pairs) < 4 or overlapping * 5 < len(pairs) * 4:
        return _glyph_ends_in_runs(group, size)
    return _measured_again(group, size, pairs, range(len(group)))


def _measured_again(
    group: list[_Run],
    size: float,
    pairs: list[tuple[_Run, _Run]],
    where: Iterable[int],
    every: bool = False,
) -> list[_Run]:
    """The group with each narrow glyph at the places `where` that runs into the next one (or
    `every` one there) measured again (`_glyph_ends`), scaled by the advance of the glyph
    `pairs`."""
    ratios = [(b.x0 - a.x0) / printed_width(a.text, size) for a, b in pairs if b.x0 > a.x0]
    if not ratios:
        return group
    scale = median(ratios)
    out = list(group)
    for n in where:
        run = group[n]
        after = group[n + 1] if n + 1 < len(group) else None
        if _narrow_glyph(run.text) and after is not None and (every or after.x0 < run.x1):
            end = run.x0 + scale * printed_width(run.text, size)
            out[n] = dataclasses.replace(run, x1=min(run.x1, end))
    return out


def _glyph_ends_in_runs(group: list[_Run], size: float) -> list[_Run]:
    """`_glyph_ends` for a stretch of a line only: six glyphs or more in a row, drawn one at a
    time, each overlapping the next (a name in a bold face whose widths are wrong, on a line
    whose other words are set in a face that gives them right: "Chair Ana Lee, Example
    Commission")."""

    def overlaps(k: int) -> bool:
        return (
            0 <= k < len(group) - 1
            and _narrow_glyph(group[k].text)
            and _narrow_glyph(group[k + 1].text)
            and group[k + 1].x0 < group[k].x1 - 0.05 * size
        )

    out = group
    n = 0
    while n < len(group) - 1:
        k = n
        # (A space between two words may open a gap the glyph's width does not cover.)
        while overlaps(k) or (
            k > n and overlaps(k - 1) and overlaps(k + 1) and _narrow_glyph(group[k + 1].text)
        ):
            k += 1
        if sum(1 for j in range(n, k) if overlaps(j)) >= 6:
            stretch = list(itertools.pairwise(group[n : k + 1]))
            fixed = _measured_again(group, size, stretch, range(n, k + 1), every=True)
            out = [*out[:n], *fixed[n : k + 1], *out[k + 1 :]]
        n = max(k, n + 1)
    return out


def _justified(
    segments: list[tuple[float, float, str]], sizes: list[float]
) -> tuple[list[tuple[float, float, str]], list[float]]:
    """A justified line's words as one segment: a browser stretches every space of such a
    line alike, and spaces a little over half a font height wide looked like a gutter between
    columns (where two lines' stretched spaces met, the paragraph was read as two columns).
    Four segments or more in a row of one font height, parted by gaps alike to a twentieth of
    it and under two font heights, are one stretch of words; a gutter between columns is as
    wide as the cells' text leaves it, not as the spaces around it."""
    if len(segments) < 4:
        return segments, sizes
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(segments)]
    out: list[tuple[float, float, str]] = []
    out_sizes: list[float] = []
    i = 0
    while i < len(segments):
        j = i
        size = sizes[i]
        while (
            j + 1 < len(segments)
            and abs(sizes[j + 1] - size) <= 0.05 * size
            and gaps[j] < 2 * size
            and abs(gaps[j] - gaps[i]) <= 0.05 * size
        ):
            j += 1
        if j - i >= 3:
            out.append(
                (segments[i][0], segments[j][1], _spaced(t for _, _, t in segments[i : j + 1]))
            )
            out_sizes.append(size)
            i = j + 1
        else:
            out.append(segments[i])
            out_sizes.append(sizes[i])
            i += 1
    return out, out_sizes


def _letter_spacing(group: list[_Run], size: float) -> float:
    """For a line set with space between its letters (a heading "A M N E S T Y" drawn a
    letter at a time with CSS letter-spacing), the widest gap between two letters of one
    word; else 0. Four gaps or more between single letters, most of them alike and wider
    than a glyph's own spacing, tell it (a word's space is wider still)."""
    gaps = [
        b.x0 - a.x1
        for a, b in itertools.pairwise(group)
        if len(a.text.strip()) == 1 and len(b.text.strip()) == 1
    ]
    if len(gaps) < 4:
        return 0.0
    gap = median(gaps)
    alike = sum(1 for g in gaps if abs(g - gap) <= 0.05 * size)
    if not _SAME_WORD * size <= gap < 0.35 * size or alike * 5 < len(gaps) * 3:
        return 0.0
    return gap + 0.1 * size


def _unlayered(lines: list[_Line]) -> list[_Line]:
    """Two lines printed over each other (baselines closer than half a font height: a band a
    browser repeats on each page, over the page's head) read in their own layers: the one
    that goes on the line above it (its font height and left edge) comes first."""

    def same(a: _Line, b: _Line) -> bool:
        return abs(a.size - b.size) <= 0.05 * a.size and abs(a.x0 - b.x0) <= 1

    def over(b: _Line, c: _Line) -> bool:
        return b.x0 < _right(c) and c.x0 < _right(b)

    for i in range(1, len(lines) - 1):
        a, b, c = lines[i - 1], lines[i], lines[i + 1]
        if (
            b.y - c.y < 0.5 * min(b.size, c.size)
            and same(a, c)
            and not same(a, b)
            # Printed over each other (not two columns whose baselines do not meet).
            and over(b, c)
        ):
            lines[i], lines[i + 1] = c, b
    return lines


def _free(free: list[tuple[float, float]], line: _Line) -> list[tuple[float, float]]:
    """The bands of `free` left free by the line's segments."""
    for x0, x1, _ in line.segments:
        free = [
            part
            for a, b in free
            for part in ((a, min(b, x0)), (max(a, x1), b))
            if part[1] - part[0] > 0
        ]
    return free


def _side(line: _Line, gutter: tuple[float, float]) -> int:
    """Where the line's text is: 1 left of the gutter only, 2 right of it only, 3 both."""
    return (1 if line.x0 < gutter[0] else 0) | (2 if line.segments[-1][1] > gutter[1] else 0)


def _aligned(lines: list[_Line], gutter: tuple[float, float]) -> bool:
    """Text on both sides of the gutter in two lines or more each, and the segments that
    start right of it starting at one x (a column's edge) in three lines or more, or in two
    when the gutter is wider than a word space can be: two gaps between words of running
    text meet by chance, three words starting at one x below them hardly do. Two of them
    start at the gutter itself."""
    sides = [_side(line, gutter) for line in lines]
    if sum(1 for s in sides if s & 1) < 2 or sum(1 for s in sides if s & 2) < 2:
        return False
    # Side by side: a line has text on both sides, or each side's lines reach in between the
    # other's (a block right of a heading and above a paragraph is no column of them).
    lefts = [n for n, s in enumerate(sides) if s == 1]
    rights = [n for n, s in enumerate(sides) if s == 2]
    if 3 not in sides and not (
        any(rights[0] < n < rights[-1] for n in lefts)
        and any(lefts[0] < n < lefts[-1] for n in rights)
    ):
        return False
    wide = gutter[1] - gutter[0] >= _WIDE_GUTTER * median(line.size for line in lines)
    starts = [
        next(x0 for x0, _, _ in line.segments if x0 >= gutter[1])
        for line, side in zip(lines, sides, strict=True)
        if side & 2
    ]
    if _edge_at(starts, gutter[1], wide):
        return True
    # A page written right to left sets its columns from their right edges: the segments
    # that end left of the gutter end at one x, the gutter's.
    if not _RTL_PAGE.get():
        return False
    ends = [
        max(x1 for _, x1, _ in line.segments if x1 <= gutter[0])
        for line, side in zip(lines, sides, strict=True)
        if side & 1
    ]
    return _rtl_region(lines) and _edge_at(ends, gutter[0], wide)


def _edge_at(starts: list[float], gutter_edge: float, wide: bool) -> bool:
    """The column's edge is the gutter's: the segments start (or end) at one x in three lines
    or more (two for a wide gutter), two of them right at the gutter (a gap between two words
    of one justified line, next to a block further right, is no gutter)."""
    edge = max(sum(1 for s in starts if abs(s - start) <= _ALIGNED) for start in starts)
    at_gutter = sum(1 for s in starts if abs(s - gutter_edge) <= _ALIGNED)
    return edge >= (2 if wide else 3) and at_gutter >= 2


def _rtl_region(lines: Sequence[_Line]) -> bool:
    """Most of the lines hold text written right to left."""
    own = sum(1 for line in lines if _rtl("".join(t for _, _, t in line.segments)))
    return 2 * own > len(lines)


def _region_end(lines: list[_Line], start: int) -> tuple[int, list[tuple[float, float]]]:
    """The end (exclusive) and gutters of the column region that starts at `lines[start]`,
    or (start, []) when none does."""
    gutters: list[tuple[float, float]] = []
    end = start
    # The white space between the lines' text so far, narrowed a line at a time (`_gutters`).
    free = _free([(-math.inf, math.inf)], lines[start])
    left, right = lines[start].x0, lines[start].segments[-1][1]
    sizes = [lines[start].size]
    for j in range(start + 1, len(lines)):
        spacing = lines[j - 1].y - lines[j].y
        if spacing > _MAX_GAP * 1.2 * lines[j - 1].size:
            break
        line = lines[j]
        free = _free(free, line)
        left, right = min(left, line.x0), max(right, line.segments[-1][1])
        sizes.append(line.size)
        width = 0.5 * median(sizes)
        found = [(a, b) for a, b in free if b - a >= width and a > left and b < right]
        if not found:
            break
        aligned = [g for g in found if _aligned(lines[start : j + 1], g)]
        if any(not any(a < d and c < b for c, d in found) for a, b in gutters):
            # A line across one of the region's columns: the region ended above it. (A line
            # that only narrows a gutter ends no region: the column's edge may show below.)
            break
        if aligned:
            gutters, end = aligned, j + 1
    if not gutters:
        return start, []
    region = lines[start:end]
    first = min(gutters)
    # Lines of the first column alone above and below the lines of the others belong to it
    # only while they follow at its own line spacing (else they are the text around it).
    # Its line spacing: between consecutive lines both with text in it (two lines of it alone,
    # one above the box and one below, are no measure of it).
    spacings = [
        a.y - b.y
        for a, b in itertools.pairwise(region)
        if _side(a, first) & 1 and _side(b, first) & 1
    ]
    step = median(spacings) if spacings else 1.2 * region[0].size
    others = [n for n, line in enumerate(region) if _side(line, first) != 1]
    top, bottom = others[0], others[-1]
    # ... and in the columns' font height (a title above the box is no line of it).
    size = median(region[n].size for n in others)

    def goes_on(above: _Line, below: _Line, line: _Line) -> bool:
        return above.y - below.y <= _GOES_ON * step and abs(line.size - size) <= 0.15 * size

    while top > 0 and goes_on(region[top - 1], region[top], region[top - 1]):
        top -= 1
    while bottom + 1 < len(region) and goes_on(
        region[bottom], region[bottom + 1], region[bottom + 1]
    ):
        bottom += 1
    if top > 0:
        return start, []
    return start + bottom + 1, gutters


def _labels_left(region: list[_Line], gutter: tuple[float, float]) -> bool:
    """The region's left column holds field labels ("Fax:", "E-mail:"): most of its cells in
    the rows end with a colon."""
    cells = [
        " ".join(t for x0, _, t in line.segments if x0 < gutter[0])
        for line in region
        if _side(line, gutter) == 3
    ]
    return sum(1 for c in cells if _LABEL_END.search(c)) * 2 > len(cells)


def _columns(
    region: list[_Line], gutters: list[tuple[float, float]], keep_empty: bool = False
) -> list[list[_Cell]]:
    """The cells of each column of a region, top to bottom (an empty column left out, or
    kept with `keep_empty`, so that a column's index is its place)."""
    bounds = sorted(gutters)
    columns: list[list[_Cell]] = [[] for _ in range(len(bounds) + 1)]
    for line in region:
        cells: dict[int, list[tuple[float, float, str]]] = {}
        heights: dict[int, list[float]] = {}
        sizes = line.sizes or [line.size] * len(line.segments)
        for segment, height in zip(line.segments, sizes, strict=True):
            k = sum(1 for g in bounds if segment[0] >= g[1])
            cells.setdefault(k, []).append(segment)
            heights.setdefault(k, []).append(height)
        for k, parts in cells.items():
            text = _logical(_spaced(t for _, _, t in parts))
            # The cell's own font height (not the line's: another column may be larger).
            size = median(heights[k])
            columns[k].append(_Cell(parts[0][0], parts[-1][1], line.y, size, text))
    return columns if keep_empty else [column for column in columns if column]


def _table_rows(
    region: list[_Line], gutters: list[tuple[float, float]], leading: float
) -> list[list[list[_Cell]]]:
    """`_records` with rows parted by a paragraph's space, else, for a table whose rows are
    parted only by its cells' padding (a browser's table without borders or spacing: rows
    a fifth of a line further apart than its lines), by a little more than its line
    spacing."""
    spacing = _leading(region) or leading
    return (
        _records(region, gutters, _gap_rows(region, spacing, _PARAGRAPH))
        or _records(region, gutters, _gap_rows(region, spacing, _ROW_GAP))
        or _records(region, gutters, _banded_rows(region, gutters), top=False)
    )


def _field_rows(
    region: list[_Line], gutters: list[tuple[float, float]]
) -> list[tuple[str | None, list[_Cell]]]:
    """A table of two columns, a field's name at the left of each row and its value at the
    right ("Destinatário | name, office", "Endereço | address lines", "Tratamento | greeting"),
    the name centred on the row or at its top: each row's label (None for the kind of a
    recipient's own lines, which read as well alone, or for a row without one: a value
    carried over from the page before) and its value's cells; [] for any other region.

    The names are short lines (three words at most) and one of them at least names a field
    or a recipient's line in the phrase tables; three rows or more. The HTML reader reads
    such a table the same way (`text_extract._transposed_blocks`)."""
    from appeal_tui.core.importer.text_extract import _known_label, _row_label

    if len(gutters) != 1:
        return []
    rows = _banded_rows(region, gutters)
    if len(rows) < 3:
        return []
    out: list[tuple[str | None, list[_Cell]]] = []
    known = False
    for n, row in enumerate(rows):
        left, right = _columns(row, gutters, keep_empty=True)
        if not right and len(left) == 1 and n in (0, len(rows) - 1):
            # A line of the page's text right above or below the table (the end of the
            # paragraph before it, the next heading) taken into its region: a line of its own.
            out.append((None, left))
            continue
        if not right or len(left) > 1 or (not left and n):
            return []
        if not left:
            out.append((None, right))
            continue
        name = left[0].text.strip().rstrip(":：").strip()
        middle = (right[0].y + right[-1].y) / 2
        if (
            len(name) > 30
            or len(name.split()) > 3
            or any(ch.isdigit() for ch in name)
            or not (
                abs(left[0].y - middle) <= 0.5 * left[0].size
                or abs(left[0].y - right[0].y) <= 0.1 * left[0].size
            )
        ):
            return []
        copies = bool(COPIES.match(name + ":"))
        # A heading of the recipients ("宛先" addressee) stays over them; the name of a
        # recipient's own lines ("Address", "Recipient") does not.
        kind = _row_label(name)
        heading = bool(RECIPIENTS_HEADING.match(name)) and not kind
        known = known or copies or heading or kind
        if _known_label(name) or copies or heading:
            out.append((name, right))
        else:
            out.append((None, right))
    return out if known else []


def _gap_rows(region: list[_Line], spacing: float, gap: float) -> list[list[_Line]]:
    """A region's lines parted into rows where the space between two lines is more than `gap`
    line spacings."""
    rows: list[list[_Line]] = [region[:1]]
    for above, line in itertools.pairwise(region):
        if spacing and above.y - line.y > gap * spacing * (above.size + line.size) / 2:
            rows.append([])
        rows[-1].append(line)
    return rows


def _banded_rows(region: list[_Line], gutters: list[tuple[float, float]]) -> list[list[_Line]]:
    """A region's lines parted into rows by bands no column prints in: a word processor may
    centre a row's cells on its height, so a short cell starts lines below the row's first
    line and the lines of the columns alternate, each column keeping its own line spacing.
    Each column's lines are parted into blocks where they are more than a paragraph's space
    apart (by the table's line spacing); a row is the lines whose blocks overlap."""
    columns = _columns(region, gutters)
    # The table's line spacing: the closest a column prints its lines (a column of one-line
    # cells, labels, has none of its own).
    steps = [
        sorted(own)[len(own) // 4]
        for column in columns
        if (own := [a.y - b.y for a, b in itertools.pairwise(column) if a.y - b.y > 0.5 * a.size])
    ]
    step = min(steps, default=0.0)
    spans: list[tuple[float, float]] = []
    for column in columns:
        top = column[0]
        for n, above in enumerate(column):
            cell = column[n + 1] if n + 1 < len(column) else None
            if cell is None or not step or above.y - cell.y > _PARAGRAPH * step:
                spans.append((above.y - 0.3 * above.size, top.y + above.size))
                if cell is not None:
                    top = cell
    bands: list[list[float]] = []
    for low, high in sorted(spans, key=lambda s: -s[1]):
        if bands and high >= bands[-1][0]:
            bands[-1][0] = min(bands[-1][0], low)
        else:
            bands.append([low, high])
    rows: list[list[_Line]] = [[] for _ in bands]
    for line in region:
        k = next((k for k, (low, high) in enumerate(bands) if low <= line.y <= high), None)
        if k is None:
            return []
        rows[k].append(line)
    return [row for row in rows if row]


def _records(
    region: list[_Line],
    gutters: list[tuple[float, float]],
    rows: list[list[_Line]],
    top: bool = True,
) -> list[list[list[_Cell]]]:
    """The rows of a region that is a table of a record per row (a recipient's office and
    name in one column, the address in the next, the contact fields in the last), each row
    its cells by column; [] when the region is no such table and is read a column at a time.

    Rows are parted by a space well over the lines' own spacing, and a row's cells start on
    its first line. A region is such a table when, below a first row that may be its heading,
    two rows or more fill several columns, one column holds labelled fields ("Fax: ...") in
    every such row (or an e-mail address) and another never does: the columns hold
    different kinds of lines, so a row is one record. Cards side by side (every column
    alike, each with its own fields) and a box of one heading row over one row of blocks
    are read a column at a time. Without `top`, a row's cells are centred on it instead
    (`_banded_rows`), their middles within half a font height."""
    if len(rows) < 2:
        return []
    table = [_columns(row, gutters, keep_empty=True) for row in rows]

    def labelled(cells: list[_Cell]) -> bool:
        return any(_FIELD_LINE.match(c.text) or _EMAIL.search(c.text) for c in cells)

    body = table[1:] if not any(labelled(cells) for cells in table[0]) else table
    records = [
        (row, cells)
        for row, cells in zip(rows[len(table) - len(body) :], body, strict=True)
        if sum(1 for c in cells if c) >= 2
    ]
    if len(records) < 2:
        return []
    for row, cells in records:
        # A row's cells start on its first line (a table's cells are aligned at their top).
        if top and any(c and c[0].y != row[0].y for c in cells):
            return []
        # Or, in rows parted by bands, centred on the row: their middles meet.
        middles = [(c[0].y + c[-1].y) / 2 for c in cells if c]
        if not top and max(middles) - min(middles) > 0.5 * row[0].size:
            return []
    width = len(table[0])
    every = [all(labelled(cells[k]) for _, cells in records) for k in range(width)]
    never = [
        any(cells[k] for _, cells in records)
        and not any(labelled(cells[k]) for _, cells in records)
        for k in range(width)
    ]
    if not (any(every) and any(never)):
        return []
    head = table[0]
    if len(body) < len(table) and all(len(c) == 1 and len(c[0].text) <= 40 for c in head):
        # A heading row of one short line a column only names the columns ("Recipient |
        # Address | Contact"), as the HTML and Markdown readers leave it out.
        return table[1:]
    return table


def _spaced(parts: Iterable[str]) -> str:
    """Parts of a line joined by one space (a justified line's runs may end in one)."""
    return " ".join(part.strip() for part in parts)


# How wide characters are printed, per 1000 of the font height (Helvetica's widths: in any
# proportional font an "m" is wider than an "i", a capital than a small letter).
_WIDTHS = dict(
    zip(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
        "abcdefghijklmnopqrstuvwxyz{|}~",
        (
            278,
            278,
            355,
            556,
            556,
            889,
            667,
            191,
            333,
            333,
            389,
            584,
            278,
            333,
            278,
            278,
            *[556] * 10,
            278,
            278,
            584,
            584,
            584,
            556,
            1015,
            667,
            667,
            722,
            722,
            667,
            611,
            778,
            722,
            278,
            500,
            667,
            556,
            833,
            722,
            778,
            667,
            778,
            722,
            667,
            611,
            722,
            667,
            944,
            667,
            667,
            611,
            278,
            278,
            278,
            469,
            556,
            333,
            556,
            556,
            500,
            556,
            556,
            278,
            556,
            556,
            222,
            222,
            500,
            222,
            833,
            556,
            556,
            556,
            556,
            333,
            500,
            278,
            556,
            500,
            722,
            500,
            500,
            500,
            334,
            260,
            334,
            584,
        ),
        strict=True,
    )
)


def _width(text: str) -> float:
    """About how wide `text` is printed, in thousandths of its font height (a letter with an
    accent as wide as the letter, a ligature as its letters)."""
    return sum(
        _WIDTHS.get(part, 556 if part.isalnum() else 333)
        for part in unicodedata.normalize("NFKD", text)
        if not unicodedata.combining(part)
    )


def printed_width(text: str, size: float) -> float:
    """How wide `text` is printed in Helvetica (or Arial, Liberation Sans) at `size` points."""
    return _width(text) * size / 1000


def _first_word_width(cell: _Cell) -> float:
    """About how wide the cell's first word is printed (its share of the cell's width, by the
    widths of its letters)."""
    word = cell.text.split()[0]
    return (cell.x1 - cell.x0) * _width(word) / max(_width(cell.text), 1.0)


def _word(word: str) -> str:
    return word.strip(_PUNCTUATION).casefold()


def word_pairs(text: str) -> set[tuple[str, str]]:
    """The pairs of words printed next to each other on one line of `text`."""
    pairs: set[tuple[str, str]] = set()
    for line in text.split("\n"):
        words = [_word(w) for w in line.split()]
        pairs.update((a, b) for a, b in itertools.pairwise(words) if a and b)
    return pairs


def _continues(above: _Cell, cell: _Cell, page: _Page, line: str = "") -> str | None:
    """How `cell` goes on from the cell above it when the column wrapped a line there ("" for
    a space, "-" for a hyphen kept), or None when the line above ended where it was written.

    A column only wraps a line whose next word does not fit: the cell above must end so near
    the column's right edge (its longest line) that the first word of `cell` would not have
    fit after it. That alone also holds for short lines written one under the other (an
    address in a narrow column), so the text must show the line was cut: its end is a hyphen
    before a capital or inside an address ("Pryce-" "Whitford", "info@lao-" "example.org"),
    a bracket it opens closes below, the next line starts in lower case, the line ends with a
    short lower-case word ("Ministre de la", "Minister of"; in running text any lower-case
    word), or the column is justified and the line ends at its edge, or the two words at the
    break stand side by side on a line elsewhere in the document ("Islamic" "Affairs" under
    "Ministry of Justice and Islamic Affairs")."""
    size = cell.size
    if above.apart or cell.apart or abs(size - above.size) > 0.15 * above.size:
        return None
    # The next line starts at the same left edge (or under a list item's text, or left of a
    # paragraph's indented first line).
    if not above.x0 - 3 * size <= cell.x0 <= above.x0 + 1.5 * size:
        return None
    first = cell.text.split()[0]
    last = above.text.split()[-1]
    if last.endswith("-") and len(last) > 1:
        if page.cell and _cell_cut(line or above.text, first, cell.text):
            return "-"
        if (
            _ADDRESS.search(last)
            or (first[:1].isalpha() and first[0].isupper())
            or ("@" in first and not _ADDRESS.search(first.split("@")[0]))
        ):
            # (Or an e-mail address wrapped before its "@": "x-sr-" over "y@example.org".)
            return "-"
        return None
    if not page.running and (
        _LABEL_END.search(first) or (_ADDRESS.search(first) and not _LABEL_END.search(last))
    ):
        # In a cell, a field label ("email:") or an address starts a line of its own.
        return None
    if (
        not page.running
        and (line or above.text) == above.text
        and _LABEL_ALONE.fullmatch(above.text.strip())
        and not COPIES.match(above.text.strip())
        and not RECIPIENTS_HEADING.match(above.text.strip())
        and not _LABEL_END.search(cell.text)
        and not _FIELD_LINE.match(cell.text)
    ):
        # In a cell, a field's label alone on its line ("Facebook:" over "@handle", in any
        # language): the cell wrapped before its value.
        return ""
    edge = page.edges.get((round(above.x0), round(above.size)), page.edge)
    if above.x1 + _width(" ") / 1000 * size + _first_word_width(cell) <= edge + 0.02 * size:
        return None
    if page.justified and above.x1 >= page.edge - 0.3 * size:
        return ""
    if page.cell and _cell_cut(line or above.text, first, cell.text):
        return ""
    if last in _JOINING_SIGNS:
        # A sign between two alternatives ("Sehr geehrter Herr Präsident /" "Your Excellency").
        return ""
    if (
        not page.running
        and FIELD_LABEL.match(line or above.text)
        and not _FIELD_LINE.match(cell.text)
        # An address or a number is whole at the line's end (a recipient may follow).
        and not _ADDRESS.search(last)
        and not last[-1:].isdigit()
    ):
        # In a cell, the value of a one-line field ("Salutation: Sehr geehrter Herr" over
        # "Vorsitzender") goes on.
        return ""
    if above.text.count("(") > above.text.count(")") and ")" in cell.text:
        return ""
    if _date_cut(last, first):
        # A date wrapped at the column's edge ("18 september" over "2024.").
        return ""
    if not page.running and _name_cut(above.text, cell.text):
        # A person's name wrapped at a narrow column's edge ("Sara Modeli" over "Nemunezadeh").
        return ""
    if not page.running and _head_noun_cut(line or above.text, cell.text):
        # An office, body or street wrapped before its last word ("Minister of Justice and
        # Legal" over "Affairs", "Human Rights" over "Commission", "... and Fourth" over
        # "Street"): a word that never stands as a line of its own.
        return ""
    if not page.running and _abbreviation_alone(cell.text) and last[-1:] not in ".:;!?":
        # A street's abbreviated last word wrapped at a narrow box's edge ("Çınar Sokağı,
        # Yeşilova Köprüsü" over "Mah."): one abbreviation is never a line of its own.
        return ""
    bracket = cell.text.strip()
    if not page.running and _BRACKETED_NAME.fullmatch(bracket) and bracket[1].isupper():
        # The name of the office above in brackets, wrapped at a narrow box's edge
        # ("Rzeczniczka Praw Człowieka" over "(Ombudsman)", "... Rights" over "(CNDH)").
        return ""
    short = len(last) <= 3 or page.running
    if first[:1].islower() or (last.isalpha() and last.islower() and short):
        return ""
    if (_word(last), _word(first)) in page.pairs:
        return ""
    if page.running and _full(above, cell, page):
        return ""
    return None


# One or two words in brackets, the first a capital ("(Ombudsman)", "(CNDH)"); not a remark in
# small letters ("(for information)", "(copy)").
_BRACKETED_NAME = re.compile(r"\([^\W\d_][^\s()]{0,29}(?: [^\s()]{1,30})?\)")


def _abbreviation_alone(text: str) -> bool:
    """A line that is one abbreviated word: a capital, one to four small letters and a full
    stop ("Mah.", "Str.", "Av."); not initials ("D.F.") or a word in capitals."""
    word = text.strip()
    return (
        re.fullmatch(r"[^\W\d_]{2,5}\.", word) is not None
        and word[0].isupper()
        and word[1:-1].islower()
    )


def _cell_cut(line: str, first: str, below: str) -> bool:
    """In a cell whose next word would not have fit on the line, the line shows it goes on:
    it ends with a comma after a word (a street's parts, "Çınar Sokağı," over "Yeşilova
    Mah."; not after a house number), or a
    number range is cut at its hyphen ("19-" over "21"), or the line is a postcode alone and
    its place follows ("21070" over "Bağlar")."""
    if _FIELD_LINE.match(below) or _LABEL_END.search(first) or not line.split():
        return False
    last = line.split()[-1]
    if re.fullmatch(r"\d{4,6}", line.strip()) and first[:1].isupper() and first[:1].isalpha():
        return True
    if last.endswith(",") and len(last) > 1 and first[:1].isalnum():
        # (A street's line ended by its number and a comma, "Calle Alberdi 1240," over the
        # town, is whole.)
        return not last[-2].isdigit()
    return bool(re.fullmatch(r"\d+-", last) and re.match(r"\d+\b", first))


def _date_cut(last: str, first: str) -> bool:
    """A line ends inside a date: a month's name over its year ("september" over "2024."),
    or a day over its month's name ("18" over "septembre 2024")."""
    from appeal_tui.core.importer.dates import fold, month_numbers

    months = month_numbers()
    if fold(last.strip(_PUNCTUATION)) in months and re.fullmatch(r"\d{4}[.,;:)]?", first):
        return True
    return bool(re.fullmatch(r"\d{1,2}\.?", last)) and fold(first.strip(_PUNCTUATION)) in months


def _name_cut(above: str, below: str) -> bool:
    """A line ending in a name of capitalised words (two at least) over a line of one
    capitalised word that is no country: the name's last part, wrapped. Words of offices,
    bodies and places ("Defence Services" over "Naypyitaw") make no name."""
    from appeal_tui.core.importer.countries import country_in
    from appeal_tui.core.importer.dates import fold
    from appeal_tui.core.importer.people import _NOT_NAME_WORDS

    words = above.split()
    if len(words) < 2:
        return False
    before = words[-2]
    # An office or a courtesy word right before the given name ("Commissioner-General
    # Kudzai" over "Vzor") is the name's start as two name words are.
    office = int(
        all(
            TITLE_START.fullmatch(part) is not None or HONORIFIC_START.fullmatch(part) is not None
            for part in before.split("-")
        )
    )
    tail = below.split()
    if office and len(words) == 2 and len(tail) == 2:
        # An office and a given name alone on the line ("Ambassador Maria" over "Teresa
        # Lazaro"): the name's other words, wrapped.
        return all(
            w[:1].isupper() and w[1:].islower() and w.isalpha() and fold(w) not in _NOT_NAME_WORDS
            for w in [words[1], *tail]
        ) and all(country_in(w) is None for w in tail)
    return (
        all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words[-2 + office :])
        and not any(fold(w) in _NOT_NAME_WORDS for w in [*words[-2 + office :], below])
        and len(below.split()) == 1
        and below.isalpha()
        and below[:1].isupper()
        and below[1:].islower()
        and country_in(below) is None
    )


def _head_noun_cut(above: str, below: str) -> bool:
    """`below` is one capitalised word that ends a name of a body, an office or a street
    (an organisation word, a portfolio word, a street word), and `above` ends in a
    capitalised word of two or more words: the line was cut before its last word."""
    from appeal_tui.core.importer.phrases import (
        ADDRESS_WORDS,
        JOINING_WORDS,
        ORGANISATION_WORDS,
        PORTFOLIO_WORDS,
    )

    words = above.split()
    last = words[-1] if words else ""
    head, *rest = below.split() or [""]
    # (A street word may have a compass point or a number after it: "Avenue NW".)
    if len(rest) > 1 or (
        rest and (not (rest[0].isupper() or rest[0].isdigit()) or len(rest[0]) > 3)
    ):
        return False
    return (
        len(words) >= 2
        and last.isalpha()
        and last[:1].isupper()
        and head.isalpha()
        and head[:1].isupper()
        and head[1:].islower()
        and (
            (not rest and ORGANISATION_WORDS.fullmatch(head) is not None)
            or ADDRESS_WORDS.fullmatch(head) is not None
            or (
                not rest
                and head.casefold() in PORTFOLIO_WORDS
                and head.casefold() not in JOINING_WORDS
            )
        )
    )


def _full(above: _Cell, cell: _Cell, page: _Page) -> bool:
    """In running text, a line that fills the text's width (and the next word would not have
    fit after it) was wrapped, unless it ends a sentence or a clause, is a heading in
    capitals over a line that is not, or the next line is a field ("Salutation: ...") or
    starts with an address."""
    words = above.text.split()
    first = cell.text.split()[0]
    return (
        above.x1 - above.x0 >= 0.85 * (page.edge - page.left)
        and words[-1][-1] not in ".!?;:"
        and not _LABEL_END.search(first)
        and not _ADDRESS.search(first)
        # A heading in capitals over a line that is not.
        and not (above.text.isupper() and not cell.text.isupper())
    )


@dataclass
class _Page:
    """What `_continues` knows of the lines it joins."""

    pairs: set[tuple[str, str]]
    # The right edge of the column (or of the page's running text), and the right edge of
    # the lines of one font height that start at one x (list items may end short of the
    # text's margin, a title's lines go further, a box in a column ends before the page
    # head right-aligned above it), by that x and height.
    edge: float = 0.0
    edges: dict[tuple[int, int], float] = field(default_factory=dict)
    # The left edge of the running text.
    left: float = 0.0
    justified: bool = False
    # Running text across the page (not a narrow column).
    running: bool = False
    # The page's line spacing per font height (`_leading`).
    leading: float = 0.0
    # A cell of a table of a record per row (`_records`), a narrow box its text wraps in.
    cell: bool = False


def _column_lines(cells: list[_Cell], page: _Page, edge: float | None = None) -> list[str]:
    """A column's lines: lines it wrapped joined again, a blank line where the space between
    two cells is well over the page's line spacing (a paragraph's end). `edge`: the column's
    right edge when `cells` are a part of it (a table's cell)."""
    if _RTL_PAGE.get() and 2 * sum(1 for c in cells if _rtl(c.text)) > len(cells):
        # Right-to-left lines start at the column's right edge and are wrapped at its left
        # one: read as their mirror image, the tests below hold as for left-to-right text.
        cells = [_Cell(-c.x1, -c.x0, c.y, c.size, c.text, c.apart) for c in cells]
        edge = None
    whole = [c for c in cells if not c.apart] or cells
    if not page.running and len(cells) >= 4:
        # A column's own line spacing (its baselines need not be the other columns').
        page.leading = _leading(cells) or page.leading
    page.edge = max(c.x1 for c in whole) if edge is None else edge
    page.left = min(c.x0 for c in whole)
    # The right edge of the lines of one font height that start at one x (a box's lines, not
    # the lines of another box above it in the same column, right-aligned or larger).
    for cell in whole:
        same = [
            c.x1
            for c in whole
            if abs(c.x0 - cell.x0) <= 0.5 * c.size and abs(c.size - cell.size) <= 0.15 * c.size
        ]
        if len(same) >= 3:
            page.edges[round(cell.x0), round(cell.size)] = max(same)
    # Justified text: three lines or more (not the last) end at the column's right edge.
    page.justified = sum(1 for c in whole[:-1] if c.x1 >= page.edge - 0.3 * c.size) >= 3
    out: list[str] = []
    above: _Cell | None = None
    for cell in cells:
        if above is not None and page.leading and _parted(above, cell, page.leading):
            out.append("")
            above = None
        if above is not None and page.running and out[-1] == above.text and _term(above, cell):
            # A definition list's term and its value, on one line as the HTML reader has them.
            out[-1] = above.text.rstrip(":： ") + ": " + cell.text
            above = cell
            continue
        joiner = None if above is None else _continues(above, cell, page, out[-1])
        if joiner is None:
            out.append(cell.text)
        elif joiner == "-":
            out[-1] = out[-1] + cell.text
        else:
            out[-1] = out[-1] + _line_space(out[-1], cell.text) + cell.text
        above = cell
    return out


def _line_space(line: str, below: str) -> str:
    """What goes between a wrapped line and its next line: a space, or nothing between two
    wide (CJK) characters (Chinese and Japanese are written without spaces)."""
    if (
        line
        and below
        and all(unicodedata.east_asian_width(ch) in "WF" for ch in (line[-1], below[0]))
    ):
        return ""
    if len(line) >= 2 and line[-1] == "/" and not line[-2].isspace():
        # A line broken after a slash between two words ("حزيران/" "يونيو", "and/" "or").
        return ""
    return " "


def _term(above: _Cell, cell: _Cell) -> bool:
    """A definition list as a browser prints it (`<dt>` over `<dd>`): `above` is alone on its
    line and is the label of a field or of a recipient's line ("E-Mail", "Adresse", "Name"),
    and `cell`, its value, starts indented below it, in the same font height."""
    from appeal_tui.core.importer.text_extract import _row_label

    text = above.text.strip()
    return (
        len(text) <= 40
        and not above.apart
        and above.x0 + 1.5 * above.size <= cell.x0 <= above.x0 + 6 * above.size
        and abs(cell.size - above.size) <= 0.15 * above.size
        and (_row_label(text) or text.rstrip(":：") in ("X", "T", "F"))
    )


def _parted(above: _Cell | _Line, below: _Cell | _Line, leading: float) -> bool:
    """The space between two lines is well over the page's line spacing for their font
    heights: a paragraph ends between them (a title's wrapped lines are further apart than
    the text's, and no paragraph)."""
    return above.y - below.y > _PARAGRAPH * leading * (above.size + below.size) / 2


def _fixed_pitch(runs: list[_Run]) -> float:
    """How wide a character is, in font heights, when the page's text is set in a
    fixed-pitch font (every run of ten characters or more is as wide per character): a text
    file or an e-mail printed as it was typed, whose line breaks are its writer's, not a
    layout program's wrapping. 0 for a proportional font. Chinese and Japanese characters
    are all a font height wide in any font: runs mostly of them say nothing of the page's
    font (a Japanese page printed by a browser is no typed text)."""
    pitches = [
        (r.x1 - r.x0) / (len(r.text) * r.size)
        for r in runs
        if len(r.text) >= 10
        and 2 * sum(1 for ch in r.text if unicodedata.east_asian_width(ch) in "WF") < len(r.text)
    ]
    if len(pitches) >= 3 and max(pitches) - min(pitches) <= 0.03 * median(pitches):
        return median(pitches)
    return 0.0


def _margin(lines: list[_Line], box: tuple[float, float] | None) -> float:
    """The x of the page's right margin, as far from the page's right edge as its text's
    left edge is from its left one (word processors and browsers set the two alike); 0 when
    the page's size is unknown."""
    if box is None or not lines:
        return 0.0
    left = min(line.x0 for line in lines)
    return box[1] - (left - box[0])


def _wrapped_at_margin(above: _Line, line: _Line, char: float, left: float, margin: float) -> bool:
    """On a fixed-pitch page (a text file printed by a word processor, which wraps a line
    longer than the page's width), `above` was wrapped: it ends so near the page's right
    margin that the next line's first word would not have fit after it, and the next line
    starts at the text's left edge, as a wrapped line goes on. A writer's own line ends (a
    text typed at 72 characters) are far from a page's margin and stay. `char`: a
    character's width per font height."""
    if not margin or abs(line.size - above.size) > 0.01 * above.size:
        return False
    width = char * above.size
    _, end, last = above.segments[-1]
    x0, _, first = line.segments[0]
    start = x0 + width * (len(first) - len(first.lstrip()))
    if not first.strip() or abs(start - left) > 0.5 * width:
        return False
    if end - width * (len(last) - len(last.rstrip())) > margin + 0.5 * width:
        # A line that runs past the margin was not wrapped there (a text printed as is).
        return False
    words = last.split()
    if last.rstrip()[-1:] in tuple(".!?;=") or _LIST_ITEM.match(first):
        # A sentence's end over a line, a list's next item, or a quoted-printable mail's
        # soft break ("=", the text's own): where a line ended on the margin by chance, a
        # line of its own is the safer reading.
        return False
    if last.endswith("-") and words and not _ADDRESS.search(words[-1]):
        # A word the writer hyphenated is joined downstream, as in a text file; only an
        # address broken at its hyphen is whole again here.
        return False
    # Where the next word would have started: after the spaces the run ends with (the
    # program drew them) or the hyphen it broke a word at, else after one space.
    end += 0.0 if last.endswith((" ", "-")) else width
    return end + width * len(first.split()[0]) > margin + 0.5 * width


_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
# A digit (Western, Arabic-Indic or Persian), written left to right in right-to-left text.
_LTR = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
# A stretch of right-to-left text: from a Hebrew or Arabic letter to the last one before a
# Latin letter, with what is between (spaces, signs, digits, marks).
_RTL_LETTER = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_RTL_STRETCH = re.compile(f"[{_RTL_LETTER}](?:[^A-Za-z\u00c0-\u024f]*[{_RTL_LETTER}])?")


def _logical(line: str) -> str:
    """A line holding right-to-left text (Arabic, Hebrew) in the order it is read. The
    layout reader puts a line's glyphs left to right, in the order they are seen. On a page
    written left to right (`_RTL_PAGE` unset), each stretch of right-to-left words (from its
    first right-to-left letter to its last, with the spaces, signs and numbers between) is
    backwards: it is turned round, its numbers kept left to right and its brackets turned;
    what stands outside such stretches (Latin words, an e-mail address, a colon the
    paragraph's left-to-right direction put at the end) stays. On a page written right to
    left the whole line is read from its right end (`_right_to_left`). A line without
    right-to-left letters is returned as it is."""
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in line):
        if _RTL_PAGE.get():
            # A handle or hashtag alone on a line of a right-to-left paragraph: its sign is
            # seen at its right ("name@").
            return re.sub(r"^(\w+)([@#])$", r"\2\1", line)
        return line
    if _RTL_PAGE.get():
        return _right_to_left(line)

    def turned(m: re.Match[str]) -> str:
        parts = re.findall(rf"{_LTR}+(?:[.,:/]{_LTR}+)*|.", m.group(0))
        return "".join(p if len(p) > 1 else p.translate(_MIRRORED) for p in reversed(parts))

    return _RTL_STRETCH.sub(turned, line)


# Whether the page being read is written right to left (most of its letters are).
_RTL_PAGE: ContextVar[bool] = ContextVar("_RTL_PAGE", default=False)


def _strong_ltr(ch: str) -> bool:
    """A letter written left to right, or a digit (which stays left to right in any text)."""
    return unicodedata.bidirectional(ch) in ("L", "EN", "AN")


def _right_to_left(line: str) -> str:
    """A line of a paragraph written right to left, seen left to right, in reading order: its
    parts taken from the right end, each run of left-to-right text (Latin words, numbers, an
    address, a telephone number with its "+", and the spaces and signs between them) kept
    as it reads, every other sign turned (a bracket seen as ")" opens). A colon or full stop
    that ends the sentence is seen at the left end, and so comes last ("Fax: +216 ...", not
    "+216 ... :Fax")."""
    tokens: list[tuple[str, bool]] = []
    i = 0
    while i < len(line):
        ch = line[i]
        starts = _strong_ltr(ch) or (
            ch == "+" and i + 1 < len(line) and unicodedata.bidirectional(line[i + 1]) == "EN"
        )
        if not starts:
            tokens.append((ch, False))
            i += 1
            continue
        # Up to the last left-to-right character before the next right-to-left letter.
        end = i + 1
        j = i + 1
        while j < len(line) and unicodedata.bidirectional(line[j]) not in ("R", "AL"):
            if _strong_ltr(line[j]):
                end = j + 1
            j += 1
        if (
            end < len(line)
            and line[end] == "-"
            and line[end + 1 : end + 2] in ("", " ")
            and unicodedata.bidirectional(line[end - 1]) == "L"
        ):
            # A hyphen where a Latin word or address was wrapped ("x@example-" over "org")
            # is the word's, seen at its right.
            end += 1
        chunk = line[i:end]
        if tokens and tokens[-1] in (("@", False), ("#", False)) and _strong_ltr(chunk[0]):
            chunk = tokens.pop()[0] + chunk  # a handle or a hashtag: its sign opens it
        if chunk[0] == "+" or any(unicodedata.bidirectional(c) == "L" for c in chunk):
            # Latin words (with the numbers and signs between them), or a telephone number
            # set apart left to right ("+216 71 568 106"), read as they are seen.
            tokens.append((chunk, True))
        else:
            # Numbers alone are read one by one in the paragraph's direction, as a browser
            # shows them ("6357 646 2 972+" is "+972 2 646 6357"; "۳) ۱۴۰۲" is "۱۴۰۲ (۳").
            tokens += [
                (part, len(part) > 1)
                for part in re.findall(rf"{_LTR}+(?:[.,:/\-]{_LTR}+)*|.", chunk)
            ]
        i = end
    return "".join(t if kept else t.translate(_MIRRORED) for t, kept in reversed(tokens))


def _rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


def _rtl_page(lines: list[_Line]) -> bool:
    """The page's right-to-left lines (Arabic, Hebrew, Persian) are set right to left: more of
    them end at one x than start at one (a paragraph written right to left starts at the right
    margin and ends where its words do; one written left to right, with right-to-left words
    in it, the other way round)."""
    own = [line for line in lines if _rtl("".join(t for _, _, t in line.segments))]
    if len(own) < 2:
        return False

    def most(edges: list[float]) -> int:
        return max(sum(1 for e in edges if abs(e - edge) <= 1.0) for edge in edges)

    return most([_right(line) for line in own]) > most([line.x0 for line in own])


def _spaced_end(text: str) -> str:
    """`text` ending in a space (as it is, when it does or is empty)."""
    return text if not text or text.endswith(" ") else text + " "


def _block_starts(text: str) -> set[int]:
    """The columns where blocks set side by side with spaces start in a typed line."""
    return {m.start(1) for m in re.finditer(r"(?:^|\S {3,})(\S)", text)}


def _typed(lines: list[_Line], char: float, margin: float) -> list[str]:
    """A page in a fixed-pitch font read back as it was typed: each run at its column (the
    text's indentation and the spaces that set its blocks side by side, which the text
    reader downstream reads as a text file's), an empty line for each empty line printed,
    and a line the printing program wrapped at the page's right margin joined again."""
    out, chains = _typed_lines(lines, char, margin, set())
    cuts = _hard_wrapped_cuts(chains, out)
    return _typed_lines(lines, char, margin, cuts)[0] if cuts else out


# A cell boundary of a table typed as text ("| Office | Name |").
_TABLE_CELLS = re.compile(r"(?:^|\s)\|(?:\s|$)")


def _hard_wrapped_cuts(chains: list[list[tuple[int, int]]], texts: list[str]) -> set[int]:
    """Where lines joined by `_wrapped_at_margin` are a writer's own line ends after all. A
    text typed with its own line breaks a little past the page's width (a text file
    hard-wrapped at 100 characters, printed 80 to a line) comes out as lines wrapped once
    each: most joined lines are of two printed lines, alike in length (the writer's width).
    There, a joined line much longer than the writer's width is several of the writer's
    lines, one of which ended on the margin by chance ("... Migration and Tunisians
    Abroad" over "H.E. ..."): it is cut, from its end, where its pieces fit that width.
    `chains`: for each line of `texts`, its printed lines (index, characters). A table's
    row (cells parted by "|", as Markdown writes them) is a line its writer cannot wrap,
    whatever its length: never cut."""
    joined = [chain for chain in chains if len(chain) >= 2]
    two = sorted(sum(n for _, n in chain) for chain in joined if len(chain) == 2)
    if len(two) < 3 or len(two) * 4 < len(joined) * 3 or two[len(two) // 4] < 0.85 * two[-1]:
        return set()
    width = 1.1 * two[-1]
    cuts: set[int] = set()
    for chain, text in zip(chains, texts, strict=True):
        if len(chain) < 2 or len(_TABLE_CELLS.findall(text)) >= 2:
            continue
        size = 0
        for index, n in reversed(chain):
            if size and size + n > width:
                # The line after `index` starts a line of its own.
                cuts.add(index + 1)
                size = 0
            size += n
    return cuts


def _typed_lines(
    lines: list[_Line], char: float, margin: float, cuts: set[int]
) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """`_typed`'s lines, no line joined to the one above at the indexes in `cuts`; and for
    each line of the text, the printed lines it is made of (index, characters)."""
    left = min(line.x0 for line in lines)
    steps = sorted(a.y - b.y for a, b in itertools.pairwise(lines) if a.y > b.y)
    pitch = steps[len(steps) // 4] if steps else 0.0
    out: list[str] = []
    chains: list[list[tuple[int, int]]] = []
    above: _Line | None = None
    for index, line in enumerate(lines):
        width = char * line.size
        text = ""
        for x0, _, part in line.segments:
            # A run's own spaces (an indentation the program drew as spaces) are kept.
            column = round((x0 - left) / width)
            text = text.ljust(max(column, len(_spaced_end(text)))) + part
        # Right-to-left words in reading order, line by line (before a wrapped line joins).
        text = _logical(text)
        if above is not None:
            if pitch and above.y - line.y > 1.5 * pitch:
                out.append("")
                chains.append([])
            elif (
                index not in cuts
                and _wrapped_at_margin(above, line, char, left, margin)
                and not (
                    # A line of blocks set in the columns of the line above is a row of its
                    # own.
                    _block_starts(text) & _block_starts(out[-1]) - {0}
                )
            ):
                # Up to where the line above ends, its spaces at the end included (a block
                # set beside another by spaces, wrapped to the next line, is back in place).
                end = round((_right(above) - left) / (char * above.size))
                # A word broken at its hyphen goes on right after it.
                joined = out[-1] if out[-1].endswith("-") else _spaced_end(out[-1])
                out[-1] = joined.ljust(end) + text.strip()
                chains[-1].append((index, len(text.strip()) + 1))
                above = line
                continue
        if text.strip() and all(unicodedata.combining(c) for c in text.strip()):
            # A mark printed above its letter's baseline (an Arabic tanween): no line.
            continue
        # Spaces at a line's end are kept (two of them are a Markdown line break).
        out.append(text if text.strip() else "")
        chains.append([(index, len(text.strip()))])
        above = line
    return out, chains


def _right(line: _Line | _Cell) -> float:
    return line.segments[-1][1] if isinstance(line, _Line) else line.x1


def _leading(lines: Sequence[_Line | _Cell]) -> float:
    """The page's line spacing per font height: the lower quartile over lines of one size
    (a page of short paragraphs has more spaces between paragraphs than between lines)."""
    ratios = sorted(
        (a.y - b.y) / a.size
        for a, b in itertools.pairwise(lines)
        if a.y > b.y
        and abs(a.size - b.size) <= 0.05 * a.size
        # One above the other (not lines of two columns whose baselines alternate).
        and a.x0 < _right(b)
        and b.x0 < _right(a)
    )
    return ratios[len(ratios) // 4] if ratios else 0.0


def _cell(line: _Line) -> _Cell:
    """A line of running text as one cell."""
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(line.segments)]
    apart = any(gap >= _WIDE_GUTTER * line.size for gap in gaps)
    text = _logical(_spaced(t for _, _, t in line.segments))
    return _Cell(line.x0, line.segments[-1][1], line.y, line.size, text, apart)


def text_of_runs(
    runs: list[_Run],
    pairs: set[tuple[str, str]] | None = None,
    lines: list[_Line] | None = None,
    width: tuple[float, float] | None = None,
) -> str:
    """The text of a page's runs: lines top to bottom, column regions a column at a time, and
    a blank line where the space between two lines is much more than the page's line spacing
    (a paragraph's end, as a text file has it)."""
    lines = _lines(runs) if lines is None else lines
    if pairs is None:
        pairs = set().union(
            *(word_pairs("\n".join(t for _, _, t in line.segments)) for line in lines)
        )
    fixed = _fixed_pitch(runs)
    token = _RTL_PAGE.set(_rtl_page(lines))
    try:
        if fixed:
            text = "\n".join(_typed(lines, fixed, _margin(lines, width)))
        else:
            text = "\n".join(_read(lines, pairs, _leading(lines), running=True))
    finally:
        _RTL_PAGE.reset(token)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def _read(
    lines: list[_Line],
    pairs: set[tuple[str, str]],
    leading: float,
    running: bool,
) -> list[str]:
    """The lines of a page (or of a column of a region, `running` False): column regions a
    column at a time, the rest line by line."""
    from appeal_tui.core.importer.text_extract import _known_label

    out: list[str] = []
    body: list[_Cell] = []

    def flush() -> None:
        if body:
            page = _Page(pairs, running=running, leading=leading)
            out.extend(_column_lines(body, page))
            body.clear()

    i = 0
    while i < len(lines):
        line = lines[i]
        end, gutters = _region_end(lines, i)
        if gutters and i + 1 < end:
            # A heading right above a box may cross one of its gutters: the box without it
            # has more columns, and the heading is a line of its own.
            below = _region_end(lines, i + 1)
            if len(below[1]) > len(gutters):
                end, gutters = i, []
            else:
                end = _box_below(lines, i, end, gutters, leading)
        if not gutters:
            cell = _cell(line)
            if not all(unicodedata.combining(c) for c in cell.text.strip()):
                # A mark printed above its letter's baseline (an Arabic tanween) is no line.
                body.append(cell)
            i += 1
            continue
        fields = _field_rows(lines[i:end], gutters)
        rows = [] if fields else _table_rows(lines[i:end], gutters, leading)
        if not fields and not rows and _titled_table(lines, i, leading):
            # A title over a table, one line in its first column (a "Recipients" heading
            # above the table's heading row) is no row of it: a line of its own.
            body.append(_cell(line))
            i += 1
            continue
        flush()
        if i and leading and _parted(lines[i - 1], line, leading):
            out.append("")
        if fields:
            # A table of a field a row: each row's value under its label, read down.
            edge = max(c.x1 for _, cells in fields for c in cells)
            out.append("")
            for label, cells in fields:
                values = _column_lines(cells, _Page(pairs, leading=leading), edge)
                if label is None:
                    out.extend(values)
                elif _known_label(label):
                    out.extend([f"{label}: {values[0]}", *values[1:]])
                else:
                    out.extend([f"{label}:", *values])
            out.append("")
        elif rows:
            # A table of a record per row: each row a paragraph, its cells left to right, the
            # wrapped lines of a cell joined by the edge of its whole column.
            columns = _columns(lines[i:end], gutters, keep_empty=True)
            edges = [max((c.x1 for c in column), default=0.0) for column in columns]
            names = _column_labels(lines[i], rows, gutters)
            # (A page written right to left reads its columns from the right.)
            order = range(len(edges))
            if _RTL_PAGE.get() and _rtl_region(lines[i:end]):
                order = range(len(edges) - 1, -1, -1)
            role = _role_column(rows)
            for row in rows:
                out.append("")
                row_lines: list[str] = []
                greeting: list[str] = []
                for k in order:
                    if k >= len(row):
                        continue
                    cells = row[k]
                    if k == role:
                        # The row's kind: a copy's word opens the copies, another word
                        # ("Appeal", "To") is no line of the recipient's.
                        if _copy_word(_cell_text(cells)):
                            out.append(_cell_text(cells))
                        continue
                    cells = _labelled(cells, names[k] if k < len(names) else None)
                    if cells:
                        page = _Page(pairs, leading=leading, cell=True)
                        cell_lines = _column_lines(cells, page, edges[k])
                        if not greeting and k != order[-1] and _greeting(cell_lines):
                            # A greeting under the name in a cell ("Dear Minister" in a
                            # "Who" column, the address in the next) goes to the row's end,
                            # where a recipient block has it.
                            greeting = cell_lines[-1:]
                            cell_lines = cell_lines[:-1]
                        row_lines.extend(cell_lines)
                out.extend([*row_lines, *greeting])
            out.append("")
        elif not _labels_left(lines[i:end], min(gutters)):
            pairs_of_columns = list(
                zip(
                    _columns(lines[i:end], gutters, keep_empty=True),
                    _column_of_lines(lines[i:end], gutters),
                    strict=True,
                )
            )
            if _RTL_PAGE.get() and _rtl_region(lines[i:end]):
                pairs_of_columns.reverse()  # a page written right to left: from the right
            for column, own in pairs_of_columns:
                if not column:
                    continue
                if any(_region_end(own, n)[0] > n + 1 for n in range(len(own) - 1)):
                    # A column that holds a box of columns of its own (a page's main text
                    # beside its navigation, a table in it) is read as a page is.
                    out.extend(["", *_read(own, pairs, leading, running=False)])
                else:
                    page = _Page(pairs, leading=leading)
                    out.extend(["", *_column_lines(column, page)])
            out.append("")
        else:
            # A form of labels and values: each row is read across, as printed.
            out.extend(_logical(" ".join(t for _, _, t in ln.segments)) for ln in lines[i:end])
        i = end
        if i < len(lines) and leading and _parted(lines[i - 1], lines[i], leading):
            out.append("")
    flush()
    return out


def _role_column(rows: list[list[list[_Cell]]]) -> int | None:
    """The column of a table of a record per row that says which kind of recipient each row
    is ("Appeal" / "Copy", "To" / "Cc"): every row's cell in it one short line, one of them a
    copy's word alone ("Copy", "Cc", "참조"), none a field; None when no column is."""
    width = max((len(row) for row in rows), default=0)
    for k in range(width):
        texts = [_cell_text(row[k]) if k < len(row) and len(row[k]) <= 2 else "" for row in rows]
        if (
            all(t and len(t) <= 25 and len(t.split()) <= 2 for t in texts)
            and any(_copy_word(t) for t in texts)
            and not any(_FIELD_LINE.match(t) or _EMAIL.search(t) for t in texts)
        ):
            return k
    return None


def _cell_text(cells: list[_Cell]) -> str:
    """A short cell's lines as one line (a word wrapped in a narrow column joined again)."""
    text = ""
    for cell in cells:
        line = cell.text.strip()
        text = text + _line_space(text, line) + line if text else line
    return text


def _copy_word(text: str) -> bool:
    """The text is a copy's word alone, or words for it with a gloss in brackets ("Copy",
    "Cc", "사본(참조)")."""
    parts = [p for p in re.split(r"[\s()（）/]+", text) if p]
    return bool(parts) and all(COPY_HEADING.fullmatch(p) for p in parts)


def _box_below(
    lines: list[_Line], start: int, end: int, gutters: list[tuple[float, float]], leading: float
) -> int:
    """The end of the column region `lines[start:end]` when a box of more columns begins in
    it after a paragraph's space (a table below two columns of text, whose gutter happens
    to run on through the table's white space): the region ends above the box."""
    for j in range(start + 2, end - 1):
        if leading and _parted(lines[j - 1], lines[j], leading):
            found = _region_end(lines, j)
            if (
                found[0] > j + 1
                and len(found[1]) > len(gutters)
                and _table_rows(lines[j : found[0]], found[1], leading)
            ):
                # (A heading alone right above the box, a paragraph's space below the
                # columns, is the box's.)
                if (
                    j - 1 > start + 1
                    and len(lines[j - 1].segments) == 1
                    and _parted(lines[j - 2], lines[j - 1], leading)
                ):
                    return j - 1
                return j
    return end


def _greeting(lines: list[str]) -> bool:
    """The last of a cell's lines (two or more) is a greeting alone ("Dear Minister"), no
    courtesy title before a name ("Sr. Víctor Paredes")."""
    from appeal_tui.core.importer.phrases import SALUTATION_START

    line = lines[-1] if len(lines) >= 2 else ""
    return (
        bool(SALUTATION_START.match(line))
        and not HONORIFIC_START.match(line)
        and len(line.split()) <= 6
        and not any(ch.isdigit() or ch == "@" for ch in line)
    )


_TITLE_WORDS = 5


def _titled_table(lines: list[_Line], i: int, leading: float) -> bool:
    """The region that starts at `lines[i]` is a title of one segment over a table of a
    record per row (`_records`) that starts on the next line, a paragraph's space below it:
    the title is no row of the table, which reads row by row without it."""
    line = lines[i]
    if len(line.segments) != 1 or i + 1 >= len(lines):
        return False
    if len(line.segments[0][2].split()) > _TITLE_WORDS:
        # A heading is a few words ("Recipients", "수신처"); a longer line (a reference and a
        # date over a page's two columns) is the page's own text.
        return False
    if not (leading and _parted(line, lines[i + 1], leading)):
        return False
    end, gutters = _region_end(lines, i + 1)
    # A table of a recipient a row has three columns or more (who, where, contacts); a
    # region of one gutter is as often two columns of running text, which a title over it
    # must not turn into rows.
    return (
        len(gutters) >= 2
        and end > i + 2
        and bool(_table_rows(lines[i + 1 : end], gutters, leading))
    )


def _column_labels(
    first: _Line, rows: list[list[list[_Cell]]], gutters: list[tuple[float, float]]
) -> list[str | None]:
    """The field each column of a table is headed by ("Salutation", "Fax"), from its heading
    row when `_records` left that row out (it only names the columns); None for a column
    whose heading names no field the block reader knows ("Recipient", "Address")."""
    from appeal_tui.core.importer.text_extract import _known_label

    if not rows or any(c and c[0].y >= first.y for c in rows[0]):
        return []
    head = _columns([first], gutters, keep_empty=True)
    return [
        c[0].text.strip().rstrip(":：").strip() if len(c) == 1 and _known_label(c[0].text) else None
        for c in head
    ]


def _labelled(cells: list[_Cell], name: str | None) -> list[_Cell]:
    """A cell's lines under a heading that names a field: its first line keeps the name as its
    label ("Salutation: Dear Minister", as the HTML reader gives a cell under a heading), so
    the value wrapped in the narrow cell goes on with it; a cell that holds a label of its
    own, or nothing ("—"), is left as printed."""
    from appeal_tui.core.importer.text_extract import _EMPTY_CELL

    if not cells or name is None or FIELD_LABEL.match(cells[0].text):
        return cells
    if _EMPTY_CELL.fullmatch(" ".join(c.text for c in cells)):
        return []
    first = cells[0]
    return [
        _Cell(first.x0, first.x1, first.y, first.size, f"{name}: {first.text}", first.apart),
        *cells[1:],
    ]


def _column_of_lines(region: list[_Line], gutters: list[tuple[float, float]]) -> list[list[_Line]]:
    """Each column of a region as lines of its own (each line's segments in it)."""
    bounds = sorted(gutters)
    columns: list[list[_Line]] = [[] for _ in range(len(bounds) + 1)]
    for line in region:
        sizes = line.sizes or [line.size] * len(line.segments)
        parts: dict[int, list[tuple[tuple[float, float, str], float]]] = {}
        for segment, height in zip(line.segments, sizes, strict=True):
            k = sum(1 for g in bounds if segment[0] >= g[1])
            parts.setdefault(k, []).append((segment, height))
        for k, own in parts.items():
            heights = [h for _, h in own]
            columns[k].append(_Line(line.y, median(heights), [seg for seg, _ in own], heights))
    return columns
