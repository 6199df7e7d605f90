"""The order of the steps: which screen follows which, and what Escape goes back to.

Each screen returns its result with `dismiss`; the journey records it in the app's one
`Selection` and shows the next screen. Escape (a None result) shows the step before, filled in
from the selection, so nothing chosen or typed is lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from appeal_tui.core.model import Case
from appeal_tui.ui.selection import Selection, WriteStart

if TYPE_CHECKING:
    from appeal_tui.ui.app import AppealApp


class Journey:
    """Moves the volunteer from case to saved letter; owns the app's `Selection`."""

    def __init__(self, app: AppealApp) -> None:
        self.app = app
        self.selection = Selection()

    def open_case(self, case: Case) -> None:
        """Start (or resume) a letter for `case`: the language comes first."""
        self.selection.start_case(case)
        self.app.notify(f"Chosen: {case.title}", markup=False)

    def start_writing(self, start: WriteStart) -> None:
        """Straight to the writing screen with choices already made (`appeal-tui write`)."""
        self.selection.start_case(start.case)
        self.selection.language = start.language
        self.selection.recipient_keys = start.recipient_keys
        self.selection.mode = start.mode

    def open_drafts(self) -> None:
        self.app.notify("Drafts are not available yet.", markup=False)
