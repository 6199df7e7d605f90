"""The footer of every screen: Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer throws its keys away and mounts new ones whenever the screen's bindings may
have changed: on every focus move, every `refresh_bindings()`, a screen's first display. Each
rebuild mounts a widget per key, applies the stylesheet to each (twice: once when mounted,
once more when the key takes the footer's compact style) and lays the screen out again, while
nearly always the same keys come back. This footer remembers what it built from (each shown
binding, whether it is enabled, its tooltip and key display, the footer's own settings) and
rebuilds only when that differs; a change of language, an action enabled or disabled, or
another set of keys still rebuilds it at once. The keys it builds are given the compact class
from the start, as the compact footer's binding would give them a moment later, so the
stylesheet is applied to each key once. What is drawn is the same in every case.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

from textual.widgets import Footer as TextualFooter
from textual.widgets._footer import FooterKey

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen

__all__ = ["Footer"]


class Footer(TextualFooter):
    """Textual's footer (same keys, same look, same CSS type name), rebuilt only on change."""

    _built_from: Hashable | None = None

    def _shown_keys(self) -> Hashable:
        """Everything Textual's `Footer.compose` reads to build its keys."""
        app = self.app
        return (
            self.compact,
            self.show_command_palette,
            self.combine_groups,
            tuple(
                (key, binding, enabled, tooltip, app.get_key_display(binding))
                for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
                if binding.show or key == app.COMMAND_PALETTE_BINDING
            ),
        )

    def compose(self) -> ComposeResult:
        self._built_from = self._shown_keys() if self._bindings_ready else None
        for widget in super().compose():
            if self.compact and isinstance(widget, FooterKey):
                # What `FooterKey.compact` (True by default, bound to this footer's) adds once
                # mounted; present from the start, the key's watcher finds nothing to change.
                widget.add_class("-compact", update=False)
            yield widget

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached or self._pruning:
            return  # as Textual's `recompose` does: the screen has gone meanwhile
        if self._built_from is not None and self._shown_keys() == self._built_from:
            return
        await self.recompose()
