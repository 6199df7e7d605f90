"""The one place that uses Textual's and Rich's private API (checked against the pinned versions).

Everything else in appeal_tui uses Textual's and Rich's public API only:
`tests/ui/test_public_api.py` reads the package and fails on any private Textual or Rich name
outside this module, and fails when the installed Textual is not `TEXTUAL_VERSION`, so an upgrade
is a deliberate step: read what is here against the new Textual, then change the pin.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from rich._wrap import divide_line
from textual import events
from textual._xterm_parser import XTermParser
from textual.content import Content
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets._toast import Toast
from textual.widgets._toggle_button import ToggleButton

if TYPE_CHECKING:
    from textual.widgets import TextArea

# Where Textual's `Content` breaks a line when it wraps (Rich's own rule; Rich is pinned by
# Textual). The case list measures its rows' heights with it, without rendering them.
__all__ = [
    "TEXTUAL_VERSION",
    "divide_line",
    "draw_toasts_through",
    "keep_escape_apart",
    "paint_now",
    "render_text_area_lines",
    "render_toggle_with_label",
    "show_scrollbars",
    "update_scrollbars",
]

# The Textual release this module was written against (pyproject.toml pins the same).
TEXTUAL_VERSION = "8.2.8"


def update_scrollbars(widget: Widget, virtual_size: Size) -> None:
    """After `widget.virtual_size` changed without a layout: what a layout pass does for a
    scrolling widget whose size stayed the same (its scrollbars shown or hidden and given the new
    size, the scroll position kept in range). No public call does it (`refresh(layout=True)` lays
    out and repaints the whole screen, 11-13 ms); `ui/scrollbar_update.py` uses it where a
    repaint of only the changed rows does not do."""
    if widget.is_mounted:
        widget._scroll_update(virtual_size)


def show_scrollbars(widget: Widget) -> None:
    """Show or hide `widget`'s scrollbars for its virtual size (the first step of the above)."""
    widget._refresh_scrollbars()


def paint_now(widget: Widget) -> bool:
    """Paint `widget`'s screen now, as its next 60 Hz tick would, if `widget` waits for it."""
    ready, screen = not widget.app._batch_count and widget.screen.is_current, widget.screen
    if ready and (widget in screen._dirty_widgets or screen._layout_required):
        screen._on_timer_update()
        return True
    return False


def render_text_area_lines(
    text_area: TextArea, crop: Region, *, styles_changed: bool
) -> list[Strip]:
    """`TextArea.render_lines`, reading the widget's CSS into its theme only when
    `styles_changed` (Textual's own reads it on every frame: a fifth of what drawing a
    keystroke's frame costs, for styles that change only with focus, classes or the theme)."""
    theme = text_area._theme
    if theme and styles_changed:
        theme.apply_css(text_area)
    return ScrollView.render_lines(text_area, crop)


def render_toggle_with_label(button: ToggleButton, label: Content) -> Content:
    """What `button` (a radio button, a checkbox) renders with `label` in place of its own,
    without setting its `label` (the public setter asks for a new layout: from `render`, a
    loop). Its own label is back once rendered. Textual 8.2.8 keeps the label in `_label`."""
    own = button._label
    button._label = label
    try:
        return ToggleButton.render(button)
    finally:
        button._label = own


_TOAST_LINES = Toast.render_lines  # Textual's own, kept: wrapping again never nests


def draw_toasts_through(transform: Callable[[Widget, list[Strip]], list[Strip]]) -> None:
    """Every notification's toast draws its lines through `transform(toast, lines)`. A screen's
    ToastRack makes them of its own class, `textual.widgets._toast.Toast`: that class's method
    is wrapped (for the process; `transform` leaves the toasts of other apps as they are)."""
    drawn = lambda toast, crop: transform(toast, _TOAST_LINES(toast, crop))  # noqa: E731
    Toast.render_lines = drawn  # type: ignore[method-assign]


_KEYS_OF = XTermParser._sequence_to_key_events  # Textual's own, kept: installing again never nests
_FOLDED_AFTER_ESC = frozenset({"\r", "\n", " ", "\t"})  # read after ESC as the bare key


def keep_escape_apart() -> None:
    """ESC then Enter, Space or Tab in one read: Escape, then the key (Textual read the bare key;
    ESC Tab as Shift+Tab); ESC then a letter stays Alt+letter. A line feed is Enter (a terminal
    not yet raw as the app starts sends Enter so, as do pastes without bracketed paste)."""

    def keys_of(self: XTermParser, sequence: str, alt: bool = False) -> Iterable[events.Key]:
        key = sequence.removeprefix("\x1b")
        if (alt or sequence == "\x1b\t") and key in _FOLDED_AFTER_ESC:
            yield events.Key("escape", "\x1b")
            yield from keys_of(self, key)
        elif sequence == "\n":
            yield events.Key("enter", "\r")
        else:
            yield from _KEYS_OF(self, sequence, alt)

    XTermParser._sequence_to_key_events = keys_of  # type: ignore[method-assign]
