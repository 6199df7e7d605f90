"""A letter as it will look, in a scrollable pane (used beside the editor and on the preview).

A line-API widget (Textual's `ScrollView` with `render_line`, as Toolong's log view): the letter's
page and notes are laid out once per change into a list of `Strip`s, one per screen line, and
`render_line` hands out the ones in view. The page is drawn as `render.render_letter` draws it
(a framed panel), but part by part: each part of the letter (a paragraph, the address, …) is
drawn once per text, width and style, its finished `Strip`s kept in an LRU cache, so a relayout
after a keystroke draws only the paragraph that changed, and every other line comes back as the
very same `Strip` object. Only lines that differ from what is shown are repainted
(`refresh_lines`). A change of a few paragraphs (what a pause in typing brings) is laid out at
once: that draws about one paragraph, less than a worker costs (its thread, its state messages);
larger changes (a paste, an undo of much) are laid out in a worker thread. The first letter, a
change of width (a resize is followed at once), of direction or of the right-to-left setting is
laid out at once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import Letter
from appeal_tui.ui import letters
from appeal_tui.ui.scrollbar_update import update_scrollbars
from appeal_tui.ui.visual_lines import SETTING, app_visual_rtl

# Parts of letters kept, drawn (a two-page letter has about 30): enough for a long letter at a
# couple of widths, and its earlier versions.
_REMEMBERED_PARTS = 512
# A change that brings at most this many characters of new paragraphs is laid out on the UI
# thread (about a millisecond a thousand characters); a larger one in a worker thread.
_LAY_OUT_AT_ONCE = 2000
# The page's margins inside the pane (lines above and below, columns on each side).
_PAGE_MARGIN = (1, 2)
_PLACEHOLDER = N_("The preview appears here once the letter can be composed.")


def _part_key(part: RenderableType) -> tuple[Hashable, ...] | None:
    """What a part of the letter shows, or None for a part not known to be a plain value."""
    text = part if isinstance(part, Text) else getattr(part, "text", None)
    if not isinstance(text, Text):
        return None
    shape = (
        text.plain,
        tuple(text.spans),
        str(text.style),
        text.justify,
        text.overflow,
        text.no_wrap,
        text.end,
        text.tab_size,
    )
    if isinstance(part, Text):
        return ("text", *shape)
    # render's `_Block`: its text, the side it is aligned to and whether it is reordered.
    return (
        type(part).__qualname__,
        *shape,
        getattr(part, "align", None),
        getattr(part, "visual", None),
    )


class _Memory:
    """The preview's LRU cache of finished lines, shared by the UI thread and the layout
    worker: each part of a letter (a paragraph, the address, …), once laid out at one width
    in one style, is the same list of `Strip`s until its text changes."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.lines: LRUCache[Hashable, list[Strip]] = LRUCache(_REMEMBERED_PARTS)

    def get(self, key: Hashable) -> list[Strip] | None:
        with self.lock:
            return self.lines.get(key)

    def keep(self, key: Hashable, strips: list[Strip]) -> None:
        with self.lock:
            self.lines[key] = strips


@dataclass(frozen=True)
class _Styles:
    """The widget's styles, read on the UI thread for a layout (the worker reads no widget)."""

    base: Style
    page: Style
    notes: Style


@dataclass(frozen=True)
class _Request:
    """What to lay out: one letter in one direction and reordering, in a pane `width` cells wide
    (no scrollbar) and `height` lines tall, whose scrollbar takes `scrollbar` cells."""

    letter: Letter | None
    visual_rtl: bool
    width: int
    height: int
    scrollbar: int
    styles: _Styles
    # The width the last layout took (the scrollbar is usually shown or hidden as it was).
    hint: int | None = None

    @property
    def shape(self) -> tuple[object, ...]:
        """What makes a new layout look different everywhere, not only where the words changed."""
        direction = self.letter.direction if self.letter is not None else None
        return (direction, self.visual_rtl, self.width, self.height, self.scrollbar, self.styles)


