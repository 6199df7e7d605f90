"""A text held in a container, read out as its lines before the blocks are split (round 35a).

Some documents are an urgent action wrapped in a container no block reader expects: a chat's
JSON export (the messages are string values), a channel's log (every line opens with a stamp
and a speaker in brackets), a subtitle file (cue numbers and timings around every line) or a
lightweight-markup source (AsciiDoc, Org-mode, LaTeX, reStructuredText) whose commands hide
the lines. `container_text` recognises each by strict evidence of its own shape and returns
the prose it holds, a line of prose per line of the original, in the original's order; any
other text (plain, HTML, Markdown, a PDF's text) is returned unchanged, the same object.

Every test is of shape, never of words: the step reads any language.

- JSON: the whole file parses as JSON (an object or an array) and its prose keys (keys whose
  values mostly hold several words and are long on average) hold some prose; their strings are
  read in order, each a paragraph. A value given twice in one record (a message's text and
  its formatting entities, a message's text and its rich-text blocks) is read once; a list of
  fragments (strings and styled pieces under the list's own key) is one string.
- A channel log: three lines or more, and most of the text's lines, open with a stamp and a
  speaker in angle brackets ("19:04 < ana> ...", "[19:04:11] <ana> ..."); the stamp and the
  speaker go, the channel's own lines (joins, topics, "--- Log opened") go.
- Subtitles: three cues or more and most of the file's blocks cues (a block opened by a timing,
  "00:00:04,839 --> 00:00:10,872", a number line before it in SRT): timing lines quoted in a
  text's paragraph make no subtitle file (mend 35a); the cue numbers,
  timings, header and note blocks go; the cues' lines run on as one paragraph up to a cue that
  ends a sentence; a cue's sound label alone ("[music]") goes.
- Markup sources, each read only with two kinds of its own signs (see `_is_asciidoc`,
  `_is_org`, `_is_latex`, `_is_rst`).

All patterns are linear (no nested quantifiers over the same characters) and every line is
read a bounded number of times: a hostile 1 MB file is read in linear time.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata

from appeal_tui.core.importer.channels import STAMP

# A file larger than this is read as it is (a chat export of a whole year is not an appeal).
_MAX_JSON = 4_000_000
_MIN_PROSE = 200  # characters of prose a container must hold to be read as one
_MIN_LINES = 3
_RECENT = 8  # the strings of a record a value is compared with

# --- JSON exports ------------------------------------------------------------------------------

_WORDS = re.compile(r"\w[^\s]*\s+\w", re.UNICODE)
# Slack's link "<https://x|label>", "<mailto:a@b|a@b>", a mention "<@U123>", "<!here>".
_CHAT_LINK = re.compile(r"<((?:https?|mailto|tel):[^<>|\s]{1,500})(?:\|([^<>]{0,300}))?>")
_CHAT_MENTION = re.compile(r"<[@#!][^<>\s]{1,80}>")
# An emoji's short code (":wave:", ":white_check_mark:").
_EMOJI_CODE = re.compile(r"(?<![\w:]):[a-z0-9_+\-]{2,40}:(?![\w:])")
_HTML_BREAK = re.compile(r"<br\s*/?>", re.I)
_HTML_PARA = re.compile(r"</p>\s*<p\b[^<>]{0,300}>", re.I)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
_HTML_SIGN = re.compile(r"</?(?:p|br|a|span|b|i|strong|em)\b[^<>]{0,300}>", re.I)


def _fragments(items: list[object], key: str | None) -> str | None:
    """A list of fragments (strings, and styled pieces holding their string under the list's
    own key) as one string; None for any other list."""
    if key is None or not any(isinstance(item, str) for item in items):
        return None
    parts: list[str] = []
    for item in items:
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, dict) and isinstance(item.get(key), str):
            parts.append(item[key])
        else:
            return None
    return "".join(parts)


def _leaves(node: object, key: str | None, out: list[tuple[str, str]], depth: int = 0) -> None:
    """Every string of `node` with the key it stands under, in the file's order; the strings
    one record gives twice (the same text again, or a piece of it) once."""
    if depth > 60:
        return
    if isinstance(node, str):
        if key is not None:
            out.append((key, node))
    elif isinstance(node, list):
        joined = _fragments(node, key)
        if joined is not None:
            out.append((key or "", joined))
            return
        for item in node:
            _leaves(item, key, out, depth + 1)
    elif isinstance(node, dict):
        mine: list[tuple[str, str]] = []
        for name, value in node.items():
            _leaves(value, str(name), mine, depth + 1)
        # (A value is looked for in the record's last few strings only, and in all of them by
        # equality: a record of many thousand strings is read in linear time.)
        seen: list[str] = []
        every: set[str] = set()
        for name, value in mine:
            flat = " ".join(value.split())
            if flat and (flat in every or any(flat in earlier for earlier in seen[-_RECENT:])):
                continue
            seen.append(flat)
            every.add(flat)
            out.append((name, value))


def _prose_keys(leaves: list[tuple[str, str]]) -> set[str]:
    """The keys whose values are prose: most of them several words, twenty characters or more
    on average (a speaker's name, an id, a date, a type are none)."""
    counts: dict[str, list[int]] = {}
    for key, value in leaves:
        n = counts.setdefault(key, [0, 0, 0])
        n[0] += 1
        n[1] += _WORDS.search(value) is not None
        n[2] += len(value)
    return {key for key, (n, worded, size) in counts.items() if worded * 2 >= n and size >= 20 * n}


def _message_text(value: str) -> str:
    """A message's string as its reader sees it: a chat's links and mentions read, an emoji's
    code dropped, HTML (a post's "content") as its lines."""
    value = _CHAT_LINK.sub(lambda m: m.group(2) or re.sub(r"^\w+:", "", m.group(1)), value)
    value = _CHAT_MENTION.sub("", value)
    value = _EMOJI_CODE.sub("", value)
    if _HTML_SIGN.search(value):
        value = _HTML_PARA.sub("\n\n", value)
        value = _HTML_BREAK.sub("\n", value)
        value = _HTML_TAG.sub("", value)
    value = html.unescape(value)
    return "\n".join(line.rstrip() for line in value.split("\n"))


def _json_text(raw: str) -> str | None:
    head = raw.lstrip("\ufeff \t\r\n")[:1]
    if head not in ("{", "[") or len(raw) > _MAX_JSON:
        return None
    try:
        data = json.loads(raw.lstrip("\ufeff"))
    except (ValueError, RecursionError):
        return None
    leaves: list[tuple[str, str]] = []
    _leaves(data, None, leaves)
    keys = _prose_keys(leaves)
    texts = [_message_text(value) for key, value in leaves if key in keys]
    texts = [text.strip("\n") for text in texts if text.strip()]
    if sum(len(text) for text in texts) < _MIN_PROSE:
        return None
    return "\n\n".join(texts) + "\n"


# --- A channel's log ------------------------------------------------------------------------------

# "19:04 < ana> text", "[19:04:11] <@ana> text", "Mar 14 19:04:11 <ana>\ttext".
_LOG_MESSAGE = re.compile(
    rf"^[ \t]*[\[(]?(?:{STAMP})[\])]?[ \t]+<[ \t]?[@+%&~]?([^\s<>]{{1,40}})>[ \t]?(.*)$"
)
# "19:04 * ana waves": an action, its text kept.
_LOG_ACTION = re.compile(rf"^[ \t]*[\[(]?(?:{STAMP})[\])]?[ \t]+\*[ \t]+(\S{{1,40}})[ \t]+(.*)$")
# The channel's own lines: "19:02 -!- ...", "--- Log opened ...", "[19:02] *** ana joined".
_LOG_OWN = re.compile(
    rf"^[ \t]*(?:[\[(]?(?:{STAMP})[\])]?[ \t]+)?(?:-!-|\*\*\*|-->|<--|---|==)(?:[ \t]|$)"
)


def _log_text(lines: list[str]) -> str | None:
    filled = [line for line in lines if line.strip()]
    said = [m for line in filled if (m := _LOG_MESSAGE.match(line[:2000])) is not None]
    if len(said) < _MIN_LINES or len(said) * 2 < len(filled):
        return None
    out: list[str] = []
    last: str | None = None
    for line in lines:
        m = _LOG_MESSAGE.match(line[:2000]) or _LOG_ACTION.match(line[:2000])
        if m is None:
            if _LOG_OWN.match(line[:2000]):
                continue
            out.append(line)  # a message's own next line
            continue
        speaker, message = m.group(1), m.group(2).rstrip()
        if speaker != last and out:
            out.append("")
        last = speaker
        out.append(message)
    return "\n".join(out) + "\n"


# --- Subtitles ---------------------------------------------------------------------------------

_CUE_TIME = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}"
_TIMING = re.compile(rf"^[ \t]*{_CUE_TIME}[ \t]*-->[ \t]*{_CUE_TIME}(?:[ \t][^\n]*)?$")
# A cue's tags: "<v Ana>", "<i>", "<00:00:01.000>", "{\an8}".
_CUE_TAG = re.compile(r"<[^<>\n]{0,100}>|\{\\[^{}\n]{0,40}\}")
# A sound label alone: "[music]", "(applause)", "♪ ♪".
_SOUND = re.compile(r"^[ \t]*(?:\[[^\[\]\n]{0,40}\]|\([^()\n]{0,40}\)|[♪♫ \t]+)[ \t]*$")
# A header's or note's block (WebVTT): a word of capitals first.
_VTT_BLOCK = re.compile(r"^(?:WEBVTT|NOTE|STYLE|REGION)\b")
_CAPTION_LABEL = re.compile(r"^[ \t]*[^\W\d_][^\s:]{0,30}(?:[ \t][^\s:]{1,30}){0,2}:[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*[ \t]*$")


