"""The app-wide right-to-left setting, applied to what widgets draw.

`AppealApp.visual_rtl` says whether Persian and Arabic are shown reordered for the terminal
("visual", for terminals that do not reorder right-to-left text: tmux, screen, xterm, kitty, …)
or left in logical order for the terminal to reorder ("terminal": VTE, Konsole, mlterm).
`VisualLines` is mixed into the widgets that show case or letter text (the case list, the case
details, the language list, the tips, the mirror beside the editor): each line they draw, after
Textual has wrapped it, is reordered by `core.visual_order` (the one place that reorders), its
styles kept. They follow the setting as it changes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

from rich.segment import Segment
from rich.style import Style
from textual.cache import LRUCache
from textual.content import Content
from textual.geometry import Region, Size
from textual.reactive import Reactive
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList, RadioButton, Static

from appeal_tui.core.i18n import is_rtl
from appeal_tui.core.visual_order import has_rtl, visual_line, visual_order
from appeal_tui.ui.textual_compat import render_toggle_with_label

# The app's attribute (a reactive on AppealApp; other apps, e.g. in tests, have none: off).
SETTING = "visual_rtl"
# The key in the settings file, and its values (also `--rtl visual|terminal`).
SETTINGS_KEY = "rtl"
RtlMode = Literal["visual", "terminal"]
MODES: tuple[RtlMode, ...] = ("visual", "terminal")
# The environment variable that sets the default (below `--rtl` and the remembered setting).
ENVIRONMENT = "APPEAL_TUI_RTL"

_REMEMBERED = 1024


def terminal_default(environ: Mapping[str, str]) -> RtlMode:
    """What suits the terminal the app runs in: "terminal" where the terminal reorders
    right-to-left text itself (VTE: GNOME Terminal, Tilix, …; Konsole; mlterm) and nothing
    between it and the app redraws the screen cell by cell (tmux and screen do, in logical
    order); "visual" everywhere else (tmux, screen, xterm, kitty, alacritty, Windows, …)."""
    term = environ.get("TERM", "")
    if environ.get("TMUX") or environ.get("STY") or term.startswith(("screen", "tmux")):
        return "visual"
    if environ.get("VTE_VERSION") or environ.get("KONSOLE_VERSION") or environ.get("MLTERM"):
        return "terminal"
    return "terminal" if term.startswith("mlterm") else "visual"


def initial_mode(
    chosen: str | None, settings: Mapping[str, object], environ: Mapping[str, str]
) -> RtlMode:
    """The mode to start in: `--rtl` if given, else the one remembered, else the environment's
    `APPEAL_TUI_RTL`, else what suits the terminal."""
    for value in (chosen, settings.get(SETTINGS_KEY)):
        if value in MODES:
            return "visual" if value == "visual" else "terminal"
    # Written by earlier versions (the preview's `r` alone).
    legacy = settings.get("rtl_visual_reorder")
    if isinstance(legacy, bool):
        return "visual" if legacy else "terminal"
    if environ.get(ENVIRONMENT) in MODES:
        return "visual" if environ.get(ENVIRONMENT) == "visual" else "terminal"
    return terminal_default(environ)


def own_line(text: str, visual: bool) -> str:
    """One line of the app's own words (a key's description, a palette entry, a tab) as the
    terminal must print it: in visual order when the interface language is written right to
    left and `visual` (the app reorders: the terminal does not)."""
    return visual_line(text, rtl=True) if visual and is_rtl() else text


def app_visual_rtl(widget: Widget) -> bool:
    """Whether the running app shows right-to-left text in visual order."""
    return bool(getattr(widget.app, SETTING, False))


def visual_strip(strip: Strip, rtl: bool | None = None) -> Strip:
    """`strip` as a terminal without bidi must print it: each right-to-left run reordered in
    place between the line's margins, every cell keeping its style (`rtl`: the paragraph's
    direction when the widget knows it; None: each line's own)."""
    text = strip.text
    if not has_rtl(text):
        return strip
    cells: list[tuple[str, Style | None]] = []
    for segment in strip:
        if segment.control:
            return strip  # never reorder control codes
        cells.extend((char, segment.style) for char in segment.text)
    order = visual_order(text, rtl)
    segments: list[Segment] = []
    for index, char in order:
        style = cells[index][1]
        if segments and segments[-1].style == style:
            segments[-1] = Segment(segments[-1].text + char, style)
        else:
            segments.append(Segment(char, style))
    return Strip(segments, strip.cell_length)


# A plain mixin at run time: Textual takes a widget's CSS and component classes from its first
# base that is a widget, which must stay the Textual class it is mixed into.
if TYPE_CHECKING:
    _Mixin = Widget
