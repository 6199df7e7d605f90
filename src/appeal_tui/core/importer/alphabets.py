"""Recipients written in alphabets other than Latin (session 24, imp24a).

Two properties hold for every such document, whatever its language and layout:

- Its labels and headings end in its script's own colon where the script has one: Armenian
  prints "Ֆաքս՝" (the Armenian comma as a colon), Amharic and Tigrinya "ፋክስ፦" or "ግልባጭ፡-"
  (the Ethiopic preface colon, or the word space and a dash), Khmer "ទូរសារ៖", Mongolian
  script "᠄". The readers of every step look for ":" after a label, so `script_colons` gives
  them that colon, only where the mark stands after a label's few words at a line's start (in
  running Armenian text the same mark is a comma).
- Many print each recipient twice: the block in the language of the page, then an English
  version or a Latin transliteration of it (a bilingual leaflet, an e-mail with an "English
  version" below). Both versions give the same fax number or e-mail address, which no two
  officials share, so `same_in_two_scripts` keeps one recipient: the version written in the
  document's own script (the one a reader of that language writes to), with the contacts of
  both.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from appeal_tui.core.importer.recipient_blocks import Block

# Marks that are a colon in their script (by Unicode's names), anywhere they stand after a
# label: Ethiopic preface colon and colon, Khmer camnuc pii kuuh, Mongolian colon, the small
# and vertical presentation forms of ":".
_ALWAYS = "\u1366\u1365\u17d6\u1804\ufe55\ufe13"
# Marks that are a colon only after a label at a line's start: the Armenian comma (a comma in
# running text), the Ethiopic word space before a dash ("ግልባጭ፡-") or at a line's end.
_WORD = "[^\\s:：\u055d\u1361" + _ALWAYS + "]"
_AFTER_LABEL = re.compile(
    # At most four words before the mark, from the line's start (bounded: linear on any line).
    rf"(?m)^([ \t]*[^\W\d_]{_WORD}{{0,40}}(?:[ \t]+{_WORD}{{1,40}}){{0,3}})"
    r"(?:\u055d|\u1361-?|\u1361?[" + _ALWAYS + r"]-?)(?=[ \t]|$)"
)
_ALWAYS_MARK = re.compile(f"[{_ALWAYS}]")


def _colon(m: re.Match[str]) -> str:
    """The colon after a label; the Armenian comma stays a comma unless the words before it
    are a label or a heading of the tables (in running text it parts clauses)."""
    from appeal_tui.core.importer.phrases import COPY_HEADING, FIELD_LABEL, WRITE_TO_LINE

    words = m.group(1)
    if m.group(0).endswith("\u055d") and not (
        FIELD_LABEL.fullmatch(f"{words.strip()}:")
        or COPY_HEADING.fullmatch(words.strip())
        or WRITE_TO_LINE.search(f"{words.strip()}:")
    ):
        return m.group(0)
    return f"{words}:"


# An Armenian comma after one word inside a line ("... Պատճենները՝ ..."): a colon when the
# word is the copies heading of the tables (a paste that ran the next paragraph on).
_WORD_COMMA = re.compile(r"(?<=\s)([^\W\d_]{3,30})\u055d(?=\s)")


def _copies_colon(m: re.Match[str]) -> str:
    from appeal_tui.core.importer.phrases import COPY_HEADING

    return f"{m.group(1)}:" if COPY_HEADING.fullmatch(m.group(1)) else m.group(0)


def script_colons(text: str) -> str:
    """`text` with its scripts' colons after a label written ":" (the line keeps its length
    in words; a reader sees the same label)."""
    if not re.search(f"[\u055d\u1361{_ALWAYS}]", text):
        return text
    text = _WORD_COMMA.sub(_copies_colon, _AFTER_LABEL.sub(_colon, text))
    return _ALWAYS_MARK.sub(":", text)


# A gloss is words only ("Ministry of Home Affairs", "Dept. of Justice", "Prosecutor-General's").
_GLOSS_WORD = re.compile(r"&|\(?[A-Za-z][A-Za-z'’-]*[.,;)]?")


def _gloss_cut(line: str) -> int:
    """Where a translation in square brackets at the end of a line starts, or -1: an English
    gloss after text in another script ("गृह मन्त्रालय [Ministry of Home Affairs]"), which is a
    reader's help, not part of the name, office or greeting. A heading's gloss after its colon
    ("बोधार्थ: [copies to]") stays: it says what the heading is."""
    if not line.endswith("]"):
        return -1
    cut = line.rfind("[")
    gloss, before = line[cut + 1 : -1], line[:cut].rstrip()
    if cut <= 0 or not gloss.isascii() or not re.search("[A-Za-z]{2}", gloss):
        return -1
    if not all(_GLOSS_WORD.fullmatch(word) for word in gloss.split()):
        return -1  # an e-mail, a web address, a number or a handle: a contact, no gloss
    if before.endswith((":", "：")) or "]" in gloss:
        return -1
    letters = [c for c in before if c.isalpha()]
    own = sum(1 for c in letters if not c.isascii())
    return cut if letters and own * 2 > len(letters) else -1


def drop_glosses(text: str) -> str:
    """Each line without its bracketed English gloss (`_gloss_cut`)."""
    if "]" not in text:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        cut = _gloss_cut(line.rstrip())
        if cut > 0:
            lines[i] = line[:cut].rstrip()
    return "\n".join(lines)


# The full stops of scripts other than Latin (Armenian, Ethiopic, Devanagari danda, Khmer,
# Burmese, Tibetan shad): a salutation's value ends at one.
_SCRIPT_STOP = re.compile("[\u0589\u1362\u0964\u17d4\u104b\u0f0d]")


# Session 25 (imp25i): the same stops and Urdu's full stop "۔" at a line's end.
_SENTENCE_END = ("\u0589", "\u1362", "\u0964", "\u0965", "\u17d4", "\u104b", "\u0f0d", "\u06d4")


def script_sentence(text: str) -> bool:
    """A line of six words or more that ends with its script's full stop ("... पठाउनुहोस्।"):
    running text, though a script without capitals has no lower-case words to count."""
    return len(text.split()) >= 6 and text.rstrip().endswith(_SENTENCE_END)


def cut_salutation_run(value: str) -> str:
    """A salutation's value up to the next sentence or heading a paste ran onto its line
    ("Հարգելի պարոն դատախազ Պատճենները: ..."): it ends before a copies heading with its
    colon, or at a full stop of its script."""
    from appeal_tui.core.importer.phrases import COPY_HEADING

    stop = _SCRIPT_STOP.search(value)
    if stop:
        value = value[: stop.start()]
    words = value.split(" ")
    for k in range(1, len(words)):
        if words[k].endswith((":", "：")) and COPY_HEADING.fullmatch(words[k]):
            return " ".join(words[:k]).rstrip()
    return value


def _script(text: str) -> str:
    """The script most letters of `text` are written in ("LATIN", "CYRILLIC", "GEORGIAN" ...),
    by the first word of each letter's Unicode name."""
    counts: dict[str, int] = {}
    for c in text:
        if c.isalpha():
            name = unicodedata.name(c, "")
            script = name.split(" ")[0] if name else ""
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


