"""What the letters ask for: the list after the languages line, whatever its bullets (•, -, *,
numbers, a stray "ν" from a PDF), paragraphs, or clauses run together with semicolons; or,
in a model letter, its first-person requests ("I urge you to ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from appeal_tui.core.asks import asks_for_something, letter_form
from appeal_tui.core.importer.phrases import (
    LETTER_ASK,
    LETTER_CLOSING,
    LETTER_OPENING,
    LETTER_OPENING_INLINE,
    READER_GREETING,
)
from appeal_tui.core.importer.recipient_lines import (
    looks_like_organisation,
    looks_like_person,
    looks_like_title,
)
from appeal_tui.core.importer.todo import todo

_BULLET = r"[•●▪◦‣∙·○■□►➢✓✔*\-–—]|ν|\uf0b7|\uf0a7"
_LINE_BULLET = re.compile(rf"^(?:{_BULLET}|\(?\d{{1,2}}[.)]|\(?[a-h][.)])\s+")
_INLINE_BULLET = re.compile(r"(?:(?<=\s)|^)(?:[•●▪◦‣∙○■►➢✓✔*]|ν|\uf0b7)\s+(?=\S)")
_NUMBERED = re.compile(r"(?:(?<=\s)|^)\(?(\d{1,2})[.)]\s+(?=[A-ZÀ-Ý])")
_CLAUSES = re.compile(r";\s+(?=[A-ZÀ-Ý¿¡])")
MAX_ASKS = 12


def _clean(ask: str) -> str:
    ask = " ".join(ask.split())
    ask = _LINE_BULLET.sub("", ask)
    return ask.strip(" ;,").removesuffix(" and").removesuffix(" y").removesuffix(" et").strip(" ;,")


def _split_inline(text: str) -> list[str]:
    """Asks run together on one line: by bullets, by numbers 1, 2, 3 ..., by semicolons."""
    bullets = list(_INLINE_BULLET.finditer(text))
    if len(bullets) >= 2 or (bullets and bullets[0].start() == 0):
        cuts = [m.start() for m in bullets]
        return [text[a:b] for a, b in zip(cuts, [*cuts[1:], len(text)], strict=True)]
    numbers = [m for m in _NUMBERED.finditer(text)]
    sequence: list[int] = []
    for m in numbers:
        if int(m.group(1)) == len(sequence) + 1:
            sequence.append(m.start())
    if len(sequence) >= 2:
        return [text[a:b] for a, b in zip(sequence, [*sequence[1:], len(text)], strict=True)]
    return _CLAUSES.split(text)


def _looks_like_recipient(paragraph: str) -> bool:
    first = paragraph.split("\n")[0]
    return len(first.split()) <= 8 and (
        looks_like_title(first) or looks_like_person(first) or looks_like_organisation(first)
    )


def _usable(asks: list[str]) -> list[str]:
    return [
        a
        for a in (_clean(x) for x in asks)
        if len(a.split()) >= 3 or re.search(r"[\u4e00-\u9fff]{6}", a)
    ]


def split_asks(region: str, bounded: bool) -> tuple[list[str], int]:
    """The asks at the start of `region` and how far into it they went. `bounded`: the region
    ends where the recipients start, so every paragraph in it may be an ask. A model letter
    (its opening, "Dear Minister,") ends the region: its sentences are not a list of asks."""
    letter = LETTER_OPENING.search(region)
    if letter is not None:
        region = region[: letter.start()]
    paragraphs = [(m.start(), m.group(0)) for m in re.finditer(r"(?:[^\n]+\n?)+", region)]
    # Bullets count when the list starts with them, not when a later part of the text has some.
    has_line_bullets = any(
        _LINE_BULLET.match(ln.strip()) for _, p in paragraphs[:2] for ln in p.split("\n")
    )
    items: list[str] = []
    end = 0
    if has_line_bullets:
        for offset, paragraph in paragraphs:
            lines = [ln.strip() for ln in paragraph.split("\n") if ln.strip()]
            if items and not _LINE_BULLET.match(lines[0]):
                break
            for line in lines:
                if _LINE_BULLET.match(line):
                    items.extend(_split_inline(line))
                elif items:
                    items[-1] += " " + line
            end = offset + len(paragraph)
        return _usable(items)[:MAX_ASKS], end
    for offset, paragraph in paragraphs:
        joined = " ".join(paragraph.split())
        if items and not bounded and (_looks_like_recipient(paragraph) or len(joined.split()) < 4):
            break
        pieces = _split_inline(joined)
        if not bounded and not items and len(pieces) == 1 and _looks_like_recipient(paragraph):
            break
        items.extend(pieces)
        end = offset + len(paragraph)
        if len(items) >= MAX_ASKS:
            break
    return _usable(items)[:MAX_ASKS], end


# A letter's opening line written in capitals ("SEÑOR DIRECTOR:", "DEAR MINISTER,").
_OPENING_ANY_CASE = re.compile(LETTER_OPENING.pattern, re.MULTILINE | re.IGNORECASE)


def _opening(text: str, to_officials: bool = False) -> re.Match[str] | None:
    """The first opening line of a letter, in its usual case or all in capitals.
    `to_officials`: not one that greets the readers ("Dear comrades and friends," atop a
    forwarded appeal whose model letter comes later)."""

    def fits(m: re.Match[str]) -> bool:
        return not (to_officials and READER_GREETING.search(m.group(0)))

    usual = next((m for m in LETTER_OPENING.finditer(text) if fits(m)), None)
    caps = next(
        (
            m
            for m in _OPENING_ANY_CASE.finditer(text, 0, usual.start() if usual else len(text))
            if m.group(0).isupper() and fits(m)
        ),
        None,
    )
    return caps or usual


def letter_opening(text: str) -> str | None:
    """The salutation of a model letter ("Dear Minister,"), without its punctuation (one in
    capitals is given with a capital letter a word: "Señor Director")."""
    opening = _opening(text, to_officials=True) or next(
        (
            m
            for m in LETTER_OPENING_INLINE.finditer(text)
            if not _in_list_item(text, m.start()) and not READER_GREETING.search(m.group(0))
        ),
        None,
    )
    if opening is None:
        return None
    said = opening.group(0).strip(" ,:")
    return " ".join(w.capitalize() for w in said.split()) if said.isupper() else said


def _in_list_item(text: str, at: int) -> bool:
    """The place is on a bulleted line ("· S.E. Sr. X, Embajador, ..."): a recipient of a
    list, not the opening of a letter."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return re.match(r"\s*[·•▪*\-–]\s", line) is not None


