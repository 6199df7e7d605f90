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
