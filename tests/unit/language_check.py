"""Is a sentence in the language it should be? Checked by script and by small stop-word lists.

Good enough to catch a whole phrase of another language ("…situación de members of the
council…", "Head of the Judiciary" in a Persian copy list), never meant to judge grammar.
Each list holds common words that are rare in the other listed languages.
"""

from __future__ import annotations

import re

STOP_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "you",
            "your",
            "please",
            "that",
            "with",
            "which",
            "would",
            "should",
            "their",
            "this",
            "is",
            "are",
            "i",
            "am",
            "urge",
            "release",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "y",
            "que",
            "por",
            "para",
            "del",
            "usted",
            "una",
            "con",
            "sin",
            "sus",
            "le",
            "ruego",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "et",
            "je",
            "vous",
            "pour",
            "une",
            "dans",
            "sur",
            "est",
            "aux",
            "du",
            "qui",
            "avec",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ich",
            "sie",
            "nicht",
            "mit",
            "für",
            "ist",
            "ein",
            "eine",
            "zu",
            "auf",
            "den",
        ]
    ),
    "ar": frozenset(["التي", "الذي", "إلى", "على", "عن", "هذا", "هذه", "أن"]),
    "fa": frozenset(["را", "که", "این", "است", "برای", "اینجانب", "می\u200cکنم"]),
}
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
# Letters only Persian writes (پ چ ژ گ ی ک) and only Arabic writes (ي ك ة ى).
_PERSIAN_ONLY = re.compile(r"[پچژگیک]")
_ARABIC_ONLY = re.compile(r"[يكى]")
_WORD = re.compile(r"[\w\u200c]+")


def without(text: str, names: list[str]) -> str:
    """`text` with each of `names` taken out (proper names are in no language)."""
    for name in sorted(names, key=len, reverse=True):
        if name:
            text = text.replace(name, " ")
    return text


def foreign_text(text: str, language: str) -> str | None:
    """Why `text` (names already removed) is not all in `language`, or None when it is."""
    base = language.split("-")[0]
    if base in ("fa", "ar"):
        if _LATIN.search(text):
            return f"Latin letters in a {base} sentence: {text!r}"
        if base == "ar" and _PERSIAN_ONLY.search(text):
            return f"Persian letters in an Arabic sentence: {text!r}"
        if base == "fa" and _ARABIC_ONLY.search(text):
            return f"Arabic-only letters in a Persian sentence: {text!r}"
    elif _ARABIC_SCRIPT.search(text):
        return f"Arabic script in a {base} sentence: {text!r}"
    words = {w.casefold() for w in _WORD.findall(text)}
    own = STOP_WORDS.get(base, frozenset())
    for other, stops in STOP_WORDS.items():
        if other == base:
            continue
        found = (words & stops) - own
        if len(found) >= 2:
            return f"{other} words {sorted(found)} in a {base} sentence: {text!r}"
    return None
