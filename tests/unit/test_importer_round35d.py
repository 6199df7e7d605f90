"""Round 35d: whom to write to written as a run on the line of its "write to" heading, the
heading inside a paragraph after a sentence ("... Address it to: X, office, street, city, and
begin ...", "...ください。宛先：X／office／street／..."), or a line of a case sheet parted by middle
dots with the copies inside it ("PRIMARY: ... · Salutation: ... COPIES: ...; ..."). Each on an
invented text; main found no recipient in any of them."""

from __future__ import annotations

from typing import Any

from importer_reading import recipients as _recipients


def _by_name(found: list[dict[str, Any]], part: str) -> dict[str, Any]:
    hits = [r for r in found if part in str(r.get("name"))]
    assert hits, [r.get("name") for r in found]
    return hits[0]


def _text(value: Any) -> str:
    return " ".join(value.values()) if isinstance(value, dict) else str(value)


_EN_BULLETIN = """ST BRENDA'S NEWS - LENT 2026

JUSTICE AND PEACE GROUP
This month the group asks you to send a card to the teacher Mara Quell, who has
been held without charge since March. Please write a short card to the
minister, asking that she be released at once and allowed to see her lawyer and
family. Address it to: The Minister of Justice, Ministry of Justice, 14 Harbour
Road, 2201 Port Selwyn, Norway, and begin "Dear Minister". A sentence or two is
enough, and please keep it polite.

Cards should arrive by 30 April. Thank you - the J&P group
"""


def test_a_write_to_heading_inside_a_wrapped_paragraph_opens_its_run() -> None:
    found = _recipients(_EN_BULLETIN)
    assert len(found) == 1
    minister = found[0]
    assert minister["role"] == "primary"
    assert "Ministry of Justice" in _text(minister.get("name")) + _text(
        minister.get("organisation")
    )
    assert "Minister of Justice" in _text(minister.get("title")) + _text(minister.get("name"))
    assert _text(minister.get("salutation")) == "Dear Minister"
    assert "14 Harbour Road" in minister["address"]


_ES_BOLETIN = """BOLETÍN DEL GRUPO LOCAL - MARZO 2026

La maestra Mara Quell está detenida sin cargos desde marzo. Pedimos que le envíen una
postal breve. Escriban a: Ministro de Justicia Pedro Norlando, Ministerio de Justicia, Calle
del Puerto 14, 2201 Puerto Selwyn, Noruega, y comiencen con «Señor Ministro». Gracias por
su ayuda.

Las postales deben llegar antes del 30 de abril.
"""


def test_a_write_to_heading_inside_a_paragraph_in_spanish() -> None:
    found = _recipients(_ES_BOLETIN)
    assert len(found) == 1, found
    minister = _by_name(found, "Pedro Norlando")
    assert minister["role"] == "primary"
    assert "Ministro de Justicia" in _text(minister.get("title"))
    assert "Ministerio de Justicia" in _text(minister.get("organisation"))
    assert _text(minister.get("salutation")) == "Señor Ministro"


_JA_SHEET = """緊急行動：イーストランド 教師が拘束される
UA 012/2026

イーストランドの教師マラ・クエルさんは3月に令状なしで拘束されました。

求めること
1. マラ・クエルさんを直ちに釈放すること。

手紙の送り先
英語または日本語で、2026年4月30日までに送ってください。宛先：ピーター・ノーランド法務大臣（Minister Peter Norland）／Ministry of Justice／14 Harbour Road／2201 Port Selwyn／Norway／Email: minister@justice.example.org／書き出し：Dear Minister　※ 航空便の料金は190円です。
"""  # noqa: E501


def test_a_write_to_heading_after_a_japanese_sentence_its_lines_parted_by_full_width_slashes() -> (
    None
):
    minister = _by_name(_recipients(_JA_SHEET), "Peter Norland")
    assert "Ministry of Justice" in _text(minister.get("organisation"))
    assert minister["email"] == ["minister@justice.example.org"]
    assert _text(minister.get("salutation")) == "Dear Minister"  # the note after it is no part


_EN_CASE_SHEET = """CASE SHEET - UA 31/26
EASTLAND: TEACHER HELD WITHOUT CHARGE

The teacher Mara Quell has been held without charge since March.

Who to write to

PRIMARY: Minister of Justice Peter Norland, Ministry of Justice, 14 Harbour Road, Port Selwyn 2201, Norway · Email: minister@justice.example.org · Salutation: Dear Minister COPIES: Anna Brill, Ombudsman of Eastland, 3 Quay Square, Port Selwyn 2203, Norway; Embassy of Eastland, 12 Elm Gardens, London W2 4AB · Fax: +44 20 7000 0000 · @EastlandEmb

Write in English or your own language.
"""  # noqa: E501


