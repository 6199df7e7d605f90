"""Short facts about a case as the lists show them: days left, languages, one-line summary."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.i18n import _, ngettext, ui_language
from appeal_tui.core.languages import language_name, native_name
from appeal_tui.core.model import Case


def deadline_text(deadline: dt.date | None, today: dt.date) -> str:
    """ "12 days left", "1 day left", "deadline today", "deadline passed" or "no deadline"."""
    if deadline is None:
        return _("no deadline")
    days = (deadline - today).days
    if days < 0:
        return _("deadline passed")
    if days == 0:
        return _("deadline today")
    return ngettext("{n} day left", "{n} days left", days).format(n=days)


def deadline_passed(case: Case, today: dt.date) -> bool:
    return case.deadline is not None and case.deadline < today


def language_label(code: str) -> str:
    """A language by its own name and in the interface language: "فارسی – Persian" (English),
    "فارسی – persa" (Spanish), "English"."""
    shown = language_name(code, locale=ui_language())
    native = native_name(code)
    if not native or native.casefold() == shown.casefold():
        return shown
    return f"{native} – {shown}"
