"""What the importer read, as the importer's round tests look at it: the recipients of a text
(the "to be completed" stand-in left out) and a field's plain text."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def recipients(
    text: str, source: str = "x.txt", *, language: str | None = None
) -> list[dict[str, Any]]:
    """The recipients read from `text` (read as `language` when given), the "to be completed"
    stand-in left out."""
    case = import_document(text, source=source, language=language).case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


def names(text: str) -> list[str]:
    """The names of the recipients read from `text`."""
    return [str(r.get("name") or "") for r in recipients(text)]


# One primary recipient's block as publishers print it (name, office, body, street, city,
# country, fax, salutation): the rounds that judge what else a text names as a recipient
# (35e, 38d) put their texts around it.
MINISTER_BLOCK = """Mr. Tavish Morrendale
Minister of Justice
Ministry of Justice
14 Quay Road
Varnholt 2201
LORVANIA
Fax: +99 21 555 0101
Salutation: Dear Minister
"""


def plain(value: Any) -> str | None:
    """A field's text: a translated field's first language, else the value as text."""
    if isinstance(value, dict):
        return str(next(iter(value.values())))
    return None if value is None else str(value)


def appeal_with(block: str, heading: str = "APPEALS TO:") -> str:
    """An invented appeal whose one recipient block is `block`, under `heading` (the frame the
    head-line rounds 35c, 36c, 37b and 38c read their blocks in)."""
    return f"""URGENT ACTION UA 44/26
Journalist detained: Oren Kastelby

Oren Kastelby was arrested on 2 March 2026 in Varnholt.

Write before 30 April 2026.

{heading}

{block}
Salutation: Dear Sir

Please send appeals before 30 April 2026.
"""


def one_recipient(block: str, heading: str = "APPEALS TO:") -> dict[str, Any]:
    """The one recipient read from `block` in `appeal_with`'s frame."""
    found = recipients(appeal_with(block, heading))
    assert len(found) == 1
    return found[0]


# An invented appeal's head, up to where its copies begin: one primary recipient's block under
# "Please write immediately to:" (the rounds that read copies, 39b and 40a, put their copy
# lines after it).
APPEAL_HEAD = """URGENT ACTION: editor detained

Ms Ilse Varrow, the editor of a weekly paper in Tolvane, was arrested on 3 May 2026 and is
held without charge.

Please write immediately to:

Minister of the Interior
Mr. Cadwell Brane
12 Orchard Road
Tolvane 1000
Lorvania
Salutation: Dear Minister

"""


def copies(text: str) -> list[dict[str, Any]]:
    """The copies read from `text`."""
    case = import_document(text, source="x.txt").case
    return [r for r in case["recipients"] if r.get("role") == "copy"]
