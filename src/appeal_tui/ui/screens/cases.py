"""The first screen: every case (and every case file that could not be loaded), to pick one."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static

from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.case_facts import deadline_passed
from appeal_tui.ui.case_index import CaseIndex
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.type_into import type_into
from appeal_tui.ui.visual_lines import OwnInput, OwnWords
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.case_detail import CaseDetail
from appeal_tui.ui.widgets.case_list import BROKEN_PREFIX, CaseList
from appeal_tui.ui.widgets.key_footer import Footer

FILTER_PLACEHOLDER = N_("Type to filter: title, person, country or tag")


class CaseFilter(OwnInput):
    """The filter field; `?` is left to the screen, where it opens help."""

    def check_consume_key(self, key: str, character: str | None) -> bool:
        # Textual drops every binding of a key the focused field would type, priority or not.
        return character != "?" and super().check_consume_key(key, character)


class CasesScreen(JourneyScreen[None]):
    """Lists the cases of the app's `CaseIndex`; choosing an open one posts `Chosen`."""

    CAN_GO_BACK = False
    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        # Priority, so the footer shows it while the filter (which has its own Enter) has focus.
        ScreenAction(
            "choose",
            "enter",
            N_("Write a letter"),
            N_("Write a letter for the highlighted case"),
            key_display="Enter",
            priority=True,
        ),
        ScreenAction(
            "drafts",
            "f2",
            N_("Drafts"),
            N_("Your saved letters: reopen, export or delete"),
            key_display="F2",
        ),
        ScreenAction(
            "import_case",
            "f5",
            N_("Import"),
            N_("Make a case file from a published urgent action"),
            key_display="F5",
        ),
        ScreenAction(
            "organise",
            "f6",
            N_("Organise"),
            N_("For organisers: write a batch of letters, count an event's letters"),
            key_display="F6",
        ),
        # Priority: the filter (focused at the start) would take `?` as a letter to filter by
        # (and it leaves `?` to the screen: CaseFilter).
        ScreenAction(
            "help",
            "question_mark",
            N_("Help"),
            N_("Show help for this screen"),
            show=False,
            priority=True,
            in_palette=False,
        ),
        ScreenAction(
            "filter",
            "ctrl+f",
            N_("Filter"),
            N_("Type to filter by title, person, country or tag"),
            show=False,
        ),
    )
    HELP_TITLE = N_("Choose a case")
    HELP_TEXT = N_(
        "Each case is a person (or group) at risk, and the authorities a letter can reach.\n\n"
        "Type to filter the list by title, person, country or tag. Move with the arrow keys or "
        "the mouse; the pane {where} tells you about the highlighted case. Press Enter (or "
        "double-click) to write a letter for it.\n\n"
        "Closed cases are shown for reference but take no new letters. A passed deadline is shown; "
        "you may still write. Case files with errors are listed at the end with what is wrong."
    )

    def help_text(self) -> str:
        # Narrow terminals put the case's pane below the list (app.tcss, Screen.-narrow).
        where = _("below") if self.has_class("-narrow") else _("on the right")
        return _(self.HELP_TEXT).format(where=where)

    class Chosen(Message):
        """The writer chose the open case `case_id` (loaded: the library has it)."""

        def __init__(self, case_id: str) -> None:
            super().__init__()
            self.case_id = case_id

    class DraftsWanted(Message):
        """F2: the writer's saved letters."""

    class ImportWanted(Message):
        """F5: make a case file from a published urgent action."""

    class OrganiseWanted(Message):
        """F6: the organisers' screen."""

    def __init__(self, index: CaseIndex, *, today: dt.date) -> None:
        super().__init__()
        self.index = index
        self.today = today
        # A case chosen before the cases were loaded (from remembered rows) is opened once they are.
        self._pending_choice: str | None = None
        self._status_shown: tuple[int, str, bool] | None = None

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield CaseFilter(
            placeholder=_(FILTER_PLACEHOLDER),
            id="case-filter",
            compact=True,
        )
        with Horizontal(id="cases-body"):
            with Vertical(id="case-list-column"):
                yield CaseList(id="case-list")
                yield OwnWords(_("Loading cases…"), id="cases-status", markup=False)
            yield CaseDetail(id="case-detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = _("Appeal letters")
        self.sub_title = _("Choose a case")
        self.query_one(CaseDetail).show_message(_("Loading cases…"))
        if self.index.ready:
            self.cases_loaded(changed=True)
            self.index.painted.set()
            return
        # Rows remembered from the last start, or read already (a first start whose files
        # were read before this screen was there).
        if self.index.remembered_rows() or self.index.rows:
            self._refresh_list()
            if self.index.complete and self.index.unchecked:
                self.call_after_refresh(self._show_highlighted)
            self.call_after_refresh(self.index.painted.set)
        else:
            self.index.painted.set()

    def lists_no_case_yet(self) -> bool:
        """True until the first cases are read (a first start): the list is filled as soon as
        they are. A filter that matches nothing is not that: its keys go through."""
        return not self.index.ready and not self.index.rows

    def show_words(self) -> None:
        self.title = _("Appeal letters")
        self.sub_title = _("Choose a case")
        self.query_one("#case-filter", Input).placeholder = _(FILTER_PLACEHOLDER)
        case_list = self.query_one(CaseList)
        case_list.forget_prompts()
        if not self.index.ready and not self.index.rows:
            self.query_one("#cases-status", Static).update(_("Loading cases…"))
            self.query_one(CaseDetail).show_message(_("Loading cases…"))
            return
        self._refresh_list()
        if self.index.ready and case_list.highlighted_option is not None:
            self._show_detail(case_list.highlighted_option.id)

    def start_afresh(self) -> None:
        """The first screen as the next writer should find it: no filter, the top of the list."""
        field = self.query_one("#case-filter", Input)
        field.value = ""
        self._refresh_list()
        case_list = self.query_one(CaseList)
        if case_list.option_count:
            case_list.highlighted = 0
        self._show_highlighted()
        self.set_focus(field)

    def cases_read(self) -> None:
        """Some of the cases are read (a first start): list them; the rest follow. Every case
        listed (their files to be checked next): the highlighted one's details too."""
        self._refresh_list()
        if self.index.complete:
            self.call_after_refresh(self._show_highlighted)
        self._choose_pending()

    def cases_loaded(self, *, changed: bool) -> None:
        """The app loaded the cases (`changed`: other rows than the list shows)."""
        if changed or self.query_one(CaseList).option_count == 0:
            self._refresh_list()
            # Its details once the full list is on screen: the first case shown reads its
            # file, the Markdown parser and the language names (a first start's list waited).
            self.call_after_refresh(self._show_highlighted)
        else:
            # The remembered rows were right: keep the list as it is (no second fill and
            # repaint), only show the highlighted case, now that it is loaded; and the count
            # without "checking…" after a first start's check found nothing to change.
            if self._status_shown is not None and self._status_shown[2]:
                self._update_status(*self._status_shown[:2])
            self._show_highlighted()
        self.refresh_bindings()
        self._choose_pending()

    def _choose_pending(self) -> None:
        pending, self._pending_choice = self._pending_choice, None
        if pending is not None:
            self._choose_id(pending)

    def _refresh_list(self) -> None:
        if not self.index.ready and not self.index.rows:
            return
        needle = self.query_one("#case-filter", Input).value.casefold().strip()
        every = self.index.rows
        rows = [row for row in every if row.matches(needle)] if needle else every[:]
        rows.sort(key=lambda row: row.order(self.today))
        broken = self.index.broken if not needle else []
        case_list = self.query_one(CaseList)
        case_list.show(rows, broken, self.today)
        self._update_status(len(rows), needle)
        if case_list.option_count == 0 and self.index.ready:
            self.query_one(CaseDetail).show_message(
                _("No case matches the filter.") if needle else _("No cases found.")
            )

    def _update_status(self, shown: int, needle: str) -> None:
        # What it counted, and whether it said the files were still read or checked.
        self._status_shown = (shown, needle, not self.index.complete or bool(self.index.unchecked))
        total = len(self.index.rows)
        text = (
            ngettext("{shown} of {n} case", "{shown} of {n} cases", total).format(
                shown=shown, n=total
            )
            if needle
            else ngettext("{n} case", "{n} cases", total).format(n=total)
        )
        # A first start lists the cases as their files are read, then checks those only
        # glanced at: until then the count and the files with errors may still change.
        if not self.index.complete:
            text += " · " + _("reading the case files…")
        elif self.index.unchecked:
            text += " · " + _("checking the files for errors…")
        broken = self.index.broken
        if broken:
            text += " · " + ngettext(
                "{n} case file with errors (listed at the end)",
                "{n} case files with errors (listed at the end)",
                len(broken),
            ).format(n=len(broken))
        self.query_one("#cases-status", Static).update(text)

    @on(Input.Changed, "#case-filter")
    def _filter_changed(self) -> None:
        self._refresh_list()
        self._show_highlighted()

    @on(Input.Submitted, "#case-filter")
    def _filter_submitted(self) -> None:
        self.action_choose()

    @on(CaseList.TypedToFilter)
    def _typed(self, message: CaseList.TypedToFilter) -> None:
        type_into(self.query_one("#case-filter", Input), message.character)

    def on_key(self, event: events.Key) -> None:
        """Off the filter (on the case's details, or Backspace on the list) a letter typed or
        Backspace edits the filter, as a letter typed on the list does; Space and "?" keep
        their own meaning."""
        if isinstance(self.focused, Input):
            return
        char = event.character
        if event.key == "backspace":
            type_into(self.query_one("#case-filter", Input), key="backspace")
        elif char and len(char) == 1 and char.isprintable() and char not in " ?":
            type_into(self.query_one("#case-filter", Input), char)
        else:
            return
        event.stop()
        event.prevent_default()

    def on_paste(self, event: events.Paste) -> None:
        """Text pasted off the filter filters the cases, as typed letters do."""
        if isinstance(self.focused, Input) or not event.text:
            return
        type_into(self.query_one("#case-filter", Input), event.text)
        event.stop()
        event.prevent_default()

    @on(OptionList.OptionHighlighted, "#case-list")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        case_list = self.query_one(CaseList)
        if event.option.id == case_list.filled_highlight:
            # Highlighted by filling the list: whoever filled it shows the details, or not yet
            # (while the cases load, the list is not kept waiting for a case file to be read).
            return
        case_list.filled_highlight = None
        self._show_detail(event.option.id)

    def _show_highlighted(self) -> None:
        option = self.query_one(CaseList).highlighted_option
        self._show_detail(option.id if option is not None else None)

    @on(OptionList.OptionSelected, "#case-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose_id(event.option.id)

    def _show_detail(self, option_id: str | None) -> None:
        detail = self.query_one(CaseDetail)
        if option_id is None:
            return
        if option_id.startswith(BROKEN_PREFIX):
            detail.show_broken(self.index.broken[int(option_id.removeprefix(BROKEN_PREFIX))])
            return
        case = self.index.get(option_id)
        if case is not None:
            detail.show_case(case, self.index.problems_of(case.id), self.today)
        elif (failed := self.index.failed(option_id)) is not None:
            detail.show_broken(failed)  # (listed before its file was checked)

    def _choose_id(self, option_id: str | None) -> None:
        if option_id is None:
            return
        case = None if option_id.startswith(BROKEN_PREFIX) else self.index.get(option_id)
        if case is None and self.index.failed(option_id) is not None:
            option_id = BROKEN_PREFIX  # (listed before its file was checked: it has errors)
        elif case is None and not self.index.ready:
            self._pending_choice = option_id  # listed from remembered rows, still loading
            return
        if option_id.startswith(BROKEN_PREFIX):
            self.notify(
                _("This case file has errors, so no letter can be written from it yet."),
                severity="warning",
                markup=False,
            )
            return
        if case is None:
            return
        if not case.is_writable:
            self.notify(
                _("“{case}” is closed: no new letters are needed.").format(
                    case=one_line(case.title)
                ),
                severity="warning",
                markup=False,
            )
            return
        if deadline_passed(case, self.today):
            self.notify(
                _("The deadline for this case has passed. Your letter can still help."),
                markup=False,
            )
        self.post_message(self.Chosen(case.id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "choose":
            lists = self.query(CaseList)
            return bool(lists) and lists.first().highlighted is not None
        if action == "organise":
            return self.index.ready or None
        return super().check_action(action, parameters)

    def action_choose(self) -> None:
        option = self.query_one(CaseList).highlighted_option
        self._choose_id(option.id if option is not None else None)

    def action_drafts(self) -> None:
        self.post_message(self.DraftsWanted())

    def action_import_case(self) -> None:
        self.post_message(self.ImportWanted())

    def action_organise(self) -> None:
        if self.index.ready:
            self.post_message(self.OrganiseWanted())

    def action_filter(self) -> None:
        self.set_focus(self.query_one("#case-filter", Input))

    def key_down(self) -> None:
        # Arrow keys in the filter move the list, so typing and choosing need no Tab.
        if self.focused is self.query_one("#case-filter"):
            self.query_one(CaseList).action_cursor_down()

    def key_up(self) -> None:
        if self.focused is self.query_one("#case-filter"):
            self.query_one(CaseList).action_cursor_up()
