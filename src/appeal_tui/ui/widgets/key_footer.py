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

from textual.dom import NoScreen
from textual.widgets import Footer as TextualFooter

if TYPE_CHECKING:
    from textual.app import ComposeResult

__all__ = ["Footer"]

# The component classes of Textual's `FooterKey` (not exported by textual.widgets): what tells
# a footer key from the footer's other widgets (a group's label) among those it builds.
KEY_COMPONENTS = "footer-key--key"


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
        # Textual's compose builds nothing until the screen's bindings are first ready; the
        # keys are read only then (reading them runs every `check_action`).
        widgets = list(super().compose())
        self._built_from = self._shown_keys() if widgets else None
        for widget in widgets:
            if self.compact and KEY_COMPONENTS in type(widget).COMPONENT_CLASSES:
                # What `FooterKey.compact` (True by default, bound to this footer's) adds once
                # mounted; present from the start, the key's watcher finds nothing to change.
                widget.add_class("-compact", update=False)
            yield widget

    async def recompose(self) -> None:
        """Textual's footer calls this whenever the bindings may have changed (after a
        refresh); the keys are built again only if what they show is not what they show."""
        if self.is_attached and self._built_from is not None:
            try:
                if self._shown_keys() == self._built_from:
                    return
            except NoScreen:
                pass
        await super().recompose()
