"""A table of recipients read cell by cell: its heading row first, then each column's block.

pdftotext without `-layout`, and many tools that turn a web page into text, give a table with a
heading row ("President | Minister of Justice | And copies to:") as the headings, one per line,
then the whole first column, the second, and so on. The headings are then cut off from the
blocks they name. A run of two to four such headings right above a zone's first block is
matched back to the blocks below by position: the i-th heading is the i-th block's office when
the block names none, and a "copies" heading makes its block, and every block after it, a copy.
Only the office and "copies" tables every language has are used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from appeal_tui.core.importer.layout import Line, Zone
from appeal_tui.core.importer.phrases import COPIES, COPY_HEADING, HONORIFIC_START
from appeal_tui.core.importer.recipient_blocks import Block
from appeal_tui.core.importer.recipient_lines import (
    looks_like_person,
    looks_like_title,
    rank_then_name,
    split_title_and_name,
)

MAX_HEADS = 4


@dataclass
class ColumnHeads:
    """The headings of a table's columns (an office, or None for a "copies" heading) and the
    indices of their lines, which are no lines of a block."""

    heads: list[str | None]
    lines: set[int]

    def apply(self, blocks: list[Block]) -> None:
        """Give the blocks read below the headings their office and role, by position."""
        if len(blocks) < len(self.heads):
            return
        copy_from = next((i for i, head in enumerate(self.heads) if head is None), None)
        for i, block in enumerate(blocks):
            head = self.heads[i] if i < len(self.heads) else None
            if head is not None and not any(looks_like_title(line) for line in block.lines[:2]):
                block.lines.insert(0, head)
            if copy_from is not None and i >= copy_from:
                block.role = "copy"


def _office_head(line: Line) -> str | None:
    text = line.text.strip().rstrip(":：").strip()
    if (
        line.kind not in ("short", "heading")
        or not text
        or len(text.split()) > 6
        or re.search(r"[\d@,]", text)
        or not looks_like_title(text)
        or HONORIFIC_START.match(text)
        or split_title_and_name(text)[0] is not None
    ):
        return None
    return text


def _copy_head(line: Line) -> bool:
    text = line.text.strip()
    return (
        line.kind in ("copies", "heading")
        and len(text) <= 40
        and not re.search(r"[\d@]", text)
        and (COPY_HEADING.fullmatch(text) is not None or COPIES.search(text) is not None)
    )


def column_heads(lines: list[Line], zone: Zone) -> ColumnHeads | None:
    """The heading row of a table read cell by cell, right above the zone's first block (or
    at the zone's start), when there are two headings or more and at least one is an office."""
    start = zone.start
    while start > 0 and zone.start - start < MAX_HEADS and _is_head(lines[start - 1]):
        start -= 1
    heads: list[str | None] = []
    indices: set[int] = set()
    index = start
    while index < zone.end and len(heads) <= MAX_HEADS:
        line = lines[index]
        if line.kind == "blank":
            index += 1
            continue
        if not _is_head(line) or (
            index + 1 < zone.end and rank_then_name(line.text, lines[index + 1].text)
        ):
            break  # ("الرئيس X Y Z" over its office in full: a name, no heading)
        heads.append(_office_head(line))
        indices.add(index)
        index += 1
    if (
        not 2 <= len(heads) <= MAX_HEADS
        or index >= zone.end
        or heads[0] is None  # "Copies to:" over an office and its block is no table
        or heads.count(None) > 1
    ):
        return None
    # A column below each heading: as many people named below as there are headings.
    named = sum(
        1
        for line in lines[index : zone.end]
        if looks_like_person(line.text) and not looks_like_title(line.text)
    )
    if named < len(heads):
        return None
    return ColumnHeads(heads, indices)


def _is_head(line: Line) -> bool:
    return _office_head(line) is not None or _copy_head(line)
