"""Drafts: every saved letter (the same data as `appeal-tui drafts list`), to reopen or delete."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Footer, Static

from appeal_tui.core.plurals import counted
from appeal_tui.storage.drafts import DraftSaveError, DraftStore, DraftSummary
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.confirm import ConfirmScreen
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.widgets.app_header import AppHeader

COLUMNS = ("Case", "Language", "Recipients", "Status", "Updated")


def summary_row(summary: DraftSummary) -> tuple[Text, ...]:
    """The cells of one draft; Rich Text, so a case title is never read as markup."""
    updated = summary.updated.replace("T", " ").removesuffix("Z")[:16]
    return (
        Text(one_line(summary.case_title or summary.case_id)),
        Text(summary.language),
        Text(", ".join(summary.recipients)),
        Text(summary.status),
        Text(updated),
    )


class DraftsScreen(JourneyScreen[str]):
    """Dismisses with the id of the draft to reopen; Esc goes back."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "reopen",
            "enter",
            "Open",
            "Open the highlighted draft to keep writing",
            key_display="Enter",
            priority=True,
        ),
        ScreenAction(
            "delete", "d", "Delete", "Move the draft to the trash (asks first)", key_display="d"
        ),
        ScreenAction(
            "export", "x", "Export", "Save print-ready files of the draft", key_display="x"
        ),
        ScreenAction("history", "h", "History", "Earlier versions of the draft, to restore one"),
    )
    HELP_TITLE = "Your drafts"
    HELP_TEXT = (
        "Every letter you started is here, saved as you typed. Enter opens one to keep writing; "
        "d deletes one (it goes to the trash for 30 days); x writes print-ready files; h lists "
        "earlier versions (one an imported bundle replaced, say) and restores one.\n\n"
        "At an event, only your own letter is shown here, and only until you finish it: the "
        "next writer sees nothing of yours."
    )

    def __init__(
        self,
        store: DraftStore,
        *,
        only_ids: Collection[str] | None = None,
        export: Callable[[str], list[Path]] | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        # At an event: the drafts of the writer at the keyboard; None lists every draft.
        self.only_ids = only_ids
        self.export = export
        self.summaries: list[DraftSummary] = []

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield Static(id="drafts-status", markup=False)
        yield DataTable(id="drafts-table", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Appeal letters"
        self.sub_title = "Drafts"
        table = self.query_one(DataTable)
        table.add_columns(*COLUMNS)
        self.reload()
        table.focus()

    def reload(self) -> None:
        summaries = self.store.list()
        if self.only_ids is not None:
            summaries = [s for s in summaries if s.id in self.only_ids]
        self.summaries = summaries
        table = self.query_one(DataTable)
        table.clear()
        for summary in summaries:
            table.add_row(*summary_row(summary), key=summary.id)
        if not summaries and self.only_ids is not None:
            text = "At an event, no earlier writer's letter is listed here; all are saved."
        elif not summaries:
            text = "No drafts yet. Choose a case and start writing: drafts are saved as you type."
        else:
            text = counted(len(summaries), "{n} draft", "{n} drafts")
        problems = getattr(self.store, "problems", [])
        if problems:
            text += " · " + counted(
                len(problems),
                "{n} unreadable draft file moved to quarantine",
                "{n} unreadable draft files moved to quarantine",
            )
        self.query_one("#drafts-status", Static).update(text)
        self.refresh_bindings()

    def _current(self) -> DraftSummary | None:
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row < 0 or table.cursor_row >= len(self.summaries):
            return None
        return self.summaries[table.cursor_row]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("reopen", "delete", "export", "history"):
            if not self.is_mounted or not self.summaries:
                return None
            if action == "export" and self.export is None:
                return False
        return super().check_action(action, parameters)

    @on(DataTable.RowSelected, "#drafts-table")
    def _row_selected(self) -> None:
        self.action_reopen()

    def action_reopen(self) -> None:
        current = self._current()
        if current is not None:
            self.dismiss(current.id)

    def action_delete(self) -> None:
        current = self._current()
        if current is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.store.delete(current.id)
                self.notify("Draft moved to the trash.", markup=False)
                self.reload()

        title = one_line(current.case_title or current.case_id)
        self.app.push_screen(
            ConfirmScreen(f"Delete the draft for “{title}”?", yes="Delete", no="Keep"), answered
        )

    def action_export(self) -> None:
        current = self._current()
        if current is None or self.export is None:
            return
        try:
            written = self.export(current.id)
        except (OSError, LookupError) as error:
            self.notify(f"Could not export: {error}", severity="error", markup=False)
            return
        self.notify("Saved: " + ", ".join(str(p) for p in written), markup=False, timeout=10)

    def action_history(self) -> None:
        current = self._current()
        if current is None:
            return
        from appeal_tui.ui.screens.draft_history import DraftHistoryScreen

        def chosen(number: int | None) -> None:
            if number is None:
                return
            try:
                self.store.restore(current.id, number)
            except (OSError, LookupError, ValueError, DraftSaveError) as error:
                self.notify(f"Could not restore: {error}", severity="error", markup=False)
                return
            self.notify(
                f"Restored version {number}; the draft as it was is kept as an earlier version.",
                markup=False,
            )
            self.reload()

        title = one_line(current.case_title or current.case_id)
        self.app.push_screen(DraftHistoryScreen(title, self.store.versions(current.id)), chosen)
