"""Drafts: every saved letter (the same data as `appeal-tui drafts list`), to reopen or delete.

With many drafts the screen opens on the newest rows the store keeps at hand
(`DraftStore.newest`) and adds the others from a worker thread, a chunk at a time, so it opens
at once with 100,000 drafts (a full listing takes seconds) and stays responsive meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from appeal_tui.core.draft import STATUSES, status_word
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.storage.drafts import DraftSaveError, DraftStore, DraftSummary
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.confirm import ConfirmScreen
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.visual_lines import OwnWords
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.key_footer import Footer

COLUMNS = (N_("Case"), N_("Language"), N_("Recipients"), N_("Status"), N_("Updated"))


# Widths of the columns that keep their size: language, status, updated (a date and time). The
# status column is as wide as the longest status word of the interface language (`_fixed_widths`).
_FIXED_WIDTHS = {1: 8, 3: 7, 4: 16}
# Of what is left, the case title gets this share and the recipients the rest.
_CASE_SHARE = 0.55
# Up to this many drafts are listed at once; more come from a worker, a chunk at a time.
_AT_ONCE = 2000
_CHUNK = 2000

RecipientNames = Callable[[DraftSummary], str]


def recipient_keys(summary: DraftSummary) -> str:
    """The recipients as the draft names them (their keys), when no case library is at hand."""
    return ", ".join(summary.recipients)


def summary_row(summary: DraftSummary, names: RecipientNames = recipient_keys) -> tuple[Text, ...]:
    """The cells of one draft; Rich Text, so a case title is never read as markup. Long cells
    end in "…" when their column is narrower."""
    updated = summary.updated.replace("T", " ").removesuffix("Z")[:16]
    cells = (
        one_line(summary.case_title or summary.case_id),
        summary.language,
        one_line(names(summary)),
        status_word(summary.status),
        updated,
    )
    return tuple(Text(cell, no_wrap=True, overflow="ellipsis") for cell in cells)


def _fixed_widths() -> dict[int, int]:
    """`_FIXED_WIDTHS`, with the status column wide enough for every status word and its
    heading in the interface language ("borrador", "brouillon", "Entwurf")."""
    status = max(
        _FIXED_WIDTHS[3],
        cell_len(_(COLUMNS[3])),
        *(cell_len(status_word(s)) for s in STATUSES),
    )
    return {**_FIXED_WIDTHS, 3: status}


class DraftsScreen(JourneyScreen[str]):
    """Dismisses with the id of the draft to reopen; Esc goes back."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "reopen",
            "enter",
            N_("Open"),
            N_("Open the highlighted draft to keep writing"),
            key_display="Enter",
            priority=True,
        ),
        ScreenAction(
            "delete",
            "d",
            N_("Delete"),
            N_("Move the draft to the trash (asks first)"),
            key_display="d",
        ),
        ScreenAction(
            "export", "x", N_("Export"), N_("Save print-ready files of the draft"), key_display="x"
        ),
        ScreenAction(
            "history", "h", N_("History"), N_("Earlier versions of the draft, to restore one")
        ),
    )
    HELP_TITLE = N_("Your drafts")
    HELP_TEXT = N_(
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
        recipient_names: RecipientNames = recipient_keys,
    ) -> None:
        super().__init__()
        self.store = store
        # At an event: the drafts of the writer at the keyboard; None lists every draft.
        self.only_ids = only_ids
        self.export = export
        # The recipients' names for a row (from the case library), their keys without one.
        self.recipient_names = recipient_names
        self.summaries: list[DraftSummary] = []
        # Drafts still to be added to the table (a large list arrives in chunks).
        self._pending: list[DraftSummary] = []
        self.loading = False

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield OwnWords(id="drafts-status", markup=False)
        yield DataTable(id="drafts-table", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = _("Appeal letters")
        self.sub_title = _("Drafts")
        table = self.query_one(DataTable)
        for label in COLUMNS:
            shown = _(label)
            table.add_column(Text(shown), width=len(shown))
        self._fit_columns()
        self.reload()
        table.focus()

    def show_words(self) -> None:
        self.title = _("Appeal letters")
        self.sub_title = _("Drafts")
        table = self.query_one(DataTable)
        for label, column in zip(COLUMNS, table.ordered_columns, strict=True):
            column.label = Text(_(label))
        self._fit_columns()
        # (Clears the table's cached rows and header: the public way to redraw them.)
        table.notify_style_update()
        if self.loading:
            # Still listing: the rows' status words follow as the rest arrives.
            self._update_status()
            return
        # The rows again, for their status words; the highlighted draft stays highlighted.
        row = table.cursor_row
        self._show(self.summaries, complete=True)
        if self.summaries:
            table.move_cursor(row=min(row, len(self.summaries) - 1))

    def on_resize(self) -> None:
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column on screen at 80 columns: the case title and the recipients share what
        the fixed columns leave."""
        table = self.query_one(DataTable)
        # Two cells of padding per column, and room for the scrollbar.
        fixed = _fixed_widths()
        room = self.size.width - 2 * len(COLUMNS) - 2 - sum(fixed.values())
        case = max(10, int(room * _CASE_SHARE))
        widths = {0: case, 2: max(10, room - case), **fixed}
        for index, column in enumerate(table.ordered_columns):
            column.auto_width = False
            column.width = widths[index]
        table.refresh()

    def reload(self) -> None:
        """List the drafts again: at once when there are few, or when the store has the
        newest at hand; the rest from a worker."""
        self._pending = []
        newest = getattr(self.store, "newest", None)
        quick = newest(_AT_ONCE) if newest is not None and self.only_ids is None else None
        if quick is not None and quick[1] <= len(quick[0]):
            self._show(quick[0], complete=True)
        elif quick is not None:
            self._show(quick[0], complete=False, total=quick[1])
            self._load_in_background()
        elif self.only_ids is not None or len(getattr(self.store, "ids", list)()) <= _AT_ONCE:
            self._show(self._listed(self.store.list()), complete=True)
        else:
            self._show([], complete=False)
            self._load_in_background()

    def _listed(self, summaries: list[DraftSummary]) -> list[DraftSummary]:
        if self.only_ids is not None:
            return [s for s in summaries if s.id in self.only_ids]
        return summaries

    def _show(self, summaries: list[DraftSummary], *, complete: bool, total: int = 0) -> None:
        self.summaries = list(summaries)
        self.loading = not complete
        table = self.query_one(DataTable)
        table.clear()
        self._add_rows(summaries)
        self._update_status(total)
        self.refresh_bindings()

    def _add_rows(self, summaries: list[DraftSummary]) -> None:
        table = self.query_one(DataTable)
        names = self.recipient_names
        for summary in summaries:
            table.add_row(*summary_row(summary, names), key=summary.id)

    def _update_status(self, total: int = 0) -> None:
        count = len(self.summaries)
        if not count and self.loading:
            text = _("Loading the drafts…")
        elif not count and self.only_ids is not None:
            text = _("At an event, no earlier writer's letter is listed here; all are saved.")
        elif not count:
            text = _(
                "No drafts yet. Choose a case and start writing: drafts are saved as you type."
            )
        elif self.loading:
            text = (
                ngettext(
                    "the {n} newest drafts of {total}; listing the others…",
                    "the {n} newest drafts of {total}; listing the others…",
                    count,
                ).format(n=f"{count:,}", total=f"{total:,}")
                if total
                else ngettext(
                    "the {n} newest drafts; listing the others…",
                    "the {n} newest drafts; listing the others…",
                    count,
                ).format(n=f"{count:,}")
            )
        else:
            text = ngettext("{n} draft", "{n} drafts", count).format(n=f"{count:,}")
        problems = getattr(self.store, "problems", [])
        if problems:
            text += " · " + ngettext(
                "{n} unreadable draft file moved to quarantine",
                "{n} unreadable draft files moved to quarantine",
                len(problems),
            ).format(n=len(problems))
        self.query_one("#drafts-status", Static).update(text)

    def _load_in_background(self) -> None:
        self.loading = True
        self.run_worker(self._list_all, thread=True, exclusive=True, group="drafts-list")

    def _list_all(self) -> None:
        """In a worker thread: every draft, handed to the screen."""
        summaries = self.store.list()
        self.app.call_from_thread(self._listed_all, summaries)

    def _listed_all(self, summaries: list[DraftSummary]) -> None:
        if not self.is_mounted:
            return
        shown = {s.id for s in self.summaries}
        self._pending = [s for s in self._listed(summaries) if s.id not in shown]
        self._add_chunk()

    def _add_chunk(self) -> None:
        """Add the next chunk of drafts to the table; the next one after the screen repaints,
        so keys are handled between chunks."""
        if not self.is_mounted:
            return
        chunk, self._pending = self._pending[:_CHUNK], self._pending[_CHUNK:]
        self.summaries.extend(chunk)
        self._add_rows(chunk)
        if self._pending:
            self.call_after_refresh(self._add_chunk)
            self._update_status()
            return
        self.loading = False
        self._update_status()
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
                self.notify(_("Draft moved to the trash."), markup=False)
                self.reload()

        title = one_line(current.case_title or current.case_id)
        self.app.push_screen(
            ConfirmScreen(
                _("Delete the draft for “{case}”?").format(case=title),
                yes=_("Delete"),
                no=_("Keep"),
            ),
            answered,
        )

    def action_export(self) -> None:
        current = self._current()
        if current is None or self.export is None:
            return
        try:
            written = self.export(current.id)
        except (OSError, LookupError) as error:
            self.notify(
                _("Could not export: {error}").format(error=error), severity="error", markup=False
            )
            return
        self.notify(
            _("Saved: {files}").format(files=", ".join(str(p) for p in written)),
            markup=False,
            timeout=10,
        )

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
                self.notify(
                    _("Could not restore: {error}").format(error=error),
                    severity="error",
                    markup=False,
                )
                return
            self.notify(
                _(
                    "Restored version {number}; the draft as it was is kept as an earlier version."
                ).format(number=number),
                markup=False,
            )
            self.reload()

        title = one_line(current.case_title or current.case_id)
        self.app.push_screen(DraftHistoryScreen(title, self.store.versions(current.id)), chosen)
