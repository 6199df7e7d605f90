"""Round 39a: a Markdown table with one column per recipient and one row per field (its first
column the fields' labels, in bold or named as fields the block reader knows) is read a
column at a time, as an HTML one is: each recipient's name, title, address and salutation
come from its own column, and a row's label ("Who") is no title. A table of a recipient a
row, and a table of a case's facts, read as before. Every table here is invented."""

from __future__ import annotations

from appeal_tui.core.importer import import_document
from importer_reading import plain, recipients

_ENGLISH = """# Letter evening — week 3

Journalist Oren Kastelby was arrested on 2 March 2026 in Varnholt and is held without a
lawyer. Write and ask for his release.

## Who to write to

| | Main target | Copy to |
|---|---|---|
| **Who** | Ilse Marwood<br>Minister of the Interior | Tobin Achterberg<br>Ambassador |
| **Address** | Kadeweg 14<br>Varnholt | 8 Linden Road<br>Kelby KB2 4LL |
| **Email** | min@interior.example.ov | embassy@ostravia.example.org |
| **Salutation** | Dear Minister | Dear Ambassador |

Write before 30 April 2026.
"""

_SPANISH = """# Acción urgente 12/27

El periodista Pelle Várkonyi fue detenido el 3 de enero de 2027 en Ostravia. Escriba
pidiendo su liberación.

## Destinatarios

| | Destinatario 1 | Destinatario 2 | Copia |
|---|---|---|---|
| **Nombre** | Dra. Irma Tolvanen | Sr. Boris Elmqvist | Embajada de Ostravia |
| **Cargo** | Fiscal General | Ministro de Justicia | — |
| **Dirección** | Calle Mayor 3 | Plaza Central 1 | Calle del Prado 9<br>28014 Madrid |
| **Tratamiento** | Señora Fiscal General | Señor Ministro | Excelencia |

Escriba antes del 1 de marzo de 2027.
"""


def _by_name(found: list[dict[str, object]], name: str) -> dict[str, object]:
    for r in found:
        if name in (plain(r.get("name")) or ""):
            return r
    raise AssertionError([plain(r.get("name")) for r in found])


def test_a_column_per_recipient_each_read_from_its_own_column() -> None:
    found = recipients(_ENGLISH, source="x.md")
    minister = _by_name(found, "Ilse Marwood")
    assert plain(minister.get("title")) == "Minister of the Interior"
    assert "Kadeweg 14" in (minister.get("address") or [])
    assert "Dear Minister" in (plain(minister.get("salutation")) or "")
    envoy = _by_name(found, "Tobin Achterberg")
    assert plain(envoy.get("title")) == "Ambassador"
    assert envoy.get("role") == "copy"
    assert "8 Linden Road" in (envoy.get("address") or [])
    assert "Dear Ambassador" in (plain(envoy.get("salutation")) or "")
    assert not any(plain(r.get("title")) == "Who" for r in found)


def test_a_spanish_column_table_with_a_copy_column() -> None:
    found = recipients(_SPANISH, source="x.md")
    fiscal = _by_name(found, "Irma Tolvanen")
    assert plain(fiscal.get("title")) == "Fiscal General"
    assert "Señora Fiscal General" in (plain(fiscal.get("salutation")) or "")
    minister = _by_name(found, "Boris Elmqvist")
    assert plain(minister.get("title")) == "Ministro de Justicia"
    assert "Plaza Central 1" in (minister.get("address") or [])
    embassy = _by_name(found, "Embajada de Ostravia")
    assert embassy.get("role") == "copy"


_ROWS = """# Urgent action 5/27

Oren Kastelby was arrested on 2 March 2026 in Varnholt. Write and ask for his release.

## Send appeals to

| Recipient | Address | Email | Salutation |
|---|---|---|---|
| **Ilse Marwood**, Minister | Kadeweg 14<br>Varnholt | min@interior.example.ov | Dear Minister |
| **Tobin Achterberg**, Prosecutor | Torenlaan 2<br>Kelby | pg@justice.example.ov | Dear Sir |
| **Anton Mirecki**, Ambassador | 8 Linden Road<br>Kelby | amb@ostravia.example | Dear Ambassador |
"""


def test_a_recipient_a_row_still_reads_a_row_at_a_time() -> None:
    found = recipients(_ROWS, source="x.md")
    names = [plain(r.get("name")) for r in found]
    assert len(found) == 3, names
    minister = _by_name(found, "Ilse Marwood")
    assert "Kadeweg 14" in (minister.get("address") or [])
    assert "Dear Minister" in (plain(minister.get("salutation")) or "")


# Mend 39a. Tables a reviewer found read a column at a time that are no table of recipients
# (letter-writing venues or hosts by town, cards to the person at risk and his lawyer, two
# people at risk side by side) or whose first column names each row's role (a recipient a
# row). Each text is invented; each asserts what main read.


