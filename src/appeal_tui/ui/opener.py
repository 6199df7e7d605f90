"""Opening a file or a link outside the app: the browser (to print) or the mail client (mailto:).

Only ever called on the writer's own action. Tests replace `open_url` so nothing opens.
"""

from __future__ import annotations

import webbrowser
from dataclasses import dataclass
from pathlib import Path

from appeal_tui.core.i18n import _


@dataclass(frozen=True)
class Opened:
    """Whether the link was handed to a program, and if not, why (said to the writer)."""

    ok: bool
    reason: str = ""


def _is_terminal_browser(browser: webbrowser.BaseBrowser) -> bool:
    # Text browsers (lynx, w3m, www-browser ...) are registered as a plain GenericBrowser: they
    # would run in this very terminal, on top of the app. Graphical ones run in the background.
    if type(browser) is webbrowser.GenericBrowser:
        return True
    # Elinks is a UnixBrowser that stays in the foreground on this terminal.
    return isinstance(browser, webbrowser.Elinks)


def open_url(url: str) -> Opened:
    """Open `url` (https:, file:, mailto:) with the system's default program, without waiting."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return Opened(False, _("no web browser or mail program was found to open it"))
    if _is_terminal_browser(browser):
        return Opened(
            False, _("the only browser found runs in the terminal, which the app is using")
        )
    try:
        ok = browser.open(url)
    except OSError as error:
        return Opened(False, _("the browser could not be started ({error})").format(error=error))
    return Opened(True) if ok else Opened(False, _("the system did not open it"))


def file_url(path: Path) -> str:
    """The file:// URL of `path` (absolute, percent-encoded)."""
    return path.resolve().as_uri()
