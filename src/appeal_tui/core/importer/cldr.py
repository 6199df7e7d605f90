"""The CLDR data the importer reads (names of countries, languages, months and days in about a
hundred locales), from a table shipped with the package.

Asking Babel for them loads a hundred locales one by one, ~1.1 s of CPU before an import reads
a byte of its document (session 33); the table takes a few milliseconds. It holds Babel's
answers exactly as Babel gives them (in Babel's order: tables are built with `setdefault`), for
the questions the importer's tables ask, and nothing the importer makes of them: what the
importer derives is derived from it at run time as before, so a change of a rule never needs
the table written again.

The table is used only when it was written from the Babel installed (else every answer comes
from Babel, as before), and any question it does not hold is asked of Babel. It is written by
`python scripts/cldr_table.py` (after a Babel upgrade, or when the importer asks new questions:
another locale); tests/unit/test_importer_cldr.py fails when it is not what the installed Babel
gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar, cast

TABLE = "cldr_table.json"

_T = TypeVar("_T")

# Inside `asking_babel`: Babel's answers by key (see `_answer`); None otherwise.
_recorded: dict[str, Any] | None = None
# The keys asked of Babel outside `asking_babel` (a question the table does not hold, or every
# question when the table is not used): empty when every answer came from the table.
asked_babel: set[str] = set()


@cache
def _shipped() -> dict[str, Any]:
    """Babel's answers by key from the shipped table; empty when there is no table or it was
    written from another version of Babel (then every answer comes from Babel)."""
    if _recorded is not None:
        return {}
    path = Path(__file__).with_name(TABLE)
    try:
        if path.is_file():  # (importlib.resources, for a package that is not files, costs more)
            text = path.read_text("utf-8")
        else:  # pragma: no cover - a zipped install
            from importlib import resources

            text = resources.files(__package__).joinpath(TABLE).read_text("utf-8")
    except OSError:  # pragma: no cover - a package without its data
        return {}
    import babel

    data: dict[str, Any] = json.loads(text)
    if data.get("babel") != babel.__version__:
        return {}
    answers: dict[str, Any] = data["answers"]
    return answers


def _answer(key: str, ask: Callable[[], _T], shipped: Callable[[Any], _T]) -> _T:
    """The answer under `key` in the table (made from JSON by `shipped`), else Babel's."""
    table = _shipped()
    if key in table:
        return shipped(table[key])
    value = ask()
    if _recorded is not None:
        _recorded[key] = value
    else:
        asked_babel.add(key)
    return value


def _covered(
    key: str, wanted: Iterable[str], ask: Callable[[list[str]], dict[str, _T]]
) -> dict[str, _T]:
    """Babel's answers for each of `wanted` under `key` (a dict by item): from the table when it
    holds every one of them, else from Babel."""
    items = list(wanted)
    held: dict[str, _T] | None = _shipped().get(key)
    if held is not None and all(item in held for item in items):
        return {item: held[item] for item in items}
    value = ask(items)
    if _recorded is not None:
        _recorded.setdefault(key, {}).update(value)
    else:
        asked_babel.add(key)
    return value


def _locale(name: str) -> Any:
    from babel import Locale

    return Locale.parse(name)


def territories(locale: str) -> dict[str, str]:
    """Territory code -> its name in `locale` ("DE" -> "Germany"), in Babel's order."""
    return _answer(
        f"territories {locale}",
        lambda: dict(_locale(locale).territories.items()),
        dict,
    )


def languages(locale: str) -> dict[str, str]:
    """Language code -> its name in `locale`, every language CLDR names there."""
    return _answer(f"languages {locale}", lambda: dict(_locale(locale).languages.items()), dict)


def language_names(locale: str, codes: Iterable[str]) -> dict[str, str | None]:
    """Code -> its name in `locale` (None when `locale` names no such language), for `codes`."""

    def ask(items: list[str]) -> dict[str, str | None]:
        names = _locale(locale).languages
        return {code: names.get(code) for code in items}

    return _covered(f"language_names {locale}", codes, ask)


