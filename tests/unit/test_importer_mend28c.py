"""Mends of round 28c's regressions (session 28, mend28c): front matter of every YAML line
form, the fallback by look taking no sender's block, no timeline, money sent is no letter."""

from __future__ import annotations

import pytest

from appeal_tui.core.importer.build import import_document
from appeal_tui.core.importer.text_extract import extract_text


def _names(text: str, source: str | None = None) -> list[str]:
    case = import_document(text, source=source).case
    return [
        " ".join(str(r.get(k) or "") for k in ("name", "title", "organisation"))
        for r in case.get("recipients", [])
    ]


@pytest.mark.parametrize(
    "lines",
    [
        "# Built by sitegen 4.2\ntitle: Free the printers",
        "title: Free the printers\nog:image: /pics/p.jpg",
        '"title": "Free the printers"',
        "title: Free the printers\ncategories: [urgent,\nprisoners]",
        "title: Free the printers\n3col: yes",
        "title: Free the printers\nphoto (credit): Lio Branz",
        "title: Free the printers\nregion/area: Veldmark",
        "title: Free the printers\nan_unusually_long_setting_name_for_this_theme: 2",
        "title: Free the printers\n...",
        "title: Free the printers\n{% if draft %}\nhidden: true\n{% endif %}",
    ],
)
def test_front_matter_of_every_yaml_line_form_goes(lines: str) -> None:
    page = f"---\n{lines}\n---\n\nThe printers were arrested.\n"
    text = extract_text(page).text
    assert "printers were arrested" in text and "Free the printers" not in text


_SIGNED = """Dear friends,

the stall at the market is on Saturday. Please bring leaflets and a table.

Warm regards

Pelle Andrevin
Secretary
Norrvik Letter Group
Harbour Road 9
73120 Norrvik
tel. +888 444 0202
"""


def test_signature_after_a_closing_is_no_recipient() -> None:
    assert not any("Andrevin" in n for n in _names(_SIGNED))


_NEWSLETTER = """Bulletin of the Norrvik group

Twelve of us met on Wednesday and signed 35 cards. We meet again soon.

Norrvik Letter Group
Chair: Pelle Andrevin
Harbour Road 9
73120 Norrvik
Veldmark
www.norrvik-letters.example

Thank you all.
"""


def test_a_groups_own_footer_is_no_recipient() -> None:
    assert not any("Andrevin" in n or "Norrvik" in n for n in _names(_NEWSLETTER))


_LEGAL_FOOTER = """# Card-writing afternoon

Come on Sunday and write cards for people in prison.

---

Norrvik Letter Group · Registered association
Board: Pelle Andrevin (Chair), Siri Malmkvist (Treasurer)
Harbour Road 9, 73120 Norrvik
Phone +888 444 0202 · hello@norrvik-letters.example
Bank: IBAN VM44 1111 2222 3333 4444
"""


def test_a_pages_legal_footer_is_no_recipient() -> None:
    assert not any("Andrevin" in n or "Norrvik" in n for n in _names(_LEGAL_FOOTER, "page.md"))


_TIMELINE = """News from the campaign

The two nurses held since March were set free on Friday.

What happened:
Police search of the clinic, 9 March 2025
Hearing in Room 7, 22 March
Second hearing at Court 2, 30 March
Released 11 April

Thanks to all who sent cards.
"""


def test_a_timeline_is_no_recipient() -> None:
    assert not any("happened" in n or "Police" in n for n in _names(_TIMELINE))


_MONEY = """HABARI ZA WANACHAMA

Mkutano ujao ni tarehe 9 Julai. Michango yote iende kwa Mweka Hazina,
Bw. Juma Salim, Mtaa wa Pwani 7, Tanga.

Karibuni nyote.
"""


def test_money_sent_to_a_treasurer_is_no_recipient() -> None:
    assert not any("Juma" in n or "Hazina" in n for n in _names(_MONEY))
