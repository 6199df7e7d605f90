"""The earlier versions of one draft, to restore one (drafts screen, `h`).

The same data as `appeal-tui drafts history ID`: versions an import replaced or kept aside, and
the draft as it was before each restore. Dismisses with the number of the version to restore,
or None. Every piece of draft text is `Content`, never markup.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from appeal_tui.core.draft import status_word
from appeal_tui.core.i18n import N_, _
from appeal_tui.storage.drafts import DraftVersion
from appeal_tui.ui.display_text import one_line
from appeal_tui.ui.ui_language import TranslatedKeys
from appeal_tui.ui.visual_lines import OwnWords
from appeal_tui.ui.widgets.key_footer import Footer


def version_prompt(version: DraftVersion) -> Content:
    """'2  2024-12-10 11:00  rev 5  ready  Dear Minister, I am writing…'."""
    draft = version.draft
    when = draft.updated.replace("T", " ").removesuffix("Z")[:16]
    words = one_line(draft.body)
    glimpse = words[:50] + ("…" if len(words) > 50 else "")
    status = status_word(draft.status)
    return Content(
        _("{number}  {when}  rev {revision}  {status}  {glimpse}").format(
            number=f"{version.number:>2}",
            when=when,
            revision=draft.revision,
            status=status,
            glimpse=glimpse or _("(empty)"),
        )
    )


class DraftHistoryScreen(TranslatedKeys, ModalScreen[int | None]):
    CSS_PATH = "draft_history.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", N_("Close"), key_display="Esc"),
    ]

    def __init__(self, title: str, versions: list[DraftVersion]) -> None:
        super().__init__()
        self.draft_title = title
        self.versions = versions

    def compose(self) -> ComposeResult:
        with Vertical(id="history-box"):
            yield OwnWords(
                Content(_("Earlier versions of “{title}”").format(title=self.draft_title)),
                id="history-title",
            )
            if self.versions:
                options = [Option(version_prompt(v), id=str(v.number)) for v in self.versions]
                yield OptionList(*options, id="history-list")
                hint = _(
                    "Enter restores the highlighted version; the draft as it is now is kept as "
                    "an earlier version, so nothing is lost. Esc closes."
                )
            else:
                hint = _("This draft has no earlier versions. Esc closes.")
            yield OwnWords(Content(hint), id="history-hint")
        # Its own keys: the footer of the screen beneath would offer keys that do nothing here.
        yield Footer(compact=True)

    def on_mount(self) -> None:
        if self.versions:
            options = self.query_one(OptionList)
            options.highlighted = len(self.versions) - 1  # the newest earlier version
            options.focus()

    @on(OptionList.OptionSelected, "#history-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0) or None)

    def action_close(self) -> None:
        self.dismiss(None)
