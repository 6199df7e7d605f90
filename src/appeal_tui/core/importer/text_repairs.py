"""Repairs to a plain text before its lines are read: what a mail client, a mailing list or a
scanner added to an urgent action and what no reader takes for part of it.

- A block of mail headers ("From:", "To:", "Date:", "Subject:", in the languages mail clients
  use) is not a recipient block: its lines go, the subject's words stay as a line.
- A mailing list's footer below a rule ("hrd-alerts mailing list", "To unsubscribe ...") goes.
- A scanner's text layer confuses letters and digits ("APPEALS T0:", "Sa1utation:"): a word
  of a label that reads as a label once its 0 is an O and its 1 an l is that label.
- A typewritten page's continuation mark ("./." at a line's end) goes.
- A mail saved raw with a quoted-printable body (its header says so) is decoded: "=E6" is the
  letter in the declared charset, and a line cut by a soft break ("efte=" / "r den 17. juli")
  gives the cut word to the next line, so that every word is whole; a subject written as an
  encoded word ("=?iso-8859-1?Q?...?=") is decoded.

Each keeps the document's line numbers (a line that goes becomes blank), which the report's
hints quote.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from collections import Counter
from email.header import decode_header, make_header

from appeal_tui.core.importer.phrases import (
    COPIES,
    FIELD_LABEL,
    MAIL_HEADERS,
    QUOTE_ATTRIBUTION_VERBS,
    RECIPIENTS_START,
    UNSUBSCRIBE,
    WRITE_TO_LINE,
)

MAIL_HEADER_LINE = re.compile(rf"^\s*(?:>\s*)*({MAIL_HEADERS})\s*:\s*(.*)$", re.IGNORECASE)
_FROM_OR_DATE = re.compile(
    r"^(?:from|von|de|van|från|fra|od|da|lähettäjä|feladó|kimden|от|від|από)$", re.IGNORECASE
)
SUBJECT_NAME = re.compile(
    r"^(?:subject|betreff|objet|asunto|assunto|oggetto|onderwerp|ämne|emne|temat|předmět"
    r"|aihe|tárgy|konu|тема|θέμα)$",
    re.IGNORECASE,
)


def drop_mail_headers(text: str) -> str:
    """A run of two or more mail header lines with a sender ("From:") and a subject or a date
    becomes blank lines, but for the subject's words."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        j = i
        names: list[str] = []
        while j < len(lines):
            m = MAIL_HEADER_LINE.match(lines[j])
            if m is None:
                break
            names.append(m.group(1))
            j += 1
        if (
            j - i >= 2
            and any(_FROM_OR_DATE.match(n) for n in names)
            and len(set(names)) >= 2
            and _sent(lines[i:j])
        ):
            for k in range(i, j):
                m = MAIL_HEADER_LINE.match(lines[k])
                assert m is not None
                lines[k] = m.group(2).strip() if SUBJECT_NAME.match(m.group(1)) else ""
            i = j
        else:
            i = j + 1 if j > i else i + 1
    return "\n".join(lines)


def _sent(lines: list[str]) -> bool:
    """A mail's header gives an address or a date and time (not a subject's alone); the head
    of a form to fill in does not: "To: the Prosecutor General" / "From: [your name]"."""
    for line in lines:
        m = MAIL_HEADER_LINE.match(line)
        if m is not None and not SUBJECT_NAME.match(m.group(1)) and re.search(r"@|\d", m.group(2)):
            return True
    return False


