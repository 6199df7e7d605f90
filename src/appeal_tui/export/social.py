"""A short, polite public message to a recipient's social account, within the platform's limit.

Length is counted the way X/Twitter counts it (the twitter-text v3 rules): after NFC normalisation
each code point weighs 2, except those in the ranges below which weigh 1 (Latin, Greek, Cyrillic,
Arabic, Hebrew, Devanagari ... up to U+10FF, and some punctuation); an emoji sequence weighs 2;
every link weighs 23 whatever its length. The limit is 280.

Simplification: twitter-text also treats bare domain names ("example.org") as links. We count a
scheme or "www." link, and a bare domain with a common top-level domain, as a link (23); a domain
we miss is counted by its characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from appeal_tui.core.model import Case, Recipient
from appeal_tui.export.text import without_controls

MAX_WEIGHTED_LENGTH = 280
URL_WEIGHT = 23
EMOJI_WEIGHT = 2
_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))

INTENT_URL = "https://twitter.com/intent/tweet?text="
ELLIPSIS = "…"

_URL = re.compile(
    r"(?:https?://|www\.)[^\s]+"
    r"|\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:com|org|net|gov|edu|int|info|io|co|uk|de|fr|es|ir|ly|me|tv)\b(?:/[^\s]*)?",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"@?([A-Za-z0-9_]{1,15})")

_ZWJ = 0x200D
_VS16 = 0xFE0F
_KEYCAP = 0x20E3


def _is_pictographic(cp: int) -> bool:
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF
        or 0x2B00 <= cp <= 0x2BFF
        or cp in (0x00A9, 0x00AE, 0x203C, 0x2049, 0x2122, 0x2139, 0x3030, 0x303D)
        or 0x2190 <= cp <= 0x21FF
        or 0x2300 <= cp <= 0x23FF
    )


def _is_modifier(cp: int) -> bool:
    # Variation selector, skin tones, keycap, tag characters (subdivision flags).
    return cp in (_VS16, _KEYCAP) or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F


def _emoji_end(cps: list[int], i: int) -> int:
    """The index after the emoji sequence starting at `i`, or `i` when none starts there."""
    cp = cps[i]
    n = len(cps)
    if 0x1F1E6 <= cp <= 0x1F1FF:  # regional indicators pair into a flag
        return i + 2 if i + 1 < n and 0x1F1E6 <= cps[i + 1] <= 0x1F1FF else i + 1
    keycap_base = chr(cp) in "0123456789#*"
    if keycap_base:
        j = i + 1
        if j < n and cps[j] == _VS16:
            j += 1
        return j + 1 if j < n and cps[j] == _KEYCAP else i
    if not _is_pictographic(cp):
        return i
    j = i + 1
    while j < n:
        if _is_modifier(cps[j]):
            j += 1
        elif cps[j] == _ZWJ and j + 1 < n and _is_pictographic(cps[j + 1]):
            j += 2
        else:
            break
    return j


def _char_weight(cp: int) -> int:
    return 1 if any(lo <= cp <= hi for lo, hi in _LIGHT_RANGES) else 2


def weighted_length(text: str) -> int:
    """The length of `text` as X/Twitter counts it towards the 280 limit."""
    text = unicodedata.normalize("NFC", text)
    total = 0
    position = 0
    for match in _URL.finditer(text):
        total += _weigh_plain(text[position : match.start()]) + URL_WEIGHT
        position = match.end()
    return total + _weigh_plain(text[position:])


def _weigh_plain(text: str) -> int:
    cps = [ord(ch) for ch in text]
    total = 0
    i = 0
    while i < len(cps):
        end = _emoji_end(cps, i)
        if end > i:
            total += EMOJI_WEIGHT
            i = end
        else:
            total += _char_weight(cps[i])
            i += 1
    return total


# Our own short texts: `intro` leads into the case's asks (which are already courteous, so the
# intro only names the subject); `generic` stands alone when the case has no asks in the
# language. {name} is the person (or people) at risk.
_TEMPLATES: dict[str, tuple[str, str]] = {
    "en": (
        "I am writing to you about {name}:",
        "With respect, I ask you to protect the rights of {name}.",
    ),
    "es": (
        "Le escribo en relación con {name}:",
        "Con todo respeto, le pido que proteja los derechos de {name}.",
    ),
    "fr": (
        "Je vous écris au sujet de {name}\u00a0:",
        "Avec tout mon respect, je vous demande de protéger les droits de {name}.",
    ),
    "de": (
        "Ich wende mich wegen {name} an Sie:",
        "Mit allem Respekt bitte ich Sie, die Rechte von {name} zu schützen.",
    ),
    "fa": (
        "درباره‌ی {name} به شما می‌نویسم:",
        "با احترام از شما تقاضا دارم که از حقوق {name} محافظت کنید.",
    ),
    "ar": (
        "أكتب إليكم بشأن {name}:",
        "بكل احترام، أناشدكم حماية حقوق {name}.",
    ),
}
FALLBACK_LANGUAGE = "en"


@dataclass(frozen=True)
class SocialMessage:
    """A message ready to post: its text, its weighted length and a web intent link to post it."""

    text: str
    weighted_length: int
    intent_url: str
    language: str


def normalise_handle(handle: str) -> str:
    """ "@name" for a handle given as "name", "@name" or " @name "; ValueError when not a handle."""
    match = _HANDLE.fullmatch(handle.strip())
    if not match:
        raise ValueError(f"not a social media handle: {handle!r}")
    return "@" + match.group(1)


def _truncate_to_weight(text: str, budget: int) -> str:
    """The longest start of `text`, cut at a word boundary, that with "…" weighs <= `budget`."""
    if weighted_length(text) <= budget:
        return text
    words = text.split(" ")
    while words:
        words.pop()
        candidate = " ".join(words).rstrip(" ,;:.،؛") + ELLIPSIS
        if words and weighted_length(candidate) <= budget:
            return candidate
    # A single word longer than the budget: cut it by characters.
    cut = text
    while cut and weighted_length(cut + ELLIPSIS) > budget:
        cut = cut[:-1]
    return cut + ELLIPSIS if cut else ""


def _flat(text: str) -> str:
    return " ".join(text.split())


_ARABIC_SCRIPT_LANGUAGES = frozenset({"fa", "ar", "ur", "ps", "ckb", "sd", "ug"})


def _in_arabic_script(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)


def _person_name(case: Case, language: str) -> str:
    """The people's names, each in the message's script when the case gives such a form.

    A Persian message names "حسین رونقی ملکی" when the case lists that as another name of
    "Hossein Ronaghi-Maleki"; otherwise the name is used as written.
    """
    names: list[str] = []
    for person in case.people:
        name = person.label
        if language in _ARABIC_SCRIPT_LANGUAGES and not _in_arabic_script(name):
            name = next((n for n in person.also_known_as if _in_arabic_script(n)), name)
        if name.strip():
            names.append(_flat(name))
    return "، ".join(names) if language in _ARABIC_SCRIPT_LANGUAGES else ", ".join(names)


def social_message(
    case: Case, recipient: Recipient, language: str, *, link: str | None = None
) -> SocialMessage:
    """A short polite message to `recipient`'s handle about `case`, within 280 as X counts.

    The text is the handle, one of our opening lines naming the person, and the case's asks in
    `language`; if that is too long, only the first ask, shortened at a word boundary with "…".
    A language we have no opening line for gets the English text and English asks. `link`, when
    given, is added at the end and counts 23. Raises ValueError when the recipient has no handle.
    """
    if not recipient.twitter:
        raise ValueError(f"{recipient.key} has no social media handle")
    handle = normalise_handle(recipient.twitter)
    base = language.split("-")[0].lower()
    if base not in _TEMPLATES:
        base = FALLBACK_LANGUAGE
    intro_template, generic_template = _TEMPLATES[base]
    asks = [_flat(a) for a in case.asks.get(base, case.asks.get(language, ())) if a.strip()]
    name = _person_name(case, base) or _flat(case.title)
    tail = f" {link.strip()}" if link else ""

    def fits(text: str) -> bool:
        return weighted_length(text) <= MAX_WEIGHTED_LENGTH

    if not asks:
        text = f"{handle} {generic_template.format(name=name)}"
        if not fits(text + tail):
            budget = MAX_WEIGHTED_LENGTH - weighted_length(f"{handle} {tail}")
            text = f"{handle} " + _truncate_to_weight(generic_template.format(name=name), budget)
        return _message(text + tail, language)

    intro = intro_template.format(name=name)
    full = f"{handle} {intro} {' '.join(asks)}{tail}"
    if fits(full):
        return _message(full, language)
    head = f"{handle} {intro} "
    if not fits(head + tail):
        # An unusually long name: keep the handle and as much of the opening as fits.
        budget = MAX_WEIGHTED_LENGTH - weighted_length(f"{handle} {tail}")
        return _message(f"{handle} " + _truncate_to_weight(intro, budget) + tail, language)
    budget = MAX_WEIGHTED_LENGTH - weighted_length(head + tail)
    first = _truncate_to_weight(asks[0], budget)
    return _message(head + first + tail, language)


def _message(text: str, language: str) -> SocialMessage:
    text = without_controls(unicodedata.normalize("NFC", text))
    return SocialMessage(
        text=text,
        weighted_length=weighted_length(text),
        intent_url=INTENT_URL + quote(text, safe=""),
        language=language,
    )
