"""The app's "Another language…" goes through the one language rule: a language the case does
not offer is pre-filled with the case's English asks to reword, never its first language's."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.compose import PLACEHOLDER_MARK
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Sender
from appeal_tui.ui.letters import compose, template_for


def test_german_for_the_persian_first_case_uses_the_english_asks() -> None:
    case = load_library([bundled_cases_dir()]).cases["ir-hossein-ronaghi-maleki"]
    template = template_for(case, "de")
    assert PLACEHOLDER_MARK + "I respectfully urge you to allow" in template
    assert not any("\u0600" <= ch <= "\u06ff" for ch in template)
    (letter,) = compose(
        case, "de", ("supreme-leader",), Sender(name="Ana"), template, "post", dt.date(2016, 1, 20)
    )
    assert any("not offered in German" in note for note in letter.notes)