# A reply's attribution line, behind any quote marks of its own: the writing verb as a word,
# the line ending in a colon (a French space before it, a full-width one).
_ATTRIBUTION = re.compile(
    rf"^[ \t]*(?:>[ \t]?)*(?P<line>[^\n]{{0,200}}?(?<!\w)(?:{QUOTE_ATTRIBUTION_VERBS})(?!\w)"
    rf"(?P<after>[^\n:：]{{0,80}}))[ \t]*[:：][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A sentence ended inside the line: a lower-case word or a year, its full stop (or "!", "?")
# and the next word ("... 20 April 2031. On 3 March ..."); "feb. 2027", "10.15" are none.
_SENTENCE_END = re.compile(r"(?:(?<!\w)[^\W\d_A-ZÀ-Þ][^\W\d_]{2,}|(?<!\d)\d{4})[.!?]\s+[^\W\d_]")
# What follows the verb in an attribution: a capitalised name, an address or a handle.
_NAME_AFTER = re.compile(r"(?:[<(\[\"“]?[^\W\d_a-zß-ÿ]|\S+@)")


# What stands for an attribution line: a rule, which no block crosses (a signature's name above
# it is not the quoted block's name).
_QUOTE_RULE = "====="


def drop_quote_attributions(text: str) -> str:
    """A reply's attribution line ("On Mon, 3 May 2021, X wrote:", "Am 03.05.2021 um 10:00
    schrieb X:", "Le 03/05/2021 à 10:30, X a écrit :", "X (x@example.org) wrote:", a forum's
    "someuser wrote:") becomes a rule: its date and name are the mail's or the post's,
    not the appeal's (a name there is no person at risk and no recipient). A line with a date
    or an address in it, or a short one whose verb ends it (a name or a handle and the verb);
    a story's sentence that quotes someone is neither."""

    def blank(m: re.Match[str]) -> str:
        line, after = m.group("line"), m.group("after").strip()
        # The whole line is the attribution: no sentence ends before it ("Please send appeals
        # before 20 April 2031. On 3 March her brother wrote:" keeps its deadline, mend29c).
        if _SENTENCE_END.search(line):
            return m.group(0)
        # A name or an address after the verb ("schrieb X:", "a écrit :"), not a sentence's
        # object or a date ("menulis sebelum 20 April 2031:").
        if after and not (_NAME_AFTER.match(after) and not re.search(r"\d", after)):
            return m.group(0)
        dated = bool(re.search(r"\d|@", line)) and len(after.split()) <= 4
        short = not after and len(line.split()) <= 4
        return _QUOTE_RULE if dated or short else m.group(0)

    return _ATTRIBUTION.sub(blank, text)


# A line quoted by a mail client: its quote marks ("> ", ">>", "> > ") at its start.
_QUOTE_MARKS = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.MULTILINE)


def unquote_mail_lines(text: str) -> str:
    """The quote marks a mail client put before each quoted line go, the line's own spacing
    kept (a quoted page's columns stay columns): ">President X" / ">Office" are the lines
    "President X" / "Office". Only in a text that quotes: two quoted lines in a row, three
    or more in all (a lone "> 18 years" is no quote)."""
    quoted = [i for i, line in enumerate(text.split("\n")) if _QUOTE_MARKS.match(line)]
    if len(quoted) < 3 or not any(b - a == 1 for a, b in itertools.pairwise(quoted)):
        return text
    return _QUOTE_MARKS.sub("", text)


_QP_HEADER = re.compile(r"^[ \t>]*content-transfer-encoding:\s*quoted-printable\s*$", re.I | re.M)
_CHARSET = re.compile(r"charset=\"?([\w.:-]+)", re.IGNORECASE)
_QP_BYTES = re.compile(r"(?:=[0-9A-Fa-f]{2})+")
_ENCODED_WORD = re.compile(r"=\?[\w.:-]+\?[QqBb]\?[^?\s]*\?=")