def _people(text: str) -> list[str]:
    case = import_document(text, source="x.md").case
    return [str(p.get("name")) for p in case.get("people") or [] if isinstance(p, dict)]


_HOSTS = """# Write for Rights 2027

Journalist Halvard Stenquist was arrested on 9 February 2027. Come and write letters with us!

| | Bristol | Exeter |
| --- | --- | --- |
| **Name** | Mira Coulton | Gareth Penhale |
| **Address** | 4 Queen Square, Bristol BS1 4JQ | 7 Cathedral Close, Exeter EX1 1EZ |
| **Time** | 18:30 | 19:30 |
"""

_HOSTS_DE = """# Briefmarathon 2027

Der Journalist Halvard Stenquist wurde am 9. Februar 2027 festgenommen.

| | Bremen | Kassel |
| --- | --- | --- |
| **Name** | Dr. Ute Lorenzen | Prof. Karl Diehm |
| **Adresse** | Wallstraße 3, 28195 Bremen | Ständeplatz 8, 34117 Kassel |
| **Uhrzeit** | 17 Uhr | 18 Uhr |
"""


def test_a_table_of_hosts_by_town_is_no_recipients_and_keeps_the_person_at_risk() -> None:
    for text, hosts in ((_HOSTS, ("Coulton", "Penhale")), (_HOSTS_DE, ("Lorenzen", "Diehm"))):
        found = recipients(text, source="x.md")
        names = [plain(r.get("name")) or "" for r in found]
        assert not any(host in name for name in names for host in hosts), names
        assert "Halvard Stenquist" in _people(text)


_CARDS = """# Urgent action: printer held

Printer Odo Varsanyi was detained on 2 June 2027 in Tarnholm.

## Send him a card

| | Odo | His lawyer |
|---|---|---|
| **Name** | Odo Varsanyi | Ms Petra Lindqvist |
| **Address** | Tarnholm Prison<br>Tarnholm 2210 | Kirkegade 4<br>Tarnholm 2200 |
| **Note** | no politics | she passes them on |
"""


def test_a_card_table_keeps_the_person_at_risk_out_of_the_recipients() -> None:
    found = recipients(_CARDS, source="x.md")
    assert not any("Varsanyi" in (plain(r.get("name")) or "") for r in found)
    assert "Odo Varsanyi" in _people(_CARDS)


_TWO_PEOPLE = """# Urgent action: two sisters facing execution

Two sisters were sentenced to death on 5 February 2027.

| | First sister | Second sister |
|---|---|---|
| **Name** | Leila Qasrawi | Nour Qasrawi |
| **Address** | Olive Street 9, Zarqa | Olive Street 9, Zarqa |
| **Held at** | Juweideh prison | Juweideh prison |
"""


def test_a_table_of_two_people_gives_no_person_from_two_cells() -> None:
    people = _people(_TWO_PEOPLE)
    assert not any("Zarqa" in name or "Juweideh" in name for name in people), people


_ROLE_ROWS = """# Urgent action 31/27: poet sentenced

Poet Ines Marchetti-Obi was sentenced on 3 May 2027 to five years in prison.

| Role | Who | Where |
|---|---|---|
| **Recipient** | Mr Paulo Ndemba, Minister of Justice | BP 114, Port Valence |
| **Copy** | Embassy of Valence | 9 Mortimer Street, London W1T 3JJ |
| **Greeting** | Dear Minister | — |

Please write before 1 July 2027.
"""

_ROLE_ROWS_DE = """# Eilaktion 61/27: Dichterin verurteilt

Die Dichterin Ines Marchetti-Obi wurde am 3. Mai 2027 zu fünf Jahren Haft verurteilt.

| Rolle | Wer | Wohin |
|---|---|---|
| **Empfänger** | Herr Paulo Ndemba, Justizminister | BP 114, Port Valence |
| **Kopie** | Botschaft von Valence | Tiergartenstraße 12, 10785 Berlin |
| **Anrede** | Sehr geehrter Herr Minister | Exzellenz |
"""


def test_a_table_whose_first_column_names_roles_reads_a_recipient_a_row() -> None:
    found = recipients(_ROLE_ROWS, source="x.md")
    minister = _by_name(found, "Paulo Ndemba")
    assert "BP 114, Port Valence" in (minister.get("address") or [])
    assert not minister.get("organisation")
    embassy = _by_name(found, "Embassy of Valence")
    assert embassy.get("role") == "copy"
    assert "9 Mortimer Street, London W1T 3JJ" in (embassy.get("address") or [])


def test_a_german_table_whose_first_column_names_roles_reads_a_recipient_a_row() -> None:
    found = recipients(_ROLE_ROWS_DE, source="x.md")
    minister = _by_name(found, "Paulo Ndemba")
    assert "BP 114, Port Valence" in (minister.get("address") or [])
    assert not minister.get("organisation")
    assert not any("TODO" in (plain(r.get("name")) or "") for r in found)