# Scripts of South and Southeast Asia (Brahmic), by the first word of their letters' names.
# A name printed in one of them with a Latin spelling in brackets ("NAME (Latin Name)") is
# written in its own script, and a transliteration of it is the reader's help: the name is
# the form in the page's script (unlike a Greek or Cyrillic spelling of a name from a Latin
# alphabet, where the Latin form is the person's own).
NATIVE_NAME_SCRIPTS = frozenset(
    {
        "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL", "TELUGU", "KANNADA",
        "MALAYALAM", "SINHALA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN",
    }
)  # fmt: skip


def native_name_script(text: str) -> bool:
    """Whether most letters of `text` are of a script of `NATIVE_NAME_SCRIPTS`."""
    return _script(text) in NATIVE_NAME_SCRIPTS


# Scripts of Chinese, Japanese and Korean, by the first word of their letters' names.
_HAN_KANA_HANGUL = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


def _numbers(block: Block) -> set[str]:
    """The block's fax and phone numbers, as digits (the last eight: a country code printed
    or not), and its e-mail addresses, folded."""
    out = {a.casefold() for a in block.contacts.email}
    for number in (*block.contacts.fax, *block.contacts.phone):
        digits = "".join(c for c in number if c.isdigit())
        if len(digits) >= 7:
            out.add(digits[-8:])
    return out


