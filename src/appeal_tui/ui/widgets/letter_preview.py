"""A letter as it will look, in a scrollable pane (used beside the editor and on the preview)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, cast

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.panel import Panel
from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.visual import visualize
from textual.widgets import Static

from appeal_tui.core.model import Letter
from appeal_tui.ui import letters

# Rendered parts kept between repaints: enough for a long letter at a couple of widths.
_REMEMBERED_PARTS = 512


def _options_key(options: ConsoleOptions) -> tuple[Any, ...]:
    """Everything in `options` that can change how a part renders."""
    return (
        options.max_width,
        options.min_width,
        options.height,
        options.max_height,
        options.justify,
        options.overflow,
        options.no_wrap,
        options.highlight,
        options.markup,
        options.ascii_only,
        options.encoding,
        options.legacy_windows,
        options.is_terminal,
        options.size,
    )


def _width_key(options: ConsoleOptions) -> tuple[Any, ...]:
    """`_options_key` without the heights: a letter's panel does not depend on `max_height`."""
    return tuple(value for n, value in enumerate(_options_key(options)) if n not in (2, 3))


def _part_key(part: RenderableType) -> tuple[Any, ...] | None:
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


class _RememberedPart:
    """A part of the letter whose segments are reused while its text and the width are the same.

    Textual renders a rich renderable in full at least twice per change (to measure its height,
    then to draw it); typing changes one paragraph, so the others are not wrapped again. The
    segments are exactly what rendering the part gives."""

    def __init__(
        self,
        part: RenderableType,
        key: tuple[Any, ...],
        memory: OrderedDict[Any, Any],
        lock: threading.Lock,
    ):
        self.part = part
        self.key = key
        self.memory = memory
        # The page is rendered in a worker thread as well as by Textual on the UI thread.
        self.lock = lock

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.part)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        key = (self.key, _options_key(options))
        with self.lock:
            segments: list[Segment] | None = self.memory.get(key)
            if segments is not None:
                self.memory.move_to_end(key)
        if segments is None:
            segments = list(console.render(self.part, options))
            with self.lock:
                self.memory[key] = segments
                while len(self.memory) > _REMEMBERED_PARTS:
                    self.memory.popitem(last=False)
        yield from segments


class _Prerendered:
    """A page already rendered (in a worker thread) at one width: Textual's measuring and drawing
    then only copy its segments. At any other width or height it renders `page` as usual, so it
    always looks exactly like `page`."""

    def __init__(
        self,
        page: RenderableType,
        segments: list[Segment],
        options_key: tuple[Any, ...],
        width: int,
    ):
        self.page = page
        self.segments = segments
        self.options_key = options_key
        self.height = sum(text.count("\n") for text, _, _ in segments)
        # The page's lines as Textual splits them to draw it (split here, in the worker).
        self.lines = list(
            Segment.split_and_crop_lines(segments, width, include_new_lines=False, pad=False)
        )

    def fits(self, options: ConsoleOptions) -> bool:
        """Whether rendering `page` with `options` gives exactly `segments`."""
        # A panel given its own natural height renders as it would with no height.
        return options.height in (None, self.height) and _width_key(options) == self.options_key

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.page)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if self.fits(options):
            yield from self.segments
        else:
            yield from console.render(self.page, options)


@dataclass(frozen=True)
class _Painting:
    """What a worker prepared for one `show` request."""

    generation: int
    page: _Prerendered


class _Lines:
    """Renders segment lines as they are (one line each)."""

    def __init__(self, lines: list[list[Segment]]) -> None:
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines:
            yield from line
            yield Segment.line()


