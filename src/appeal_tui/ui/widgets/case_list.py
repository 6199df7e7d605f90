"""The list of cases and of case files that could not be loaded: one OptionList."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from rich.cells import cell_len
from textual import events
from textual.content import Content, Span
from textual.css.styles import RulesMap
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from appeal_tui.core.case_row import CaseRow
from appeal_tui.core.i18n import _, ngettext
from appeal_tui.core.loading import LoadResult
from appeal_tui.ui.case_facts import deadline_text
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.textual_compat import divide_line
from appeal_tui.ui.visual_lines import VisualLines

BROKEN_PREFIX = "broken:"


class RowText(Content):
    """A list row's text, whose height is counted without building the wrapped lines.

    The option list measures every option's height when it is filled (twice: with and without
    the scroll bar). `Content.get_height` builds every wrapped line with its styles to count
    them, which for 1,000 rows costs more than the rest of filling the list. The count only
    needs where the lines break: the same `divide_line` that `Content` wraps with, on the
    plain text. What is drawn does not change; anything unusual is measured by `Content`.
    """

    __slots__ = ()

    def get_height(self, rules: RulesMap, width: int) -> int:
        room = width - rules.get("line_pad", 0) * 2
        plain = self.plain
        if (
            room <= 0
            or rules.get("text_wrap", "wrap") == "nowrap"
            or "\t" in plain
            or plain.endswith("\n")
        ):
            return super().get_height(rules, width)
        fold = rules.get("text_overflow", "fold") == "fold"
        height = 0
        for line in plain.split("\n"):
            # A line that fits is one line; otherwise one more line per break.
            if cell_len(line) <= room:
                height += 1
            else:
                lines = _narrow_line_count(line, room) if _ONE_CELL_EACH.fullmatch(line) else None
                height += lines if lines is not None else len(divide_line(line, room, fold)) + 1
        return height


_WORD = re.compile(r"\s*\S+\s*")  # rich's notion of a word: leading and trailing spaces
# Printable Latin-1: one cell per character (so a length is a width), like most rows' text.
_ONE_CELL_EACH = re.compile(r"[\x20-\x7e\xa0-\xff]*")


def _narrow_line_count(text: str, width: int) -> int | None:
    """How many lines `divide_line` wraps `text` into when each character is one cell wide,
    or None when a word is wider than a line (rich folds it; left to rich).

    The same greedy rule as `rich._wrap.divide_line`, without measuring each word's cells."""
    count = 1
    offset = 0
    for match in _WORD.finditer(text):
        word = match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            return None
        elif offset and match.start():
            count += 1
            offset = len(word)
    return count


def row_prompt(row: CaseRow, today: dt.date) -> Content:
    """Two lines: the title, then person · country · days left · languages (· closed)."""
    facts = [
        one_line(row.person) or "—",
        one_line(row.country),
        deadline_text(row.deadline_date, today),
        one_line(" ".join(row.languages)),
    ]
    if not row.writable:
        facts.append(_("closed"))
    title = one_line(row.title)
    # Built directly (the same text and span `Content.assemble` makes), once per row. Every
    # part is our own words or `one_line`'s, which leaves no control character: Textual's own
    # removal of them (a third of making a row, 10,000 times at a first start) is not needed.
    return RowText(
        f"{title}\n  {' · '.join(facts)}",
        [Span(0, len(title), "bold")],
        strip_control_codes=False,
    )


def broken_prompt(result: LoadResult) -> Content:
    count = sum(1 for p in result.problems if p.is_error)
    return RowText.assemble(
        (
            _("⚠ Could not load {file}").format(file=one_line(PurePath(result.path).name)),
            "bold",
        ),
        "\n",
        "  "
        + ngettext(
            "{n} error in this case file — highlight it to see it",
            "{n} errors in this case file — highlight it to see them",
            count,
        ).format(n=count),
    )


class CaseList(VisualLines, OptionList):
    """Cases, then broken files. Typing a letter while the list has focus goes to the filter."""

    class TypedToFilter(Message):
        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._prompts: dict[CaseRow, Content] = {}
        # The option `show` highlighted (None once the writer moved): the highlight message it
        # causes is not the writer's doing.
        self.filled_highlight: str | None = None

    def forget_prompts(self) -> None:
        """Build the rows' text again at the next `show` (the interface language changed)."""
        self._prompts.clear()

    def show(self, rows: list[CaseRow], broken: list[LoadResult], today: dt.date) -> None:
        """Replace the options with `rows` (already filtered and sorted) and `broken` files."""
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        prompts = self._prompts
        options = []
        for row in rows:
            # A row's text is built once per start and reused while filtering.
            prompt = prompts.get(row)
            if prompt is None:
                prompt = prompts[row] = row_prompt(row, today)
            options.append(Option(prompt, id=row.id))
        options += [
            Option(broken_prompt(r), id=f"{BROKEN_PREFIX}{i}") for i, r in enumerate(broken)
        ]
        self.set_options(options)
        self.filled_highlight = None
        if not options:
            return
        try:
            self.highlighted = self.get_option_index(highlighted) if highlighted else 0
        except OptionDoesNotExist:  # the highlighted case was filtered out
            self.highlighted = 0
        option = self.highlighted_option
        self.filled_highlight = option.id if option is not None else None

    def on_key(self, event: events.Key) -> None:
        char = event.character
        if char and char.isprintable() and char not in " ?" and len(char) == 1:
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedToFilter(char))
