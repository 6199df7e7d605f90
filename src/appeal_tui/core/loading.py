"""Loading one case file: bytes -> checked text -> YAML nodes -> `Case`, with every problem found.

Nothing here raises for a bad file: size, encoding, hidden characters, YAML syntax and the case
format are all reported as `Problem`s with 1-based line and column. A file with any error gives
no case; warnings (an unknown key, say) leave the case usable.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import itertools
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, NamedTuple

from appeal_tui.core.hidden_text import LINE_SEPARATORS, may_hide
from appeal_tui.core.i18n import _
from appeal_tui.core.problems import Problem, has_errors

if TYPE_CHECKING:
    import yaml

    from appeal_tui.core.model import Case

# The checking itself (YAML, the case format, Babel's language codes) is imported when a file
# is first loaded: the app's case list starts from its index with `LoadResult`s only.

MAX_FILE_BYTES = 1024 * 1024
# Hidden characters reported one by one before the rest are summed up.
_MAX_HIDDEN_REPORTED = 10


@dataclass(frozen=True)
class LoadResult:
    """What loading one file gave: the case (None if there was any error) and every problem."""

    path: str
    case: Case | None
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def load_case_file(path: Path) -> LoadResult:
    """Load the case file at `path`. Never raises: an unreadable file is a problem like others."""
    data = read_case_file(path)
    return data if isinstance(data, LoadResult) else load_case_bytes(data, str(path))


def read_case_file(path: Path) -> bytes | LoadResult:
    """The bytes of the case file at `path` (at most one byte past MAX_FILE_BYTES), or what
    loading a file that cannot be read gives."""
    try:
        # os.open: `open` adds a buffered reader and asks whether the file is a terminal (a
        # tenth of reading a case file, 10,000 times at a first start).
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        try:
            # Read by the file's size (a read of the limit reserves the whole limit for each
            # file), and at most one byte past the limit, so a huge file is never read in full.
            size = os.fstat(fd).st_size
            data = _read(fd, min(size, MAX_FILE_BYTES) + 1)
            if len(data) > size and len(data) <= MAX_FILE_BYTES:  # it grew while we read it
                data += _read(fd, MAX_FILE_BYTES + 1 - len(data))
        finally:
            os.close(fd)
    except OSError as e:
        reason = e.strerror or type(e).__name__
        return _failed(str(path), None, _("cannot read the file: {reason}").format(reason=reason))
    return data


def _read(fd: int, limit: int) -> bytes:
    """Up to `limit` bytes from `fd`: fewer only at the end of the file."""
    data = os.read(fd, limit)
    while data and len(data) < limit:
        more = os.read(fd, limit - len(data))
        if not more:
            break
        data += more
    return data


def load_case_bytes(data: bytes, path: str, *, default_id: str | None = None) -> LoadResult:
    """Load a case from the bytes of a file. `path` names it in problems and becomes
    `Case.source_path`; the id defaults to `default_id`, else to the file name's stem."""
    if len(data) > MAX_FILE_BYTES:
        return _failed(
            path,
            None,
            _(
                "the file is larger than 1 MiB; a case file is a few kilobytes of text "
                "(is this the right file?)"
            ),
        )
    text, problem = _decode(data, path)
    if problem is not None:
        return LoadResult(path, None, (problem,))
    checks = _checking()
    yaml = checks.yaml

    problems, has_controls = _hidden_character_problems(text, path, data)
    # libyaml rejects raw control characters itself, with a vaguer message: stop here for those.
    if has_controls:
        return LoadResult(path, None, tuple(problems))
    try:
        root = checks.compose(text)
    except yaml.MarkedYAMLError as e:
        problems.append(_yaml_problem(e, text, path))
        return LoadResult(path, None, tuple(problems))
    except yaml.reader.ReaderError as e:  # a character YAML refuses, such as U+FFFE
        line, column = checks.line_and_column(text, e.position)
        char = e.character if isinstance(e.character, int) else ord(e.character)
        message = _("character U+{code:04X} is not allowed in YAML; remove it").format(code=char)
        problems.append(Problem(path, line, column, message))
        return LoadResult(path, None, tuple(problems))
    except yaml.YAMLError as e:
        problems.append(Problem(path, None, None, _("invalid YAML: {error}").format(error=e)))
        return LoadResult(path, None, tuple(problems))
    except RecursionError:  # only the pure-Python fallback recurses; libyaml limits depth
        problems.append(Problem(path, None, None, _("invalid YAML: nested too deeply")))
        return LoadResult(path, None, tuple(problems))

    reader = checks.NodeReader(path, text, problems)
    stem = default_id if default_id is not None else _stem(path)
    case = checks.build_case(
        reader, root, stem, source_path=path, source_hash=hashlib.sha256(data).hexdigest()
    )
    return LoadResult(path, case, tuple(sorted(problems, key=_reading_order)))


# A line that starts at the left margin (not blank, not a comment; found by the line break
# before it, which is quicker than looking at every line start) and a top-level key there.
_TOP_LINE = re.compile(r"\n(?=[^ \t#\r\n])")
_TOP_KEY = re.compile(r"([A-Za-z0-9_-]+):(?=[ \t\r\n]|$)")


