"""Asks as published are instructions to writers ("Calling on the authorities to release ...",
"Instando a las autoridades a ...", "Fordern Sie ... auf"); a letter needs sentences the writer
signs ("I call on the authorities to release ..."). This module rewrites an ask into that form
where a rule of its language fits, and otherwise marks it for rewording with a TODO, so that a
letter never carries an instruction form and `validate` points at every ask left to reword.

Knowledge of each language is in `RULES`: a pattern for the instruction at the start of an ask
and the first-person words that replace it. The rest of the ask is kept as written; only the
opening changes. A new language is a new entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appeal_tui.core.importer.todo import todo

# The authorities an instruction names, kept as the object of the letter's sentence.
_EN_WHO = (
    r"(?P<who>(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:authorities|government|officials?)|them|him|her)"
)
_ES_WHO = r"(?P<who>(?:a\s+)?las\s+autoridades(?:\s+[\wáéíóúñ]+){0,2}|al\s+gobierno)"
_FR_WHO = r"(?P<who>(?:aux|les)\s+autorités(?:\s+[\wéèàâêîôûç'-]+){0,2}|au\s+gouvernement)"


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    # The replacement of the matched opening; {who} is the object as written, or as given.
    letter: str
    who: str | None = None


def _rule(pattern: str, letter: str, who: str | None = None) -> Rule:
    return Rule(re.compile(pattern, re.IGNORECASE), letter, who)


RULES: dict[str, list[Rule]] = {
    "en": [
        _rule(rf"^(?:calling|call)\s+on\s+{_EN_WHO}\s+to\s+", "I call on {who} to "),
        _rule(rf"^(?:urging|urge)\s+{_EN_WHO}\s+to\s+", "I urge {who} to "),
        _rule(rf"^(?:asking|ask)\s+{_EN_WHO}\s+to\s+", "I ask {who} to "),
        _rule(rf"^(?:requesting|request)\s+{_EN_WHO}\s+to\s+", "I request {who} to "),
        _rule(rf"^(?:reminding|remind)\s+{_EN_WHO}\s+(?=that\b|of\b)", "I remind {who} "),
        _rule(r"^(?:calling|call)\s+for\s+", "I call for "),
        _rule(r"^(?:urging|urge)\s+(?=that\b)", "I urge "),
        _rule(r"^(?:asking|ask)\s+(?=for\b|that\b)", "I ask "),
        _rule(r"^(?:appealing|appeal)\s+(?=for\b|to\b)", "I appeal "),
        _rule(r"^(?:demanding|demand)\s+(?=that\b)", "I ask "),
        _rule(r"^(?:seeking|seek)\s+(?=assurances?\b)", "I seek "),
        _rule(
            r"^(?:expressing|express)\s+(?:(?:your|grave|serious|deep)\s+)*concerns?\s+",
            "I am deeply concerned ",
        ),
        _rule(r"^(?:welcoming|welcome)\s+", "I welcome "),
        # A bare instruction to the official ("Release X", "Ensure that ...").
        _rule(
            r"^(?=(?:release|ensure|guarantee|drop|quash|commute|investigate|allow|stop|halt"
            r"|provide|protect|grant|end|lift|disclose|reveal|free|immediately|order|take"
            r"|refrain|respect|give|restore|return|permit|abolish|repeal|amend|open)\b)",
            "I urge you to ",
        ),
    ],
    "es": [
        _rule(
            rf"^(?:instando|instándoles?|instándolas?|insten)\s+{_ES_WHO}?\s*a\s+",
            "Insto {who} a ",
            who="a las autoridades",
        ),
        _rule(
            rf"^(?:pidiendo|pidiéndoles?|pidan)\s+{_ES_WHO}?\s*que\s+",
            "Pido {who} que ",
            who="a las autoridades",
        ),
        _rule(
            rf"^(?:solicitando|solicitándoles?|soliciten)\s+{_ES_WHO}?\s*que\s+",
            "Solicito {who} que ",
            who="a las autoridades",
        ),
        _rule(
            rf"^(?:exhortando|exhortándoles?|exhortándolas?|exhorten)\s+{_ES_WHO}?\s*a\s+",
            "Exhorto {who} a ",
            who="a las autoridades",
        ),
        _rule(
            r"^(?:recordándoles|recordando\s+a\s+las\s+autoridades|recuérdenles)\s+que\s+",
            "Recuerdo a las autoridades que ",
        ),
        _rule(
            r"^(?:expresando|expresen)\s+(?:su\s+)?(?:profunda\s+)?preocupación\s+",
            "Expreso mi profunda preocupación ",
        ),
        _rule(r"^(?:pidiendo|pidan|exigiendo|exijan)\s+(?=la\s|el\s|los\s|las\s)", "Pido "),
        # A bare request to the authorities ("Liberen a ...": the same form as "que liberen").
        _rule(
            r"^(?=(?:liberen|garanticen|investiguen|protejan|pongan|retiren|anulen|permitan"
            r"|aseguren|adopten|tomen|detengan|cesen|revoquen|proporcionen|otorguen|respeten"
            r"|conmuten|suspendan|abran|realicen)\b)",
            "Pido a las autoridades que ",
        ),
    ],
    "fr": [
        _rule(rf"^(?:en\s+)?(?:demandant|demandez)\s+{_FR_WHO}\s+(?=de\s|d')", "Je demande {who} "),
        _rule(rf"^(?:en\s+)?(?:appelant|appelez)\s+{_FR_WHO}\s+à\s+", "J'appelle {who} à "),
        _rule(rf"^(?:en\s+)?(?:exhortant|exhortez)\s+{_FR_WHO}\s+à\s+", "J'exhorte {who} à "),
        _rule(
            rf"^(?:en\s+)?(?:priant|priez)\s+(?:instamment\s+)?{_FR_WHO}\s+(?=de\s|d')",
            "Je prie instamment {who} ",
        ),
        _rule(
            r"^(?:en\s+)?(?:rappelant|rappelez)\s+aux\s+autorités\s+que\s+",
            "Je rappelle aux autorités que ",
        ),
        _rule(
            r"^(?:en\s+)?(?:exprimant|exprimez)\s+(?:votre\s+)?(?:vive\s+)?inquiétude\s+",
            "J'exprime ma vive inquiétude ",
        ),
    ],
    "de": [
        _rule(r"^fordern\s+sie\s+(?P<who>.{1,80}?)\s+auf\s*,\s*", "Ich fordere {who} auf, "),
        _rule(r"^fordern\s+sie\s+", "Ich fordere "),
        _rule(r"^bitten\s+sie\s+(?P<who>.{1,80}?)\s*,\s*", "Ich bitte {who}, "),
        _rule(r"^appellieren\s+sie\s+an\s+", "Ich appelliere an "),
        _rule(
            r"^dringen\s+sie\s+(?:bei\s+)?(?P<who>.{1,60}?)\s+darauf\s*,\s*",
            "Ich dringe bei {who} darauf, ",
        ),
        _rule(
            r"^äußern\s+sie\s+(?:ihre\s+)?(?:tiefe\s+)?besorgnis\s+",
            "Ich äußere meine tiefe Besorgnis ",
        ),
    ],
}
# An ask that already is a sentence a writer signs: first person, or a polite request.
SIGNABLE = {
    "en": re.compile(r"^(?:I|We|Please)\b"),
    "es": re.compile(r"^(?:Le|Les|Me|Nos|Yo|Pido|Solicito|Insto|Exhorto|Por favor)\b"),
    "fr": re.compile(r"^(?:Je|J'|J’|Nous|Veuillez|Vous)\b"),
    "de": re.compile(r"^(?:Ich|Wir|Bitte)\b"),
}
REWORD = "reword as a sentence you can sign"


@dataclass(frozen=True)
class LetterAsk:
    text: str
    rewritten: bool
    needs_rewording: bool


def _sentence(text: str) -> str:
    text = " ".join(text.split()).strip(" ;,")
    if text and text[-1] not in ".!?。":
        text += "."
    return text[:1].upper() + text[1:]


def letter_form(ask: str, language: str) -> LetterAsk:
    """`ask` as a sentence the writer signs, or marked for rewording."""
    ask = " ".join(ask.split()).strip(" ;,")
    base = language.split("-")[0].split("_")[0]
    signable = SIGNABLE.get(base)
    if signable is not None and signable.match(ask):
        return LetterAsk(_sentence(ask), False, False)
    for rule in RULES.get(base, []):
        m = rule.pattern.match(ask)
        if m is None:
            continue
        who = m.groupdict().get("who") or rule.who or ""
        if base == "en" and who.lower() in ("them", "him", "her"):
            who = "the authorities"
        opening = rule.letter.format(who=who.strip()).replace("  ", " ")
        rest = ask[m.end() :]
        if rule.pattern.pattern.startswith("^(?=") and rest[:1].isupper():
            rest = rest[:1].lower() + rest[1:]
        return LetterAsk(_sentence(opening + rest), True, False)
    return LetterAsk(todo(f"{REWORD}: {_sentence(ask)}"), False, True)


def is_instruction(text: str, language: str) -> bool:
    """Whether `text` opens with an instruction to writers that a rule of any language knows
    (the bare-verb rules excepted: "Release X" alone is not enough to call a list asks)."""
    text = " ".join(text.split())
    for base in dict.fromkeys([language.split("-")[0], "en", "es", "fr", "de"]):
        for rule in RULES.get(base, []):
            if not rule.pattern.pattern.startswith("^(?=") and rule.pattern.match(text):
                return True
    return False
