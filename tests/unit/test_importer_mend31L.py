"""Session 31, the lead's mend of its own change (review finding): a Markdown table's column
names label its cells only in a table of contacts.

A column named "Begin" (a Dutch salutation label) in a table of dates, or "Appel" (a French
one) in a table of hearings, made each row a recipient; a people table lost a surname "Na"
and a value "none" as empty cells. The texts are invented.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.text_extract import extract_text

_TIMELINE = """# Urgent action: a teacher held in Port Varen

Tamsin Orlevy was arrested on 3 March 2031.

| Stage | Begin | End |
|---|---|---|
| Pre-trial detention | 3 March 2031 | 2 May 2031 |
| Trial | 14 May 2031 | 15 May 2031 |

## Write to

Corvin Aldemar
Minister of the Interior
12 Harbour Road
Port Varen 40110
Veloria
"""

_HEARINGS = """# Action urgente : une enseignante détenue

| Date | Audience | Appel |
|---|---|---|
| 3 mars 2031 | tribunal de première instance | rejeté par la cour |
| 9 avril 2031 | cour d'appel | en cours |

| Given name | Surname | Age | Charges |
|---|---|---|---|
| Min-seo | Na | 21 | none |
"""


def test_a_table_of_dates_under_a_salutation_label_is_no_recipient() -> None:
    found = import_document(_TIMELINE, source="action.md").case["recipients"]
    assert [r["name"] for r in found] == ["Corvin Aldemar"]


def test_a_table_that_holds_no_contact_keeps_its_cells_as_printed() -> None:
    text = extract_text(_HEARINGS).text
    assert "Appel:" not in text
    assert "rejeté par la cour" in text.split("\n")
    for value in ("Na", "none", "21"):
        assert value in text.split("\n")