def letter_asks(text: str) -> tuple[list[str], int]:
    """The first-person requests in a model letter, and where the letter ends."""
    opening = _opening(text)
    if opening is None:
        return [], 0
    closing = LETTER_CLOSING.search(text, opening.end())
    end = closing.start() if closing else len(text)
    body = " ".join(text[opening.end() : end].split())
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", body)
    asks = [s for s in sentences if LETTER_ASK.search(s)]
    return _usable(asks)[:MAX_ASKS], end


REWORD = "reword as a sentence you can sign"


@dataclass(frozen=True)
class ImportedAsk:
    """An ask as the importer writes it: a sentence the writer signs, or a TODO to reword."""

    text: str
    needs_rewording: bool


def signable_ask(ask: str, language: str) -> ImportedAsk:
    """`ask` turned into a letter form by `core.asks.letter_form` (the converter compose uses
    too); what is neither converted nor already the writer's own request (first person,
    "Please ...") is marked for rewording with a TODO, so that `validate` points at it."""
    form = letter_form(ask, language)
    if form.first_person and not form.needs_rewording:
        return ImportedAsk(form.text, False)
    return ImportedAsk(todo(f"{REWORD}: {form.text}"), True)


def _is_instruction(text: str, language: str) -> bool:
    """Whether `text` opens with an instruction to ask for something in `language` or in one
    of the languages urgent actions are most often published in."""
    return any(
        asks_for_something(text, code) for code in dict.fromkeys([language, "en", "es", "fr", "de"])
    )


def instruction_items(text: str, language: str) -> list[str]:
    """A list whose items are instructions to writers ("- Calling for ...", "• Urge the
    authorities to ..."), wherever it stands: the asks when no heading introduced them."""
    items: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        bullet = _LINE_BULLET.match(line)
        if bullet:
            item = line[bullet.end() :]
            if _is_instruction(item, language) or (items and len(items) < MAX_ASKS):
                items.append(item)
                continue
        elif items and line and not line.endswith(":"):
            items[-1] += " " + line
            continue
        if items:
            break
    return _usable(items)[:MAX_ASKS]
