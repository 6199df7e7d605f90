"""The letter's editor: Textual's TextArea, repainting only the lines a keystroke changes.

Textual's TextArea (8.x) throws its whole line cache away on every edit (`_build_highlight_map`
clears it, for syntax highlighting), keys every cached line by the whole selection when soft
wrap is on, and repaints the whole widget when the cursor moves. So each keystroke rendered and
composited every visible line again: about 50 lines of Rich text on a tall terminal, more than
a frame's budget on a slow laptop.

A letter has no syntax to highlight, so here each screen line has a key that names everything
it shows: the piece of its paragraph that wraps onto it, where that piece starts, and the
cursor or selection only where they touch that piece. Rendered lines are cached under that key,
and an edit repaints only the screen lines whose key changed (`_changed_lines`): typing at the
end of a paragraph repaints one line; typing in its middle, the lines whose wrap moved.

Only soft-wrapped plain text without line numbers takes this path; anything else falls back to
TextArea's own rendering. `tests/ui/test_letter_editor.py` types, deletes, selects, moves and
resizes the same way in this editor and in a stock TextArea and checks that the screens match.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, Self

from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult

_BLANK = "blank"


class LetterEditor(TextArea):
    """A TextArea for prose: the same behaviour, far fewer lines rendered per keystroke."""

    # A widget's virtual size is declared with `layout=True`: each time a keystroke wraps the
    # letter onto one more line, the whole screen was laid out again and every widget repainted
    # (11-13 ms). The editor's own size does not depend on it; only its scrollbar does, and
    # `_watch_virtual_size` updates that (a scrollbar appearing still lays out the screen).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    # Set before TextArea.__init__ runs (it edits and refreshes).
    _editing = False
    _frame: tuple[Any, ...] | None = None
    _style_updates = 0
    _theme_styles: tuple[Any, ...] | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # What each screen line (content y) showed when it was last rendered.
        self._shown: dict[int, tuple[Any, ...]] = {}
        super().__init__(*args, **kwargs)

    def _watch_virtual_size(self, size: Size) -> None:
        if not self.is_mounted:
            return
        height = self.styles.height
        if height is not None and height.is_auto:
            # Sized by its text (not the letter's editor): then the screen is laid out again.
            self.refresh(layout=True)
            return
        # What a layout pass does for a scrolling widget whose size stayed the same.
        self._scroll_update(size)

    def _content_keyed(self) -> bool:
        """True when a line's look depends only on what `_line_key` puts in its key."""
        return (
            self.soft_wrap
            and not self.show_line_numbers
            and not self._highlight_query
            and not self._highlights
            # An empty editor shows its placeholder, which TextArea draws itself.
            and not (self.placeholder and self.document.line_count == 1 and not self.document[0])
        )

    # -- keys -------------------------------------------------------------------------------

    def _frame_state(self) -> tuple[Any, ...]:
        """What every line of one frame shares (computed once per frame, not per line)."""
        return (
            self.size,
            self.scrollable_content_region.width,
            self.indent_width,
            self.highlight_cursor_line,
            self.match_cursor_bracket,
            self.theme,
            self.read_only,
            self.show_cursor,
        )

    def _line_key(self, y: int, frame: tuple[Any, ...]) -> tuple[Any, ...]:
        """Everything the screen line `y` (content coordinates) shows; not where it is, so a
        line scrolled or pushed down by an edit is still found in the cache."""
        wrapped = self.wrapped_document
        absolute_y = self.scroll_offset.y + y
        infos = wrapped._offset_to_line_info
        if not 0 <= absolute_y < len(infos):
            return (_BLANK, frame)
        line_index, section = infos[absolute_y]
        line = self.document[line_index]
        offsets = wrapped.get_offsets(line_index)
        start = offsets[section - 1] if section else 0
        last = section >= len(offsets)
        end = len(line) if last else offsets[section]
        selection = self.selection
        top, bottom = sorted(selection)
        cursor_column = selection.end[1]
        if top[0] <= line_index <= bottom[0]:
            if top != bottom:
                # A selection: rare while typing, so keep it simple and key by all of it, and by
                # the line (first, last, middle and cursor rows of a selection look different
                # even when their text is the same, as blank lines are).
                touch: Hashable = (selection, line_index, self._draw_cursor, self.suggestion)
            elif start <= cursor_column <= end:
                touch = ("cursor", cursor_column - start, self._draw_cursor, self.suggestion)
            else:
                touch = "cursor line"
        else:
            touch = None
        location = self._matching_bracket_location
        bracket: Hashable = None
        if location is not None and (location[0] == line_index or touch is not None):
            # TextArea marks the matching bracket only while nothing is selected.
            bracket = (location, top == bottom)
        tabs = tuple(wrapped.get_tab_widths(line_index)) if "\t" in line else ()
        return (frame, line[start:end], start, last, tabs, touch, bracket)

    # -- rendering --------------------------------------------------------------------------

    def _build_highlight_map(self) -> None:
        if not self._content_keyed():
            super()._build_highlight_map()
        # Plain text has nothing to highlight, and the line cache is keyed by what each line
        # shows, so an edit leaves every cached line it did not change valid.

    def notify_style_update(self) -> None:
        self._style_updates += 1
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._content_keyed():
            return super().render_lines(crop)
        # TextArea.render_lines reads its CSS into its theme on every frame (half of what a
        # keystroke's frame cost); the styles only change when Textual says so.
        theme = self._theme
        styles = (self._style_updates, theme, self.app.current_theme.name)
        if theme and styles != self._theme_styles:
            theme.apply_css(self)
            self._theme_styles = styles
        self._frame = self._frame_state()
        try:
            return super(TextArea, self).render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        frame = self._frame
        if frame is None:
            if not self._content_keyed():
                self._shown.clear()
                return super().render_line(y)
            frame = self._frame_state()
        key = self._line_key(y, frame)
        self._shown[y] = key
        cached: Strip | None = self._line_cache.get(key)
        if cached is None:
            cached = self._line_cache[key] = self._render_line(y)
        return cached

    # -- repainting only what changed ---------------------------------------------------------

    def edit(self, edit: Edit) -> EditResult:
        self._editing = True
        try:
            return super().edit(edit)
        finally:
            self._editing = False

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        # An edit asks for the whole widget to be repainted (the cursor moved); repaint only
        # the lines that show something new. Anything else (styles, focus, size, scrolling,
        # layout) repaints as TextArea always does.
        if self._editing and not regions and repaint and not layout and not recompose:
            changed = self._changed_lines()
            if changed is not None:
                if changed:
                    super().refresh(*changed)
                return self
        super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)
        return self

    def _changed_lines(self) -> list[Region] | None:
        """Regions of the screen lines whose key differs from what they show; None: all."""
        if not self.is_mounted or not self._content_keyed():
            return None
        height = self.scrollable_content_region.height
        shown = self._shown
        if height <= 0 or any(y not in shown for y in range(height)):
            return None
        frame = self._frame_state()
        width = self.size.width
        return [
            Region(0, y, width, 1) for y in range(height) if shown[y] != self._line_key(y, frame)
        ]
