"""The writer's turn: one writer's time at the keyboard, and the clock that ends it when idle.

At an event one laptop serves many writers in turn. Everything of a writer that a screen could
show (the letter they write, their details, which letters are theirs) lives in one
`WriterTurn`, owned by the app; `AppealApp.end_turn` is the one place a turn ends, and it
replaces the object with a fresh one. Outside event mode there is one turn for the whole session.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from appeal_tui.ui.current_letter import CurrentLetter

# At an event, a turn left alone this long ends by itself (the letter is saved first).
DEFAULT_IDLE_TIMEOUT = 180.0
# For the last this-many seconds a countdown is on screen; any key cancels it.
DEFAULT_IDLE_WARNING = 30.0


@dataclass
class WriterTurn:
    """What belongs to the writer at the keyboard now."""

    # The letter being written (its choices, its draft, its autosaver).
    letter: CurrentLetter
    # The drafts written or opened in this turn: at an event, the only ones the drafts screen lists.
    draft_ids: set[str] = field(default_factory=set)
    # Set by the first key or click: an untouched turn has nothing to clear when idle.
    touched: bool = False

    def letter_ids(self) -> set[str]:
        """The ids of this turn's drafts, the open letter's included (saved as a new draft
        after a conflict, its id changes)."""
        draft = self.letter.draft
        return self.draft_ids | {draft.id} if draft is not None else set(self.draft_ids)


class IdleWatch:
    """How long since the last key or click, and whether to warn or to end the turn."""

    def __init__(
        self,
        timeout: float = DEFAULT_IDLE_TIMEOUT,
        warning: float = DEFAULT_IDLE_WARNING,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if timeout <= 0:
            raise ValueError("the idle timeout must be more than 0 seconds")
        self.timeout = timeout
        # The countdown never takes more than half of the time.
        self.warning = min(warning, timeout / 2)
        self.clock = clock
        self._last = clock()

    def activity(self) -> None:
        """A key or a click: the writer is there."""
        self._last = self.clock()

    def remaining(self) -> float:
        """Seconds until the turn ends by itself (0 or less: now)."""
        return self.timeout - (self.clock() - self._last)

    def warning_due(self) -> bool:
        return self.remaining() <= self.warning

    @property
    def tick_interval(self) -> float:
        """How often to look: once a second, more often for the short timeouts of tests."""
        return max(0.05, min(1.0, self.warning / 4))
