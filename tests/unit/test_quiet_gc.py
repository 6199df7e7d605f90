"""The writing screen's garbage-collection steering: freeze, collect only in pauses, restore."""

from __future__ import annotations

import gc

from appeal_tui.ui import quiet_gc
from appeal_tui.ui.quiet_gc import QuietCollector


def test_full_collections_wait_for_a_pause_and_everything_is_restored() -> None:
    before = gc.get_threshold()
    frozen_before = gc.get_freeze_count()
    collector = QuietCollector()
    collector.start()
    try:
        assert gc.get_freeze_count() > frozen_before
        assert gc.get_threshold()[:2] == before[:2]
        assert gc.get_threshold()[2] > before[2]  # no full pass by itself
        # Fewer middle collections than Python waits for before a full one: none, even in a
        # pause.
        gc.collect()
        for _ in range(before[2] - 1):
            gc.collect(1)
        collector._last_activity -= quiet_gc.IDLE + 0.1
        assert collector.tick() is False
        # A full pass is due; the writer is typing: none yet.
        gc.collect(1)
        collector.activity()
        assert gc.get_count()[2] >= before[2]
        assert collector.tick() is False
        # The writer paused long enough: one full pass, then nothing until one is due again.
        collector._last_activity -= quiet_gc.IDLE + 0.1
        assert collector.tick() is True
        assert gc.get_count()[2] == 0
        gc.collect(1)
        assert collector.tick() is False
    finally:
        collector.stop()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0  # unfrozen: garbage from before is collected again
    collector.stop()  # twice is harmless
    assert gc.get_threshold() == before