def same_in_two_scripts(blocks: list[Block]) -> list[Block]:
    """Blocks that give one recipient twice, once in Latin letters and once in another
    script (the page's version and its English one), as one block: the one in the other
    script, with the fields of both. Blocks are matched by a fax number or e-mail address
    they share; a block of the same script is never dropped here."""
    keys = [_numbers(b) for b in blocks]
    scripts = [_script(" ".join(b.lines)) for b in blocks]
    dropped: set[int] = set()
    for i in range(len(blocks)):
        if i in dropped or not keys[i] or not scripts[i]:
            continue
        for j in range(i + 1, len(blocks)):
            if j in dropped or not keys[j] or not scripts[j] or scripts[j] == scripts[i]:
                continue
            if "LATIN" not in (scripts[i], scripts[j]) or not keys[i] & keys[j]:
                continue
            if not _same_person(blocks[i], blocks[j]):
                # A cabinet's e-mail or switchboard fax is shared by its officials: two
                # people named whose names are not one name in two scripts are two.
                continue
            if {scripts[i], scripts[j]} & _HAN_KANA_HANGUL:
                # (Pages in Chinese, Japanese or Korean print the English block for the
                # envelope, and their labels keep that block: a convention of rounds 18a and
                # 23s that this round leaves as it is.)
                continue
            keep, drop = (j, i) if scripts[i] == "LATIN" else (i, j)
            _merge(blocks[keep], blocks[drop])
            dropped.add(drop)
            if drop == i:
                break
    return [b for k, b in enumerate(blocks) if k not in dropped]


# Parts of a one-line summary: "Name, Office, Street, City · Dear Minister".
_GLOSS_PARTS = re.compile(r"\s*[,·]\s*")


def _gloss_line(line: str) -> bool:
    """A line in Latin letters of two parts or more that holds no contact (no e-mail, no
    number of seven digits): a block's translation on one line."""
    return (
        _script(line) == "LATIN"
        and len([p for p in _GLOSS_PARTS.split(line) if p]) >= 2
        and "@" not in line
        and not re.search(r"\d[\d\s().-]{5,}\d", line)
    )


def glosses_dropped(blocks: list[Block]) -> list[Block]:
    """Recipients given in the page's script, each followed by its translation on one line in
    Latin letters ("Office, Street, City · Dear Minister"), as a bilingual leaflet prints them:
    the lines of translation are dropped, and so is a block that held nothing else. The layout
    must repeat (two blocks or more followed so) and the block before each be in a script other
    than Latin (and than Chinese, Japanese or Korean: see `same_in_two_scripts`). A line of
    translation run on into the next block, with no blank line between, is parted from it."""
    found: list[int] = []
    for j in range(1, len(blocks)):
        lines = blocks[j].lines
        above = blocks[j - 1].lines
        # (The block above may open with its own line of translation, run on into it.)
        before = _script(" ".join(above[1:] if len(above) > 1 and _gloss_line(above[0]) else above))
        rest = " ".join(lines[1:])
        if (
            lines
            and _gloss_line(lines[0])
            and before not in ("", "LATIN", *_HAN_KANA_HANGUL)
            and (not rest or _script(rest) == before)
        ):
            found.append(j)
    if len(found) < 2:
        return blocks
    dropped: set[int] = set()
    for j in found:
        block = blocks[j]
        block.lines.pop(0)
        c = block.contacts
        if not block.lines and not (c.fax or c.phone or c.email or c.twitter or block.salutation):
            dropped.add(j)
    return [b for k, b in enumerate(blocks) if k not in dropped]


def _person_words(block: Block) -> set[str]:
    """The words of the person's names a block's first lines give (comma parts that look
    like a person's name), in Latin letters (`_latin`)."""
    from appeal_tui.core.importer.recipient_lines import looks_like_person

    out: set[str] = set()
    for line in block.lines[:4]:
        for part in line.split(","):
            if looks_like_person(part.strip()):
                out.update(_latin(w) for w in part.split() if len(w) >= 4)
    return out


def _latin(word: str) -> str:
    """A word in Latin letters, each letter of another script by its Unicode name's first
    letter ("CYRILLIC SMALL LETTER EL" -> "l", "GEORGIAN LETTER GAN" -> "g"): enough to see
    that two spellings of one name are alike, not a transliteration."""
    out = []
    for c in unicodedata.normalize("NFKD", word.casefold()):
        if unicodedata.combining(c) or not c.isalpha():
            continue
        if c.isascii():
            out.append(c)
            continue
        name = unicodedata.name(c, "").split()
        letter = name[-1].casefold() if name else ""
        if name and name[0] == "CYRILLIC" and re.fullmatch(r"e[lmnrsf]", letter):
            letter = letter[1:]  # "el", "em", "en": the consonant
        out.append(letter[:1])
    return "".join(out)


def _same_person(a: Block, b: Block) -> bool:
    """Two blocks that name no person, or only one, or the same person in two scripts (a
    word of one name alike a word of the other's, by letters or consonants)."""
    import difflib

    wa, wb = _person_words(a), _person_words(b)
    if not wa or not wb:
        return True
    return any(
        difflib.SequenceMatcher(None, x, y).ratio() >= 0.7 for x in wa for y in wb if x and y
    )


