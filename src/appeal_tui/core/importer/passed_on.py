"""Recipients in a sentence that passes an appeal on (a forward, a newsletter, a retelling).

Such a sentence has, by construction, a verb that asks the reader to write, then the
recipient, then the recipient's address (in brackets or after a dash). Two things hold
whatever its language:

- Between the verb and whom the writer may put when, how and in which language to write
  ("Write before 3 May, politely, in English or French, to the Minister ...", "Scrieți până la
  15 aprilie, cu politețe, Ministrului ..."): comma parts with no office, body or person in
  them, whose capitalised words are only month or language names. They are no part of the
  recipient (`without_adverbials`).
- The bracket after a retold recipient often restates it as it goes on the envelope, in the
  address's language and in the nominative ("prezidentu republiky X-ovi (President X, Office
  of the President, ...)", "velvyslanectví ve Vídni (Embassy of ..., street, city)"): then the
  bracket is the recipient, the retelling before it is not (`restated_in_bracket`).

Words come from general data: month names (Babel, `dates.month_numbers`), language names
(`language_names.language_code`), office, courtesy and body words (`phrases`).
"""

from __future__ import annotations

import functools
import itertools
import re

from appeal_tui.core.importer.contact_fields import EMAIL
from appeal_tui.core.importer.dates import fold, month_numbers
from appeal_tui.core.importer.language_names import language_code
from appeal_tui.core.importer.language_rows import (
    AND_BETWEEN_RECIPIENTS,
    PLEASE_WORDS,
    SEND_TO_WORDS_MORE,
)
from appeal_tui.core.importer.phrases import (
    FIELD_LABEL,
    HONORIFIC_START,
    MISSION,
    ORGANISATION_WORDS,
    RECIPIENT_ARTICLES,
    SEND_TO_WORDS,
    TITLE_START,
    TO_BEFORE_OFFICE,
    _alternatives,
    _every_word,
    field_of_label,
)

# A leading comma part (no bracket, dash or other comma in it) and the comma after it.
_LEADING_PART = re.compile(r"([^,()\[\]–—]{1,80}),\s*")
_MAX_WORDS = 8
_MAX_PARTS = 6  # leading parts that say when, how or in which language


def _adverbial(part: str) -> bool:
    """A comma part that says when, how or in which language to write: up to eight words,
    no office, courtesy or body word, no e-mail, numbers of a date only, and no capitalised
    word but a month's or a language's name."""
    words = part.split()
    if (
        len(words) >= 2
        and re.fullmatch(_TO_WORDS, words[0], re.IGNORECASE)
        and (_ARTICLE.fullmatch(words[1]) or TITLE_START.match(words[1]))
    ):
        return False  # "to the ...", "aan de ...", "to minister ...": whom
    if not words or len(words) > _MAX_WORDS or EMAIL.search(part) or "@" in part:
        return False
    if ORGANISATION_WORDS.search(part):
        return False
    for word in words:
        bare = word.strip(".:;!?\"'“”„«»")
        if not bare:
            continue
        if bare.isdigit():
            if len(bare) > 4:
                return False
            continue
        if any(c.isdigit() for c in bare) and not re.fullmatch(r"\d{1,2}\.?", bare):
            return False
        if TITLE_START.match(bare) or HONORIFIC_START.match(bare):
            return False
        if bare[:1].isupper() and not (
            fold(bare).strip(".") in month_numbers() or language_code(bare) is not None
        ):
            return False
    return True


def without_adverbials(piece: str) -> str:
    """`piece` without the leading comma parts that say when, how or in which language to
    write; `piece` itself when none leads, or when nothing with a capital would be left."""
    # Matched in place (no copy per part) and at most `_MAX_PARTS` parts: a long run of
    # short comma parts stays linear.
    pos = 0
    for _ in range(_MAX_PARTS):
        m = _LEADING_PART.match(piece, pos)
        if m is None or not _adverbial(m.group(1)):
            break
        pos = m.end()
    rest = piece[pos:] if pos else piece
    if (
        rest is piece
        or not re.search(r"[^\W\d_]", rest[:1] or " ")
        or not any(c.isupper() for c in rest[:120])
    ):
        return piece
    return rest


