"""What an import found and what the organiser must check, as plain text lines."""

from __future__ import annotations

from dataclasses import dataclass, field

from appeal_tui.core.i18n import N_, _

# The names of what was found, as the report shows them (translated where shown; a name not
# listed is shown as it is).
FOUND_NAMES = {
    "title": N_("title"),
    "reference": N_("reference"),
    "updates": N_("updates"),
    "issued": N_("issued"),
    "deadline": N_("deadline"),
    "country": N_("country"),
    "people": N_("people"),
    "languages": N_("languages"),
    "asks": N_("asks"),
    "recipients": N_("recipients"),
    "salutations": N_("salutations"),
    "fax": N_("fax"),
    "email": N_("email"),
    "phone": N_("phone"),
    "notes": N_("notes"),
}


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
        found = [
            (_(FOUND_NAMES[what]) if what in FOUND_NAMES else what, value)
            for what, value in self.found
        ]
        out = [_("found:")]
        width = max((len(what) for what, _value in found), default=0)
        out += [f"  {what.ljust(width)}  {value}" for what, value in found]
        out += [_("check: {line}").format(line=line) for line in self.checks]
        return out

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"
