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

Round 33a adds the text's FORM, undone before the blocks are split (each only where it is;
an ordinary text is left byte-identical):

* A classic Mac's line ends (a lone CR a line): the lines a reader sees.
* "Fancy" letters (a social post's headings and names in mathematical bold or italic, U+1D400
  to U+1D7FF, and the letterlike script, black-letter and double-struck letters): the plain
  letters their NFKC form gives ("𝗪𝗿𝗶𝘁𝗲 𝘁𝗼" -> "Write to").
* HTML escaped twice (a page whose body shows "<p>" and "&eacute;" as text: "&lt;p&gt;",
  "&amp;eacute;"): the markup the page meant, read as HTML.
* Contacts pasted as vCards (BEGIN:VCARD ... END:VCARD): each card a block of the lines an
  envelope would show (name, title, organisation, address, country, "Fax:", "Email:" ...).
"""

from __future__ import annotations

import bisect
import contextlib
import html
import quopri
import re
import unicodedata

from appeal_tui.core.hidden_text import HIDDEN_CHARACTERS

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


# The lead characters of typical mojibake pairs (a lead byte 0xC2-0xC5 of Latin-1's and
# Latin Extended-A's letters, 0xC8 of Romanian's comma letters, 0xD0-0xD1 of Cyrillic's; 0xE1-0xE2
# of Latin Extended Additional and punctuation) as Windows-1252 shows them (mend31A: "Ç’", "ß“",
# "Ó»" are correct letters before a typographic quote, not mojibake).
_LEADS = "\u00c2\u00c3\u00c4\u00c5\u00c8\u00d0\u00d1\u00e1\u00e2"


def _unmangled(run: str) -> str | None:
    if run[0] not in _LEADS:
        return None
    try:
        decoded = bytes(_BYTE_OF[ch] if ord(ch) > 0x7F else ord(ch) for ch in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError, ValueError):
        return None
    if len(decoded) != 1:
        return None
    code = ord(decoded)
    if code < 0xA0 or (0x180 <= code < 0x400 and not 0x218 <= code <= 0x21B):
        return None  # C1 controls; Latin Extended-B and IPA (but Romanian's ș ț)
    if 0x460 <= code < 0x800:  # no historic Cyrillic, Armenian, Hebrew, Arabic, NKo ...
        return None
    if code >= 0x800 and not _WIDE_KEPT.match(decoded):
        return None
    return decoded


def _cyrillic(ch: str) -> bool:
    return 0x400 <= ord(ch) < 0x460


def unmojibake(text: str) -> str:
    """`text` with UTF-8 read as Windows-1252 undone, when at least two runs repair and the
    text's other non-ASCII letters are fewer than its runs (a correct text keeps its own)."""
    if not _MOJIBAKE.search(text):
        return text
    for _ in range(2):  # twice mangled ("Ãƒâ€š") is undone in two passes
        runs = [
            (m, fixed)
            for m in _MOJIBAKE.finditer(text)
            if (fixed := _unmangled(m.group(0))) is not None
        ]
        # A Cyrillic repair only in a text whose runs are Cyrillic mostly (a Russian text),
        # never one in a Latin text.
        if sum(_cyrillic(fixed) for _, fixed in runs) * 2 < len(runs):
            runs = [(m, fixed) for m, fixed in runs if not _cyrillic(fixed)]
        if len(runs) < 2:
            break
        pieces: list[str] = []
        position = 0
        for m, fixed in runs:
            pieces.append(text[position : m.start()])
            pieces.append(fixed)
            position = m.end()
        outside = "".join(
            piece for index, piece in enumerate([*pieces, text[position:]]) if index % 2 == 0
        )
        outside = _A_GRAVE_FOLDED.sub("", _A_GRAVE_SPACED.sub("", outside))  # ("Ã " is a run)
        own_letters = sum(1 for ch in outside if ord(ch) > 0x7F and ch.isalpha())
        if own_letters >= len(runs):  # a correct text that happens to hold a pair or two
            break
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
_BB_TAG = re.compile(rf"\[/?({_BB_NAMES})(?:=[^\]\n]{{0,200}})?\]", re.IGNORECASE)


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
    # An opening tag only where the text closes its name ("[hr]" closes nothing): a lone
    # "[email]" is a form's blank, not a tag (mend31A).
    closed = {name.casefold() for name in re.findall(r"\[/(\w+)\]", text)} | {"hr"}

    def tag(m: re.Match[str]) -> str:
        read = m.group(0).startswith("[/") or m.group(1).casefold() in closed
        return "" if read else m.group(0)

    return _BB_TAG.sub(tag, text)


