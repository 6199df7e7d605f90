"""Round 29b: a page that holds several appeals (a group's "appeals of the month", a digest, a
mail-out with two actions). The case is the first appeal; the second's people and recipients
are no part of it. A page holding one appeal in several sections is left whole. Each on a
short invented text."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.appeals import later_appeal
from appeal_tui.core.importer.layout import document_lines

TWO_APPEALS = """Riverton Letter Writers

Every month we choose two appeals for our members to write at home.

1. ZEMBLA – Union organiser held without charge
UA 31/30

Tomas Verelund, an organiser of the dock workers' union in Port Halder, was arrested on
3 March after a strike meeting. He is detained at the central police station without access
to a lawyer and his family fears he may be ill-treated.

What to ask: his immediate release; access to his lawyer and family.

Please write to the Minister of the Interior, Ilse Marrowgate, at:

Ministry of the Interior
12 Harbour Square
Halder City
Zembla

Send before 20 April.

2. FLORIN – Journalist threatened
UA 44/30

Nadia Quellberg, a reporter for a weekly paper in Lowmarsh, has received anonymous threats
saying she will be killed if she goes on writing about a land dispute. Police have not acted.

What to ask: protection for Nadia Quellberg; an investigation into the threats.

Write to the Attorney General:

Oskar Pendlewick
Attorney General
4 Court Road
Lowmarsh, Florin

Send before 30 April.
"""

ONE_APPEAL = """Riverton Letter Writers

1. ZEMBLA – Union organiser held without charge
UA 31/30

Tomas Verelund, an organiser of the dock workers' union in Port Halder, was arrested on
3 March after a strike meeting. He is detained at the central police station without access
to a lawyer and his family fears he may be ill-treated.

Please write to the Minister of the Interior, Ilse Marrowgate, at:

Ministry of the Interior
12 Harbour Square
Halder City
Zembla

2. Further information

See UA 31/30. Tomas Verelund was moved to a prison outside the city on 9 March and was beaten there,
his lawyer says. He has still not been charged.

Write to the Prosecutor:

Oskar Pendlewick
Regional Prosecutor
4 Court Road
Port Halder, Zembla
"""


def _cut(text: str) -> int | None:
    return later_appeal(text, {line.number: line.kind for line in document_lines(text)})


def test_a_second_appeal_is_found_where_its_heading_stands() -> None:
    lines = TWO_APPEALS.split("\n")
    cut = _cut(TWO_APPEALS)
    assert cut is not None
    assert lines[cut].startswith("2. FLORIN")


def test_the_case_is_the_first_appeal() -> None:
    case = import_document(TWO_APPEALS, source="x.txt", language="en").case
    names = [p.get("name") for p in case["people"]]
    assert "Tomas Verelund" in names
    assert "Nadia Quellberg" not in names
    recipients = [str(r.get("name")) for r in case["recipients"]]
    assert "Oskar Pendlewick" not in recipients


def test_one_appeal_in_several_sections_is_left_whole() -> None:
    assert _cut(ONE_APPEAL) is None
    case = import_document(ONE_APPEAL, source="x.txt", language="en").case
    recipients = [str(r.get("name")) for r in case["recipients"]]
    assert "Oskar Pendlewick" in recipients
