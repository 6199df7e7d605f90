"""Round 35b: recipients given as rows of fields under a heading row that names the columns
(name, office, organisation, address, place, country, fax, e-mail, salutation, role), inside
a text, whatever the separator (";", "|", ","): each cell read as its column's field, a row
that wraps onto a second line read as one row, a quoted cell holding the separator read as
one cell, and the role column ("kopie", "copia", a mark under "Copy") making the row a
copy. Every table here is invented."""

from __future__ import annotations

from typing import Any

from importer_reading import recipients as _recipients


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values())
    return str(value or "")


_DUTCH = """Schrijfactie februari 2027

Pelle Várkonyi (52), boer en vakbondsman uit Ostravia, is op 3 januari 2027 opgepakt
en wordt zonder advocaat vastgehouden. Schrijf een brief en vraag zijn vrijlating.

Adressen (velden gescheiden door puntkomma's):

 Naam; Functie; Organisatie; Adres; Postcode/Plaats; Land; E-mail; Aanhef; Soort
 Irma Tolvanen; Minister van Justitie; Ministerie van Justitie; Kadeweg 14; 4411
 Varnholt; Ostravia; minister@justitie.example.ov; Geachte minister; hoofdadres
 Boris Elmqvist; Procureur-generaal; Openbaar Ministerie; Torenlaan 2; 4420 Kelby; Ostravia;
 ; Geachte procureur-generaal; hoofdadres
 Z.E. Anton Mirecki; Ambassadeur; Ambassade van Ostravia; Parkstraat 8;
 2514 JK Velmerdam; ; ambassade@ostravia.example.nl; Excellentie; kopie

Stuur je brief vóór 1 maart 2027.
"""


def test_semicolon_rows_under_a_dutch_heading_row_each_a_recipient() -> None:
    found = _recipients(_DUTCH)
    names = [_plain(r.get("name")) for r in found]
    assert any("Irma Tolvanen" in n for n in names), names
    assert any("Boris Elmqvist" in n for n in names), names
    assert any("Anton Mirecki" in n for n in names), names
    first = next(r for r in found if "Irma Tolvanen" in _plain(r.get("name")))
    assert "Minister van Justitie" in _plain(first.get("title"))
    assert first.get("role") == "primary"
    assert "minister@justitie.example.ov" in str(first.get("email"))
    assert "Geachte minister" in _plain(first.get("salutation"))


def test_a_wrapped_row_is_one_recipient_and_kopie_makes_it_a_copy() -> None:
    found = _recipients(_DUTCH)
    envoy = next(r for r in found if "Anton Mirecki" in _plain(r.get("name")))
    assert envoy.get("role") == "copy"
    assert "2514 JK Velmerdam" in " ".join(envoy.get("address") or [])
    assert "ambassade@ostravia.example.nl" in str(envoy.get("email"))
    assert len(found) == 3


_GERMAN_ROWS = "\n".join(
    [
        "Empfänger | Funktion | Anschrift | Land | Fax | Anrede | Art",
        "Lars Høvik | Innenminister | Ringstraße 40, 3300 Varnholt | Ostravia"
        " | +99 12 555 0100 | Sehr geehrter Herr Minister | Haupt",
        "Nela Brandis | Botschafterin | Botschaft von Ostravia, Am Hang 3, 10117 Kelmstadt"
        " | Ostravia | +49 30 555 0199 | Sehr geehrte Frau Botschafterin | Kopie",
    ]
)

_GERMAN = f"""Eilaktion 12/27 - Ostravia

Die Journalistin Mara Quendt wurde am 4. Februar 2027 festgenommen.

{_GERMAN_ROWS}

Schreiben Sie bis zum 20. März 2027.
"""


