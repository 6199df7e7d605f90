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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Punctuation a salutation may end with, in any script (Arabic comma, Arabic semicolon ...).
_TRAILING_PUNCTUATION = ",:;.!،؛"
_SPACES = re.compile(r"\s+")


Gender = str  # "female", "male" or "" (not known)
GENDERS = ("female", "male")


@dataclass(frozen=True)
class Salutation:
    """One salutation form, as candidates per gender: `male`, `female`, and `neutral` for an
    addressee whose gender is not known. Each is a tuple of candidates: the first whose
    `{name}` and `{title}` slots can be filled is used (`Phrasebook.form`)."""

    id: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    neutral: tuple[str, ...]
    recognise: tuple[str, ...] = ()
    recognise_male: tuple[str, ...] = ()
    recognise_female: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The form for an addressee of unknown gender, without name or title."""
        return _plain(self.neutral)

    def candidates(self, gender: Gender) -> tuple[str, ...]:
        if gender == "female":
            return self.female
        if gender == "male":
            return self.male
        return self.neutral

    @property
    def gendered(self) -> bool:
        """True when the form to a woman differs from the form to a man."""
        return self.female != self.male


def _plain(candidates: tuple[str, ...]) -> str:
    """The last candidate without slots: the form that needs no name or title."""
    for text in reversed(candidates):
        if "{" not in text:
            return text
    return ""


@dataclass(frozen=True)
class Review:
    """What a phrasebook's text was checked against, by whom, and what is not checked yet."""

    reviewed: str
    by: str
    unreviewed: str