else:
    _Mixin = object


class VisualLines(_Mixin):
    """Mixed into a widget (before its Textual class): draws its lines in visual order while
    the app's setting says so."""

    if TYPE_CHECKING:
        _visual_memory: LRUCache[tuple[bool | Segment | None, ...], Strip]

    # The direction of the widget's text when it is one paragraph whose direction is known
    # (a wrapped line of a Persian paragraph may start with a Latin name); None: each line's.
    visual_rtl_paragraph: bool | None = None

    def on_mount(self) -> None:
        if hasattr(self.app, SETTING):
            self.watch(self.app, SETTING, self._visual_rtl_changed, init=False)

    def _visual_rtl_changed(self) -> None:
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if not app_visual_rtl(self):
            return lines
        try:
            memory = self._visual_memory
        except AttributeError:
            memory = self._visual_memory = LRUCache(_REMEMBERED)
        shown: list[Strip] = []
        rtl = self.visual_rtl_paragraph
        for line in lines:
            key = (rtl, *line)
            visual = memory.get(key)
            if visual is None:
                visual = memory[key] = visual_strip(line, rtl)
            shown.append(visual)
        return shown


def visual_toast_lines(toast: Widget, lines: list[Strip]) -> list[Strip]:
    """A notification's lines as the terminal must print them: in visual order while the app's
    setting says so, like the rest of the screen (each line a right-to-left paragraph in a
    Persian or Arabic interface: the app's own words; else each line's own direction)."""
    if not app_visual_rtl(toast):
        return lines
    rtl = True if is_rtl() else None
    return [visual_strip(line, rtl) for line in lines]


class VisualStatic(VisualLines, Static):
    """A `Static` that follows the right-to-left setting."""


class OwnWordsLines(VisualLines):
    """Mixed into a widget that shows the app's own words (help, a dialog's question, a status
    line, a label): in a right-to-left interface language (Persian, Arabic) each line is a
    right-to-left paragraph, reordered for the terminal while the setting says so."""

    def render_lines(self, crop: Region) -> list[Strip]:
        self.visual_rtl_paragraph = True if is_rtl() else None
        return super().render_lines(crop)


class OwnWords(OwnWordsLines, Static):
    """A `Static` of the app's own words (right-aligned in Persian and Arabic: app.tcss)."""


class OwnLabel(OwnWordsLines, Label):
    """A `Label` of the app's own words."""


class VisualOptionList(VisualLines, OptionList):
    """An `OptionList` that follows the right-to-left setting."""


class OwnButton(OwnWordsLines, Button):
    """A `Button` whose label is the app's own words (its frame stays where it is)."""


class OwnRadioButton(RadioButton):
    """A `RadioButton` whose label is the app's own words: the label (not the button beside
    it) in visual order while the setting says so in a right-to-left interface language."""

    def on_mount(self) -> None:
        if hasattr(self.app, SETTING):
            self.watch(self.app, SETTING, self._visual_rtl_changed, init=False)

    def _visual_rtl_changed(self) -> None:
        self.refresh()

    def render(self) -> Content:
        label = self.label
        if not (app_visual_rtl(self) and is_rtl() and has_rtl(label.plain)):
            return super().render()
        return render_toggle_with_label(self, Content(visual_line(label.plain, rtl=True)))


class OwnInput(Input):
    """An `Input` whose placeholder is the app's own words: shown in visual order while the
    setting says so in a right-to-left interface language. What the user types is never
    reordered (the placeholder shows only while the field is empty).

    Each key typed sets the field's `virtual_size` (the text's width, for scrolling it), which
    in a `Widget` asks for a layout of the whole screen; the field's own size does not depend
    on its text (`Input` asks for the layout itself when its size is `auto`), so here a new
    virtual size only repaints the field: a key in a field then costs a repaint of that field,
    not a layout of every widget on the screen (issue 18). A layout also kept the scroll within
    a text made shorter (text deleted right of the cursor), so the field does that itself
    (`watch_virtual_size`)."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def watch_virtual_size(self, size: Size) -> None:
        # A layout would have kept the scroll within the shorter text (ScrollView._size_updated).
        self.scroll_x = self.validate_scroll_x(self.scroll_x)

    def on_mount(self) -> None:
        if hasattr(self.app, SETTING):
            self.watch(self.app, SETTING, self._visual_rtl_changed, init=False)

    def _visual_rtl_changed(self) -> None:
        self.refresh()

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if y != 0 or self.value or not (app_visual_rtl(self) and is_rtl()):
            return strip
        return visual_strip(strip, True)
