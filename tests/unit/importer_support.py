"""What the importer's unit tests read from a short text of our own: the case a reader gets,
and its recipients (as the case file lists them)."""

from __future__ import annotations

from typing import Any

from appeal_tui.core.importer import import_document


def imported_case(text: str) -> dict[str, Any]:
    return dict(import_document(text).case)


def imported_recipients(text: str) -> list[dict[str, Any]]:
    return list(imported_case(text)["recipients"])
