"""Signers for a batch: a CSV file with a header row, read into `Sender`s with problems by line.

The header names the columns: `name` is required; `address`, `city`, `country` and `email` are
optional, in any order, matched without regard to case or surrounding spaces. An address may hold
several lines, either as a quoted field with line breaks or separated by semicolons. A file that
uses semicolons between fields (as spreadsheet programs do in many European locales) is read too.

Every problem in the file is collected before returning, so an organiser fixes them all at once;
a file with any error gives no signers at all (a batch never goes out with half its signers).
"""

from __future__ import annotations

import contextlib
import csv
import difflib
import hashlib
import io
import itertools
import operator
import os
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from appeal_tui.core import forked
from appeal_tui.core.hidden_text import HIDDEN, in_file_pattern
from appeal_tui.core.i18n import _
from appeal_tui.core.model import Sender
from appeal_tui.core.problems import Problem, Severity, has_errors

COLUMNS = ("name", "address", "city", "country", "email")
# A signers file is a list of names: tens of thousands of rows at the very most.
MAX_FILE_BYTES = 64 * 1024 * 1024
# The same over a whole file, where CR LF ends lines (spreadsheets write it).
_HIDDEN_IN_FILE = in_file_pattern()
_ADDRESS_BREAK = re.compile(r"[\n;]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


@dataclass(frozen=True)
class SignersResult:
    """What reading a signers file gave: the signers (empty if any error) and every problem."""

    path: str
    signers: tuple[Sender, ...]
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def read_signers_file(path: Path) -> SignersResult:
    """Read the signers CSV at `path`. Never raises: an unreadable file is a problem too."""
    signers: list[Sender] = []
    problems = _walk_file(path, signers.append)
    if has_errors(problems):
        signers = []
    return SignersResult(str(path), tuple(signers), tuple(problems))


class SignersFile(Collection[Sender]):
    """The signers of a file that `check_signers_file` found without errors, read from it again
    each time they are walked: a batch of 100,000 signers holds one at a time.

    Walking them raises `SignersFileChanged` when the file is no longer the one checked."""

    def __init__(self, path: Path, count: int, stamp: tuple[int, int, int]) -> None:
        self.path = path
        self.count = count
        self._stamp = stamp

    @property
    def stamp(self) -> tuple[int, int, int]:
        """The checked file's inode, size and modification time."""
        return self._stamp

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Sender]:
        # Checked already: its warnings were given, and duplicates need not be looked for again.
        with _open_checked(self.path, self._stamp) as raw:
            yield from _walk_checked(raw, str(self.path))
        if _stamp_of(self.path) != self._stamp:
            raise SignersFileChanged(
                _("{path} changed while it was read; run it again").format(path=self.path)
            )

    def __contains__(self, item: object) -> bool:
        return any(item == signer for signer in self)


class SignersFileChanged(Exception):
    """The signers file is not the one that was checked (edited meanwhile)."""


@dataclass(frozen=True)
class SignersCheck:
    """What checking a signers file found: its signers (read again when walked) or problems."""

    path: str
    signers: SignersFile | None
    problems: tuple[Problem, ...]

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


def check_signers_file(path: Path, each: Callable[[Sender], None] | None = None) -> SignersCheck:
    """Check the signers CSV at `path` without keeping its signers in memory (one at a time is
    read, checked, given to `each` and let go). Never raises."""
    count = 0

    def counted(signer: Sender) -> None:
        nonlocal count
        count += 1
        if each is not None:
            each(signer)

    stamp = _stamp_of(path)
    problems = _walk_file(path, counted)
    if has_errors(problems) or stamp is None or _stamp_of(path) != stamp:
        if not has_errors(problems):
            problems.append(Problem(str(path), None, None, _("the file changed while it was read")))
        return SignersCheck(str(path), None, tuple(problems))
    return SignersCheck(str(path), SignersFile(path, count, stamp), tuple(problems))