def glance_case_bytes(data: bytes, path: str) -> Case | None:
    """What the case list shows of the case file `data` (`case_schema.listed_case`: the id,
    title, people, country, deadline, languages, status, reference and tags, the rest empty),
    a few times quicker than loading it: only those keys' lines are composed and read, exactly
    as `load_case_bytes` reads them. None whenever that is not certain (an error in those keys,
    a required key missing, hidden characters, not UTF-8, a layout other than one `key:` per
    line at the left margin...): load the file instead. Nothing else is checked, so the file
    must still be loaded to know its problems, and may have errors."""
    if len(data) > MAX_FILE_BYTES or may_hide(data, also=LINE_SEPARATORS):
        return None
    text, problem = _decode(data, path)
    if problem is not None:
        return None
    checks = _checking()
    # (Each break's place in "\n" + text is where its line starts in `text`.)
    starts = [m.start() for m in _TOP_LINE.finditer("\n" + text)]
    if not starts or not _blank_or_comments(text[: starts[0]]):
        return None
    starts.append(len(text))
    parts: list[str] = []
    keys: set[str] = set()
    for at, end in itertools.pairwise(starts):
        key = _TOP_KEY.match(text, at)
        if key is None:  # ("---", a flow mapping, a quoted key, a line the YAML runs on...)
            return None
        keys.add(key.group(1))
        if key.group(1) in checks.LISTED_KEYS:
            parts.append(text[at:end])
    if not keys >= checks.REQUIRED_KEYS:
        return None
    listed = "".join(parts)
    try:
        root = checks.compose(listed)
    except (checks.yaml.YAMLError, RecursionError):
        return None
    # Each part one key: a part that ran into the next would be read differently in the file.
    if not isinstance(root, checks.MappingNode) or len(root.value) != len(parts):
        return None
    reader = checks.NodeReader(path, listed, [])
    return checks.listed_case(reader, root, _stem(path))  # type: ignore[no-any-return]


def _blank_or_comments(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())


class _Checks(NamedTuple):
    yaml: Any
    compose: Any
    line_and_column: Any
    build_case: Any
    NodeReader: Any
    find_hidden_characters: Any
    hidden_character_message: Any
    listed_case: Any
    LISTED_KEYS: frozenset[str]
    REQUIRED_KEYS: frozenset[str]
    MappingNode: Any


@functools.cache
def _checking() -> _Checks:
    """What checking a file needs, imported when a file is first loaded (an import statement
    in `load_case_bytes` itself costs a little on each of thousands of files)."""
    import yaml

    from appeal_tui.core.case_nodes import NodeReader
    from appeal_tui.core.case_schema import LISTED_KEYS, REQUIRED_KEYS, build_case, listed_case
    from appeal_tui.core.yaml_nodes import (
        MappingNode,
        compose,
        find_hidden_characters,
        hidden_character_message,
        line_and_column,
    )

    return _Checks(
        yaml,
        compose,
        line_and_column,
        build_case,
        NodeReader,
        find_hidden_characters,
        hidden_character_message,
        listed_case,
        LISTED_KEYS,
        REQUIRED_KEYS,
        MappingNode,
    )


def _stem(path: str) -> str:
    """`PurePath(path).stem` (the default case id), without making a path object for each of
    thousands of files."""
    name = path.rpartition("/")[2]
    if os.sep != "/" or os.altsep or not name or name in (".", ".."):
        return PurePath(path).stem
    dot = name.rfind(".")
    return name[:dot] if 0 < dot < len(name) - 1 else name


def _reading_order(problem: Problem) -> tuple[int, int]:
    """Problems sorted by where they are; those without a position last."""
    if problem.line is None:
        return (1 << 30, 0)
    return (problem.line, problem.column or 0)


def _failed(path: str, line: int | None, message: str) -> LoadResult:
    column = 1 if line is not None else None
    return LoadResult(path, None, (Problem(path, line, column, message),))


def _decode(data: bytes, path: str) -> tuple[str, Problem | None]:
    """The file's text (a leading BOM dropped), or a problem saying where it stops being UTF-8."""
    bom = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    try:
        return data[bom:].decode("utf-8"), None
    except UnicodeDecodeError as e:
        offset = bom + e.start
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "", Problem(
            path, 1, 1, _("the file is UTF-16, not UTF-8; save it as UTF-8 in your editor")
        )
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    message = _(
        "the file is not UTF-8: byte 0x{value:02X} at offset {offset} cannot "
        "be read; save the file as UTF-8 in your editor"
    ).format(value=data[offset], offset=offset)
    return "", Problem(path, line, column, message)


def _hidden_character_problems(text: str, path: str, data: bytes) -> tuple[list[Problem], bool]:
    """Control and bidi override characters anywhere in the text (of the UTF-8 `data`), by line
    and column; and whether any is a control character (which YAML itself cannot read past)."""
    if not may_hide(data, also=LINE_SEPARATORS):
        return [], False
    checks = _checking()
    problems: list[Problem] = []
    has_controls = False
    for count, match in enumerate(checks.find_hidden_characters(text)):
        has_controls = has_controls or match.group() < "\u2000"
        if count == _MAX_HIDDEN_REPORTED:
            problems.append(
                Problem(path, None, None, _("more hidden characters not shown; remove them all"))
            )
            break
        line, column = checks.line_and_column(text, match.start())
        message = checks.hidden_character_message(match.group())
        problems.append(Problem(path, line, column, message))
    return problems, has_controls


def _yaml_problem(e: yaml.MarkedYAMLError, text: str, path: str) -> Problem:
    """A YAML syntax error at its position, with a hint where a common cause is obvious."""
    mark = e.problem_mark or e.context_mark
    message = _("invalid YAML: {value}").format(value=e.problem or e.context)
    if e.context and e.problem and e.context_mark is not None:
        message += _(" ({context} on line {number})").format(
            context=e.context, number=e.context_mark.line + 1
        )
    if mark is not None and 0 <= mark.index < len(text) and text[mark.index] == "\t":
        message += _("; indent with spaces, not tabs")
    if mark is None:
        return Problem(path, None, None, message)
    return Problem(path, mark.line + 1, mark.column + 1, message)
