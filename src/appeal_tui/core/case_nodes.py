"""Reading typed values out of YAML nodes, reporting each mistake with its line and column.

`NodeReader` is what `case_schema` builds a `Case` with. It also keeps watch for anchors and
aliases: a node met twice is an alias and is never walked again, so a "billion laughs" file
costs no more than its size; the exact positions are found only once one has been seen.
"""

from __future__ import annotations

import difflib
import re
from typing import TypeVar

from appeal_tui.core.contacts import PLACEHOLDER_PROBLEM, placeholder_in
from appeal_tui.core.i18n import _, ngettext
from appeal_tui.core.languages import is_known_language, suggest_code
from appeal_tui.core.problems import Problem, Severity
from appeal_tui.core.yaml_nodes import (
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    find_anchors_and_aliases,
    has_hidden_characters,
    hidden_character_message,
    position,
)

Fields = dict[str, tuple[ScalarNode, Node]]
# Case ids and recipient keys.
ID_PATTERN = re.compile(r"[a-z0-9-]+")
MAX_PROBLEMS = 200
_MAX_ANCHOR_PROBLEMS = 10
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
# A node's properties: an optional tag, then the anchor (the other order starts with "&").
_ANCHOR_PROPERTY = re.compile(r"(?:!\S*\s+)?&")


def join(where: str, key: str) -> str:
    """`recipients[1]` + `salutation` -> `recipients[1].salutation`."""
    return f"{where}.{key}" if where else key


