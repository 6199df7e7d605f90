"""Rich renderables for letters, cases and problems, shared by the CLI and the TUI.

Every piece of case or writer text becomes a `rich.text.Text` (never markup), so `[/]`,
`[@click=...]` or escape codes in a case file are shown as the characters they are. Styles are
attributes only (bold, italic, dim, reverse), no colours, so every theme shows them.

Right-to-left letters are right-aligned and kept in logical order: terminals that do bidi
themselves (VTE) show them correctly. `visual_rtl=True` is for terminals that do not: each line is
wrapped first, then reordered by `core.visual_order` (reordering before wrapping would put the
end of a paragraph on its first line); `visual_text` keeps each character's style.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import (
    Console,
    ConsoleOptions,
    Group,
    JustifyMethod,
    RenderableType,
    RenderResult,
)
from rich.measure import Measurement
from rich.panel import Panel
from rich.text import Text

from appeal_tui.core.compose import PLACEHOLDER_MARK
from appeal_tui.core.hidden_text import without_hidden
from appeal_tui.core.model import Letter
from appeal_tui.core.visual_order import visual_order


class _Block:
    """Lines of text aligned to one side; with `visual`, each wrapped line is bidi-reordered."""

    def __init__(self, text: Text, align: JustifyMethod, visual: bool) -> None:
        self.text = text
        self.align = align
        self.visual = visual

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.visual:
            self.text.justify = self.align
            yield self.text
            return
        width = options.max_width
        for line in self.text.wrap(console, width, justify="left"):
            line.rstrip()
            # Only right-to-left letters are reordered: each line belongs to a right-to-left
            # paragraph, even one that wraps to start with a Latin name.
            shown = visual_text(line, rtl=True)
            shown.justify = self.align
            shown.no_wrap = True
            yield shown


def visual_text(line: Text, rtl: bool | None = None) -> Text:
    """One displayed line in the order a terminal without bidi must print it (see
    `core.visual_order`; `rtl`: the paragraph's direction, None: the line's own), each character
    keeping its style."""
    plain = line.plain
    order = visual_order(plain, rtl)
    if [index for index, _ in order] == list(range(len(plain))) and all(
        char == plain[index] for index, char in order
    ):
        return line
    shown = Text("".join(char for _, char in order), style=line.style, end=line.end)
    position = {index: n for n, (index, _) in enumerate(order)}
    for span in line.spans:
        places = sorted(position[i] for i in range(span.start, span.end) if i in position)
        # One span per run of neighbouring places (a span's text may be split by the reorder).
        # (previous < 0: no run yet; places are never negative.)
        start = previous = -2
        for place in places:
            if place != previous + 1:
                if previous >= 0:
                    shown.stylize(span.style, start, previous + 1)
                start = place
            previous = place
        if previous >= 0:
            shown.stylize(span.style, start, previous + 1)
    return shown


def _text(lines: str | Iterable[str], style: str = "") -> Text:
    value = lines if isinstance(lines, str) else "\n".join(lines)
    return Text(without_hidden(value), style=style)


def _gap() -> Text:
    return Text("")


def letter_parts(letter: Letter, *, visual_rtl: bool = False) -> list[RenderableType]:
    """The letter's parts in order, each aligned as on paper, with blank lines between."""
    rtl = letter.direction == "rtl"
    start: JustifyMethod = "right" if rtl else "left"
    end: JustifyMethod = "left" if rtl else "right"
    visual = visual_rtl and rtl

    def block(text: Text, align: JustifyMethod = start) -> _Block:
        return _Block(text, align, visual)

    parts: list[RenderableType] = []

    def add(renderable: RenderableType) -> None:
        if parts:
            parts.append(_gap())
        parts.append(renderable)

    if letter.sender_block:
        add(block(_text(letter.sender_block), end))
    if letter.date_text:
        add(block(_text(letter.date_text), end))
    if letter.recipient_block:
        add(block(_text(letter.recipient_block)))
    if letter.subject:
        add(block(_text(letter.subject, "bold")))
    if letter.salutation:
        add(block(_text(letter.salutation)))
    for paragraph in letter.paragraphs:
        if paragraph.kind == "placeholder":
            text = Text(PLACEHOLDER_MARK, style="bold reverse")
            text.append(without_hidden(paragraph.text), style="italic")
            add(block(text))
        else:
            add(block(_text(paragraph.text)))
    if letter.closing:
        add(block(_text(letter.closing)))
    if letter.signature:
        signature = _text(letter.signature) if any(letter.signature) else _text(["", "", "_" * 24])
        add(block(signature))
    if letter.copies:
        copies = _text(letter.copy_heading, "bold") if letter.copy_heading else Text()
        for line in letter.copies:
            if copies.plain:
                copies.append("\n")
            copies.append(without_hidden(line))
        add(block(copies))
    return parts


# The page's padding inside its frame: (lines above and below, columns on each side).
PAGE_PADDING = (1, 3)


def render_letter(letter: Letter, *, visual_rtl: bool = False) -> RenderableType:
    """The letter as it will look on paper, on a page-like panel that wraps to the width (its
    rounded frame and `PAGE_PADDING` are what the TUI's preview draws line by line too)."""
    return Panel(
        Group(*letter_parts(letter, visual_rtl=visual_rtl)), padding=PAGE_PADDING, expand=True
    )


def render_letters(letters: Sequence[Letter], *, visual_rtl: bool = False) -> RenderableType:
    """Several letters, one page each, titled with who each goes to."""
    pages: list[RenderableType] = []
    for number, letter in enumerate(letters, 1):
        title = _text(f"{number}/{len(letters)} · {', '.join(letter.to_keys)}")
        pages.append(
            Panel(
                Group(*letter_parts(letter, visual_rtl=visual_rtl)),
                title=title,
                padding=(1, 3),
                expand=True,
            )
        )
    return Group(*pages)


def render_notes(letter: Letter) -> RenderableType:
    """What the writer should know about a letter, as a short list (empty when nothing)."""
    text = Text()
    for note in letter.notes:
        if text.plain:
            text.append("\n")
        text.append("• ", style="bold")
        text.append(without_hidden(note), style="italic")
    return text
