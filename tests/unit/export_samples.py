"""Letters and a case built by hand for the export tests (no dependency on compose)."""

from __future__ import annotations

import datetime as dt

from appeal_tui.core.model import Case, Letter, Paragraph, Person, Recipient

SAMPLE_DATE = dt.date(2024, 5, 15)


def sample_case() -> Case:
    """A case with a primary recipient (email and handle) and two copies, one without email."""
    return Case(
        id="xx-sample-case",
        title="Sample case",
        country="Nowhere",
        people=(Person(name="Sam Example"),),
        summary="A case for tests.",
        languages=("en", "fa"),
        asks={
            "en": (
                "Release Sam Example at once and without conditions.",
                "Make sure Sam Example can see a lawyer and family.",
            ),
            "fa": ("سام اگزمپل را فوراً و بدون قید و شرط آزاد کنید.",),
        },
        recipients=(
            Recipient(
                key="minister",
                role="primary",
                name="Minister of Justice",
                address=("1 Main Street", "Capital City"),
                email=("minister@example.org",),
                twitter="@minister_x",
            ),
            Recipient(
                key="judiciary",
                role="copy",
                name="Head of the Judiciary",
                email=("[email protected]",),
            ),
            Recipient(
                key="embassy", role="copy", name="Ambassador", email=("embassy@example.net",)
            ),
        ),
    )


def sample_letter(
    n: int = 1,
    *,
    language: str = "en",
    recipient_block: tuple[str, ...] | None = None,
    subject: str | None = "About Sam Example",
    mode: str = "post",
) -> Letter:
    """A plain post letter; `n` goes into the recipient's first line as a marker ("ZZADDR<n>")."""
    rtl = language in ("fa", "ar")
    return Letter(
        case_id="xx-sample-case",
        language=language,
        direction="rtl" if rtl else "ltr",
        mode="email" if mode == "email" else "post",
        to_keys=("minister",),
        copy_keys=("judiciary", "embassy"),
        sender_block=("Ana Writer", "12 Some Street", "10115 Berlin", "Germany"),
        date=SAMPLE_DATE,
        date_text="15 May 2024",
        recipient_block=recipient_block
        or (
            f"ZZADDR{n} Minister of Justice",
            "Ministry of Justice",
            "1 Main Street",
            "Capital City",
        ),
        subject=subject,
        salutation="Dear Minister,",
        paragraphs=(
            Paragraph("I am writing to you about Sam Example.", "opening"),
            Paragraph("Please release Sam Example at once.", "ask"),
            Paragraph("Put this in your own words.", "placeholder"),
        ),
        closing="Yours sincerely,",
        signature=("Ana Writer",),
        copy_heading="Copies to:",
        copies=("Head of the Judiciary", "Ambassador"),
        notes=("The salutation was not translated.",),
    )