def suggest_id(text: str) -> str:
    """A valid id close to `text`: "My Case 2" -> "my-case-2"."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "case"


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return _("a mapping (key: value lines)")
    if isinstance(node, SequenceNode):
        return _("a list")
    return _("text")


_Option = TypeVar("_Option", bound=str)


class NodeReader:
    """Typed values from nodes; every problem goes to `problems` with the node's position."""

    def __init__(self, path: str, text: str, problems: list[Problem]) -> None:
        self.path = path
        self.source = text
        self.problems = problems
        self.error_count = sum(1 for p in problems if p.is_error)
        # Aliases need a "*" and anchors an "&" somewhere; files without them skip the checks.
        self._seen: set[int] | None = set() if "*" in text else None
        self._anchors_possible = "&" in text
        # Whether `enter` has anything to do (most files have neither character).
        self._watch = self._seen is not None or self._anchors_possible
        self._anchor_or_alias_seen = False
        self._dropped = 0

    @property
    def has_errors(self) -> bool:
        return self.error_count > 0

    def report(self, node: Node | None, message: str, severity: Severity = Severity.ERROR) -> None:
        """Record a problem at `node` (line 1, column 1 when there is no node)."""
        if severity is Severity.ERROR:
            self.error_count += 1
        if len(self.problems) >= MAX_PROBLEMS:
            self._dropped += 1
            return
        line, column = position(node) if node is not None else (1, 1)
        self.problems.append(Problem(self.path, line, column, message, severity))

    def finish(self) -> None:
        """Report anchors and aliases by their exact positions, and any problems left out."""
        if self._anchor_or_alias_seen:
            found = find_anchors_and_aliases(self.source)
            for line, column, token in found[:_MAX_ANCHOR_PROBLEMS]:
                self.error_count += 1
                self.problems.append(
                    Problem(
                        self.path,
                        line,
                        column,
                        (
                            _(
                                "alias {token} is not allowed in a case file; write the value "
                                "out in full"
                            )
                            if token.startswith("*")
                            else _(
                                "anchor {token} is not allowed in a case file; write the value "
                                "out in full"
                            )
                        ).format(token=token),
                    )
                )
            if len(found) > _MAX_ANCHOR_PROBLEMS:
                more = len(found) - _MAX_ANCHOR_PROBLEMS
                self._note(
                    ngettext(
                        "{n} more anchor or alias; remove them all",
                        "{n} more anchors or aliases; remove them all",
                        more,
                    ).format(n=more)
                )
            if not found:
                self.error_count += 1
                self._note(_("anchors (&) and aliases (*) are not allowed in a case file"))
        if self._dropped:
            self._note(
                ngettext(
                    "{n} more problem not shown; fix the ones above first",
                    "{n} more problems not shown; fix the ones above first",
                    self._dropped,
                ).format(n=self._dropped)
            )

    def _note(self, message: str) -> None:
        """An error about the file as a whole, with no one position."""
        self.problems.append(Problem(self.path, None, None, message))

    def enter(self, node: Node) -> bool:
        """False when `node` was met before (an alias): do not walk it again."""
        if self._seen is not None:
            if id(node) in self._seen:
                self._anchor_or_alias_seen = True
                return False
            self._seen.add(id(node))
        if self._anchors_possible and _ANCHOR_PROPERTY.match(self.source, node.start_mark.index):
            self._anchor_or_alias_seen = True
        return True

    def sweep(self, node: Node) -> None:
        """Look through a value that is not used (unknown key, wrong type) for anchors/aliases."""
        if self._seen is None and not self._anchors_possible:
            return
        stack = [node]
        while stack:
            current = stack.pop()
            if not self.enter(current):
                continue
            if isinstance(current, MappingNode):
                for key, value in current.value:
                    stack.extend((key, value))
            elif isinstance(current, SequenceNode):
                stack.extend(current.value)

    def is_null(self, node: Node | None) -> bool:
        """True for a missing value: nothing after the colon, `~` or `null` (unquoted)."""
        return node is None or (
            isinstance(node, ScalarNode) and not node.style and node.value in _NULLS
        )

    def wrong_type(self, node: Node, where: str, expected: str) -> None:
        self.report(
            node,
            _("{where}: must be {expected}, not {kind}").format(
                where=where, expected=expected, kind=_kind(node)
            ),
        )
        self.sweep(node)

    def mapping(self, node: Node | None, where: str) -> Fields | None:
        """The keys of a mapping (first of any duplicates); None when absent or not a mapping."""
        if self.is_null(node) or node is None or (self._watch and not self.enter(node)):
            return None
        if not isinstance(node, MappingNode):
            self.wrong_type(node, where or _("the file"), _("a mapping of keys and values"))
            return None
        fields: Fields = {}
        check_keys = self._watch
        for key_node, value in node.value:
            if check_keys:
                self.enter(key_node)
            if not isinstance(key_node, ScalarNode):
                self.report(
                    key_node, _("{where}: a key must be plain text").format(where=join(where, "?"))
                )
                self.sweep(key_node)
                self.sweep(value)
                continue
            key = key_node.value
            if key in fields:
                line, _column = position(fields[key][0])
                self.report(
                    key_node,
                    _(
                        "{where}: duplicate key; '{key}' is already given on line {line}; keep "
                        "only one"
                    ).format(where=join(where, key), key=key, line=line),
                )
                self.sweep(value)
                continue
            fields[key] = (key_node, value)
        return fields

    def check_keys(self, fields: Fields, known: tuple[str, ...] | list[str], where: str) -> None:
        """Warn about keys not in `known`, suggesting the key that was probably meant."""
        for key, (key_node, value) in fields.items():
            if key in known:
                continue
            # A warning past MAX_PROBLEMS is dropped: skip its costly suggestion (a file of
            # 50,000 unknown keys took 15 s here).
            shown = len(self.problems) < MAX_PROBLEMS
            close = difflib.get_close_matches(key, known, n=1, cutoff=0.7) if shown else []
            hint = (
                _("did you mean '{key}'?").format(key=close[0])
                if close
                else _("it is ignored (check the spelling)")
            )
            self.report(
                key_node,
                _("{where}: unknown key; {hint}").format(where=join(where, key), hint=hint),
                Severity.WARNING,
            )
            self.sweep(value)

    @staticmethod
    def value(fields: Fields, key: str) -> Node | None:
        entry = fields.get(key)
        return entry[1] if entry else None

    def sequence(self, node: Node | None, where: str, example: str = "[...]") -> list[Node] | None:
        """The items of a list; None when absent or not a list."""
        if self.is_null(node) or node is None or (self._watch and not self.enter(node)):
            return None
        if not isinstance(node, SequenceNode):
            name = where.rsplit(".", 1)[-1]
            self.wrong_type(
                node, where, _("a list, e.g. {name}: {example}").format(name=name, example=example)
            )
            return None
        items: list[Node] = node.value
        return items

    def text(self, node: Node | None, where: str, *, markdown: bool = False) -> str | None:
        """A scalar as the text written (None when missing or null); Markdown keeps its indent."""
        # The most called reader (dozens of times per case): `is_null` and `enter` inlined.
        if node is None:
            return None
        if not isinstance(node, ScalarNode):
            if not self._watch or self.enter(node):
                self.wrong_type(node, where, _("text"))
            return None
        if not node.style and node.value in _NULLS:
            return None
        if self._watch and not self.enter(node):
            return None
        value: str = node.value
        # Only double-quoted escapes ("\e", "\u202e") can produce characters not in the raw text.
        if node.style == '"' and has_hidden_characters(value):
            hidden = next(ch for ch in value if has_hidden_characters(ch))
            self.report(
                node,
                _("{where}: {problem} (written as an escape)").format(
                    where=where, problem=hidden_character_message(hidden)
                ),
            )
        found = placeholder_in(value)
        if found is not None:
            self._report_placeholder(node, where, found)
        return value.rstrip() if markdown else value.strip()

    def _report_placeholder(self, node: Node, where: str, found: str) -> None:
        """A TODO or a bracketed hint left where a value belongs is an error: it would be
        printed in letters."""
        shown = found if len(found) <= 40 else found[:39] + "…"
        self.report(
            node,
            _(
                "{where}: '{shown}' {problem}; write the real text (or "
                "remove the line if the case has none)"
            ).format(where=where, shown=shown, problem=_(PLACEHOLDER_PROBLEM)),
        )

    def localised_text(
        self, node: Node | None, where: str, *, prefer: str = "en"
    ) -> tuple[str | None, dict[str, str]]:
        """A text written once, or as a map by language (`{en: ..., es: ...}`).

        Returns (text for show, forms by language): for a map, the text for show is the
        `prefer` form, else the first; the forms are empty for a plain text."""
        if not isinstance(node, MappingNode):
            return self.text(node, where), {}
        entries = self.mapping(node, where) or {}
        forms: dict[str, str] = {}
        for code, (key_node, value) in entries.items():
            text = self.text(value, join(where, code))
            if self.language(key_node, join(where, code), code) and text:
                forms[code] = text
            elif text is None and not isinstance(value, (MappingNode, SequenceNode)):
                self.report(
                    value or key_node,
                    _("{where}: empty; write the text").format(where=join(where, code)),
                )
        if entries and not forms:
            return None, {}
        shown = forms.get(prefer) or next(iter(forms.values()), None)
        return shown, forms

    def choice(self, node: Node | None, where: str, options: tuple[_Option, ...]) -> _Option | None:
        """A value that must be one of `options` (typed as they are: a tuple of literals gives
        a literal)."""
        value = self.text(node, where)
        if value is None:
            return None
        for option in options:
            if value == option:
                return option
        close = difflib.get_close_matches(value.lower(), options, n=1, cutoff=0.6)
        hint = _("; did you mean '{choice}'?").format(choice=close[0]) if close else ""
        self.report(
            node,
            _("{where}: must be {choices}, not '{value}'{hint}").format(
                where=where, choices=_(" or ").join(options), value=value, hint=hint
            ),
        )
        return None

    def text_list(
        self, node: Node | None, where: str, *, one_allowed: bool = False, lines: bool = False
    ) -> list[str] | None:
        """A list of texts. `one_allowed`: a single text counts as a list of one; `lines`: a
        block of text counts as one item per line. None when absent or of the wrong type."""
        if self.is_null(node) or node is None:
            return None
        if isinstance(node, ScalarNode) and (one_allowed or lines):
            single = self.text(node, where)
            if single is None:
                return None
            if lines:
                return [line.strip() for line in single.splitlines() if line.strip()]
            return [single]
        items = self.sequence(node, where)
        if items is None:
            return None
        values: list[str] = []
        for i, item in enumerate(items):
            value = self.text(item, f"{where}[{i}]")
            if value:
                values.append(value)
            elif isinstance(item, ScalarNode):
                self.report(
                    item,
                    _("{where}[{i}]: empty item; write something or remove the line").format(
                        where=where, i=i
                    ),
                )
        return values

    def language(self, node: Node | None, where: str, code: str | None) -> bool:
        """Report `code` unless it is a known language code; True when it is."""
        if code is None or is_known_language(code):
            return code is not None
        guess = suggest_code(code)
        if guess and guess.lower() == code.lower().replace("_", "-"):
            self.report(
                node,
                _("{where}: write the language code '{code}' as '{guess}'").format(
                    where=where, code=code, guess=guess
                ),
            )
        elif guess:
            self.report(
                node,
                _("{where}: unknown language code '{code}'; did you mean '{guess}'?").format(
                    where=where, code=code, guess=guess
                ),
            )
        else:
            self.report(
                node,
                _(
                    "{where}: unknown language code '{code}'; use a code such as en, fa or pt-BR"
                ).format(where=where, code=code),
            )
        return False
