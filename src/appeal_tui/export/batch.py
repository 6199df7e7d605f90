"""Batches of letters for an event: every case × language × recipient × signer, one file each.

Layout of the output folder (`--out DIR`):

    DIR/batch.json                      what this batch is (to resume it, and to refuse mixing)
    DIR/manifest.csv                    one row per letter: case, language, recipient, signer ...
    DIR/print.html                      with html: every letter, one per printed page
    DIR/<case>/<lang>/<recipient>[-<n>].<ext>

`<recipient>` is the recipient's key (post) or `email` (one letter to the primaries with copies);
`<n>` is the signer's row number in the signers file, zero-padded, absent without signers.

A batch never replaces a letter: a file that exists is kept, so running the same batch again
into the same folder writes only what is missing (an interrupted batch is resumed, with the
date of its first run). Each file is written under an owner-only temporary name in its own
folder, fsynced and renamed when complete, so an interruption or a full disk leaves no
half-written letter (a later run removes any temporary file a crash left). A folder that holds
something else, or another batch, is refused.

Speed: letters are composed once per case, language and recipients, with placeholder signer
details; each signer's letter swaps in their details. The swap is checked once per "shape" of
signer (which details they give) against composing directly, and falls back to composing each
letter if they ever differ.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from appeal_tui.core.choices import (
    RECIPIENT_WORDS,
    ChoiceError,
    check_languages,
    check_mode,
    resolve_recipients,
    split_values,
    unknown_recipient,
)
from appeal_tui.core.model import Case, Letter, Mode, Sender
from appeal_tui.core.problems import Problem
from appeal_tui.export.csv_cells import csv_bytes
from appeal_tui.export.files import safe_filename
from appeal_tui.export.formats import FORMATS, ExportOptions, check_formats, render

STATE_FILE = "batch.json"
MANIFEST_FILE = "manifest.csv"
PRINT_FILE = "print.html"
MANIFEST_HEADER = ("case", "language", "recipient", "signer_number", "signer", "files")
TEMP_PREFIX = ".tmp-"
STATE_VERSION = 1
_OWN_FILES = frozenset({STATE_FILE, MANIFEST_FILE, PRINT_FILE})


class Composer(Protocol):
    """`core.compose.compose_letters`, or a stand-in with the same signature."""

    def __call__(
        self,
        case: Case,
        language: str,
        recipient_keys: Sequence[str],
        sender: Sender,
        *,
        mode: Mode = ...,
        today: dt.date | None = ...,
    ) -> list[Letter]: ...


class BatchError(Exception):
    """The batch cannot run as asked; the message says why (nothing has been written)."""


@dataclass(frozen=True)
class BatchSpec:
    """What to write. `signers` empty: one letter set with an empty signature area."""

    cases: tuple[Case, ...]
    languages: tuple[str, ...]
    # Per case id, the recipient keys asked for (already resolved from all/primary/KEY...).
    recipients: dict[str, tuple[str, ...]]
    mode: Mode
    formats: tuple[str, ...]
    out: Path
    signers: tuple[Sender, ...] = ()
    # A fingerprint of the signers file, so a rerun with another list is noticed.
    signers_digest: str = ""
    # Per case id, the languages written for it (those of `languages` the case offers); a
    # case not listed gets every language of `languages`.
    case_languages: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # What the batch leaves out, one line each ("skipped: ..."), for the summary.
    skipped: tuple[str, ...] = ()

    def languages_for(self, case: Case) -> tuple[str, ...]:
        """The languages of the letters written for `case`."""
        return self.case_languages.get(case.id, self.languages)

    # Paper of the html files and print.html: "a4" (DL window) or "letter" (#10 window).
    paper: str = "a4"

    @property
    def signer_slots(self) -> tuple[tuple[int, Sender], ...]:
        """(number, signer) pairs; number 0 and an empty Sender when there is no signers file."""
        if not self.signers:
            return ((0, Sender()),)
        return tuple(enumerate(self.signers, start=1))

    def state(self) -> dict[str, Any]:
        """The options that make a batch what it is (compared on resume)."""
        return {
            "cases": [c.id for c in self.cases],
            "case_hashes": [c.source_hash for c in self.cases],
            "languages": list(self.languages),
            "recipients": {k: list(v) for k, v in self.recipients.items()},
            "mode": self.mode,
            "formats": list(self.formats),
            "signers": len(self.signers),
            "signers_digest": self.signers_digest,
            **(
                {"case_languages": {k: list(v) for k, v in self.case_languages.items()}}
                if self.case_languages
                else {}
            ),
            # Only when not A4, so batches started before paper sizes existed still resume.
            **({"paper": self.paper} if self.paper != "a4" else {}),
        }


def _check_keys_exist(cases: Sequence[Case], wanted: Sequence[str]) -> None:
    """A recipient key that no case has is a typo: refuse it (one case: name its choices)."""
    missing = [key for key in wanted if key not in RECIPIENT_WORDS]
    for key in missing:
        if len(cases) == 1 and cases[0].recipient(key) is None:
            raise BatchError(unknown_recipient(cases[0], key))
        if all(case.recipient(key) is None for case in cases):
            raise BatchError(f"none of the cases has a recipient '{key}'")


@dataclass(frozen=True)
class CasePlan:
    """What a batch writes for one case, and the lines saying what it leaves out."""

    languages: tuple[str, ...]
    recipients: tuple[str, ...]
    skipped: tuple[str, ...]


def plan_case(
    case: Case, languages: Sequence[str], wanted: Sequence[str], mode: str, without_address: bool
) -> CasePlan:
    """The languages (the one language rule: only those the case offers) and recipients of
    `case` in a batch, with a "skipped: ..." line for each language, recipient key and
    post recipient without an address that is left out."""
    from appeal_tui.core.languages import language_name
    from appeal_tui.core.letter_language import offers
    from appeal_tui.core.postal import post_recipients

    skipped: list[str] = []
    kept_languages: list[str] = []
    for code in languages:
        if offers(case, code):
            kept_languages.append(code)
        else:
            skipped.append(
                f"skipped: case {case.id} in {language_name(code)} ({code}): the case offers "
                f"{', '.join(case.languages)}; a letter in another language needs its asks put "
                "into your own words (write it with `appeal-tui letter`)"
            )
    chosen = resolve_recipients(case, wanted)
    keys = list(chosen.keys)
    skipped.extend(f"skipped: case {case.id} has no recipient '{key}'" for key in chosen.missing)
    post = post_recipients(case, keys, mode, without_address=without_address)
    skipped.extend(f"skipped: case {case.id}: {line}" for line in post.lines)
    keys = list(post.keys)
    return CasePlan(tuple(kept_languages), tuple(keys), tuple(skipped))


def build_spec(
    cases: Sequence[Case],
    *,
    languages: Sequence[str],
    to: Sequence[str],
    mode: str,
    formats: Sequence[str],
    out: Path,
    signers_file: Path | None = None,
    strict: bool = False,
    without_address: bool = False,
    paper: str = "a4",
) -> tuple[BatchSpec, list[Problem]]:
    """Check every input of a batch and return its spec, with the signers file's warnings.

    A case is written only in the languages it offers, to the recipients it has among those
    asked for, and (post) to those with a postal address unless `without_address`; what is
    left out is listed in `spec.skipped`. `strict`: anything left out is an error instead.

    Raises BatchError naming what is wrong (a signers file with errors: every error, one a
    line, as `file:line:column: error: ...`). Nothing is written.
    """
    from appeal_tui.core.signers import read_signers_file

    try:
        chosen_formats = list(check_formats(formats)) or ["txt"]
    except ValueError as e:
        raise BatchError(str(e)) from None
    try:
        codes = list(check_languages(languages))
        chosen_mode = check_mode(mode)
    except ChoiceError as e:
        raise BatchError(str(e)) from None
    if paper not in ("a4", "letter"):
        raise BatchError(f"unknown paper size '{paper}'; choose a4 or letter")
    if not cases:
        raise BatchError("choose at least one case")
    for case in cases:
        if not case.is_writable:
            raise BatchError(f"case {case.id} is closed: no new letters (see its updates)")
    wanted = split_values(to)
    _check_keys_exist(cases, wanted)
    plans = {case.id: plan_case(case, codes, wanted, mode, without_address) for case in cases}
    skipped = [line for p in plans.values() for line in p.skipped]
    if strict and skipped:
        raise BatchError(
            "\n".join(skipped) + "\n--strict: the batch would leave out what is listed above"
        )
    kept = [case for case in cases if plans[case.id].languages and plans[case.id].recipients]
    skipped += [
        f"skipped: case {case.id}: nothing to write for it" for case in cases if case not in kept
    ]
    if not kept:
        raise BatchError("\n".join(skipped) + "\nnothing to write: no case has letters to write")
    recipients = {case.id: plans[case.id].recipients for case in kept}
    case_languages = {
        case.id: plans[case.id].languages
        for case in kept
        if plans[case.id].languages != tuple(codes)
    }
    signers: tuple[Sender, ...] = ()
    warnings: list[Problem] = []
    if signers_file is not None:
        result = read_signers_file(signers_file)
        if result.has_errors:
            raise BatchError("\n".join(p.format() for p in result.problems if p.is_error))
        signers = result.signers
        warnings = list(result.problems)
    spec = BatchSpec(
        cases=tuple(kept),
        languages=tuple(codes),
        recipients=recipients,
        mode=chosen_mode,
        formats=tuple(chosen_formats),
        out=out,
        signers=signers,
        signers_digest=signers_digest(signers) if signers else "",
        case_languages=case_languages,
        skipped=tuple(skipped),
        paper=paper,
    )
    check_output_folder(spec)
    return spec, warnings


def signers_digest(signers: Sequence[Sender]) -> str:
    """A fingerprint of a signers list (names and details in order)."""
    h = hashlib.sha256()
    for s in signers:
        # repr of plain strings and tuples is stable and far cheaper than JSON per signer.
        h.update(repr((s.name, s.address, s.city, s.country, s.email)).encode("utf-8"))
    return h.hexdigest()


@dataclass(frozen=True)
class PlannedLetter:
    """One letter of the batch and the files it becomes (relative to the output folder)."""

    case: Case
    language: str
    recipient_keys: tuple[str, ...]
    label: str
    signer_number: int
    signer: Sender
    files: tuple[str, ...]


def _pad(count: int) -> int:
    return max(1, len(str(count)))


def _groups(spec: BatchSpec) -> Iterator[tuple[Case, str, tuple[str, ...], str]]:
    """(case, language, recipient keys for one compose call, file label) in output order."""
    for case in spec.cases:
        keys = spec.recipients[case.id]
        for language in spec.languages_for(case):
            if spec.mode == "email":
                yield case, language, keys, "email"
            else:
                for key in keys:
                    yield case, language, (key,), key


def plan(spec: BatchSpec) -> list[PlannedLetter]:
    """Every letter of the batch, in a stable order, with its file names."""
    width = _pad(len(spec.signers))
    letters: list[PlannedLetter] = []
    for case, language, keys, label in _groups(spec):
        folder = f"{safe_filename(case.id)}/{safe_filename(language)}"
        # Made safe once per group: adding "-<digits>.<ext>" keeps a safe name safe.
        safe_label = safe_filename(label)
        for number, signer in spec.signer_slots:
            stem = safe_label if number == 0 else f"{safe_label}-{number:0{width}d}"
            files = tuple(f"{folder}/{stem}.{fmt}" for fmt in spec.formats)
            letters.append(PlannedLetter(case, language, keys, label, number, signer, files))
    return letters


def letter_count(spec: BatchSpec) -> int:
    """How many letters the batch holds (without planning each)."""
    groups = sum(1 for _ in _groups(spec))
    return groups * len(spec.signer_slots)


# --- composing with swapped signers ---------------------------------------------------------------

_MARK = "\ue000{}\ue001"  # private-use characters: never in a case or a name
_NAME, _CITY, _COUNTRY, _EMAIL, _ADDRESS = (_MARK.format(n) for n in ("N", "C", "K", "E", "A"))
_MARKED = Sender(_NAME, (_ADDRESS,), _CITY, _COUNTRY, _EMAIL)
_TRIM = " ,،;-–"


def _shape(signer: Sender) -> tuple[bool, int, bool, bool, bool]:
    return (bool(signer.name), len(signer.address), bool(signer.city), bool(signer.country),
            bool(signer.email))  # fmt: skip


def _fill(text: str, signer: Sender) -> str:
    return (
        text.replace(_NAME, signer.name)
        .replace(_CITY, signer.city or "")
        .replace(_COUNTRY, signer.country or "")
        .replace(_EMAIL, signer.email or "")
        .replace(_ADDRESS, ", ".join(signer.address))
    )


def _fill_lines(lines: tuple[str, ...], signer: Sender) -> tuple[str, ...]:
    out: list[str] = []
    for line in lines:
        if line == _ADDRESS:
            out.extend(signer.address)
            continue
        if "\ue000" not in line:
            out.append(line)
            continue
        # "Madrid, Spain" with no country given becomes "Madrid", not "Madrid, ".
        filled = _fill(line, signer).strip().strip(_TRIM).strip()
        if filled:
            out.append(filled)
    return tuple(out)


def _plain(signer: Sender) -> bool:
    """Details that fill in as they are: no line breaks, no marks, no spaces around them.
    Anything else is composed directly (never swapped), whatever the check said."""
    values = (signer.name, *signer.address, signer.city or "", signer.country or "",
              signer.email or "")  # fmt: skip
    return all(
        v == v.strip() and "\n" not in v and "\r" not in v and "\ue000" not in v for v in values
    )


TextTemplate = list[str | tuple[str, str]]


def _text_template(text: str) -> TextTemplate:
    """A rendered marked letter cut into constant runs of lines and lines holding marks."""
    lines = text.split("\n")
    pieces: TextTemplate = []
    run: list[str] = []
    for i, line in enumerate(lines):
        end = "\n" if i < len(lines) - 1 else ""
        if "\ue000" in line:
            if run:
                pieces.append("".join(run))
                run = []
            pieces.append((line, end))
        else:
            run.append(line + end)
    if run:
        pieces.append("".join(run))
    return pieces


def _fill_text(template: TextTemplate, signer: Sender) -> str:
    """The letter's text with the signer's details in place of the marks; a line left empty
    goes, an address mark becomes the signer's address lines."""
    whole = {_NAME: signer.name, _CITY: signer.city or "", _COUNTRY: signer.country or "",
             _EMAIL: signer.email or ""}  # fmt: skip
    out: list[str] = []
    for piece in template:
        if isinstance(piece, str):
            out.append(piece)
            continue
        line, end = piece
        value = whole.get(line)
        filled = ((value,) if value else ()) if value is not None else _fill_lines((line,), signer)
        if filled:
            out.append("\n".join(filled) + end)
    return "".join(out)


