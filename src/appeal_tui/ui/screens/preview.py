"""Preview: every letter as it will look, one tab per letter; save, mark ready, export."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static, TabbedContent, TabPane

from appeal_tui.core.draft import Draft, with_status
from appeal_tui.core.i18n import N_, _, ngettext
from appeal_tui.core.model import Case, Letter
from appeal_tui.export.email import email_addressing, mailto_url
from appeal_tui.export.social import social_message
from appeal_tui.export.text import letter_to_text
from appeal_tui.storage.drafts import DraftSaveError
from appeal_tui.storage.paths import Paths, default_paths, documents_dir
from appeal_tui.storage.profile import load_paper
from appeal_tui.ui import letters, opener
from appeal_tui.ui.actions import ScreenAction
from appeal_tui.ui.case_facts import language_label
from appeal_tui.ui.current_letter import CurrentLetter
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.letter_export import export_to_folder, write_print_html
from appeal_tui.ui.screens.export_dialog import ExportDialog
from appeal_tui.ui.screens.journey_screen import JourneyScreen
from appeal_tui.ui.screens.social_dialog import SocialDialog, SocialItem
from appeal_tui.ui.visual_lines import OwnWords
from appeal_tui.ui.widgets.app_header import AppHeader
from appeal_tui.ui.widgets.key_footer import Footer
from appeal_tui.ui.widgets.letter_preview import LetterPreview

PreviewResult = Literal["another", "drafts"]


# A tab label longer than this is cut, with an ellipsis saying so.
TAB_TITLE_MAX = 30


def tab_title(letter: Letter, case: Case | None, index: int) -> Content:
    """The name of the letter's (first) addressee, else "Letter N"; cut with "…" when long."""
    recipient = case.recipient(letter.to_keys[0]) if case and letter.to_keys else None
    name = one_line(recipient.name) if recipient else _("Letter {number}").format(number=index + 1)
    if len(name) > TAB_TITLE_MAX:
        name = name[: TAB_TITLE_MAX - 1].rstrip() + "…"
    return Content(name)


