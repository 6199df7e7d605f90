"""The importer's guess at how letters address a recipient: `kind` and `gender` (issue 22).

Only what the document tells is written: a kind when a word of the recipient's title or name
names the office (kinds.yaml `from_title`), a gender when the salutation is a gendered form a
phrasebook knows ("Dear Madam Minister", «Señora Ministra») or a word of the name or title
says it ("Ms", «Ministra»). Nothing is written when the document does not say.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from appeal_tui.core.phrasebook import recipient_kinds, recognise_gendered


@cache
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)\.?", re.IGNORECASE)


def _kind(text: str) -> str | None:
    for kind, words in recipient_kinds().from_title.items():
        if words and _pattern(words).search(text):
            return kind
    return None


def _gender(entry: dict[str, Any], text: str) -> str | None:
    salutation = entry.get("salutation")
    given = list(salutation.values()) if isinstance(salutation, dict) else [salutation]
    told = {found[2] for s in given if isinstance(s, str) and (found := recognise_gendered(s))}
    told.discard("")
    if len(told) == 1:
        return told.pop()
    said = {
        g for g, words in recipient_kinds().gender_words.items() if _pattern(words).search(text)
    }
    return said.pop() if len(said) == 1 else None


def address_fields(entry: dict[str, Any]) -> dict[str, str]:
    """`kind` and `gender` for an imported recipient, where the document tells them."""
    text = " ".join(str(entry.get(k) or "") for k in ("title", "name"))
    out: dict[str, str] = {}
    kind = _kind(text)
    if kind:
        out["kind"] = kind
    gender = _gender(entry, text)
    if gender:
        out["gender"] = gender
    return out
