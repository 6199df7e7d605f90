"""The count: letters per case, language, recipient and status, and writers without their names."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from appeal_tui.core.model import Sender
from appeal_tui.core.tally import TallyRow, count_letters, letters_in


@dataclass(frozen=True)
class FakeDraft:
    case_id: str = "ir-case"
    case_title: str = "Blogger ordered back to prison"
    language: str = "en"
    recipients: tuple[str, ...] = ("leader", "judiciary", "embassy")
    mode: str = "post"
    sender: Sender = field(default_factory=lambda: Sender("Ana Pérez"))
    status: str = "ready"
    event: str | None = "Write for Rights 2024"
    updated: dt.datetime | str = dt.datetime(2024, 12, 10, 18, 0, tzinfo=dt.UTC)


def test_post_mode_counts_one_letter_per_recipient_email_mode_one() -> None:
    assert letters_in(FakeDraft()) == 3
    assert letters_in(FakeDraft(mode="email")) == 1


def test_breakdowns_and_totals() -> None:
    drafts = [
        FakeDraft(),
        FakeDraft(language="es", mode="email", sender=Sender("Bob"), status="sent"),
        FakeDraft(case_id="mx-case", case_title="Defender", recipients=("governor",)),
    ]
    tally = count_letters(drafts, language_name={"en": "English", "es": "Spanish"})
    assert (tally.letters, tally.drafts, tally.writers) == (5, 3, 2)
    assert tally.by_case == (
        TallyRow("ir-case", "Blogger ordered back to prison", 4),
        TallyRow("mx-case", "Defender", 1),
    )
    assert tally.by_language == (TallyRow("en", "English", 4), TallyRow("es", "Spanish", 1))
    assert tally.by_status == (TallyRow("ready", "ready", 4), TallyRow("sent", "sent", 1))
    # The email draft names all three recipients: each counts it once.
    assert dict((r.key, r.letters) for r in tally.by_recipient) == {
        "ir-case/leader": 2,
        "ir-case/judiciary": 2,
        "ir-case/embassy": 2,
        "mx-case/governor": 1,
    }


def test_writers_are_the_same_person_by_normalised_name_or_email() -> None:
    drafts = [
        FakeDraft(sender=Sender("Ana  PÉREZ")),
        FakeDraft(sender=Sender("ana pérez", email="ana@example.org")),
        FakeDraft(sender=Sender("A. Pérez", email="ANA@example.org ")),
        FakeDraft(sender=Sender("Bob")),
        FakeDraft(sender=Sender("")),  # unsigned drafts are letters but no writer
    ]
    tally = count_letters(drafts)
    assert tally.writers == 2 and tally.unnamed == 1
    assert tally.letters == 15


def test_the_tally_holds_no_names() -> None:
    tally = count_letters([FakeDraft(sender=Sender("Secret Name", email="secret@example.org"))])
    assert "Secret" not in repr(tally) and "secret@" not in repr(tally)


def test_event_and_since_filters() -> None:
    drafts = [
        FakeDraft(event="write for rights 2024"),
        FakeDraft(event="Other"),
        FakeDraft(updated="2024-11-01T10:00:00+00:00"),
        FakeDraft(event=None),
    ]
    assert count_letters(drafts, event="Write for Rights  2024").drafts == 2
    since = count_letters(drafts, event="Write for Rights 2024", since=dt.date(2024, 12, 1))
    assert since.drafts == 1
    assert count_letters(drafts).drafts == 4
