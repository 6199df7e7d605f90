"""One appeal inside material made for a group (session 25, round 25k): an event pack, a school
worksheet, a toolkit, a meeting's handout, a newsletter, a digest or a bulletin with other items.

What every such document has by construction, whatever its language and layout:

1. It is made of sections, each opened by a heading the document shows as one: a line the file
   marks (Markdown's "#", HTML's <h1>-<h6>), a line between rules ("-----", "====="), a short
   numbered line ("4. The case: ..."), or a short line in capitals ("VIE DU GROUPE") or behind
   a pictogram ("■ ...", "【...】"). A section's heading is one of these shapes, and one shape
   parts the whole document (the shape used at least twice, the file's own marks first).
2. The appeal is one of the sections (or a few next to each other): the one that says whom to
   write to ("Write to:", "Copies to:") and holds the recipients. The other sections are the
   group's own: its agenda, rota, staff, sick list, meetings, other cases for information.
   Their people are no one at risk, and their contact blocks no recipient.

So the case's sections are the sections that hold a "write to" or "copies" line or a primary
recipient, and any section that names someone at risk named there (the story told under a
heading of its own). People named only in other sections, and recipients read only there, are
the group's, unless a section that names them tells of a risk (`phrases.RISK_WORDS`:
"arrested", "held incommunicado", "sentenced"): an urgent action's own headings ("What
happened", "Background") part its story, and a colleague arrested under "Additional
information" is at risk too (mend25a). Nothing changes when the case's sections name no one
(the story may be anywhere), or when the document is not in sections (an urgent action as
published).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

# A rule: one sign repeated ("-----", "= = =", "*****", "───"), nothing else on the line.
_RULE = re.compile(r"[ \t]*([-=_*~─━═—–·•+#])(?:[ \t]?\1){2,}[ \t]*")
# A numbered heading: "4. Der Fall: ...", "2) ...", "IV. ...", "１．..." (any script's digits).
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)．）][ \t]*(\S.*)")
# A heading behind a pictogram or in brackets of East Asian print ("■ 今月の行動", "【...】").
_DECORATED = re.compile(r"[ \t]*[■□▪▶►◆◇●◎★☆※◉❖✦✪【〔［《]")
# A line that ends a sentence or a list entry is no heading.
_ENDS_SENTENCE = re.compile(r"[.,;!?。，；！？]\s*$")
_SENTENCE_ENDS = (".", "!", "?", ":", "。", "！", "？", "：", "»", "”", '"', ")")
_MAX_WORDS = 12
_MAX_CHARS = 100
# The line kinds (layout.classify) a heading can have: not a field, a country, a date, a
# "write to" or "copies" line, a greeting or a list item.
_HEADING_KINDS = frozenset({"short", "heading", "prose"})


@dataclass(frozen=True)
class Section:
    """Lines `start` to `end` (0-based, end excluded) of the text."""

    start: int
    end: int


def _short(text: str) -> bool:
    return (
        bool(text)
        and len(text) <= _MAX_CHARS
        and len(text.split()) <= _MAX_WORDS
        and not _ENDS_SENTENCE.search(text)
        and any(c.isalpha() for c in text)
    )


def _capitals(text: str) -> bool:
    cased = [c for c in text if c.isupper() or c.islower()]
    return len(cased) >= 4 and all(c.isupper() for c in cased)


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold()))


def _marked_levels(raw: str, kind: str) -> dict[str, int]:
    """The level of each heading the file marks, by its words folded."""
    levels: dict[str, int] = {}
    if kind == "markdown":
        for m in re.finditer(r"^(#{1,6})[ \t]+(\S[^\n]{0,300})$", raw, re.MULTILINE):
            levels.setdefault(_folded(m.group(2)), len(m.group(1)))
    elif kind == "html":
        for m in re.finditer(r"<h([1-6])\b[^>]{0,300}>([^\n]{0,600}?)</h\1", raw, re.I | re.S):
            words = _folded(re.sub(r"<[^>]{0,300}>", " ", m.group(2)))
            levels.setdefault(words, int(m.group(1)))
    return levels


def sections(
    text: str,
    kinds: dict[int, str],
    *,
    headings: Sequence[str] = (),
    raw: str = "",
    file_kind: str = "text",
    least: int = 3,
) -> list[Section]:
    """The document's sections (see the module's doc), or [] when it is not in sections
    (fewer than `least`). `kinds`: each line's kind by its 1-based number
    (layout.document_lines)."""
    lines = text.split("\n")
    rules = [i for i, line in enumerate(lines) if _RULE.fullmatch(line)]
    # A heading between two rules ("-----" / "2. THE CASE" / "-----") is one boundary.
    bounds: set[int] = set()
    last: int | None = None
    for i in rules:
        if (
            last is not None
            and i - last <= 4
            and sum(1 for j in range(last + 1, i) if lines[j].strip()) <= 2
        ):
            continue
        bounds.add(i)
        last = i

    def opens(i: int) -> bool:
        """Whether line i stands where a heading can: first, after a blank line or a rule,
        or after a line that ends a sentence (a PDF's text layer may lose the blank line);
        not right under an address's line."""
        if i == 0 or not lines[i - 1].strip() or _RULE.fullmatch(lines[i - 1]):
            return True
        return lines[i - 1].rstrip().endswith(_SENTENCE_ENDS)

    marked_levels = _marked_levels(raw, file_kind)
    marked = {_folded(h) for h in headings}
    by_level: dict[int, list[int]] = {}
    numbered: list[int] = []
    capitals: list[int] = []
    decorated: list[int] = []
    for i, line in enumerate(lines):
        text_i = line.strip()
        if not _short(text_i):
            continue
        folded = _folded(text_i)
        if folded and folded in marked:
            # (The file says it is a heading, whatever it holds: "Case study: X, Country".)
            by_level.setdefault(marked_levels.get(folded, 2), []).append(i)
            continue
        kind = kinds.get(i + 1, "short")
        if not opens(i):
            continue
        number = _NUMBERED.fullmatch(text_i)
        if number:
            if (
                kind in _HEADING_KINDS | {"item"}
                and not _names_someone(number.group(1))
                and not number.group(1)[:1].islower()
                and not _listed(lines, i)
            ):
                numbered.append(i)
        elif kind not in _HEADING_KINDS:
            continue
        elif _capitals(text_i) and not _names_someone(text_i):
            capitals.append(i)
        elif _DECORATED.match(text_i):
            decorated.append(i)
    chosen: list[int] = []
    for level in sorted(by_level):
        if len(by_level[level]) >= 2:
            chosen = by_level[level]
            break
    else:
        for shape in (numbered, capitals, decorated):
            if len(shape) >= 2:
                chosen = shape
                break
    cuts = sorted(bounds | set(chosen))
    if not cuts:
        return []
    starts = ([0] if cuts[0] > 0 else []) + cuts
    out = [Section(a, b) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    out = [
        s
        for s in out
        if any(lines[j].strip() and not _RULE.fullmatch(lines[j]) for j in range(s.start, s.end))
    ]
    return out if len(out) >= least else []


def _names_someone(text: str) -> bool:
    """A heading-shaped line that is an office or a body ("MINISTRY OF JUSTICE", "1) President
    of the Republic:"): a recipient's line, no section's heading."""
    from appeal_tui.core.importer.recipient_lines import looks_like_organisation, looks_like_title

    words = text.rstrip(":：").strip()
    return any(
        f(form)
        for f in (looks_like_title, looks_like_organisation)
        for form in (words, words.title())
    )


def _number(text: str) -> int | None:
    m = re.match(r"[ \t]*(\d{1,2})[.)．）]", text)
    return int(m.group(1)) if m else None


def _listed(lines: list[str], i: int) -> bool:
    """A numbered line next to the line numbered one less or one more (a table of contents, an
    agenda, a list of asks): a list entry, no heading. (A heading "3. ..." over a list "1. ..."
    is still one.)"""
    own = _number(lines[i])
    if own is None:
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].strip():
            j += step
        if 0 <= j < len(lines) and _number(lines[j]) == own + step:
            return True
    return False


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_][\w’'\-]*", name) if len(w) >= 3 or not _cased(w)]


def _cased(word: str) -> bool:
    return any(c.isupper() or c.islower() for c in word)


def mentions(name: str, text: str) -> bool:
    """Whether `text` names `name` by any of its words, in any case ending ("Ирину Солнцеву"
    for "Ирина Солнцева", "Karimin" for "Karim"): a word of a cased script by its first letters
    (all but the last two of a long word), opening a word; one of a script without capitals
    as written anywhere (names are written without spaces there)."""
    for word in _name_words(name):
        if not _cased(word):
            if word in text:
                return True
            continue
        if not word[:1].isupper():
            continue
        stem = word if len(word) <= 4 else word[: max(4, len(word) - 2)]
        if re.search(rf"(?<![^\W\d_]){re.escape(stem)}", text):
            return True
    return False


def case_sections(
    found: Sequence[Section],
    seeds: Iterable[int],
    people: Sequence[Sequence[str]],
    lines: list[str],
) -> set[int] | None:
    """The indexes of the sections that hold the case: those holding a seed line (0-based:
    a "write to" or "copies" line, a primary recipient's first line) and those that name
    someone at risk named there. None when no one at risk is named there (then the case's
    story may be in any section, and nothing is left out). `people`: each person's spellings."""
    if not found:
        return None

    def text_of(k: int) -> str:
        return "\n".join(lines[found[k].start : found[k].end])

    def index(line: int) -> int | None:
        for k, s in enumerate(found):
            if s.start <= line < s.end:
                return k
        return None

    seeded = {k for k in (index(i) for i in seeds) if k is not None}
    if not seeded or len(seeded) == len(found):
        return None
    named_there = [p for p in people if any(mentions(n, text_of(k)) for n in p for k in seeded)]
    if not named_there:
        return None
    case = set(seeded)
    for k in range(len(found)):
        if k not in case and any(mentions(n, text_of(k)) for p in named_there for n in p):
            case.add(k)
    return case


@cache
def _risk() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from appeal_tui.core.importer.phrases import RISK_WORDS

    words = sorted({w for ws in RISK_WORDS.values() for w in ws}, key=len, reverse=True)
    cased = [re.escape(w) for w in words if any(c.isupper() or c.islower() for c in w)]
    uncased = [re.escape(w) for w in words if not any(c.isupper() or c.islower() for c in w)]
    return (
        re.compile(r"(?<![^\W\d_])(?:" + "|".join(cased) + ")", re.IGNORECASE),
        re.compile("|".join(uncased)),
    )


def tells_of_risk(text: str) -> bool:
    """Whether `text` uses a word of a risk to someone (`phrases.RISK_WORDS`: a stem opening a
    word; one of a script without capitals anywhere)."""
    cased, uncased = _risk()
    return cased.search(text) is not None or uncased.search(text) is not None


def section_of(found: Sequence[Section], line: int) -> int | None:
    """The index of the section holding 0-based `line`."""
    for k, s in enumerate(found):
        if s.start <= line < s.end:
            return k
    return None


def group_items(
    text: str,
    kinds: dict[int, str],
    people: Sequence[Sequence[str]],
    seeds: Iterable[int],
    lines_of: Sequence[int],
    *,
    headings: Sequence[str] = (),
    raw: str = "",
    file_kind: str = "text",
) -> tuple[set[int], set[int]]:
    """(the indexes of `people` (each its spellings) that a pack names only in its group's own
    sections: no one at risk; the indexes of `lines_of` (0-based lines, each a recipient's
    first) that lie in those sections, when the case's sections are known from its "write to"
    and "copies" lines alone and hold a recipient too). See the module's doc."""
    found = sections(text, kinds, headings=headings, raw=raw, file_kind=file_kind)
    lines = text.split("\n")
    case = case_sections(found, seeds, people, lines)
    if case is None:
        return set(), set()
    texts = ["\n".join(lines[s.start : s.end]) for s in found]
    theirs = {
        n
        for n, spellings in enumerate(people)
        if not any(mentions(name, texts[k]) for name in spellings for k in case)
        # (A section that names them and tells of a risk is part of a case's story.)
        and not any(
            tells_of_risk(texts[k])
            for k in range(len(found))
            if any(mentions(name, texts[k]) for name in spellings)
        )
    }
    written = [n - 1 for n, kind in kinds.items() if kind in ("write-to", "copies")]
    by_words = case_sections(found, written, people, lines)
    where = [section_of(found, line) for line in lines_of]
    if by_words is None or not any(k in by_words for k in where):
        return theirs, set()
    return theirs, {n for n, k in enumerate(where) if k is not None and k not in by_words}