class _Page(Static):
    """The letter page. Textual draws a `Static` by rendering all of its content again when any
    line changes (about 130 lines for a two-page letter: 6-9 ms a refresh); when typing changed
    a few lines and not the page's height, `patch` replaces just those lines in what was drawn,
    made the way Textual makes them (`post_render`, then the link style)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._patched: set[Region] = set()

    def change_lines(self, content: RenderableType, lines: dict[int, list[Segment]]) -> None:
        """Show `content`, whose lines differ from what is shown only at `lines` (y: segments),
        repainting only those lines."""
        # Static.update would mark the whole page dirty: set its content the way it does.
        self._Static__content = content
        self._Static__visual = None
        if lines and not self.patch(lines):
            self.refresh(*(Region(0, y, self.size.width, 1) for y in lines))

    def patch(self, lines: dict[int, list[Segment]]) -> bool:
        """Replace the drawn lines `lines` (y: segments); False when it cannot (then refresh)."""
        cache = self._render_cache
        width, height = self.size
        if (
            self._dirty_regions
            or cache.size != self.size
            or len(cache.lines) != height
            or any(not 0 <= y < height for y in lines)
        ):
            return False
        console = self.app.console
        options = self.app.console_options.update(highlight=False, width=width, height=height)
        styled = self.post_render(_Lines(list(lines.values())), self.visual_style.rich_style)
        new_lines = Segment.split_and_crop_lines(
            console.render(styled, options), width, include_new_lines=False, pad=False
        )
        link = self.auto_links and not self.is_container and not self.screen._selecting
        for y, line in zip(lines, new_lines, strict=True):
            strip = Strip(line)
            cache.lines[y] = strip._apply_link_style(self.link_style) if link else strip
        self.refresh(*(Region(0, y, width, 1) for y in lines))
        self._patched = set(self._dirty_regions)
        return True

    def render_line(self, y: int) -> Strip:
        if self._patched:
            if self._dirty_regions == self._patched:
                # Only the patched lines are dirty, and they are already drawn.
                self._dirty_regions.clear()
            self._patched = set()
        return super().render_line(y)


class LetterPreview(VerticalScroll):
    """Shows one `Letter`; `visual_rtl` reorders right-to-left lines for terminals that do not.

    While it shows a letter, a new letter of the same direction is composed and rendered in a
    worker thread (typing should not wait for it); the first letter, and any change of width,
    direction or reordering, is painted at once."""

    can_focus = True

    class _Rendered(Message):
        """A worker thread finished rendering a page."""

        def __init__(self, painting: _Painting) -> None:
            super().__init__()
            self.painting = painting

    def __init__(
        self, letter: Letter | None = None, *, visual_rtl: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.letter = letter
        self.visual_rtl = visual_rtl
        self._rendered_parts: OrderedDict[Any, Any] = OrderedDict()
        self._parts_lock = threading.Lock()
        self._shown_notes: tuple[str, ...] | None = None
        # What the page shows now: (direction, visual_rtl) of the letter painted last, if any.
        self._shown_shape: tuple[str, bool] | None = None
        # Only the latest request is painted: a worker's result with an older number is dropped.
        self._generation = 0
        self._shown_page: _Prerendered | None = None

    def compose(self) -> ComposeResult:
        yield _Page(classes="letter-page", markup=False)
        yield Static(classes="letter-notes", markup=False)

    def on_mount(self) -> None:
        self._paint()

    def show(self, letter: Letter | None, *, visual_rtl: bool | None = None) -> None:
        self.letter = letter
        if visual_rtl is not None:
            self.visual_rtl = visual_rtl
        self._generation += 1
        page = self.query_one(".letter-page", _Page)
        width = page.content_size.width
        if (
            letter is not None
            and self._shown_shape == (letter.direction, self.visual_rtl)
            and width > 0
            and bool(self.region)
        ):
            self._render_in_thread(self._generation, letter, self.visual_rtl, width)
        else:
            self._paint()

    def _render_in_thread(
        self, generation: int, letter: Letter, visual_rtl: bool, width: int
    ) -> None:
        console = self.app.console
        options = self.app.console_options.update_width(width).update(highlight=False)

        def work() -> None:
            page = self._remembering(letters.render(letter, visual_rtl=visual_rtl))
            segments = list(console.render(page, options))
            painting = _Painting(
                generation, _Prerendered(page, segments, _width_key(options), width)
            )
            # post_message is thread-safe and, unlike call_from_thread, never waits on the UI.
            self.post_message(self._Rendered(painting))

        self.run_worker(work, thread=True, exclusive=True, group="letter-preview")

    def on_letter_preview__rendered(self, message: _Rendered) -> None:
        message.stop()
        if message.painting.generation != self._generation or self.letter is None:
            return
        self._paint(message.painting.page)

    def _paint(self, prerendered: _Prerendered | None = None) -> None:
        page = self.query_one(".letter-page", _Page)
        notes = self.query_one(".letter-notes", Static)
        if self.letter is None:
            page.update(Content("The preview appears here once the letter can be composed."))
            notes.display = False
            self._shown_shape = None
            return
        rendered: RenderableType
        if prerendered is None:
            rendered = self._remembering(letters.render(self.letter, visual_rtl=self.visual_rtl))
            same_height = self._same_height(page, rendered)
        else:
            rendered = prerendered
            same_height = page.content_size.height == prerendered.height
        rtl = self.letter.direction == "rtl"
        # Typing changes the letter's words far more often than its height: then only the page
        # is repainted, without laying out the screen again (which repaints the editor too).
        same_shape = page.has_class("-rtl") == rtl and same_height
        previous = self._shown_page
        self._shown_page = prerendered
        if same_shape and prerendered is not None and previous is not None:
            # Repaint only the lines that changed (typing changes a few).
            old_lines = previous.lines
            changed = {
                y: line
                for y, line in enumerate(prerendered.lines)
                if y >= len(old_lines) or old_lines[y] != line
            }
            page.change_lines(rendered, changed)
        else:
            page.update(rendered, layout=not same_shape)
        page.set_class(rtl, "-rtl")
        self._shown_shape = (self.letter.direction, self.visual_rtl)
        notes.display = bool(self.letter.notes)
        if self.letter.notes != self._shown_notes:
            self._shown_notes = self.letter.notes
            notes.update(letters.notes(self.letter))

    @staticmethod
    def _same_height(page: Static, rendered: RenderableType) -> bool:
        """Whether `rendered` takes as many lines as what `page` shows now, at its width."""
        size = page.content_size
        if not page.is_mounted or size.width <= 0:
            return False
        rules = cast(RulesMap, page.styles)  # what Textual's own widgets pass
        return visualize(page, rendered, markup=False).get_height(rules, size.width) == size.height

    def _remembering(self, page: RenderableType) -> RenderableType:
        """`page` with each part of its letter rendered once per text and width (same look)."""
        if not isinstance(page, Panel) or not isinstance(page.renderable, Group):
            return page
        group = page.renderable
        parts: list[RenderableType] = []
        for part in group.renderables:
            key = _part_key(part)
            parts.append(
                part
                if key is None
                else _RememberedPart(part, key, self._rendered_parts, self._parts_lock)
            )
        page.renderable = Group(*parts, fit=group.fit)
        return page