@dataclass(frozen=True)
class _Layout:
    """The preview's lines for one request (content lines, each `width` cells wide: the pane's
    width, less the scrollbar's when the lines are more than the pane shows)."""

    request: _Request
    width: int
    lines: tuple[Strip, ...]


def _framed(
    console: Console,
    options: ConsoleOptions,
    renderable: RenderableType,
    style: Style,
    margin_style: Style,
    width: int,
) -> list[Strip]:
    """`renderable` rendered `width` - 4 cells wide on `style`, two cells of `margin_style` on
    each side."""
    side = _PAGE_MARGIN[1]
    inner = max(1, width - 2 * side)
    rendered = console.render(renderable, options.update_width(inner).update(height=None))
    margin = Segment(" " * side, margin_style)
    return [
        Strip([margin, *Strip(segments, inner).apply_style(style), margin], width)
        for segments in Segment.split_and_crop_lines(rendered, inner, include_new_lines=False)
    ]


class _Page:
    """Draws a letter's page line by line, as `render.render_letter` draws it whole: a rounded
    frame (Rich's Panel, `letters.PAGE` padding inside), on the page's style, within the pane's
    margins. Each part's lines are kept in `memory`, so after a keystroke only the part that
    changed is rendered again."""

    def __init__(
        self, console: Console, options: ConsoleOptions, style: Style, width: int, memory: _Memory
    ) -> None:
        self.console = console
        self.style = style
        self.width = width
        self.memory = memory
        side = _PAGE_MARGIN[1]
        self.margin = Segment(" " * side, style)
        self.frame = width - 2 * side  # the framed page, borders included
        pad_y, pad_x = letters.PAGE
        self.pad = Segment(" " * pad_x, Style())
        self.inner = max(1, self.frame - 2 - 2 * pad_x)
        self.pad_lines = pad_y
        self.options = options.update_width(self.inner).update(height=None)

    def _line(self, segments: list[Segment]) -> Strip:
        return Strip(
            [self.margin, *Strip(segments, self.frame).apply_style(self.style), self.margin],
            self.width,
        )

    def kept(self, name: str, make: Callable[[], Strip]) -> Strip:
        """A line that depends only on the width and style (the same object each time)."""
        key = (name, self.width, self.style)
        found = self.memory.get(key)
        if found is None:
            found = [make()]
            self.memory.keep(key, found)
        return found[0]

    def edge(self, left: str, fill: str, right: str) -> Strip:
        return self.kept(
            left, lambda: self._line([Segment(left + fill * (self.frame - 2) + right, Style())])
        )

    def part(self, part: RenderableType) -> list[Strip]:
        """The lines of one part of the letter, inside the frame."""
        part_key = _part_key(part)
        key = None if part_key is None else (part_key, self.width, self.style)
        found = self.memory.get(key) if key is not None else None
        if found is None:
            found = [self.inside(segments) for segments in self._render(part)]
            if key is not None:
                self.memory.keep(key, found)
        return found

    def inside(self, segments: list[Segment]) -> Strip:
        border = Segment("│", Style())
        return self._line([border, self.pad, *segments, self.pad, border])

    def _render(self, part: RenderableType) -> list[list[Segment]]:
        rendered = self.console.render(part, self.options)
        return list(Segment.split_and_crop_lines(rendered, self.inner, include_new_lines=False))


def _lay_out(
    request: _Request, console: Console, options: ConsoleOptions, memory: _Memory
) -> _Layout:
    """The lines showing `request` (runs in a worker thread as well as on the UI thread)."""
    wide = request.width
    narrow = max(1, wide - request.scrollbar)
    width = request.hint if request.hint in (wide, narrow) else wide
    lines = _lines(request, width, console, options, memory)
    if width == wide and len(lines) > request.height:
        width = narrow  # the scrollbar will show
        lines = _lines(request, width, console, options, memory)
    elif width == narrow and len(lines) <= request.height:
        fitting = _lines(request, wide, console, options, memory)
        if len(fitting) <= request.height:  # no scrollbar needed
            width, lines = wide, fitting
    return _Layout(request, width, lines)


