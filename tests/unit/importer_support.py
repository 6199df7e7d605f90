"""What the importer's unit tests read from a short text of our own: the case a reader gets,
and its recipients (as the case file lists them)."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def imported_case(text: str) -> dict[str, Any]:
    return dict(import_document(text).case)


def imported_recipients(text: str) -> list[dict[str, Any]]:
    return list(imported_case(text)["recipients"])


def found_recipients(text: str) -> list[dict[str, Any]]:
    """The recipients read (without the placeholder for a primary none was read for)."""
    return [r for r in imported_recipients(text) if r["key"] != "to-be-completed"]


def plain(value: Any) -> str:
    """A text as the case gives it: plain, or one language's form."""
    return " / ".join(value.values()) if isinstance(value, dict) else str(value)


def recipients_by_name(text: str) -> dict[str, dict[str, Any]]:
    """The recipients read, by their name as plain text."""
    return {plain(r["name"]): r for r in found_recipients(text)}
