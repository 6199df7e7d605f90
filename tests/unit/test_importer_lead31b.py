"""Session 31, lead: a name's mentions are counted in every script.

`find_people` counts how often the text prints each run of names over the text's word
n-grams; the words were read as `[a-z0-9]+` of the folded text, so a name in Greek, Cyrillic
or Hebrew letters was never "printed twice" (round 31e's finding). The text is invented.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document

_GREEK = """Επείγουσα δράση: εθελόντρια διασώστρια διώκεται

Η Δανάη Κορωνάκη, εθελόντρια διασώστρια από το νησί Ελαφόνησος, κατηγορείται για κατασκοπεία
επειδή βοήθησε ανθρώπους στη θάλασσα.
Η Δανάη Κορωνάκη αρνείται όλες τις κατηγορίες. Η δίκη της Δανάη Κορωνάκη έχει οριστεί για τον Μάιο.

Παρακαλούμε γράψτε πριν τις 30 Απριλίου 2031.

Στείλτε επιστολές στον:
Υπουργό Δικαιοσύνης
Μεσογείων 96
115 27 Αθήνα
"""


def test_a_name_in_greek_letters_printed_three_times_is_the_person_at_risk() -> None:
    case = import_document(_GREEK, source="drasi.txt").case
    assert [p["name"] for p in case["people"]] == ["Δανάη Κορωνάκη"]