def _lines(
    request: _Request, width: int, console: Console, options: ConsoleOptions, memory: _Memory
) -> tuple[Strip, ...]:
    """The lines showing `request` at `width`."""
    styles, letter = request.styles, request.letter
    if letter is None:
        return tuple(
            _framed(console, options, Text(_(_PLACEHOLDER)), styles.base, styles.base, width)
        )
    page = _Page(console, options, styles.page, width, memory)
    blank = page.kept("blank", lambda: Strip.blank(width, styles.page))
    top = _PAGE_MARGIN[0]
    found = [blank] * top
    found.append(page.edge("╭", "─", "╮"))
    padding = [page.kept("padding", lambda: page.inside([Segment(" " * page.inner)]))]
    padding *= page.pad_lines
    found += padding
    for part in letters.parts(letter, visual_rtl=request.visual_rtl):
        found += page.part(part)
    found += padding
    found.append(page.edge("╰", "─", "╯"))
    found += [blank] * top
    if letter.notes:
        key = ("notes", letter.notes, width, styles.notes, styles.base)
        notes = memory.get(key)
        if notes is None:
            notes = _framed(
                console, options, letters.notes(letter), styles.notes, styles.base, width
            )
            memory.keep(key, notes)
        found += notes
    return tuple(found)


def _new_characters(before: Letter | None, after: Letter) -> int:
    """How many characters of `after`'s paragraphs `before` did not have (all of them after
    none)."""
    known = {p.text for p in before.paragraphs} if before is not None else set()
    return sum(len(p.text) for p in after.paragraphs if p.text not in known)


