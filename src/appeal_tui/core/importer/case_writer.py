"""A case as plain data -> the text of a case file, written safely.

`yaml.safe_dump` quotes whatever needs quoting, so text from a document cannot add keys or
structure; multi-line text is written as a literal block, and nothing is sorted, so the file
reads in the order of the documented format.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from appeal_tui.core.hidden_text import LINE_BREAKS, LINE_SEPARATORS, hidden_pattern


class _CaseDumper(yaml.SafeDumper):
    """SafeDumper that writes multi-line strings as `|` blocks and indents lists under keys."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)

    def ignore_aliases(self, data: object) -> bool:
        # A value used twice is written twice: case files may not contain anchors or aliases.
        return True


# Hidden characters and line breaks, each run made one space in a one-line comment.
_IN_COMMENT = re.compile(f"(?:{hidden_pattern(also=LINE_BREAKS + LINE_SEPARATORS).pattern})+")


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_CaseDumper.add_representer(str, _text)


def _comment(text: str) -> str:
    """One comment line: no line breaks or control characters can escape it."""
    return "# " + _IN_COMMENT.sub(" ", text).strip()


def write_case(case: dict[str, Any], header: list[str] | None = None) -> str:
    """The YAML text of `case`, with `header` lines as comments at the top."""
    body = yaml.dump(
        case,
        Dumper=_CaseDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=4096,
    )
    lines = [_comment(h) for h in header or []]
    return "\n".join([*lines, body]) if lines else body
