"""Case text made safe to show: a second line of defence after the loader.

The loader already rejects control and bidi override characters; case text may still arrive from
elsewhere (an imported draft, a future loader change), so everything shown goes through `clean`
and is handed to Textual as `Content`, never as markup.
"""

from __future__ import annotations

from pathlib import Path

from textual.content import Content

from appeal_tui.core.hidden_text import without_hidden


def clean(text: str | None) -> str:
    """`text` without characters that could act on the terminal or reorder the display."""
    if not text:
        return ""
    return without_hidden(text)


def one_line(text: str | None) -> str:
    """`clean(text)` on a single line, for list rows and titles."""
    return " ".join(clean(text).split())


def plain(text: str | None) -> Content:
    """Case text as Textual `Content`: shown literally, never parsed as markup."""
    return Content(clean(text))


def short_path(path: str | None) -> str:
    """A file's path as a writer recognises it: relative to the current folder when inside it,
    else with `~` for the home folder."""
    if not path:
        return ""
    p = Path(path)
    try:
        return clean(str(p.resolve().relative_to(Path.cwd().resolve())))
    except (OSError, ValueError):
        pass
    try:
        return clean(str(Path("~") / p.resolve().relative_to(Path.home().resolve())))
    except (OSError, ValueError, RuntimeError):
        return clean(path)
