"""The language table shipped with the package is what Babel says (issue 14: "Another
language…" read it from Babel locale by locale and took 1.4–2.3 s to open)."""

from __future__ import annotations

import json
from importlib import resources

import babel

from appeal_tui.core import languages


def test_shipped_table_matches_babel() -> None:
    # Regenerate with `python -m appeal_tui.core.languages` after a Babel upgrade.
    assert languages.all_languages() == languages.build_language_rows()


def test_table_names_its_babel_and_is_in_the_package() -> None:
    text = resources.files("appeal_tui.core").joinpath(languages.LANGUAGE_TABLE).read_text("utf-8")
    data = json.loads(text)
    assert data["babel"] == babel.__version__
    codes = [row[0] for row in data["rows"]]
    assert {"en", "fa", "ar", "de", "pt-BR", "zh-Hant"} <= set(codes)
    assert len(codes) == len(set(codes))


def test_native_names_guess_codes_from_the_table() -> None:
    assert languages.suggest_code("Deutsch") == "de"
    assert languages.suggest_code("فارسی") == "fa"
    assert languages.suggest_code("espanol") == "es"


def test_shipped_codes_match_babel() -> None:
    """`is_known_language` reads the codes from the table instead of Babel's English locale
    (50 ms to load); they are the codes Babel names."""
    shipped = languages._language_table()["codes"]
    assert shipped == languages.build_known_codes()
    en = babel.Locale("en")
    for code in ("en", "fa", "pt-BR", "zh-Hant", "zh-TW", "es-419", "ckb", "sr-Latn-RS"):
        language, _, rest = code.partition("-")
        parts_named = language in en.languages and all(
            part in en.scripts or part in en.territories for part in rest.split("-") if part
        )
        assert languages.is_known_language(code) == parts_named, code
    for code in ("xx", "und", "en-XX", "en-Abcd", "EN", "pt_BR", "zxx"):
        assert not languages.is_known_language(code), code
