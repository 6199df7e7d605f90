"""Case text made safe to show: a second line of defence after the loader.

The loader already rejects control and bidi override characters; case text may still arrive from
elsewhere (an imported draft, a future loader change), so everything shown goes through `clean`
and is handed to Textual as `Content`, never as markup.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.content import Content

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate
# characters that can reorder what the writer sees.
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str | None) -> str:
    """`text` without characters that could act on the terminal or reorder the display."""
    if not text:
        return ""
    return _HIDDEN.sub("", text)


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
