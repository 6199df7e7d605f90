"""A list to choose several things from, whose boxes show what is chosen by a mark."""

from __future__ import annotations

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList
from textual.widgets.option_list import OptionDoesNotExist


class CheckList(SelectionList[str]):
    """`SelectionList`, its box empty for a thing not chosen. The stock list draws the same "X"
    in every box, green when chosen and grey when not: a colour-blind user, or a terminal
    without colour (`NO_COLOR`: grey 250 or 232 on 235), could not tell them apart."""

    def render_line(self, y: int) -> Strip:
        line = super().render_line(y)
        try:
            selection = self.get_option_at_index(self.scroll_offset.y + y)
        except OptionDoesNotExist:
            return line
        if selection.value in self.selected:
            return line
        segments = list(line)
        # The stock box: its left side, its inside (the mark), its right side.
        if len(segments) > 1 and segments[1].text == Checkbox.BUTTON_INNER:
            inside = segments[1]
            segments[1] = Segment(" " * len(inside.text), inside.style, inside.control)
        return Strip(segments, line.cell_length)