class PreviewScreen(JourneyScreen[PreviewResult]):
    """Dismisses with "another" (write another letter) or "drafts"; Esc goes back to editing."""

    ACTIONS: ClassVar[tuple[ScreenAction, ...]] = (
        ScreenAction(
            "ready",
            "m",
            N_("Mark ready"),
            N_("Mark the letter ready to print or send"),
            key_display="m",
            # Off the footer: with "r" (a right-to-left letter) it does not fit at 80 columns
            # in most languages; in the palette, the help and on its key.
            show=False,
        ),
        # Before the exports: the way forward stays on the footer down to 60 columns.
        ScreenAction(
            "another",
            "n",
            N_("Write another"),
            N_("Back to the cases for another letter"),
            key_display="n",
        ),
        ScreenAction(
            "export",
            "x",
            N_("Export"),
            N_("Save the letters to a file: text, Markdown, print-ready HTML or email draft"),
            key_display="x",
        ),
        ScreenAction(
            "print",
            "p",
            N_("Print"),
            N_("Open the letters in your browser, one a page, to print them"),
            key_display="p",
        ),
        # Off the footer (80 columns): in the palette, the help and on its key.
        ScreenAction(
            "mail",
            "e",
            N_("Email"),
            N_("Open this letter in your mail client"),
            key_display="e",
            show=False,
        ),
        ScreenAction(
            "copy",
            "c",
            N_("Copy"),
            N_("Copy this letter to the clipboard (to paste into a contact form)"),
            key_display="c",
            show=False,
        ),
        ScreenAction(
            "social",
            "t",
            N_("Social message"),
            N_("A short message for the recipients' social media accounts"),
            key_display="t",
            show=False,
        ),
        ScreenAction(
            "toggle_rtl",
            "r",
            N_("RTL"),
            N_("Right-to-left text: reorder it for this terminal, or leave that to the terminal"),
            key_display="r",
        ),
        # Saved already as they typed; the key stays for peace of mind, off the crowded footer.
        ScreenAction(
            "save",
            "s",
            N_("Save"),
            N_("Save the draft (it is saved already)"),
            key_display="s",
            show=False,
        ),
        # The status line names F2 already.
        ScreenAction(
            "drafts", "f2", N_("Drafts"), N_("All your saved letters"), key_display="F2", show=False
        ),
    )
    HELP_TITLE = N_("Your letters")
    HELP_TEXT = N_(
        "This is every letter as it will be printed or sent; each has its own tab. Your draft is "
        "saved already.\n\n"
        "m marks it ready; n starts another letter; Esc goes back to change the text.\n\n"
        "Getting the letter out: x saves it to a file (plain text, Markdown, print-ready HTML or "
        "an email draft) in a folder you choose; p opens it in your browser to print, one letter "
        "a page; e opens the letter on screen in your mail client; c copies it to the clipboard, "
        "to paste into a contact form; t gives a short message for the recipients' social media "
        "accounts. Every file is new: nothing is ever replaced.\n\n"
        "If Persian or Arabic text looks reversed, press r: some terminals do not show "
        "right-to-left text correctly. The files you export are always correct."
    )

    def __init__(
        self,
        *,
        letters: tuple[Letter, ...],
        letter: CurrentLetter,
        visual_rtl: bool = False,
    ) -> None:
        super().__init__()
        assert letter.draft is not None
        self.letters = letters
        # The app's letter: saving here (marking it ready, say) changes its one draft.
        self.letter = letter
        self.case = letter.case
        # The folder last exported to in this screen; printing writes there too.
        self.export_folder: Path | None = None
        self.visual_rtl = visual_rtl

    @property
    def draft(self) -> Draft:
        draft = self.letter.draft
        assert draft is not None
        return draft

    def compose(self) -> ComposeResult:
        yield AppHeader()
        yield OwnWords(id="preview-status", markup=False)
        if not self.letters:
            yield Static(_("No letter could be composed."), markup=False)
        with TabbedContent(id="letter-tabs"):
            for index, letter in enumerate(self.letters):
                with TabPane(tab_title(letter, self.case, index), id=f"letter-{index}"):
                    yield LetterPreview(letter, visual_rtl=self.visual_rtl)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.title = one_line(self.draft.case_title or self.draft.case_id)
        self.show_words()
        previews = self.query(LetterPreview)
        if previews:
            previews.first().focus()

    def show_words(self) -> None:
        self.sub_title = _("Your letters · {language}").format(
            language=language_label(self.draft.language)
        )
        self._show_status()

    def _show_status(self) -> None:
        count = len(self.letters)
        texts = {
            "draft": ngettext(
                "{n} letter · saved as a draft · find it again under Drafts (F2)",
                "{n} letters · saved as a draft · find it again under Drafts (F2)",
                count,
            ),
            "ready": ngettext(
                "{n} letter · marked ready · find it again under Drafts (F2)",
                "{n} letters · marked ready · find it again under Drafts (F2)",
                count,
            ),
        }
        lines = [texts.get(self.draft.status, texts["draft"]).format(n=count)]
        if self.case is not None:
            lines += letters.left_out_lines(self.case, self.draft.recipients, self.draft.mode)
        if self.draft.status == "draft" and self.letters:
            # "Mark ready" is off the footer (it did not fit at 80 columns in every language):
            # the way to it stays in view here.
            lines.append(_("Ready to print or send? Press m to mark it ready."))
        self.query_one("#preview-status", Static).update("\n".join(one_line(x) for x in lines))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_rtl":
            return any(letter.direction == "rtl" for letter in self.letters)
        if action in {"export", "print", "mail", "copy"}:
            return bool(self.letters)
        return super().check_action(action, parameters)

    def _save(self, draft: Draft) -> bool:
        try:
            result = self.letter.save(draft)
        except DraftSaveError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        if result.conflict:
            self.notify(result.message, severity="warning", markup=False)
        self._show_status()
        return True

    def action_save(self) -> None:
        if self._save(self.draft):
            self.notify(
                _("Saved. Find it again under Drafts (F2): {draft}.").format(
                    draft=self.draft.id[:6]
                ),
                markup=False,
            )

    def action_ready(self) -> None:
        if self._save(with_status(self.draft, "ready")):
            self.notify(_("Marked ready to print or send."), markup=False)

    # -- getting the letters out -----------------------------------------------------------

    def _paths(self) -> Paths:
        config = getattr(self.app, "config", None)
        paths = getattr(config, "paths", None)
        return paths if isinstance(paths, Paths) else default_paths()

    def current_letter(self) -> Letter | None:
        """The letter on the tab the writer is looking at."""
        if not self.letters:
            return None
        active = self.query_one("#letter-tabs", TabbedContent).active
        index = active.removeprefix("letter-")
        if index.isdigit() and int(index) < len(self.letters):
            return self.letters[int(index)]
        return self.letters[0]

    def _addressee(self, letter: Letter) -> str:
        recipient = self.case.recipient(letter.to_keys[0]) if self.case and letter.to_keys else None
        return one_line(recipient.name) if recipient else _("your recipient")

    def action_export(self) -> None:
        def write(format_name: str, folder: Path) -> list[Path]:
            written = export_to_folder(
                format_name,
                self.letters,
                self.case,
                self.draft.sender,
                folder,
                paper=load_paper(self._paths()),
            )
            self.export_folder = folder
            return written

        def exported(written: list[Path] | None) -> None:
            if not written:
                return
            names = ", ".join(path.name for path in written)
            self.notify(
                _("Saved {files} in {folder}").format(files=names, folder=written[0].parent),
                title=_("Exported"),
                markup=False,
                timeout=12,
            )

        dialog = ExportDialog(
            folder=self.export_folder or documents_dir(),
            letter_count=len(self.letters),
            write=write,
        )
        self.app.push_screen(dialog, exported)

    def action_print(self) -> None:
        folder = self.export_folder or self._paths().exports
        try:
            path = write_print_html(self.letters, folder, paper=load_paper(self._paths()))
        except OSError as error:
            self.notify(
                _("Could not write the file to print in {folder}: {error}").format(
                    folder=folder, error=error
                ),
                severity="error",
                markup=False,
            )
            return
        opened = opener.open_url(opener.file_url(path))
        if opened.ok:
            self.notify(
                _("Opened {file} in your browser: use your browser's Print (Ctrl+P) there.").format(
                    file=path
                ),
                title=_("Print"),
                markup=False,
                timeout=12,
            )
        else:
            self.notify(
                _(
                    "Saved {file}, but could not open it: {reason}. Open that file in a browser "
                    "and use its Print."
                ).format(file=path, reason=opened.reason),
                title=_("Print"),
                severity="warning",
                markup=False,
                timeout=15,
            )

    def action_mail(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        if self.case is None:
            self.notify(
                _("The case is not loaded, so its email addresses are unknown."),
                severity="warning",
                markup=False,
            )
            return
        if not email_addressing(letter, self.case).to:
            self.notify(
                _(
                    "No email address is known for {recipient}: print this letter and post it, "
                    "or press x to save it."
                ).format(recipient=self._addressee(letter)),
                severity="warning",
                markup=False,
                timeout=10,
            )
            return
        result = mailto_url(letter, self.case)
        if result.body_for_clipboard is not None:
            self.app.copy_to_clipboard(result.body_for_clipboard)
        opened = opener.open_url(result.url)
        parts = [
            _("Opened a new message to {recipient} in your mail client.").format(
                recipient=self._addressee(letter)
            )
            if opened.ok
            else _(
                "Could not open your mail client: {reason}. Press x to save an email draft "
                "(.eml) instead."
            ).format(reason=opened.reason)
        ]
        if result.message:
            parts.append(result.message)
        if result.body_for_clipboard is not None:
            parts.append(
                _(
                    "(The clipboard works only if your terminal allows it; if pasting gives "
                    "nothing, press c in a terminal that does, or x to save the letter as text.)"
                )
            )
        self.notify(
            " ".join(parts),
            title=_("Email"),
            severity="information" if opened.ok else "warning",
            markup=False,
            timeout=15,
        )

    def action_copy(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        self.app.copy_to_clipboard(letter_to_text(letter))
        self.notify(
            _(
                "Copied the letter to {recipient} to the clipboard, if your terminal allows it "
                "(not every terminal does: if pasting gives nothing, press x to save it as a text "
                "file)."
            ).format(recipient=self._addressee(letter)),
            title=_("Copy"),
            markup=False,
            timeout=10,
        )

    def social_items(self) -> list[SocialItem]:
        """A social message for each chosen recipient that has a handle."""
        if self.case is None:
            return []
        items = []
        for key in self.draft.recipients:
            recipient = self.case.recipient(key)
            if recipient is None or not recipient.twitter:
                continue
            try:
                message = social_message(self.case, recipient, self.draft.language)
            except ValueError:
                continue  # a handle that is not one: nothing we could post to
            items.append(SocialItem(recipient.name, message))
        return items

    def action_social(self) -> None:
        items = self.social_items()
        if not items:
            self.notify(
                _("None of the chosen recipients has a social media handle."),
                severity="warning",
                markup=False,
            )
            return

        def copy(item: SocialItem) -> None:
            self.app.copy_to_clipboard(item.message.text)
            self.notify(
                _("Copied the message for {recipient}, if your terminal allows it.").format(
                    recipient=one_line(item.recipient_name)
                ),
                markup=False,
            )

        def open_link(item: SocialItem) -> None:
            opened = opener.open_url(item.message.intent_url)
            if opened.ok:
                self.notify(
                    _("Opened the post in your browser: check it and press Post there."),
                    markup=False,
                )
            else:
                self.notify(
                    _("Could not open the browser: {reason}. Copy the message instead.").format(
                        reason=opened.reason
                    ),
                    severity="warning",
                    markup=False,
                )

        self.app.push_screen(SocialDialog(items, copy=copy, open_link=open_link))

    def action_toggle_rtl(self) -> None:
        toggle = getattr(self.app, "action_toggle_rtl", None)
        if callable(toggle):
            # The app-wide setting (every screen follows it, and it is remembered).
            toggle()
            return
        self.visual_rtl = not self.visual_rtl
        for preview in self.query(LetterPreview):
            preview.show(preview.letter, visual_rtl=self.visual_rtl)
        self.notify(
            _("Right-to-left reordering on.")
            if self.visual_rtl
            else _("Right-to-left reordering off."),
            markup=False,
        )

    def action_another(self) -> None:
        self.dismiss("another")

    def action_drafts(self) -> None:
        self.dismiss("drafts")

    def go_back(self) -> None:
        self.dismiss(None)
