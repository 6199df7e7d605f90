"""The first screen: every case (and every case file that could not be loaded), to pick one."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Input, OptionList, Static

from appeal_tui.core.library import CaseLibrary, load_library
from appeal_tui.core.loading import LoadResult
from appeal_tui.core.model import Case
from appeal_tui.core.plurals import counted
from appeal_tui.storage.case_cache import PersistentLoadCache, read_rows, write_rows
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.case_facts import deadline_passed
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.case_detail import CaseDetail
from appeal_tui.ui.widgets.case_list import BROKEN_PREFIX, CaseList, CaseRow


class CaseFilter(Input):
    """The filter field; `?` is left to the screen, where it opens help."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        # Textual drops every binding of a key the focused field would type, priority or not.
        return character != "?" and super().check_consume_key(key, character)


class CasesScreen(JourneyScreen[None]):
    """Lists the cases; choosing an open one calls `on_choose(case)`."""

    CAN_GO_BACK = False
    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        # Priority, so the footer shows it while the filter (which has its own Enter) has focus.
        ScreenAction(
            "choose",
            "enter",
            "Write a letter",
            "Write a letter for the highlighted case",
            key_display="Enter",
            priority=True,
        ),
        ScreenAction(
            "drafts",
            "f2",
            "Drafts",
            "Your saved letters: reopen, export or delete",
            key_display="F2",
        ),
        ScreenAction(
            "import_case",
            "f5",
            "Import",
            "Make a case file from a published urgent action",
            key_display="F5",
        ),
        ScreenAction(
            "organise",
            "f6",
            "Organise",
            "For organisers: write a batch of letters, count an event's letters",
            key_display="F6",
        ),
        # Priority: the filter (focused at the start) would take `?` as a letter to filter by
        # (and it leaves `?` to the screen: CaseFilter).
        ScreenAction(
            "help",
            "question_mark",
            "Help",
            "Show help for this screen",
            show=False,
            priority=True,
            in_palette=False,
        ),
        ScreenAction(
            "filter",
            "ctrl+f",
            "Filter",
            "Type to filter by title, person, country or tag",
            show=False,
        ),
    )
    HELP_TITLE = "Choose a case"
    HELP_TEXT = (
        "Each case is a person (or group) at risk, and the authorities a letter can reach.\n\n"
        "Type to filter the list by title, person, country or tag. Move with the arrow keys or "
        "the mouse; the pane {where} tells you about the highlighted case. Press Enter (or "
        "double-click) to write a letter for it.\n\n"
        "Closed cases are shown for reference but take no new letters. A passed deadline is shown; "
        "you may still write. Case files with errors are listed at the end with what is wrong."
    )

    def help_text(self) -> str:
        # Narrow terminals put the case's pane below the list (app.tcss, Screen.-narrow).
        return self.HELP_TEXT.format(where="below" if self.has_class("-narrow") else "on the right")

    def __init__(
        self,
        *,
        case_sources: tuple[Path, ...],
        today: dt.date,
        on_choose: Callable[[Case], None],
        on_drafts: Callable[[], None],
        on_loaded: Callable[[CaseLibrary], None] | None = None,
        on_import: Callable[[], None] | None = None,
        on_organise: Callable[[], None] | None = None,
        library: CaseLibrary | None = None,
        cache_paths: Paths | None = None,
    ) -> None:
        super().__init__()
        self.case_sources = case_sources
        self.today = today
        self.on_choose = on_choose
        self.on_drafts = on_drafts
        self.on_loaded = on_loaded
        self.on_import = on_import
        self.on_organise = on_organise
        self.library = library
        self.cache_paths = cache_paths
        self._cache: PersistentLoadCache | None = None
        self._broken: list[LoadResult] = []
        # The list is filled from these rows: first the ones remembered from the last start
        # (read in milliseconds), then the ones of the cases as loaded by the worker.
        self._rows: list[CaseRow] = []
        # A case chosen before the cases were loaded (from remembered rows) is opened once they are.
        self._pending_choice: str | None = None
        self._painted = threading.Event()

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield CaseFilter(
            placeholder="Type to filter: title, person, country or tag",
            id="case-filter",
            compact=True,
        )
        with Horizontal(id="cases-body"):
            with Vertical(id="case-list-column"):
                yield CaseList(id="case-list")
                yield Static("Loading cases…", id="cases-status", markup=False)
            yield CaseDetail(id="case-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = "Appeal letters"
        self.sub_title = "Choose a case"
        self.query_one(CaseDetail).show_message("Loading cases…")
        if self.library is not None:
            self._show_library(self.library)
            return
        remembered = self._remembered_rows()
        if remembered:
            self._rows = remembered
            self._refresh_list()
            # Loading in a thread holds the interpreter lock half the time: it waits until the
            # list is on screen, so the first frame is not delayed by it.
            self.call_after_refresh(self._painted.set)
        else:
            self._painted.set()
        self._load()

    def _remembered_rows(self) -> list[CaseRow]:
        if self.cache_paths is None:
            return []
        plain = read_rows(self.cache_paths, self.case_sources)
        try:
            return [CaseRow.from_plain(values) for values in plain or ()]
        except (TypeError, ValueError):  # a damaged file: wait for the cases themselves
            return []

    @work(thread=True, exclusive=True, group="load-cases")
    def _load(self) -> None:
        # Parsing hundreds of files takes a while: the screen is already painted meanwhile, and
        # files unchanged since the last start come from the cache.
        self._painted.wait(timeout=1.0)
        if self._cache is None and self.cache_paths is not None:
            self._cache = PersistentLoadCache.open(self.cache_paths)
        library = load_library(self.case_sources, cache=self._cache)
        # The rows are built here too, off the UI thread.
        rows = [CaseRow.of(case) for case in library.cases.values()]
        self.app.call_from_thread(self._show_library, library, rows)
        if self._cache is not None and self.cache_paths is not None:
            self._cache.save()
            if rows != self._remembered_rows():
                write_rows(self.cache_paths, self.case_sources, [row.plain() for row in rows])

    def start_afresh(self) -> None:
        """The first screen as the next writer should find it: no filter, the top of the list."""
        field = self.query_one("#case-filter", Input)
        field.value = ""
        self._refresh_list()
        case_list = self.query_one(CaseList)
        if case_list.option_count:
            case_list.highlighted = 0
        field.focus()

    def reload(self) -> None:
        """Read the case files again (after a case was imported, say)."""
        self._load()

    def _show_library(self, library: CaseLibrary, rows: list[CaseRow] | None = None) -> None:
        self.library = library
        if rows is None:
            rows = [CaseRow.of(case) for case in library.cases.values()]
        broken = [r for r in library.files if r.has_errors]
        if rows != self._rows or broken != self._broken or not rows:
            self._rows = rows
            self._broken = broken
            self._refresh_list()
        else:
            # The remembered rows were right: keep the list as it is (no second fill and
            # repaint), only show the highlighted case, now that it is loaded.
            option = self.query_one(CaseList).highlighted_option
            self._show_detail(option.id if option is not None else None)
        self.refresh_bindings()
        if self.on_loaded is not None:
            self.on_loaded(library)
        pending, self._pending_choice = self._pending_choice, None
        if pending is not None:
            self._choose_id(pending)

    def _refresh_list(self) -> None:
        if self.library is None and not self._rows:
            return
        needle = self.query_one("#case-filter", Input).value.casefold().strip()
        rows = [row for row in self._rows if row.matches(needle)] if needle else self._rows[:]
        rows.sort(key=lambda row: row.order(self.today))
        broken = self._broken if not needle else []
        case_list = self.query_one(CaseList)
        case_list.show(rows, broken, self.today)
        self._update_status(len(rows), needle)
        if case_list.option_count == 0 and self.library is not None:
            self.query_one(CaseDetail).show_message(
                "No case matches the filter." if needle else "No cases found."
            )

    def _update_status(self, shown: int, needle: str) -> None:
        total = len(self._rows)
        text = (
            counted(total, f"{shown} of {{n}} case", f"{shown} of {{n}} cases")
            if needle
            else counted(total, "{n} case", "{n} cases")
        )
        if self._broken:
            text += " · " + counted(
                len(self._broken),
                "{n} case file with errors (listed at the end)",
                "{n} case files with errors (listed at the end)",
            )
        self.query_one("#cases-status", Static).update(text)

    @on(Input.Changed, "#case-filter")
    def _filter_changed(self) -> None:
        self._refresh_list()

    @on(Input.Submitted, "#case-filter")
    def _filter_submitted(self) -> None:
        self.action_choose()

    @on(CaseList.TypedToFilter)
    def _typed(self, message: CaseList.TypedToFilter) -> None:
        field = self.query_one("#case-filter", Input)
        field.focus()
        field.insert_text_at_cursor(message.character)

    @on(OptionList.OptionHighlighted, "#case-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._show_detail(event.option.id)

    @on(OptionList.OptionSelected, "#case-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose_id(event.option.id)

    def _show_detail(self, option_id: str | None) -> None:
        detail = self.query_one(CaseDetail)
        if option_id is None or self.library is None:
            return
        if option_id.startswith(BROKEN_PREFIX):
            detail.show_broken(self._broken[int(option_id.removeprefix(BROKEN_PREFIX))])
            return
        case = self.library.get(option_id)
        if case is not None:
            result = self.library.result_for(case.id)
            detail.show_case(case, result.problems if result else (), self.today)

    def _choose_id(self, option_id: str | None) -> None:
        if option_id is None:
            return
        if self.library is None:
            self._pending_choice = option_id  # listed from remembered rows, still loading
            return
        if option_id.startswith(BROKEN_PREFIX):
            self.notify(
                "This case file has errors, so no letter can be written from it yet.",
                severity="warning",
                markup=False,
            )
            return
        case = self.library.get(option_id)
        if case is None:
            return
        if not case.is_writable:
            self.notify(
                f"“{one_line(case.title)}” is closed: no new letters are needed.",
                severity="warning",
                markup=False,
            )
            return
        if deadline_passed(case, self.today):
            self.notify(
                "The deadline for this case has passed. Your letter can still help.",
                markup=False,
            )
        self.on_choose(case)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            lists = self.query(CaseList)
            return bool(lists) and lists.first().highlighted is not None
        if action == "import_case":
            return self.on_import is not None
        if action == "organise":
            return None if self.library is None else self.on_organise is not None
        return super().check_action(action, parameters)

    def action_choose(self) -> None:
        option = self.query_one(CaseList).highlighted_option
        self._choose_id(option.id if option is not None else None)

    def action_drafts(self) -> None:
        self.on_drafts()

    def action_import_case(self) -> None:
        if self.on_import is not None:
            self.on_import()

    def action_organise(self) -> None:
        if self.on_organise is not None and self.library is not None:
            self.on_organise()

    def action_filter(self) -> None:
        self.query_one("#case-filter", Input).focus()

    def key_down(self) -> None:
        # Arrow keys in the filter move the list, so typing and choosing need no Tab.
        if self.focused is self.query_one("#case-filter"):
            self.query_one(CaseList).action_cursor_down()

    def key_up(self) -> None:
        if self.focused is self.query_one("#case-filter"):
            self.query_one(CaseList).action_cursor_up()
