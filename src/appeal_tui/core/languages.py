"""Language codes (BCP 47) as Babel knows them: checking, naming, and guessing from a name.

Codes are written in their canonical BCP 47 form: `en`, `fa`, `pt-BR`, `zh-Hant`, `zh-TW`,
`es-419`. A code is known when its language, script and region all have English names in
Babel's CLDR data, so a language without full locale data (an Indigenous language, say) is still
accepted. Everything expensive is computed once and cached.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported where names are needed: checking a code reads the shipped table
# (`is_known_language`), so checking valid case files does not import Babel at all.

# language[-Script][-REGION]: the subset of BCP 47 that case files need.
_CODE = re.compile(r"([a-z]{2,3})(?:-([A-Z][a-z]{3}))?(?:-([A-Z]{2}|[0-9]{3}))?")
# Codes that name no language a letter could be written in.
_NOT_LANGUAGES = frozenset({"und", "zxx", "mul", "mis"})
# Names people type that CLDR does not list as the English name.
_ALIASES = {
    "farsi": "fa",
    "parsi": "fa",
    "mandarin": "zh",
    "castilian": "es",
    "brazilian": "pt-BR",
    "brazilian portuguese": "pt-BR",
    "traditional chinese": "zh-Hant",
    "simplified chinese": "zh-Hans",
    "kurdish": "ku",
    "sorani": "ckb",
}
# Regional variants worth offering in a language search besides the plain languages.
_LISTED_VARIANTS = ("pt-BR", "pt-PT", "zh-Hans", "zh-Hant", "es-419", "fr-CA")


@cache
def _english() -> Locale:
    from babel import Locale

    return Locale("en")


@cache
def _english_language_codes() -> frozenset[str]:
    return frozenset(
        code
        for code in _english().languages
        if isinstance(code, str) and "_" not in code and code not in _NOT_LANGUAGES
    )


@cache
def is_known_language(code: str) -> bool:
    """True for a canonical BCP 47 code whose parts Babel can name: `en`, `fa`, `pt-BR`, `zh-TW`."""
    match = _CODE.fullmatch(code)
    if match is None:
        return False
    language, script, region = match.groups()
    languages, scripts, territories = _known_codes()
    return (
        language in languages
        and (script is None or script in scripts)
        and (region is None or region in territories)
    )


@cache
def _known_codes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(language, script, region codes) with English names, from the shipped table: Babel's
    English locale data takes 50 ms to load, a tenth of checking 1,000 case files."""
    codes = _language_table()["codes"]
    return (
        frozenset(codes["languages"]),
        frozenset(codes["scripts"]),
        frozenset(codes["territories"]),
    )


def build_known_codes() -> dict[str, list[str]]:
    """The codes `is_known_language` accepts, as Babel gives them now (shipped in the table)."""
    en = _english()
    return {
        "languages": sorted(_english_language_codes()),
        "scripts": sorted(c for c in en.scripts if isinstance(c, str)),
        "territories": sorted(c for c in en.territories if isinstance(c, str)),
    }


def normalise_code(text: str) -> str | None:
    """A language code as typed (`EN`, `pt_br`, `ZH-hant`) in canonical BCP 47 form (`en`,
    `pt-BR`, `zh-Hant`), or None when it is not a known code in any case."""
    cleaned = text.strip().replace("_", "-")
    if not cleaned:
        return None
    parts = cleaned.split("-")
    recased = "-".join(
        [parts[0].lower()] + [p.title() if len(p) == 4 else p.upper() for p in parts[1:]]
    )
    return recased if is_known_language(recased) else None


@cache
def _locale(name: str) -> Locale | None:
    """Babel's locale for a BCP 47 code, or for its base language; None without locale data."""
    from babel import Locale, UnknownLocaleError

    for candidate in (name, name.split("-")[0]):
        try:
            return Locale.parse(candidate, sep="-")
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return None


def language_name(code: str, locale: str = "en") -> str:
    """The name of `code` in `locale`: "Persian", "Portuguese (Brazil)"; the code when unknown."""
    match = _CODE.fullmatch(code)
    names = _locale(locale) or _english()
    if match is None:
        return code
    language, script, region = match.groups()
    name = names.languages.get(language) or _english().languages.get(language)
    if not name:
        return code
    details = [
        names.scripts.get(script, script) if script else None,
        names.territories.get(region, region) if region else None,
    ]
    shown = [d for d in details if d]
    return f"{name} ({', '.join(shown)})" if shown else name


