"""The letters engine as the screens use it: template, composed letters, personalisation.

One place for the screens to call `core.compose`, `core.guidance` and `render`, so a screen
never needs to know which module does what.
"""

from __future__ import annotations

import datetime as dt

from rich.console import RenderableType

from appeal_tui.core.compose import ComposeError, compose_letters, template_body
from appeal_tui.core.guidance import Personalisation
from appeal_tui.core.guidance import personalisation as measure
from appeal_tui.core.model import Case, Letter, Mode, Sender
from appeal_tui.render import render_letter, render_notes
from appeal_tui.ui.display_text import clean


def template_for(case: Case, language: str) -> str:
    """The pre-filled body of a letter for `case` in `language`.

    Cleaned of control and bidi override characters: it goes into the editor, which shows
    text as it is, and a case built elsewhere than the loader may carry them."""
    return clean(template_body(case, language))


def compose(
    case: Case,
    language: str,
    recipient_keys: tuple[str, ...],
    sender: Sender,
    body: str,
    mode: Mode,
    today: dt.date,
) -> list[Letter]:
    """Every letter the writer's choices make (none when no recipient is chosen)."""
    try:
        return compose_letters(
            case, language, list(recipient_keys), sender, body=body, mode=mode, today=today
        )
    except ComposeError:
        return []


def personalisation(template: str, body: str) -> Personalisation:
    """How much of `body` is the writer's own."""
    return measure(template, body)


def render(letter: Letter, *, visual_rtl: bool) -> RenderableType:
    """A Rich renderable of `letter` (plain text, never markup)."""
    return render_letter(letter, visual_rtl=visual_rtl)


def notes(letter: Letter) -> RenderableType:
    """What the writer should know about the letter."""
    return render_notes(letter)