_CUE_NUMBER = re.compile(r"^[ \t]*\d{1,6}[ \t]*$")
_CUE_NAME_MAX = 80


def _cue_names(lines: list[str], vtt: bool) -> set[int] | None:
    """The lines that name a cue (its number in SRT, a number or a short name in WebVTT), or
    None when the file is no subtitle file: three cues or more, and most of its blocks (but
    the header and notes) cues, a cue a block of one timing, on its first line or after its
    number or name."""
    names: set[int] = set()
    cues = blocks = 0
    start = -1
    for i, line in enumerate([*lines, ""]):
        if line.strip():
            if start < 0:
                start = i
            continue
        if start < 0:
            continue
        block, start_of_block = lines[start:i], start
        start = -1
        if _VTT_BLOCK.match(block[0].lstrip("\ufeff")):
            continue  # the header, a note, a style: no block of prose either
        blocks += 1
        timed = [k for k, text in enumerate(block) if _TIMING.match(text[:300])]
        if len(timed) != 1 or timed[0] > 1:
            continue
        if timed[0] == 1:
            name = block[0].lstrip("\ufeff")
            numbered = _CUE_NUMBER.match(name) is not None
            if not numbered and not (vtt and len(name) <= _CUE_NAME_MAX and "-->" not in name):
                continue
            names.add(start_of_block)
        cues += 1
    if cues < _MIN_LINES or cues * 2 <= blocks:
        return None
    return names


