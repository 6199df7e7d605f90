"""A letter as it will look, in a scrollable pane (used beside the editor and on the preview)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from appeal_tui.core.model import Letter
from appeal_tui.ui import letters


class LetterPreview(VerticalScroll):
    """Shows one `Letter`; `visual_rtl` reorders right-to-left lines for terminals that do not."""

    can_focus = True

    def __init__(
        self, letter: Letter | None = None, *, visual_rtl: bool = False, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.letter = letter
        self.visual_rtl = visual_rtl

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
        page.update(letters.render(self.letter, visual_rtl=self.visual_rtl))
        page.set_class(self.letter.direction == "rtl", "-rtl")
        notes.display = bool(self.letter.notes)
        notes.update(letters.notes(self.letter))
