"""The order of the steps: which screen follows which, and what Escape goes back to.

Each screen returns its result with `dismiss`; the journey records it in the `Selection` of
the writer's turn (`AppealApp.turn`) and shows the next screen. Escape (a None result) shows the
step before, filled in from the selection, so nothing chosen or typed is lost. At an event, a
letter that ends (done, or Escape back to the case list) ends the writer's turn
(`AppealApp.end_turn`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property, partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from appeal_tui.core.draft import Draft, case_changed, draft_for_case
from appeal_tui.core.model import Case, Letter
from appeal_tui.storage.drafts import DraftSaveError, DraftStore, DraftSummary
from appeal_tui.storage.profile import load_profile, save_profile
from appeal_tui.ui import letters
from appeal_tui.ui.letter_export import export_letters
from appeal_tui.ui.screens.drafts import DraftsScreen
from appeal_tui.ui.screens.language import LanguageScreen
from appeal_tui.ui.screens.preview import PreviewResult, PreviewScreen
from appeal_tui.ui.screens.recipients import RecipientChoice, RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen, Written
from appeal_tui.ui.selection import Selection, WriteStart
from appeal_tui.ui.writer_turn import WriterTurn

if TYPE_CHECKING:
    from appeal_tui.ui.app import AppealApp


class Journey:
    """Moves the volunteer from case to saved letter, in the selection of the writer's turn."""

    def __init__(self, app: AppealApp) -> None:
        self.app = app
        self.visual_rtl = False
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
    def selection(self) -> Selection:
        return self.app.turn.selection

    @cached_property
    def store(self) -> DraftStore:
        return DraftStore(self.app.config.paths)

    def _load_sender(self) -> None:
        # At an event the next volunteer must never see the previous one's name and address.
        if self._profile_loaded or self.event:
            return
        self._profile_loaded = True
        self.selection.sender = load_profile(self.app.config.paths)

    # -- case → language → recipients → write → preview -------------------------------------

    def open_case(self, case: Case) -> None:
        """Start (or resume) a letter for `case`: the language comes first."""
        self.selection.start_case(case)
        self.show_language()

    def start_writing(self, start: WriteStart) -> None:
        """Straight to the writing screen with choices already made (`appeal-tui write`)."""
        self.selection.start_case(start.case)
        self.selection.language = start.language
        self.selection.recipient_keys = start.recipient_keys
        self.selection.mode = start.mode
        self.show_write()

    def show_language(self) -> None:
        case = self.selection.case
        assert case is not None
        self.app.push_screen(LanguageScreen(case, self.selection.language), self._language_chosen)

    def _language_chosen(self, code: str | None) -> None:
        if code is None:
            self.back_to_cases()  # the case list is underneath
            return
        self.selection.language = code
        self.show_recipients()

    def show_recipients(self) -> None:
        case = self.selection.case
        assert case is not None
        screen = RecipientsScreen(case, self.selection.recipient_keys, self.selection.mode)
        self.app.push_screen(screen, self._recipients_chosen)

    def _recipients_chosen(self, choice: RecipientChoice | None) -> None:
        if choice is None:
            self.show_language()
            return
        self.selection.recipient_keys = choice.keys
        self.selection.mode = choice.mode
        self.show_write()

    def _draft_for_selection(self, template: str) -> Draft:
        s = self.selection
        assert s.case is not None and s.language is not None
        if s.draft is None:
            return draft_for_case(
                s.case,
                language=s.language,
                recipients=s.recipient_keys,
                mode=s.mode,
                sender=s.sender,
                body=template,
                event=self.event,
            )
        draft: Draft = s.draft
        body = draft.body
        # A body still exactly the old language's template follows the language change.
        if draft.language != s.language and body == letters.template_for(s.case, draft.language):
            body = template
        return replace(
            draft,
            language=s.language,
            recipients=s.recipient_keys,
            mode=s.mode,
            sender=s.sender,
            body=body,
        )

    def show_write(self) -> None:
        self._load_sender()
        s = self.selection
        assert s.case is not None and s.language is not None
        template = letters.template_for(s.case, s.language)
        draft = self._draft_for_selection(template)
        s.draft = draft
        screen = WriteScreen(
            case=s.case,
            language=s.language,
            recipient_keys=s.recipient_keys,
            mode=s.mode,
            sender=s.sender,
            draft=draft,
            template=template,
            store=self.store,
            today=self.app.today,
            on_draft=self._for_turn(self._draft_changed),
            on_unsaved=self._keep_unsaved,
        )
        self.app.push_screen(screen, self._written)

    def _for_turn(self, record: Callable[[WriterTurn, Draft], None]) -> Callable[[Draft], None]:
        """`record` bound to the turn of now: a screen closing after its turn ended (its last
        save arrives as it unmounts) can only write into its own, discarded turn."""
        return partial(record, self.turn)

    def _draft_changed(self, turn: WriterTurn, draft: Draft) -> None:
        turn.draft_ids.add(draft.id)
        turn.selection.draft = draft
        turn.selection.sender = draft.sender
        if not self.event and draft.sender.name:
            with contextlib.suppress(OSError):
                save_profile(self.app.config.paths, draft.sender)

    def _written(self, written: Written | Literal["drafts"] | None) -> None:
        if written is None:
            self.show_recipients()
            return
        if written == "drafts":  # F2: saved, and left for the drafts list, as from the preview
            self._previewed("drafts")
            return
        self._draft_changed(self.turn, written.draft)
        self.show_preview(written.letters)

    def show_preview(self, composed: tuple[Letter, ...]) -> None:
        draft = self.selection.draft
        assert draft is not None
        screen = PreviewScreen(
            letters=composed,
            draft=draft,
            case=self.selection.case,
            store=self.store,
            visual_rtl=self.visual_rtl,
            on_draft=self._for_turn(self._draft_changed),
        )
        self.app.push_screen(screen, self._previewed)

    def _previewed(self, result: PreviewResult | None) -> None:
        if result is None:
            self.show_write()
            return
        # The letter is done: the next one starts afresh (at an event, the writer's turn ends).
        if self.event:
            self.app.end_turn()
        else:
            self.selection.finish_letter(keep_sender=True)
        if result == "drafts":
            self.open_drafts()

    def back_to_cases(self) -> None:
        """The writer is back on the case list: at an event, their turn is over."""
        if self.event:
            self.app.end_turn()

    # -- keeping every letter on disk ------------------------------------------------------

    def _keep_unsaved(self, draft: Draft) -> None:
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
        if write is not None and write.autosaver is not None and write.autosaver.dirty:
            drafts.insert(0, write.current_draft())
        return drafts

    # -- drafts -----------------------------------------------------------------------------

    def open_drafts(self) -> None:
        # At an event, only the letters of the writer at the keyboard (this turn's).
        only = frozenset(self.turn.draft_ids) if self.event else None
        screen = DraftsScreen(
            self.store,
            only_ids=only,
            export=self._export_draft,
            recipient_names=self._recipient_names,
        )
        self.app.push_screen(screen, self._draft_chosen)

    def _recipient_names(self, summary: DraftSummary) -> str:
        """The names of a draft's recipients, from its case (keys when the case is gone)."""
        library = self.app.library
        case = library.get(summary.case_id) if library is not None else None
        if case is None:
            return ", ".join(summary.recipients)
        found = (case.recipient(key) for key in summary.recipients)
        return ", ".join(
            r.name if r else key for r, key in zip(found, summary.recipients, strict=True)
        )

    def _case_of(self, draft: Draft) -> Case | None:
        library = self.app.library
        return library.get(draft.case_id) if library is not None else None

    def _draft_chosen(self, draft_id: str | None) -> None:
        if draft_id is None:
            self.back_to_cases()
            return
        if self.event and draft_id not in self.turn.draft_ids:
            return  # never another writer's letter (the list shows none)
        draft = self.store.load(draft_id)
        case = self._case_of(draft)
        if case is None:
            self.app.notify(
                f"The case “{draft.case_title or draft.case_id}” is no longer loaded, so the "
                "letter cannot be edited here; x on the drafts list exports it.",
                severity="warning",
                markup=False,
            )
            self.open_drafts()
            return
        if case_changed(draft, case):
            self.app.notify(
                "The case file has changed since this draft was started: check the letter.",
                severity="warning",
                markup=False,
                timeout=10,
            )
        self.selection.case = case
        self.selection.language = draft.language
        self.selection.recipient_keys = draft.recipients
        self.selection.mode = draft.mode
        self.selection.sender = draft.sender
        self.selection.draft = draft
        self.turn.draft_ids.add(draft.id)
        self.show_write()

    # -- organisers ------------------------------------------------------------------------

    def open_import(self) -> None:
        """Import a published urgent action into the user's cases folder."""
        from appeal_tui.ui.screens.import_case import ImportCaseScreen

        paths = self.app.config.paths

        def imported(path: Path | None) -> None:
            if path is not None:
                self.app.notify(f"Saved {path}. Reading the cases again…", markup=False)
                cases = self.app.cases_screen()
                if cases is not None:
                    cases.reload()
            self.back_to_cases()

        def show() -> None:
            self.app.push_screen(ImportCaseScreen(paths.ensure(paths.cases)), imported)

        self.app.for_organiser("Importing an urgent action", show)

    def open_organiser(self) -> None:
        """Batches of letters and an event's tally, for organisers."""
        from appeal_tui.ui.screens.organiser import OrganiserScreen

        library = self.app.library
        if library is None:
            return

        def show() -> None:
            screen = OrganiserScreen(
                library, self.app.config.paths, event=self.event, today=self.app.today
            )
            self.app.push_screen(screen, lambda _: self.back_to_cases())

        self.app.for_organiser("The organisers' screen", show)

    # -- export -----------------------------------------------------------------------------

    def _export_draft(self, draft_id: str) -> list[Path]:
        draft = self.store.load(draft_id)
        case = self._case_of(draft)
        if case is None:
            raise LookupError(
                "its case is no longer loaded; `appeal-tui drafts show ID` prints the letter"
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
