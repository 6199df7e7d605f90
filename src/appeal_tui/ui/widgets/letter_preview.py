"""A letter as it will look, in a scrollable pane (used beside the editor and on the preview)."""

from __future__ import annotations

from collections import OrderedDict
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

    def __init__(self, part: RenderableType, key: tuple[Any, ...], memory: OrderedDict[Any, Any]):
        self.part = part
        self.key = key
        self.memory = memory

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.part)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        key = (self.key, _options_key(options))
        segments: list[Segment] | None = self.memory.get(key)
        if segments is None:
            segments = list(console.render(self.part, options))
            self.memory[key] = segments
            while len(self.memory) > _REMEMBERED_PARTS:
                self.memory.popitem(last=False)
        else:
            self.memory.move_to_end(key)
        yield from segments


class LetterPreview(VerticalScroll):
    """Shows one `Letter`; `visual_rtl` reorders right-to-left lines for terminals that do not."""

    can_focus = True

    def __init__(
        self, letter: Letter | None = None, *, visual_rtl: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.letter = letter
        self.visual_rtl = visual_rtl
        self._rendered_parts: OrderedDict[Any, Any] = OrderedDict()
        self._shown_notes: tuple[str, ...] | None = None

    def compose(self) -> ComposeResult:
        yield Static(classes="letter-page", markup=False)
        yield Static(classes="letter-notes", markup=False)

    def on_mount(self) -> None:
        self._paint()

    def show(self, letter: Letter | None, *, visual_rtl: bool | None = None) -> None:
        self.letter = letter
        if visual_rtl is not None:
            self.visual_rtl = visual_rtl
        self._paint()

    def _paint(self) -> None:
        page = self.query_one(".letter-page", Static)
        notes = self.query_one(".letter-notes", Static)
        if self.letter is None:
            page.update(Content("The preview appears here once the letter can be composed."))
            notes.display = False
            return
        rendered = self._remembering(letters.render(self.letter, visual_rtl=self.visual_rtl))
        rtl = self.letter.direction == "rtl"
        # Typing changes the letter's words far more often than its height: then only the page
        # is repainted, without laying out the screen again (which repaints the editor too).
        same_shape = page.has_class("-rtl") == rtl and self._same_height(page, rendered)
        page.update(rendered, layout=not same_shape)
        page.set_class(rtl, "-rtl")
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
            parts.append(part if key is None else _RememberedPart(part, key, self._rendered_parts))
        page.renderable = Group(*parts, fit=group.fit)
        return page