def _charset(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "latin-1"


def decode_quoted_printable(text: str) -> str:
    """The body of a mail whose header declares quoted-printable, decoded line by line (the
    document's line numbers kept)."""
    head = "\n".join(text.split("\n", 80)[:80])
    declared = _QP_HEADER.search(head)
    if declared is None:
        return text
    found = _CHARSET.search(head)
    charset = _charset(found.group(1)) if found else None

    def decoded(run: re.Match[str]) -> str:
        data = bytes.fromhex(run.group(0).replace("=", ""))
        if charset is None:
            # No charset declared: bytes that read as UTF-8 are UTF-8 (Latin-1 text never
            # spells "Ã©"), else the Western code page (round 31g).
            try:
                return data.decode("utf-8")
            except UnicodeDecodeError:
                return data.decode("cp1252", errors="replace")
        return data.decode(charset, errors="replace")

    def words(line: str) -> str:
        return _ENCODED_WORD.sub(lambda w: str(make_header(decode_header(w.group(0)))), line)

    lines = text.split("\n")
    start = head[: declared.start()].count("\n")
    lines[:start] = [words(line) for line in lines[:start]]
    carry = ""
    for i in range(start, len(lines)):
        line = lines[i]
        soft = line.endswith("=") and not _QP_BYTES.fullmatch(line[-3:])
        line = words(_QP_BYTES.sub(decoded, line[:-1] if soft else line))
        line = carry + line
        carry = ""
        if soft and line and not line[-1].isspace():
            # A word cut by the soft break goes whole onto the next line.
            cut = re.search(r"\S+$", line)
            if cut is not None and cut.start() > 0:
                carry, line = cut.group(0), line[: cut.start()].rstrip()
        lines[i] = line
    if carry:
        lines[-1] += carry
    return "\n".join(lines)


_RULE = re.compile(r"^\s*(?:_{5,}|-{5,}|={5,}|-- )\s*$")


def drop_list_footer(text: str) -> str:
    """From a rule followed within three lines by a mailing list's words ("... mailing list",
    "To unsubscribe ...") to the end of the text: the list's footer, blank lines."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if (
            _RULE.match(line)
            and any(UNSUBSCRIBE.search(x) for x in lines[i + 1 : i + 4])
            and len(lines) - i <= 12
        ):
            return "\n".join(lines[:i] + [""] * (len(lines) - i))
    return text


# A word with a digit a scanner put for a letter ("T0", "Sa1utation", "Te1egrams").
_MIXED = re.compile(r"\b(?=\w*[A-Za-z])(?=\w*[01])[A-Za-z01]{2,}\b")


def _as_letters(word: str) -> str:
    upper = sum(c.isupper() for c in word) > sum(c.islower() for c in word)
    return word.replace("0", "O" if upper else "o").replace("1", "L" if upper else "l")


def _is_label(text: str) -> bool:
    return bool(
        FIELD_LABEL.match(text)
        or COPIES.match(text)
        or WRITE_TO_LINE.match(text)
        or RECIPIENTS_START.match(text)
    )


def repair_ocr_labels(text: str) -> str:
    """ "APPEALS T0:" -> "APPEALS TO:", "Sa1utation:" -> "Salutation:": the words before a
    line's first colon, when they read as a label only with letters for the digits."""
    out: list[str] = []
    for line in text.split("\n"):
        head, colon, rest = line.partition(":")
        if colon and len(head) <= 40 and _MIXED.search(head):
            indent = head[: len(head) - len(head.lstrip())]
            fixed = _MIXED.sub(lambda m: _as_letters(m.group(0)), head)
            if _is_label(f"{fixed.strip()}:") and not _is_label(f"{head.strip()}:"):
                line = f"{indent}{fixed.strip()}{colon}{rest}"
        out.append(line)
    return "\n".join(out)


# A scanner's or an old PDF's accent printed as a letter of its own before the letter it
# belongs on ("Andr´es", "a˜nos", "M¨uller"): the spacing accents and their combining forms.
_SPACING_ACCENTS = {
    "\u00b4": "\u0301",  # ´ acute
    "\u02dc": "\u0303",  # ˜ tilde
    "\u00a8": "\u0308",  # ¨ diaeresis
    "\u02c6": "\u0302",  # ˆ circumflex
    "\u02c7": "\u030c",  # ˇ caron
    "\u02d8": "\u0306",  # ˘ breve
    "\u02da": "\u030a",  # ˚ ring
}
_LOOSE_ACCENT = re.compile(r"([\u00b4\u02dc\u00a8\u02c6\u02c7\u02d8\u02da])([^\W\d_])")


# The letters a loose acute goes on: vowels, and the consonants that take one inside a word
# (Polish "Gda´nsk", "Wa´sniewski", Croatian "Pe´cina"). An acute right before any other letter,
# a capital or an "s" that ends a word is an apostrophe ("Women´s", "O´Reilly", "you´re").
_ACUTE_LETTERS = frozenset("aeiouycnszw")
# Elisions whose apostrophe a keyboard may print as an acute ("l´", "d´", "qu´", "s´").
_ELISIONS = frozenset({"qu", "l", "d", "s", "n", "m", "t", "j", "c"})
# Words of two letters or more an apostrophe ends, never a loose accent, even in a scanned text
# ("lorsqu´il", "quelqu´un", "dell´accusa", "nell´ufficio", "quest´anno", "un´altra", "ma´am").
_ELIDED_WORDS = frozenset({"un", "ma", "quest", "quell", "tutt", "dov", "com", "anch", "senz",
                           "nient", "sant", "buon"})  # fmt: skip
_ELISION_ENDS = ("qu", "ll")


def _acute_is_an_accent(text: str, mark: int, scanned: bool) -> bool:
    """Whether the acute at `mark` is a scanner's loose accent. Inside a word, after two
    letters or more that are no elision, on a lowercase vowel (or a consonant that takes one
    before another letter), it is one; after one letter or an elision ("C´ordova", "l´ami"),
    or on a capital inside a word in capitals ("ENV´IEN"), only in a `scanned` text (one with
    accents of the first kind)."""
    letter = text[mark + 1]
    after = text[mark + 2 : mark + 3]
    start = mark
    while start > 0 and start > mark - 40 and text[start - 1].isalpha():
        start -= 1
    before = text[start:mark]
    if not before:
        return False
    if letter.isupper():
        return (
            scanned
            and letter in "AEIOUY"
            and before.isupper()
            and len(before) >= 2
            and (not after.isalpha() or after.isupper())
        )
    if letter not in _ACUTE_LETTERS:
        return False
    if letter in "cnszw" and not (after and after.isalpha()):
        return False
    word = before.casefold()
    if word in _ELIDED_WORDS or word.endswith(_ELISION_ENDS):
        return False
    return scanned or (len(before) >= 2 and word not in _ELISIONS)


def join_loose_accents(text: str) -> str:
    """ "Andr´es" -> "Andrés", "a˜nos" -> "años": a spacing accent right before a letter, at a
    word's start or inside it, is put on the letter when the two make one letter. An acute,
    which also stands for an apostrophe, is put on only inside a word, on a lowercase vowel or
    a consonant that takes one before another letter, after two letters or more that are no
    elision; after one letter or on a capital in a word in capitals only where the text has
    such accents ("don´t", "O´Brien", "Women´s", "d´Almeida", "you´re" stay as they are)."""
    marks = [m for m in _LOOSE_ACCENT.finditer(text) if m.group(1) == "\u00b4"]
    scanned = any(_acute_is_an_accent(text, m.start(), False) for m in marks)

    def put_on(m: re.Match[str]) -> str:
        if m.group(1) == "\u00b4" and not _acute_is_an_accent(text, m.start(), scanned):
            return m.group(0)
        joined = unicodedata.normalize("NFC", m.group(2) + _SPACING_ACCENTS[m.group(1)])
        return joined if len(joined) == 1 else m.group(0)

    return _LOOSE_ACCENT.sub(put_on, text)


# A word with a digit a scanner read for a letter ("Guatema1a", "P´ub1ico", "ACCI0N", "0rellana"):
# a token of letters with 0 or 1 among them, in a chunk of text that is no address, e-mail or
# handle. Digits at a word's edge are left where they make a number with a suffix ("1st", "10th",
# "1er", "10am", "10bis"), and a token in capitals that is short or has a digit at its edge is a
# code ("SW1A", "K1A", "1PT"; "MAY0" is a word), as is a token with any other digit ("SW7").
_CHUNK = re.compile(r"\S+")
_ADDRESS_CHUNK = re.compile(r"[@/\\#=?&_]|\w\.\w|^www\.", re.IGNORECASE)
_WORD_TOKEN = re.compile(r"[^\W_]+")
_LETTERS_AND_01 = re.compile(r"(?=[^\W\d_]*[01])[^\W\d_01]*(?:[01][^\W\d_01]*)+")
# What follows a number in an ordinal, a time or a paragraph's number, in the languages the
# importer reads ("1st", "2nd", "1er", "1re", "2e", "1ème", "10am", "10h", "10bis", "1o", "1a").
NUMBER_SUFFIXES = frozenset(
    {
        "st", "nd", "rd", "th", "er", "re", "ère", "ere", "e", "è", "ème", "eme", "ers",
        "res", "es", "am", "pm", "h", "hr", "hrs", "bis", "ter", "quater", "o", "a", "º",
        "ª", "te", "de", "ste", "ten", "sten", "ro", "ra", "do", "da", "to", "ta", "mo", "vo",
        "no",
    }
)  # fmt: skip
_OCR_WORDS = 3


def _letters_for_digits(token: str) -> str | None:
    """The token with letters for its digits, or None where it is no scanner's word."""
    if not _LETTERS_AND_01.fullmatch(token):
        return None
    letters = [c for c in token if not c.isdigit()]
    digits = len(token) - len(letters)
    if len(letters) < 2 or digits > len(letters):
        return None
    # (A small l among capitals is a scanner's I too: "C0PlES", "lNF0RMATl0N".)
    capitals = sum(c.isupper() for c in letters) >= 2 and all(
        c.isupper() or c == "l" for c in letters
    )
    edge = token[0].isdigit() or token[-1].isdigit()
    # A capital word whose first or last O a scanner read as 0 ("MAY0", "0RELLANA") has three
    # letters or more; postcodes and codes have fewer, or a 1 or another digit at their edge.
    edge_o = (
        digits == 1
        and len(letters) >= 3
        and ((token[-1] == "0" and not token[0].isdigit()) or token[0] == "0")
    )
    if capitals and not edge_o and (edge or len(letters) < 4):
        return None
    if token[0].isdigit() and token.lstrip("01").casefold() in NUMBER_SUFFIXES:
        return None
    if edge and re.search(r"[01]{2}", token):
        return None
    out = []
    for i, c in enumerate(token):
        if c == "0":
            out.append("O" if capitals or i == 0 else "o")
        elif c == "1":
            out.append("L" if capitals else "l")
        elif c == "l" and capitals:
            out.append("I")
        else:
            out.append(c)
    return "".join(out)


def _word_tokens(text: str) -> list[re.Match[str]]:
    """The letter-and-digit tokens of the text outside web and mail addresses and handles."""
    found: list[re.Match[str]] = []
    for chunk in _CHUNK.finditer(text):
        if _ADDRESS_CHUNK.search(chunk.group(0)):
            continue
        found.extend(_WORD_TOKEN.finditer(text, chunk.start(), chunk.end()))
    return found


# Round 31d: a number a scanner read with letters for its digits ("l996", "3O June", "UA
# l47/96", "+ 26O l 22l 939"): a token of digits and the letters that look like them (O, o,
# l, I), a digit among them and no more such letters than digits and one; a word in capitals
# with a small l for its I ("ZAMBlA", "lMMEDlATELY"); "ln" opening a word ("lnspector").
_LOOKALIKE_DIGITS = str.maketrans("OolI", "0011")
_NUMBER_OF_LOOKALIKES = re.compile(r"[0-9OolI]+")
# Chunks of a link, a mail address or a mail's encoded header ("=C3=83O_AU"): no numbers.
_LINK_CHUNK = re.compile(r"[@\\#=?&_]|://|^www\.", re.IGNORECASE)
_LOOKALIKE_RUN = re.compile(r"[0-9OolI().\-/]+")
_CAPITALS_WITH_L = re.compile(r"[^\W\d_l]*l[^\W\d_]*")
_OCR_EVIDENCE = 3
# Where a text may have such numbers or words at all (a quick look before reading its words).
_LOOKALIKES = re.compile(r"\d[OolI]|[OolI]\d|[A-Z]l[A-Z]|[A-Z]{2}l\b|\bl[A-Z]{2}|\bln[a-z]")


def _digits_for_lookalikes(token: str) -> str | None:
    """ "l996" -> "1996", "3O2O8" -> "30208"; None for a token that is no such number (no
    digit, or no letter, or more letters than digits and one, or an ordinal: "1o", "2o")."""
    if not _NUMBER_OF_LOOKALIKES.fullmatch(token):
        return None
    # (Mend31C: a quantity and its unit, "2l", "5l" of water, and a two-character code with
    # its letter first, "O2", are what a clean text prints: never a scanner's number.)
    if re.fullmatch(r"O\d", token):
        return None
    digits = sum(c.isdigit() for c in token)
    letters = len(token) - digits
    if not digits or not letters or letters > digits + 1:
        return None
    suffix = token.lstrip("0123456789")
    if token[0].isdigit() and suffix.islower() and suffix in NUMBER_SUFFIXES:
        return None
    return token.translate(_LOOKALIKE_DIGITS)


def _unit_after(text: str, m: re.Match[str]) -> bool:
    """Mend31C: "2l", "5l" of water: a quantity and its unit (litres), which a clean text
    prints, not a number of a scanner ("UA 9l/98", "22l 939" go on with digits)."""
    return re.fullmatch(r"\d+l", m.group(0)) is not None and not re.match(
        r"\s?[\d/]|[\-.]\d", text[m.end() : m.end() + 3]
    )


def _capital_for_small_l(token: str) -> str | None:
    """ "ZAMBlA" -> "ZAMBIA", "lnspector" -> "Inspector"; None for any other word."""
    if not _CAPITALS_WITH_L.fullmatch(token) or len(token) < 4:
        return None  # (mend31C: "HCl", "KCl", "XIl": a chemical's or a numeral's code)
    others = token.replace("l", "")
    if len(others) >= 2 and others.isupper():
        return token.replace("l", "I")
    if re.fullmatch(r"ln[^\W\d_]*", token) and token[1:].islower():
        return "I" + token[1:]
    return None


def _number_chunks(text: str) -> list[re.Match[str]]:
    """The tokens of letters and digits outside links, mail addresses and encoded headers."""
    found: list[re.Match[str]] = []
    for chunk in _CHUNK.finditer(text):
        if not _LINK_CHUNK.search(chunk.group(0)):
            found.extend(_WORD_TOKEN.finditer(text, chunk.start(), chunk.end()))
    return found


def _lone_lookalikes(text: str) -> list[tuple[int, int, str]]:
    """A group of a telephone number after "+" read as letters ("+ 260 l 221 939", "2538
    ll"): (start, end, digits) for each group of one or two O, l or I between its digits."""
    found: list[tuple[int, int, str]] = []
    for plus in re.finditer(r"\+[ \t]*(?=\d)", text):
        groups: list[re.Match[str]] = []
        for m in re.finditer(r"[^ \t\n]+", text[plus.end() : plus.end() + 60]):
            if not _LOOKALIKE_RUN.fullmatch(m.group(0)):
                break
            groups.append(m)
        if sum(1 for m in groups if re.search(r"\d", m.group(0))) < 2:
            continue
        for m in groups:
            if re.fullmatch(r"[OlI]{1,2}", m.group(0)):
                start = plus.end() + m.start()
                found.append(
                    (start, start + len(m.group(0)), m.group(0).translate(_LOOKALIKE_DIGITS))
                )
    return found


# Mend31C: the words with m a scanner's "rn" is read for ("rnay", "rnen"): the language's
# common words (`doc_language`) and these; "tornou" stays though the text prints "tomou", as
# "modern" stays beside "modem".
RN_FOR_M_WORDS: dict[str, list[str]] = {
    "en": ["may", "many", "men", "women", "more", "most", "made", "make", "him", "them",
           "from", "time", "name", "same", "some", "home", "member", "members", "must",
           "immediately", "human", "amnesty", "family", "prime", "minister"],
    "fr": ["même", "mais", "comme", "homme", "hommes", "femme", "femmes", "membre",
           "membres", "ministre", "famille", "immédiatement", "amnesty", "nom"],
    "es": ["mismo", "misma", "más", "mientras", "como", "miembro", "miembros", "ministro",
           "familia", "inmediatamente", "hombre", "mujer", "amnistía", "nombre"],
    "pt": ["mesmo", "mesma", "mais", "como", "membro", "membros", "ministro", "família",
           "imediatamente", "homem", "mulher", "amnistia", "nome"],
    "de": ["mit", "man", "mehr", "immer", "zum", "vom", "im", "am", "dem", "einem", "minister",
           "familie", "mitglied", "mitglieder", "name", "amnesty"],
    "sv": ["med", "om", "som", "man", "mot", "minister", "familj", "medlem", "namn"],
}  # fmt: skip


def _m_words() -> frozenset[str]:
    from appeal_tui.core.importer.doc_language import SMALL_WORDS

    return SMALL_WORDS | {w for ws in RN_FOR_M_WORDS.values() for w in ws}


def _m_for_rn(tokens: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """A scanner's "rn" for an "m" ("rnay", "Xirnenes"): (start, end, word) for each word
    of `tokens` with "rn" whose spelling with "m" the text prints elsewhere (any case; a
    scanner reads "m" as "rn", never the other way), so that a word truly spelled with "rn"
    ("modern", "return") stays as it is."""
    seen = Counter(m.group(0).casefold() for m in tokens)
    found: list[tuple[int, int, str]] = []
    for m in tokens:
        word = m.group(0)
        if "rn" not in word:
            continue
        with_m = word.replace("rn", "m")
        # (Mend31C: only for a common word of a language, never "tornou" for a printed
        # "tomou": a word truly spelled with "rn" may have an m twin.)
        if seen[with_m.casefold()] and with_m.casefold() in _m_words():
            found.append((m.start(), m.end(), with_m))
    return found


def repair_ocr_words(text: str) -> str:
    """A text a scanner read, where 0 and 1 stand for the letters O and l in several words
    ("Guatema1a", "ACCI0N", "P´ub1ico"): every word of letters with a 0 or 1 among them
    ("1os", "0rellana") gets its letters back. The text must have three words or more with
    such a digit between two letters; ordinals, times, postcodes and codes ("1st", "10am",
    "SW1A 2AA"), and words in addresses and handles, are never read as such words.
    Round 31d: the other way round too, numbers with letters for their digits ("l996", "3O",
    "+ 26O l 22l 939") get their digits, and a word in capitals its I for a small l
    ("ZAMBlA"), where the text shows a scanner's confusions twice or more."""
    lookalikes = _LOOKALIKES.search(text) is not None
    digit_words = re.search(r"[^\W\d_][01]", text) is not None
    words = _word_tokens(text) if lookalikes or digit_words else []
    tokens = words if digit_words else []
    fixes = [(m, _letters_for_digits(m.group(0))) for m in tokens]
    # ("lnternationa1": its l for an I too, once its digit is a letter.)
    fixes = [(m, fixed and (_capital_for_small_l(fixed) or fixed)) for m, fixed in fixes]
    inner = sum(
        1
        for m, fixed in fixes
        if fixed is not None and m.group(0)[0].isalpha() and m.group(0)[-1].isalpha()
    )
    numbers: list[tuple[re.Match[str], str | None]] = []
    capitals: list[tuple[re.Match[str], str | None]] = []
    if lookalikes:
        numbers = [(m, _digits_for_lookalikes(m.group(0))) for m in _number_chunks(text)]
        numbers = [
            (m, fixed) for m, fixed in numbers if fixed is not None and not _unit_after(text, m)
        ]
        capitals = [(m, _capital_for_small_l(m.group(0))) for m in words]
        capitals = [(m, fixed) for m, fixed in capitals if fixed is not None]
    lone = _lone_lookalikes(text) if lookalikes else []
    evidence = inner + len(numbers) + len(capitals) + len(lone)
    # Mend31C: a scanned text shows three confusions or more of two kinds or more (a word
    # with a digit, a number with a letter, a capital word's small l, a telephone group read
    # as letters): one kind alone is what a clean text may print ("1O1", "2l" and "5l").
    kinds = sum(1 for n in (inner, len(numbers), len(capitals), len(lone)) if n)
    scanned = evidence >= _OCR_EVIDENCE and kinds >= 2
    # (Words with a digit for a letter count with the numbers and capitals a scanner misread:
    # three of any kind, one of them such a word, are a scanned text's as three words are.)
    if inner < _OCR_WORDS and not (inner and scanned):
        fixes = []
    if scanned:
        fixes += numbers + capitals
    if not fixes:
        return text
    edits = sorted(
        {(m.start(), m.end(), fixed) for m, fixed in fixes if fixed is not None}
        | set(lone if scanned else ())
        | set(_m_for_rn(words or _word_tokens(text)) if scanned and "rn" in text else ())
    )
    out: list[str] = []
    last = 0
    for start, end, fixed in edits:
        if start < last:
            continue  # (a token read twice, as a word and as a number: once)
        out.append(text[last:start])
        out.append(fixed)
        last = end
    out.append(text[last:])
    return "".join(out)


# "./." at the foot of a typewritten page: the text goes on overleaf.
_CONTINUED = re.compile(r"\s+\./\.\s*$", re.MULTILINE)


def drop_continuation_marks(text: str) -> str:
    return _CONTINUED.sub("", text)


# Burmese letters: consonants (and the independent vowels, which take signs as they do), the
# medials written after them (ya, wa, ha), a consonant stacked under another by the virama.
_MY_LETTER = "\u1000-\u102a\u103f\u104e"
_MY_AFTER = "\u1000-\u102a\u103f\u104e\u103b-\u103e\u1039"
# The vowel sign e and the medial ra are drawn left of the consonant they follow in the text.
# Written where they are drawn (a PDF's text layer, a text typed for an old font), they stand
# where Unicode never has them: first in a word, or after another vowel sign.
_MY_DRAWN_FIRST = re.compile(f"(?<![{_MY_AFTER}])[\u1031\u103c]")
_MY_VISUAL = re.compile(
    f"(\u1031?)(\u103c?)([{_MY_LETTER}])((?:\u1039[{_MY_LETTER}])*)([\u103b\u103d\u103e]*)"
)


def burmese_in_written_order(text: str) -> str:
    """Burmese written in the order it is drawn ("ေရး", "ြပည်") put in Unicode's order ("ရေး",
    "ပြည်"): the consonant first, its medials, then the vowel sign e. Only a text that has
    these signs where Unicode never puts them, three times or more and in one in five of
    them, is read so (a text in Unicode's order has none there)."""
    if "\u1031" not in text and "\u103c" not in text:
        return text
    misplaced = len(_MY_DRAWN_FIRST.findall(text))
    signs = text.count("\u1031") + text.count("\u103c")
    if misplaced < 3 or misplaced * 5 < signs:
        return text

    def logical(m: re.Match[str]) -> str:
        if not (m.group(1) or m.group(2)):
            return m.group(0)
        medials = "".join(sorted(m.group(2) + m.group(5)))
        return m.group(3) + m.group(4) + medials + m.group(1)

    return _MY_VISUAL.sub(logical, text)


# A thread's post number at the end of the post's last line ("... Please share. 4/8",
# "(5/8)"): the post's place in the thread, no part of what it says.
_THREAD_COUNTER = re.compile(r"(?<=\S)[ \t]+\(?(\d{1,2})/(\d{1,2})\)?[ \t]*$", re.MULTILINE)
_THREAD_POSTS = 3


def drop_thread_counters(text: str) -> str:
    """`text` without a thread's post numbers: line ends "k/n" with one n, three posts or
    more, numbered each once from 1 on in the text's order (a date or a reference "3/4" that
    ends a line is no such series)."""
    found = [m for m in _THREAD_COUNTER.finditer(text) if 0 < int(m.group(1)) <= int(m.group(2))]
    by_total: dict[str, list[re.Match[str]]] = {}
    for m in found:
        by_total.setdefault(m.group(2), []).append(m)
    drop: list[re.Match[str]] = []
    for total, marks in by_total.items():
        numbers = [int(m.group(1)) for m in marks]
        if (
            len(marks) >= _THREAD_POSTS
            and numbers == sorted(set(numbers))
            and numbers[0] <= 2
            and int(total) >= _THREAD_POSTS
        ):
            drop += marks
    pieces: list[str] = []
    position = 0
    for m in sorted(drop, key=lambda m: m.start()):
        pieces.append(text[position : m.start()])
        position = m.end()
    return "".join([*pieces, text[position:]])


def repaired(text: str) -> str:
    """All of the above, for a plain text or a PDF's text layer."""
    text = repair_ocr_words(
        join_loose_accents(burmese_in_written_order(drop_thread_counters(text)))
    )
    return drop_continuation_marks(
        repair_ocr_labels(
            drop_list_footer(
                drop_quote_attributions(drop_mail_headers(decode_quoted_printable(text)))
            )
        )
    )
