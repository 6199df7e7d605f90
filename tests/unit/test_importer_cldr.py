"""The CLDR table shipped with the importer (session 33): Babel's answers, exactly, so that an
import reads the same names without loading a hundred locales first."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import babel
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from appeal_tui.core.importer import cldr, countries, import_document

DOCS = Path(__file__).parent / "importer_docs"

_SHIPPED = resources.files("appeal_tui.core.importer").joinpath(cldr.TABLE).read_text("utf-8")
_WRITTEN_FROM = re.match(r'\{"babel": "([^"]+)"', _SHIPPED)
# pyproject asks for babel>=2.14: a clean install may get a Babel newer than the table. The
# importer then asks Babel (correct, only slower: test_a_table_from_another_babel_is_not_used),
# and the tests below, which hold the table to the installed Babel, say to write it again.
table_of_this_babel = pytest.mark.skipif(
    _WRITTEN_FROM is None or _WRITTEN_FROM[1] != babel.__version__,
    reason=f"the CLDR table was written from another Babel than {babel.__version__}: "
    "run python scripts/cldr_table.py",
)


@table_of_this_babel
def test_the_shipped_table_is_what_the_installed_babel_gives() -> None:
    # After a Babel upgrade (or a new locale in one of the importer's lists), write it again:
    # python scripts/cldr_table.py
    shipped = resources.files("appeal_tui.core.importer").joinpath(cldr.TABLE).read_text("utf-8")
    assert shipped.startswith(f'{{"babel": "{babel.__version__}"')
    assert shipped == cldr.table_text(cldr.build_table())


def _tables() -> dict[str, Any]:
    """Every table the importer makes of CLDR data, with its order."""
    made: dict[str, Any] = {}
    for builder in cldr._builders():
        value = builder()
        made[builder.__qualname__ + builder.__module__] = (
            list(value.items()) if isinstance(value, dict) else value
        )
    made["searched"] = countries._searched()
    made["english"] = [countries.english_name(c) for c in ("SY", "CD", "DE", "XK", "ZZ", "QQ")]
    return made


@table_of_this_babel
def test_the_importer_makes_the_same_tables_from_the_table_as_from_babel() -> None:
    cldr._clear_caches()
    cldr.asked_babel.clear()
    from_table = _tables()
    assert cldr.asked_babel == set()  # every answer came from the table
    with cldr.asking_babel():
        from_babel = _tables()
    assert from_table == from_babel


@table_of_this_babel
def test_an_import_asks_babel_nothing() -> None:
    cldr._clear_caches()
    cldr.asked_babel.clear()
    for doc in sorted(DOCS.glob("*"))[:6]:
        import_document(doc.read_text(encoding="utf-8"), source=doc.name)
    assert cldr.asked_babel == set()


def test_a_table_from_another_babel_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(babel, "__version__", "0.0.0")
    cldr._shipped.cache_clear()
    cldr.asked_babel.clear()
    try:
        assert cldr._shipped() == {}
        assert cldr.territories("fr")["DE"] == babel.Locale("fr").territories["DE"]
        assert "territories fr" in cldr.asked_babel
    finally:
        monkeypatch.undo()
        cldr._shipped.cache_clear()
    if _WRITTEN_FROM is not None and _WRITTEN_FROM[1] == babel.__version__:
        assert cldr._shipped() != {}  # the table of the installed Babel is used again


def test_a_question_the_table_does_not_hold_is_asked_of_babel() -> None:
    cldr.asked_babel.clear()
    # Welsh is in none of the importer's lists of locales or languages (as a new one would be).
    assert "territories cy" not in cldr._shipped()
    assert cldr.territories("cy") == dict(babel.Locale("cy").territories.items())
    # Every code asked about must be held, or Babel is asked.
    assert cldr.language_names("fr", ["de", "cy"]) == {"de": "allemand", "cy": "gallois"}
    assert cldr.asked_babel == {"territories cy", "language_names fr"}
    assert cldr.language_names("fr", ["de"]) == {"de": "allemand"}
    assert cldr.asked_babel == {"territories cy", "language_names fr"}


@cache
def _regex() -> re.Pattern[str]:
    """What the importer searched with before session 33: one regex of every name."""
    names = sorted(countries._names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names if countries._short_enough(n))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _regex_found(folded: str) -> list[str]:
    return [m.group(0) for m in _regex().finditer(folded)]


_SAMPLES = [
    "tehran, islamic republic of iran",
    "kinshasa, republique democratique du congo, congo-brazzaville",
    "the united states of america and the united states",
    "guinea-bissau guinea equatorial guinea papua new guinea",
    "中华人民共和国北京 中国 瑞士",
    "sudan_south sudan south-sudan 2sudan sudan2 sudan",
    "niger nigeria nigerien, niger.",
    "",
]


def test_the_scan_finds_what_the_regex_found() -> None:
    for text in _SAMPLES:
        assert countries._found(text) == _regex_found(text), text


def _pieces() -> st.SearchStrategy[str]:
    """Every 37th name, parts of names, and what may stand around a name."""
    names = sorted(countries._names())[::37]
    parts = [n[: len(n) // 2] for n in names] + [n[len(n) // 2 :] for n in names]
    return st.sampled_from([*names, *parts, " ", "-", "_", ",", "a", "é", "2", "\n", "国"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.deferred(_pieces), max_size=12))
def test_the_scan_finds_what_the_regex_found_anywhere(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert countries._found(text) == _regex_found(text)
