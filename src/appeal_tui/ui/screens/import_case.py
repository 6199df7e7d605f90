"""Import an urgent action: a file path or pasted text -> a case file, its report, and a save
to the organiser's cases folder. Dismisses with the saved file's path, or None.

Everything shown comes from an untrusted document, so it is shown as plain text: the YAML in a
read-only TextArea, the report as a Rich `Text`, never as markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static, TextArea

from appeal_tui.core.i18n import N_, _
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.display_text import clean
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.ui_language import relabel
from appeal_tui.ui.visual_lines import OwnButton, OwnInput, OwnWords
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.key_footer import Footer

if TYPE_CHECKING:
    from appeal_tui.core.importer import ImportResult

# The importer is imported in the import's worker, not with this screen: loading it (its
# modules compile some 600 regexes) takes a second, which opening the screen would freeze for.


def _read_document(path: Path) -> str:
    """The text of the file at `path`: a PDF's text layer, or HTML, Markdown or plain text
    (UTF-8, else Windows-1252). Raises OSError, or ValueError (DocumentError) saying why."""
    from appeal_tui.core.importer import read_document
    from appeal_tui.core.importer.sources import MAX_INPUT_BYTES

    # (An urgent action is a few pages; a bigger file is the wrong one: read_document says so.)
    with open(path, "rb") as f:
        data = f.read(MAX_INPUT_BYTES + 1)
    return read_document(data)


def free_case_path(folder: Path, stem: str) -> Path:
    """`folder/stem.yaml`, or `stem-2.yaml`, `stem-3.yaml` ... the first that does not exist."""
    candidate, n = folder / f"{stem}.yaml", 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.yaml"
        n += 1
    return candidate


class ImportCaseScreen(JourneyScreen[Path | None]):
    """Import a published urgent action into a new case file in `cases_dir`."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "import",
            "ctrl+o",
            N_("Import"),
            N_("Read the file or the pasted text and make a case file of it"),
            key_display="^O",
        ),
        # Offered once an import gave something to save (check_action).
        ScreenAction(
            "save",
            "ctrl+s",
            N_("Save to my cases"),
            N_("Save the case file in your cases folder (never over another file)"),
            key_display="^S",
        ),
    )
    HELP_TITLE = N_("Import an urgent action")
    HELP_TEXT = N_(
        "Turn a published urgent action into a case file that volunteers can write from.\n\n"
        "Type the path of the saved file (PDF, HTML, Markdown or plain text) and press Enter, or "
        "paste the text of the urgent action into the box below the path and press Ctrl+O. "
        "Nothing is fetched from the network.\n\n"
        "The case file appears on the left and the report on the right: what was found, and "
        "for each field that could not be read, the line of the document to look at. Check "
        "it, then Ctrl+S saves it in your cases folder under a new name (nothing is ever "
        "replaced) and the case list reads it. Esc goes back without saving."
    )
    DEFAULT_CSS = """
    ImportCaseScreen { layout: vertical; }
    ImportCaseScreen #import-title { text-style: bold; padding: 0 1; }
    ImportCaseScreen #import-source { height: 12; }
    ImportCaseScreen #import-paste { height: 1fr; }
    ImportCaseScreen #import-buttons { height: auto; }
    ImportCaseScreen #import-buttons Button { margin: 0 1 0 0; }
    ImportCaseScreen #import-status { padding: 0 1; color: $text-muted; height: auto; }
    ImportCaseScreen #import-result { height: 1fr; }
    ImportCaseScreen #import-yaml { width: 3fr; }
    ImportCaseScreen #import-report { width: 2fr; padding: 0 1; overflow-y: auto; }
    """

    def __init__(self, cases_dir: Path) -> None:
        super().__init__()
        self.cases_dir = cases_dir
        self.result: ImportResult | None = None
        self._raw: str | None = None
        self._source: str | None = None

    def compose(self) -> ComposeResult:
        # The header shows the event's name at an event, as on every screen.
        yield AppHeader()
        yield OwnWords(id="import-title", markup=False)
        with Vertical(id="import-source"):
            yield OwnInput(id="import-path")
            yield TextArea(id="import-paste", soft_wrap=True)
            with Horizontal(id="import-buttons"):
                yield OwnButton(id="import-run", variant="primary")
                yield OwnButton(id="import-save", disabled=True)
                yield OwnButton(id="import-cancel")
        yield OwnWords(
            Text(_("Give a file path, or paste the text of the urgent action, then Import.")),
            id="import-status",
            markup=False,
        )
        with Horizontal(id="import-result"):
            yield TextArea(id="import-yaml", read_only=True)
            yield Static(Text(""), id="import-report", markup=False)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.show_words()

    def show_words(self) -> None:
        # The path typed, the pasted text and the case made of it stay as they are.
        self.query_one("#import-title", Static).update(Text(_("Import an urgent action")))
        self.query_one("#import-path", Input).placeholder = _(
            "Path to a PDF, HTML, Markdown or text file"
        )
        for button_id, label in (
            ("import-run", _("Import")),
            ("import-save", _("Save to my cases")),
            ("import-cancel", _("Back")),
        ):
            relabel(self.query_one(f"#{button_id}", Button), label)

    def _status(self, message: str) -> None:
        self.query_one("#import-status", Static).update(Text(clean(message)))

    @on(TextArea.Changed, "#import-paste")
    def _keep_paste_visible(self, event: TextArea.Changed) -> None:
        # Pasted web or email text can carry escape sequences or bidi overrides: they would act
        # on the terminal or reorder what is shown, and the importer drops them anyway.
        area = event.text_area
        cleaned = clean(area.text)
        if cleaned != area.text:
            area.load_text(cleaned)
            area.move_cursor(area.document.end)

    @on(Button.Pressed, "#import-run")
    @on(Input.Submitted, "#import-path")
    def action_import(self) -> None:
        """Read the file (or the pasted text) and import it in the background."""
        path_text = self.query_one("#import-path", Input).value.strip()
        pasted = self.query_one("#import-paste", TextArea).text
        if path_text:
            file = Path(path_text).expanduser()
            path: Path | None = file
            try:
                with open(file, "rb"):
                    pass  # a missing or unreadable file is said at once; reading waits
            except OSError as e:
                self._status(
                    _("Cannot read {file}: {reason}").format(
                        file=path, reason=e.strerror or type(e).__name__
                    )
                )
                return
            raw, source = "", Path(path_text).name
        elif pasted.strip():
            path, raw, source = None, pasted, "pasted text"
        else:
            self._status(_("Give a file path or paste the text first."))
            return
        self._status(_("Importing …"))
        # The first import of a run takes a second or two (the importer is loaded then), a big
        # PDF longer: the result's place shows that it is working until it is there.
        self.query_one("#import-result").loading = True
        self.result = None  # Ctrl+S saves only what this import gives
        self.query_one("#import-save", Button).disabled = True
        self.refresh_bindings()
        self._run_import(path, raw, source)

    @work(thread=True, exclusive=True, group="import")
    def _run_import(self, path: Path | None, raw: str, source: str) -> None:
        # Reading a PDF can take a moment: it happens here, off the UI thread, as does loading
        # the importer on the first import.
        if path is not None:
            try:
                raw = _read_document(path)
            except (OSError, ValueError) as e:
                reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
                self.app.call_from_thread(
                    self._failed,
                    _("Cannot read {file}: {reason}").format(file=path, reason=reason),
                )
                return
        from appeal_tui.core.importer import import_document

        result = import_document(raw, source=source)
        self.app.call_from_thread(self._show, raw, source, result)

    def _failed(self, message: str) -> None:
        self.query_one("#import-result").loading = False
        self._status(message)

    def _show(self, raw: str, source: str, result: ImportResult) -> None:
        self.query_one("#import-result").loading = False
        self._raw, self._source, self.result = raw, source, result
        self.query_one("#import-yaml", TextArea).load_text(clean(result.yaml_text))
        self.query_one("#import-report", Static).update(Text(clean(result.report.text())))
        self.refresh_bindings()
        if result.usable:
            self.query_one("#import-save", Button).disabled = False
            self._status(_("Imported {source}. Check the report, then save.").format(source=source))
        else:
            self._status(
                _("Nothing usable found in {source}; is it an urgent action?").format(source=source)
            )

    @on(Button.Pressed, "#import-save")
    def action_save(self) -> None:
        """Write the case to the cases folder under a name no other file has; then close."""
        if self.result is None or not self.result.usable or self._raw is None:
            return
        try:
            self.cases_dir.mkdir(parents=True, exist_ok=True)
            target = free_case_path(self.cases_dir, self.result.case_id)
            # The case's id follows its file name, so two imports never clash by id (the
            # case read is renamed, not read again: a big PDF would hold the screen).
            result = self.result.with_id(target.stem)
            from appeal_tui.storage.atomic import write_exclusive

            # Created, never written over: another file may have taken the name meanwhile.
            write_exclusive(target, result.yaml_text.encode("utf-8"), mode=0o644)
        except OSError as e:
            self._status(
                _("Could not save: {reason}").format(reason=e.strerror or type(e).__name__)
            )
            return
        self.dismiss(target)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save":
            return self.result is not None and self.result.usable
        return super().check_action(action, parameters)

    @on(Button.Pressed, "#import-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
