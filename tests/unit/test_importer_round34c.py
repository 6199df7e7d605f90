"""Round 34c: a found recipient's title and organisation. A line of words no table lists,
between the person's name and the line naming their body (an office in a language whose
word for it is in no table), is the person's office: its position in the block says so.
Invented texts."""

from __future__ import annotations

from importer_reading import plain as _plain
from importer_reading import recipients as _recipients


def _letter(block: str) -> str:
    return f"""URGENT ACTION UA 61/26
Journalist detained: Oren Kastelby

Oren Kastelby was arrested on 2 March 2026 in Varnholt.

Write before 30 April 2026.

APPEALS TO:

{block}
Salutation: Dear Sir

Please send appeals before 30 April 2026.
"""


def test_an_office_line_in_no_table_between_name_and_body_is_the_title() -> None:
    found = _recipients(
        _letter(
            "Ilvan Ostrazek\nVarnökhivatalnok\nMinistry of the Interior\n"
            "Harbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert len(found) == 1
    assert found[0]["name"] == "Ilvan Ostrazek"
    assert _plain(found[0].get("title")) == "Varnökhivatalnok"
    assert _plain(found[0].get("organisation")) == "Ministry of the Interior"


def test_the_office_line_in_brackets_too() -> None:
    found = _recipients(
        _letter(
            "Ilvan Ostrazek\nPääkirjuri (Chief Clerk)\nOstravian Ministry of Justice\n"
            "Harbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert _plain(found[0].get("title")) == "Pääkirjuri (Chief Clerk)"
    assert _plain(found[0].get("organisation")) == "Ostravian Ministry of Justice"


def test_an_office_already_read_keeps_the_style_line_out() -> None:
    # The office read before the name: the line between name and body is a style, not read.
    found = _recipients(
        _letter(
            "Minister of Justice Ilvan Ostrazek\nKeeper of the Harbour Lights\n"
            "Ministry of Justice\nHarbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert _plain(found[0].get("title")) == "Minister of Justice"
    assert _plain(found[0].get("organisation")) == "Ministry of Justice"


def test_not_over_a_line_that_is_an_office_itself() -> None:
    # "X, IPS" / "Director General of Police" / a body: the office is the second line.
    found = _recipients(
        _letter(
            "Shri Ilvan Ostrazek, OPS\nDirector General of Police\n"
            "Police Headquarters, Varnholt\nHarbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert _plain(found[0].get("title")) == "Director General of Police"


def test_not_a_bodys_name_over_the_same_in_another_script() -> None:
    found = _recipients(
        _letter(
            "Copies to:\n\n奥斯特拉维亚经济文化办事处\nOstravian Economic and Cultural Office\n"
            "Harbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert all("办事处" not in (_plain(r.get("title")) or "") for r in found), found


def test_not_under_a_heading_word_read_as_the_name() -> None:
    # A table's heading row ("Salutation") over the cell of a name and office: no title
    # holding the person's name.
    found = _recipients(
        _letter(
            "Addressee\nSalutation\n\nIlvan Ostrazek prezident Ostravskej republiky\n"
            "Office of the President\nHarbour Road 14\n1200 Varnholt\nOstravia"
        )
    )
    assert all("Ostrazek" not in (_plain(r.get("title")) or "") for r in found), found


# Mend 34c: lines between the name and the body that are no office by their words.


def _block(middle: str, name: str = "Frau Ilva Ostrazek") -> str:
    return _letter(
        f"{name}\n{middle}\nMinistry of the Interior\nHarbour Road 14\n1200 Varnholt\nOstravia"
    )


def test_a_wrapped_spanish_name_is_no_office_but_the_name() -> None:
    found = _recipients(_block("Sarabia Montes", name="Sr. Andrés Pilón"))
    assert _plain(found[0].get("title")) is None
    assert found[0]["name"] == "Sr. Andrés Pilón Sarabia Montes"
    assert _plain(found[0].get("organisation")) == "Ministry of the Interior"


def test_a_wrapped_arabic_family_name_is_no_office_but_the_name() -> None:
    found = _recipients(_block("Al Daxani", name="Sheikh Omar bin Rashid"))
    assert _plain(found[0].get("title")) is None
    assert found[0]["name"] == "Sheikh Omar bin Rashid Al Daxani"


def test_a_building_is_no_office() -> None:
    for building in ("Haus der Justiz", "Μέγαρο Μαξίμου"):
        found = _recipients(_block(building))
        assert _plain(found[0].get("title")) is None, (building, found)
        assert found[0]["name"] == "Frau Ilva Ostrazek"
        assert _plain(found[0].get("organisation")) == "Ministry of the Interior"


def test_a_handling_note_post_nominals_or_a_department_is_no_office() -> None:
    for middle in ("Personal and Confidential", "Private", "KC, MP", "Directie Wetgeving"):
        found = _recipients(_block(middle, name="Ms Ilva Ostrazek"))
        assert _plain(found[0].get("title")) is None, (middle, found)
        assert _plain(found[0].get("organisation")) == "Ministry of the Interior"


def test_an_office_of_capitalised_words_stays_the_title() -> None:
    # "Coordinadora Ejecutiva Nacional" looks like a name but holds an office's word.
    found = _recipients(_block("Coordinadora Ejecutiva Nacional", name="Mtra. Ilva Ostrazek"))
    assert _plain(found[0].get("title")) == "Coordinadora Ejecutiva Nacional"


def test_in_a_script_without_capitals_the_line_stays_the_office() -> None:
    # Hebrew has no capitals: its words all "look like a name", so that test is not made.
    found = _recipients(
        _letter(
            "מר אילון אוסטרזק\nהפקיד הראשי\nמשרד הפנים של אוסטרביה\n"
            "רחוב הנמל 14\n1200 ורנהולט\nאוסטרביה"
        )
    )
    assert _plain(found[0].get("title")) == "הפקיד הראשי"
