"""Session 28 mend (mend28e): round 28e's deadline and reference rules on story texts."""

from __future__ import annotations

import datetime as dt

import pytest

from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import find_deadline, find_reference


def _deadline(text: str) -> dt.date | None:
    return find_deadline(text, find_dates(text), None)[0]


@pytest.mark.parametrize(
    "text",
    [
        # A label noun with a complement that names another date (finding 2).
        "Nobody has heard from him since. Last date seen: 4 April 2031, near the bus station.",
        "The ministry set a closing date of the inquiry: 29 July 2031, and named no judge.",
        "Termin rozprawy odwoławczej: 14 maja 2031 r. Rodzina czeka na wyrok.",
        "Termín hlavního líčení: 14. května 2031. Rodina čeká na rozsudek.",
        # "until" in a custody sentence (finding 3).
        "Tuomioistuin määräsi hänet vangittavaksi 31.7.2031 asti ilman syytettä.",
        "Judecătorul a prelungit detenția pana la 31 iulie 2031, fără probe noi.",
        "Mahakama iliamua azuiliwe hadi tarehe 31 Julai 2031 bila mashtaka.",
        # "before" and an end in a story (finding 4).
        "Era già stata minacciata prima dell'11 aprile 2031, quando l'hanno fermata.",
        "Before: 2 April 2031 he had been questioned twice by the police.",
        "The election campaign ends 31 July 2031 and observers fear new arrests.",
    ],
)
def test_story_dates_are_no_deadline(text: str) -> None:
    assert _deadline(text) is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Closing date: 4 April 2031", dt.date(2031, 4, 4)),
        ("Termin wysyłania apeli: 14 maja 2031 r.", dt.date(2031, 5, 14)),
        ("Please write to the minister before: 2 April 2031.", dt.date(2031, 4, 2)),
        ("Campaign ends 31 July 2031", dt.date(2031, 7, 31)),
    ],
)
def test_action_dates_stay_deadlines(text: str, date: dt.date) -> None:
    assert _deadline(text) == date


def test_an_iso_date_is_no_reference() -> None:
    text = "URGENT ACTION 2031-04-16\n\nFree the teacher Ana Example\n\nShe was arrested."
    assert find_reference(text).reference != "2031-04"


@pytest.mark.parametrize(
    "text",
    [
        "To the Governor\nNo. 21-C, Jalan Contoh\n50400 Kuala Lumpur\n\nDear Governor,",
        "Alcaldía\nNo. 9/D Calle Mayor\nCiudad Ejemplo\n\nSeñor Alcalde:",
    ],
)
def test_a_house_number_is_no_reference(text: str) -> None:
    assert find_reference(text).reference is None


def test_a_number_sign_alone_on_its_line_stays() -> None:
    assert (
        find_reference("ACTION URGENTE\nN° 031/ABC/2031\n\nLibérez X.").reference
        == "N° 031/ABC/2031"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Her lawyer filed Criminal Appeal 207/2030 in March.\n\nWrite to the judge.",
        "Appeal No. 9-C/2031 will be heard next month.\n\nWrite to the judge.",
        "Otherland Press Freedom Bulletin 21/2031\n\nThe journalist was detained.",
    ],
)
def test_a_court_case_number_is_no_reference(text: str) -> None:
    assert find_reference(text).reference is None
