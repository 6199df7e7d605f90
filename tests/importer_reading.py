"""What the importer read, as the importer's round tests look at it: the recipients of a text
(the "to be completed" stand-in left out) and a field's plain text."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def recipients(text: str, source: str = "x.txt") -> list[dict[str, Any]]:
    case = import_document(text, source=source).case
    return [r for r in case["recipients"] if r.get("key") != "to-be-completed"]


def plain(value: Any) -> str | None:
    """A field's text: a translated field's first language, else the value as text."""
    if isinstance(value, dict):
        return str(next(iter(value.values())))
    return None if value is None else str(value)
