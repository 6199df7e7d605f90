"""The letters engine as the screens use it: template, composed letters, personalisation.

A thin seam over `core.compose`, `core.guidance` and `render`, so screens call one place and the
app keeps working (with a plainer template and no preview) until those modules are installed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from appeal_tui.core.model import Case, Letter, Mode, Sender


def template_for(case: Case, language: str) -> str:
    """The pre-filled body of a letter for `case` in `language`."""
    try:
        from appeal_tui.core.compose import template_body
    except ImportError:  # letters engine not installed yet: the asks, one paragraph each
        asks = case.asks.get(language) or next(iter(case.asks.values()), ())
        return "\n\n".join(asks) + "\n\n"
    return template_body(case, language)


def compose(
    case: Case,
    language: str,
    recipient_keys: tuple[str, ...],
    sender: Sender,
    body: str,
    mode: Mode,
    today: dt.date,
) -> list[Letter]:
    """Every letter the writer's choices make; empty when the letters engine is missing."""
    try:
        from appeal_tui.core.compose import compose_letters
    except ImportError:
        return []
    return compose_letters(
        case, language, list(recipient_keys), sender, body=body, mode=mode, today=today
    )


def personalisation(template: str, body: str) -> Any | None:
    """How much of `body` is the writer's own (`Personalisation`), or None without the engine."""
    try:
        from appeal_tui.core.guidance import personalisation as measure
    except ImportError:
        return None
    return measure(template, body)


def tips(case: Case) -> list[str]:
    """General and case-specific advice for writers."""
    try:
        from appeal_tui.core.guidance import GENERAL_TIPS, tips_for
    except ImportError:
        return [case.tips] if case.tips else []
    return [*GENERAL_TIPS, *tips_for(case)]


def render(letter: Letter, *, visual_rtl: bool) -> Any:
    """A Rich renderable of `letter` (plain text, never markup)."""
    try:
        from appeal_tui.render import render_letter
    except ImportError:
        from rich.text import Text

        return Text("\n\n".join(["\n".join(letter.recipient_block), letter.body_text]))
    return render_letter(letter, visual_rtl=visual_rtl)
