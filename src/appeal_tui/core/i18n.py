"""The interface's language: gettext catalogs for every label, message and error we show.

The letter's language is a separate choice (core.letter_language): a German volunteer may write
in Spanish with a German interface. This module is only about the words of the app itself.

How code uses it:

- `_("Save the letter")` translates a message now, in the current interface language.
- `ngettext("{n} letter", "{n} letters", n).format(n=n)` picks the plural form the language's
  catalog gives for `n` (Persian and Arabic have their own rules), then fills the number in.
- `N_("Save")` only marks a message for extraction and returns it unchanged: for text defined
  when a module is imported (a class's key bindings, a table of labels), which is translated with
  `_()` where it is shown, so a change of language shows at once.
- `pgettext("key", "Open")` for a short word that another place translates differently.

Text from a case file is never passed through `_()`: only our own literal messages are.

The catalogs live in `appeal_tui/locale/<lang>/LC_MESSAGES/appeal_tui.po` (edited with Babel's
`pybabel extract/update/compile`, see the README) and ship compiled (`.mo`) in the wheel.
Missing catalogs or messages fall back to English, never to an error.
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Iterable, Mapping
from pathlib import Path

DOMAIN = "appeal_tui"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

# The interface languages with a catalog, English (the messages themselves) first. The names are
# each language's own name for itself, as a chooser shows them.
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "fa": "فارسی",
    "ar": "العربية",
}
# Interface languages written right to left.
RTL_UI_LANGUAGES = frozenset({"fa", "ar"})
# The key in the app's settings file where a language chosen in the app is remembered.
SETTINGS_KEY = "ui_language"
# The environment variable that chooses the interface language, like `--ui-lang`.
ENV_UI_LANG = "APPEAL_TUI_UI_LANG"
# The locale variables, in the order gettext reads them.
LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

_current = "en"
_translations: _gettext.NullTranslations = _gettext.NullTranslations()


def _(message: str) -> str:
    """`message` in the interface language (unchanged in English or when not translated)."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message that the interface language uses for `n`."""
    return _translations.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` translated in `context`, for a short word with several meanings."""
    return _translations.pgettext(context, message)


def npgettext(context: str, singular: str, plural: str, n: int) -> str:
    """`ngettext` in `context`: a counted word another place uses uncounted ("draft", a
    status, and "draft"/"drafts" under a number)."""
    return _translations.npgettext(context, singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for translation without translating it (translate it where shown)."""
    return message


def normalise(code: str | None) -> str | None:
    """The interface language that `code` names ("es", "es_ES.UTF-8", "de-AT", "fa_IR"), or
    None when it names none we have ("C", "POSIX", "", "ja_JP")."""
    if not code:
        return None
    base = code.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0].lower()
    return base if base in UI_LANGUAGES else None


def from_environment(environ: Mapping[str, str]) -> str | None:
    """The interface language the locale asks for, read as gettext reads it: the first of
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set; LANGUAGE may list several ("fr:de")."""
    for variable in LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if not value:
            continue
        candidates: Iterable[str] = value.split(":") if variable == "LANGUAGE" else (value,)
        for candidate in candidates:
            found = normalise(candidate)
            if found is not None:
                return found
        if variable != "LANGUAGE":
            # LC_ALL=C or LANG=ja_JP: the locale is set, to a language we lack: English.
            return None
    return None


def choose(chosen: str | None, settings: Mapping[str, object], environ: Mapping[str, str]) -> str:
    """The interface language to start in: `--ui-lang` (or APPEAL_TUI_UI_LANG) first, then the one
    remembered from the app's settings, then the locale, else English."""
    for candidate in (chosen, environ.get(ENV_UI_LANG)):
        found = normalise(candidate)
        if found is not None:
            return found
    remembered = settings.get(SETTINGS_KEY)
    if isinstance(remembered, str):
        found = normalise(remembered)
        if found is not None:
            return found
    return from_environment(environ) or "en"


def set_ui_language(code: str | None) -> str:
    """Use `code`'s catalog from now on (English when it is None or has no catalog); returns
    the language now in use."""
    global _current, _translations
    language = normalise(code) or "en"
    if language == "en":
        translations: _gettext.NullTranslations = _gettext.NullTranslations()
    else:
        translations = _gettext.translation(
            DOMAIN, localedir=str(LOCALE_DIR), languages=[language], fallback=True
        )
    _current, _translations = language, translations
    return language


def in_every_language(message: str) -> frozenset[str]:
    """`message` as each interface language's catalog gives it (English included): for a mark
    the app writes into text in the language of the moment and must know again later."""
    found = _in_every_language.get(message)
    if found is None:
        found = frozenset(
            {message}
            | {
                _gettext.translation(
                    DOMAIN, localedir=str(LOCALE_DIR), languages=[code], fallback=True
                ).gettext(message)
                for code in UI_LANGUAGES
                if code != "en"
            }
        )
        _in_every_language[message] = found
    return found


_in_every_language: dict[str, frozenset[str]] = {}


def messages_version() -> str:
    """What a cache of translated messages (the case index's problems) depends on: the
    interface language and its compiled catalog's size and time. A change of either makes a
    different value, so the cache is rebuilt in the new words."""
    catalog = LOCALE_DIR / _current / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        st = catalog.stat()
    except OSError:
        return _current
    return f"{_current}:{st.st_size}:{st.st_mtime_ns}"


def ui_language() -> str:
    """The interface language in use ("en", "es", ...)."""
    return _current


def is_rtl() -> bool:
    """True when the interface language is written right to left (Persian, Arabic)."""
    return _current in RTL_UI_LANGUAGES