_LINE_FIELDS = ("sender_block", "signature", "recipient_block", "copies", "notes")
_TEXT_FIELDS = ("closing", "salutation", "subject", "date_text", "copy_heading")


def _marked_fields(letter: Letter) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Which fields of a letter composed for the marked sender hold a mark."""
    lines = tuple(f for f in _LINE_FIELDS if any("\ue000" in x for x in getattr(letter, f)))
    texts = tuple(f for f in _TEXT_FIELDS if "\ue000" in (getattr(letter, f) or ""))
    paragraphs = any("\ue000" in p.text for p in letter.paragraphs)
    return lines, texts, paragraphs


def _swap(
    letter: Letter, signer: Sender, marked: tuple[tuple[str, ...], tuple[str, ...], bool]
) -> Letter:
    """`letter` (composed for the marked sender) with `signer`'s details in their place."""
    lines, texts, paragraphs = marked
    changes: dict[str, Any] = {f: _fill_lines(getattr(letter, f), signer) for f in lines}
    for name in texts:
        changes[name] = _fill(getattr(letter, name), signer)
    if paragraphs:
        changes["paragraphs"] = tuple(
            dataclasses.replace(p, text=_fill(p.text, signer)) if "\ue000" in p.text else p
            for p in letter.paragraphs
        )
    return dataclasses.replace(letter, **changes)


