"""People at risk named in the document's own script (session 27, imp27f).

A document written in a script other than Latin often names its people at risk in Latin letters
too: an English model letter under a Georgian text, a Thai leaflet with an English half, a
Khmer appeal quoting its English original. The Latin spelling is the one the name readers find
(capitals mark it); the person is the one the page's own script names, and a reader of that
language writes that spelling. `in_own_script` renames such a person to the spelling in the
document's script, keeping the Latin one as another spelling.

Two spellings of one name are matched by their consonants, each letter of another script read by
its Unicode name ("GEORGIAN LETTER NAR" -> "n", "THAI CHARACTER NGO NGU" -> "ng", Hangul by
its jamo), in classes that transliterations confuse (p/b/f/v, t/d/th, k/g/q/kh, s/z/j/ch/sh,
l/r). No language's table is needed: the match holds for any script Unicode names letter by
letter.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from appeal_tui.core.importer.people import Person

# Consonant classes, longest spelling first: what transliterations of one name keep alike.
_CLASSES = (
    ("chh", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "S"),
    ("jh", "S"),
    ("jj", "S"),
    ("ts", "S"),
    ("dz", "S"),
    ("th", "T"),
    ("ph", "P"),
    ("kh", "K"),
    ("gh", "K"),
    ("ng", "N"),
    ("c", "S"),
    ("j", "S"),
    ("s", "S"),
    ("z", "S"),
    ("x", "K"),
    ("q", "K"),
    ("k", "K"),
    ("g", "K"),
    ("p", "P"),
    ("b", "P"),
    ("f", "P"),
    ("v", "P"),
    ("t", "T"),
    ("d", "T"),
    ("m", "M"),
    ("n", "N"),
    ("l", "R"),
    ("r", "R"),
)
# Hangul jamo by the last word of their Unicode names (initial, vowel or final letters).
_JAMO = {
    "KIYEOK": "k",
    "SSANGKIYEOK": "kk",
    "NIEUN": "n",
    "TIKEUT": "t",
    "SSANGTIKEUT": "tt",
    "RIEUL": "r",
    "MIEUM": "m",
    "PIEUP": "p",
    "SSANGPIEUP": "pp",
    "SIOS": "s",
    "SSANGSIOS": "ss",
    "CIEUC": "j",
    "SSANGCIEUC": "jj",
    "CHIEUCH": "ch",
    "KHIEUKH": "k",
    "THIEUTH": "t",
    "PHIEUPH": "p",
    "HIEUH": "h",
}
_THRESHOLD = 0.8


@lru_cache(maxsize=4096)
def _letter(c: str) -> str:
    """One letter of another script in Latin letters, by its Unicode name."""
    # (A letter "WITH" a mark is read by its base letter: Kazakh "қ", CYRILLIC ... KA WITH
    # DESCENDER, is "k", and Latin "ł" is "l", not the mark's name; session 30f.)
    name = unicodedata.name(c, "").split(" WITH ")[0].split()
    if not name:
        return ""
    word = name[-1].casefold()
    if word == "schwa":
        return "e"  # Kazakh, Tatar, Azerbaijani Cyrillic "ә": a vowel
    if name[0] == "HANGUL":
        if name[1] == "JONGSEONG" and word == "ieung":
            return "ng"
        return _JAMO.get(name[-1], "a")
    if name[0] == "CYRILLIC" and re.fullmatch(r"e[lmnrsf]", word):
        return word[1:]  # "el", "em": the consonant
    if name[0] == "SINHALA" and word.endswith("ayanna"):
        word = word[:-6] or "a"  # "SAYANNA": "s"
    consonants = re.match(r"[^aeiou]+", word)
    return consonants.group(0) if consonants else word[:1]


def _romanised(word: str) -> str:
    out = []
    # NFKD splits accents from Latin letters and Hangul syllables into their jamo.
    for c in unicodedata.normalize("NFKD", word.casefold()):
        if unicodedata.combining(c) or not c.isalpha():
            continue
        out.append(c if c.isascii() else _letter(c))
    return "".join(out)


@lru_cache(maxsize=8192)
def skeleton(words: str) -> str:
    """The consonant classes of a name in any script ("Beridze", "ბერიძე": "PRS")."""
    s, out, i = _romanised(words), [], 0
    while i < len(s):
        for spelling, cls in _CLASSES:
            if s.startswith(spelling, i):
                out.append(cls)
                i += len(spelling)
                break
        else:
            i += 1
    return "".join(out)


def _script(c: str) -> str:
    name = unicodedata.name(c, "")
    return name.split()[0] if name else ""


# Letters a character of these scripts stands for (a Hangul syllable writes two or three).
_WEIGHT = {"HANGUL": 2.5, "CJK": 2.0, "HIRAGANA": 1.5, "KATAKANA": 1.5}
# The share of a text's letters another script needs to be the document's own: a bilingual
# leaflet's or an English model letter's Latin half may outweigh it.
_OWN_SHARE = 0.35


def own_script(text: str) -> str:
    """The script other than Latin that the text is written in ("GEORGIAN", "THAI", ...), or
    "" for a text in Latin letters (a name quoted in another script does not make one)."""
    counts = Counter(_script(c) for c in text if c.isalpha())
    weighted = {s: n * _WEIGHT.get(s, 1.0) for s, n in counts.items()}
    # (Arabic script's names are read by their own cues, `people._arabic_names`.)
    others = [s for s in weighted if s not in ("LATIN", "ARABIC", "")]
    if not others:
        return ""
    top = max(others, key=lambda s: weighted[s])
    return top if weighted[top] >= _OWN_SHARE * sum(weighted.values()) else ""


# What parts the words of a line: spaces, brackets, quotes and the marks that end a clause.
_WORD_BREAK = re.compile(r"[\s()\[\]{}«»\"“”„,;:!?。、，；：（）·/]+")


def _bare(raw: str) -> str:
    """A word without the punctuation and symbols at its ends (vowel signs are marks: kept)."""
    start, end = 0, len(raw)
    while start < end and unicodedata.category(raw[start])[0] in "PSN":
        start += 1
    while end > start and unicodedata.category(raw[end - 1])[0] in "PSN":
        end -= 1
    return raw[start:end]


def _tokens(line: str, script: str) -> list[str]:
    """The words of a line written in `script` ("" where a word is not: a window never spans
    it)."""
    out = []
    for raw in _WORD_BREAK.split(line):
        word = _bare(raw)
        letters = [c for c in word if c.isalpha()]
        ok = bool(letters) and all(_script(c) == script for c in letters)
        out.append(word if ok else "")
    return out


def _spelling_in(text: str, script: str, name: str) -> tuple[str, int] | None:
    """The spelling in `script` of a Latin `name` the text gives: a run of as many words or
    fewer (scripts that write a name without spaces) whose consonants match the name's; of
    those, the closest, then the one written most often."""
    target = skeleton(name)
    if len(target) < 3:
        return None
    size = len(name.split())
    found: Counter[str] = Counter()
    best: dict[str, float] = {}
    # (By paragraph: a page's line may break inside the name, "Дәулет" / "Сейітқалиев".)
    for line in re.split(r"\n[ \t]*\n", text):
        tokens = _tokens(line.replace("\n", " "), script)
        for i, first in enumerate(tokens):
            # (Its first consonant among the name's first two, or the reverse: Hebrew and
            # Armenian write some vowels with letters of consonants.)
            head = skeleton(first)[:2]
            if not head or (head[0] not in target[:2] and target[0] not in head):
                continue
            for n in range(1, size + 1):
                window = tokens[i : i + n]
                if len(window) < n or not all(window):
                    break
                form = " ".join(window)
                bones = skeleton(form)
                if not 0.6 <= len(bones) / len(target) <= 1.5:
                    continue
                matcher = difflib.SequenceMatcher(None, bones, target)
                if matcher.quick_ratio() < _THRESHOLD:
                    continue
                ratio = matcher.ratio()
                if ratio >= _THRESHOLD:
                    found[form] += 1
                    best[form] = ratio
    if not found:
        return None
    # A form that another found form ends (a case ending, an article: "X-s", "X-ը") is the
    # name's own, counted with them.
    for form in list(found):
        for other in found:
            if other != form and other.startswith(form) and len(other) - len(form) <= 3:
                found[form] += found[other]
                best[form] = max(best[form], best[other])
    form = max(found, key=lambda f: (round(best[f], 1), found[f], -len(f)))
    return form, found[form]


# How alike the consonants of one word of a name and its Latin spelling need be (a letter's
# Unicode name reads some vowels as consonants: Thai "ใ" gives "m").
_WORD_THRESHOLD = 0.6


def spells(native: str, latin: str) -> bool:
    """Whether the words of `native` spell those of the Latin `latin`, word by word, by their
    consonants ("रमेश कुमार" of "Ramesh Kumar"; not "पत्रकार कुमार", the journalist Kumar;
    mend27b). A Latin word without consonants to compare ("Ai") passes."""
    words, spelt = native.split(), latin.split()
    if len(words) != len(spelt):
        return False
    for word, other in zip(words, spelt, strict=True):
        want = skeleton(other)
        if not want:
            continue
        have = skeleton(word)
        if difflib.SequenceMatcher(None, have, want).ratio() < _WORD_THRESHOLD:
            return False
    return True


def _glossed(text: str, a: str, b: str) -> bool:
    """One spelling written in brackets right after the other ("X (Latin X)"): a foreign
    name the text gives in its own script and glosses with its original spelling."""
    return any(
        re.search(rf"{re.escape(x)}[^()\n]{{0,15}}\(\s*{re.escape(y)}", text)
        for x, y in ((a, b), (b, a))
    )


def _latin_count(text: str, script: str, name: str) -> int:
    """How often the text's own passages write `name` in Latin letters: on the lines where the
    letters of its script outnumber the Latin ones. A bilingual page's English half (a model
    letter, the original appeal) writes the Latin spelling wherever the name comes; the text's
    own language writes its own spelling there (session 30f)."""
    count = 0
    for line in text.split("\n"):
        if name not in line:
            continue
        times = line.count(name)
        scripts = Counter(_script(c) for c in line if c.isalpha())
        others = scripts["LATIN"] - times * sum(c.isalpha() for c in name)
        if scripts[script] * _WEIGHT.get(script, 1.0) > others:
            count += times
    return count


def in_own_script(people: list[Person], text: str) -> list[Person]:
    """Each person named in Latin letters in a document of another script, renamed to the
    spelling the document's script gives (the Latin one kept as another spelling)."""
    script = own_script(text)
    if not script or not people:
        return people
    taken = {p.name for p in people}
    # The people the text's own script already names: a Latin spelling of one of them is the
    # same person written a second way (the English half's "X" of the text's own "Х").
    natives = {
        p.name: p
        for p in people
        if any(c.isalpha() for c in p.name)
        and all(_script(c) == script for c in p.name if c.isalpha())
    }
    merged: set[int] = set()
    for person in people:
        letters = [c for c in person.name if c.isalpha()]
        if not letters or not all(_script(c) == "LATIN" for c in letters):
            continue
        found = _spelling_in(text, script, person.name)
        if found is None:
            continue
        spelling, count = found
        if spelling in natives and natives[spelling] is not person:
            native = natives[spelling]
            native.also_known_as += [person.name, *person.also_known_as]
            merged.add(id(person))
            continue
        if spelling in taken or count < _latin_count(text, script, person.name):
            continue  # a name the text writes in Latin letters more often than in its own
        if _glossed(text, spelling, person.name):
            continue  # "X (Latin X)": the foreign name's own spelling is its name
        taken.add(spelling)
        person.also_known_as = [person.name, *person.also_known_as]
        person.name = spelling
    return [p for p in people if id(p) not in merged]
