"""Round 39a: a Markdown table with one column per recipient and one row per field (its first
column the fields' labels, in bold or named as fields the block reader knows) is read a
column at a time, as an HTML one is: each recipient's name, title, address and salutation
come from its own column, and a row's label ("Who") is no title. A table of a recipient a
row, and a table of a case's facts, read as before. Every table here is invented."""

from __future__ import annotations

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