@dataclass
class SignedComposer:
    """Letters for one case, language and recipients, for signer after signer, fast."""

    compose: Composer
    case: Case
    language: str
    keys: tuple[str, ...]
    mode: Mode
    today: dt.date
    _marked: list[Letter] | None = None
    _fields: list[tuple[tuple[str, ...], tuple[str, ...], bool]] = field(default_factory=list)
    _trusted: dict[tuple[bool, int, bool, bool, bool], bool] = field(default_factory=dict)
    _marked_text: TextTemplate | None = None
    _text_trusted: dict[tuple[bool, int, bool, bool, bool], bool] = field(default_factory=dict)

    def _direct(self, signer: Sender) -> list[Letter]:
        return self.compose(
            self.case, self.language, self.keys, signer, mode=self.mode, today=self.today
        )

    def letters(self, signer: Sender) -> list[Letter]:
        """The letters for `signer`, as `compose` would give them."""
        if not signer.name or not _plain(signer):
            return self._direct(signer)
        marked = self._marked_letters()
        shape = _shape(signer)
        trusted = self._trusted.get(shape)
        if trusted is False:
            return self._direct(signer)
        swapped = [
            _swap(letter, signer, fields)
            for letter, fields in zip(marked, self._fields, strict=True)
        ]
        if trusted is None:
            direct = self._direct(signer)
            self._trusted[shape] = swapped == direct
            return direct
        return swapped

    def _marked_letters(self) -> list[Letter]:
        if self._marked is None:
            self._marked = self._direct(_MARKED)
            self._fields = [_marked_fields(letter) for letter in self._marked]
        return self._marked

    def text(self, signer: Sender) -> bytes:
        """The first letter for `signer` as plain text (`export.text.letter_to_text`), made by
        filling the signer into the text of the marked letter: the fastest path, checked
        against rendering the composed letter once per shape of signer."""
        from appeal_tui.export.text import letter_to_text

        if not signer.name or not _plain(signer):
            return letter_to_text(self.letters(signer)[0]).encode("utf-8")
        if self._marked_text is None:
            self._marked_text = _text_template(letter_to_text(self._marked_letters()[0]))
        shape = _shape(signer)
        trusted = self._text_trusted.get(shape)
        if trusted is False:
            return letter_to_text(self._direct(signer)[0]).encode("utf-8")
        filled = _fill_text(self._marked_text, signer)
        if trusted is None:
            direct = letter_to_text(self._direct(signer)[0])
            self._text_trusted[shape] = filled == direct
            return direct.encode("utf-8")
        return filled.encode("utf-8")


