"""Per-language forms of the texts a letter carries: a recipient's title and organisation,
a group's description.

The case format reads a text written once as English when the case offers English, else as
its first language (`Case.text_language`). An office read from a German page ("Innenminister")
in a case that offers English would then be put into English letters. When the text's
language is known (the document's language, or the small words of the text itself), the
importer writes text in any language but English as a map by language (`title: {de:
Innenminister}`), so that each letter uses only the forms in its own language, even after an
organiser adds English to the languages; English text stays written once where plain text is
read as English.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from appeal_tui.core.importer.todo import is_todo
from appeal_tui.core.letter_language import base_language

RECIPIENT_TEXTS = ("title", "organisation")

# The small words that join the words of an office or an organisation's name, per language.
_JOINING: dict[str, str] = {
    "en": "of the and for to on in at",
    "es": "de del la el los las y para en al",
    "fr": "de du des la le les et pour l à aux",
    "de": "der des die den dem für und von vom im zur zum",
    "pt": "do da dos das de e para",
    "it": "della dello degli di del e per",
    "nl": "van het voor en de",
    "fi": "ja",
}
_JOINING_WORDS = {code: frozenset(words.split()) for code, words in _JOINING.items()}
# Words an office or organisation is named with in English, which other languages also use
# ("Prime Minister" on a German page is English).
_ENGLISH_OFFICE = frozenset(
    """prime minister president vice deputy secretary general attorney prosecutor public chief
    justice director governor ambassador embassy ministry office head state supreme leader
    foreign affairs interior internal home security defence defense human rights commission
    commissioner national federal republic king queen crown prince council court high
    commander speaker parliament mayor police department service embassy consulate chairman
    chairperson chairwoman solicitor inspector""".split()  # noqa: SIM905
)


# Languages not written in Latin letters: a text in Latin letters on such a page ("Ministry of
# Justice" on a Japanese page) is not in the page's language.
_NOT_LATIN = frozenset(
    "ar fa ur ps he yi ru uk be bg sr mk el ka hy zh ja ko th lo km my hi bn ne mr ta te".split()  # noqa: SIM905
)


def short_text_language(text: str, document_language: str) -> str | None:
    """The language of a short text (an office, an organisation, a group): the language whose
    joining words it uses ("Minister of the Interior", "Ministro del Interior"; the document's
    language when it is among them), English when it is made only of words English offices
    are named with ("Prime Minister"), else the document's language ("Innenminister"); None
    when it ties between other languages."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", text)]
    counts = Counter(words)
    scores = {code: sum(counts[w] for w in vocab) for code, vocab in _JOINING_WORDS.items()}
    if scores.get(document_language.split("-")[0], 0) > 0:
        return document_language
    top = max(scores.values(), default=0)
    if top > 0:
        best = [code for code, score in scores.items() if score == top]
        return best[0] if len(best) == 1 else None
    if words and all(w in _ENGLISH_OFFICE for w in words):
        return "en"
    if (
        document_language.split("-")[0] in _NOT_LATIN
        and words
        and all(w.isascii() or "LATIN" in unicodedata.name(w[0], "") for w in words)
    ):
        return None  # Latin letters on a page of another script: a language not told
    return document_language


def plain_text_language(languages: list[str]) -> str:
    """The language a text written once is read as (the rule of `Case.text_language`)."""
    if not languages or "en" in languages:
        return "en"
    return languages[0]


def in_its_language(text: Any, document_language: str | None, plain_language: str) -> Any:
    """`text` as written, or as `{code: text}` when its language is known: English text
    stays written once where a plain text is read as English; text in any other language is
    a map, so that adding English to the case's languages later cannot make it "English"."""
    if not isinstance(text, str) or not text or is_todo(text) or document_language is None:
        return text
    code = short_text_language(text, document_language)
    if code is None or (base_language(code) == "en" == base_language(plain_language)):
        return text
    return {code: text}


def with_language_forms(case: dict[str, Any], document_language: str | None) -> None:
    """Give `case`'s recipients' titles and organisations and its groups per-language forms
    where a plain text would be read in another language (see the module docstring).
    `document_language`: the document's language, None when it is unsure."""
    plain = plain_text_language(list(case.get("languages") or []))
    for recipient in case.get("recipients") or []:
        for field in RECIPIENT_TEXTS:
            if field in recipient:
                recipient[field] = in_its_language(recipient[field], document_language, plain)
    for person in case.get("people") or []:
        if "group" in person:
            person["group"] = in_its_language(person["group"], document_language, plain)