def test_a_case_sheet_line_parted_by_middle_dots_with_the_copies_inside_it() -> None:
    found = _recipients(_EN_CASE_SHEET)
    minister = _by_name(found, "Peter Norland")
    assert minister["role"] == "primary"
    assert _text(minister.get("salutation")) == "Dear Minister"
    ombudsman = _by_name(found, "Anna Brill")
    assert ombudsman["role"] == "copy"
    assert "Ombudsman of Eastland" in _text(ombudsman.get("title"))
    embassy = _by_name(found, "Embassy of Eastland")
    assert embassy["role"] == "copy"
    assert embassy["fax"] == ["+44 20 7000 0000"]
    assert len(found) == 3


_EN_GUARD = """URGENT ACTION
TEACHER HELD WITHOUT CHARGE

The teacher Mara Quell has been held without charge since March. Letters to: the
editor are welcome, as always.

Write to:
Minister of Justice Peter Norland
Ministry of Justice
14 Harbour Road
2201 Port Selwyn
Norway
"""


def test_a_heading_inside_a_sentence_with_no_run_after_it_changes_nothing() -> None:
    found = _recipients(_EN_GUARD)
    assert [r["name"] for r in found] == ["Peter Norland"]


# Mend 35d: a "write to" heading that ends a long line with nothing after its colon opens
# the block below as it stands (no run of the lines below, re-cut at their commas).
_EN_HEADING_ENDS_LINE = """URGENT ACTION
Teacher Mara Quell has been held without charge since 2 March 2026. Please write to:
{block}
Salutation: Dear Minister
"""


def test_a_heading_ending_a_long_line_keeps_the_lines_below_it() -> None:
    block = "Anna Berg, Minister of Justice\nMinistry of Justice, 4 Harbour Road\n"
    block += "2201 Port Selwyn, Norland"
    (minister,) = _recipients(_EN_HEADING_ENDS_LINE.format(block=block))
    assert minister["name"] == "Anna Berg"
    assert _text(minister.get("title")) == "Minister of Justice"
    assert _text(minister.get("organisation")) == "Ministry of Justice"
    assert minister["address"] == ["4 Harbour Road", "2201 Port Selwyn, Norland"]


def test_a_heading_ending_a_long_line_keeps_a_block_without_commas() -> None:
    block = "Minister of Justice Anna Berg\nMinistry of Justice\n"
    block += "4 Harbour Road, 2201 Port Selwyn, Norland"
    (minister,) = _recipients(_EN_HEADING_ENDS_LINE.format(block=block))
    assert minister["name"] == "Anna Berg"
    assert _text(minister.get("organisation")) == "Ministry of Justice"


# Mend 35d: a footer's or a share line's run under a word that is also a "write to" word
# (or "Primary") carries no recipient's evidence (no office, no body, no name with a postal
# address): no second recipient.
_EN_WITH_FOOTER = """URGENT ACTION
Teacher Mara Quell has been held without charge since 2 March 2026.

WRITE TO:
Minister of Justice
Anna Berg
Ministry of Justice
4 Harbour Road
2201 Port Selwyn
Norland
Salutation: Dear Minister

Send appeals before 30 April 2026.

{footer}
"""


def test_footer_runs_under_a_write_to_word_add_no_recipient() -> None:
    footers = [
        "Adresse: Kirchweg 3 · 12345 Musterstadt · Tel. 0301 234567",
        "Amnesty-Gruppe Musterstadt\nAdresse: Kirchweg 3 · 12345 Musterstadt · Tel. 0301 234567",
        "Gruppo locale di Bologna. Indirizzi: Via Roma 5 · 40121 Bologna · tel. 051 123456",
        "Group contact\nPrimary: Jane Doe · case coordinator · 07700 900123 · jane.doe@example.org",
        "Did you find this useful? Send to: a friend · your local group · your MP",
        "Merci ! Destinataires : vos amis · votre famille · vos collègues.",
    ]
    for footer in footers:
        found = _recipients(_EN_WITH_FOOTER.format(footer=footer))
        assert [r["name"] for r in found] == ["Anna Berg"], footer
