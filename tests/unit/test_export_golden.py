"""Golden files: every export format of the seed case, in English and Persian, byte for byte.

A change to a letter's wording or layout shows up here as a reviewed diff. After an intended change,
regenerate with `APPEAL_TUI_REGENERATE_GOLDEN=1 pytest tests/unit/test_export_golden.py` and read
the diff of tests/golden/exports/ before committing it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from appeal_tui.core import compose
from appeal_tui.core.loading import load_case_file
from appeal_tui.core.model import Case, Letter, Sender

REPO = Path(__file__).resolve().parents[2]
GOLDEN = REPO / "tests" / "golden" / "exports"
SEED = REPO / "cases" / "ir-hossein-ronaghi-maleki.yaml"
TODAY = dt.date(2024, 5, 15)
SENDER = Sender(
    name="Ana Example",
    address=("12 Example Street",),
    city="10115 Berlin",
    country="Germany",
    email="ana@example.org",
)
REGENERATE = os.environ.get("APPEAL_TUI_REGENERATE_GOLDEN") == "1"
LANGUAGES = ["en", "fa"]


def _case() -> Case:
    case = load_case_file(SEED).case
    assert case is not None, "the seed case does not load"
    return case


def _letters(case: Case, language: str, mode: str) -> list[Letter]:
    # Post: a letter to the primary recipient. Email: one letter, To the primary, Cc the copies.
    if mode == "post":
        keys = [r.key for r in case.recipients if r.is_primary]
    else:
        keys = [r.key for r in case.recipients]
    letters: list[Letter] = compose.compose_letters(
        case, language, keys, SENDER, mode=mode, today=TODAY
    )
    assert letters
    return letters


def _txt(case: Case, language: str) -> bytes:
    from appeal_tui.export.formats import render

    return render("txt", _letters(case, language, "post"))


def _md(case: Case, language: str) -> bytes:
    from appeal_tui.export.formats import render

    return render("md", _letters(case, language, "post"))


def _html(case: Case, language: str) -> bytes:
    from appeal_tui.export.formats import render

    return render("html", _letters(case, language, "post"))


def _eml(case: Case, language: str) -> bytes:
    from appeal_tui.export.email import letter_to_eml

    (letter,) = _letters(case, language, "email")
    return letter_to_eml(letter, case, sender=SENDER)


def _mailto(case: Case, language: str) -> bytes:
    from appeal_tui.export.email import mailto_url

    (letter,) = _letters(case, language, "email")
    result = mailto_url(letter, case)
    fields = {
        "url": result.url,
        "body_in_url": result.body_in_url,
        "body_for_clipboard": result.body_for_clipboard,
        "message": result.message,
    }
    return (json.dumps(fields, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _social(case: Case, language: str) -> bytes:
    from appeal_tui.export.social import social_message

    out = []
    for recipient in case.recipients:
        if recipient.twitter:
            message = social_message(case, recipient, language, link="https://example.org/ua")
            out.append(
                {
                    "recipient": recipient.key,
                    "text": message.text,
                    "weighted_length": message.weighted_length,
                    "intent_url": message.intent_url,
                }
            )
    return (json.dumps(out, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


FORMATS: dict[str, tuple[str, Callable[[Case, str], bytes]]] = {
    "txt": ("txt", _txt),
    "md": ("md", _md),
    "html": ("html", _html),
    "eml": ("eml", _eml),
    "mailto": ("mailto.json", _mailto),
    "social": ("social.json", _social),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_seed_case_export_matches_golden_file(fmt: str, language: str) -> None:
    extension, make = FORMATS[fmt]
    data = make(_case(), language)
    path = GOLDEN / f"ir-hossein-ronaghi-maleki.{language}.{extension}"
    if REGENERATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    assert path.exists(), f"no golden file {path.name}: run with APPEAL_TUI_REGENERATE_GOLDEN=1"
    assert data == path.read_bytes(), f"{path.name} differs; regenerate and review the diff"
