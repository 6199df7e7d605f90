"""One rule for the language of a letter, used by `letter`, `batch`, the TUI and the case sheets.

- A case is written in the languages it offers (`case.languages`; a regional variant such as
  `fa-AF` counts as its base language).
- Any other language is still possible for one writer: that language's phrasebook (English
  where there is none) and the case's English asks, or, without English asks, the asks of the
  case's first language that has them. Those asks are marked for the writer to put into their
  own words, and the writer is told (`LanguageChoice.notice`).
- A batch writes only the languages a case offers (see `export.batch`): it never mixes
  languages silently.

Texts of a case other than its asks (a group's description, a recipient's title) follow the
same idea through `text_in`: the form the case gives for the letter's language, else the plain
text when that is written in the letter's language (`Case.text_language`), else nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from appeal_tui.core.i18n import _, ui_language
from appeal_tui.core.languages import language_name
from appeal_tui.core.model import Case

ENGLISH = "en"


def base_language(code: str) -> str:
    """`fa-AF` -> `fa`, `pt-BR` -> `pt`."""
    return code.split("-")[0].lower()


def same_language(a: str, b: str) -> bool:
    """True when `a` and `b` are the same language, regional variants aside."""
    return base_language(a) == base_language(b)


def offers(case: Case, language: str) -> bool:
    """True when `case` offers `language` (or another variant of the same language)."""
    return any(same_language(code, language) for code in case.languages)


def _asks_in(case: Case, language: str) -> tuple[tuple[str, ...], str | None]:
    """The case's asks written in `language`: the exact code first, then any variant."""
    if case.asks.get(language):
        return case.asks[language], language
    for code, asks in case.asks.items():
        if asks and same_language(code, language):
            return asks, code
    return (), None


@dataclass(frozen=True)
class LanguageChoice:
    """What a letter in `language` is made of, for one case."""

    case_id: str
    language: str
    # The case offers this language.
    offered: bool
    # The asks the letter carries and the language they are written in (None: no asks at all).
    asks: tuple[str, ...]
    asks_language: str | None
    # The app has a phrasebook for the language (else the letter's frame is in English).
    has_phrasebook: bool

    @property
    def asks_to_reword(self) -> bool:
        """The asks are in another language than the letter: the writer must reword them."""
        return self.asks_language is not None and not same_language(
            self.asks_language, self.language
        )

    def notice(self) -> str | None:
        """The line telling the user what this choice means; None when nothing needs saying."""
        # Language names in the interface language ("Persian", "persa").
        shown_in = ui_language()
        name = language_name(self.language, shown_in)
        parts: list[str] = []
        if not self.offered:
            parts.append(
                _("Case '{case}' is not offered in {language}.").format(
                    case=self.case_id, language=name
                )
            )
        if self.asks_to_reword and self.asks_language is not None:
            parts.append(
                _(
                    "Its asks are given in {asks_language}, marked for you to put into "
                    "{language} in your own words."
                ).format(asks_language=language_name(self.asks_language, shown_in), language=name)
            )
        elif self.asks_language is None:
            parts.append(_("The case has no asks: write what you ask for in your own words."))
        if not self.has_phrasebook:
            parts.append(
                _(
                    "There is no phrasebook for {language}: the salutation, opening and closing "
                    "are in English. Put them into {language} before sending."
                ).format(language=name)
            )
        return " ".join(parts) or None


def language_choice(case: Case, language: str) -> LanguageChoice:
    """The one rule (see the module docstring) applied to `case` and `language`."""
    from appeal_tui.core.phrasebook import phrasebook

    asks, asks_language = _asks_in(case, language)
    if asks_language is None:
        # Not in the letter's language: English first, then the case's order.
        for code in (ENGLISH, *case.languages, *case.asks):
            asks, asks_language = _asks_in(case, code)
            if asks_language is not None:
                break
    return LanguageChoice(
        case_id=case.id,
        language=language,
        offered=offers(case, language),
        asks=asks,
        asks_language=asks_language,
        has_phrasebook=phrasebook(language) is not None,
    )


def text_in(
    plain: str | None, forms: dict[str, str], language: str, text_language: str
) -> str | None:
    """A case text in `language`: its form for that language (exact code, then any variant),
    else, when the case gives no forms, `plain` if it is written in that language
    (`text_language`); else None."""
    if forms.get(language):
        return forms[language]
    for code, text in forms.items():
        if text and same_language(code, language):
            return text
    # Given as a map, the map says which languages the text is in; `plain` is only for show.
    if not forms and plain and same_language(text_language, language):
        return plain
    return None