def restated_in_bracket(before: str, head: str) -> bool:
    """Whether the address run that opens a bracket (`head`, "President X, Office of the
    President, 1 Street, City, Country") restates the recipient retold before it (`before`):
    its first part is a person's office or courtesy title and a name, or a body when the
    text before the bracket names a body too. The text before holds no number (no address)."""
    if re.search(r"\d", before):
        return False
    lead = head.split(",", 1)[0].strip()
    if not lead or re.search(r"\d", lead):
        return False
    if (TITLE_START.match(lead) or HONORIFIC_START.match(lead)) and not ORGANISATION_WORDS.search(
        lead
    ):
        # An office and a name: two words or more after the office, one capitalised.
        return len(lead.split()) >= 3 and sum(w[:1].isupper() for w in lead.split()[1:]) >= 2
    if MISSION.match(lead) and not _two_capitalised(before):
        # "veľvyslanectvu Freedónie vo Viedni (Embassy of Freedonia, ...)": a mission retold
        # in words no table lists; no person named before it.
        return True
    return bool(ORGANISATION_WORDS.match(lead) and ORGANISATION_WORDS.search(before))


def _two_capitalised(text: str) -> bool:
    """Two capitalised words in a row (a person's name, "Statului Eritreea")."""
    words = text.split()
    return any(a[:1].isupper() and b[:1].isupper() for a, b in itertools.pairwise(words))


_AND = "|".join(
    sorted(
        {re.escape(w) for ws in AND_BETWEEN_RECIPIENTS.values() for w in ws},
        key=len,
        reverse=True,
    )
)


@functools.cache
def _and_next_bracket(language: str) -> re.Pattern[str]:
    """After a bracket (masked as "_"), "and" and a short run up to the next bracket. (The
    next recipient's address is in brackets, or after a dash: "X (...) na Y — street".) The
    "and" of the document's language, and those of three letters or more of any language
    (a sure fallback): a short one of another language is a preposition here (Swahili "na"
    is Polish, Czech and Croatian "on, to": "na adres e-mail ...")."""
    words = set(AND_BETWEEN_RECIPIENTS.get(language.split("-")[0], []))
    words |= {w for ws in AND_BETWEEN_RECIPIENTS.values() for w in ws if len(w) >= 3}
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    return re.compile(rf"(?<=_)\s?,?\s+(?:{alternatives})\s+(?=[^_;!?]{{3,120}}?(?:\s?_|\s[–—]\s))")


# (The sure fallback's pattern, for a text whose language is not told.)
_AND_NEXT_BRACKET = _and_next_bracket("")
_TO_WORDS = "|".join(
    sorted(
        {
            re.escape(w)
            for ws in (*SEND_TO_WORDS.values(), *SEND_TO_WORDS_MORE.values())
            for w in ws
        },
        key=len,
        reverse=True,
    )
)
_ARTICLE = re.compile(rf"(?:{_alternatives(RECIPIENT_ARTICLES)})", re.IGNORECASE)
# "... aanhef: Señor X – aan de procureur-generaal, Y – ...": a dash, then "to" again.
_DASH_TO = re.compile(rf"\s[–—]\s+(?=(?:{_TO_WORDS})\s+\S)", re.IGNORECASE)


_TO_OPENS = re.compile(rf"(?:(?:{_AND})\s+)?(?:{_TO_WORDS})\s+\S", re.IGNORECASE)


def opens_next_recipient(text: str) -> bool:
    """`text` (what follows a dash) opens with "to", or "and" and "to", then a word."""
    return _TO_OPENS.match(text) is not None


