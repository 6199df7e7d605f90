"""PDF pages read by position, round 3: cards side by side under a wrapped paragraph, a
column whose first lines stand alone, tables of a row per recipient, letter-spaced headings.

Every page here is written run by run with our own text (`importer_pdf.placed_pdf`), drawn
where a browser or word processor would print it; each test says what plain reading by
position got wrong before.
"""

from __future__ import annotations

from typing import Any

from importer_pdf import Run, placed_pdf

from appeal_tui.core.importer import import_document
from appeal_tui.core.importer.sources import read_document


def _recipients(data: bytes) -> dict[str, dict[str, Any]]:
    case = import_document(read_document(data), source="ua.pdf").case
    return {r["name"]: r for r in case["recipients"]}


def _lines(x: float, top: float, lines: list[str], size: float = 10, step: float = 14) -> list[Run]:
    return [Run(x, top - step * n, line, size) for n, line in enumerate(lines)]


# Two cards side by side, the second longer, under a paragraph whose last line is one word,
# and a heading at the left below the longer card.
INTRO = [
    "Write a polite letter, or send an e-mail, to the officials below and ask them to act on",
    "every point above. You may use the model letter or your own words. Please write before 30",
    "June.",
]
LEFT_CARD = [
    "Minister of the Interior",
    "Ms Helena Varga Orst",
    "Ministry of the Interior",
    "Harbour Road 5",
    "Tarvik 1020",
    "Email: minister@interior-example.org",
]
RIGHT_CARD = [
    "Chief Prosecutor",
    "Mr Oskar Lindqvist Berg",
    "Office of the Chief Prosecutor",
    "of the Republic",
    "Court Square 14",
    "Tarvik 1021",
    "Email: office@prosecution-example.org",
    "Phone: +99 10 555 2001",
]
LETTER = [
    "Dear Minister,",
    "I am writing to ask you to release the three teachers held since March without charge.",
]


def _cards_page() -> bytes:
    runs = [
        Run(54, 760, "TAKE ACTION", 13),
        *_lines(54, 730, INTRO),
        *_lines(64, 672, LEFT_CARD),
        *_lines(320, 672, RIGHT_CARD),
        # 34 points below the right card's last line: the text after the box.
        Run(54, 672 - 14 * 7 - 34, "Model letter", 11),
        *_lines(64, 672 - 14 * 7 - 64, LETTER),
    ]
    return placed_pdf([runs])


def test_cards_side_by_side_under_a_wrapped_paragraph_stay_whole() -> None:
    """Before: the word alone on the paragraph's last line ("June.") and the heading below
    the box were both taken for lines of the first card (the card's line spacing was
    measured between those two lines, far apart), so the heading came out between the
    cards and the paragraph lost its last word."""
    text = read_document(_cards_page())
    blocks = text.split("\n\n")
    assert f"{INTRO[1]} {INTRO[2]}" in text.split("\n")
    assert "\n".join(LEFT_CARD) in blocks
    assert "\n".join(RIGHT_CARD) in blocks
    assert text.index(RIGHT_CARD[-1]) < text.index("Model letter")
    found = _recipients(_cards_page())
    assert found["Ms Helena Varga Orst"]["email"] == ["minister@interior-example.org"]
    assert found["Mr Oskar Lindqvist Berg"]["email"] == ["office@prosecution-example.org"]
