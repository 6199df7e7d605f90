"""One helper decides singular or plural, shaped like gettext's ngettext (issue 14)."""

from __future__ import annotations

import gettext

import pytest

from appeal_tui.core.plurals import counted, plural


@pytest.mark.parametrize("n", [0, 1, 2, 11, 21])
def test_plural_chooses_as_ngettext_does(n: int) -> None:
    # A later translation step swaps ngettext in: without a catalogue it gives the same forms.
    assert plural("{n} letter", "{n} letters", n) == gettext.ngettext(
        "{n} letter", "{n} letters", n
    )


def test_counted_fills_in_the_number() -> None:
    assert counted(1, "{n} letter", "{n} letters") == "1 letter"
    assert counted(0, "{n} draft", "{n} drafts") == "0 drafts"
    assert counted(2, "{n} distinct writer", "{n} distinct writers") == "2 distinct writers"
