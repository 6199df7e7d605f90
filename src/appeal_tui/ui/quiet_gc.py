"""Keep Python's cycle collector out of the writer's keystrokes.

A full collection walks every object the process holds: with the app, the cases, the phrasebooks
and the editor's caches that took 60-80 ms on a laptop, four frames, every few hundred
keystrokes (benchmarks/typing_latency.py showed it as the slowest keys). While the writing
screen is open:

- everything that existed when it opened is frozen (`gc.freeze`: the collector skips it; it is
  long-lived anyway, and anything of it that dies is still freed by reference counting);
- full collections do not start by themselves (the third threshold is raised); instead one runs
  when the writer has paused for a second and one is due: as many middle collections have
  passed since the last as Python's own third threshold waits for (one after each, in every
  pause, made the test suite's long UI tests spend a quarter of their time collecting).
  Young collections (well under a millisecond) run as usual.

When the screen closes the thresholds are restored and the heap unfrozen, so garbage from before
is collected as usual.
"""

from __future__ import annotations

import gc
import time

# Full collections wait for a pause in typing this long (seconds).
IDLE = 1.0
# A third threshold high enough that full collections only run when `tick` asks.
_NEVER = 1_000_000


class QuietCollector:
    def __init__(self) -> None:
        self._thresholds: tuple[int, int, int] | None = None
        self._last_activity = time.monotonic()

    def start(self) -> None:
        if self._thresholds is not None:
            return
        young, middle, _ = self._thresholds = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(young, middle, _NEVER)

    def activity(self) -> None:
        """The writer typed: no full collection for a while."""
        self._last_activity = time.monotonic()

    def tick(self) -> bool:
        """Call now and then (twice a second): runs a full collection if the writer has paused
        and one is due (see the module's docstring). True if it ran."""
        if self._thresholds is None or time.monotonic() - self._last_activity < IDLE:
            return False
        if gc.get_count()[2] < max(1, self._thresholds[2]):
            return False
        gc.collect()
        return True

    def stop(self) -> None:
        if self._thresholds is None:
            return
        gc.set_threshold(*self._thresholds)
        self._thresholds = None
        gc.unfreeze()