def _subtitle_text(lines: list[str]) -> str | None:
    timings = [i for i, line in enumerate(lines) if _TIMING.match(line[:300])]
    if len(timings) < _MIN_LINES:
        return None
    vtt = lines[0].lstrip("\ufeff").startswith("WEBVTT")
    names = _cue_names(lines, vtt)
    if names is None:
        return None
    timed = set(timings)
    cues: list[list[str]] = []
    block: list[str] = []
    kept = True
    for i, line in enumerate([*lines, ""]):
        if not line.strip():
            if block and kept:
                cues.append(block)
            block, kept = [], True
            continue
        first = not block and kept
        if first and _VTT_BLOCK.match(line.lstrip("\ufeff")):
            kept = False  # the file's header, a note, a style: not shown
        if not kept or i in timed or i in names:
            continue  # a cue's number or name, its timing
        block.append(line)
    out: list[str] = []
    for cue in cues:
        text = [_CUE_TAG.sub("", line).strip() for line in cue]
        text = [line for line in text if line and not _SOUND.match(line)]
        if not text:
            continue
        if len(text) > 1 and text[0].startswith("[") and text[-1].endswith("]"):
            # A caption of several lines (what is on screen): a block of its own.
            text[0], text[-1] = text[0][1:], text[-1][:-1]
            # (its label, "on screen:", of three words at most, goes: the block is read)
            text[0] = _CAPTION_LABEL.sub("", text[0])
            out.extend(["", *text, ""])
            continue
        out.extend(text)
        if _SENTENCE_END.search(text[-1]):
            out.append("")
    return "\n".join(out) + "\n"


