"""The app-wide right-to-left setting, applied to what widgets draw.

`AppealApp.visual_rtl` says whether Persian and Arabic are shown reordered for the terminal
("visual", for terminals that do not reorder right-to-left text: tmux, screen, xterm, kitty, …)
or left in logical order for the terminal to reorder ("terminal": VTE, Konsole, mlterm).
`VisualLines` is mixed into the widgets that show case or letter text (the case list, the case
details, the language list, the tips, the mirror beside the editor): each line they draw, after
Textual has wrapped it, is reordered by `core.visual_order` (the one place that reorders), its
styles kept. They follow the setting as it changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.segment import Segment
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from appeal_tui.core.visual_order import has_rtl, visual_order

# The app's attribute (a reactive on AppealApp; other apps, e.g. in tests, have none: off).
SETTING = "visual_rtl"

_REMEMBERED = 1024


def app_visual_rtl(widget: Widget) -> bool:
    """Whether the running app shows right-to-left text in visual order."""
    return bool(getattr(widget.app, SETTING, False))


def visual_strip(strip: Strip) -> Strip:
    """`strip` as a terminal without bidi must print it: each right-to-left run reordered in
    place between the line's margins, every cell keeping its style."""
    text = strip.text
    if not has_rtl(text):
        return strip
    cells: list[tuple[str, Any]] = []
    for segment in strip:
        if segment.control:
            return strip  # never reorder control codes
        cells.extend((char, segment.style) for char in segment.text)
    order = visual_order(text)
    segments: list[Segment] = []
    for index, char in order:
        style = cells[index][1]
        if segments and segments[-1].style == style:
            segments[-1] = Segment(segments[-1].text + char, style)
        else:
            segments.append(Segment(char, style))
    return Strip(segments, strip.cell_length)


class VisualLines(Widget):
    """Mixed into a widget (before its Textual class): draws its lines in visual order while
    the app's setting says so."""

    if TYPE_CHECKING:
        _visual_memory: LRUCache[Strip, Strip]

    def on_mount(self) -> None:
        self._visual_memory = LRUCache(_REMEMBERED)
        if hasattr(self.app, SETTING):
            self.watch(self.app, SETTING, self._visual_rtl_changed, init=False)

    def _visual_rtl_changed(self) -> None:
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if not app_visual_rtl(self):
            return lines
        memory = self._visual_memory
        shown: list[Strip] = []
        for line in lines:
            visual = memory.get(line)
            if visual is None:
                visual = memory[line] = visual_strip(line)
            shown.append(visual)
        return shown