class LetterPreview(ScrollView, can_focus=True):
    """Shows one `Letter`; `visual_rtl` reorders right-to-left lines for terminals that do not
    (in the app: its setting, followed as it changes)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"letter-preview--page", "letter-preview--notes"}
    DEFAULT_CSS = """
    LetterPreview {
        overflow-x: hidden;
    }
    LetterPreview > .letter-preview--page {
        background: $surface;
    }
    LetterPreview > .letter-preview--notes {
        color: $text-warning;
    }
    """

    # The pane's own size never depends on how long the letter is: a letter that grows by a
    # line updates the scrollbar, without laying out the whole screen again, and repaints only
    # the lines that changed (`_apply` finds them; a repaint of every line in view and of the
    # border cost 2.5 ms each time the page gained or lost a line).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False, repaint=False)

    class _LaidOut(Message):
        """A worker thread finished laying out a letter."""

        def __init__(self, layout: _Layout, generation: int) -> None:
            super().__init__()
            self.layout = layout
            self.generation = generation

    def __init__(
        self, letter: Letter | None = None, *, visual_rtl: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.letter = letter
        self.visual_rtl = visual_rtl
        self._memory = _Memory()
        self._layout: _Layout | None = None
        # The styles of the lines (read again after Textual says they changed).
        self._styles: tuple[str, _Styles] | None = None
        # Only the latest request is shown: a worker's result with an older number is dropped.
        self._generation = 0

    # -- what to show -----------------------------------------------------------------------

    def show(self, letter: Letter | None, *, visual_rtl: bool | None = None) -> None:
        """Show `letter`: in a worker when only its words changed, else at once."""
        self.letter = letter
        if visual_rtl is not None:
            self.visual_rtl = visual_rtl
        self._generation += 1
        request = self._request()
        if request is None:
            return
        shown = self._layout
        if (
            letter is not None
            and shown is not None
            and shown.request.shape == request.shape
            and _new_characters(shown.request.letter, letter) > _LAY_OUT_AT_ONCE
        ):
            self._lay_out_in_thread(request, self._generation)
        else:
            self._apply(self._lay_out_now(request))

    def watch_virtual_size(self, size: Size) -> None:
        update_scrollbars(self, size)

    def on_mount(self) -> None:
        if hasattr(self.app, SETTING):
            # The app-wide right-to-left setting decides, as it changes.
            self.visual_rtl = app_visual_rtl(self)
            self.watch(self.app, SETTING, self._follow_setting, init=False)
        request = self._request()
        if request is not None:
            self._apply(self._lay_out_now(request))

    def _follow_setting(self, visual_rtl: bool) -> None:
        self.show(self.letter, visual_rtl=visual_rtl)

    def on_resize(self, event: events.Resize) -> None:
        # Follow a new width at once, not at the next keystroke.
        request = self._request()
        if request is not None and (
            self._layout is None or self._layout.request.shape != request.shape
        ):
            self._generation += 1
            self._apply(self._lay_out_now(request))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles = None
        # A new theme or class: the lines carry the old colours.
        request = self._request()
        shown = self._layout
        if request is not None and shown is not None and shown.request.shape != request.shape:
            self._generation += 1
            self._apply(self._lay_out_now(request))

    def _request(self) -> _Request | None:
        if not self.is_mounted:
            return None
        # The content without scrollbars (the horizontal one is never shown).
        width, height = self.content_size
        if width <= 0 or height <= 0:
            return None
        theme = self.app.current_theme.name
        if self._styles is None or self._styles[0] != theme:
            self._styles = (
                theme,
                _Styles(
                    base=self.rich_style,
                    page=self.get_component_rich_style("letter-preview--page"),
                    notes=self.get_component_rich_style("letter-preview--notes"),
                ),
            )
        styles = self._styles[1]
        scrollbar = self.styles.scrollbar_size_vertical
        hint = self._layout.width if self._layout is not None else None
        return _Request(self.letter, self.visual_rtl, width, height, scrollbar, styles, hint)

    def _options(self) -> ConsoleOptions:
        return self.app.console_options.update(highlight=False)

    def _lay_out_now(self, request: _Request) -> _Layout:
        return _lay_out(request, self.app.console, self._options(), self._memory)

    def _lay_out_in_thread(self, request: _Request, generation: int) -> None:
        console, options, memory = self.app.console, self._options(), self._memory

        def work() -> None:
            layout = _lay_out(request, console, options, memory)
            # post_message is thread-safe and, unlike call_from_thread, never waits on the UI.
            self.post_message(self._LaidOut(layout, generation))

        self.run_worker(work, thread=True, exclusive=True, group="letter-preview")

    def on_letter_preview__laid_out(self, message: _LaidOut) -> None:
        message.stop()
        if message.generation != self._generation:
            return
        shown = self._layout
        if shown is not None and shown.request.shape != message.layout.request.shape:
            return  # laid out for a width or style the pane no longer has: a newer one follows
        self._apply(message.layout)

    def _apply(self, layout: _Layout) -> None:
        """Show `layout`, repainting only the lines that differ from what is shown."""
        previous = self._layout
        self._layout = layout
        lines = layout.lines
        self.virtual_size = Size(layout.width, len(lines))
        if (
            previous is None
            or previous.request.shape != layout.request.shape
            or previous.width != layout.width
        ):
            self.refresh()
            return
        old = previous.lines
        changed = [
            y
            for y in range(max(len(lines), len(old)))
            if y >= len(old) or y >= len(lines) or lines[y] is not old[y]
        ]
        # One refresh per run of neighbouring lines.
        start = None
        for n, y in enumerate(changed):
            if start is None:
                start = y
            if n + 1 == len(changed) or changed[n + 1] != y + 1:
                self.refresh_lines(start, y - start + 1)
                start = None

    # -- drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        width = self.scrollable_content_region.width
        layout = self._layout
        index = scroll_y + y
        if layout is None or not 0 <= index < len(layout.lines):
            return Strip.blank(width, self.rich_style)
        strip = layout.lines[index]
        if scroll_x == 0 and strip.cell_length == width:
            return strip
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style)

    @property
    def shown_lines(self) -> tuple[Strip, ...]:
        """Every line of what the preview shows (in view or not)."""
        return self._layout.lines if self._layout is not None else ()