# --- Markup sources -----------------------------------------------------------------------------

# AsciiDoc: "= Title" / "== Section" (no closing marks), ":name: value", "|===", " +" breaks,
# "[cols=...]" / "[.lead]" block attributes, "****" / "====" / "----" delimiters.
_ADOC_HEAD = re.compile(r"^(={1,5})[ \t]+(\S.*?)[ \t]*$")
_ADOC_ATTR = re.compile(r"^:([\w!-]{1,60}!?):(?:[ \t]+(.*))?$")
_ADOC_TABLE = re.compile(r"^[|!,:]===[ \t]*$")
_ADOC_BREAK = re.compile(r"[ \t]\+[ \t]*$")
_ADOC_BLOCK_ATTR = re.compile(r"^\[[^\[\]\n]{0,200}\][ \t]*$")
_ADOC_DELIMITER = re.compile(r"^(?:\*{4,}|={4,}|-{4,}|\.{4,}|_{4,}|\+{4,}|/{4,})[ \t]*$")
_ADOC_TITLE = re.compile(r"^\.([^\s.].*)$")
_ADOC_MACRO_LINE = re.compile(r"^[a-z][\w-]{0,30}::\S*\[[^\]\n]{0,200}\][ \t]*$")
_ADOC_CELL = re.compile(r"^[ \t]*(?:\d*[*+]?)?[adehlmsv]?\|[ \t]*")
_ADOC_LINK = re.compile(r"\b(?:(?:https?|mailto):|link:)([^\s\[\]]{1,300})\[([^\]\n]{0,300})\]")
_ADOC_REF = re.compile(r"\{([\w-]{1,60})\}")
_ADOC_ITEM = re.compile(r"^([ \t]*)(\.{1,5}|\*{1,5}|-)[ \t]+(?=\S)")

# Constrained emphasis of the light markups: "*bold*", "_italic_", "`mono`", "**b**", "__i__".
_EMPHASIS = re.compile(
    r"(?<![\w*])\*\*?(?=[^\s*])([^*\n]{1,300}?)(?<=\S)\*\*?(?![\w*])"
    r"|(?<![\w_])__?(?=[^\s_])([^_\n]{1,300}?)(?<=\S)__?(?![\w_])"
    r"|(?<![\w`])``?(?=[^\s`])([^`\n]{1,300}?)(?<=\S)``?(?![\w`])"
)


def _unemphasised(line: str) -> str:
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2) or m.group(3) or "", line)


