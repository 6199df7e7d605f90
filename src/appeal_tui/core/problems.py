"""Problems found in input files, as data: printed by the CLI, shown in the TUI."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from appeal_tui.core.hidden_text import LINE_BREAKS, LINE_SEPARATORS, hidden_pattern

# A name (a file's, a key's) is one line: its line breaks and tabs are escaped too. A message
# keeps its own line breaks (some show a YAML example on the next line).
_IN_NAME = hidden_pattern(also=LINE_BREAKS + LINE_SEPARATORS)
_IN_MESSAGE = hidden_pattern(also=LINE_SEPARATORS)


def _escape(match: re.Match[str]) -> str:
    return repr(match.group())[1:-1]


def shown(name: object) -> str:
    """A file name, path or key from a stranger, safe to print on a terminal: each hidden
    character (see `core.hidden_text`), line break and tab written the way `repr` writes it
    (ESC as `\\x1b`, NUL as `\\x00`, U+202E as `\\u202e`): inert, but still recognisable."""
    return _IN_NAME.sub(_escape, str(name))


def shown_message(text: str) -> str:
    """A message to print on a terminal: hidden characters escaped as `shown` does, line breaks
    kept."""
    return _IN_MESSAGE.sub(_escape, text)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file. `line` and `column` are 1-based; None when unknown."""

    path: str
    line: int | None
    column: int | None
    message: str
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def format(self) -> str:
        """`path:line:col: error: message`, the form compilers and editors understand.

        The path and message are passed through `shown`: both may quote a stranger's file name
        or key, and this line is printed on a terminal."""
        where = shown(self.path)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity.value}: {shown_message(self.message)}"


def has_errors(problems: list[Problem] | tuple[Problem, ...]) -> bool:
    return any(p.is_error for p in problems)