# --- MediaWiki source ------------------------------------------------------------------------

_WIKI_BOLD = re.compile(r"'''[^'\n]+'''")
# A heading as evidence: "== h ==" on a line of its own, as many "=" on each side, spaced (an
# Obsidian note's "==highlight==", a separator "=-=-=-=", a quoted-printable "=3D" are none).
_WIKI_HEADING = re.compile(r"(?m)^(={1,6})[ \t]+([^=\s][^=\n]*?\w[^=\n]*?)[ \t]+\1[ \t]*$")
# A heading as read once the text is wiki source ("==h==" too, counts still matching).
_WIKI_HEADING_READ = re.compile(r"(?m)^(={1,6})[ \t]*([^=\s][^=\n]*?\w[^=\n]*?)[ \t]*\1[ \t]*$")
_WIKI_LINK = re.compile(r"\[\[([^\[\]|\n]{1,200})(?:\|([^\[\]\n]{0,200}))?\]\]")
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]{0,5000}\}\}")
# A template with a parameter ("{{Infobox|...}}"): a mail merge's "{{first_name}}" is none.
_WIKI_TEMPLATE_ARGS = re.compile(r"\{\{[^{}|]{1,200}\|[^{}]{0,5000}\}\}")
_WIKI_REF = re.compile(r"<ref\b[^>/]{0,200}/>|<ref\b[^>]{0,200}>.{0,2000}?</ref>", re.S | re.I)
_WIKI_BREAK = re.compile(r"<br\s*/?>[ \t]*\n?", re.IGNORECASE)
_WIKI_EXTERNAL = re.compile(r"\[((?:mailto:|https?://)[^\s\]]{1,300})(?:[ \t]+([^\]\n]{1,300}))?\]")
# A line of nothing but namespaced links ("[[Category:...]]", "[[Kategorie:...]]").
_WIKI_META_LINE = re.compile(r"(?m)^[ \t]*(?:\[\[[^\[\]\n:|]{1,40}:[^\[\]\n]{1,200}\]\][ \t]*)+$")
_WIKI_NUMBERED = re.compile(r"#+[ \t]+(?=\S)")  # "# item" ("#hashtag" is none)
# A Markdown heading: a "#" line standing alone between blank lines (a wiki list's items run
# on, line after line).
_MARKDOWN_HEADING = re.compile(r"(?:\A|\n[ \t]*\n)#{1,6}[ \t]+\S[^\n]*(?=\n[ \t]*\n|\n?\Z)")
_WIKI_MAGIC = re.compile(r"__[A-Z]{4,20}__")


def _is_wiki(text: str) -> bool:
    """Wiki source: a link or a template with a parameter, and bold or a spaced heading; never
    a Markdown text (its "# " headings), never a newsletter's "{{first_name}}" and banners."""
    if not (_WIKI_LINK.search(text) or _WIKI_TEMPLATE_ARGS.search(text)):
        return False
    if not (_WIKI_BOLD.search(text) or _WIKI_HEADING.search(text)):
        return False
    return not _MARKDOWN_HEADING.search(text)