# A wiki's signs (MediaWiki): a heading closed by the run of '=' that opens it ("== Write to =="),
# bold in three quotes ("'''Urgent action'''"), an external link with its label in single
# brackets ("[https://example.org/ua Full text]"). A text with any is no AsciiDoc (nor
# reStructuredText): its ":Fax: +47 ..." lines are a wiki's indented lines, not attributes.
_WIKI_HEAD = re.compile(r"^[ \t]*(={1,6})[^=\n][^\n]{0,300}?[^=\n]\1[ \t]*$")
_WIKI_BOLD = re.compile(r"'''[^'\s][^'\n]{0,300}'''")
_WIKI_LINK = re.compile(r"(?<!\[)\[(?:https?:)?//[^\s\[\]]{1,300}[ \t][^\[\]\n]{1,300}\](?!\])")


def _has_wiki_signs(lines: list[str]) -> bool:
    return any(
        _WIKI_HEAD.match(line) or _WIKI_BOLD.search(line) or _WIKI_LINK.search(line)
        for line in lines
    )


def _is_asciidoc(lines: list[str]) -> bool:
    signs = 0
    heads = sum(_ADOC_HEAD.match(line) is not None for line in lines)
    first = next((line for line in lines if line.strip()), "")
    if heads < 2 and not first.startswith("= "):
        return False
    attrs = sum(_ADOC_ATTR.match(line) is not None for line in lines)
    signs += attrs >= 2
    signs += any(_ADOC_TABLE.match(line) for line in lines)
    signs += sum(_ADOC_BREAK.search(line) is not None for line in lines) >= 2
    signs += sum(_ADOC_BLOCK_ATTR.match(line) is not None for line in lines) >= 1
    signs += sum(_ADOC_MACRO_LINE.match(line) is not None for line in lines) >= 1
    return signs >= 2


def _asciidoc_text(lines: list[str]) -> str:
    attrs: dict[str, str] = {}
    out: list[str] = []
    comment = False
    numbers: dict[int, int] = {}
    for line in lines:
        if line.startswith("////"):
            comment = not comment
            continue
        if comment or line.startswith("//"):
            continue
        if m := _ADOC_ATTR.match(line):
            attrs[m.group(1)] = m.group(2) or ""
            continue
        if (
            _ADOC_TABLE.match(line)
            or _ADOC_BLOCK_ATTR.match(line)
            or _ADOC_DELIMITER.match(line)
            or _ADOC_MACRO_LINE.match(line)
        ):
            if out and out[-1]:
                out.append("")
            continue
        if m := _ADOC_HEAD.match(line):
            out.extend(["", m.group(2), ""])
            continue
        if m := _ADOC_TITLE.match(line):
            out.extend(["", m.group(1)])
            continue
        text = _ADOC_BREAK.sub("", line)
        cell = _ADOC_CELL.match(text)
        if cell and "|" in cell.group(0):
            text = text[cell.end() :]
        if item := _ADOC_ITEM.match(text):
            mark = item.group(2)
            if mark.startswith("."):
                level = len(mark)
                numbers[level] = numbers.get(level, 0) + 1
                text = f"{item.group(1)}{numbers[level]}. {text[item.end() :]}"
            else:
                text = f"{item.group(1)}- {text[item.end() :]}"
        elif not text.strip():
            numbers.clear()
        text = _ADOC_REF.sub(lambda m: attrs.get(m.group(1), m.group(0)), text)
        text = _ADOC_LINK.sub(lambda m: m.group(2) or m.group(1), text)
        out.append(_unemphasised(text))
    return "\n".join(out) + "\n"


