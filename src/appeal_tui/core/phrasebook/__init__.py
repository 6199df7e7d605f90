"""Phrasebooks: the parts of a letter that are not the case's, one data file per language.

Each file in `data/` holds a language's salutation forms (keyed by a canonical id such as
`your_excellency`), the opening, closing, "copy to" heading, subject prefix, date style, digits
and direction. Adding a language is adding a file. Files are read once and cached.

Salutations are recognised across languages: "Your Excellency" written in a case file is the
`your_excellency` form, which the Spanish phrasebook writes "Excelencia:".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Punctuation a salutation may end with, in any script (Arabic comma, Arabic semicolon ...).
_TRAILING_PUNCTUATION = ",:;.!،؛"
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Salutation:
    """One salutation form: `text` as written in letters; `feminine` when `text` is masculine
    and the language has no neutral form (the writer is told about it)."""

    id: str
    text: str
    feminine: str | None = None
    recognise: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phrasebook:
    """A language's letter parts. Strings may hold `{person}`, `{country}` or `{salutation}`
    placeholders, which are filled with `fill` (never `str.format` on case text)."""

    language: str
    name: str
    direction: str
    digits: str
    calendar: str
    date_locale: str
    salutation_punctuation: str
    greeting: str
    generic: str
    salutations: dict[str, Salutation]
    opening: str
    closing: str
    closings: dict[str, str] = field(default_factory=dict)
    closing_with_salutation: str = ""
    copy_to: str = ""
    subject_prefix: str = ""
    # The heading of the copies a post letter lists at its end ("cc:").
    cc: str = ""

    def salutation_line(self, form: str) -> str:
        """The salutation as it stands in a letter: the form with its punctuation, then the
        greeting on its own line where the language has one ("با سلام و احترام").

        A form that already ends with punctuation keeps it as written.
        """
        form = form.strip()
        if form and not form.endswith(tuple(_TRAILING_PUNCTUATION)):
            form += self.salutation_punctuation
        if not self.greeting:
            return form
        return f"{form}\n{self.greeting}" if form else self.greeting

    def generic_salutation(self) -> Salutation:
        """The formal form used when a recipient has no salutation of their own."""
        return self.salutations[self.generic]

    def closing_for(self, salutation_id: str | None, salutation_form: str | None) -> str:
        """The closing line. `salutation_form` (in this language, without punctuation) is
        repeated in closings that name the reader, as French letters do."""
        if salutation_form and self.closing_with_salutation:
            return fill(self.closing_with_salutation, salutation=salutation_form)
        if salutation_id and salutation_id in self.closings:
            return self.closings[salutation_id]
        return self.closing


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, **values: str) -> str:
    """`template` with each `{name}` replaced by `values[name]`; other braces are left alone.

    One pass over the template, so a value holding braces is never read as a placeholder.
    """
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)


def normalise_salutation(text: str) -> str:
    """The key a salutation is recognised by: case-folded, spaces collapsed, no trailing
    punctuation, typographic apostrophes made plain."""
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("\u200c", " ")
    text = _SPACES.sub(" ", text).strip().rstrip(_TRAILING_PUNCTUATION).strip()
    return text.casefold()


def _strings(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise ValueError(f"phrasebook {where}: expected a list of strings")
    return tuple(raw)


def _text(data: dict[str, Any], key: str, where: str, default: str | None = None) -> str:
    value = data.get(key, default)
    if not isinstance(value, str):
        raise ValueError(f"phrasebook {where}: '{key}' must be a string")
    return value


def _parse(data: dict[str, Any], where: str) -> Phrasebook:
    salutations: dict[str, Salutation] = {}
    for key, raw in (data.get("salutations") or {}).items():
        feminine = raw.get("feminine")
        salutations[key] = Salutation(
            id=key,
            text=_text(raw, "text", f"{where} salutations.{key}"),
            feminine=feminine if isinstance(feminine, str) else None,
            recognise=_strings(raw.get("recognise"), f"{where} salutations.{key}.recognise"),
        )
    generic = _text(data, "generic", where)
    if generic not in salutations:
        raise ValueError(f"phrasebook {where}: generic form '{generic}' is not a salutation")
    closings = data.get("closings") or {}
    return Phrasebook(
        language=_text(data, "language", where),
        name=_text(data, "name", where),
        direction=_text(data, "direction", where),
        digits=_text(data, "digits", where),
        calendar=_text(data, "calendar", where),
        date_locale=_text(data, "date_locale", where),
        salutation_punctuation=_text(data, "salutation_punctuation", where, ""),
        greeting=_text(data, "greeting", where, ""),
        generic=generic,
        salutations=salutations,
        opening=_text(data, "opening", where),
        closing=_text(data, "closing", where),
        closings={str(k): str(v) for k, v in closings.items()},
        closing_with_salutation=_text(data, "closing_with_salutation", where, ""),
        copy_to=_text(data, "copy_to", where, ""),
        subject_prefix=_text(data, "subject_prefix", where, ""),
        cc=_text(data, "cc", where, ""),
    )


@cache
def known_languages() -> tuple[str, ...]:
    """The languages that have a phrasebook, sorted: ("ar", "de", "en", ...)."""
    folder = resources.files(__package__).joinpath("data")
    names = (entry.name for entry in folder.iterdir())
    return tuple(sorted(n[: -len(".yaml")] for n in names if n.endswith(".yaml")))


@cache
def phrasebook(language: str) -> Phrasebook | None:
    """The phrasebook for `language` ("fa", or "fa-AF" falling back to "fa"); None without one."""
    for code in dict.fromkeys((language, language.split("-")[0].lower())):
        if code in known_languages():
            text = resources.files(__package__).joinpath("data", f"{code}.yaml").read_text("utf-8")
            data = yaml.load(text, Loader=_Loader)
            return _parse(data, f"{code}.yaml")
    return None


@cache
def _index(language: str) -> dict[str, str]:
    """One phrasebook's salutations, normalised -> salutation id."""
    book = phrasebook(language)
    table: dict[str, str] = {}
    if book is not None:
        for sid, form in book.salutations.items():
            for text in (form.text, form.feminine, *form.recognise):
                if text:
                    table.setdefault(normalise_salutation(text), sid)
    return table


