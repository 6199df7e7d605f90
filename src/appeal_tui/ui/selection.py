"""What the volunteer has chosen so far: the one selection object the app holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from appeal_tui.core.choices import preselected_recipients
from appeal_tui.core.model import Case, Mode, Sender
from appeal_tui.storage.paths import Paths

if TYPE_CHECKING:
    from appeal_tui.core.library import CaseLibrary
    from appeal_tui.ui.organiser_lock import OrganiserLock


@dataclass(frozen=True)
class WriteStart:
    """Open the app straight on the writing screen (`appeal-tui write`): choices already made."""

    case: Case
    language: str
    recipient_keys: tuple[str, ...]
    mode: Mode = "post"


@dataclass(frozen=True)
class AppConfig:
    """Everything the app is started with; passed in, never read from module globals."""

    case_sources: tuple[Path, ...]
    paths: Paths
    event: str | None = None
    start: WriteStart | None = None
    # The day "days left" and letter dates are counted from; fixed in tests and snapshots.
    today: dt.date | None = None
    # A library the caller already loaded (the `write` command); otherwise loaded in a worker.
    library: CaseLibrary | None = None
    # At an event: the organiser's passphrase (a salted hash), or None to ask at the start
    # (`ask_organiser_passphrase`) or to keep the organiser screens locked.
    organiser_lock: OrganiserLock | None = None
    ask_organiser_passphrase: bool = True
    # At an event: seconds without a key before a writer's turn ends, the last ones counted down.
    idle_timeout: float = 180.0
    idle_warning: float = 30.0
    # `--rtl visual|terminal`: how right-to-left text is shown (None: remembered or default).
    rtl: str | None = None

    def current_date(self) -> dt.date:
        return self.today or dt.date.today()


@dataclass
class Selection:
    """The choices of the letter being written, filled in step by step.

    `draft` is the draft on disk for this letter (a `Draft` from storage), created when the
    writing screen first opens and kept when the writer steps back, so nothing is lost.
    """

    case: Case | None = None
    language: str | None = None
    recipient_keys: tuple[str, ...] = ()
    mode: Mode = "post"
    sender: Sender = field(default_factory=Sender)
    body: str | None = None
    draft: Any = None

    def start_case(self, case: Case) -> None:
        """A new letter for `case`: the writer's details stay, everything else starts afresh."""
        if self.case is not None and self.case.id == case.id and self.draft is not None:
            return
        self.case = case
        self.language = None
        self.recipient_keys = preselected_recipients(case)
        self.mode = "post"
        self.body = None
        self.draft = None

    def finish_letter(self, *, keep_sender: bool) -> None:
        """After a letter is done: forget it, and the writer's details too unless `keep_sender`."""
        self.case = None
        self.language = None
        self.recipient_keys = ()
        self.mode = "post"
        self.body = None
        self.draft = None
        if not keep_sender:
            self.sender = Sender()