# Org-mode: "#+KEYWORD: value", "* Headline :tag:", ":PROPERTIES:" ... ":END:", "#+BEGIN_x".
_ORG_KEYWORD = re.compile(r"^[ \t]*#\+([A-Za-z_]{1,30})(?::[ \t]*(.*))?$")
_ORG_BLOCK = re.compile(r"^[ \t]*#\+(?:BEGIN|END)_\w+", re.I)
_ORG_HEADLINE = re.compile(r"^(\*{1,8})[ \t]+(.*?)(?:[ \t]+:[\w@#%:]{1,200}:)?[ \t]*$")
_ORG_DRAWER = re.compile(r"^[ \t]*:([A-Za-z_]{1,30}):[ \t]*$")
_ORG_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.I)
_ORG_PLANNING = re.compile(
    r"^[ \t]*(?:[A-Z]{4,10}:[ \t]*[<\[]\d{4}-\d{2}-\d{2}[^\n]{0,60}[>\]][ \t]*)+$"
)
_ORG_LINK = re.compile(r"\[\[([^\[\]\n]{1,300})\](?:\[([^\[\]\n]{0,300})\])?\]")
_ORG_EMPHASIS = re.compile(r"(?<![\w])([*/=~+])(?=[^\s*/=~+])([^\n]{1,100}?)(?<=\S)\1(?![\w])")
_ORG_CHECKBOX = re.compile(r"^([ \t]*[-+][ \t]+)\[[ Xx-]\][ \t]*")


def _is_org(lines: list[str]) -> bool:
    keywords = sum(_ORG_KEYWORD.match(line) is not None for line in lines)
    heads = sum(_ORG_HEADLINE.match(line) is not None for line in lines)
    drawers = any(_ORG_DRAWER_END.match(line) for line in lines)
    return heads >= 1 and (keywords >= 2 or (keywords >= 1 and drawers))


def _org_text(lines: list[str]) -> str:
    out: list[str] = []
    drawer = False
    for line in lines:
        if drawer:
            drawer = not _ORG_DRAWER_END.match(line)
            continue
        if _ORG_DRAWER.match(line) and not _ORG_DRAWER_END.match(line):
            drawer = True
            continue
        if _ORG_BLOCK.match(line):
            if out and out[-1]:
                out.append("")
            continue
        if m := _ORG_KEYWORD.match(line):
            if m.group(1).upper() == "TITLE" and m.group(2):
                out.extend([m.group(2), ""])
            continue
        if line.lstrip().startswith("# ") or _ORG_PLANNING.match(line):
            continue
        if m := _ORG_HEADLINE.match(line):
            out.extend(["", m.group(2), ""])
            continue
        text = _ORG_CHECKBOX.sub(r"\1", line.strip())
        text = _ORG_LINK.sub(lambda m: m.group(2) or m.group(1), text)
        text = _ORG_EMPHASIS.sub(lambda m: m.group(2), text)
        out.append(text)
    return "\n".join(out) + "\n"


# LaTeX: "\documentclass", "\begin{x}", "\\" line ends, "\cmd{...}".
_TEX_COMMAND = re.compile(r"\\([A-Za-z]{1,40})\*?")
_TEX_SIGN = re.compile(r"\\(?:documentclass|begin|usepackage)\b")
_TEX_COMMENT = re.compile(r"(?<!\\)%.*$")
_TEX_ENV = re.compile(r"\\(?:begin|end)\{[^{}\n]{1,60}\}(?:\[[^\[\]\n]{0,200}\])?")
# A command whose first argument names a field ("\setkomavar{subject}{...}"): the name goes.
_TEX_NAMED = re.compile(r"\\[A-Za-z]{1,40}\*?\{[A-Za-z]{1,40}\}(?=\{)")
_TEX_OPTION = re.compile(r"(\\[A-Za-z]{1,40}\*?)\[[^\[\]\n]{0,300}\]")
_TEX_ACCENTS = {
    "'": "\u0301", "`": "\u0300", '"': "\u0308", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "H": "\u030b", "u": "\u0306", "k": "\u0328",
    "r": "\u030a",
}  # fmt: skip
_TEX_ACCENT = re.compile(r"\{?\\([`'\"^~=.]|[cvHukr](?=[{ ]))[ \t]?\{?([A-Za-z])\}?\}?")
_TEX_SYMBOLS = {"\\&": "&", "\\%": "%", "\\$": "$", "\\#": "#", "\\_": "_", "\\{": "{", "\\}": "}"}
_TEX_QUOTES = (("``", "\u201c"), ("''", "\u201d"), ("---", "\u2014"), ("--", "\u2013"))