def test_pipe_rows_under_a_german_heading_row() -> None:
    found = _recipients(_GERMAN)
    by_name = {_plain(r.get("name")): r for r in found}
    minister = next(r for n, r in by_name.items() if "Lars Høvik" in n)
    envoy = next(r for n, r in by_name.items() if "Nela Brandis" in n)
    assert "Innenminister" in _plain(minister.get("title"))
    assert minister.get("role") == "primary"
    assert "+99 12 555 0100" in str(minister.get("fax"))
    assert envoy.get("role") == "copy"
    assert "Sehr geehrte Frau Botschafterin" in _plain(envoy.get("salutation"))


_SPANISH_ROWS = "\n".join(
    [
        "Nombre,Cargo,Dirección,País,Correo electrónico,Tratamiento,Copia",
        'Julián Moraz Tello,Fiscal General,"Calle Real 12, 4400 Varnholt",Ostravia,'
        "fiscal@mp.example.ov,Señor Fiscal General,",
        'Rosa Ibarcena,Embajadora,"Embajada de Ostravia, Paseo Alto 5, 28046 Valdoria",Nuvaria,'
        "emb@ostravia.example.es,Señora Embajadora,x",
    ]
)

_SPANISH = f"""Acción urgente 07/27: defensora detenida en Ostravia

La defensora Elvira Santacana fue detenida el 9 de enero de 2027.

{_SPANISH_ROWS}

Envíen sus llamamientos antes del 15 de marzo de 2027.
"""


def test_comma_rows_a_quoted_cell_holding_commas_is_one_address() -> None:
    found = _recipients(_SPANISH)
    fiscal = next(r for r in found if "Julián Moraz Tello" in _plain(r.get("name")))
    assert "Fiscal General" in _plain(fiscal.get("title"))
    assert "Calle Real 12" in " ".join(fiscal.get("address") or [])
    assert fiscal.get("role") == "primary"
    assert "fiscal@mp.example.ov" in str(fiscal.get("email"))


def test_a_mark_in_the_copy_column_makes_the_row_a_copy() -> None:
    found = _recipients(_SPANISH)
    envoy = next(r for r in found if "Rosa Ibarcena" in _plain(r.get("name")))
    assert envoy.get("role") == "copy"
    assert "Señora Embajadora" in _plain(envoy.get("salutation"))


def test_a_sentence_with_semicolons_is_no_heading_row() -> None:
    text = """Urgent Action 3/27

Name; office; address; the rest were not given; we wrote anyway.
The prisoner; his wife; his lawyer; all were questioned on 2 May 2027 in Varnholt 4400.
Nobody; nothing; nowhere; never; again and again.
"""
    assert _recipients(text) == []


_FRENCH_MD = """# Action urgente 05/27 : syndicaliste détenu en Ostravie

Le syndicaliste Odon Verhaegen est détenu depuis le 2 février 2027.

## Destinataires

| Nom | Fonction | Adresse | Courriel | Copie |
|---|---|---|---|---|
| Anouk Delvaux | Ambassadrice | 12 rue Haute, 75008 Brévanne | amb@ostravie.example.fr | x |
| Kasimir Ledny | Ministre de la Justice | 4 place du Palais, 4400 Varnholt | cab@j.example.ov | |

Écrivez avant le 30 mars 2027.
"""


def test_a_mark_in_a_markdown_tables_copy_column_makes_the_row_a_copy() -> None:
    found = _recipients(_FRENCH_MD, source="x.md")
    envoy = next(r for r in found if "Anouk Delvaux" in _plain(r.get("name")))
    minister = next(r for r in found if "Kasimir Ledny" in _plain(r.get("name")))
    assert envoy.get("role") == "copy"
    assert minister.get("role") == "primary"
    assert "Ministre de la Justice" in _plain(minister.get("title"))