def and_before_bracketed(
    masked: str, cuts: list[tuple[int, int]], language: str = ""
) -> list[tuple[int, int]]:
    """Where "and" parts two recipients that each have their address in brackets ("X (...)
    a velvyslanectví ... (...)"), in `masked` (the sentence with its brackets masked as "_"),
    beside the `cuts` already found."""
    out: list[tuple[int, int]] = []
    for m in itertools.chain(
        _and_next_bracket(language).finditer(masked), _DASH_TO.finditer(masked)
    ):
        # (A cut that opens at the same place and ends before the "and" gives way to this
        # one: ")," then "pamoja na" / "and" is one cut, the "and" is no recipient's word.)
        others = [c for c in [*cuts, *out] if not (c[0] == m.start() and c[1] < m.end())]
        if _story_subject(masked, m.end()):
            continue
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in others):
            out.append((m.start(), m.end()))
    return out


def _story_subject(masked: str, start: int) -> bool:
    """The run after an "and" at `start` is a story's subject, not a recipient: it opens with
    no office, courtesy word, body or capital ("the activist's lawyer, X (tel: ...)") and the
    sentence goes on in small letters after its bracket (", will pass on your letters")."""
    run = masked[start : start + 160]
    bracket = re.search(r"_+", run)
    if bracket is None or re.search(r"\s[–—]\s", run[: bracket.start()]):
        return False
    head = without_to(run[: bracket.start()].strip())
    if head[:1].isupper() or TITLE_START.match(head) or HONORIFIC_START.match(head):
        return False
    if ORGANISATION_WORDS.match(head):
        return False
    after = re.match(r"\s*,?\s*([^\W\d_]+)", run[bracket.end() :])
    return after is not None and after.group(1)[:1].islower()


_TO_AND_ARTICLE = re.compile(
    rf"(?:{_TO_WORDS})\s+(?:{_alternatives(RECIPIENT_ARTICLES)})\s", re.IGNORECASE
)


def without_to(piece: str) -> str:
    """`piece` without the "to" and the article that open it when an office or a capital
    follows ("aan de procureur-generaal, X" -> "procureur-generaal, X", "de minister van
    ..." -> "minister van ...")."""
    # (Session 25h: the inside address's pattern, `phrases.TO_BEFORE_OFFICE`.)
    m = TO_BEFORE_OFFICE.match(piece)
    if m is None or not m.group(0) or m.end() >= len(piece):
        return piece
    rest = piece[m.end() :]
    if (
        _TO_AND_ARTICLE.match(piece)
        or rest[:1].isupper()
        or TITLE_START.match(rest)
        or ORGANISATION_WORDS.match(rest)
    ):
        return rest
    return piece


_PLEASE = re.compile(
    rf"^(?:{_every_word(PLEASE_WORDS)}),?\s+(?=\S)",
    re.IGNORECASE,
)


def without_please(piece: str) -> str:
    """`piece` without a "please" that opens it ("prosím generálnímu prokurátorovi ...")."""
    return _PLEASE.sub("", piece, count=1)


_WORD_THEN_EMAIL = re.compile(r"[^\W\d_][\w-]{0,11}\s+[\w.+-]{1,64}@\S+$")


def fields_joined(pieces: list[str]) -> list[str]:
    """Pieces of a sentence with a piece that is only fields ("e-mail: x@y" after "...;")
    given back to the piece before it."""
    out: list[str] = []
    for piece in pieces:
        bare = piece.strip(" ,;")
        # ("e-mail x@y" without a colon: one word, then the address.)
        if out and (FIELD_LABEL.match(bare) or EMAIL.match(bare) or _WORD_THEN_EMAIL.match(bare)):
            out[-1] = f"{out[-1]}, {bare}"
        else:
            out.append(piece)
    return out


_SALUTATION_FIELD = re.compile(
    r"(?:^|(?<=[.;!?]\s))([^\W\d_][^:.;]{1,30}?)\s?:\s*([^.;!?\n]{3,60})"
)


def labelled_salutation(text: str) -> str | None:
    """The greeting a sentence gives with a salutation's label ("Oslovení: Vážený pane
    ministře.", "Anrede: Sehr geehrter Herr Minister"), in `text`; None without one."""
    for m in _SALUTATION_FIELD.finditer(text[:400]):
        label = FIELD_LABEL.match(m.group(0))
        if label is not None and field_of_label(label.group(1)) == "salutation":
            return m.group(2).strip(' "“”„«»')
    return None
