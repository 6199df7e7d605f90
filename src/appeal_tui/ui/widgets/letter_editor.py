"""The letter's editor: Textual's TextArea, repainting only the lines a keystroke changes.

Textual's TextArea (8.x) forgets every rendered line on each edit, keys every cached line by the
whole selection when soft wrap is on, and repaints the whole widget when the cursor moves. So
each keystroke rendered and composited every visible line again: about 50 lines of Rich text on
a tall terminal, more than a frame's budget on a slow laptop.

A letter has no syntax to highlight, so here each screen line has a key that names everything
it shows: the piece of its paragraph that wraps onto it, where that piece starts, and whether
it belongs to the cursor's paragraph. Lines rendered by TextArea (its public `render_line`) are
kept in an LRU cache under that key, and an edit repaints only the screen lines whose key
changed (`_changed_lines`): typing at the end of a paragraph repaints one line; typing in its
middle, the lines whose wrap moved. The line holding the cursor, and any selected line, is
always drawn by TextArea itself (its look depends on the cursor's blink and the selection).

Only soft-wrapped plain text without line numbers takes this path; anything else is TextArea's
own rendering. Everything here is TextArea's public API, except two calls in
`ui/textual_compat.py` (the scrollbar update without a layout, and drawing a frame without
reading the CSS again). `tests/ui/test_letter_editor.py` types, deletes, selects, moves and
resizes the same way in this editor and in a stock TextArea and checks that the screens match.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Hashable
from typing import Literal, Self

from textual.cache import LRUCache
from textual.dom import NoScreen
from textual.geometry import Offset, Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Edit, EditResult

from appeal_tui.ui.scrollbar_update import update_scrollbars
from appeal_tui.ui.textual_compat import render_text_area_lines

_BLANK = "blank"
# Rendered lines kept: a tall terminal's worth many times over.
_REMEMBERED_LINES = 2048
_REMEMBERED_FRAMES = 256

# One screen line: (document line, start column of the piece wrapped onto it, end column, last
# piece of its line); None below the text.
_Section = tuple[int, int, int, bool] | None
# Where the selection's ends, the cursor's column and the matching bracket are: (top, bottom,
# cursor column, bracket location); read once per frame or edit, not once per line.
_Location = tuple[int, int]
_Marks = tuple[_Location, _Location, int, _Location | None]


class LetterEditor(TextArea):
    """A TextArea for prose: the same behaviour, far fewer lines rendered per keystroke."""

    # A widget's virtual size is declared with `layout=True`: each time a keystroke wraps the
    # letter onto one more line, the whole screen was laid out again and every widget repainted
    # (11-13 ms). The editor's own size does not depend on it; only its scrollbar does, and
    # `watch_virtual_size` updates that (a scrollbar appearing still lays out the screen).
    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    # When a key or a paste last reached the editor (`time.monotonic`), until its screen has
    # painted what it changed (the writing screen paints that frame at once; None: painted).
    key_at: float | None = None

    # Set before TextArea.__init__ runs (it edits and refreshes).
    _editing = False
    _frame: int | None = None
    _frame_sections: dict[int, _Section] | None = None
    _frame_marks: _Marks | None = None
    _style_updates = 0
    # (style updates, the editor's theme, the app's theme) when last rendered.
    _theme_styles: tuple[int, str, str] | None = None

    def __init__(
        self,
        text: str = "",
        *,
        soft_wrap: bool = True,
        tab_behavior: Literal["focus", "indent"] = "focus",
        show_line_numbers: bool = False,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        # What each screen line (content y) showed when it was last rendered (None: drawn by
        # TextArea, so repainted by any edit).
        self._shown: dict[int, Hashable] = {}
        self._lines: LRUCache[Hashable, Strip] = LRUCache(_REMEMBERED_LINES)
        # Each distinct frame state seen (sizes, theme, focus, …): a handful in a session.
        self._frame_numbers: dict[tuple[Hashable, ...], int] = {}
        super().__init__(
            text,
            soft_wrap=soft_wrap,
            tab_behavior=tab_behavior,
            show_line_numbers=show_line_numbers,
            name=name,
            id=id,
            classes=classes,
        )

    def watch_virtual_size(self, size: Size) -> None:
        if not self.is_mounted:
            return
        height = self.styles.height
        if height is not None and height.is_auto:
            # Sized by its text (not the letter's editor): then the screen is laid out again.
            self.refresh(layout=True)
            return
        update_scrollbars(self, size)

    def _content_keyed(self) -> bool:
        """True when a line's look depends only on what `_line_key` puts in its key."""
        return (
            self.soft_wrap
            and not self.show_line_numbers
            and self.language is None
            # An empty editor shows its placeholder, which TextArea draws itself.
            and not (self.placeholder and self.document.line_count == 1 and not self.document[0])
        )

    # -- input and messages --------------------------------------------------------------------

    def on_key(self) -> None:
        self.key_at = time.monotonic()

    def on_paste(self) -> None:
        self.key_at = time.monotonic()

    def post_message(self, message: Message) -> bool:
        """The editor's own `Changed` and `SelectionChanged` go straight to its screen, where
        they are handled, instead of bubbling up through every container between (tab pane,
        content switcher, tabbed content, columns): each key sends both, and each hop is a
        message handled in its own task, 12 of them per keystroke. None of those containers
        acts on them. From the screen they bubble on to the app, unless the screen stops them."""
        if isinstance(message, TextArea.Changed | TextArea.SelectionChanged) and (
            message.text_area is self and self.check_message_enabled(message)
        ):
            try:
                screen = self.screen
            except NoScreen:
                pass
            else:
                return screen.post_message(message)
        return super().post_message(message)

    # -- keys -------------------------------------------------------------------------------

    def _frame_state(self) -> int:
        """What every line of one frame shares (computed once per frame, not per line), as a
        small number: line keys hold it, and are hashed for every line of every frame."""
        state = (
            self.size,
            self.scrollable_content_region.width,
            self.scroll_offset.x,
            self.indent_width,
            self.highlight_cursor_line,
            self.match_cursor_bracket,
            self.theme,
            self.read_only,
            self.show_cursor,
            self.has_focus,
            self._style_updates,
            self.app.current_theme.name,
        )
        number = self._frame_numbers.get(state)
        if number is None:
            if len(self._frame_numbers) >= _REMEMBERED_FRAMES:
                # Many resizes: start afresh (lines keyed by a forgotten number go too).
                self._frame_numbers.clear()
                self._lines.clear()
                self._shown.clear()
            number = self._frame_numbers[state] = len(self._frame_numbers)
        return number

    def _sections(self, first: int, count: int) -> dict[int, _Section]:
        """The pieces of text on screen lines `first` .. `first + count` (content y)."""
        wrapped = self.wrapped_document
        top = self.scroll_offset.y + first
        found: dict[int, _Section] = dict.fromkeys(range(first, first + count))
        if not 0 <= top < wrapped.height:
            return found
        line_index, start = wrapped.offset_to_location(Offset(0, top))
        document = self.document
        line_count = document.line_count
        for y in range(first, min(first + count, first + wrapped.height - top)):
            if line_index >= line_count:
                break
            line = document[line_index]
            offsets = wrapped.get_offsets(line_index)
            section = bisect_right(offsets, start)
            last = section >= len(offsets)
            end = len(line) if last else offsets[section]
            found[y] = (line_index, start, end, last)
            if last:
                line_index, start = line_index + 1, 0
            else:
                start = end
        return found

    def _marks(self) -> _Marks:
        selection = self.selection
        top, bottom = sorted(selection)
        return (top, bottom, selection.end[1], self.matching_bracket_location)

    def _line_key(self, section: _Section, frame: int, marks: _Marks) -> Hashable | None:
        """Everything a screen line showing `section` shows, or None when TextArea must draw it
        (the cursor or a selection is on it). Not where it is: a line scrolled or pushed down by
        an edit is still found in the cache."""
        if section is None:
            return (_BLANK, frame)
        line_index, start, end, last = section
        top, bottom, cursor_column, location = marks
        touch: Hashable = None
        if top[0] <= line_index <= bottom[0]:
            if top != bottom:
                return None
            if start <= cursor_column <= end:
                return None
            # The rest of the cursor's line: highlighted, without the cursor.
            touch = "cursor line"
        line = self.document[line_index]
        bracket: Hashable = None
        if location is not None and location[0] == line_index:
            # TextArea marks the matching bracket only while nothing is selected.
            bracket = (location, top == bottom)
        tabs = tuple(self.wrapped_document.get_tab_widths(line_index)) if "\t" in line else ()
        return (frame, line[start:end], start, last, tabs, touch, bracket)

    # -- rendering --------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._style_updates += 1
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._content_keyed():
            return super().render_lines(crop)
        self._frame = self._frame_state()
        self._frame_sections = self._sections(crop.y, crop.height)
        self._frame_marks = self._marks()
        styles = (self._style_updates, self.theme, self.app.current_theme.name)
        styles_changed = styles != self._theme_styles
        self._theme_styles = styles
        try:
            return render_text_area_lines(self, crop, styles_changed=styles_changed)
        finally:
            self._frame = None
            self._frame_sections = None
            self._frame_marks = None

    def render_line(self, y: int) -> Strip:
        if not self._content_keyed():
            self._shown.clear()
            return super().render_line(y)
        frame = self._frame if self._frame is not None else self._frame_state()
        sections = self._frame_sections
        section = sections[y] if sections is not None and y in sections else self._sections(y, 1)[y]
        marks = self._frame_marks if self._frame_marks is not None else self._marks()
        key = self._line_key(section, frame, marks)
        self._shown[y] = key
        if key is None:
            return super().render_line(y)
        cached = self._lines.get(key)
        if cached is None:
            cached = super().render_line(y)
            self._lines[key] = cached
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
        sections = self._sections(0, height)
        marks = self._marks()
        changed = []
        for y in range(height):
            before = shown[y]
            if before is None or before != self._line_key(sections[y], frame, marks):
                changed.append(Region(0, y, width, 1))
        return changed