def _stamp_of(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


@contextlib.contextmanager
def _open_checked(path: Path, stamp: tuple[int, int, int]) -> Iterator[BinaryIO]:
    with open(path, "rb") as raw:
        st = os.fstat(raw.fileno())
        if (st.st_ino, st.st_size, st.st_mtime_ns) != stamp:
            raise SignersFileChanged(
                _("{path} changed after it was checked; run it again").format(path=path)
            )
        yield raw


def _too_large(path: str) -> Problem:
    return Problem(path, None, None, _("the file is larger than 64 MiB; is this the signers list?"))


def _walk_file(path: Path, take: Callable[[Sender], None]) -> list[Problem]:
    """Every signer of the file at `path` given to `take`, one at a time; the problems.

    Signers listed twice are found in memory that does not grow with the file: the first
    reading holds the first names and emails exactly (`_Seen`: most files are checked in that
    one reading), then notes the rest in a fixed-size sketch, which tells the ones that may
    have been seen before (all of those listed twice, and by chance a few others); only when
    there are such is the file read again, keeping those alone, to find which are."""
    seen = _Seen(str(path))
    problems = _walk_path(path, take, seen)
    warnings = seen.warnings
    sketch = seen.sketch
    if sketch is not None and sketch.candidates:
        later: list[Problem] = []
        exact = _Duplicates(str(path), later, only=sketch.candidates)
        exact.name_warned = seen.name_warned
        _walk_path(path, lambda _signer: None, exact)
        # Lines up to the switch were warned about exactly already.
        warnings = warnings + [w for w in later if (w.line or 0) > seen.switched_at]
    return _with_warnings(problems, warnings) if warnings else problems


def _walk_path(
    path: Path, take: Callable[[Sender], None], duplicates: _Seen | _Sketch | _Duplicates
) -> list[Problem]:
    name = str(path)
    try:
        with open(path, "rb") as raw:
            if os.fstat(raw.fileno()).st_size > MAX_FILE_BYTES:
                return [_too_large(name)]
            return _walk(raw, name, take, duplicates)
    except OSError as e:
        return [
            Problem(
                name,
                None,
                None,
                _("cannot read the file: {reason}").format(reason=e.strerror or type(e).__name__),
            )
        ]


def _with_warnings(problems: list[Problem], warnings: list[Problem]) -> list[Problem]:
    """`problems` with the duplicate `warnings` where reading the file once would have put
    them: each after the problems of its own and earlier lines."""
    merged: list[Problem] = []
    pending = list(reversed(warnings))
    for problem in problems:
        line = problem.line
        while pending and line is not None and (pending[-1].line or 0) < line:
            merged.append(pending.pop())
        merged.append(problem)
    merged.extend(reversed(pending))
    return merged


def _walk(
    raw: Iterator[bytes] | BinaryIO,
    path: str,
    take: Callable[[Sender], None],
    duplicates: _Seen | _Sketch | _Duplicates | None = None,
) -> list[Problem]:
    problems: list[Problem] = []
    for signer in _walk_lines(raw, path, problems, duplicates=duplicates):
        take(signer)
    return problems


class _Lines:
    """The file's lines decoded one at a time, remembering whether the lines read since
    `start_row` hold a hidden character (then the row is checked the careful way)."""

    def __init__(self, raw: Iterator[bytes] | BinaryIO) -> None:
        self.raw = iter(raw)
        self.number = 0
        self.hidden = False
        self.blank = True
        self.bad: tuple[int, int] | None = None

    def __iter__(self) -> Iterator[str]:
        for chunk in self.raw:
            self.number += 1
            try:
                line = chunk.decode("utf-8-sig" if self.number == 1 else "utf-8")
            except UnicodeDecodeError as e:
                self.bad = (self.number, e.start + 1)
                return
            if self.blank and line.strip():
                self.blank = False
            if not _plain(line) and _HIDDEN_IN_FILE.search(line):
                self.hidden = True
            yield line


def _plain(line: str) -> bool:
    """True for a line of printable ASCII, tabs and line ends (CRLF or LF): no hidden character
    (`_HIDDEN_IN_FILE` finds none), told without a search (most lines of a signers file)."""
    return (
        line.isascii()
        and line.replace("\r\n", "").replace("\n", "").replace("\t", "").isprintable()
    )


def _walk_lines(
    raw: Iterator[bytes] | BinaryIO,
    path: str,
    problems: list[Problem],
    *,
    duplicates: _Seen | _Sketch | _Duplicates | None = None,
) -> Iterator[Sender]:
    """The signers of a file's lines, one at a time; its problems added to `problems`;
    `duplicates` looks for signers listed twice."""
    lines = _Lines(raw)
    text = iter(lines)
    first = next(text, None)
    if lines.bad is not None:
        problems.append(_not_utf8(path, lines.bad))
        return
    if first is None:
        problems.append(_empty(path))
        return
    delimiter = ";" if ";" in first and "," not in first else ","
    reader = csv.reader(itertools.chain((first,), text), delimiter=delimiter, strict=True)
    rows = _rows_with_lines(reader, path, problems)
    header_row = next(rows, None)
    if header_row is None or not any(cell.strip() for cell in header_row[1]):
        for _row in rows:  # read on: a file of blank lines is empty, one with text has no header
            pass
        if lines.bad is not None:
            problems.append(_not_utf8(path, lines.bad))
            return
        if lines.blank:
            problems.append(_empty(path))
            return
        if header_row is None:
            return
    header_line, header = header_row
    columns = _read_header(header, header_line, path, problems)
    if columns is None:
        return
    width = len(header)
    quick = _QuickRow(columns)
    seen = duplicates
    any_signer = False
    lines.hidden = False
    for line, row in rows:
        hidden, lines.hidden = lines.hidden, False
        # Most rows are plain: read them directly; the careful path finds what is wrong.
        signer = quick.read(row, width) if not hidden else None
        if signer is None:
            if not any(cell.strip() for cell in row):
                continue  # blank lines between signers are harmless
            signer = _read_row(row, line, columns, width, path, problems, hidden)
        if signer is not None:
            any_signer = True
            if seen is not None:
                seen.check(signer, line)
            yield signer
    if lines.bad is not None:
        problems.append(_not_utf8(path, lines.bad))
    elif not any_signer and not has_errors(problems):
        problems.append(Problem(path, None, None, _("the file has a header row but no signers")))


def _walk_checked(raw: BinaryIO, path: str) -> Iterator[Sender]:
    """The signers of a file `check_signers_file` found without errors, as `_walk_lines`
    gives them, with less work: such a file is UTF-8, its first row is its header, it has no
    hidden character and no line ends in a lone carriage return, and every row that is not
    blank is a signer; so rows go straight from the CSV reader to `_QuickRow` (the line by line
    checks were a third of reading it). A row that is not a signer after all means the file
    is not the one checked."""
    changed = SignersFileChanged(
        _("{path} changed after it was checked; run it again").format(path=path)
    )
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    try:
        first = text.readline()
        delimiter = ";" if ";" in first and "," not in first else ","
        reader = csv.reader(itertools.chain((first,), text), delimiter=delimiter, strict=True)
        header = next(reader, None)
        columns = None if header is None else _read_header(header, 1, path, [])
        if header is None or columns is None:
            raise changed
        width = len(header)
        quick = _QuickRow(columns)
        for row in reader:
            signer = quick.read(row, width)
            if signer is None:
                if not any(cell.strip() for cell in row):
                    continue
                raise changed
            yield signer
    except (csv.Error, UnicodeDecodeError) as e:
        raise changed from e
    finally:
        text.detach()


def _empty(path: str) -> Problem:
    return Problem(
        path, None, None, _("the file is empty; it needs a header row with a 'name' column")
    )


def _not_utf8(path: str, where: tuple[int, int]) -> Problem:
    message = _("the file is not UTF-8 text; save it as 'CSV UTF-8' from the spreadsheet program")
    return Problem(path, where[0], where[1], message)


def _keys(signer: Sender) -> list[tuple[str, int]]:
    """What tells a signer listed twice: (kind, hash of the normalised name or email)."""
    keys = [("name", hash(("name", _normal(signer.name))))]
    if signer.email:
        keys.append(("email", hash(("email", _normal(signer.email)))))
    return keys


class _Duplicates:
    """Warns about a signer listed twice (the same name, or the same email): most often a row
    pasted twice, and they would sign two sets of the same letters. A warning, not an error:
    two people can share a name.

    `only`: the hashes that can be listed twice (from a `_Sketch`); the others are not kept."""

    def __init__(self, path: str, problems: list[Problem], only: set[int] | None = None) -> None:
        self.path = path
        self.problems = problems
        self.only = only
        # Hashes of the normalised names and emails, not the texts.
        self.seen: dict[int, int] = {}
        self.name_warned: set[int] = set()
        self.last_kind = ""

    def check(self, signer: Sender, line: int) -> None:
        self.last_kind = ""
        if line in self.name_warned:
            # the first reading warned about this line's name there: its email was never noted
            key = _keys(signer)[0][1]
            if self.only is None or key in self.only:
                self.seen.setdefault(key, line)
            return
        for kind, key in _keys(signer):
            if self.only is not None and key not in self.only:
                continue  # listed once: nothing to warn about
            first = self.seen.setdefault(key, line)
            if first != line:
                self.problems.append(
                    Problem(
                        self.path,
                        line,
                        None,
                        _(
                            "the same {kind} as on line {first}; is this signer listed twice? "
                            "(each row signs its own set of letters)"
                        ).format(kind=kind, first=first),
                        Severity.WARNING,
                    )
                )
                self.last_kind = kind
                return


# Names and emails held exactly while the file is first read, before the sketch takes over:
# about 2 MiB of hashes and line numbers, as much as the sketch (a file of 10,000 signers
# with emails is checked in one reading, without the sketch's probes).
EXACT_KEYS = 20_000


class _Seen:
    """Signers listed twice, found in memory that does not grow past a bound: the first
    `most` names and emails are held exactly (`_Duplicates`: its warnings as they come, in one
    reading); past that they go into a `_Sketch` with every key held so far, and the sketch's
    candidates are looked for in a second reading (`_walk_file`), which warns only about the
    lines after `switched_at`."""

    def __init__(self, path: str, most: int | None = None) -> None:
        self.warnings: list[Problem] = []
        self.exact: _Duplicates | None = _Duplicates(path, self.warnings)
        self.most = EXACT_KEYS if most is None else most
        self.sketch: _Sketch | None = None
        # The line of the last signer checked exactly (0 while every one is).
        self.switched_at = 0
        self.name_warned: set[int] = set()

    def check(self, signer: Sender, line: int) -> None:
        if self.sketch is not None:
            self.sketch.check(signer, line)
            return
        exact = self.exact
        assert exact is not None
        exact.check(signer, line)
        if exact.last_kind == "name":
            self.name_warned.add(line)
        if len(exact.seen) > self.most:
            keys = list(exact.seen)
            self.exact = exact = None  # its table let go before the sketch's is made
            sketch = _Sketch()
            for key in keys:
                sketch._add(key)
            self.sketch, self.switched_at = sketch, line


class _Sketch:
    """Which names and emails may have been seen before, in a fixed amount of memory (a Bloom
    filter of `bits` bits): never misses one seen before; by chance (about one in a million
    at 100,000 signers) takes a new one for seen, which the second reading sorts out."""

    PROBES = 4

    def __init__(self, bits: int = 1 << 24) -> None:
        self.bits = bits
        self.table = bytearray(bits // 8)
        self.candidates: set[int] = set()

    def check(self, signer: Sender, line: int) -> None:
        for _kind, key in _keys(signer):
            if self._add(key):
                self.candidates.add(key)

    def _add(self, key: int) -> bool:
        """Note `key`; True when it may have been noted before. (The PROBES = 4 bits, written
        out: a loop was a fifth of checking a signers file.)"""
        table, bits = self.table, self.bits
        value = key & 0xFFFFFFFFFFFFFFFF
        step = ((value >> 32) | 1) % bits
        # (value + n * step) % bits, one probe from the last: small numbers are quicker.
        b0 = value % bits
        b1 = (b0 + step) % bits
        b2 = (b1 + step) % bits
        b3 = (b2 + step) % bits
        m0, m1, m2, m3 = 1 << (b0 & 7), 1 << (b1 & 7), 1 << (b2 & 7), 1 << (b3 & 7)
        b0, b1, b2, b3 = b0 >> 3, b1 >> 3, b2 >> 3, b3 >> 3
        seen = bool(table[b0] & m0 and table[b1] & m1 and table[b2] & m2 and table[b3] & m3)
        table[b0] |= m0
        table[b1] |= m1
        table[b2] |= m2
        table[b3] |= m3
        return seen


def _normal(text: str) -> str:
    """Case-folded, NFKC, single-spaced: 'Ana  PÉREZ' and 'ana pérez' are the same."""
    if text.isascii():  # most names: NFKC changes nothing, lower() is casefold()
        return " ".join(text.lower().split())
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _delimiter(text: str) -> str:
    """`;` when the header row has semicolons and no commas, else `,`."""
    first = text.split("\n", 1)[0]
    return ";" if ";" in first and "," not in first else ","


def _rows_with_lines(
    reader: Iterator[list[str]], path: str, problems: list[Problem]
) -> Iterator[tuple[int, list[str]]]:
    """Each row with the line it starts on (a quoted field may span several lines)."""
    line_num = getattr(reader, "line_num", 0)
    while True:
        start = line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            problems.append(
                Problem(
                    path, start, None, _("this row cannot be read as CSV: {error}").format(error=e)
                )
            )
            return
        line_num = getattr(reader, "line_num", start)
        yield start, row


def _read_header(
    header: list[str], line: int, path: str, problems: list[Problem]
) -> dict[str, int] | None:
    """Column name -> index, or None (with problems) when the header cannot be used."""
    columns: dict[str, int] = {}
    for index, raw in enumerate(header):
        key = raw.strip().lower()
        if not key:
            continue
        if key in columns:
            problems.append(
                Problem(
                    path,
                    line,
                    index + 1,
                    _("column '{key}' appears twice in the header row").format(key=key),
                )
            )
        elif key in COLUMNS:
            columns[key] = index
        else:
            guess = difflib.get_close_matches(key, COLUMNS, n=1)
            hint = _(" (did you mean '{column}'?)").format(column=guess[0]) if guess else ""
            problems.append(
                Problem(
                    path,
                    line,
                    index + 1,
                    _(
                        "unknown column '{column}'{hint}; it is ignored. Known columns: {columns}"
                    ).format(column=raw.strip(), hint=hint, columns=", ".join(COLUMNS)),
                    Severity.WARNING,
                )
            )
    if "name" not in columns:
        problems.append(
            Problem(
                path,
                line,
                None,
                _(
                    "the header row has no 'name' column; the first row must name the "
                    "columns, e.g. name,address,city,country,email"
                ),
            )
        )
        return None
    return columns


class _QuickRow:
    """Reads a row that has nothing wrong with it; None for anything else."""

    def __init__(self, columns: dict[str, int]) -> None:
        self.indexes = tuple(columns.get(key, -1) for key in COLUMNS)
        # A row with every column (most rows): its five cells taken at once.
        self.need = max(self.indexes) + 1
        self.cells = operator.itemgetter(*(max(i, 0) for i in self.indexes))
        self.absent = tuple(n for n, i in enumerate(self.indexes) if i < 0)

    def read(self, row: list[str], width: int) -> Sender | None:
        size = len(row)
        if size > width:
            return None
        if size >= self.need and not self.absent:
            name, address, city, country, email = map(str.strip, self.cells(row))
        else:
            name, address, city, country, email = (
                row[i].strip() if 0 <= i < size else "" for i in self.indexes
            )
        if not name or (email and not _EMAIL.fullmatch(email)):
            return None
        lines = (
            tuple(p.strip() for p in _ADDRESS_BREAK.split(address) if p.strip()) if address else ()
        )
        return Sender(name, lines, city or None, country or None, email or None)


def _read_row(
    row: list[str],
    line: int,
    columns: dict[str, int],
    width: int,
    path: str,
    problems: list[Problem],
    any_hidden: bool = True,
) -> Sender | None:
    """One signer from one row, or None after adding the row's problems."""
    before = len(problems)
    if len(row) > width:
        problems.append(
            Problem(
                path,
                line,
                None,
                _(
                    "this row has {count} fields but the header has {width}; put a value "
                    "that contains a comma in double quotes"
                ).format(count=len(row), width=width),
            )
        )
        return None
    for index, value in enumerate(row if any_hidden else ()):
        hidden = HIDDEN.search(value)
        if hidden:
            problems.append(
                Problem(
                    path,
                    line,
                    index + 1,
                    _("hidden character U+{code:04X} in this field; retype it").format(
                        code=ord(hidden.group())
                    ),
                )
            )

    size = len(row)

    def cell(key: str) -> str:
        index = columns.get(key)
        return row[index].strip() if index is not None and index < size else ""

    name = cell("name")
    if not name:
        problems.append(Problem(path, line, columns["name"] + 1, _("this row has no name")))
    email = cell("email")
    if email and not _EMAIL.fullmatch(email):
        problems.append(
            Problem(
                path,
                line,
                columns["email"] + 1,
                _("'{email}' does not look like an email").format(email=email),
            )
        )
    if len(problems) > before:
        return None
    raw_address = cell("address")
    address = (
        tuple(part.strip() for part in _ADDRESS_BREAK.split(raw_address) if part.strip())
        if raw_address
        else ()
    )
    return Sender(
        name=name,
        address=address,
        city=cell("city") or None,
        country=cell("country") or None,
        email=email or None,
    )


def _failed(path: str, line: int | None, message: str, column: int | None = None) -> SignersResult:
    return SignersResult(path, (), (Problem(path, line, column, message),))


class SignersChecking:
    """The check of a signers file and its digest (`check_signers_file`), done here when asked
    for, or (`start`) in a forked copy of the command while it loads its cases: the check reads
    the whole file, a fifth of a 10,000-letter batch's time."""

    def __init__(self, path: Path, copy: forked.Forked | None = None) -> None:
        self.path = path
        self._copy = copy

    @classmethod
    def start(cls, path: Path) -> SignersChecking:
        """The check started in a copy when a core is idle and no other thread runs."""
        if not (forked.can_fork() and forked.spare_cores(most=1)):
            return cls(path)
        copy = forked.Forked(_check_in_copy, str(path))
        return cls(path, copy if copy.started else None)

    def result(self) -> tuple[SignersCheck, str]:
        """What the check found, and the signers' digest; checked here if the copy failed."""
        if self._copy is not None:
            got = _from_copy(self.path, self._copy.result())
            self._copy = None
            if got is not None:
                return got
        return _check_here(self.path)

    def stop(self) -> None:
        """Not needed after all (the batch was refused first): the copy is stopped."""
        if self._copy is not None:
            self._copy.stop()
            self._copy = None


def _check_here(path: Path) -> tuple[SignersCheck, str]:
    digest = SignersDigest()
    return check_signers_file(path, digest.add), digest.hexdigest()


def _check_in_copy(path: str) -> tuple[object, ...]:
    """In the copy: the check as plain values (`marshal` carries them back)."""
    result, digest = _check_here(Path(path))
    files = result.signers
    problems = [(p.path, p.line, p.column, p.message, p.severity.value) for p in result.problems]
    found = None if files is None else (files.count, files.stamp)
    return found, digest, problems


def _from_copy(path: Path, got: object) -> tuple[SignersCheck, str] | None:
    """`_check_in_copy`'s values back as the check; None for anything else (a failed copy)."""
    try:
        found, digest, raw = cast(tuple[Any, Any, Any], got)
        problems = tuple(
            Problem(p_path, line, column, message, Severity(severity))
            for p_path, line, column, message, severity in raw
        )
        files = None if found is None else SignersFile(path, found[0], tuple(found[1]))
    except (TypeError, ValueError):
        return None
    return SignersCheck(str(path), files, problems), str(digest)


class SignersDigest:
    """A fingerprint of a signers list (names and details in order), one signer at a time
    (while the signers file is checked)."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def add(self, s: Sender) -> None:
        # repr of plain strings and tuples is stable and far cheaper than JSON per signer.
        self._hash.update(repr((s.name, s.address, s.city, s.country, s.email)).encode("utf-8"))

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
