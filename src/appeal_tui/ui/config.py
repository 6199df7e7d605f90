"""What the app is started with: `AppConfig`, and `WriteStart` for `appeal-tui write`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from appeal_tui.core.model import Case, Mode
from appeal_tui.storage.paths import Paths

if TYPE_CHECKING:
    from appeal_tui.core.library import CaseLibrary
    from appeal_tui.ui.case_index import CaseIndex
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
    # The cases of `case_sources`, made before the app (the CLI: their files are being read
    # while Textual is imported); otherwise the app makes it.
    case_index: CaseIndex | None = None
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
