"""Language codes: which are known, what they are called, and what someone meant."""

from __future__ import annotations

import pytest

from appeal_tui.core.languages import (
    all_languages,
    is_known_language,
    language_name,
    native_name,
    suggest_code,
)


@pytest.mark.parametrize("code", ["en", "fa", "ar", "es", "pt-BR", "zh-TW", "zh-Hant", "es-419"])
def test_known_codes(code: str) -> None:
    assert is_known_language(code)


@pytest.mark.parametrize("code", ["persian", "EN", "pt_BR", "pt-br", "xx", "und", "", "en-XX"])
def test_unknown_or_non_canonical_codes(code: str) -> None:
    assert not is_known_language(code)


def test_names() -> None:
    assert language_name("fa") == "Persian"
    assert language_name("pt-BR") == "Portuguese (Brazil)"
    assert language_name("fa", locale="es") == "persa"
    assert native_name("fa") == "فارسی"
    assert native_name("es") == "español"
    assert language_name("not a code") == "not a code"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Persian", "fa"),
        ("Farsi", "fa"),
        ("english", "en"),
        ("espanol", "es"),
        ("Español", "es"),
        ("persain", "fa"),
        ("EN", "en"),
        ("pt_br", "pt-BR"),
        ("العربية", "ar"),
    ],
)
def test_suggest_code(text: str, code: str) -> None:
    assert suggest_code(text) == code


def test_no_suggestion_for_nonsense() -> None:
    assert suggest_code("qqqqqqqq") is None
    assert suggest_code("  ") is None


def test_all_languages_for_a_search() -> None:
    rows = all_languages()
    by_code = {code: (english, native) for code, english, native in rows}
    assert by_code["fa"] == ("Persian", "فارسی")
    assert "pt-BR" in by_code
    assert len(rows) > 100
    rows.clear()  # the caller's copy; the next call is whole again
    assert all_languages()