@dataclass(frozen=True)
class Phrasebook:
    """A language's letter parts. Strings may hold `{person}`, `{country}`, `{you}`,
    `{salutation}`, `{name}` or `{title}` placeholders, filled with `fill` (never
    `str.format` on case text)."""

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
    copy_to: str = ""
    subject_prefix: str = ""
    # The heading of the copies a post letter lists at its end ("cc:").
    cc: str = ""
    review: Review | None = None
    # kind -> salutation id (see kinds.yaml for the kinds).
    kinds: dict[str, str] = field(default_factory=dict)
    # True: the recipient's kind decides the honorific, whatever salutation the case gives
    # in another language (Persian and Arabic honorifics follow the office).
    kind_decides: bool = False
    # List patterns: "two", "middle", "end" with {0} and {1}.
    list_patterns: dict[str, str] = field(default_factory=dict)
    # Letters of other scripts written the way this language writes them (Persian ی -> ي).
    script_map: dict[str, str] = field(default_factory=dict)
    typography: dict[str, str] = field(default_factory=dict)
    # The honorific pronoun of the body by kind: default, by_kind, and the forms to replace.
    pronoun_default: str = ""
    pronoun_by_kind: dict[str, str] = field(default_factory=dict)
    # The pronoun by the addressee's gender, before the kind's («سرکارعالی» to a woman).
    pronoun_by_gender: dict[str, str] = field(default_factory=dict)
    # Kinds whose pronoun comes before the gender's (an office is no person: «شما»).
    pronoun_kind_first: tuple[str, ...] = ()
    pronoun_forms: tuple[str, ...] = ()
    # ISO country code -> Babel locale for the date (regional month names).
    date_locales: dict[str, str] = field(default_factory=dict)
    # The title written before a named person at risk, by gender (Persian «آقای», «خانم»).
    person_titles: dict[str, str] = field(default_factory=dict)
    # The honorific an office takes in the salutation, after its first word («دادستان محترم
    # عمومی و انقلاب تهران»), unless the title already has one of `title_honorifics`.
    # Words a filled template joins as the language contracts them (Spanish «de el» -> «del»),
    # whole words, as written (a name's «El» is not contracted: «de El Salvador»).
    contractions: dict[str, str] = field(default_factory=dict)
    # True: a salutation names the recipient only in a form the case writes in this
    # language's alphabet, never in one converted from a related script.
    salutation_names_as_given: bool = False
    title_honorific: str = ""
    title_honorifics: tuple[str, ...] = ()
    # A connector that changes before a sound (Spanish «y» -> «e» before /i/): (regex the
    # next item matches, connector, its other form).
    list_sounds: tuple[tuple[str, str, str], ...] = ()

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

    def form(self, salutation_id: str, gender: Gender = "", name: str = "", title: str = "") -> str:
        """The salutation `salutation_id` to an addressee of `gender` ("" when not known):
        the first candidate whose `{name}` / `{title}` can be filled with what is known."""
        sal = self.salutations[salutation_id]
        values = {"name": name.strip(), "title": self.honoured_title(title.strip())}
        for candidate in sal.candidates(gender):
            slots = _PLACEHOLDER.findall(candidate)
            if all(values.get(slot) for slot in slots):
                return fill(candidate, **values)
        return ""

    def contract(self, text: str) -> str:
        """`text` with the language's contractions made («la situación de el sindicato» ->
        «la situación del sindicato»)."""
        for words, contracted in self.contractions.items():
            text = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", contracted, text)
        return text

    def honoured_title(self, title: str) -> str:
        """`title` as the salutation names the office: with the language's honorific after
        its first word where it has none («رئیس قوه قضاییه» -> «رئیس محترم قوه قضاییه»)."""
        word = self.title_honorific
        if not (word and title) or any(h in title.split() for h in (word, *self.title_honorifics)):
            return title
        first, _, rest = title.partition(" ")
        return f"{first} {word} {rest}".strip()

    def salutation_for_kind(self, kind: str | None) -> str | None:
        """The salutation id this language uses for a recipient `kind`, if it has one."""
        if not kind:
            return None
        sid = self.kinds.get(kind)
        return sid if sid in self.salutations else None

    def closing_for(
        self, salutation_id: str | None, salutation_form: str | None, gender: Gender = ""
    ) -> str:
        """The closing line for the salutation `salutation_id` to an addressee of `gender`
        (`closings` may give "<id>.neutral", "<id>.female", "<id>.male" where the form for
        that gender takes another closing). `salutation_form` (in this language, without
        punctuation) fills `{salutation}` in closings that repeat it, as French letters do;
        without it, the closing is written without the repetition."""
        sid = salutation_id or ""
        template = self.closings.get(
            f"{sid}.{gender or 'neutral'}", self.closings.get(sid, self.closing)
        )
        if "{salutation}" not in template:
            return template
        if salutation_form:
            return fill(template, salutation=salutation_form)
        return template.replace(", {salutation},", "").replace("{salutation}", "").strip()

    def pronoun_for(self, kind: str | None, gender: Gender = "") -> str:
        """The honorific "you" of the body for an addressee of `kind` and `gender` ("" when
        the language has none)."""
        by_kind = self.pronoun_by_kind.get(kind or "")
        if by_kind and kind in self.pronoun_kind_first:
            return by_kind
        return self.pronoun_by_gender.get(gender) or by_kind or self.pronoun_default

    def with_pronoun(self, text: str, kind: str | None, gender: Gender = "") -> str:
        """`text` with every honorific pronoun changed to the one for `kind` and `gender`."""
        wanted = self.pronoun_for(kind, gender)
        if not wanted or not self.pronoun_forms:
            return text
        for other in sorted(self.pronoun_forms, key=len, reverse=True):
            if other != wanted:
                text = text.replace(other, wanted)
        return text

    def to_script(self, text: str) -> str:
        """`text` with letters of a related script written the way this language does."""
        if not self.script_map:
            return text
        return text.translate({ord(k): v for k, v in self.script_map.items()})

    def typeset(self, text: str) -> str:
        """`text` with the language's typography: apostrophes, no-break spaces before
        punctuation that takes a space in this language (French « : », « ; »)."""
        if not self.typography:
            return text
        apostrophe = self.typography.get("apostrophe")
        if apostrophe:
            text = _APOSTROPHE.sub(apostrophe, text)
        for key, space in (("nbsp_before", "\u00a0"), ("narrow_nbsp_before", "\u202f")):
            marks = self.typography.get(key, "")
            if marks:
                text = re.sub(f"[ \u00a0\u202f]([{re.escape(marks)}])", space + r"\1", text)
        if self.typography.get("nbsp_before"):
            # Whatever space is there (none, a plain or a no-break one) becomes one no-break
            # space, so typesetting twice changes nothing.
            text = re.sub("«[ \u00a0\u202f]?", "«\u00a0", text)
            text = re.sub("[ \u00a0\u202f]?»", "\u00a0»", text)
        return text

    def join(self, items: Sequence[str]) -> str | None:
        """`items` as this language writes a list ("A, B and C"); None without patterns."""
        if not self.list_patterns:
            return None
        items = [i for i in items if i]
        if len(items) < 2:
            return "".join(items)
        two, middle, end = (self.list_patterns.get(k, "") for k in ("two", "middle", "end"))
        if len(items) == 2:
            return self._connect(two, self._closed(items[0]), items[1])
        semicolon = self.list_patterns.get("semicolon", "")
        if semicolon and any(_has_comma(item) for item in items[:-1]):
            # Items that hold commas are separated by semicolons, the last one too ("A, a
            # community in Cauca; B; and C"), so the reader sees where each item ends.
            text = semicolon.join(items[:-1])
            return self._connect(end, text + semicolon.rstrip(), items[-1])
        text = items[0]
        for item in items[1:-1]:
            text = self._connect(middle, text, item)
        return self._connect(end, self._closed(text, items[-2]), items[-1])

    def _closed(self, text: str, last: str | None = None) -> str:
        """`text` with the comma that closes an apposition in its last item (`last`, else
        `text`): "members of the council, a community in Cauca, and Rosa", where without it
        the connector would join Rosa to the apposition."""
        comma = self.list_patterns.get("close_apposition", "")
        item = text if last is None else last
        if comma and _has_comma(item) and not text.endswith(comma):
            return text + comma
        return text

    def _connect(self, pattern: str, first: str, second: str) -> str:
        # A connector joined to the next word («وسارا») takes a space before a word in
        # another script («و Rosa»).
        at = pattern.find("{1}")
        if at > 0 and not pattern[at - 1].isspace() and not _same_script(second, self.direction):
            pattern = pattern[:at] + " " + pattern[at:]
        for sound, connector, other in self.list_sounds:
            if connector in pattern and re.match(sound, second):
                pattern = pattern.replace(connector, other)
        return fill(pattern, **{"0": first, "1": second})