_ITALIAN_HTML = """<html><body><h1>Azione urgente 09/27</h1>
<p>Il giornalista Ettore Valbruna è stato arrestato il 5 febbraio 2027 a Varnholt.</p>
<h2>Destinatari</h2>
<table>
<tr><th>Nome</th><th>Carica</th><th>Indirizzo</th><th>Email</th><th>Tipo</th></tr>
<tr><td>Greta Solvik</td><td>Ministra dell'Interno</td><td>Via Lunga 3, 4400 Varnholt, Ostravia</td>
<td>gabinetto@interno.example.ov</td><td>principale</td></tr>
<tr><td>Milo Carrenti</td><td>Ambasciatore</td><td>Via Alta 8, 00187 Castelvero</td>
<td>amb@ostravia.example.it</td><td>copia</td></tr>
</table>
<p>Scrivete entro il 31 marzo 2027.</p>
</body></html>
"""


def test_an_html_tables_role_column_makes_the_row_a_copy() -> None:
    found = _recipients(_ITALIAN_HTML, source="x.html")
    minister = next(r for r in found if "Greta Solvik" in _plain(r.get("name")))
    envoy = next(r for r in found if "Milo Carrenti" in _plain(r.get("name")))
    assert minister.get("role") == "primary"
    assert envoy.get("role") == "copy"
    assert "principale" not in _plain(minister.get("title"))


def test_a_dash_in_an_html_tables_cell_is_no_salutation() -> None:
    page = _ITALIAN_HTML.replace(
        "<tr><th>Nome</th><th>Carica</th><th>Indirizzo</th><th>Email</th><th>Tipo</th></tr>",
        "<tr><th>Nome</th><th>Carica</th><th>Indirizzo</th><th>Email</th><th>Tipo</th>"
        "<th>Saluto</th></tr>",
    ).replace("<td>copia</td></tr>", "<td>copia</td><td>–</td></tr>")
    page = page.replace(
        "<td>principale</td></tr>", "<td>principale</td><td>Gentile Ministra</td></tr>"
    )
    found = _recipients(page, source="x.html")
    envoy = next(r for r in found if "Milo Carrenti" in _plain(r.get("name")))
    minister = next(r for r in found if "Greta Solvik" in _plain(r.get("name")))
    assert "Gentile Ministra" in _plain(minister.get("salutation"))
    assert not envoy.get("salutation")


# Mend 35b: a table of the people at risk, or of events, with a phone or a postcode in its
# cells is no table of recipients; a "Copy" column of addresses is a field, not a role.
# (The people's tables name a real country and its dialling code: a row whose country or code
# no table knows was never read as a recipient, so it would not show the fault.)

_PEOPLE_ROWS = """Name | Age | Town | Country | Family phone
Ilse Varga | 41 | Kelby | Peru | +51 987 555 011
Tomas Varga | 19 | Kelby | Peru | +51 987 555 012
"""

_PEOPLE = f"""URGENT ACTION 11/27: two farmers detained in Ostravia

{_PEOPLE_ROWS}
Write to:
Minister of Justice Oren Malik
Ministry of Justice
Kadeweg 14, 4411 Varnholt, Ostravia
Email: minister@justice.example.ov
Salutation: Dear Minister
"""


def test_a_table_of_the_people_at_risk_with_phones_is_no_recipient() -> None:
    found = _recipients(_PEOPLE)
    names = [_plain(r.get("name")) for r in found]
    assert len(found) == 1, names
    assert "Oren Malik" in names[0]
    assert not any("Varga" in _plain(r) for r in found)


_PEOPLE_PT = """AÇÃO URGENTE 12/27: pescadores detidos

Pescadores da comunidade de Kelby foram detidos em 3 de fevereiro de 2027 depois de protestarem.

Nome; Idade; Cidade; País; Contato da família
Rui Tavares; 45; Kelby; Moçambique; +258 84 555 4567
Lia Tavares; 38; Kelby; Moçambique; +258 84 555 4568

Escreva para:
Ministra da Justiça Irma Tolvanen
Ministério da Justiça
Avenida Central 33
Maputo, Moçambique
Email: gabinete@justica.example.mz
Saudação: Excelentíssima Senhora Ministra
"""


