"""A scrolling widget's vertical scrollbar follows its virtual size, repainting only the rows
that change.

Textual repaints a scrollbar whole whenever its virtual size changes: every row rendered and
styled again (2-3.5 ms for a 48-row bar here) and its region composited once more in a frame of
its own, when a letter that grows by a line moves the thumb's end by an eighth of a cell, or
not at all. Here the bar's rows are worked out before and after (Textual's own
`ScrollBarRender.render_bar`, with two fixed colours: what differs is the thumb's place and
glyphs) and only the rows that differ are repainted. Anything else (a scrollbar appearing or
going, a horizontal one) is Textual's own update.
"""

from __future__ import annotations

from rich.color import Color
from rich.segment import Segment
from textual.geometry import Region, Size
from textual.scrollbar import ScrollBar
from textual.widget import Widget

from appeal_tui.ui.textual_compat import show_scrollbars
from appeal_tui.ui.textual_compat import update_scrollbars as textual_update

_BACK = Color.parse("#000000")
_THUMB = Color.parse("#ffffff")


def _rows(bar: ScrollBar) -> list[Segment]:
    """What each row of the vertical `bar` shows (in two fixed colours)."""
    drawn = bar.renderer.render_bar(
        size=bar.size.height,
        virtual_size=bar.window_virtual_size,
        window_size=bar.window_size,
        position=bar.position,
        thickness=bar.size.width,
        vertical=True,
        back_color=_BACK,
        bar_color=_THUMB,
    )
    return drawn.segments


def update_scrollbars(widget: Widget, virtual_size: Size) -> None:
    """After `widget.virtual_size` changed without a layout: its scrollbars shown or hidden
    for it, the vertical one given the new size (repainting the rows that change) and the scroll
    position kept in range."""
    if not widget.is_mounted:
        return
    shown = (widget.show_vertical_scrollbar, widget.show_horizontal_scrollbar)
    show_scrollbars(widget)
    now = (widget.show_vertical_scrollbar, widget.show_horizontal_scrollbar)
    if now != shown or now != (True, False) or not widget.styles.scrollbar_size_vertical:
        textual_update(widget, virtual_size)
        return
    bar = widget.vertical_scrollbar
    before = _rows(bar)
    bar.set_reactive(ScrollBar.window_virtual_size, virtual_size.height)
    bar.set_reactive(
        ScrollBar.window_size, widget.container_size.height - widget.scrollbar_size_horizontal
    )
    after = _rows(bar)
    width = bar.size.width
    if len(before) != len(after):
        bar.refresh()
    else:
        for y, (old, new) in enumerate(zip(before, after, strict=True)):
            if old != new:
                bar.refresh(Region(0, y, width, 1))
    widget.scroll_x = widget.validate_scroll_x(widget.scroll_x)
    widget.scroll_y = widget.validate_scroll_y(widget.scroll_y)
