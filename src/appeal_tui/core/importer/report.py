"""What an import found and what the organiser must check, as plain text lines."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ImportReport:
    """`found`: (what, value) pairs in the case's order; `checks`: one line per uncertain item."""

    found: list[tuple[str, str]] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    def add(self, what: str, value: str) -> None:
        self.found.append((what, value))

    def check(self, line: str) -> None:
        if line not in self.checks:
            self.checks.append(line)

    def lines(self) -> list[str]:
        """ "found:" lines, then one "check: ..." line per uncertain item."""
        out = ["found:"]
        width = max((len(what) for what, _ in self.found), default=0)
        out += [f"  {what.ljust(width)}  {value}" for what, value in self.found]
        out += [f"check: {line}" for line in self.checks]
        return out

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"