def native_name(code: str) -> str:
    """The name of `code` in that language ("فارسی", "español"); the English name without data."""
    if _locale(code) is None:
        return language_name(code)
    return language_name(code, locale=code)


def _folded(text: str) -> str:
    """Lowercase without accents, so "Español", "espanol" and "ESPAÑOL" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def _names_by_folded_text(with_native: bool) -> dict[str, str]:
    """Folded code, English name (and native name) -> canonical code."""
    table: dict[str, str] = {}
    codes = sorted(_english_language_codes())
    if with_native:
        # Native names come from the shipped table (Babel would load every locale for them).
        known = set(codes)
        for code, _english_name, native in sorted(_language_rows()):
            if code in known:
                table.setdefault(_folded(native), code)
    for code in codes:
        table[_folded(_english().languages[code])] = code
    for name, code in _ALIASES.items():
        table[name] = code
    for code in codes:
        table[code] = code
    return table


def suggest_code(text: str) -> str | None:
    """The code someone probably meant: "Persian"/"Farsi" -> "fa", "Español" -> "es", "EN" -> "en".

    None when nothing is close enough to suggest.
    """
    cleaned = text.strip().replace("_", "-")
    if not cleaned:
        return None
    # A code in the wrong case or with underscores: pt_br, PT-BR, EN.
    parts = cleaned.split("-")
    recased = "-".join(
        [parts[0].lower()] + [p.title() if len(p) == 4 else p.upper() for p in parts[1:]]
    )
    if is_known_language(recased):
        return recased
    folded = _folded(cleaned)
    for with_native in (False, True):
        table = _names_by_folded_text(with_native)
        if folded in table:
            return table[folded]
    close = difflib.get_close_matches(folded, list(_names_by_folded_text(True)), n=1, cutoff=0.8)
    return _names_by_folded_text(True)[close[0]] if close else None


def all_languages() -> list[tuple[str, str, str]]:
    """Every language with locale data, plus a few regional variants: (code, English, native).

    Sorted by English name, for a language search. Read from the table shipped with the
    package: asking Babel for every locale took 1.4–2.3 s, the table a few milliseconds.
    """
    return list(_language_rows())


LANGUAGE_TABLE = "language_table.json"


@cache
def _language_table() -> dict[str, Any]:
    path = Path(__file__).with_name(LANGUAGE_TABLE)
    if path.is_file():  # (importlib.resources, for a package that is not files, costs 5-20 ms)
        text = path.read_text("utf-8")
    else:  # pragma: no cover - a zipped install
        from importlib import resources

        text = resources.files(__package__).joinpath(LANGUAGE_TABLE).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def _language_rows() -> tuple[tuple[str, str, str], ...]:
    rows = _language_table()["rows"]
    return tuple((str(code), str(english), str(native)) for code, english, native in rows)


def build_language_rows() -> list[tuple[str, str, str]]:
    """The language table as Babel gives it now (slow: it loads every locale). The shipped
    table is this, written by `python -m appeal_tui.core.languages`; a test keeps them equal."""
    from babel import localedata

    codes = [c for c in _english_language_codes() if localedata.exists(c)]
    codes.extend(_LISTED_VARIANTS)
    rows = [(code, language_name(code), native_name(code)) for code in codes]
    return sorted(rows, key=lambda row: (_folded(row[1]), row[0]))


def write_language_table(path: Path) -> None:
    """Write `build_language_rows()` and `build_known_codes()` to `path` as the JSON table
    `all_languages` and `is_known_language` read."""
    import babel

    rows = ",\n".join(json.dumps(list(row), ensure_ascii=False) for row in build_language_rows())
    codes = ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in build_known_codes().items())
    # One language a line, so a change of Babel's names is a readable diff.
    text = (
        f'{{"babel": {json.dumps(babel.__version__)}, "rows": [\n{rows}\n],\n'
        f'"codes": {{\n{codes}\n}}}}\n'
    )
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    write_language_table(Path(__file__).with_name(LANGUAGE_TABLE))