def wikitext(text: str) -> str:
    """A wiki page's source as its reader sees it, where `_is_wiki` (mend31A: a Markdown note's
    "[[links]]" and "==highlight==", a newsletter's banners and placeholders are no wiki's)."""
    if not _is_wiki(text):
        return text
    for _ in range(3):  # templates inside templates, innermost first
        text = _WIKI_TEMPLATE.sub("", text)
    text = _WIKI_REF.sub("", text)
    text = _WIKI_META_LINE.sub("", text)
    text = _WIKI_LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    text = _WIKI_EXTERNAL.sub(
        lambda m: (m.group(2) or re.sub(r"^mailto:", "", m.group(1))).strip(), text
    )
    text = _WIKI_HEADING_READ.sub(lambda m: f"\n{m.group(2)}\n", text)
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


# --- The text's form (round 33a) ---------------------------------------------------------------

# A carriage return that ends no CRLF: a classic Mac's line end.
_LONE_CR = re.compile(r"\r(?!\n)")


def mac_line_ends(text: str) -> str:
    """A lone CR read as the line end it is (what `clean_text` does at the end, done before
    the lines are split, so every reader sees the lines)."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


def _fancy_letter(c: int) -> bool:
    name = unicodedata.name(chr(c), "")
    if 0x1D400 <= c <= 0x1D7FF:
        return name.startswith("MATHEMATICAL")
    # Letterlike symbols that are a styled Latin letter ("ℎ" is the italic h the mathematical
    # block leaves out); never "№", "℃", "™" or "ℵ".
    return name.startswith(("SCRIPT ", "BLACK-LETTER ", "DOUBLE-STRUCK ", "PLANCK CONSTANT"))


# (The double-struck X standing alone is a network's logo, "𝕏 @handle", which the block reader
# knows as a label; inside a word it is a letter.)
_LOGO_X = "\U0001d54f"
FANCY_LETTERS: dict[int, str] = {
    c: unicodedata.normalize("NFKC", chr(c))
    for c in (*range(0x2100, 0x2150), *range(0x1D400, 0x1D800))
    if _fancy_letter(c) and unicodedata.normalize("NFKC", chr(c)).isalnum() and chr(c) != _LOGO_X
}
_FANCY = re.compile("[\u2100-\u214f\U0001d400-\U0001d7ff]")
_X_IN_WORD = re.compile(f"(?<=\\w){_LOGO_X}|{_LOGO_X}(?=\\w)")


def plain_letters(text: str) -> str:
    """Mathematical and letterlike styled letters as the plain letters and digits they show."""
    if not _FANCY.search(text):
        return text
    plain = _X_IN_WORD.sub("X", text).translate(FANCY_LETTERS)
    return text if plain == text else plain


# HTML escaped once more than it should be: tags of a page's body shown as text.
_ESCAPED_TAG = re.compile(
    r"&lt;(/?(?:p|br|div|span|strong|b|i|em|u|h[1-6]|ul|ol|li|a|table|tr|td|th|blockquote)"
    r"\b[^&<>\n]{0,300}?(?:&quot;[^&<>\n]{0,300}?&quot;[^&<>\n]{0,300}?)*/?)&gt;",
    re.IGNORECASE,
)
_ESCAPED_ENTITY = re.compile(
    r"&amp;((?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)"
)
_MIN_ESCAPED_TAGS = 3


def _escaped_form(text: str) -> bool:
    """Whether escaped tags are the document's form: on a quarter of its lines, which hold
    half its text, and on two lines at least unless the text has hardly another line; one
    snippet in a plain text ("To embed this action, use: &lt;p&gt;...") is not (mend 33)."""
    lines = [line for line in text.splitlines() if line.strip()]
    tagged = [line for line in lines if "&lt;" in line and _ESCAPED_TAG.search(line)]
    if not tagged or (len(tagged) < 2 and len(lines) - len(tagged) > 2):
        return False
    share = sum(len(line.strip()) for line in tagged) / sum(len(line.strip()) for line in lines)
    return 4 * len(tagged) >= len(lines) and share >= 0.5


def escaped_markup(text: str) -> str:
    """A page's markup escaped twice ("&lt;p&gt;", "&amp;eacute;") as the markup it meant,
    where three escaped tags show it and are the text's form; another "&lt;" (an address in
    angle brackets) or one escaped snippet in a plain text stays."""
    if (
        "&lt;" not in text
        or len(_ESCAPED_TAG.findall(text, 0, 1_000_000)) < _MIN_ESCAPED_TAGS
        or not _escaped_form(text)
    ):
        return text
    text = _ESCAPED_TAG.sub(lambda m: "<" + m.group(1).replace("&quot;", '"') + ">", text)
    return _ESCAPED_ENTITY.sub(r"&\1", text)


# --- HTML inside a Markdown or plain text (round 34a) -----------------------------------------

# A page's markup pasted into a Markdown file or a plain text (a CMS's template, a README's
# folding sections, a mail's quoted HTML): what a reader of the rendered text sees. Tags that
# start a box or a paragraph, and those a line break; tags that only style a word; a tag whose
# whole content is hidden from the reader.
_EMBED_BLOCK = (
    r"details|summary|div|p|section|article|header|footer|aside|center|address|blockquote"
    r"|figure|figcaption|table|thead|tbody|tfoot|tr|td|th|caption|ul|ol|li|dl|dt|dd|h[1-6]|hr|pre"
)
_EMBED_INLINE = (
    r"br|b|strong|i|em|u|s|strike|del|ins|span|font|small|big|sup|sub|mark|a|abbr|cite|code"
    r"|kbd|q|tt|img|wbr|nobr"
)
# (The name ends at a blank, "/" or ">": "<b.name@example.org>" is an address, not a tag.)
_EMBED_TAG = re.compile(
    rf"<(/?)({_EMBED_BLOCK}|{_EMBED_INLINE})(?=[\s/>])[^<>\n]{{0,300}}>", re.IGNORECASE
)
_EMBED_BLOCK_NAME = re.compile(rf"(?:{_EMBED_BLOCK})", re.IGNORECASE)
# Boxes whose end is a paragraph's end (a blank line below), a heading's and a folding
# section's title among them.
_EMBED_PARAGRAPH = re.compile(r"(?i)p|summary|details|h[1-6]|blockquote|table|ul|ol|dl|pre")
# An entity: a named one ("&nbsp;", "&eacute;") or a number ("&#8217;", "&#x2019;").
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
_FENCE = re.compile(r"\s{0,3}(?:```|~~~)")
_TABLE_LINE = re.compile(r"\s{0,3}\|")
_MIN_TAGGED_LINES = 2
# (Mend 34a.) Tags a writer never closes, which need no closing tag to be markup.
_EMBED_VOID = frozenset({"br", "hr", "img", "wbr"})
_CLOSING_TAG = re.compile(rf"</({_EMBED_BLOCK}|{_EMBED_INLINE})(?=[\s>])", re.IGNORECASE)
# A run of backticks: a Markdown code span opens and closes with runs of one length.
_BACKTICKS = re.compile(r"`+")
# A Markdown indented code block's line (four blanks or a tab), and a list item's first line
# (whose indented lines below are the item's, not code).
_INDENTED = re.compile(r"(?: {4}| {0,3}\t)")
_LIST_ITEM = re.compile(r"\s{0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)")
# Blanks to the end of a line (and that line end).
_LINE_REST = re.compile(r"[ \t]*(?:\n|\Z)")


def _entity(m: re.Match[str]) -> str:
    value = html.unescape(m.group(0))
    # (A hidden character or a name HTML does not know stays as it is written.)
    if value == m.group(0) or not value or value[0] in HIDDEN_CHARACTERS:
        return m.group(0)
    return value.replace("\u00a0", " ")


def _entities(line: str) -> str:
    """A line's entities as their characters, but for those in a code span (mend 34a)."""
    spans = _code_spans(line)
    if not spans:
        return _ENTITY.sub(_entity, line)
    return _ENTITY.sub(lambda m: m.group(0) if _in_spans(m.start(), spans) else _entity(m), line)


