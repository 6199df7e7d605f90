"""The one form of a placeholder the importer writes: a string that starts with "TODO: ".

Every value the importer could not read, or read but wants a person to reword, is written as
`todo("what to write here")`. `appeal-tui validate` reports each of them as an error, so a case
is not used before its TODOs are filled; once they are, the case validates.
"""

from __future__ import annotations

from typing import Any

TODO_PREFIX = "TODO: "


def todo(what: str) -> str:
    return TODO_PREFIX + what


def is_todo(value: object) -> bool:
    return isinstance(value, str) and value.startswith(TODO_PREFIX)


def filled(value: Any, text: str = "Filled in.") -> Any:
    """`value` (a case as data) with every TODO replaced by `text`: what the case is once the
    organiser has done their part. The importer checks that this validates."""
    if is_todo(value):
        return text
    if isinstance(value, dict):
        return {k: filled(v, text) for k, v in value.items()}
    if isinstance(value, list):
        return [filled(v, text) for v in value]
    return value
