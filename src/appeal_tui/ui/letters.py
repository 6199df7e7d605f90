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
from appeal_tui.core.postal import PostChoice, not_by_post_line, post_recipients
from appeal_tui.render import PAGE_PADDING, letter_parts, render_letter, render_notes
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
    """Every letter the writer's choices make (none when no recipient is chosen). By post,
    recipients without a postal address are left out (`post_recipients`, as `letter` and
    `batch` do); `left_out_lines` names them."""
    keys = post_recipients(case, recipient_keys, mode).keys
    if not keys:
        return []
    try:
        return compose_letters(
            case, language, list(keys), sender, body=body, mode=mode, today=today
        )
    except ComposeError:
        return []


def post_choice(case: Case, recipient_keys: tuple[str, ...], mode: Mode) -> PostChoice:
    """Which of the chosen recipients get a letter in `mode` (the rule `letter` and `batch`
    use)."""
    return post_recipients(case, recipient_keys, mode)


def left_out_lines(case: Case, recipient_keys: tuple[str, ...], mode: Mode) -> list[str]:
    """One line for each chosen recipient a post letter cannot reach, naming the contact
    they do have (empty by email)."""
    return [not_by_post_line(r) for r in post_recipients(case, recipient_keys, mode).left_out]


def personalisation(template: str, body: str) -> Personalisation:
    """How much of `body` is the writer's own."""
    return measure(template, body)


def render(letter: Letter, *, visual_rtl: bool) -> RenderableType:
    """A Rich renderable of `letter` (plain text, never markup)."""
    return render_letter(letter, visual_rtl=visual_rtl)


def parts(letter: Letter, *, visual_rtl: bool) -> list[RenderableType]:
    """The parts `render` puts on the page in order (each a Rich renderable, never markup), and
    the page's padding inside its frame."""
    return letter_parts(letter, visual_rtl=visual_rtl)


PAGE = PAGE_PADDING


def notes(letter: Letter) -> RenderableType:
    """What the writer should know about the letter."""
    return render_notes(letter)
