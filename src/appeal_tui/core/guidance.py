"""Guidance for writers: how much of a letter is their own, and how to write a good one.

Officials learn to recognise a form letter at a glance; a letter with a few sentences of the
writer's own is read. `personalisation` measures that on every keystroke, so it must stay fast
(a two-page letter takes well under a millisecond or two).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from appeal_tui.core.i18n import N_, _
from appeal_tui.core.model import Case

_WORD = re.compile(r"\w+(?:['’\-]\w+)*", re.UNICODE)

GENERAL_TIPS: tuple[str, ...] = (
    N_(
        "Be polite and respectful, however strongly you feel: a courteous letter is read, an angry "
        "one is filed."
    ),
    N_("Name the person at risk and say clearly what you ask the official to do."),
    N_("Say who you are: your work, your town, why this case matters to you."),
    N_("Be specific: mention one or two facts of the case rather than general statements."),
    N_(
        "Keep to human rights: no insults, no comments on the country's politics or religion, and "
        "no political views of your own."
    ),
    N_(
        "Write a few sentences in your own words; a letter that is only the template counts "
        "for less."
    ),
    N_("Keep it short: one page is enough."),
)


@dataclass(frozen=True)
class Personalisation:
    """How much of a body is the writer's: words added or changed against the template."""

    own_words: int
    total_words: int
    ratio: float
    is_all_template: bool


def _words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


@lru_cache(maxsize=512)
def _line_words(line: str) -> tuple[str, ...]:
    return tuple(_words(line))


def _body_words(body: str) -> list[str]:
    """`_words(body)`, splitting each line once: between keystrokes only the line being typed
    in changes. (No word spans a line break: the pattern matches no newline.)"""
    words: list[str] = []
    for line in body.split("\n"):
        words += _line_words(line)
    return words


@lru_cache(maxsize=8)
def _template_words(template: str) -> tuple[str, ...]:
    # The template does not change while the writer types: split it once.
    return tuple(_words(template))


def personalisation(template: str, body: str) -> Personalisation:
    """Count the words of `body` that are not the template's (inserted or replaced)."""
    words = _body_words(body)
    if not words:
        return Personalisation(0, 0, 0.0, True)
    base = _template_words(template)
    # The same start and end are common (the writer edits the middle): count them directly,
    # so the quadratic matcher only sees the part that differs.
    head = 0
    limit = min(len(base), len(words))
    while head < limit and base[head] == words[head]:
        head += 1
    tail = 0
    while tail < limit - head and base[-1 - tail] == words[-1 - tail]:
        tail += 1
    template_middle = base[head : len(base) - tail]
    body_middle = words[head : len(words) - tail]
    kept = head + tail
    if template_middle and body_middle:
        # autojunk off: in a short text common words are not noise, and junk heuristics would
        # count template words as the writer's.
        matcher = SequenceMatcher(None, template_middle, body_middle, autojunk=False)
        kept += sum(block.size for block in matcher.get_matching_blocks())
    # (Else one side is empty, as when the writer only adds after or before the template: no
    # word of the body's middle is the template's.)
    own = len(words) - kept
    return Personalisation(own, len(words), own / len(words), own == 0)


# Tags that mark a case made up for practice (the bundled `*-example-*` cases carry the first).
EXAMPLE_TAGS = frozenset({"example case", "example", "practice case", "exercise"})


def is_example_case(case: Case) -> bool:
    """True for a case made up for practice: tagged `example case` (or `example`, `practice
    case`), or with `example` as a part of its id (`eg-example-student-journalists`)."""
    if any(tag.strip().casefold() in EXAMPLE_TAGS for tag in case.tags):
        return True
    return "example" in case.id.split("-")


def case_warnings(case: Case, today: dt.date) -> list[str]:
    """What a writer or organiser must hear before sending letters on `case` (one line each):
    a closed case, a deadline that has passed, an example case."""
    out: list[str] = []
    if not case.is_writable:
        out.append(
            _("case '{case}' is closed: no new letters should be sent on it").format(case=case.id)
        )
    if case.deadline is not None and case.deadline < today:
        out.append(
            _(
                "the deadline of case '{case}' ({date}) has passed: check with the organisers "
                "whether letters are still useful"
            ).format(case=case.id, date=case.deadline.isoformat())
        )
    if is_example_case(case):
        out.append(
            _(
                "case '{case}' is an example for practice: its people, officials and addresses "
                "are invented; do not send these letters"
            ).format(case=case.id)
        )
    return out
