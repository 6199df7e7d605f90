"""YAML text -> a node tree, safely: the C composer, no type guessing, no aliases, no controls.

PyYAML's constructors follow YAML 1.1 (`NO` -> False, `012345` -> 5349) and expand aliases (a
400-byte "billion laughs" file becomes hundreds of millions of nodes). So case files are only
*composed* here, never constructed: the caller builds values from the nodes and keeps every
node's position for its messages. Positions are 1-based (line, column), counted in characters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from appeal_tui.core.hidden_text import LINE_SEPARATORS, in_file_pattern, is_bidi_control
from appeal_tui.core.i18n import _

try:
    from yaml._yaml import CParser as _Parser

    HAVE_LIBYAML = True
except ImportError:  # pragma: no cover - libyaml ships in PyYAML's wheels
    from yaml.composer import Composer
    from yaml.parser import Parser
    from yaml.reader import Reader
    from yaml.scanner import Scanner

    class _Parser(Reader, Scanner, Parser, Composer):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            Composer.__init__(self)

    HAVE_LIBYAML = False

__all__ = [
    "HAVE_LIBYAML",
    "MappingNode",
    "Node",
    "ScalarNode",
    "SequenceNode",
    "compose",
    "find_anchors_and_aliases",
    "find_hidden_characters",
    "hidden_character_message",
    "position",
]

_TAGS = {
    ScalarNode: "tag:yaml.org,2002:str",
    SequenceNode: "tag:yaml.org,2002:seq",
    MappingNode: "tag:yaml.org,2002:map",
}


class _NodeComposer(_Parser):
    """Composes nodes without resolving scalar types: every scalar is text, which is all we use.

    Skipping PyYAML's implicit resolvers (a regex per scalar) makes composing about twice as fast.
    """

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        return _TAGS[kind]

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        return None

    def ascend_resolver(self) -> None:
        return None


def compose(text: str) -> Node | None:
    """The single document in `text` as nodes (None when empty). Raises `yaml.YAMLError`."""
    composer = _NodeComposer(text)
    try:
        node: Node | None = composer.get_single_node()
        return node
    finally:
        composer.dispose()


def position(node: Node) -> tuple[int, int]:
    """The 1-based (line, column) where `node` starts."""
    mark = node.start_mark
    return mark.line + 1, mark.column + 1


# C0 controls except tab and newline (a CR is allowed only as part of CRLF), DEL, C1 controls,
# bidi embeddings/overrides/isolates, and the Unicode line separators YAML would count as breaks.
_HIDDEN = in_file_pattern(also=LINE_SEPARATORS)
_CONTROL_NAMES = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "BACKSPACE",
    "\x0b": "VERTICAL TAB",
    "\x0c": "FORM FEED",
    "\r": "CARRIAGE RETURN",
    "\x1b": "ESC",
    "\x7f": "DEL",
    "\x85": "NEXT LINE",
    "\x9b": "CSI",
}


def find_hidden_characters(text: str) -> Iterator[re.Match[str]]:
    """Every control or bidi override character in `text` (see `_HIDDEN`)."""
    return _HIDDEN.finditer(text)


def has_hidden_characters(text: str) -> bool:
    return _HIDDEN.search(text) is not None


def hidden_character_message(char: str) -> str:
    """What is wrong with `char` and what to do, for a problem message."""
    code = f"U+{ord(char):04X}"
    name = _CONTROL_NAMES.get(char) or unicodedata.name(char, "")
    label = f"{code} ({name})" if name else code
    if is_bidi_control(char):
        return _(
            "bidirectional control character {character} is not allowed: it can make text "
            "display in a misleading order; remove it (the app sets text direction itself)"
        ).format(character=label)
    if char in LINE_SEPARATORS:
        return _("{character} is not allowed; use an ordinary line break").format(character=label)
    return _(
        "control character {character} is not allowed: it could change what a terminal shows; "
        "remove it"
    ).format(character=label)


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of the character at `index` in `text`."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def find_anchors_and_aliases(text: str) -> list[tuple[int, int, str]]:
    """(line, column, "&name" or "*name") for every anchor and alias, in order.

    Uses the event stream, which never expands aliases, so it is safe on a "billion laughs" file.
    Only called once a walk has seen an anchor or alias, so good files never pay for it.
    """
    found: list[tuple[int, int, str]] = []
    # Lines are counted on from the previous anchor, not from the file's start each time:
    # 50,000 anchors in a 1 MiB file took 13 s the other way.
    counted_to, line_there = 0, 1
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader if HAVE_LIBYAML else yaml.SafeLoader):
            anchor = getattr(event, "anchor", None)
            if anchor is None:
                continue
            mark = event.start_mark
            if mark is None:
                continue
            if isinstance(event, yaml.AliasEvent):
                found.append((mark.line + 1, mark.column + 1, f"*{anchor}"))
                continue
            # A node's mark is at its first property, which may be a tag before the anchor.
            index = text.find(f"&{anchor}", mark.index)
            if index < 0:
                line, column = mark.line + 1, 1
            else:
                if index < counted_to:
                    counted_to, line_there = 0, 1
                line_there += text.count("\n", counted_to, index)
                counted_to = index
                line, column = line_there, index - text.rfind("\n", 0, index)
            found.append((line, column, f"&{anchor}"))
    except yaml.YAMLError:
        pass
    return found
