"""Session 31, lead: whole classes seen in documents of several sets.

- A Markdown table of recipients names its columns in its heading row ("Fax", "E-mail",
  "Salutation"). The heading row was dropped, so a bare number under "Fax" was no fax: an HTML
  table and a spreadsheet's rows keep a field's column name as the cell's label; a Markdown
  table now does the same.

The texts are invented.
"""

from __future__ import annotations

from appeal_tui.core.importer import import_document

_ROWS = [
    "| Primary | Corvin Aldemar | Minister of the Interior"
    " | 12 Harbour Road<br>Port Varen 40110<br>Veloria | +77 21 555 0198"
    " | minister@interior.example | Dear Minister |",
    "| Copy | Ilse Marrow | Chair, National Rights Commission"
    " | 4 Lantern Street<br>Port Varen 40112<br>Veloria | — | office@rights.example | Dear Chair |",
]
_TABLE = """# Urgent action: student organiser held without charge

Tamsin Orlevy, 24, was taken from her home in Port Varen on 2 March 2031.

Please write before 30 April 2031.

## Recipients

| Role | Name | Title / office | Postal address | Fax | E-mail | Salutation |
|---|---|---|---|---|---|---|
"""
_TABLE += "\n".join(_ROWS) + "\n"


def test_a_markdown_tables_fax_column_labels_its_bare_numbers() -> None:
    found = import_document(_TABLE, source="action.md").case["recipients"]
    by_name = {r["name"]: r for r in found}
    assert by_name["Corvin Aldemar"]["fax"] == ["+77 21 555 0198"]
    assert by_name["Corvin Aldemar"]["salutation"] == "Dear Minister"
    assert by_name["Corvin Aldemar"]["email"] == ["minister@interior.example"]
    # An empty cell ("—") is no fax and no line of the address.
    assert not by_name["Ilse Marrow"].get("fax")
    assert by_name["Ilse Marrow"]["address"] == ["4 Lantern Street", "Port Varen 40112", "Veloria"]


_ICELANDIC = """Áríðandi aðgerð: blaðamaður í haldi

Blaðakonan Ylfa Randversdóttir var handtekin 4. mars 2031.

SENDIÐ BRÉF TIL:

Innanríkisráðherra
Hr. Torvald Bresse
Ráðuneyti innanríkismála
Strandgata 14
Port Varen 40110
VELORIA
Símbréf: +77 21 555 0198
Netfang: radherra@innanriki.example
"""


def test_a_fax_label_of_a_language_without_the_word_fax_is_read() -> None:
    found = import_document(_ICELANDIC, source="adgerd.txt").case["recipients"]
    assert found and found[0]["fax"] == ["+77 21 555 0198"]
