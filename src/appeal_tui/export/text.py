"""Letters as plain text and as Markdown.

Text is UTF-8 in logical order (right-to-left letters too: editors, browsers and printers do
the reordering). Paragraphs are not hard-wrapped, so mail programs and editors can flow them.
Text to be put into the writer's own words keeps its mark, so it is never sent by mistake.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from appeal_tui.core.compose import PLACEHOLDER_MARK
from appeal_tui.core.hidden_text import without_hidden
from appeal_tui.core.model import Letter, Paragraph

# Separates letters in one text file: a line holding only a form feed (a new page in print).
LETTER_SEPARATOR = "\f"


def without_controls(text: str) -> str:
    """`text` without hidden characters (`core.hidden_text`), keeping the form feed between
    letters. The loader refuses them in case files, but a Letter can be made from other text (a
    draft from someone's bundle), and a terminal showing an exported file would obey an ESC
    sequence in it."""
    return without_hidden(text, keep="\f")


def paragraph_text(paragraph: Paragraph) -> str:
    """A paragraph as it is printed: text to reword keeps its mark."""
    if paragraph.kind == "placeholder":
        return PLACEHOLDER_MARK + paragraph.text
    return paragraph.text


def _middle_blocks(letter: Letter) -> list[str]:
    """The parts between the sender block and the signature, each a block of lines; empty
    parts left out."""
    blocks: list[str] = []
    if letter.date_text:
        blocks.append(letter.date_text)
    if letter.recipient_block:
        blocks.append("\n".join(letter.recipient_block))
    if letter.subject:
        blocks.append(letter.subject)
    if letter.salutation:
        blocks.append(letter.salutation)
    blocks.extend(paragraph_text(p) for p in letter.paragraphs)
    if letter.closing:
        blocks.append(letter.closing)
    return blocks


@dataclass(frozen=True)
class SignedText:
    """A letter's plain text with its signer's parts left open: the sender block at the top
    and the signature. `letter_to_text` is `SignedText.of(letter).signed(letter.sender_block,
    letter.signature)`, so a batch renders the rest of a letter once and signs it for each
    signer, with the same bytes as rendering each signer's letter."""

    # The blocks between the sender block and the signature, joined, controls removed; None
    # when there are none (an empty paragraph is still a block).
    middle: str | None
    # The copy list after the signature, controls removed; None without copies.
    after: str | None

    @classmethod
    def of(cls, letter: Letter) -> SignedText:
        """The parts of `letter` that do not depend on who signs it."""
        blocks = _middle_blocks(letter)
        middle = without_controls("\n\n".join(blocks)) if blocks else None
        after = None
        if letter.copies:
            after = without_controls("\n".join([letter.copy_heading, *letter.copies]).strip("\n"))
        return cls(middle, after)

    def signed(self, sender_block: Sequence[str], signature: Sequence[str]) -> str:
        """The letter's text with this sender block and signature, ending with a newline."""
        parts: list[str] = []
        if sender_block:
            parts.append(without_controls("\n".join(sender_block)))
        if self.middle is not None:
            parts.append(self.middle)
        signed_by = "\n".join(signature)
        if signed_by:
            parts.append(without_controls(signed_by))
        if self.after is not None:
            parts.append(self.after)
        return "\n\n".join(parts) + "\n"

    def signed_bytes(self, sender_block: Sequence[str], signature: Sequence[str]) -> bytes:
        """`signed(...)` as UTF-8: the parts every signer shares are encoded once (encoding
        the whole letter again was a third of a batch letter's time)."""
        parts: list[bytes] = []
        if sender_block:
            parts.append(without_controls("\n".join(sender_block)).encode("utf-8"))
        if self._middle_utf8 is not None:
            parts.append(self._middle_utf8)
        signed_by = "\n".join(signature)
        if signed_by:
            parts.append(without_controls(signed_by).encode("utf-8"))
        if self._after_utf8 is not None:
            parts.append(self._after_utf8)
        return b"\n\n".join(parts) + b"\n"

    @cached_property
    def _middle_utf8(self) -> bytes | None:
        return None if self.middle is None else self.middle.encode("utf-8")

    @cached_property
    def _after_utf8(self) -> bytes | None:
        return None if self.after is None else self.after.encode("utf-8")


def letter_to_text(letter: Letter) -> str:
    """One letter as plain text, laid out like a letter, ending with a newline."""
    return SignedText.of(letter).signed(letter.sender_block, letter.signature)


def letters_to_text(letters: Sequence[Letter]) -> str:
    """Several letters, separated by a line holding only a form feed."""
    return f"\n{LETTER_SEPARATOR}\n".join(letter_to_text(x).rstrip("\n") for x in letters) + "\n"


# CommonMark lets any ASCII punctuation be escaped; these are the ones that can start markup.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|&!~{}#])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))", re.MULTILINE)


def markdown_escape(text: str) -> str:
    """`text` as literal Markdown: no links, emphasis, HTML or headings can come from it."""
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, mark = match.group(1), match.group(2)
    if mark.isdigit():  # "1." starts a list: escape the dot after the number
        return indent + mark + "\\"
    return indent + "\\" + mark


def _md_lines(lines: Iterable[str]) -> str:
    # A backslash at the end of a line is a hard line break in CommonMark.
    return "\\\n".join(markdown_escape(line) for line in lines)


def letter_to_markdown(letter: Letter) -> str:
    """One letter as Markdown; right-to-left letters are wrapped in a `dir="rtl"` block."""
    blocks: list[str] = []
    if letter.sender_block:
        blocks.append(_md_lines(letter.sender_block))
    if letter.date_text:
        blocks.append(markdown_escape(letter.date_text))
    if letter.recipient_block:
        blocks.append(_md_lines(line for line in letter.recipient_block))
    if letter.subject:
        blocks.append(f"**{markdown_escape(letter.subject)}**")
    if letter.salutation:
        blocks.append(_md_lines(letter.salutation.split("\n")))
    for p in letter.paragraphs:
        text = _md_lines(p.text.split("\n"))
        if p.kind == "placeholder":
            text = f"*{markdown_escape(PLACEHOLDER_MARK.strip())}* {text}"
        blocks.append(text)
    if letter.closing:
        blocks.append(markdown_escape(letter.closing))
    if any(letter.signature):
        blocks.append(_md_lines(letter.signature))
    if letter.copies:
        items = "\n".join(f"- {markdown_escape(c)}" for c in letter.copies)
        heading = markdown_escape(letter.copy_heading)
        blocks.append(f"{heading}\n\n{items}" if heading else items)
    body = "\n\n".join(blocks)
    if letter.direction == "rtl":
        lang = re.sub(r"[^A-Za-z0-9-]", "", letter.language)
        body = f'<div dir="rtl" lang="{lang}">\n\n{body}\n\n</div>'
    return without_controls(body) + "\n"


def letters_to_markdown(letters: Sequence[Letter]) -> str:
    """Several letters as Markdown, separated by horizontal rules."""
    return "\n---\n\n".join(letter_to_markdown(x) for x in letters)
