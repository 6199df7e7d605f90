"""A text's bytes and markup before it is read (round 31g): mojibake, forum BBCode, wiki source.

* Mojibake: UTF-8 text that a program decoded as Windows-1252 (or Latin-1) and saved again
  ("GuinÃ©e", "nâ€™a", "Ã" + no-break space for "à"). Each run of a lead letter and its
  continuation characters is encoded back to the bytes it came from and decoded as UTF-8; the
  repair is taken only for runs that round-trip into a letter or a punctuation mark, and only
  in a text where at least two runs do (a correct text that merely holds "Ã", as Portuguese
  "SÃO", is never changed: "Ã" before a capital is not a run).
* BBCode (a forum post copied with its tags): "[b]...[/b]", "[url=mailto:x]x[/url]",
  "[quote=...]", "[list][*]". Read only in a text that closes at least two known tags.
* MediaWiki source (a group wiki's page saved as its source): '''bold''', == headings ==,
  [[links|label]], {{templates}}, <ref>, <br />. Read only in a text with two kinds of its signs.

The three hold in every language: they concern bytes and markup, not words.
"""

from __future__ import annotations

import contextlib
import re

# --- Mojibake --------------------------------------------------------------------------------

# The character a byte 0x80-0xBF became when read as Windows-1252 (the five bytes it leaves
# undefined read as Latin-1's C1 controls), and as Latin-1 (C1 controls for 0x80-0x9F).
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _BYTE_OF.setdefault(bytes([_byte]).decode("latin-1"), _byte)
    with contextlib.suppress(UnicodeDecodeError):  # (the five bytes cp1252 leaves undefined)
        _BYTE_OF[bytes([_byte]).decode("cp1252")] = _byte
_CONTINUATION = "".join(
    re.escape(ch) for ch, byte in sorted(_BYTE_OF.items()) if 0x80 <= byte <= 0xBF
)
_CONT = f"[{_CONTINUATION}]"
# A UTF-8 sequence read as single bytes: a lead (0xC2-0xDF, 0xE0-0xEF, 0xF0-0xF4) and as many
# continuations as it announces.
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}"
)
# "Ã" + no-break space is "à"; a program that turned the no-break space into a space left "Ã "
# (after a small letter, "voilÃ ", or standing alone, "Ã  Kankan").
_A_GRAVE_SPACED = re.compile(r"(?:(?<=[a-z\u00e0-\u00ff])|(?<!\S))\u00c3 (?=[^\w]|$)")
# (... or one space only, where spaces were folded: "Ã Kankan".)
_A_GRAVE_FOLDED = re.compile(r"(?:(?<=[a-z\u00e0-\u00ff])|(?<!\S))\u00c3(?= \w)")
# What a three- or four-byte sequence may honestly stand for in Western text: punctuation
# (’ “ ” – — … •), currency (€), letter-like signs (™ №) and Latin letters with marks.
_WIDE_KEPT = re.compile(r"[\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]")


def _unmangled(run: str) -> str | None:
    try:
        decoded = bytes(_BYTE_OF[ch] if ord(ch) > 0x7F else ord(ch) for ch in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError, ValueError):
        return None
    if len(decoded) != 1:
        return None
    if ord(decoded) < 0xA0 or 0x250 <= ord(decoded) < 0x300:  # C1 controls, IPA letters
        return None
    if ord(decoded) >= 0x800 and not _WIDE_KEPT.match(decoded):
        return None
    return decoded


def unmojibake(text: str) -> str:
    """`text` with UTF-8 read as Windows-1252 undone, when at least two runs repair."""
    if not _MOJIBAKE.search(text):
        return text
    for _ in range(2):  # twice mangled ("Ãƒâ€š") is undone in two passes
        runs = [m for m in _MOJIBAKE.finditer(text) if _unmangled(m.group(0)) is not None]
        if len(runs) < 2:
            break
        pieces: list[str] = []
        position = 0
        for m in runs:
            pieces.append(text[position : m.start()])
            pieces.append(_unmangled(m.group(0)) or m.group(0))
            position = m.end()
        text = "".join([*pieces, text[position:]])
        text = _A_GRAVE_FOLDED.sub("\u00e0", _A_GRAVE_SPACED.sub("\u00e0", text))
    return text


# --- BBCode ----------------------------------------------------------------------------------

