"""The case's title: the line of the document a reader takes for its headline.

The first short line of a saved page is often not it: a publisher's name or letter head, a menu,
a "skip to content" link, a mail's headers, a greeting, a date, a running head with a page
number. Each line near the top (and each heading, and a mail's subject) is a candidate; what no
reader takes for a headline is left out, and the rest are weighed by what headlines have in any
language: they name a country ("Syria: ..."), they are written as "what: details", they are a
sentence of several words. The earliest of the best wins; without one the title is left for the
organiser to write (a TODO), which is better than a publisher's name in the case list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from appeal_tui.core.importer.countries import count_countries, split_country
from appeal_tui.core.importer.dates import find_dates
from appeal_tui.core.importer.fields import INDEX, REFERENCE
from appeal_tui.core.importer.language_names import find_languages_line
from appeal_tui.core.importer.phrases import (
    ADDRESS_WORDS,
    APPEAL_CONTEXT,
    FIELD_LABEL,
    HONORIFIC_START,
    ORGANISATION_WORDS,
    PUBLISHER_WORDS,
)
from appeal_tui.core.importer.recipient_lines import looks_like_title
from appeal_tui.core.importer.text_extract import PAGE_OF, PAGE_WORDS
from appeal_tui.core.importer.text_repairs import MAIL_HEADER_LINE, SUBJECT_NAME

# How many lines from the top are looked at (headings: how many), and what each line further
# down costs: a headline is at the top.
_LINES = 20
_HEADINGS = 12
_FURTHER = 0.2
# What a candidate's own shape must weigh before its place counts (`_weight`).
_ENOUGH = 1.0

_TITLE_LABEL = re.compile(
    r"^(?:urgent action title|title|título|titre|titel|otsikko)\s*[:：]\s*(.+)$", re.I | re.M
)
_TITLE_NOISE = re.compile(
    r"^(?:document\s*[-–:]\s*|(?:urgent action|acci[oó]n urgente|action urgente|eilaktion"
    r"|kiireellinen vetoomus)(?:\s+bulletin)?\s*[:\-–]?\s*)+",
    re.IGNORECASE,
)
# What a mail client puts before a subject it forwards or answers, and a list's tag.
_SUBJECT_PREFIX = re.compile(
    r"^(?:(?:re|fwd?|fw|tr|wg|aw|rv|enc|vs|sv|vl|odp|pd)\s*:\s*|\[[^\]]{1,40}\]\s*)+", re.I
)
# A line of page furniture: "Page 1 of 3", "Seite 2 von 4", "Página 1 de 2".
_PAGE = re.compile(rf"(?<!\w)(?:{PAGE_WORDS})\s*\d+\s*(?:{PAGE_OF})\s*\d+\b", re.IGNORECASE)
# A label of the document's date or index ("Date: 22 September 2015", "Index : AFR 20/...").
_DATE_LABEL = re.compile(
    r"(?<!\w)(?:date|fecha|datum|dato|data|päivämäärä|issue\s+date|index|índice|indice)"
    r"(?:\s+AI)?\s*[:：]",
    re.IGNORECASE,
)
# A menu or a breadcrumb: items parted by bars or arrows.
_MENU = re.compile(r"\s[›»>]\s|(?:\s\|\s.*){2}")
# A link that skips a page's menu ("Skip to content"), in the languages sites use.
_SKIP_LINK = re.compile(
    r"^(?:skip\s+to|jump\s+to|pular\s+para|ir\s+para|saltar\s+(?:al|a)|aller\s+au|passer\s+au"
    r"|zum\s+inhalt|direkt\s+zum|passa\s+al|vai\s+al|naar\s+(?:de\s+)?inhoud|ga\s+naar"
    r"|hoppa\s+till|gå\s+til|hop\s+til|siirry|przejdź\s+do|přejít\s+na)\b",
    re.IGNORECASE,
)
# "Syria: ...", "Chile – Comuneros ...", "RDC : Deux journalistes ...": a subject, then what
# happened (two words or more after the mark).
_HEADLINE = re.compile(
    r"^[^:：–—]{2,60}?\s?(?:(?:[:：]|\s[–—-])\s+\S+\s+\S+"
    # (in a script written without spaces: "越南：部落客遭判刑十年")
    r"|[:：]\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4})"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A picture's caption or credit ("Foto: ...", "The photo shows ...").
_CAPTION = re.compile(
    r"\b(?:photo|foto|fotó|fotografía|bild|beitragsbild|image|imagen|immagine|picture|crédit"
    r"|credits?|kuva|zdjęcie|billede|bilde)\b",
    re.IGNORECASE,
)
# Words about writing letters, at the start of a word ("list" is no word of "journalists").
_APPEAL = re.compile(rf"(?<![^\W\d_])(?:{APPEAL_CONTEXT.pattern})", re.IGNORECASE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4}")


# A link, an e-mail address, a handle at a line's start, a copyright, a tag: not a headline.
_NOT_TEXT = r"https?:|www\.|[\w.+-]+@[\w-]+\.\w|^@\w|©|\(c\)|<[^>]*>"


@dataclass(frozen=True)
class _Candidate:
    text: str
    score: float
    order: int


def find_title(
    text: str, headings: tuple[str, ...], publisher: Callable[[str], bool] | None = None
) -> str | None:
    """A labelled title, else the best headline among the headings, a mail's subject and the
    first lines; None when no line reads as one. `publisher`: whether a line is the name the
    publisher signs with (recipients.Publisher.signs), no headline."""
    labelled = _TITLE_LABEL.search(text)
    if labelled:
        cleaned = _clean(labelled.group(1))
        if _acceptable(cleaned):
            return _tidy_capitals(cleaned, text)
    candidates: list[_Candidate] = []
    for order, heading in enumerate(headings[:_HEADINGS]):
        candidates.append(_Candidate(_clean(heading), 1.0 if order == 0 else 0.3, order))
    lines = [line for line in text.split("\n")[: _LINES * 4] if line.strip()]
    for order, line in enumerate(lines[:_LINES]):
        header = MAIL_HEADER_LINE.match(line)
        if header is not None:
            if SUBJECT_NAME.match(header.group(1)):
                subject = _SUBJECT_PREFIX.sub("", header.group(2).strip())
                candidates.append(_Candidate(_clean(subject), 1.5, order))
            continue
        score = 0.0
        if line.lstrip()[:1].islower() or re.search(r"[.!?]\s+[A-Z]", line):
            score -= 1.5  # a sentence's end, or two sentences: prose
        following = lines[order + 1].lstrip() if order + 1 < len(lines) else ""
        if following[:1].islower() and not line.rstrip().endswith((".", "!", "?", ":")):
            score -= 1.5  # a line of a paragraph, wrapped
        candidates.append(_Candidate(_clean(line), score, order))
    best = _best(candidates, publisher)
    return _tidy_capitals(best.text, text) if best else None


def _best(
    candidates: list[_Candidate], publisher: Callable[[str], bool] | None = None
) -> _Candidate | None:
    """The candidate that weighs most once its place is counted (the earliest of equals). A
    candidate that could not beat the best so far even with every bonus (`MOST`) is not looked
    at, and a text seen already (a heading is a line too) is weighed once."""
    best: _Candidate | None = None
    weights: dict[str, float | None] = {}
    for candidate in candidates:
        place = candidate.order * _FURTHER
        if best is not None and candidate.score + MOST - place <= best.score:
            continue
        if candidate.text not in weights:
            acceptable = _acceptable(candidate.text)
            weights[candidate.text] = _weight(candidate.text, publisher) if acceptable else None
        own = weights[candidate.text]
        if own is None:
            continue
        weight = candidate.score + own
        if weight < _ENOUGH:
            continue
        weighed = _Candidate(candidate.text, weight - place, candidate.order)
        if best is None or weighed.score > best.score:
            best = weighed
    return best


def _clean(line: str) -> str:
    line = re.sub(r"^[\s#>*•·\-–—]+|[*_]{2,}", "", line.strip())
    line = _TITLE_NOISE.sub("", line).strip(" :.-–*_#")
    # A reference in brackets or at the head goes ("(Russian Federation: UA 19.19)", "Azione
    # Urgente 118/95 - Nigeria: ..."); a line with one anywhere else is no headline.
    line = re.sub(r"\s*\([^()]*\)", lambda m: "" if REFERENCE.search(m[0]) else m[0], line)
    head = REFERENCE.match(line)
    if head is not None:
        line = line[head.end() :].lstrip(" :.-–—")
    return line


def _acceptable(cleaned: str) -> bool:
    """Not a line a reader could take for the headline."""
    words = _WORD.findall(cleaned)
    if len(words) < 2 and not _CJK.search(cleaned):
        return False
    if len(cleaned) > 140 or re.search(_NOT_TEXT, cleaned, re.IGNORECASE):
        return False
    if REFERENCE.search(cleaned) or _PAGE.search(cleaned) or _MENU.search(cleaned):
        return False
    if INDEX.search(cleaned) or _DATE_LABEL.search(cleaned):
        return False
    if MAIL_HEADER_LINE.match(cleaned) or _SKIP_LINK.match(cleaned) or FIELD_LABEL.search(cleaned):
        return False
    if HONORIFIC_START.match(cleaned):  # a recipient's or a signer's name
        return False
    if find_languages_line(cleaned) is not None:  # "Please write in Arabic, English or ..."
        return False
    # A recipient's office or organisation, or a line of an address ("Ciudad de México,
    # México", "Embassy of the Russian Federation").
    if (len(words) <= 6 or "," in cleaned) and any(
        not m[0].isdigit() for m in ADDRESS_WORDS.finditer(cleaned)
    ):
        return False
    if not _HEADLINE.match(cleaned) and (
        looks_like_title(cleaned)
        or (ORGANISATION_WORDS.match(cleaned) and len(words) <= 8)
        or (split_country(cleaned) is not None and len(words) <= 6)
    ):
        return False
    if len(words) <= 4 and re.search(r"[,!]\s*$", cleaned):  # "Dear friends,", "Hi all!"
        return False
    if sum(c.isdigit() for c in cleaned) >= 6 and len(words) <= 4:  # a phone line, an address
        return False
    if len(re.findall(r"\d+", cleaned)) >= 3 and not _HEADLINE.match(cleaned):
        return False  # a street, a postcode and a box, a phone
    # A date and little else ("Saturday, 17 August 2013", "Dato: 7. mai 2015").
    dated = find_dates(cleaned)
    if dated:
        rest = cleaned
        for found in dated:
            rest = rest.replace(cleaned[found.start : found.end], " ")
        if len(_WORD.findall(rest)) <= 2:
            return False
    return True


# The most `_weight` gives: a country in a headline's head, the headline's shape, 4-20 words, a
# phrase (1.5 + 1 + 1 + 0.5).
MOST = 4.0


def _weight(cleaned: str, publisher: Callable[[str], bool] | None = None) -> float:
    """What makes a candidate look like a headline, in any language."""
    words = _WORD.findall(cleaned)
    headline = _HEADLINE.match(cleaned)
    # The part before a headline's mark ("Syria" of "Syria: ..."), else the whole line.
    head = cleaned[: headline.end()] if headline else cleaned
    weight = 0.0
    if count_countries([(head, 1)]):
        weight += 1.5 if headline else 0.5
    elif headline and count_countries([(cleaned, 1)]):
        weight += 1.0
    if headline:
        weight += 1.0
    if 4 <= len(words) <= 20 or _CJK.search(cleaned):
        weight += 1.0
    elif len(words) <= 3:
        weight += 0.5
    # A phrase (a word in lower case), or a headline in capitals; not a name in capitals.
    if any(w[0].islower() for w in words) or (cleaned.isupper() and len(words) >= 3):
        weight += 0.5
    if PUBLISHER_WORDS.search(head) or (publisher is not None and publisher(head)):
        weight -= 3.0
    # Words about writing letters: an instruction ("Take action: write an appeal ...").
    if _APPEAL.search(head):
        weight -= 1.0
    if _APPEAL.search(cleaned[len(head) :] if headline else cleaned):
        weight -= 1.0
    if _CAPTION.search(cleaned):  # a picture's caption or credit
        weight -= 1.5
    if "?" in cleaned:  # a section's question ("What can you do?")
        weight -= 1.0
    if len(cleaned) > 100:  # prose, not a headline
        weight -= 1.0
    return weight


def _tidy_capitals(title: str, text: str) -> str:
    """An all-capitals title in sentence case, keeping the words the text capitalises."""
    if title.upper() != title or not re.search(r"[A-Z]{4}", title):
        return title[0].upper() + title[1:] if title else title
    lower = set(re.findall(r"(?<![\w’'])[a-z]+", text))
    proper = {
        w for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z’'\-]+", text) if w.lower() not in lower
    }
    words: list[str] = []
    for i, word in enumerate(title.lower().split()):
        bare = word.strip(":,.;")
        fixed = next((p for p in proper if p.lower() == bare), None)
        if fixed:
            word = word.replace(bare, fixed)
        elif i == 0 or (words and words[-1].endswith(":")):
            word = word[:1].upper() + word[1:]
        words.append(word)
    return " ".join(words)


__all__ = ["find_title"]