# --- rendering -----------------------------------------------------------------------------------

Renderer = Callable[[Letter, Case, Sender], bytes]


def default_renderers(paper: str = "a4") -> dict[str, Renderer]:
    """The file formats of a batch (`export.formats`): one letter per file (html on `paper`)."""

    def renderer(name: str) -> Renderer:
        def render_one(letter: Letter, case: Case, signer: Sender) -> bytes:
            options = ExportOptions(
                case=case,
                sender=signer if signer.name else None,
                paper="letter" if paper == "letter" else "a4",
            )
            return render(name, [letter], options)

        return render_one

    return {name: renderer(name) for name in FORMATS}


# --- the output folder ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchResult:
    """What a run did. `complete`: every letter of the batch is now in the folder."""

    out: Path
    letters: int
    files: int
    written: int
    existing: int
    complete: bool
    date: dt.date
    dry_run: bool = False
    # Letters written by this run (a dry run: that it would write).
    new_letters: int = 0
    skipped: tuple[str, ...] = ()
    # With dry_run: the files a run would write now (relative to `out`), in order.
    would_write: tuple[str, ...] = ()

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary (the command prints it when not on a terminal)."""
        return {
            "out": str(self.out),
            "letters": self.letters,
            "files": self.files,
            "written": self.written,
            "existing": self.existing,
            "complete": self.complete,
            "date": self.date.isoformat(),
            "dry_run": self.dry_run,
            "new_letters": self.new_letters,
            "skipped": list(self.skipped),
            **({"would_write": list(self.would_write)} if self.dry_run else {}),
        }


def check_output_folder(spec: BatchSpec) -> dict[str, Any] | None:
    """The state of an earlier run of this batch in `spec.out`, or None for a new folder.

    Raises BatchError when the folder is a file, holds something other than a batch, or holds
    another batch.
    """
    out = spec.out
    if out.exists() and not out.is_dir():
        raise BatchError(f"{out} is a file; give a folder for the letters")
    if not out.exists():
        return None
    try:
        names = [n for n in os.listdir(out) if not n.startswith(TEMP_PREFIX)]
    except OSError as e:
        raise BatchError(f"cannot read {out}: {e.strerror or e}") from e
    if not names:
        return None
    state_path = out / STATE_FILE
    if not state_path.is_file():
        raise BatchError(
            f"{out} is not empty and holds no batch; choose a new folder "
            "(a batch never writes over other files)"
        )
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BatchError(f"{state_path} cannot be read ({e}); choose a new folder") from e
    if not isinstance(state, dict) or state.get("options") != spec.state():
        raise BatchError(
            f"{out} holds another batch (other cases, languages, recipients, formats or "
            "signers); choose a new folder, or run the same batch again to finish it"
        )
    return state


def _batch_date(state: dict[str, Any] | None, today: dt.date | None) -> dt.date:
    if state is not None:
        try:
            return dt.date.fromisoformat(str(state.get("date")))
        except ValueError:
            pass
    return today or dt.date.today()


def _write_file(path: str, data: bytes) -> None:
    """Write one letter atomically: a temporary name in the same folder (owner-only, 0o600),
    written in full, fsynced, then renamed to `path`.

    An interruption or a full disk leaves either no letter or the whole letter, never a
    truncated one, and the temporary file is removed when the write fails. The batch checks
    that `path` is absent before writing (a letter that exists is kept, never replaced).
    """
    _write_atomic(path, data, mode=0o600, sync=True)


def _write_atomic(path: str, data: bytes, *, mode: int, sync: bool) -> None:
    """`data` to `path` via an owner-only temporary file beside it; nothing is left on failure."""
    folder, _, name = path.rpartition("/")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        temp = f"{folder}/{TEMP_PREFIX}{name}-{secrets.token_hex(4)}"
        try:
            fd = os.open(temp, flags, 0o600)
        except FileExistsError:
            continue
        break
    try:
        try:
            # The umask cannot widen 0o600, but a file system may ignore the mode given to open.
            if hasattr(os, "fchmod"):
                os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
        if mode != 0o600:
            os.chmod(temp, mode)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def _incomplete(path: str, expected: bytes) -> bool:
    """True for a file cut short while being written: a strict beginning of what it should be.
    A file that differs otherwise was changed by someone, and is kept."""
    try:
        with open(path, "rb") as f:
            actual = f.read(len(expected) + 1)
    except OSError:
        return False
    return len(actual) < len(expected) and expected.startswith(actual)


def _remove_temps(out: Path) -> None:
    """Half-written files of an interrupted run (only our own temporary names)."""
    for folder, _dirs, names in os.walk(out):
        for name in names:
            if name.startswith(TEMP_PREFIX):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def _write_small(path: Path, data: bytes, *, mode: int = 0o600, sync: bool = False) -> None:
    """The folder's own files: replaced atomically when their content changes (see
    `_write_atomic`; the temporary file is owner-only whatever `mode` the file gets).

    `sync` only for batch.json, written before any letter: the manifest can be made again.
    """
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    _write_atomic(str(path), data, mode=mode, sync=sync)


def manifest_bytes(rows: Sequence[PlannedLetter]) -> bytes:
    """manifest.csv: every cell neutralised against spreadsheet formulas (`csv_cells`): case ids,
    recipient keys and signer names all come from files someone else wrote."""
    return csv_bytes(
        MANIFEST_HEADER,
        (
            (
                row.case.id,
                row.language,
                row.label,
                row.signer_number or "",
                row.signer.name,
                " ".join(row.files),
            )
            for row in rows
        ),
    )


def run_batch(
    spec: BatchSpec,
    *,
    compose: Composer | None = None,
    renderers: dict[str, Renderer] | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Write the batch `spec` (see the module docstring). Raises BatchError before writing
    anything when the output folder cannot be used.

    `limit`: write at most this many new letters, then stop (the rest can be written by a
    later run). `progress(done, total)` is called now and then, never per letter.
    """
    state = check_output_folder(spec)
    date = _batch_date(state, today)
    planned = plan(spec)
    total_files = sum(len(p.files) for p in planned)
    if dry_run:
        return _dry_run(spec, planned, total_files, date, limit)
    if compose is None:
        from appeal_tui.core.compose import compose_letters

        compose = compose_letters
    render = renderers or default_renderers(spec.paper)

    out = spec.out
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    _remove_temps(out)
    _write_small(
        out / STATE_FILE,
        json.dumps(
            {"version": STATE_VERSION, "date": date.isoformat(), "options": spec.state()},
            indent=1,
        ).encode("utf-8"),
        sync=True,
    )
    root = str(out)
    fast_text = renderers is None  # our own text renderer: the signer can be filled into text
    present: dict[str, set[str]] = {}

    def exists(rel: str) -> bool:
        folder, _, name = rel.rpartition("/")
        names = present.get(folder)
        if names is None:
            try:
                names = set(os.listdir(f"{root}/{folder}"))
            except FileNotFoundError:
                os.makedirs(f"{root}/{folder}", mode=0o700, exist_ok=True)
                names = set()
            present[folder] = names
        return name in names

    composers: dict[tuple[str, str, tuple[str, ...]], SignedComposer] = {}

    def composer_for(item: PlannedLetter) -> SignedComposer:
        key = (item.case.id, item.language, item.recipient_keys)
        found = composers.get(key)
        if found is None:
            composers.clear()  # groups come in order: keep one at a time
            found = composers[key] = SignedComposer(
                compose, item.case, item.language, item.recipient_keys, spec.mode, date
            )
        return found

    def render_file(
        item: PlannedLetter, rel: str, letter: Letter | None
    ) -> tuple[bytes, Letter | None]:
        fmt = rel.rpartition(".")[2]
        composer = composer_for(item)
        if fmt == "txt" and fast_text:
            return composer.text(item.signer), letter
        if letter is None:
            letter = composer.letters(item.signer)[0]
        return render[fmt](letter, item.case, item.signer), letter

    # Folders written by versions before atomic writes: only the last file can be incomplete.
    last: tuple[PlannedLetter, str] | None = None
    for item in planned:
        for rel in item.files:
            if exists(rel):
                last = (item, rel)
    if last is not None and _incomplete(f"{root}/{last[1]}", render_file(*last, None)[0]):
        os.unlink(f"{root}/{last[1]}")
        present[last[1].rpartition("/")[0]].discard(last[1].rpartition("/")[2])

    written = kept = new_letters = 0
    done: list[tuple[PlannedLetter, Letter | None]] = []
    step = max(1, len(planned) // 200)
    stopped = False
    for index, item in enumerate(planned):
        if progress is not None and index % step == 0:
            progress(index, len(planned))
        missing = [rel for rel in item.files if not exists(rel)]
        kept += len(item.files) - len(missing)
        if not missing:
            done.append((item, None))
            continue
        if limit is not None and new_letters >= limit:
            stopped = True
            break
        letter: Letter | None = None
        for rel in missing:
            data, letter = render_file(item, rel, letter)
            _write_file(f"{root}/{rel}", data)
            written += 1
        new_letters += 1
        done.append((item, letter))
    if progress is not None:
        progress(len(done), len(planned))

    complete = not stopped and len(done) == len(planned)
    skipped = spec.skipped
    _write_small(out / MANIFEST_FILE, manifest_bytes([item for item, _ in done]))
    if "html" in spec.formats:
        _write_print(out, done, compose, spec.mode, date, spec.paper)
    return BatchResult(
        out,
        len(planned),
        total_files,
        written,
        kept,
        complete,
        date,
        new_letters=new_letters,
        skipped=skipped,
    )


def _dry_run(
    spec: BatchSpec,
    planned: list[PlannedLetter],
    total_files: int,
    date: dt.date,
    limit: int | None,
) -> BatchResult:
    """What a run with the same options would do, counted the way the run counts: files
    already in the folder are kept, and `limit` stops after that many new letters. The files
    it would write are listed in `would_write`. Reads the folder, writes nothing."""
    present: dict[str, set[str]] = {}

    def exists(rel: str) -> bool:
        folder, _, name = rel.rpartition("/")
        if folder not in present:
            try:
                present[folder] = set(os.listdir(spec.out / folder))
            except OSError:
                present[folder] = set()
        return name in present[folder]

    to_write = kept = new_letters = 0
    would: list[str] = []
    stopped = False
    for item in planned:
        missing = [rel for rel in item.files if not exists(rel)]
        kept += len(item.files) - len(missing)
        if not missing:
            continue
        if limit is not None and new_letters >= limit:
            stopped = True
            break
        to_write += len(missing)
        would.extend(missing)
        new_letters += 1
    complete = not stopped
    return BatchResult(
        spec.out,
        len(planned),
        total_files,
        to_write,
        kept,
        complete,
        date,
        dry_run=True,
        new_letters=new_letters,
        skipped=spec.skipped,
        would_write=tuple(would),
    )


def _write_print(
    out: Path,
    done: list[tuple[PlannedLetter, Letter | None]],
    compose: Composer,
    mode: Mode,
    date: dt.date,
    paper: str = "a4",
) -> None:
    """print.html with every letter in the folder, one per page (composed again where a run
    found the letter written already)."""
    from appeal_tui.export.html import letters_to_html

    letters: list[Letter] = []
    composer: SignedComposer | None = None
    for item, letter in done:
        if letter is None:
            if composer is None or (composer.case.id, composer.language, composer.keys) != (
                item.case.id,
                item.language,
                item.recipient_keys,
            ):
                composer = SignedComposer(
                    compose, item.case, item.language, item.recipient_keys, mode, date
                )
            letter = composer.letters(item.signer)[0]
        letters.append(letter)
    html = letters_to_html(letters, paper="letter" if paper == "letter" else "a4")
    _write_small(out / PRINT_FILE, html.encode("utf-8"))
