"""The one form of a placeholder the importer writes: a string that starts with "TODO: ".

Every value the importer could not read, or read but wants a person to reword, is written as
`todo("what to write here")`. `appeal-tui validate` reports each of them as an error, so a case
is not used before its TODOs are filled; once they are, the case validates.
"""

from __future__ import annotations

TODO_PREFIX = "TODO: "


def todo(what: str) -> str:
    return TODO_PREFIX + what


def is_todo(value: object) -> bool:
    return isinstance(value, str) and value.startswith(TODO_PREFIX)
