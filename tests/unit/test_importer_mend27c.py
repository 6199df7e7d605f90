"""Session 27 mend (mend27c): a period's closing date and deadlines. Each text here is our own
(invented people, places and dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.importer import import_document

_HEAD = "Eilaktion 17/2032\nMarta Testowa, Lehrerin, ist in Haft.\n"


@pytest.mark.parametrize(
    "line",
    [
        # A number with a word that is no month ("3 weeks") opens no period.
        "Bitte schreibt in den kommenden 4 Wochen bis 14. Juli 2032.",
        "Escriban durante 4 semanas hasta el 14 de julio de 2032.",
        # A period of the action itself: its end is the deadline.
        "Aktionszeitraum: 2. Juni 2032 bis 14. Juli 2032",
        "Akcja trwa od 2 czerwca 2032 do 14 lipca 2032.",
        "Período da ação: 2 de junho de 2032 até 14 de julho de 2032",
    ],
)
def test_a_period_of_the_action_keeps_its_deadline(line: str) -> None:
    result = import_document(_HEAD + line + "\n")
    assert result.case.get("deadline") in (dt.date(2032, 7, 14), "2032-07-14")


def test_a_bulletins_period_stays_no_deadline() -> None:
    text = (
        "Gemeindeblatt Nr. 3\nSommer · 2. Juni 2032 bis 14. Juli 2032\n"
        "Wir denken an Marta Testowa.\n"
    )
    assert not import_document(text).case.get("deadline")
