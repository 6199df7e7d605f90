"""The letter being written: the writer's choices, its one `Draft` and the one `Autosaver`.

The app owns one `CurrentLetter` per writer's turn (`WriterTurn.letter`). The screens of the
path are handed it: the language, recipients and writing screens show what it holds, the
journey fills in the choices, and the writing screen edits it while the autosaver keeps it on
disk. Nothing else keeps a copy of the draft, so there is one answer to "what is on disk".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from textual.message import Message

from appeal_tui.core.choices import preselected_recipients
from appeal_tui.core.draft import with_status
from appeal_tui.core.model import Case, Mode, Sender
from appeal_tui.storage.drafts import DraftSaveError, DraftStore, SaveResult

if TYPE_CHECKING:
    from appeal_tui.core.draft import Draft
    from appeal_tui.storage.autosave import Autosaver, DraftChanges


class LetterUnsaved(Message):
    """Posted to the app when the writing screen closed and the disk refused the last save:
    the draft is kept in memory and saved as soon as the disk allows."""

    def __init__(self, draft: Draft) -> None:
        super().__init__()
        self.draft = draft


@dataclass
class CurrentLetter:
    """The choices of the letter being written, filled in step by step, and its draft.

    `draft` is created when the writing screen first opens and kept when the writer steps
    back, so nothing is lost; while the writing screen is open, `autosaver` keeps it saved.
    """

    store: DraftStore
    event: str | None = None
    case: Case | None = None
    language: str | None = None
    recipient_keys: tuple[str, ...] = ()
    mode: Mode = "post"
    sender: Sender = field(default_factory=Sender)
    draft: Draft | None = None
    autosaver: Autosaver | None = field(default=None, repr=False)

    # -- the choices -------------------------------------------------------------------------

    def start_case(self, case: Case) -> None:
        """A new letter for `case`: the writer's details stay, everything else starts afresh
        (the same case again, with a draft begun, carries on with it)."""
        if self.case is not None and self.case.id == case.id and self.draft is not None:
            return
        self.case = case
        self.language = None
        self.recipient_keys = preselected_recipients(case)
        self.mode = "post"
        self.draft = None

    def resume(self, case: Case, draft: Draft) -> None:
        """Carry on with `draft` (opened from the drafts list), a letter for `case`."""
        self.case = case
        self.language = draft.language
        self.recipient_keys = draft.recipients
        self.mode = draft.mode
        self.sender = draft.sender
        self.draft = draft

    def finish(self, *, keep_sender: bool) -> None:
        """After a letter is done: forget it, and the writer's details too unless `keep_sender`."""
        self.case = None
        self.language = None
        self.recipient_keys = ()
        self.mode = "post"
        self.draft = None
        if not keep_sender:
            self.sender = Sender()

    # -- the draft ---------------------------------------------------------------------------

    @property
    def template(self) -> str:
        """The case's letter in the chosen language, before the writer changes a word."""
        from appeal_tui.ui import letters  # composing: imported when a letter is begun

        assert self.case is not None and self.language is not None
        return letters.template_for(self.case, self.language)

    def open_draft(self) -> Draft:
        """The draft for the choices made: a new one, or the one begun, brought up to date
        (a body that is still exactly the old language's template follows a language change)."""
        from appeal_tui.core.draft import draft_for_case
        from appeal_tui.ui import letters

        case, language = self.case, self.language
        assert case is not None and language is not None
        template = self.template
        if self.draft is None:
            self.draft = draft_for_case(
                case,
                language=language,
                recipients=self.recipient_keys,
                mode=self.mode,
                sender=self.sender,
                body=template,
                event=self.event,
            )
            return self.draft
        body = self.draft.body
        if self.draft.language != language and body == letters.template_for(
            case, self.draft.language
        ):
            body = template
        self.draft = replace(
            self.draft,
            language=language,
            recipients=self.recipient_keys,
            mode=self.mode,
            sender=self.sender,
            body=body,
        )
        return self.draft

    def save(self, draft: Draft) -> SaveResult:
        """Save `draft` (a new status, say) now; it becomes the letter's draft. Raises
        DraftSaveError."""
        result = self.store.save(draft)
        self.draft = result.draft
        return result

    # -- autosaving while the writing screen is open ----------------------------------------

    def start_saving(
        self,
        *,
        on_saved: Callable[[SaveResult], None],
        on_error: Callable[[DraftSaveError], None],
        on_conflict: Callable[[SaveResult], None],
    ) -> Autosaver:
        """Keep the draft saved as it changes, from now on (it is saved at once: a crash
        before the first key loses nothing). The callbacks run on the saver's thread."""
        from appeal_tui.storage.autosave import Autosaver

        draft = self.draft if self.draft is not None else self.open_draft()
        self.stop_quietly()
        self.autosaver = Autosaver(
            self.store, draft, on_saved=on_saved, on_error=on_error, on_conflict=on_conflict
        )
        self.autosaver.update(body=draft.body)
        return self.autosaver

    def edit(self, *, body: str | None = None, sender: Sender | None = None) -> bool:
        """The writer changed the text or their details. A letter marked ready (m on the
        preview) and then changed is a draft again, since what was checked as ready is not what
        would be printed or sent: True when that happened, so the screen can say so."""
        if sender is not None:
            self.sender = sender
        saver = self.autosaver
        if saver is None:
            return False
        changes: DraftChanges = {}
        if body is not None and body != saver.draft.body:
            changes["body"] = body
        if sender is not None and sender != saver.draft.sender:
            changes["sender"] = sender
        if not changes:
            return False
        no_longer_ready = saver.draft.status == "ready"
        if no_longer_ready:
            draft = with_status(saver.draft, "draft")
            changes["status"] = draft.status
            changes["status_dates"] = draft.status_dates
        saver.update(**changes)
        return no_longer_ready

    @property
    def latest(self) -> Draft | None:
        """The latest state of the letter, saved or not."""
        return self.autosaver.draft if self.autosaver is not None else self.draft

    @property
    def dirty(self) -> bool:
        """True while the open letter has changes not yet on disk."""
        return self.autosaver is not None and self.autosaver.dirty

    def saved(self, result: SaveResult) -> None:
        """A save the autosaver made (reported on the UI thread): the draft on disk now (its
        id changes when it was saved as a new draft after a conflict). A report arriving after
        autosaving stopped is older than the draft kept then, and changes nothing."""
        if self.autosaver is not None:
            self.draft = result.draft

    def save_now(self) -> Draft | None:
        """Everything edited so far on disk, now; the draft. Raises DraftSaveError (the text
        stays in memory and the autosaver keeps trying)."""
        saver = self.autosaver
        if saver is None:
            return self.draft
        saver.flush()
        self.draft = saver.draft
        return self.draft

    def stop_saving(self) -> Draft | None:
        """Stop autosaving, with everything saved if the disk allows; the latest draft.
        Raises DraftSaveError when the last save failed (the draft holds the text)."""
        saver, self.autosaver = self.autosaver, None
        if saver is None:
            return self.draft
        try:
            saver.close()
        finally:
            self.draft = saver.draft
        return self.draft

    def stop_quietly(self) -> None:
        """Stop an autosaver left running (its last save failing is reported elsewhere)."""
        with contextlib.suppress(DraftSaveError):
            self.stop_saving()
