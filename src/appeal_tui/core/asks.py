"""Asks as sentences a writer can sign.

Published urgent actions list what writers should ask for as instructions to the writers:
"Urge the authorities to release ...", "Calling on the Syrian authorities to ...",
"Instando a las autoridades a ...". Pasted into a letter, such a line speaks about the reader
instead of to them. `letter_form` turns the forms it can into first-person requests
("I urge you to release ...") and marks the rest for rewording; a letter never carries an
instruction form as if it were the writer's sentence.

The forms are data: one table per language of (pattern, replacement). A pattern matches the
start of an ask; its replacement keeps the rest of the sentence (`{rest}`) unchanged. A form
is converted only where the rest of the sentence stays correct: an infinitive after the verb
(English "to ...", French "de ..."/"à ...", Spanish "a" + infinitive, German "..., zu ...").
Where the verb of the rest would have to change (Spanish "que liberen", Persian "آزاد کنند"),
the ask is detected and marked for rewording, never half-converted.

The importer (`core.importer`) can call `letter_form` on the asks it finds; compose calls it
on every ask it puts into a letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from appeal_tui.core.letter_language import base_language

# Who the instruction names: "the authorities", "the Syrian authorities", "the Minister of the
# Interior", "them". Up to 80 characters, with no clause punctuation.
_WHO_EN = r"(?:them|him|her|the\s+[^,;:.()]{1,80}?)"
_WHO_ES = r"(?:las|los|la|el|al)\s+[^,;:.()]{1,80}?"
_WHO_FR = r"(?:aux|au|à\s+la|à\s+l['’]|les|le|la|l['’])\s*[^,;:.()]{1,80}?"
_WHO_DE = r"(?:die|den|der)\s+[^,;:.()]{1,80}?"
_WHO_AR = r"(?:السلطات|الحكومة|المسؤولين|الرئيس|الوزير)(?:\s+[^\s،,.]+){0,2}?"

# (pattern, replacement): the replacement may use {rest} (the rest of the sentence) and
# {neg} (a negation kept from the instruction, English only).
_CONVERT: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        (
            rf"(?:please\s+)?(?:urge|urging|press|pressing)\s+{_WHO_EN}\s+(?P<neg>not\s+)?to\s+",
            "I urge you {neg}to {rest}",
        ),
        (
            rf"(?:please\s+)?(?:call|calling)\s+(?:on|upon)\s+{_WHO_EN}\s+(?P<neg>not\s+)?to\s+",
            "I call on you {neg}to {rest}",
        ),
        (
            rf"(?:please\s+)?(?:ask|asking|request|requesting|tell|telling)\s+{_WHO_EN}\s+"
            r"(?P<neg>not\s+)?to\s+",
            "I ask you {neg}to {rest}",
        ),
        (
            rf"(?:please\s+)?(?:demand|demanding)\s+(?:that\s+)?{_WHO_EN}\s+(?P<neg>not\s+)?to\s+",
            "I call on you {neg}to {rest}",
        ),
        (
            rf"(?:please\s+)?(?:encourage|encouraging)\s+{_WHO_EN}\s+(?P<neg>not\s+)?to\s+",
            "I encourage you {neg}to {rest}",
        ),
        (
            rf"(?:please\s+)?(?:appeal|appealing)\s+to\s+{_WHO_EN}\s+(?P<neg>not\s+)?to\s+",
            "I appeal to you {neg}to {rest}",
        ),
        (
            r"(?:please\s+)?(?:calling|call|asking|ask|urging|urge|demanding|demand)\s+for\s+",
            "I call for {rest}",
        ),
        (
            r"(?:please\s+)?(?:urging|urge|demanding|demand)\s+(?=the\s+\w+\s+(?:of|for)\b)",
            "I urge {rest}",
        ),
    ),
    "es": (
        (
            rf"(?:instando|instar|insten|inste)\s+a\s+{_WHO_ES}\s+a\s+(?=\w+(?:ar|er|ir)(?:l[aeo]s?|se)?\b)",
            "Le insto a {rest}",
        ),
        (
            rf"(?:exhortando|exhortar|exhorten|exhorte)\s+a\s+{_WHO_ES}\s+a\s+"
            r"(?=\w+(?:ar|er|ir)(?:l[aeo]s?|se)?\b)",
            "Le exhorto a {rest}",
        ),
    ),
    "fr": (
        (
            rf"(?:demandant|demander|demandez)\s+{_WHO_FR}\s+d(?:e\s+|['’])",
            "Je vous demande de {rest}",
        ),
        (rf"(?:exhortant|exhorter|exhortez)\s+{_WHO_FR}\s+à\s+", "Je vous exhorte à {rest}"),
        (rf"(?:appelant|appeler|appelez)\s+{_WHO_FR}\s+à\s+", "Je vous appelle à {rest}"),
        (rf"(?:priant|prier|priez)\s+{_WHO_FR}\s+d(?:e\s+|['’])", "Je vous prie de {rest}"),
        (rf"(?:engageant|engager|engagez)\s+{_WHO_FR}\s+à\s+", "Je vous engage à {rest}"),
    ),
    "de": (
        (
            rf"(?:fordern\s+sie\s+{_WHO_DE}\s+(?:dazu\s+)?auf|{_WHO_DE}\s+(?:dazu\s+)?auffordern)"
            r"\s*,\s*",
            "Ich fordere Sie auf, {rest}",
        ),
        (
            rf"(?:appellieren\s+sie\s+an|an)\s+{_WHO_DE}\s+(?:zu\s+)?appellieren\s*,\s*|"
            rf"appellieren\s+sie\s+an\s+{_WHO_DE}\s*,\s*",
            "Ich appelliere an Sie, {rest}",
        ),
        (rf"(?:bitten\s+sie\s+{_WHO_DE}|{_WHO_DE}\s+bitten)\s*,\s*", "Ich bitte Sie, {rest}"),
    ),
    "ar": (
        (rf"(?:يرجى\s+|يُرجى\s+)?(?:حث|حثّ|حثوا|احثوا)\s+{_WHO_AR}\s+على\s+", "أحثكم على {rest}"),
        (
            rf"(?:يرجى\s+|يُرجى\s+)?(?:مطالبة|طالبوا|المطالبة)\s+{_WHO_AR}\s+ب(?=\S)",
            "أطالبكم ب{rest}",
        ),
        (rf"(?:يرجى\s+|يُرجى\s+)?(?:دعوة|ادعوا|الدعوة)\s+{_WHO_AR}\s+إلى\s+", "أدعوكم إلى {rest}"),
    ),
}

# Instruction forms that cannot be converted safely: the ask is marked for rewording.
_DETECT: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?:please\s+)?(?:urg(?:e|ing)|call(?:ing)?\s+(?:on|upon)|ask(?:ing)?|demand(?:ing)?|"
        r"request(?:ing)?|press(?:ing)?|tell(?:ing)?|encourag(?:e|ing))\s+(?:the\s+)?"
        r"(?:[\w'’-]+\s+){0,3}(?:authorities|government|officials|president|minister|them)\b",
        r"(?:write|writing|send|sending|email|fax|tweet|contact)\s+(?:to\s+)?(?:the\s+)?"
        r"(?:[\w'’-]+\s+){0,3}(?:authorities|government|officials|president|minister|embassy|"
        r"appeals?|letters?|messages?)\b",
        r"(?:expressing|express)\s+(?:your\s+|serious\s+|grave\s+|deep\s+)*concern",
    ),
    "es": (
        r"(?:instando|instar|insten|exhortando|exhortar|exhorten|pidiendo|pidan|pedir|"
        r"solicitando|soliciten|solicitar|exigiendo|exijan|exigir|llamando|hagan\s+un\s+llamamiento)"
        r"\s+a\s+(?:las|los|la|el)\s+",
        r"(?:escriban|escribiendo|envíen|enviando|expresando|expresen)\b",
    ),
    "fr": (
        r"(?:demandant|demandez|exhortant|exhortez|appelant|appelez|priant|priez|engageant|"
        r"engagez|exigeant|exigez)\s+(?:aux|aux?|les|le|la|l['’])\s*",
        r"(?:écrivez|écrivant|envoyez|envoyant|exprimez|exprimant)\b",
    ),
    "de": (
        r"(?:fordern\s+sie|appellieren\s+sie|bitten\s+sie|schreiben\s+sie|drängen\s+sie)\b",
        r"(?:die|den|der)\s+(?:[\wäöüß-]+\s+){0,3}(?:behörden|regierung)\s+"
        r"(?:auffordern|drängen|bitten)\b",
    ),
    "ar": (
        r"(?:يرجى\s+|يُرجى\s+)?(?:حث|حثّ|حثوا|احثوا|مطالبة|طالبوا|المطالبة|دعوة|ادعوا|الدعوة|"
        r"اكتبوا|أرسلوا|مناشدة|ناشدوا)\s+(?:السلطات|الحكومة|المسؤولين)",
    ),
    "fa": (
        r"از\s+(?:مقامات|مسئولان|مسؤولان|دولت|حکومت|رئیس|وزیر)[^.،]{0,60}?"
        r"(?:بخواهید|درخواست\s+کنید|بخواهيد)",
        r"(?:با\s+)?(?:نامه|ایمیل)\s+(?:بنویسید|بفرستید)",
    ),
}

_SENTENCE_END = ".!?…؟。"
_CLOSING_QUOTES = "\"'’”»)"


@dataclass(frozen=True)
class AskForm:
    """An ask as a letter carries it: `text`, and what was done to it."""

    text: str
    # An instruction form was turned into the writer's own request.
    converted: bool = False
    # An instruction form that could not be converted: the writer must reword it.
    needs_rewording: bool = False


@cache
def _compiled(language: str) -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str]]:
    converts = tuple(
        (re.compile(pattern, re.IGNORECASE), replacement)
        for pattern, replacement in _CONVERT.get(language, ())
    )
    detect = "|".join(f"(?:{p})" for p in _DETECT.get(language, ())) or r"(?!x)x"
    return converts, re.compile(detect, re.IGNORECASE)


def _with_full_stop(text: str) -> str:
    """`text` ending as a sentence ends: a full stop is added where none is (before nothing
    else: a closing quote after a full stop already ends it)."""
    stripped = text.rstrip()
    core = stripped.rstrip(_CLOSING_QUOTES)
    if not core or core[-1] in _SENTENCE_END:
        return stripped
    return stripped.rstrip(" ,;:–—-") + "."


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def is_instruction(text: str, language: str) -> bool:
    """True when `text` starts as an instruction to writers in `language` (see module doc)."""
    _, detect = _compiled(base_language(language))
    return detect.match(text.strip()) is not None


@lru_cache(maxsize=4096)
def letter_form(text: str, language: str) -> AskForm:
    """`text` (an ask written in `language`) as a sentence a writer can sign.

    An instruction form the tables know is converted ("Urge the authorities to release X" ->
    "I urge you to release X."); one that cannot be converted safely is returned as written
    with `needs_rewording`. A full stop is added where the ask has none.
    """
    language = base_language(language)
    stripped = " ".join(text.split())
    converts, detect = _compiled(language)
    for pattern, replacement in converts:
        match = pattern.match(stripped)
        if match is None:
            continue
        rest = stripped[match.end() :]
        if not rest:
            break
        neg = (match.groupdict().get("neg") or "").lower()
        converted = replacement.replace("{neg}", neg).replace("{rest}", rest)
        return AskForm(_with_full_stop(_capitalised(converted)), converted=True)
    if detect.match(stripped):
        return AskForm(_with_full_stop(stripped), needs_rewording=True)
    return AskForm(_with_full_stop(stripped))
