"""The list of cases and of case files that could not be loaded: one OptionList."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath

from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from appeal_tui.core.loading import LoadResult
from appeal_tui.core.model import Case
from appeal_tui.ui.case_facts import deadline_passed, deadline_text
from appeal_tui.ui.display_text import one_line

BROKEN_PREFIX = "broken:"


def case_prompt(case: Case, today: dt.date) -> Content:
    """Two lines: the title, then person · country · days left · languages (· closed)."""
    facts = [
        one_line(case.person_label) or "—",
        one_line(case.country),
        deadline_text(case.deadline, today),
        " ".join(case.languages),
    ]
    if not case.is_writable:
        facts.append("closed")
    return Content.assemble((one_line(case.title), "bold"), "\n", "  " + " · ".join(facts))


def broken_prompt(result: LoadResult) -> Content:
    count = sum(1 for p in result.problems if p.is_error)
    noun = "error" if count == 1 else "errors"
    return Content.assemble(
        (f"⚠ Could not load {one_line(PurePath(result.path).name)}", "bold"),
        "\n",
        f"  {count} {noun} in this case file — highlight it to see them",
    )


def case_order(case: Case, today: dt.date) -> tuple[bool, bool, dt.date, str]:
    """Open cases first, soonest deadline first; passed deadlines, then closed cases, last."""
    return (
        not case.is_writable,
        deadline_passed(case, today),
        case.deadline or dt.date.max,
        case.title.casefold(),
    )


class CaseList(OptionList):
    """Cases, then broken files. Typing a letter while the list has focus goes to the filter."""

    class TypedToFilter(Message):
        def __init__(self, character: str) -> None:
            super().__init__()
            self.character = character

    def show(
        self,
        cases: list[Case],
        broken: list[LoadResult],
        today: dt.date,
        prompts: dict[str, Content] | None = None,
    ) -> None:
        """Replace the rows with `cases` (already filtered and sorted) and `broken` files.

        `prompts` holds rows already built (by the loading worker), by case id.
        """
        highlighted = self.highlighted_option.id if self.highlighted_option is not None else None
        known = prompts or {}
        options = [Option(known.get(c.id) or case_prompt(c, today), id=c.id) for c in cases]
        options += [
            Option(broken_prompt(r), id=f"{BROKEN_PREFIX}{i}") for i, r in enumerate(broken)
        ]
        self.set_options(options)
        if not options:
            return
        try:
            self.highlighted = self.get_option_index(highlighted) if highlighted else 0
        except OptionDoesNotExist:  # the highlighted case was filtered out
            self.highlighted = 0

    def on_key(self, event: events.Key) -> None:
        char = event.character
        if char and char.isprintable() and char not in " ?" and len(char) == 1:
            event.stop()
            event.prevent_default()
            self.post_message(self.TypedToFilter(char))
