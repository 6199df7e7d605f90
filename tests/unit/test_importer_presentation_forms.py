"""Arabic and Hebrew letters as a PDF printer draws them: the shaped "presentation forms"
(U+FB1D-U+FDFF, U+FE70-U+FEFF) that Chromium's PDFs carry in their text layer. The importer reads
them as the letters they stand for, in logical order, so an Arabic urgent action printed to PDF
reads as its text does (issue 16; a blind PDF read 0 of 34 facts before)."""

from __future__ import annotations

import unicodedata

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.sources import LIGATURES
from appeal_tui.core.importer.text_extract import clean_text

# An urgent action of our own, in Arabic, with an invented official.
_TEXT = """تحرك عاجل

اعتُقل المعلم سامي المثال في 3 مارس 2027 بسبب قصيدة.

يرجى الكتابة قبل 20 أبريل 2027 إلى:

وزير العدل
السيد كريم المثال
شارع المثال 12
مدينة المثال
التحية: معالي الوزير
"""

# Each Arabic letter's isolated presentation form (what a printer may put in a text layer).
_SHAPED = {
    form: chr(c)
    for c in range(0xFE70, 0xFEFD)
    if len(form := unicodedata.normalize("NFKC", chr(c))) == 1
}


def _as_printed(text: str) -> str:
    return "".join(_SHAPED.get(ch, ch) for ch in text)


def test_presentation_forms_read_as_the_letters_they_draw() -> None:
    assert "ﻧﺪاء ﻋﺎﺟﻞ".translate(LIGATURES) == "نداء عاجل"
    assert "ﻻ".translate(LIGATURES) == "لا"  # lam-alef, one shape for two letters
    assert "ﬁ".translate(LIGATURES) == "fi"  # the Latin ligatures as before


def test_a_shaped_text_reads_as_the_same_case_as_its_letters() -> None:
    shaped = _as_printed(_TEXT)
    assert shaped != _TEXT and any(0xFE70 <= ord(c) <= 0xFEFF for c in shaped)
    assert clean_text(shaped) == clean_text(_TEXT)
    case = import_document(shaped).case
    assert case == import_document(_TEXT).case
    # What a reader of the case sees: the official, the salutation and the deadline.
    (recipient,) = case["recipients"]
    assert "كريم المثال" in recipient["name"]
    assert recipient["salutation"] == {"ar": "معالي الوزير"}
    assert str(case["deadline"]) == "2027-04-20"