def _drop_comments(text: str) -> str:
    """HTML comments ("<!-- ... -->") gone, as a rendered text hides them; a line that held
    only a comment goes with it. An unclosed "<!--" stays (nothing says where it ends)."""
    out: list[str] = []
    start = 0
    while (open_at := text.find("<!--", start)) >= 0:
        close_at = text.find("-->", open_at + 4)
        if close_at < 0:
            break
        end = close_at + 3
        # (Searched back to `start` only and forward by a match: linear on a line of many.)
        newline = text.rfind("\n", start, open_at)
        line_start = newline + 1 if newline >= 0 else start
        alone = (newline >= 0 or start == 0 or text[start - 1] == "\n") and not text[
            line_start:open_at
        ].strip()
        rest = _LINE_REST.match(text, end)
        if alone and rest is not None:
            # The comment's lines go whole (their line end too).
            out.append(text[start:line_start])
            start = rest.end()
        else:
            out.append(text[start:open_at])
            start = end
    out.append(text[start:])
    return "".join(out)


def _code_spans(line: str) -> list[tuple[int, int]]:
    """Where a line's code spans are ("`<p>`", "``a ` b``"): each from a run of backticks to
    the next run of the same length; a run with none after it is a backtick as written. (Each
    run's next of its length is found in one pass from the right: linear on a line of many.)"""
    if "`" not in line:
        return []
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    following: list[int] = [-1] * len(runs)
    seen: dict[int, int] = {}
    for k in range(len(runs) - 1, -1, -1):
        length = runs[k][1] - runs[k][0]
        following[k] = seen.get(length, -1)
        seen[length] = k
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(runs):
        close = following[k]
        if close < 0:
            k += 1
            continue
        spans.append((runs[k][0], runs[close][1]))
        k = close + 1
    return spans


