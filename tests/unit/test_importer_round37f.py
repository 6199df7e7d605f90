"""Round 37f: a site's navigation or language menu line ("Home | About us | Contact",
"Français · Deutsch · Español") is no recipient. Invented texts."""

from __future__ import annotations

from appeal_tui.core.importer import import_document


def _names(text: str) -> list[str]:
    case = import_document(text, source="x.txt").case
    return [str(r.get("name")) for r in case["recipients"] if r.get("key") != "to-be-completed"]


_BODY = """Union leader threatened

The union leader Tomas Verel was threatened with death in Porto Claro on 3 May 2031, after
his treasurer was killed.

Please write to:

Dr. Carlos Dantas Meireles
President of the Republic
Carrera 8 No. 7-26
Porto Claro
NORLANDIA

Copies to:

H.E. Juan Pereira Uribe
Embassy of Norlandia
84 Elm Street
London W8 5DL
"""


def test_site_menu_over_the_page_heading_is_no_recipient() -> None:
    text = (
        _BODY
        + "Dear Ambassador\n\nStart | Who we are | Our members | Alerts | Reports | Contact\n\n"
        + "ALERTS 2031\n\nLabour lawyer detained\n"
    )
    names = _names(text)
    assert not any("|" in n for n in names), names
    assert any("Meireles" in n for n in names), names


def test_language_menu_is_no_recipient() -> None:
    text = (
        "Start\nCampaigns\nAbout us\nContact\n\nNederlands | Italiano | Português\n"
        + "Posted on our website 4-May-2031\n\n"
        + _BODY
    )
    names = _names(text)
    assert not any("Italiano" in n for n in names), names


def test_page_tools_line_below_the_copies_is_no_recipient() -> None:
    text = (
        _BODY
        + "\nPlease send a copy of your letters to us at copies@example.org.\n\n"
        + "<- Back to: Stories | Print | Mail to a friend\n\nShare\n"
    )
    names = _names(text)
    assert not any("Print" in n for n in names), names
    assert any("Pereira" in n for n in names), names


def test_menu_shape_unit() -> None:
    from appeal_tui.core.importer.site_menus import is_site_menu

    assert is_site_menu("Start · Campaigns · Contact")
    assert is_site_menu("News • Events • Donate")
    # An office in three languages, with or without a number in its address, stays a
    # recipient: a slash is no menu's separator.
    assert not is_site_menu("Ministre / Minister / Ministro")
    assert not is_site_menu("Dr. Carlos Dantas Meireles")
    assert not is_site_menu("Minister of Justice | Ministry of Justice and Constitutional Affairs")