def _has_comma(text: str) -> bool:
    return any(mark in text for mark in (",", "،"))


# A straight apostrophe between letters (l'État, Ja'fari): the word-internal one.
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def _same_script(text: str, direction: str) -> bool:
    """True when `text` starts with a letter of the script a `direction` language writes
    (Arabic letters for right-to-left, anything else for left-to-right)."""
    first = next((ch for ch in text if ch.isalpha()), "")
    rtl = "\u0590" <= first <= "\u08ff" or "\ufb1d" <= first <= "\ufeff"
    return rtl if direction == "rtl" else not rtl


_PLACEHOLDER = re.compile(r"\{([a-z_0-9]+)\}")


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


def _candidates(raw: object, where: str) -> tuple[str, ...]:
    """A form: one string, or a list of candidates."""
    if isinstance(raw, str):
        return (raw,)
    return _strings(raw, where)


def _mapping(data: dict[str, Any], key: str, where: str) -> dict[str, str]:
    raw = data.get(key) or {}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise ValueError(f"phrasebook {where}: '{key}' must map names to strings")
    return {str(k): v for k, v in raw.items()}


def _salutation(key: str, raw: dict[str, Any], where: str) -> Salutation:
    where = f"{where} salutations.{key}"
    if "text" in raw:
        one = _candidates(raw["text"], f"{where}.text")
        male = female = neutral = one
    else:
        male = _candidates(raw.get("male"), f"{where}.male")
        female = _candidates(raw.get("female"), f"{where}.female")
        neutral = _candidates(raw.get("neutral"), f"{where}.neutral")
        if not (male and female and neutral):
            raise ValueError(f"phrasebook {where}: give text, or male, female and neutral")
    return Salutation(
        id=key,
        male=male,
        female=female,
        neutral=neutral,
        recognise=_strings(raw.get("recognise"), f"{where}.recognise"),
        recognise_male=_strings(raw.get("recognise_male"), f"{where}.recognise_male"),
        recognise_female=_strings(raw.get("recognise_female"), f"{where}.recognise_female"),
    )


def _review(raw: object, where: str) -> Review | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ValueError(f"phrasebook {where}: 'review' must be a mapping")
    return Review(
        reviewed=_text(raw, "reviewed", f"{where} review"),
        by=_text(raw, "by", f"{where} review"),
        unreviewed=_text(raw, "unreviewed", f"{where} review"),
    )