def test_a_portuguese_table_of_the_people_at_risk_is_no_recipient() -> None:
    found = _recipients(_PEOPLE_PT)
    assert len(found) == 1, [_plain(r.get("name")) for r in found]
    assert "Irma Tolvanen" in _plain(found[0].get("name"))


_VIGILS = """URGENT ACTION 13/27: activist on trial in Varnholt

Solidarity vigils the evening before the trial:
City | Place | Address | Country | Time
Kelby | Main square | Marktplatz 1, 4420 Kelby | Ostravia | 18:00
Velmerdam | Old town | Domplatz 2, 2514 Velmerdam | Ostravia | 18:30

Write to:
Minister of Justice Oren Malik
Ministry of Justice
Kadeweg 14, 4411 Varnholt, Ostravia
Email: minister@justice.example.ov
"""


def test_a_table_of_vigils_before_write_to_is_no_recipient() -> None:
    found = _recipients(_VIGILS)
    assert len(found) == 1, [_plain(r.get("name")) for r in found]
    assert "Oren Malik" in _plain(found[0].get("name"))


_CC_MD = """# Action urgente 14/27 : syndicaliste détenu en Ostravie

## Écrivez à

| Nom | Fonction | Adresse | Courriel | Copie |
| --- | --- | --- | --- | --- |
| Kasimir Ledny | Ministre | 4 pl. du Palais, Varnholt | cab@j.example.ov | sec@j.example.ov |
| Anouk Delvaux | Procureure | 2 rue Haute, Varnholt | pg@j.example.ov | greffe@j.example.ov |
"""


def test_a_copy_column_of_addresses_in_a_markdown_table_is_the_rows_email() -> None:
    found = _recipients(_CC_MD, source="x.md")
    minister = next(r for r in found if "Kasimir Ledny" in _plain(r.get("name")))
    attorney = next(r for r in found if "Anouk Delvaux" in _plain(r.get("name")))
    assert "sec@j.example.ov" in str(minister.get("email"))
    assert "greffe@j.example.ov" in str(attorney.get("email"))
    assert minister.get("role") == attorney.get("role") == "primary"


_CC_HTML = """<html><body><h1>Azione urgente 15/27</h1>
<h2>Scrivete a</h2>
<table>
<tr><th>Nome</th><th>Carica</th><th>Indirizzo</th><th>Email</th><th>Cc</th></tr>
<tr><td>Greta Solvik</td><td>Ministra dell'Interno</td><td>Via Lunga 3, 4400 Varnholt</td>
<td>gabinetto@interno.example.ov</td><td>segreteria@interno.example.ov</td></tr>
<tr><td>Milo Carrenti</td><td>Procuratore generale</td><td>Via Alta 8, 4400 Varnholt</td>
<td>pg@giustizia.example.ov</td><td>—</td></tr>
</table>
</body></html>
"""


def test_a_cc_column_of_addresses_in_an_html_table_is_the_rows_email() -> None:
    found = _recipients(_CC_HTML, source="x.html")
    minister = next(r for r in found if "Greta Solvik" in _plain(r.get("name")))
    assert "segreteria@interno.example.ov" in str(minister.get("email"))
    assert minister.get("role") == "primary"


def test_a_cc_column_of_addresses_under_a_pipe_heading_row_is_the_rows_email() -> None:
    text = """URGENT ACTION 16/27: defender detained in Ostravia

Write to:
Name | Title | Address | Email | CC
Oren Malik | Attorney General | Kadeweg 14, Varnholt | ag@j.example.ov | press@j.example.ov
Ilse Brand | Inspector General of Police | Ringweg 2 | igp@p.example.ov | pr@p.example.ov
"""
    found = _recipients(text)
    attorney = next(r for r in found if "Oren Malik" in _plain(r.get("name")))
    assert "press@j.example.ov" in str(attorney.get("email"))
    assert "ag@j.example.ov" in str(attorney.get("email"))
    assert attorney.get("role") == "primary"