def own_language_names(codes: Iterable[str]) -> dict[str, str | None]:
    """Code -> the language's name for itself ("fa" -> "فارسی"); None without locale data."""

    def ask(items: list[str]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for code in items:
            try:
                out[code] = _locale(code).languages.get(code)
            except (ValueError, LookupError):
                out[code] = None
        return out

    return _covered("own_language_names", codes, ask)


def list_end(locale: str) -> str:
    """CLDR's pattern joining the last two items of a list in `locale` ("{0} and {1}")."""
    return _answer(
        f"list_end {locale}",
        lambda: str(_locale(locale).list_patterns.get("standard", {}).get("end", "{0} and {1}")),
        str,
    )


def _numbered(pairs: list[list[Any]]) -> dict[int, str]:
    return {int(number): str(name) for number, name in pairs}


def month_names(width: str, context: str, locale: str) -> dict[int, str]:
    """Month number (1-12) -> name, as `babel.dates.get_month_names` gives them."""

    def ask() -> dict[int, str]:
        from babel.dates import get_month_names

        return dict(get_month_names(cast(Any, width), cast(Any, context), locale).items())

    return _answer(f"months {context} {width} {locale}", ask, _numbered)


def day_names(width: str, context: str, locale: str) -> dict[int, str]:
    """Weekday (0 Monday .. 6) -> name, as `babel.dates.get_day_names` gives them."""

    def ask() -> dict[int, str]:
        from babel.dates import get_day_names

        return dict(get_day_names(cast(Any, width), cast(Any, context), locale).items())

    return _answer(f"days {context} {width} {locale}", ask, _numbered)


def locale_identifiers() -> list[str]:
    """The locales Babel has data for."""

    def ask() -> list[str]:
        from babel import localedata

        return list(localedata.locale_identifiers())

    return _answer("locale_identifiers", ask, list)


def _global(name: Literal["territory_languages", "zone_territories"]) -> Any:
    from babel.core import get_global

    return get_global(name)


def territory_languages() -> dict[str, dict[str, dict[str, Any]]]:
    """CLDR's languages of each territory, with their official status and population share."""
    return _answer("territory_languages", lambda: dict(_global("territory_languages")), dict)


def zone_territories() -> dict[str, str]:
    """Time zone ("Africa/Kinshasa") -> its territory's code."""
    return _answer("zone_territories", lambda: dict(_global("zone_territories")), dict)


def zone_cities(locale: str, zones: Iterable[str]) -> dict[str, str | None]:
    """Time zone -> the name of its city in `locale` (None when CLDR gives none), for `zones`."""

    def ask(items: list[str]) -> dict[str, str | None]:
        names = _locale(locale).time_zones
        return {zone: names.get(zone, {}).get("city") for zone in items}

    return _covered(f"zone_cities {locale}", zones, ask)


def _builders() -> list[Callable[[], object]]:
    """The importer's tables made from CLDR data: building each asks every question the table
    holds answers to."""
    from appeal_tui.core.importer import countries, dates, language_names

    return [
        countries._names,
        countries._shared_variants,
        countries._exact_names,
        countries._territory_names,
        countries._confused_cities,
        dates.month_numbers,
        dates.weekday_numbers,
        language_names._names,
        language_names._country_named,
    ]


def _clear_caches() -> None:
    from appeal_tui.core.importer import countries

    _shipped.cache_clear()
    for builder in _builders():
        builder.cache_clear()  # type: ignore[attr-defined]
    countries._searched.cache_clear()
    countries._country_in_short.cache_clear()


@contextmanager
def asking_babel() -> Iterator[dict[str, Any]]:
    """Inside, every answer comes from Babel, and is recorded in the dict yielded (by key);
    the importer's tables are made again (from the table) afterwards."""
    global _recorded
    recorded: dict[str, Any] = {}
    _recorded = recorded
    _clear_caches()
    try:
        yield recorded
    finally:
        _recorded = None
        _clear_caches()


def build_table() -> dict[str, Any]:
    """Babel's answers to every question the importer's tables ask, as Babel gives them now
    (slow: it loads every locale asked about)."""
    import babel

    with asking_babel() as answers:
        for builder in _builders():
            builder()
    return {"babel": babel.__version__, "answers": answers}


def _as_json(value: Any) -> Any:
    """`value` as it is written: numbered names as [number, name] pairs, in Babel's order."""
    if isinstance(value, dict) and value and all(isinstance(k, int) for k in value):
        return [[number, name] for number, name in value.items()]
    return value


def table_text(table: dict[str, Any]) -> str:
    """`table` as the shipped file writes it: one answer a line, keys sorted, so a change of
    Babel's data is a readable diff."""
    answers = table["answers"]
    lines = ",\n".join(
        f"{json.dumps(key, ensure_ascii=False)}: "
        f"{json.dumps(_as_json(answers[key]), ensure_ascii=False)}"
        for key in sorted(answers)
    )
    return f'{{"babel": {json.dumps(table["babel"])}, "answers": {{\n{lines}\n}}}}\n'