def _in_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `at` is inside one of `spans` (in order, none overlapping)."""
    index = bisect.bisect_right(spans, at, key=lambda span: span[0]) - 1
    return index >= 0 and at < spans[index][1]


def _closed_names(text: str) -> frozenset[str]:
    """The names of the tags a text closes somewhere ("</address>": "address")."""
    return frozenset(m.group(1).lower() for m in _CLOSING_TAG.finditer(text, 0, 1_000_000))


def _word_tag(m: re.Match[str], closed: frozenset[str], bounds: tuple[int, int]) -> bool:
    """Whether a tag is a word in angle brackets inside a sentence, not markup (mend 34a):
    an opening tag of its name only ("<address>", not "<p class=x>"), with text on both sides
    of it on its line and never closed in the text ("Sign with your name and <address> at the
    bottom.", "and <em>phasise the name"). A tag that a line starts or ends with, one closed
    somewhere, one with attributes and a line break or an image (never closed) are markup."""
    name = m.group(2).lower()
    if m.group(1) or name in _EMBED_VOID or name in closed:
        return False
    if m.group(0)[1 + len(name) :].strip() != ">":
        return False
    # (The line's text's start and end, found once a line: linear on a line of tags.)
    first, last = bounds
    return first < m.start() and last > m.end()


def _markup_tags(
    line: str, closed: frozenset[str], spans: list[tuple[int, int]]
) -> list[re.Match[str]]:
    """A line's tags that are markup: not in a code span, not a word in angle brackets."""
    bounds = (len(line) - len(line.lstrip()), len(line.rstrip()))
    return [
        m
        for m in _EMBED_TAG.finditer(line)
        if not (spans and _in_spans(m.start(), spans)) and not _word_tag(m, closed, bounds)
    ]


def _embedded_line(line: str, closed: frozenset[str] = frozenset()) -> str:
    """A line's tags as a reader sees them: a box's, a paragraph's or a line break's tag ends
    the line there, the end of a paragraph or of a title ("</p>", "</summary>", "</h3>") with
    a blank line below; a line of such tags only is the blank line between paragraphs; a word's
    styling and an image go. A tag in a code span ("`<p>`") and a word in angle brackets (see
    `_word_tag`; `closed` names the tags the text closes) stay as written (mend 34a)."""
    if not _EMBED_TAG.search(line):
        return line
    spans = _code_spans(line)
    tags = _markup_tags(line, closed, spans)
    if not tags:
        return line
    parts: list[str] = []
    last = 0
    # Whether a paragraph ended after the line's last text (a blank line below it).
    paragraph_end = False
    for m in tags:
        before = line[last : m.start()]
        parts.append(before)
        paragraph_end = paragraph_end and not before.strip()
        name = m.group(2)
        if m.group(1) and _EMBED_PARAGRAPH.fullmatch(name):
            parts.append("\n\n")
            paragraph_end = True
        elif _EMBED_BLOCK_NAME.fullmatch(name) or name.lower() == "br":
            parts.append("\n")
        last = m.end()
    parts.append(line[last:])
    paragraph_end = paragraph_end and not line[last:].strip()
    lines = [part.strip() for part in "".join(parts).split("\n")]
    if not any(lines):
        return ""
    while not lines[0]:
        lines.pop(0)
    while not lines[-1]:
        lines.pop()
    return "\n".join(lines) + ("\n" if paragraph_end else "")


def _tagged_lines(text: str, closed: frozenset[str]) -> int:
    """How many lines hold a tag that is markup (up to `_MIN_TAGGED_LINES`): a tag in a code
    span or a word in angle brackets inside a sentence is none (mend 34a). (The text's first
    million characters are looked at, and each line once.)"""
    count = start = 0
    limit = min(len(text), 1_000_000)
    while start < limit:
        m = _EMBED_TAG.search(text, start, limit)
        if m is None:
            break
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if _markup_tags(line, closed, _code_spans(line)):
            count += 1
            if count >= _MIN_TAGGED_LINES:
                break
        start = line_end + 1
    return count


def embedded_html(text: str, *, markdown: bool = False) -> str:
    """A Markdown file's or a plain text's pasted HTML as a reader of the rendered text sees
    it (round 34a): comments hidden, tags of boxes and paragraphs as the line ends and blank
    lines they make, a folding section's or heading's title on its own line, styling tags
    gone, entities as their characters. A Markdown file's HTML is always rendered; a plain
    text's tags are read only where they are on two lines at least (one "<b>" in a mail may
    be quoted). Lines of a fenced code block and a Markdown table's rows (whose cells hold
    "<br>") stay as they are written."""
    if "<" not in text and "&" not in text:
        return text
    if "<!--" in text:
        text = _drop_comments(text)
    closed = _closed_names(text) if "</" in text else frozenset()
    tags = markdown or _tagged_lines(text, closed) >= _MIN_TAGGED_LINES
    out: list[str] = []
    fenced = False
    # (Markdown:) whether the line above is blank or an indented code block's, and whether
    # the paragraph above is a list item's (whose indented lines are the item's).
    after_blank = True
    in_list = False
    for line in text.split("\n"):
        if _FENCE.match(line):
            fenced = not fenced
        code = (
            markdown
            and after_blank
            and not in_list
            and bool(line.strip())
            and bool(_INDENTED.match(line))
        )
        if line.strip() and not code and not _INDENTED.match(line):
            # (A line run on below an item's, no blank between, is still the item's.)
            in_list = bool(_LIST_ITEM.match(line)) or (in_list and not after_blank)
        after_blank = not line.strip() or code
        if fenced or code or _FENCE.match(line) or _TABLE_LINE.match(line):
            out.append(line)
            continue
        if tags:
            line = _embedded_line(line, closed)
        if "&" in line:
            line = _entities(line)
        out.append(line)
    read = "\n".join(out)
    return text if read == text else read


# --- vCards ---

# A card's body stops at its END:VCARD, never past the next BEGIN:VCARD (a card without its
# END is left as it is, and each match stays linear, mend 33).
_VCARD = re.compile(
    r"(?im)^[ \t]*BEGIN:VCARD[ \t]*\r?\n"
    r"((?:(?![ \t]*(?:BEGIN|END):VCARD[ \t]*\r?$).*\n)*?)"
    r"[ \t]*END:VCARD[ \t]*\r?$"
)


def _vcard_value(value: str) -> str:
    return re.sub(r"\\([,;:\\])", r"\1", value).replace("\\n", "\n").replace("\\N", "\n")


def _vcard_parts(value: str) -> list[str]:
    """A structured value's components (parted by unescaped ";")."""
    return [_vcard_value(part).strip() for part in re.split(r"(?<!\\);", value)]


def _vcard_lines(body: str) -> list[str]:
    """The lines an envelope or an address book shows for one card."""
    # Folded lines (a continuation starts with a space or a tab) and quoted-printable soft
    # breaks ("=" at a line's end) joined first.
    body = re.sub(r"\n[ \t]", "", body)
    body = re.sub(r"(?im)^([^:\n]*ENCODING=QUOTED-PRINTABLE[^:\n]*:.*?)=\n", r"\1", body)
    name: list[str] = []
    office: list[str] = []
    address: list[str] = []
    contact: list[str] = []
    notes: list[str] = []
    for line in body.split("\n"):
        key, colon, value = line.partition(":")
        if not colon or not value.strip():
            continue
        params = key.upper().split(";")
        field = params[0].split(".")[-1]  # ("item1.EMAIL": an Apple group's prefix)
        types = ",".join(params[1:])
        if "ENCODING=QUOTED-PRINTABLE" in types:
            charset = re.search(r"CHARSET=([\w-]+)", types)
            with contextlib.suppress(LookupError, ValueError):
                value = quopri.decodestring(value.encode("latin-1", "replace")).decode(
                    charset.group(1) if charset else "utf-8", "replace"
                )
        if field == "FN":
            name = [_vcard_value(value).strip()]
        elif field == "N" and not name:
            family, given, additional, prefix, suffix = (_vcard_parts(value) + [""] * 5)[:5]
            name = [" ".join(p for p in (prefix, given, additional, family, suffix) if p)]
        elif field in ("TITLE", "ROLE"):
            office.append(_vcard_value(value).strip())
        elif field == "ORG":
            office.append(", ".join(p for p in _vcard_parts(value) if p))
        elif field == "ADR":
            pobox, extended, street, locality, region, code, country = (
                _vcard_parts(value) + [""] * 7
            )[:7]
            place = " ".join(p for p in (code, locality) if p)
            place = ", ".join(p for p in (place, region) if p)
            address += [p for p in (extended, street, pobox, place, country) if p]
        elif field == "TEL":
            label = "Fax" if "FAX" in types else "Tel"
            contact.append(f"{label}: {_vcard_value(value).strip()}")
        elif field == "EMAIL":
            contact.append(f"Email: {_vcard_value(value).strip()}")
        elif "TWITTER" in field or (field == "X-SOCIALPROFILE" and "TWITTER" in types):
            handle = _vcard_value(value).strip()
            contact.append(f"Twitter: {handle}")
        elif field == "URL":
            contact.append(_vcard_value(value).strip())
        elif field == "NOTE":
            notes += [n.strip() for n in _vcard_value(value).split("\n") if n.strip()]
    return [line for line in (*name, *office, *address, *contact, *notes) if line]


def vcard_blocks(text: str) -> str:
    """Each vCard (BEGIN:VCARD ... END:VCARD) as a block of the lines it describes."""
    if "BEGIN:VCARD" not in text.upper():
        return text
    return _VCARD.sub(lambda m: "\n".join(_vcard_lines(m.group(1).replace("\r\n", "\n"))), text)


def read_markup(raw: str) -> str:
    """`raw` in a plain form (line ends, styled letters, escaped markup, vCards), with mojibake
    undone and forum or wiki markup read (each only where it is)."""
    raw = vcard_blocks(escaped_markup(plain_letters(mac_line_ends(raw))))
    return wikitext(bbcode_text(unmojibake(raw)))