def _parse(data: dict[str, Any], where: str) -> Phrasebook:
    salutations = {
        str(key): _salutation(str(key), raw, where)
        for key, raw in (data.get("salutations") or {}).items()
    }
    generic = _text(data, "generic", where)
    if generic not in salutations:
        raise ValueError(f"phrasebook {where}: generic form '{generic}' is not a salutation")
    kinds = _mapping(data, "kinds", where)
    for kind, sid in kinds.items():
        if sid not in salutations:
            raise ValueError(f"phrasebook {where}: kinds.{kind}: '{sid}' is not a salutation")
    pronoun = data.get("pronoun") or {}
    honorific = data.get("title_honorific") or {}
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
        closings=_mapping(data, "closings", where),
        copy_to=_text(data, "copy_to", where, ""),
        subject_prefix=_text(data, "subject_prefix", where, ""),
        cc=_text(data, "cc", where, ""),
        review=_review(data.get("review"), where),
        kinds=kinds,
        kind_decides=bool(data.get("kind_decides", False)),
        list_patterns=_mapping(data, "list", where),
        script_map=_mapping(data, "script_map", where),
        typography=_mapping(data, "typography", where),
        pronoun_default=_text(pronoun, "default", f"{where} pronoun", ""),
        pronoun_by_kind=_mapping(pronoun, "by_kind", f"{where} pronoun"),
        pronoun_by_gender=_mapping(pronoun, "by_gender", f"{where} pronoun"),
        pronoun_kind_first=_strings(pronoun.get("kind_first"), f"{where} pronoun.kind_first"),
        pronoun_forms=_strings(pronoun.get("forms"), f"{where} pronoun.forms"),
        date_locales=_mapping(data, "date_locales", where),
        person_titles=_mapping(data, "person_titles", where),
        list_sounds=_sounds(data.get("list_sounds"), where),
        contractions=_mapping(data, "contractions", where),
        salutation_names_as_given=bool(data.get("salutation_names_as_given", False)),
        title_honorific=_text(honorific, "word", f"{where} title_honorific", ""),
        title_honorifics=_strings(honorific.get("already"), f"{where} title_honorific.already"),
    )


def _sounds(raw: object, where: str) -> tuple[tuple[str, str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, dict) for item in raw):
        raise ValueError(f"phrasebook {where}: 'list_sounds' must be a list of mappings")
    return tuple(
        (
            _text(item, "before", f"{where} list_sounds"),
            _text(item, "from", f"{where} list_sounds"),
            _text(item, "to", f"{where} list_sounds"),
        )
        for item in raw
    )


@dataclass(frozen=True)
class Kinds:
    """The recipient kinds a case may give (kinds.yaml), and the kind a salutation tells."""

    kinds: dict[str, str]
    from_salutation: dict[str, str]
    genders: dict[str, str]
    # For the importer: kind -> words of a title that tell it; gender -> words that tell it.
    from_title: dict[str, tuple[str, ...]] = field(default_factory=dict)
    gender_words: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _data_text(*parts: str) -> str:
    """A data file of this package, read from its folder (importlib.resources, which a package
    that is not plain files needs, takes 5-20 ms to import: the case loader reads kinds.yaml)."""
    path = Path(__file__).parent.joinpath(*parts)
    if path.is_file():
        return path.read_text("utf-8")
    from importlib import resources  # pragma: no cover - a zipped install

    return resources.files(__package__).joinpath(*parts).read_text("utf-8")  # pragma: no cover


@cache
def recipient_kinds() -> Kinds:
    """The documented recipient kinds and genders (kinds.yaml)."""
    data = yaml.load(_data_text("kinds.yaml"), Loader=_Loader)
    return Kinds(
        kinds=_mapping(data, "kinds", "kinds.yaml"),
        from_salutation=_mapping(data, "from_salutation", "kinds.yaml"),
        genders=_mapping(data, "genders", "kinds.yaml"),
        from_title={
            str(k): _strings(v, f"kinds.yaml from_title.{k}")
            for k, v in (data.get("from_title") or {}).items()
        },
        gender_words={
            str(k): _strings(v, f"kinds.yaml gender_words.{k}")
            for k, v in (data.get("gender_words") or {}).items()
        },
    )


