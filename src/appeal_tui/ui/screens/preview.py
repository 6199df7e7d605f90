"""Preview: every letter as it will look, one tab per letter; save, mark ready, export."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Footer, Header, Static, TabbedContent, TabPane

from appeal_tui.core.draft import Draft, with_status
from appeal_tui.core.model import Case, Letter
from appeal_tui.storage.drafts import DraftSaveError, DraftStore
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.widgets.letter_preview import LetterPreview

PreviewResult = Literal["another", "drafts"]


def tab_title(letter: Letter, case: Case | None, index: int) -> Content:
    """The name of the letter's (first) addressee, else "Letter N"."""
    recipient = case.recipient(letter.to_keys[0]) if case and letter.to_keys else None
    name = one_line(recipient.name) if recipient else f"Letter {index + 1}"
    return Content(name[:30])


class PreviewScreen(JourneyScreen[PreviewResult]):
    """Dismisses with "another" (write another letter) or "drafts"; Esc goes back to editing."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "ready", "m", "Mark ready", "Mark the letter ready to print or send", key_display="m"
        ),
        ScreenAction(
            "export", "x", "Export", "Save print-ready files (and an email draft)", key_display="x"
        ),
        ScreenAction(
            "another",
            "n",
            "Write another",
            "Back to the cases for another letter",
            key_display="n",
        ),
        ScreenAction(
            "toggle_rtl",
            "r",
            "RTL display",
            "Reorder right-to-left lines for this terminal",
            key_display="r",
        ),
        # Saved already as they typed; the key stays for peace of mind, off the crowded footer.
        ScreenAction(
            "save", "s", "Save", "Save the draft (it is saved already)", key_display="s", show=False
        ),
        ScreenAction("drafts", "f2", "Drafts", "All your saved letters", key_display="F2"),
    )
    HELP_TITLE = "Your letters"
    HELP_TEXT = (
        "This is every letter as it will be printed or sent; each has its own tab. Your draft is "
        "saved already.\n\n"
        "m marks it ready; x writes print-ready files (and an email draft when you chose email) "
        "to your exports folder; n starts another letter; Esc goes back to change the text.\n\n"
        "If Persian or Arabic text looks reversed, press r: some terminals do not show "
        "right-to-left text correctly. The files you export are always correct."
    )

    def __init__(
        self,
        *,
        letters: tuple[Letter, ...],
        draft: Draft,
        case: Case | None,
        store: DraftStore,
        export: Callable[[tuple[Letter, ...], Draft], list[Path]] | None = None,
        visual_rtl: bool = False,
        on_draft: Callable[[Draft], None] | None = None,
    ) -> None:
        super().__init__()
        self.letters = letters
        self.draft = draft
        self.case = case
        self.store = store
        self.export = export
        self.visual_rtl = visual_rtl
        self.on_draft = on_draft

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False, icon="✉")
        yield Static(id="preview-status", markup=False)
        if not self.letters:
            yield Static("No letter could be composed.", markup=False)
        with TabbedContent(id="letter-tabs"):
            for index, letter in enumerate(self.letters):
                with TabPane(tab_title(letter, self.case, index), id=f"letter-{index}"):
                    yield LetterPreview(letter, visual_rtl=self.visual_rtl)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = one_line(self.draft.case_title or self.draft.case_id)
        self.sub_title = "Your letters"
        self._show_status()
        previews = self.query(LetterPreview)
        if previews:
            previews.first().focus()

    def _show_status(self) -> None:
        count = len(self.letters)
        noun = "letter" if count == 1 else "letters"
        status = {"draft": "saved as a draft", "ready": "marked ready"}.get(
            self.draft.status, self.draft.status
        )
        self.query_one("#preview-status", Static).update(
            f"{count} {noun} · {status} · find it again under Drafts (F2)"
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_rtl":
            return any(letter.direction == "rtl" for letter in self.letters)
        if action == "export":
            return self.export is not None and bool(self.letters)
        return super().check_action(action, parameters)

    def _save(self, draft: Draft) -> bool:
        try:
            result = self.store.save(draft)
        except DraftSaveError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        self.draft = result.draft
        if result.conflict:
            self.notify(result.message, severity="warning", markup=False)
        if self.on_draft is not None:
            self.on_draft(self.draft)
        self._show_status()
        return True

    def action_save(self) -> None:
        if self._save(self.draft):
            self.notify(
                f"Saved. Find it again under Drafts (F2): {self.draft.id[:6]}.", markup=False
            )

    def action_ready(self) -> None:
        if self._save(with_status(self.draft, "ready")):
            self.notify("Marked ready to print or send.", markup=False)

    def action_export(self) -> None:
        if self.export is None:
            return
        try:
            written = self.export(self.letters, self.draft)
        except OSError as error:
            self.notify(f"Could not export: {error}", severity="error", markup=False)
            return
        self.notify("Saved: " + ", ".join(str(p) for p in written), markup=False, timeout=10)

    def action_toggle_rtl(self) -> None:
        self.visual_rtl = not self.visual_rtl
        for preview in self.query(LetterPreview):
            preview.show(preview.letter, visual_rtl=self.visual_rtl)
        state = "on" if self.visual_rtl else "off"
        self.notify(f"Right-to-left reordering {state}.", markup=False)

    def action_another(self) -> None:
        self.dismiss("another")

    def action_drafts(self) -> None:
        self.dismiss("drafts")

    def go_back(self) -> None:
        # The draft on disk may have a newer revision (saved or marked ready here).
        if self.on_draft is not None:
            self.on_draft(replace(self.draft))
        self.dismiss(None)
