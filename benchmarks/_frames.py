"""Shared by the benchmarks that time frames: a hook on the place Textual paints.

`Screen._compositor_refresh` is where Textual paints a frame, headless too. Not a benchmark
itself (`run.py` skips modules whose name starts with an underscore).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class PaintHook:
    """While entered, calls `after_paint(screen)` after every frame Textual paints."""

    def __init__(self, after_paint: Callable[[Any], None]) -> None:
        from textual.screen import Screen

        self._screen_class = Screen
        self._original = Screen._compositor_refresh
        original = self._original

        def painted(screen: Any) -> None:
            original(screen)
            after_paint(screen)

        self._patched = painted

    def __enter__(self) -> PaintHook:
        self._screen_class._compositor_refresh = self._patched  # type: ignore[method-assign,assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        self._screen_class._compositor_refresh = self._original  # type: ignore[method-assign]