@cache
def known_languages() -> tuple[str, ...]:
    """The languages that have a phrasebook, sorted: ("ar", "de", "en", ...)."""
    folder = Path(__file__).parent / "data"
    if folder.is_dir():
        names = [entry.name for entry in folder.iterdir()]
    else:  # pragma: no cover - a zipped install
        from importlib import resources

        names = [entry.name for entry in resources.files(__package__).joinpath("data").iterdir()]
    return tuple(sorted(n[: -len(".yaml")] for n in names if n.endswith(".yaml")))


@cache
def phrasebook(language: str) -> Phrasebook | None:
    """The phrasebook for `language` ("fa", or "fa-AF" falling back to "fa"); None without one."""
    for code in dict.fromkeys((language, language.split("-")[0].lower())):
        if code in known_languages():
            data = yaml.load(_data_text("data", f"{code}.yaml"), Loader=_Loader)
            return _parse(data, f"{code}.yaml")
    return None


@cache
def _index(language: str) -> dict[str, tuple[str, Gender]]:
    """One phrasebook's salutations, normalised -> (salutation id, gender it tells or "")."""
    book = phrasebook(language)
    table: dict[str, tuple[str, Gender]] = {}
    if book is None:
        return table
    # First what tells a form apart (its own texts, the ways to write it), then the neutral
    # forms several rows share («Madame, Monsieur»), so those go to the row that is only that.
    late: list[tuple[str, str, Gender]] = []
    for sid, form in book.salutations.items():
        texts: list[tuple[str, Gender]] = []
        for gender, candidates in (("male", form.male), ("female", form.female)):
            other = form.female if gender == "male" else form.male
            told = gender if form.gendered else ""
            texts += [(t, told) for t in candidates if t not in other]
        texts += [(t, "") for t in form.recognise]
        texts += [(t, "male") for t in form.recognise_male]
        texts += [(t, "female") for t in form.recognise_female]
        if not form.gendered:
            texts += [(t, "") for t in form.neutral]
        else:
            late += [(t, sid, "") for t in form.neutral]
        for text, gender in texts:
            key = normalise_salutation(text)
            if key and "{" not in text:
                table.setdefault(key, (sid, gender))
    for text, sid, gender in late:
        key = normalise_salutation(text)
        if key and "{" not in text:
            table.setdefault(key, (sid, gender))
    return table


def recognise_gendered(text: str, language: str | None = None) -> tuple[str, str, Gender] | None:
    """(language, salutation id, gender it tells or "") of a salutation a phrasebook knows.

    With `language`, only that phrasebook's forms count; without, English is tried first.
    """
    key = normalise_salutation(text)
    if not key:
        return None
    codes = (
        [language]
        if language is not None
        else sorted(known_languages(), key=lambda c: (c != "en", c))
    )
    for code in codes:
        book = phrasebook(code)
        if book is None:
            continue
        found = _index(book.language).get(key)
        if found:
            return (book.language, found[0], found[1])
    return None


def recognise_salutation(text: str, language: str | None = None) -> tuple[str, str] | None:
    """(language, salutation id) of a salutation a phrasebook knows, else None.

    With `language`, only that phrasebook's forms count; without, English is tried first.
    """
    found = recognise_gendered(text, language)
    return (found[0], found[1]) if found else None


def translate_salutation(text: str, source_language: str, target_language: str) -> tuple[str, bool]:
    """`text` (a salutation written in `source_language`) as it stands in a letter in
    `target_language`: ("Excelencia:", True) for "Your Excellency" from en to es.

    The gender the salutation tells is kept ("Dear Madam Minister" -> "Señora Ministra:").
    A salutation neither phrasebook knows is returned as written with False, so the writer
    can be told.
    """
    target = phrasebook(target_language)
    if target is None:
        return text, False
    found = recognise_gendered(text, source_language)
    if found is None:
        return text, False
    _, sid, gender = found
    if sid not in target.salutations:
        return text, False
    return target.salutation_line(target.form(sid, gender)), True


__all__ = [
    "GENDERS",
    "Kinds",
    "Phrasebook",
    "Review",
    "Salutation",
    "fill",
    "known_languages",
    "phrasebook",
    "recipient_kinds",
    "recognise_gendered",
    "recognise_salutation",
    "translate_salutation",
]