_BB_NAMES = (
    r"b|i|u|s|strike|size|colou?r|font|center|left|right|justify|quote|code|url|email|img|list"
    r"|spoiler|sup|sub|indent|highlight|noparse|hr"
)
_BB_CLOSED = re.compile(rf"\[/(?:{_BB_NAMES})\]", re.IGNORECASE)
_BB_IMG = re.compile(r"\[img(?:=[^\]\n]{0,200})?\][^\[\n]{0,500}\[/img\]", re.IGNORECASE)
_BB_LINK = re.compile(
    r"\[(url|email)=([^\]\n]{1,300})\]([^\[\n]{0,300})\[/\1\]"
    r"|\[(url|email)\]([^\[\n]{1,300})\[/\4\]",
    re.IGNORECASE,
)
_BB_QUOTE = re.compile(r"\[/?quote(?:=[^\]\n]{0,200})?\]", re.IGNORECASE)
_BB_ITEM = re.compile(r"(?m)^([ \t]*)\[\*\][ \t]*")
_BB_TAG = re.compile(rf"\[/?(?:{_BB_NAMES})(?:=[^\]\n]{{0,200}})?\]", re.IGNORECASE)


def _bb_link(m: re.Match[str]) -> str:
    if m.group(5) is not None:
        return m.group(5)
    label = m.group(3).strip()
    target = re.sub(r"(?i)^mailto:", "", m.group(2).strip().strip("\"'"))
    return label or target


def bbcode_text(text: str) -> str:
    """A forum post's text without its BBCode tags (a link its label, an image nothing, a
    quote its own lines, a list item a dash)."""
    if len(_BB_CLOSED.findall(text)) < 2:
        return text
    text = _BB_IMG.sub("", text)
    text = _BB_LINK.sub(_bb_link, text)
    text = _BB_QUOTE.sub("\n", text)
    text = _BB_ITEM.sub(r"\1- ", text)
    return _BB_TAG.sub("", text)


# --- MediaWiki source ------------------------------------------------------------------------

_WIKI_BOLD = re.compile(r"'''[^'\n]+'''")
_WIKI_HEADING = re.compile(r"(?m)^(={1,6})[ \t]*([^=\n][^\n]*?)[ \t]*\1[ \t]*$")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{0,200}))?\]\]")
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]{0,5000}\}\}")
_WIKI_REF = re.compile(r"<ref\b[^>/]{0,200}/>|<ref\b[^>]{0,200}>.{0,2000}?</ref>", re.S | re.I)
_WIKI_BREAK = re.compile(r"<br\s*/?>[ \t]*\n?", re.IGNORECASE)
_WIKI_EXTERNAL = re.compile(r"\[((?:mailto:|https?://)[^\s\]]{1,300})(?:[ \t]+([^\]\n]{1,300}))?\]")
# A line of nothing but namespaced links ("[[Category:...]]", "[[Kategorie:...]]").
_WIKI_META_LINE = re.compile(r"(?m)^[ \t]*(?:\[\[[^\[\]\n:|]{1,40}:[^\[\]\n]{1,200}\]\][ \t]*)+$")
_WIKI_NUMBERED = re.compile(r"#+[ \t]*(?=\S)")
_WIKI_MAGIC = re.compile(r"__[A-Z]{4,20}__")


def wiki_signs(text: str) -> int:
    """How many kinds of MediaWiki's own signs `text` shows."""
    return sum(
        1
        for pattern in (_WIKI_BOLD, _WIKI_HEADING, _WIKI_LINK, _WIKI_TEMPLATE)
        if pattern.search(text)
    )


def wikitext(text: str) -> str:
    """A wiki page's source as its reader sees it, when it shows two kinds of wiki signs (bold
    or a heading among them: a Markdown note's "[[links]]" alone are not a wiki's)."""
    if wiki_signs(text) < 2 or not (_WIKI_BOLD.search(text) or _WIKI_HEADING.search(text)):
        return text
    for _ in range(3):  # templates inside templates, innermost first
        text = _WIKI_TEMPLATE.sub("", text)
    text = _WIKI_REF.sub("", text)
    text = _WIKI_META_LINE.sub("", text)
    text = _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    text = _WIKI_EXTERNAL.sub(
        lambda m: (m.group(2) or re.sub(r"^mailto:", "", m.group(1))).strip(), text
    )
    text = _WIKI_HEADING.sub(lambda m: f"\n{m.group(2)}\n", text)
    text = re.sub(r"'{2,5}", "", text)
    text = _WIKI_BREAK.sub("\n", text)
    text = _WIKI_MAGIC.sub("", text)
    # A numbered list's "#" items numbered as printed (each list from 1).
    lines = text.split("\n")
    number = 0
    for index, line in enumerate(lines):
        item = _WIKI_NUMBERED.match(line)
        number = number + 1 if item else 0
        if item:
            lines[index] = f"{number}. {line[item.end() :]}"
    return "\n".join(lines)


def read_markup(raw: str) -> str:
    """`raw` with mojibake undone and forum or wiki markup read (each only where it is)."""
    return wikitext(bbcode_text(unmojibake(raw)))
