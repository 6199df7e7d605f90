"""A greeting with the name left blank ("Dear ______,") names no one: it is no recipient's
salutation, so the letter greets by the recipient's office instead of opening on the blank."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.contact_fields import blank_greeting

MODEL_LETTER = """URGENT APPEAL

Mr Tomas Ekeland, a teacher, was arrested on 3 March 2026 and is held without charge.

SAMPLE LETTER:

{greeting}

I am writing to ask for the release of Mr Tomas Ekeland.

Yours sincerely,

PLEASE SEND YOUR LETTERS TO:

1. Mr. Anton Varga
Minister of Justice
Ministry of Justice
12 Court Road
Varnholt 3301
Ostravia

2. Ms. Lena Morova
Attorney General
Attorney General's Department
5 Hill Street
Varnholt 3302
Ostravia
"""

LABELLED = """ACCIÓN URGENTE

El maestro Tomás Ekeland fue detenido el 3 de marzo de 2026.

Escriban a:

Sr. Antonio Vargas
Ministro de Justicia
Calle de la Corte 12
3301 Varnholt
Tratamiento: {greeting}
"""


@pytest.mark.parametrize("greeting", ["Dear __________,", "Dear ...........,"])
def test_a_model_letter_greeting_left_blank_is_no_ones_salutation(greeting: str) -> None:
    case = import_document(MODEL_LETTER.format(greeting=greeting), source="x.txt").case
    names = [r["name"] for r in case["recipients"]]
    assert names == ["Mr. Anton Varga", "Ms. Lena Morova"]
    assert [r.get("salutation") for r in case["recipients"]] == [None, None]


def test_a_model_letter_greeting_with_its_title_is_still_taken() -> None:
    case = import_document(MODEL_LETTER.format(greeting="Dear Minister,"), source="x.txt").case
    assert case["recipients"][0].get("salutation") == "Dear Minister"


def test_a_labelled_greeting_left_blank_is_no_salutation() -> None:
    case = import_document(LABELLED.format(greeting="Estimado Sr. ________:"), source="x.txt").case
    [minister] = case["recipients"]
    assert minister["name"].endswith("Antonio Vargas")
    assert "salutation" not in minister
    filled = import_document(LABELLED.format(greeting="Señor Ministro:"), source="x.txt").case
    assert filled["recipients"][0]["salutation"] == {"es": "Señor Ministro"}


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("Dear ______", True),
        ("Sehr geehrte/r ....", True),
        ("Dear Minister", False),
        ("Monsieur le Ministre", False),
        ("Dear Mr. A. B. Example", False),
    ],
)
def test_blank_greeting(text: str, blank: bool) -> None:
    assert blank_greeting(text) is blank


# (Reviewed: a blank beside a real greeting is taken out, not the greeting with it.)
@pytest.mark.parametrize(
    ("greeting", "read"),
    [
        ("Señor Ministro....", {"es": "Señor Ministro"}),
        ("Señor Ministro ____________", {"es": "Señor Ministro"}),
        ("Señor Ministro / Dear Minister ____", {"es": "Señor Ministro", "en": "Dear Minister"}),
        ("Señor Ministro / Estimado Sr. ______", {"es": "Señor Ministro"}),
    ],
)
def test_a_blank_beside_a_real_greeting_is_taken_out(greeting: str, read: object) -> None:
    case = import_document(LABELLED.format(greeting=greeting), source="x.txt").case
    assert case["recipients"][0]["salutation"] == read


def test_a_model_letter_greeting_with_a_signature_blank_keeps_the_greeting() -> None:
    text = MODEL_LETTER.format(greeting="Dear Minister ____________,")
    case = import_document(text, source="x.txt").case
    assert case["recipients"][0].get("salutation") == "Dear Minister"
