"""The app's own words in the interface language (core.i18n), shown safely and changed at once.

Key descriptions and palette entries are written once, in English, marked with `N_` where they
are defined (a screen's `ScreenAction`s, Textual's own entries below); they are translated
here, where they are shown, so switching the language shows at once on the footer, the key
panel and the palette.

A translation is our text but a translator may type "[": it is never read as markup. The
footer and the key panel draw descriptions as plain text; tooltips and the command palette read
markup, so what goes there is escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.binding import ActiveBinding
from textual.content import Content
from textual.markup import escape
from textual.screen import Screen
from textual.widgets import Button, RadioButton

from appeal_tui.core.i18n import N_, _
from appeal_tui.ui.visual_lines import app_visual_rtl, own_line

# The app's attribute that holds the interface language ("en", "es", ...): a reactive on
# AppealApp that screens watch to show their words again (other apps, e.g. in tests: none).
LANGUAGE_SETTING = "ui_language"

# Textual's own palette entries and footer word, marked so the catalog has them; shown
# translated by `translated_command` and `TranslatedKeys`.
TEXTUAL_WORDS = (
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
    N_("palette"),
)


def translated_bindings(
    bindings: dict[str, ActiveBinding], visual: bool = False
) -> dict[str, ActiveBinding]:
    """`bindings` with their descriptions and tooltips in the interface language (tooltips
    escaped: Textual reads them as markup); descriptions in visual order when `visual` and the
    language is written right to left (`own_line`)."""
    shown: dict[str, ActiveBinding] = {}
    for key, (node, binding, enabled, tooltip) in bindings.items():
        description = own_line(_(binding.description), visual) if binding.description else ""
        help_text = escape(_(tooltip)) if tooltip else ""
        binding = replace(binding, description=description, tooltip=help_text)
        shown[key] = ActiveBinding(node, binding, enabled, help_text)
    return shown


# A plain mixin at run time (Textual takes a screen's CSS from its first base that is a widget).
if TYPE_CHECKING:
    _Mixin = Screen[Any]
else:
    _Mixin = object


class TranslatedKeys(_Mixin):
    """Mixed into a screen (before its Textual class): the footer and the key panel show its
    keys' descriptions in the interface language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return translated_bindings(super().active_bindings, app_visual_rtl(self))


def relabel(widget: Button | RadioButton, label: str) -> None:
    """Show `label` (our text, already translated) on a button, never as markup, with the
    button sized for it again (a button keeps the width it measured for its first label)."""
    widget.label = Content(label)
    widget.clear_cached_dimensions()
    widget.refresh(layout=True)


def translated_command(
    title: str,
    help_text: str,
    callback: Callable[[], Any],
    discover: bool = True,
    *,
    visual: bool = False,
    key: str | None = None,
) -> SystemCommand:
    """A palette entry in the interface language (escaped: the palette reads markup), its
    `key` after the help; in visual order when `visual` and the language is written right to
    left (`own_line`)."""
    shown_help = _(help_text) if key is None else f"{_(help_text)} ({key})"
    return SystemCommand(
        escape(own_line(_(title), visual)), escape(own_line(shown_help, visual)), callback, discover
    )