def _is_latex(text: str, lines: list[str]) -> bool:
    if not _TEX_SIGN.search(text):
        return False
    commands = sum(line.lstrip().startswith("\\") for line in lines)
    return commands >= 3


def _tex_line(line: str) -> str:
    line = _TEX_ACCENT.sub(
        lambda m: unicodedata.normalize("NFC", m.group(2) + _TEX_ACCENTS[m.group(1)]), line
    )
    line = _TEX_ENV.sub("", line)
    line = _TEX_NAMED.sub("", line)
    line = _TEX_OPTION.sub(r"\1", line)
    for sign, char in _TEX_SYMBOLS.items():
        line = line.replace(sign, char)
    line = _TEX_COMMAND.sub("", line)
    line = line.replace("{", "").replace("}", "").replace("~", " ")
    for sign, char in _TEX_QUOTES:
        line = line.replace(sign, char)
    return line.strip()


def _latex_text(lines: list[str]) -> str:
    out: list[str] = []
    commented = False
    body = not any(line.lstrip().startswith("\\begin{document}") for line in lines)
    for line in lines:
        if line.lstrip().startswith("%"):
            # A comment is the source's own note to its reader (an address to swap in, the
            # action's deadline): read as text, a paragraph of its own; a rule of signs goes.
            note = line.lstrip().lstrip("%").strip()
            if out and out[-1] and not commented:
                out.append("")
            commented = True
            if any(ch.isalnum() for ch in note):
                pieces = re.split(r"\\\\", note)
                out.extend(t for piece in pieces if (t := _tex_line(piece)))
            continue
        if commented and out and out[-1]:
            out.append("")
        commented = False
        line = _TEX_COMMENT.sub("", line)
        if "\\begin{document}" in line:
            body = True
        bare = line.strip()
        if not bare:
            out.append("")
            continue
        pieces = re.split(r"\\\\(?:\[[^\]\n]{0,20}\])?|\\newline\b|\\par\b", line)
        texts = [_tex_line(piece) for piece in pieces]
        texts = [t for t in texts if t]
        only_command = bare.startswith("\\")
        if only_command and all(" " not in t for t in texts) and len(pieces) == 1:
            continue  # "\usepackage{x}", "\end{letter}": a command, no text
        if not body and only_command and not any(" " in t for t in texts):
            continue
        if only_command and out and out[-1] and not line.startswith((" ", "\t")):
            out.append("")
        out.extend(texts)
    return "\n".join(out) + "\n"


# reStructuredText: heading underlines, ".. directive::", "`text <url>`_", ":role:`x`",
# "| line" line blocks.
_RST_RULE = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}[ \t]*$")
_RST_DIRECTIVE = re.compile(r"^[ \t]*\.\.[ \t]+[\w:-]{1,40}::")
_RST_COMMENT = re.compile(r"^[ \t]*\.\.(?:[ \t]|$)")
_RST_LINK = re.compile(r"`([^`<\n]{1,300}?)[ \t]*<([^<>`\n]{1,300})>`__?")
_RST_REF = re.compile(r"`([^`\n]{1,300})`__?")
_RST_ROLE = re.compile(r":[\w-]{1,30}:`([^`\n]{1,300})`")
_RST_LITERAL = re.compile(r"``([^`\n]{1,300})``")
_RST_LINE_BLOCK = re.compile(r"^([ \t]*)\|(?:[ \t]+|$)")
_RST_FIELD = re.compile(r"^:([^:\n`]{1,60}):[ \t]+(?=\S)")
_RST_AUTO_NUMBER = re.compile(r"^#\.[ \t]+")  # "#. item": numbered as printed
_RST_OPTION = re.compile(r"^[ \t]+:[\w-]{1,30}:")