def recognise_salutation(text: str, language: str | None = None) -> tuple[str, str] | None:
    """(language, salutation id) of a salutation a phrasebook knows, else None.

    With `language`, only that phrasebook's forms count; without, English is tried first.
    """
    key = normalise_salutation(text)
    if not key:
        return None
    if language is not None:
        book = phrasebook(language)
        if book is None:
            return None
        sid = _index(book.language).get(key)
        return (book.language, sid) if sid else None
    for code in sorted(known_languages(), key=lambda c: (c != "en", c)):
        sid = _index(code).get(key)
        if sid:
            return (code, sid)
    return None


def translate_salutation(text: str, source_language: str, target_language: str) -> tuple[str, bool]:
    """`text` (a salutation written in `source_language`) as it stands in a letter in
    `target_language`: ("Excelencia:", True) for "Your Excellency" from en to es.

    A salutation neither phrasebook knows is returned as written with False, so the writer
    can be told. Source and target the same: the text as written, punctuated.
    """
    target = phrasebook(target_language)
    if target is None:
        return text, False
    found = recognise_salutation(text, source_language)
    if found is None:
        return text, False
    if found[0] == target.language:
        return target.salutation_line(text), True
    form = target.salutations.get(found[1])
    if form is None:
        return text, False
    return target.salutation_line(form.text), True


__all__ = [
    "Phrasebook",
    "Salutation",
    "fill",
    "known_languages",
    "phrasebook",
    "recognise_salutation",
    "translate_salutation",
]