def _merge(into: Block, extra: Block) -> None:
    """`extra`'s contacts added to `into`'s (its salutation is in the other language)."""
    c, e = into.contacts, extra.contacts
    c.fax.extend(n for n in e.fax if n not in c.fax)
    c.phone.extend(n for n in e.phone if n not in c.phone)
    c.email.extend(a for a in e.email if a not in c.email)
    if c.twitter is None and e.twitter is not None:
        c.twitter = e.twitter


_INITIAL = re.compile(r"^[^\W\d_]{1,2}\.$")


def _initials_and_surname(name: str) -> tuple[list[str], str] | None:
    """ "И. Н. Сомову" -> (["и", "н"], "сомову"): a name written as initials and one word."""
    words = name.split()
    if len(words) < 2 or not all(_INITIAL.match(w) for w in words[:-1]):
        return None
    if not _INITIAL.match(words[0]) or len(words[-1]) < 4 or _INITIAL.match(words[-1]):
        return None
    return [w[0].casefold() for w in words[:-1]], words[-1].casefold()


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one surname in a language with cases ("Сомову", "Сомов"; "Kowalskiego",
    "Kowalski"): alike but for an ending of at most three letters, the stem four or more."""
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    if not (common >= 4 and len(a) - common <= 3 and len(b) - common <= 3):
        return False
    if len(a) != len(b) and common == min(len(a), len(b)):
        # One only extends the other ("smith", "smithson"): the same surname only when the
        # letters added are a case ending of the tables ("сомов" + "у").
        short, long = sorted((a, b), key=len)
        return any(
            long.endswith(oblique) and long[: len(long) - len(oblique)] + nominative == short
            for oblique, nominative in _case_endings()
        )
    return True


def _case_endings() -> frozenset[tuple[str, str]]:
    """(Ending in an oblique case, nominative ending) of every language's name case rows."""
    global _CASE_ENDINGS
    if _CASE_ENDINGS is None:
        from appeal_tui.core.importer.language_rows import (
            LAST_WORD_CASES,
            NAME_CASE_ENDINGS,
            NAME_CASES_LATIN,
            NAME_CASES_SOUTH_CYRILLIC,
        )

        rows = set(NAME_CASES_SOUTH_CYRILLIC) | {
            (r[0], r[1])
            for parts in NAME_CASE_ENDINGS.values()
            for rs in parts.values()
            for r in rs
        }
        rows |= {
            (r[0], r[1]) for cases in NAME_CASES_LATIN.values() for rs in cases.values() for r in rs
        }
        rows |= {(r[0], r[1]) for rs in LAST_WORD_CASES.values() for r in rs}
        _CASE_ENDINGS = frozenset((o.casefold(), n.casefold()) for o, n in rows)
    return _CASE_ENDINGS


_CASE_ENDINGS: frozenset[tuple[str, str]] | None = None


@lru_cache(maxsize=64)
def case_endings_of(language: str) -> frozenset[tuple[str, str]]:
    """(Ending in an oblique case, nominative ending) of the name case rows that may apply in a
    text of `language`: the Cyrillic rows (they match Cyrillic letters alone) and the Latin
    rows of that language only (mend27b: Slovak's ("e", "a") read "Anna" as the nominative of
    "Anne" in an English text), and that language's rows of the cases a story puts a name in
    (`NAME_CASES_IN_A_STORY`, round 28d)."""
    from appeal_tui.core.importer.language_rows import (
        LAST_WORD_CASES,
        NAME_CASES_IN_A_STORY,
        NAME_CASES_LATIN,
    )

    story = {(o.casefold(), n.casefold()) for o, n in NAME_CASES_IN_A_STORY.get(language, [])}
    latin = (
        story
        | {
            (r[0].casefold(), r[1].casefold())
            for rs in (NAME_CASES_LATIN.get(language) or {}).values()
            for r in rs
        }
        | {(r[0].casefold(), r[1].casefold()) for r in LAST_WORD_CASES.get(language, [])}
    )
    cyrillic = {(o, n) for o, n in _case_endings() if re.search("[\u0400-\u04ff]", o + n)}
    return frozenset(cyrillic | latin)


def initials_repeat(name: str, earlier: list[str]) -> int | None:
    """Which of the names found before is `name` written again as initials and the surname
    (a model letter's inside address, "И. Н. Сомову" under the block of "Игорь Николаевич
    Сомов", in whatever case its language puts the addressee): the index, or None."""
    short = _initials_and_surname(name)
    if short is None:
        return None
    initials, surname = short
    for k, full in enumerate(earlier):
        words = full.casefold().split()
        if len(words) < 2 or not _same_stem(surname, words[-1]):
            continue
        given = [w[0] for w in words[:-1]]
        if given[: len(initials)] == initials or given[-len(initials) :] == initials:
            return k
    return None
