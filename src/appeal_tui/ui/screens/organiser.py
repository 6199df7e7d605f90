"""The organiser's screen: write a batch of letters for an event, and count the letters written.

The same work as `appeal-tui batch` and `appeal-tui tally`, with the same checks: a batch is
built by `export.batch.build_spec` and written by `run_batch` in a worker thread, with a progress
bar; the tally reads the drafts of this data folder (after `drafts import`, every laptop's).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import (
    Button,
    DataTable,
    Input,
    ProgressBar,
    Select,
    SelectionList,
    Static,
)
from textual.widgets.selection_list import Selection

from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.library import CaseLibrary
from appeal_tui.core.tally import Tally
from appeal_tui.export.batch import BatchError, BatchResult, BatchSpec, Composer, build_spec
from appeal_tui.export.tally import row_label, section_column
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.ui_language import relabel
from appeal_tui.ui.visual_lines import OwnButton, OwnInput, OwnWords
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.check_list import CheckList
from appeal_tui.ui.widgets.key_footer import Footer

BAR_WIDTH = 24
_FIELD_TITLES = {
    "org-cases": N_("Cases (space to choose)"),
    "org-langs": N_("Languages"),
    "org-to": N_("Recipients"),
    "org-mode": N_("Mode"),
    "org-signers": N_("Signers file (CSV)"),
    "org-formats": N_("Formats"),
    "org-out": N_("Folder for the letters"),
    "org-event": N_("Event"),
}


_TALLY_COLUMNS = (N_("By"), N_("What"), N_("Letters"), "")


class BatchCases(CheckList):
    """The cases of the batch. Space (or a click) adds or removes one, as the list's title
    says; Enter goes on to the next field (the languages), as Enter on the recipients list goes
    on. (As a plain `SelectionList`, Enter toggled the highlighted case, and an Enter to go on
    took it off again.)"""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "app.focus_next", show=False),
    ]


class OrganiserScreen(JourneyScreen[None]):
    """Batch of letters and tally. Esc goes back."""

    CSS_PATH = "organiser.tcss"
    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction("write_batch", "ctrl+b", N_("Write batch"),
                     N_("Write the letters of the batch"), key_display="^B"),
        ScreenAction("count", "ctrl+t", N_("Count"), N_("Count the letters of the event"),
                     key_display="^T"),
    )  # fmt: skip
    HELP_TITLE = N_("Organising an event")
    HELP_TEXT = N_(
        "Batch: choose cases (Space adds or removes one, Enter goes on to the languages), then "
        "give languages (en,es), recipients (all, primary or keys), "
        "a signers file if people signed up in advance (a CSV with a name column), the formats "
        "and a new folder. Ctrl+B writes one file per letter, a manifest and, with html, "
        "print.html to print them all. Running the same batch again finishes an interrupted "
        "one.\n\n"
        "Count: Ctrl+T counts the letters in this data folder (import the laptops' bundles "
        "first with `appeal-tui drafts import`). A post letter counts once per recipient, an "
        "email once. Writers are counted without their names."
    )

    def __init__(
        self,
        library: CaseLibrary,
        paths: Paths,
        *,
        event: str | None = None,
        today: dt.date | None = None,
        out_dir: Path | None = None,
        compose: Composer | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.paths = paths
        self.event = event
        self.today = today or dt.date.today()
        self.out_dir = out_dir or paths.exports / f"batch-{self.today.isoformat()}"
        self.compose_letters = compose
        self.running = False
        self.last_result: BatchResult | None = None
        self.last_tally: Tally | None = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        with VerticalScroll(id="org-body"):
            yield OwnWords(classes="org-heading", id="org-batch-heading", markup=False)
            cases = sorted(
                (c for c in self.library.cases.values() if c.is_writable), key=lambda c: c.id
            )
            yield BatchCases(
                *(Selection(Text(one_line(c.title)), c.id) for c in cases), id="org-cases"
            )
            with Horizontal(classes="org-row"):
                yield OwnInput(
                    "en", placeholder="en,es", id="org-langs", tooltip=Content(_("Languages"))
                )
                # TRANSLATORS: "all" and "primary" are typed as they are; translate "keys"
                # (a recipient's key, as the case file names it).
                yield OwnInput("all", placeholder=_("all | primary | keys"), id="org-to")
                yield Select(
                    [(Content(_("post: one per recipient")), "post"),
                     (Content(_("email: copies in Cc")), "email")],
                    value="post", allow_blank=False, id="org-mode",
                )  # fmt: skip
            with Horizontal(classes="org-row"):
                yield OwnInput(placeholder=_("signers.csv (optional)"), id="org-signers")
                yield OwnInput("txt,html", placeholder="txt,md,html,eml", id="org-formats")
            yield OwnInput(str(self.out_dir), placeholder=_("folder for the letters"), id="org-out")
            with Horizontal(classes="org-row"):
                yield OwnButton(id="org-write", variant="primary")
                yield ProgressBar(id="org-progress", show_eta=False)
            yield OwnWords("", id="org-batch-status", markup=False)

            yield OwnWords(classes="org-heading", id="org-count-heading", markup=False)
            with Horizontal(classes="org-row"):
                yield OwnInput(
                    self.event or "", placeholder=_("event name (empty: all)"), id="org-event"
                )
                yield OwnButton(id="org-count")
            yield OwnWords("", id="org-tally-summary", markup=False)
            yield DataTable(id="org-tally", cursor_type="row", zebra_stripes=True)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#org-tally", DataTable).add_columns(*(Text(_(c)) for c in _TALLY_COLUMNS))
        self.show_words()
        # Shown once a batch starts: an idle bar would pulse as if something were running.
        self.query_one("#org-progress", ProgressBar).display = False
        self.query_one(SelectionList).focus()

    def show_words(self) -> None:
        # What the organiser typed and chose stays; the words around it change.
        self.title = _("Appeal letters")
        self.sub_title = _("Organiser")
        self.query_one("#org-batch-heading", Static).update(_("Batch of letters"))
        self.query_one("#org-count-heading", Static).update(_("Count of letters"))
        relabel(self.query_one("#org-write", Button), _("Write letters"))
        relabel(self.query_one("#org-count", Button), _("Count"))
        for widget_id, title in _FIELD_TITLES.items():
            self.query_one(f"#{widget_id}").border_title = Content(_(title))
        table = self.query_one("#org-tally", DataTable)
        for label, column in zip(_TALLY_COLUMNS, table.ordered_columns, strict=True):
            column.label = Text(_(label) if label else "")
        # (Clears the table's cached rows and header: the public way to redraw them.)
        table.notify_style_update()

    # --- batch ---------------------------------------------------------------------------------

    def _value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()

    def batch_spec(self) -> BatchSpec:
        """The batch the form describes; BatchError says what is missing or wrong."""
        chosen = self.query_one("#org-cases", SelectionList).selected
        cases = [self.library.cases[c] for c in chosen if c in self.library.cases]
        signers = self._value("org-signers")
        out = self._value("org-out")
        if not out:
            raise BatchError(_("give a folder for the letters"))
        spec, _warnings = build_spec(
            cases,
            languages=[self._value("org-langs")],
            to=self._value("org-to").replace(" ", ",").split(","),
            mode=str(self.query_one("#org-mode", Select).value),
            formats=[self._value("org-formats")],
            out=Path(out).expanduser(),
            signers_file=Path(signers).expanduser() if signers else None,
        )
        return spec

    def _status(self, text: str) -> None:
        self.query_one("#org-batch-status", Static).update(text)

    @on(Button.Pressed, "#org-write")
    def action_write_batch(self) -> None:
        if self.running:
            return
        try:
            spec = self.batch_spec()
        except BatchError as e:
            self._status(str(e))
            return
        self.running = True
        self.query_one("#org-write", Button).disabled = True
        bar = self.query_one("#org-progress", ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self._status(_("Writing letters into {folder} …").format(folder=spec.out))
        self._run_batch(spec)

    @work(thread=True, exclusive=True, group="batch")
    def _run_batch(self, spec: BatchSpec) -> None:
        from appeal_tui.export.batch import run_batch

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._progress, done, total)

        try:
            result = run_batch(spec, compose=self.compose_letters, today=self.today,
                               progress=progress)  # fmt: skip
        except (BatchError, OSError) as e:
            self.app.call_from_thread(self._batch_failed, str(e))
            return
        self.app.call_from_thread(self._batch_done, result)

    def _progress(self, done: int, total: int) -> None:
        self.query_one("#org-progress", ProgressBar).update(total=total, progress=done)

    def _batch_failed(self, message: str) -> None:
        self.running = False
        self.query_one("#org-write", Button).disabled = False
        self._status(
            _("The batch stopped: {error}. Run it again to finish it.").format(error=message)
        )

    def _batch_done(self, result: BatchResult) -> None:
        self.running = False
        self.last_result = result
        self.query_one("#org-write", Button).disabled = False
        self.query_one("#org-progress", ProgressBar).update(
            total=result.letters, progress=result.letters
        )
        letters = ngettext("{n} letter", "{n} letters", result.letters).format(n=result.letters)
        files = ngettext("{n} file", "{n} files", result.written).format(n=result.written)
        lines = [
            _("{letters}: wrote {files} in {folder}").format(
                letters=letters, files=files, folder=result.out
            )
        ]
        if result.existing:
            lines.append(
                ngettext(
                    "kept {n} file already there",
                    "kept {n} files already there",
                    result.existing,
                ).format(n=result.existing)
            )
        # What the batch left out (a language a case does not offer ...): never silent.
        if result.skipped:
            lines.append(
                ngettext(
                    "{n} skipped, e.g. {example}",
                    "{n} skipped, e.g. {example}",
                    len(result.skipped),
                ).format(n=len(result.skipped), example=result.skipped[0])
            )
        lines.append(
            _("manifest.csv lists them; print.html prints them all")
            if (result.out / "print.html").exists()
            else _("manifest.csv lists them")
        )
        self._status("\n".join(lines))

    # --- tally ---------------------------------------------------------------------------------

    @on(Button.Pressed, "#org-count")
    def action_count(self) -> None:
        self.query_one("#org-tally-summary", Static).update(_("Counting …"))
        self._count(self._value("org-event") or None)

    @work(thread=True, exclusive=True, group="tally")
    def _count(self, event: str | None) -> None:
        from appeal_tui.core.draft import DraftFormatError
        from appeal_tui.core.tally import tally_drafts
        from appeal_tui.storage.drafts import DraftNotFoundError, DraftStore

        store = DraftStore(self.paths)
        drafts = []
        for summary in store.list():
            try:
                drafts.append(store.load(summary.id))
            except (DraftNotFoundError, DraftFormatError, OSError):
                continue
        tally = tally_drafts(drafts, self.library.cases, event=event)
        self.app.call_from_thread(self._show_tally, tally)

    def _show_tally(self, tally: Tally) -> None:
        self.last_tally = tally
        counts = {
            "letters": ngettext("{n} letter", "{n} letters", tally.letters).format(n=tally.letters),
            "drafts": ngettext("{n} draft", "{n} drafts", tally.drafts).format(n=tally.drafts),
            "writers": ngettext(
                "{n} distinct writer", "{n} distinct writers", tally.writers
            ).format(n=tally.writers),
        }
        summary = (
            _("{letters} for {event} from {drafts} by {writers}").format(
                event=tally.event, **counts
            )
            if tally.event
            else _("{letters} from {drafts} by {writers}").format(**counts)
        )
        self.query_one("#org-tally-summary", Static).update(summary)
        table = self.query_one("#org-tally", DataTable)
        table.clear()
        for section, rows in tally.sections():
            top = max((r.letters for r in rows), default=0) or 1
            for row in rows:
                bar = "█" * max(1, round(BAR_WIDTH * row.letters / top))
                case = self.library.cases.get(row.key) if section == "case" else None
                label = case.title if case is not None else row_label(section, row)
                table.add_row(
                    Text(section_column(section)), Text(one_line(label)), Text(str(row.letters)),
                    Text(bar),
                )  # fmt: skip
