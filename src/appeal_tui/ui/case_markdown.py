"""Case text (summary, background, tips, notes) is Markdown: shown as such, and safely.

docs/case-format.md lets organisers write `*italic*`, `**bold**` and `- ` lists, and wrap
their lines in the YAML file as they like. markdown-it (CommonMark, raw HTML off) parses the
text; we build Rich `Text` from its tokens ourselves, so nothing in a case file is ever read as
Textual or Rich markup, a link never becomes clickable (its address is shown after its words),
raw HTML is shown as the characters it is, and wrapped lines join into one paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.style import Style
from rich.table import Table
from rich.text import Text

from appeal_tui.ui.display_text import clean

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

BULLET = "• "
QUOTE = "│ "
# Nested lists and continuation paragraphs are indented this much per level.
INDENT = 2


@cache
def _parser() -> MarkdownIt:
    """The Markdown parser, made when a case is first shown (importing it is a tenth of the
    app's start, and the first screen lists cases before it shows one)."""
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


_STYLES = {
    "em_open": Style(italic=True),
    "strong_open": Style(bold=True),
    "s_open": Style(strike=True),
}
_CLOSES = {"em_close", "strong_close", "s_close"}


@dataclass
class Block:
    """One paragraph, heading, list item or code block, with how it is set off on screen."""

    text: Text
    # "• ", "3. " on an item's first block; empty otherwise.
    marker: str = ""
    # Columns before the marker (or before the text): nested lists, item continuations.
    indent: int = 0
    quote: int = 0
    # A blank line before this block (not between the items of a tight list).
    gap: bool = True
    kind: str = "paragraph"
    children: list[Block] = field(default_factory=list)

    @property
    def lead(self) -> str:
        return QUOTE * self.quote + " " * self.indent + self.marker


def inline_text(text: str) -> Text:
    """One paragraph of case Markdown (`**bold**`, `*italic*`) as Rich `Text`."""
    blocks = markdown_blocks(text)
    if not blocks:
        return Text()
    result = Text()
    for index, block in enumerate(blocks):
        if index:
            result.append(" ")
        result.append_text(block.text)
    return result


def markdown_blocks(text: str | None) -> list[Block]:
    """`text` as blocks to show: paragraphs (wrapped lines joined), headings, list items."""
    source = clean(text).strip("\n")
    if not source.strip():
        return []
    return _Builder().build(_parser().parse(source))


def render_blocks(blocks: Sequence[Block]) -> RenderableType:
    """Blocks as one Rich renderable; list items wrap under their own text, not the bullet."""
    parts: list[RenderableType] = []
    for index, block in enumerate(blocks):
        if index and block.gap:
            parts.append(Text())
        lead = block.lead
        if not lead:
            parts.append(block.text)
            continue
        grid = Table.grid(expand=True)
        grid.add_column(width=cell_len(lead), no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(lead, style=Style(dim=True) if block.quote else ""), block.text)
        parts.append(grid)
    return Group(*parts)


class _Builder:
    """Walks markdown-it's token stream, keeping track of the lists and quotes around."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        # One entry per open list: the next item's number, None for a bullet list.
        self.lists: list[int | None] = []
        self.quote = 0
        # The marker waiting for the first block of the list item just opened.
        self.pending_marker = ""

    def build(self, tokens: list[Token]) -> list[Block]:
        hidden_paragraph = False
        kind = "paragraph"
        for token in tokens:
            match token.type:
                case "bullet_list_open":
                    self.lists.append(None)
                case "ordered_list_open":
                    start = token.attrGet("start")
                    self.lists.append(int(start) if isinstance(start, int | str) else 1)
                case "bullet_list_close" | "ordered_list_close":
                    self.lists.pop()
                case "list_item_open":
                    number = self.lists[-1]
                    if number is None:
                        self.pending_marker = BULLET
                    else:
                        number = int(token.info) if token.info.isdigit() else number
                        self.pending_marker = f"{number}{token.markup or '.'} "
                        self.lists[-1] = number + 1
                case "blockquote_open":
                    self.quote += 1
                case "blockquote_close":
                    self.quote -= 1
                case "paragraph_open":
                    hidden_paragraph = token.hidden
                    kind = "paragraph"
                case "heading_open":
                    hidden_paragraph = False
                    kind = "heading"
                case "inline":
                    styled = _inline(token.children or [])
                    if kind == "heading":
                        styled.stylize(Style(bold=True))
                    self._add(styled, kind, tight=hidden_paragraph)
                case "code_block" | "fence":
                    self._add(Text(token.content.rstrip("\n")), "code", tight=False)
                case "hr":
                    self._add(Text("―" * 8, style=Style(dim=True)), "rule", tight=False)
                case "html_block":  # only with html on; kept as the characters it is
                    self._add(Text(token.content.rstrip("\n")), "paragraph", tight=False)
        return self.blocks

    def _add(self, text: Text, kind: str, *, tight: bool) -> None:
        depth = len(self.lists)
        marker, self.pending_marker = self.pending_marker, ""
        # Text inside a list item starts where the item's own text starts.
        indent = max(0, depth - 1) * INDENT
        if depth and not marker:
            indent = depth * INDENT
        previous = self.blocks[-1] if self.blocks else None
        gap = not (tight and previous is not None and previous.indent + len(previous.marker) > 0)
        self.blocks.append(
            Block(text, marker=marker, indent=indent, quote=self.quote, gap=gap, kind=kind)
        )


def _inline(children: list[Token]) -> Text:
    text = Text()
    styles: list[Style] = []
    links: list[str] = []
    link_starts: list[int] = []

    def add(words: str) -> None:
        style = Style.combine(styles) if styles else Style()
        text.append(words, style=style)

    for child in children:
        kind = child.type
        if kind == "text":
            add(child.content)
        elif kind == "softbreak":
            add(" ")  # a line wrapped in the YAML file, not a new paragraph
        elif kind == "hardbreak":
            add("\n")
        elif kind in _STYLES:
            styles.append(_STYLES[kind])
        elif kind in _CLOSES:
            if styles:
                styles.pop()
        elif kind == "code_inline":
            add(child.content)
        elif kind == "link_open":
            href = child.attrGet("href")
            links.append(href if isinstance(href, str) else "")
            link_starts.append(len(text.plain))
        elif kind == "link_close":
            href = links.pop() if links else ""
            start = link_starts.pop() if link_starts else 0
            words = text.plain[start:]
            # Never a terminal hyperlink or an action: the address is shown, to copy if wanted.
            if href and href not in (words, f"mailto:{words}"):
                text.append(f" ({href})", style=Style(dim=True))
        elif kind == "image":
            alt = "".join(c.content for c in child.children or [])
            add(alt or child.content)
        else:
            add(child.content)
    return text
