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
Where the verb of the rest agrees with the object (Spanish "a las autoridades que liberen"),
the object is kept ("Pido a las autoridades que liberen ..."); where no rule fits (Persian
"آزاد کنند"), the ask is detected and marked for rewording, never half-converted.

This is the one converter: the importer (`core.importer.asks.signable_ask`) calls it on the
asks it finds and marks for rewording whatever is not then the writer's own request; compose
and the case sheets call it on every ask they show.
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

# (pattern, replacement): the replacement may use {rest} (the rest of the sentence), {neg} (a
# negation kept from the instruction, English only) and {who} (the object as written, for forms
# whose next verb agrees with it: Spanish "Pido a las autoridades que liberen ..."). A
# replacement ending in "{rest_lower}" starts the rest in lower case (a bare verb: "Release
# Ana" -> "I urge you to release Ana").
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
        (rf"(?:reminding|remind)\s+{_WHO_EN}\s+(?=that\b|of\b)", "I remind you {rest}"),
        (
            r"(?:please\s+)?(?:calling|call|urging|urge|demanding|demand)\s+for\s+",
            "I call for {rest}",
        ),
        (r"(?:please\s+)?(?:asking|ask)\s+for\s+", "I ask for {rest}"),
        (
            r"(?:please\s+)?(?:urging|urge|demanding|demand)\s+(?=the\s+\w+\s+(?:of|for)\b)",
            "I urge {rest}",
        ),
        (r"(?:urging|urge)\s+(?=that\b)", "I urge {rest}"),
        (r"(?:asking|ask|demanding|demand)\s+(?=that\b)", "I ask {rest}"),
        (r"(?:appealing|appeal)\s+for\s+", "I appeal for {rest}"),
        (r"(?:seeking|seek)\s+(?=assurances?\b)", "I seek {rest}"),
        (r"(?:welcoming|welcome)\s+", "I welcome {rest}"),
        (
            r"(?:expressing|express)\s+(?:(?:your|grave|serious|deep)\s+)*concerns?\s+"
            r"(?=(?:at|about|over|for|that|regarding)\b)",
            "I am deeply concerned {rest}",
        ),
        # A bare instruction to the official ("Release X", "Ensure that ...").
        (
            r"(?=(?:release|ensure|guarantee|drop|quash|commute|investigate|allow|stop|halt"
            r"|provide|protect|grant|end|lift|disclose|reveal|free|immediately|order|take"
            r"|refrain|respect|give|restore|return|permit|abolish|repeal|amend|open)\b)",
            "I urge you to {rest_lower}",
        ),
    ),
    "es": (
        (
            rf"(?:instando|instar|insten|inste|instándoles?|instándolas?)\s+(?:a\s+{_WHO_ES}\s+)?"
            r"a\s+(?=\w+(?:ar|er|ir)(?:l[aeo]s?|se)?\b)",
            "Le insto a {rest}",
        ),
        (
            rf"(?:exhortando|exhortar|exhorten|exhorte|exhortándoles?|exhortándolas?)\s+"
            rf"(?:a\s+{_WHO_ES}\s+)?a\s+(?=\w+(?:ar|er|ir)(?:l[aeo]s?|se)?\b)",
            "Le exhorto a {rest}",
        ),
        # "que" + a verb agreeing with the authorities: the object stays, so the verb agrees.
        (
            rf"(?:instando|insten|instándoles?)\s+(?P<who>a\s+{_WHO_ES})\s+a\s+que\s+",
            "Insto {who} a que {rest}",
        ),
        (
            rf"(?:pidiendo|pidan|pidiéndoles?)\s+(?P<who>a\s+{_WHO_ES})\s+que\s+",
            "Pido {who} que {rest}",
        ),
        (
            rf"(?:solicitando|soliciten|solicitándoles?)\s+(?P<who>a\s+{_WHO_ES})\s+que\s+",
            "Solicito {who} que {rest}",
        ),
        (
            r"(?:recordándoles|recordando\s+a\s+las\s+autoridades|recuérdenles)\s+que\s+",
            "Le recuerdo que {rest}",
        ),
        (r"(?:pidiendo|pidan|exigiendo|exijan)\s+(?=(?:la|el|los|las)\s)", "Pido {rest}"),
        (
            r"(?:expresando|expresen)\s+(?:su\s+)?(?:profunda\s+)?preocupación\s+"
            r"(?=(?:por|ante|sobre)\b)",
            "Expreso mi profunda preocupación {rest}",
        ),
        # A bare request to the authorities ("Liberen a ..."): the same form as "que liberen".
        (
            r"(?=(?:liberen|garanticen|investiguen|protejan|pongan|retiren|anulen|permitan"
            r"|aseguren|adopten|tomen|detengan|cesen|revoquen|proporcionen|otorguen|respeten"
            r"|conmuten|suspendan|abran|realicen)\b)",
            "Pido a las autoridades que {rest_lower}",
        ),
    ),
    "fr": (
        (
            rf"(?:en\s+)?(?:demandant|demander|demandez)\s+{_WHO_FR}\s+d(?:e\s+|['’])",
            "Je vous demande de {rest}",
        ),
        (
            rf"(?:en\s+)?(?:exhortant|exhorter|exhortez)\s+{_WHO_FR}\s+à\s+",
            "Je vous exhorte à {rest}",
        ),
        (rf"(?:en\s+)?(?:appelant|appeler|appelez)\s+{_WHO_FR}\s+à\s+", "Je vous appelle à {rest}"),
        (
            rf"(?:en\s+)?(?:priant|prier|priez)\s+(?:instamment\s+)?{_WHO_FR}\s+d(?:e\s+|['’])",
            "Je vous prie de {rest}",
        ),
        (rf"(?:en\s+)?(?:engageant|engager|engagez)\s+{_WHO_FR}\s+à\s+", "Je vous engage à {rest}"),
        (
            r"(?:en\s+)?(?:rappelant|rappelez)\s+aux\s+autorités\s+que\s+",
            "Je vous rappelle que {rest}",
        ),
        (
            r"(?:en\s+)?(?:exprimant|exprimez)\s+(?:votre\s+)?(?:vive\s+)?inquiétude\s+"
            r"(?=(?:face|quant|au|à|pour|concernant)\b)",
            "J’exprime ma vive inquiétude {rest}",
        ),
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
        (
            rf"dringen\s+sie\s+(?:bei\s+)?{_WHO_DE}\s+darauf\s*,\s*",
            "Ich dringe bei Ihnen darauf, {rest}",
        ),
        # "Fordern Sie die Freilassung von ...": the demand is the object, kept as written.
        (
            r"fordern\s+sie\s+(?=(?:die|den|das|eine|einen)\s+\S+(?:ung|ion|heit|keit)\b)",
            "Ich fordere {rest}",
        ),
        (
            r"äußern\s+sie\s+(?:ihre\s+)?(?:tiefe\s+)?besorgnis\s+(?=(?:über|angesichts|wegen)\b)",
            "Ich äußere meine tiefe Besorgnis {rest}",
        ),
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


# An ask that already is a sentence a writer signs: first person, or a polite request.
_SIGNABLE: dict[str, str] = {
    "en": r"(?:I|We|Please)\b",
    "es": r"(?:Le|Les|Me|Nos|Yo|Pido|Solicito|Insto|Exhorto|Por\s+favor)\b",
    "fr": r"(?:Je|J['’]|Nous|Veuillez|Vous)\b",
    "de": r"(?:Ich|Wir|Bitte)\b",
    "ar": r"(?:أ|ن)\S*(?:كم|ك)\b|(?:أرجو|نرجو|أطالب|أحث|أدعو)",
    "fa": r"(?:من|ما|از\s+(?:جنابعالی|شما))\b|.*(?:می[\u200c ]?کنم|می[\u200c ]?خواهم)",
}


@dataclass(frozen=True)
class AskForm:
    """An ask as a letter carries it: `text`, and what was done to it."""

    text: str
    # An instruction form was turned into the writer's own request.
    converted: bool = False
    # An instruction form that could not be converted: the writer must reword it.
    needs_rewording: bool = False
    # The text reads as the writer's own request (converted, or first person as written).
    first_person: bool = False


@cache
def _compiled(
    language: str,
) -> tuple[tuple[tuple[re.Pattern[str], str], ...], re.Pattern[str], re.Pattern[str]]:
    converts = tuple(
        (re.compile(pattern, re.IGNORECASE), replacement)
        for pattern, replacement in _CONVERT.get(language, ())
    )
    detect = "|".join(f"(?:{p})" for p in _DETECT.get(language, ())) or r"(?!x)x"
    signable = re.compile(_SIGNABLE.get(language, r"(?!x)x"))
    return converts, re.compile(detect, re.IGNORECASE), signable


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


def _is_bare(pattern: re.Pattern[str]) -> bool:
    """A rule for a bare verb ("Release X"): converted, but not enough to call a line an
    instruction to writers."""
    return pattern.pattern.startswith("(?=")


def asks_for_something(text: str, language: str) -> bool:
    """True when `text` opens with an instruction that a rule of `language` turns into a
    request ("Calling for ...", "Urge the authorities to ..."): an ask, not an instruction
    about how to write ("Write a letter ..."), and not a bare verb ("Release X") alone."""
    converts, _, _ = _compiled(base_language(language))
    stripped = " ".join(text.split())
    return any(p.match(stripped) for p, _ in converts if not _is_bare(p))


def is_instruction(text: str, language: str) -> bool:
    """True when `text` starts as an instruction to writers in `language` (see module doc);
    a bare verb ("Release X") alone does not count."""
    _, detect, _ = _compiled(base_language(language))
    return detect.match(" ".join(text.split())) is not None or asks_for_something(text, language)


@lru_cache(maxsize=4096)
def letter_form(text: str, language: str) -> AskForm:
    """`text` (an ask written in `language`) as a sentence a writer can sign.

    An instruction form the tables know is converted ("Urge the authorities to release X" ->
    "I urge you to release X."); one that cannot be converted safely is returned as written
    with `needs_rewording`. A full stop is added where the ask has none.
    """
    language = base_language(language)
    stripped = " ".join(text.split()).strip(" ;,")
    converts, detect, signable = _compiled(language)
    if signable.match(stripped):
        return AskForm(_with_full_stop(stripped), first_person=True)
    for pattern, replacement in converts:
        match = pattern.match(stripped)
        if match is None:
            continue
        rest = stripped[match.end() :]
        if not rest:
            break
        groups = match.groupdict()
        neg = (groups.get("neg") or "").lower()
        who = " ".join((groups.get("who") or "").split())
        converted = (
            replacement.replace("{neg}", neg)
            .replace("{who}", who)
            .replace("{rest_lower}", rest[:1].lower() + rest[1:])
            .replace("{rest}", rest)
        )
        return AskForm(_with_full_stop(_capitalised(converted)), converted=True, first_person=True)
    if detect.match(stripped):
        return AskForm(_with_full_stop(stripped), needs_rewording=True)
    return AskForm(_with_full_stop(stripped))