def _is_rst(lines: list[str]) -> bool:
    rules = 0
    for above, line in itertools.pairwise(lines):
        if _RST_RULE.match(line) and above.strip() and len(line.strip()) >= len(above.strip()):
            rules += 1
    own = sum(
        _RST_DIRECTIVE.match(line) is not None
        or _RST_LINK.search(line) is not None
        or _RST_ROLE.search(line) is not None
        for line in lines
    )
    # (A line block's line ends with no bar: "| a | b |" is a Markdown table's row.)
    blocks = sum(
        _RST_LINE_BLOCK.match(line) is not None and not line.rstrip().endswith("|")
        for line in lines
    )
    tables = any(line.rstrip().endswith("|") and line.lstrip().startswith("|") for line in lines)
    return rules >= 1 and (own >= 1 or (blocks >= 2 and not tables))


def _rst_text(lines: list[str]) -> str:
    out: list[str] = []
    skipping = False
    number = 0
    for line in lines:
        if skipping:
            if not line.strip() or line[:1] in (" ", "\t"):
                if _RST_OPTION.match(line) or not line.strip():
                    continue
                skipping = False  # a directive's content: read
            else:
                skipping = False
        if _RST_RULE.match(line):
            if out and out[-1]:
                out.append("")
            continue
        if _RST_DIRECTIVE.match(line):
            argument = line.split("::", 1)[1].strip()
            if argument and " " in argument:
                out.extend(["", argument, ""])  # an admonition's title: a line of its own
            skipping = True
            continue
        if _RST_COMMENT.match(line):
            skipping = True
            continue
        text = _RST_LINE_BLOCK.sub("", line.strip())
        if item := _RST_AUTO_NUMBER.match(text):
            number += 1
            text = f"{number}. {text[item.end() :]}"
        elif not text or _RST_RULE.match(text):
            number = 0
        text = _RST_FIELD.sub(lambda m: f"{m.group(1)}: ", text)
        text = _RST_LINK.sub(lambda m: m.group(1).strip() or m.group(2), text)
        text = _RST_ROLE.sub(r"\1", text)
        text = _RST_LITERAL.sub(r"\1", text)
        text = _RST_REF.sub(r"\1", text)
        out.append(_unemphasised(text.strip()))
    return "\n".join(out) + "\n"


# --- The step -------------------------------------------------------------------------------------


def _markup_text(text: str, lines: list[str]) -> str | None:
    if _is_latex(text, lines):
        return _latex_text(lines)
    if _is_org(lines):
        return _org_text(lines)
    if _has_wiki_signs(lines):
        return None  # a wiki's source: its lines are read as they are (mend 35a)
    if _is_asciidoc(lines):
        return _asciidoc_text(lines)
    if _is_rst(lines):
        return _rst_text(lines)
    return None


def _squeezed(text: str) -> str:
    """Runs of blank lines as one, no blank line first."""
    return re.sub(r"\n[ \t]*(?:\n[ \t]*){2,}", "\n\n", text).lstrip("\n")


def container_text(raw: str) -> str:
    """The prose a container (JSON export, channel log, subtitles, markup source) holds, as its
    lines; any other text unchanged (the same object)."""
    if _looks_like_html(raw):
        return raw
    read = _json_text(raw)
    if read is None:
        text = raw.replace("\r\n", "\n").lstrip("\ufeff")
        lines = text.split("\n")
        # (A cue's timing has its arrow, a log's message its "<nick>": a text without either
        # is no subtitle file or log, and is not read line by line for them.)
        read = _subtitle_text(lines) if "-->" in text else None
        read = read or (_log_text(lines) if "<" in text else None) or _markup_text(text, lines)
    if read is None:
        return raw
    read = _squeezed(read)
    prose = sum(ch.isalpha() for ch in read)
    return read if prose >= _MIN_PROSE // 2 else raw


_PAGE = re.compile(r"<(?:html|body|head|div|p|table)\b", re.I)


def _looks_like_html(raw: str) -> bool:
    """A page (its tags at its top): no container of these."""
    return _PAGE.search(raw[:4000]) is not None and raw.lstrip()[:1] == "<"
