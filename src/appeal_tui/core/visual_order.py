"""Visual order for right-to-left text on terminals that do not reorder it themselves.

Text is stored and passed around in logical order (the order it is typed and read). Terminals
such as GNOME Terminal (VTE), Konsole and mlterm reorder Persian and Arabic for display
themselves; tmux, screen, xterm, kitty and many others print the characters left to right as
they come, so a Persian sentence reads backwards. For those, each *displayed line* (after
wrapping: reordering a paragraph before wrapping would put its end on its first line) is
reordered here with the Unicode bidirectional algorithm (python-bidi), and this is the only
place that does it: the letter renderer (`render.py`) and the TUI's widgets
(`ui/visual_lines.py`) both call `visual_order`.

Only the line's text between its margins is reordered: blanks and box-drawing characters at
either end stay where they are, so a right-aligned line stays right-aligned and a frame stays a
frame. Combining marks (Arabic harakat) are kept after their letter, where a terminal expects
them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic
# supplements and presentation forms, and the right-to-left planes).
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# Margin characters: blanks, and the box-drawing and block characters frames are drawn with.
_MARGIN = " \t\u00a0" + "".join(chr(c) for c in range(0x2500, 0x25A0))


def has_rtl(text: str) -> bool:
    """Whether `text` has any right-to-left letter (else its visual order is its own)."""
    return _RTL.search(text) is not None


def starts_rtl(text: str) -> bool:
    """Whether `text` is a right-to-left paragraph (its first strong letter is; rules P2, P3)."""
    from bidi import algorithm  # type: ignore[import-untyped]

    return has_rtl(text) and algorithm.get_base_level(text) == 1


def margins(text: str) -> tuple[int, int]:
    """Where `text` starts and ends once blanks and frame characters at either end are set
    aside (start == end for a line of margin only)."""
    start = len(text) - len(text.lstrip(_MARGIN))
    end = len(text.rstrip(_MARGIN))
    return (start, max(start, end))


def visual_order(text: str, rtl: bool | None = None) -> list[tuple[int, str]]:
    """`text`'s characters in the order a left-to-right terminal must print them: (index in
    `text`, character as shown; brackets are mirrored inside right-to-left runs). The identity
    for a line without right-to-left letters. `rtl`: whether the line belongs to a right-to-left
    paragraph (a wrapped line of one may start with a Latin name); None: as its first strong
    letter says."""
    if not has_rtl(text):
        return list(enumerate(text))
    start, end = margins(text)
    return [
        *enumerate(text[:start]),
        *((start + index, char) for index, char in _reordered(text[start:end], rtl)),
        *((end + index, char) for index, char in enumerate(text[end:])),
    ]


def visual_line(text: str, rtl: bool | None = None) -> str:
    """`text` (one line) as a left-to-right terminal must print it (`rtl`: see `visual_order`)."""
    if not has_rtl(text):
        return text
    return "".join(char for _, char in visual_order(text, rtl))


@lru_cache(maxsize=4096)
def _reordered(text: str, rtl: bool | None) -> tuple[tuple[int, str], ...]:
    """The bidirectional algorithm on one line, keeping which character went where; its base
    direction `rtl`, or (None) taken from its first strong character (rules P2, P3)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    base = algorithm.get_base_level(text) if rtl is None else int(rtl)
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    algorithm.get_embedding_levels(text, storage, False, False)
    for index, char in enumerate(storage["chars"]):
        char["index"] = index
    algorithm.explicit_embed_and_overrides(storage, False)
    algorithm.resolve_weak_types(storage, False)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    shown = [(char["index"], char["ch"]) for char in storage["chars"]]
    return tuple(_marks_after_letters(_with_removed(text, shown)))


def _with_removed(text: str, shown: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The algorithm sets aside formatting characters (rule X9: the zero-width non-joiner in
    «می‌خواهم», …); put each back between the characters it stood between."""
    present = {index for index, _ in shown}
    for index in (i for i in range(len(text)) if i not in present):
        where = {i: n for n, (i, _) in enumerate(shown)}
        before, after = where.get(index - 1), where.get(index + 1)
        if before is not None and after is not None and abs(before - after) == 1:
            place = max(before, after)
        elif before is not None:
            place = before + 1
        elif after is not None:
            place = after
        else:
            place = 0
        shown.insert(place, (index, text[index]))
    return shown


def _marks_after_letters(shown: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """In reversed runs a letter's combining marks come out before it; put them back after it
    (rule L3), in their logical order."""
    result: list[tuple[int, str]] = []
    marks: list[tuple[int, str]] = []
    for index, char in shown:
        if unicodedata.combining(char):
            marks.append((index, char))
            continue
        if marks and marks[-1][0] == index + 1:
            # Marks collected before this letter belong to it: letter first, marks in order.
            result.append((index, char))
            result.extend(sorted(marks))
        else:
            result.extend(marks)
            result.append((index, char))
        marks = []
    result.extend(marks)
    return result
