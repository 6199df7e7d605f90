"""Export to a file: choose the format and the folder; errors keep the dialog open.

The dialog does not write by itself: it calls `write(format_name, folder)`, which returns the new
files or raises. It dismisses with the files written, or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioSet, Static

from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.export.formats import FORMATS
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnButton, OwnInput, OwnRadioButton, OwnWords
from appeal_tui.ui.widgets.key_footer import Footer

WriteFiles = Callable[[str, Path], list[Path]]


def format_label(name: str, one_per_letter: bool, letter_count: int) -> str:
    """ "txt – plain text (UTF-8)", saying when a format makes one file per letter."""
    fmt = FORMATS[name]
    label = f"{fmt.extension} – {_(fmt.description)}"
    if one_per_letter and letter_count > 1:
        label += " " + ngettext(
            "({n} file, one per letter)", "({n} files, one per letter)", letter_count
        ).format(n=letter_count)
    return label


def chosen_folder(text: str) -> Path | None:
    """The folder typed by the writer ("~" expanded), or None when nothing was typed."""
    text = text.strip()
    return Path(text).expanduser() if text else None


class ExportDialog(TranslatedKeys, ModalScreen[list[Path] | None]):
    CSS_PATH = "letter_dialogs.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel"), key_display="Esc"),
    ]

    def __init__(self, *, folder: Path, letter_count: int, write: WriteFiles) -> None:
        super().__init__()
        self.folder = folder
        self.letter_count = letter_count
        self.write = write

    def compose(self) -> ComposeResult:
        title = ngettext(
            "Export the letter to a file", "Export the {n} letters to a file", self.letter_count
        ).format(n=self.letter_count)
        with Vertical(id="export-box"):
            yield OwnWords(title, id="export-title", markup=False)
            with RadioSet(id="export-format"):
                for index, fmt in enumerate(FORMATS.values()):
                    yield OwnRadioButton(
                        Content(format_label(fmt.name, fmt.one_letter_per_file, self.letter_count)),
                        value=index == 0,
                        name=fmt.name,
                    )
            yield Label(_("Folder (created if missing; no file is ever replaced):"), markup=False)
            yield OwnInput(str(self.folder), id="export-folder", select_on_focus=False)
            yield OwnWords("", id="export-error", markup=False)
            with Horizontal(id="export-buttons"):
                yield OwnButton(Content(_("Cancel (Esc)")), id="export-cancel", compact=True)
                yield OwnButton(
                    Content(_("Export")), id="export-go", variant="primary", compact=True
                )
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.app.is_headless:
            self.query_one(Input).cursor_blink = False
        self.query_one(RadioSet).focus()

    def format_name(self) -> str:
        """The chosen format's name."""
        pressed = self.query_one(RadioSet).pressed_button
        return pressed.name if pressed is not None and pressed.name else next(iter(FORMATS))

    def _show_error(self, message: str) -> None:
        self.query_one("#export-error", Static).update(Content(message))

    @on(Button.Pressed, "#export-go")
    @on(Input.Submitted, "#export-folder")
    def export(self) -> None:
        """Write the files; on success close, else say why and stay open."""
        folder = chosen_folder(self.query_one("#export-folder", Input).value)
        if folder is None:
            self._show_error(_("Type the folder to save the files in."))
            self.query_one("#export-folder", Input).focus()
            return
        try:
            written = self.write(self.format_name(), folder)
        except (FileExistsError, NotADirectoryError):
            self._show_error(
                _("Cannot write to {folder}: a file is in the way, not a folder.").format(
                    folder=folder
                )
            )
            self.query_one("#export-folder", Input).focus()
            return
        except OSError as error:
            reason = error.strerror or str(error)
            self._show_error(
                _("Cannot write to {folder}: {reason}. Choose another folder.").format(
                    folder=folder, reason=reason
                )
            )
            self.query_one("#export-folder", Input).focus()
            return
        except ValueError as error:
            self._show_error(_("Cannot export in this format: {error}.").format(error=error))
            return
        self.dismiss(written)

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
