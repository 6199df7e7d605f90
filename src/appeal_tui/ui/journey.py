"""The order of the steps: which screen follows which, and what Escape goes back to.

Each screen returns its result with `dismiss` (or, on the case list, posts a message the app
hands here); the journey records it in the `CurrentLetter` of the writer's turn
(`AppealApp.turn`) and shows the next screen. Escape (a None result) shows the step before,
filled in from the letter, so nothing chosen or typed is lost. At an event, a letter that ends
(done, or Escape back to the case list) ends the writer's turn (`AppealApp.end_turn`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol, TypeVar

from appeal_tui.core.i18n import _
from appeal_tui.storage.drafts import DraftSaveError

# Each screen's module is imported when it is first shown: the first frame (the case list)
# does not wait for the writing screen, composing or exporting.
if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import Screen, ScreenResultCallbackType
    from textual.widget import AwaitMount

    from appeal_tui.core.draft import Draft
    from appeal_tui.core.library import CaseLibrary
    from appeal_tui.core.model import Case, Letter
    from appeal_tui.storage.drafts import DraftStore, DraftSummary
    from appeal_tui.ui.case_index import CaseIndex
    from appeal_tui.ui.config import AppConfig, WriteStart
    from appeal_tui.ui.current_letter import CurrentLetter
    from appeal_tui.ui.screens.cases import CasesScreen
    from appeal_tui.ui.screens.preview import PreviewResult
    from appeal_tui.ui.screens.recipients import RecipientChoice
    from appeal_tui.ui.screens.write import WriteScreen, Written
    from appeal_tui.ui.writer_turn import WriterTurn

ResultT = TypeVar("ResultT")


class JourneyApp(Protocol):
    """What the journey needs of the app (the app module imports the journey, not back)."""

    config: AppConfig
    turn: WriterTurn
    drafts: DraftStore
    cases: CaseIndex

    @property
    def today(self) -> dt.date: ...

    @property
    def screen_stack(self) -> Sequence[Screen[object]]: ...

    def push_screen(
        self,
        screen: Screen[ResultT],
        callback: ScreenResultCallbackType[ResultT] | None = None,
    ) -> AwaitMount: ...

    def notify(
        self,
        message: str,
        *,
        title: str = ...,
        severity: SeverityLevel = ...,
        timeout: float | None = ...,
        markup: bool = ...,
    ) -> None: ...

    def end_turn(self) -> None: ...

    def for_organiser(self, what: str, show: Callable[[], None]) -> None: ...

    def cases_screen(self) -> CasesScreen | None: ...

    def reload_cases(self) -> None: ...

    def with_library(self, then: Callable[[CaseLibrary], None]) -> None: ...


class Journey:
    """Moves the volunteer from case to saved letter, in the letter of the writer's turn."""

    def __init__(self, app: JourneyApp) -> None:
        self.app = app
        self._profile_loaded = False
        # Drafts whose writing screen closed while the disk refused them, by id: retried until
        # saved, and saved (or rescued) before the app quits. Never shown on any screen.
        self._unsaved: dict[str, Draft] = {}

    @property
    def event(self) -> str | None:
        return self.app.config.event

    @property
    def turn(self) -> WriterTurn:
        return self.app.turn

    @property
    def letter(self) -> CurrentLetter:
        return self.app.turn.letter

    @property
    def store(self) -> DraftStore:
        return self.app.drafts

    def _load_sender(self) -> None:
        # At an event the next volunteer must never see the previous one's name and address.
        if self._profile_loaded or self.event:
            return
        from appeal_tui.storage.profile import load_profile

        self._profile_loaded = True
        self.letter.sender = load_profile(self.app.config.paths)

    # -- case → language → recipients → write → preview -------------------------------------

    def open_case(self, case: Case) -> None:
        """Start (or resume) a letter for `case`: the language comes first."""
        self.letter.start_case(case)
        self.show_language()

    def open_case_id(self, case_id: str) -> None:
        """The case list's choice, by id (read already: the list offers only those)."""
        case = self.app.cases.get(case_id)
        if case is not None:
            self.open_case(case)

    def start_writing(self, start: WriteStart) -> None:
        """Straight to the writing screen with choices already made (`appeal-tui write`)."""
        letter = self.letter
        letter.start_case(start.case)
        letter.language = start.language
        letter.recipient_keys = start.recipient_keys
        letter.mode = start.mode
        self.show_write()

    def show_language(self) -> None:
        from appeal_tui.ui.screens.language import LanguageScreen

        case = self.letter.case
        assert case is not None
        self.app.push_screen(LanguageScreen(case, self.letter.language), self._language_chosen)

    def _language_chosen(self, code: str | None) -> None:
        if code is None:
            self.back_to_cases()  # the case list is underneath
            return
        self.letter.language = code
        self.show_recipients()

    def show_recipients(self) -> None:
        from appeal_tui.ui.screens.recipients import RecipientsScreen

        letter = self.letter
        assert letter.case is not None
        screen = RecipientsScreen(letter.case, letter.recipient_keys, letter.mode)
        self.app.push_screen(screen, self._recipients_chosen)

    def _recipients_chosen(self, choice: RecipientChoice | None) -> None:
        if choice is None:
            self.show_language()
            return
        self.letter.recipient_keys = choice.keys
        self.letter.mode = choice.mode
        self.show_write()

    def show_write(self) -> None:
        from appeal_tui.ui.screens.write import WriteScreen

        self._load_sender()
        letter = self.letter
        draft = letter.open_draft()
        self.turn.draft_ids.add(draft.id)
        self.app.push_screen(WriteScreen(letter, today=self.app.today), self._written)

    def _remember_sender(self) -> None:
        from appeal_tui.storage.profile import save_profile

        sender = self.letter.sender
        if not self.event and sender.name:
            with contextlib.suppress(OSError):
                save_profile(self.app.config.paths, sender)

    def _written(self, written: Written | Literal["drafts"] | None) -> None:
        self._remember_sender()
        if written is None:
            self.show_recipients()
            return
        if written == "drafts":  # F2: saved, and left for the drafts list, as from the preview
            self._previewed("drafts")
            return
        self.turn.draft_ids.add(written.draft.id)
        self.show_preview(written.letters)

    def show_preview(self, composed: tuple[Letter, ...]) -> None:
        from appeal_tui.ui.screens.preview import PreviewScreen

        screen = PreviewScreen(letters=composed, letter=self.letter)
        self.app.push_screen(screen, self._previewed)

    def _previewed(self, result: PreviewResult | None) -> None:
        if result is None:
            self.show_write()
            return
        # The letter is done: the next one starts afresh (at an event, the writer's turn ends).
        if self.event:
            self.app.end_turn()
        else:
            self.letter.finish(keep_sender=True)
        if result == "drafts":
            self.open_drafts()

    def back_to_cases(self) -> None:
        """The writer is back on the case list: at an event, their turn is over."""
        if self.event:
            self.app.end_turn()

    # -- keeping every letter on disk ------------------------------------------------------

    def keep_unsaved(self, draft: Draft) -> None:
        """`draft` could not be saved as its screen closed: try again until it is."""
        self._unsaved[draft.id] = draft

    def retry_unsaved(self) -> DraftSaveError | None:
        """Try again to save the drafts the disk refused; the first error, None when all saved."""
        first: DraftSaveError | None = None
        for draft_id, draft in list(self._unsaved.items()):
            try:
                self.store.save(draft)
            except DraftSaveError as error:
                first = first or error
                continue
            del self._unsaved[draft_id]
        return first

    def _write_screen(self) -> WriteScreen | None:
        from appeal_tui.ui.screens.write import WriteScreen

        return next((s for s in self.app.screen_stack if isinstance(s, WriteScreen)), None)

    def save_all(self) -> DraftSaveError | None:
        """Everything typed, on disk now: the open letter (including keys typed an instant ago)
        and any draft the disk refused earlier. The first error, or None."""
        first: DraftSaveError | None = None
        write = self._write_screen()
        if write is not None:
            try:
                write.save_now()
            except DraftSaveError as error:
                first = error
        return first or self.retry_unsaved()

    def unsaved_drafts(self) -> list[Draft]:
        """Every draft not (surely) on disk: the open letter and the ones the disk refused."""
        drafts = list(self._unsaved.values())
        write = self._write_screen()
        if write is not None and self.letter.dirty:
            drafts.insert(0, write.current_draft())
        return drafts

    # -- drafts -----------------------------------------------------------------------------

    def open_drafts(self) -> None:
        from appeal_tui.ui.screens.drafts import DraftsScreen

        # At an event, only the letters of the writer at the keyboard (this turn's).
        only = frozenset(self.turn.letter_ids()) if self.event else None
        screen = DraftsScreen(
            self.store,
            only_ids=only,
            export=self._export_draft,
            recipient_names=self._recipient_names,
        )
        self.app.push_screen(screen, self._draft_chosen)

    def _recipient_names(self, summary: DraftSummary) -> str:
        """The names of a draft's recipients, from its case (keys when the case is gone)."""
        case = self.app.cases.get(summary.case_id)
        if case is None:
            return ", ".join(summary.recipients)
        found = (case.recipient(key) for key in summary.recipients)
        return ", ".join(
            r.name if r else key for r, key in zip(found, summary.recipients, strict=True)
        )

    def _case_of(self, draft: Draft) -> Case | None:
        return self.app.cases.get(draft.case_id)

    def _draft_chosen(self, draft_id: str | None) -> None:
        from appeal_tui.core.draft import case_changed

        if draft_id is None:
            self.back_to_cases()
            return
        if self.event and draft_id not in self.turn.letter_ids():
            return  # never another writer's letter (the list shows none)
        draft = self.store.load(draft_id)
        case = self._case_of(draft)
        if case is None:
            self.app.notify(
                _(
                    "The case “{case}” is no longer loaded, so the letter cannot be edited here; "
                    "x on the drafts list exports it."
                ).format(case=draft.case_title or draft.case_id),
                severity="warning",
                markup=False,
            )
            self.open_drafts()
            return
        if case_changed(draft, case):
            self.app.notify(
                _("The case file has changed since this draft was started: check the letter."),
                severity="warning",
                markup=False,
                timeout=10,
            )
        self.letter.resume(case, draft)
        self.show_write()

    # -- organisers ------------------------------------------------------------------------

    def open_import(self) -> None:
        """Import a published urgent action into the user's cases folder."""
        from appeal_tui.ui.screens.import_case import ImportCaseScreen

        paths = self.app.config.paths

        def imported(path: Path | None) -> None:
            if path is not None:
                self.app.notify(
                    _("Saved {file}. Reading the cases again…").format(file=path), markup=False
                )
                self.app.reload_cases()
            self.back_to_cases()

        def show() -> None:
            self.app.push_screen(ImportCaseScreen(paths.ensure(paths.cases)), imported)

        self.app.for_organiser(_("Importing an urgent action"), show)

    def open_organiser(self) -> None:
        """Batches of letters and an event's tally, for organisers."""
        from appeal_tui.ui.screens.organiser import OrganiserScreen

        def open_with(library: CaseLibrary) -> None:
            screen = OrganiserScreen(
                library, self.app.config.paths, event=self.event, today=self.app.today
            )
            self.app.push_screen(screen, lambda _: self.back_to_cases())

        def show() -> None:
            # The organisers' screen works on every case: they are read first.
            self.app.with_library(open_with)

        self.app.for_organiser(_("The organisers' screen"), show)

    # -- export -----------------------------------------------------------------------------

    def _export_draft(self, draft_id: str) -> list[Path]:
        from appeal_tui.ui import letters
        from appeal_tui.ui.letter_export import export_letters

        draft = self.store.load(draft_id)
        case = self._case_of(draft)
        if case is None:
            raise LookupError(
                _("its case is no longer loaded; `appeal-tui drafts show ID` prints the letter")
            )
        composed = letters.compose(
            case,
            draft.language,
            draft.recipients,
            draft.sender,
            draft.body,
            draft.mode,
            self.app.today,
        )
        return export_letters(composed, case, draft.sender, self.app.config.paths, draft.id)
