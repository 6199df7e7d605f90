"""A batch's output folder: refusing a folder that holds something else, resuming, repairing.

    DIR/batch.json                      what this batch is (to resume it, and to refuse mixing)
    DIR/manifest.csv                    one row per letter: case, language, recipient, signer ...
    DIR/print.html                      with html: every letter, one per printed page
    DIR/<case>/<lang>/<recipient>[-<n>].<ext>

Every file is written through `storage.atomic`: letters are created and never replace a file
(a letter that exists is kept), the folder's own three files are replaced.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NotRequired, TypedDict

from appeal_tui.core.i18n import _
from appeal_tui.core.model import Letter, Mode
from appeal_tui.export.csv_cells import Cell, SafeCsvWriter, safe_cell
from appeal_tui.storage.atomic import TEMP_PREFIX, atomic_output, write_atomic

if TYPE_CHECKING:
    from appeal_tui.export.batch.plan import PlannedLetter

STATE_FILE = "batch.json"
MANIFEST_FILE = "manifest.csv"
PRINT_FILE = "print.html"
MANIFEST_HEADER = ("case", "language", "recipient", "signer_number", "signer", "files")
STATE_VERSION = 1
_COPY_CHUNK = 1 << 20


class BatchOptions(TypedDict):
    """What makes a batch what it is, as batch.json records it (compared on resume)."""

    cases: list[str]
    case_hashes: list[str | None]
    languages: list[str]
    recipients: dict[str, list[str]]
    mode: Mode
    formats: list[str]
    signers: int
    signers_digest: str
    # Only when some case has its own languages.
    case_languages: NotRequired[dict[str, list[str]]]
    # Only when not A4, so batches started before paper sizes existed still resume.
    paper: NotRequired[str]


class BatchError(Exception):
    """The batch cannot run as asked; the message says why (nothing has been written)."""


def check_output_folder(out: Path, options: BatchOptions) -> dict[str, object] | None:
    """The state of an earlier run of the batch with `options` in `out`, or None for a new
    folder.

    Raises BatchError when the folder is a file, holds something other than a batch, or holds
    another batch.
    """
    if out.exists() and not out.is_dir():
        raise BatchError(_("{out} is a file; give a folder for the letters").format(out=out))
    if not out.exists():
        return None
    try:
        names = [n for n in os.listdir(out) if not n.startswith(TEMP_PREFIX)]
    except OSError as e:
        raise BatchError(
            _("cannot read {out}: {reason}").format(out=out, reason=e.strerror or e)
        ) from e
    if not names:
        return None
    state_path = out / STATE_FILE
    if not state_path.is_file():
        raise BatchError(
            _(
                "{out} is not empty and holds no batch; choose a new folder (a batch "
                "never writes over other files)"
            ).format(out=out)
        )
    try:
        state = json.loads(state_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BatchError(
            _("{state_path} cannot be read ({error}); choose a new folder").format(
                state_path=state_path, error=e
            )
        ) from e
    if not isinstance(state, dict) or state.get("options") != options:
        raise BatchError(
            _(
                "{out} holds another batch (other cases, languages, recipients, "
                "formats or signers); choose a new folder, or run the same batch again "
                "to finish it"
            ).format(out=out)
        )
    return state


def batch_date(state: dict[str, object] | None, today: dt.date | None) -> dt.date:
    """The letters' date: the first run's, so a resumed batch matches what it wrote before."""
    if state is not None:
        try:
            return dt.date.fromisoformat(str(state.get("date")))
        except ValueError:
            pass
    return today or dt.date.today()


def start_folder(out: Path, date: dt.date, options: BatchOptions) -> None:
    """Make the folder, remove temp files an interrupted run left, and record the batch in
    batch.json (fsynced before any letter is written; unchanged when it says the same)."""
    out.mkdir(parents=True, exist_ok=True, mode=0o700)
    for folder, _dirs, names in os.walk(out):
        for name in names:
            if name.startswith(TEMP_PREFIX):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))
    state = {"version": STATE_VERSION, "date": date.isoformat(), "options": options}
    data = json.dumps(state, indent=1).encode("utf-8")
    path = out / STATE_FILE
    with contextlib.suppress(OSError):
        if path.read_bytes() == data:
            return
    write_atomic(path, data)


class FolderFiles:
    """Which letters are in the folder: each subfolder listed once, when first asked about."""

    def __init__(self, out: Path, *, make: bool) -> None:
        self.root = str(out)
        # `make`: a missing subfolder is created (a run); otherwise only read (a dry run).
        self.make = make
        self._names: dict[str, set[str]] = {}

    def exists(self, rel: str) -> bool:
        folder, _, name = rel.rpartition("/")
        return name in self._names_in(folder)

    def _names_in(self, folder: str) -> set[str]:
        names = self._names.get(folder)
        if names is None:
            try:
                names = set(os.listdir(f"{self.root}/{folder}"))
            except OSError:
                if self.make:
                    os.makedirs(f"{self.root}/{folder}", mode=0o700, exist_ok=True)
                names = set()
            self._names[folder] = names
        return names

    def holds_any(self, folder: str) -> bool:
        """True when the subfolder `folder` has any file or folder in it."""
        return bool(self._names_in(folder))

    def where(self, rel: str) -> str:
        """The path of `rel` in the folder (a string: made for every letter)."""
        return f"{self.root}/{rel}"

    def forget(self, rel: str) -> None:
        folder, _, name = rel.rpartition("/")
        self._names.get(folder, set()).discard(name)


def incomplete(path: str, expected: bytes) -> bool:
    """True for a file cut short while being written: a strict beginning of what it should be.
    A file that differs otherwise was changed by someone, and is kept."""
    try:
        with open(path, "rb") as f:
            actual = f.read(len(expected) + 1)
    except OSError:
        return False
    return len(actual) < len(expected) and expected.startswith(actual)


# Manifest rows written in one call (a few hundred KiB held at most).
_ROWS_AT_ONCE = 1024


@contextlib.contextmanager
def manifest_rows(out: Path) -> Iterator[Callable[[PlannedLetter], None]]:
    """A function taking each letter that is in the folder, in order, for manifest.csv: one row
    per letter, every cell neutralised against spreadsheet formulas (`csv_cells`), as case
    ids, recipient keys and signer names come from files someone else wrote. The manifest is
    replaced when the block ends without an error; it can be made again, so it is not fsynced."""
    with atomic_output(out / MANIFEST_FILE, sync=False) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = SafeCsvWriter(text, MANIFEST_HEADER)
        # The case, language and recipient cells, shared by a group's letters: made safe once.
        group: list[object] = [None, ()]
        # Rows wait here and are written _ROWS_AT_ONCE at a time (one call for many rows).
        pending: list[tuple[Cell, ...]] = []

        def add(item: PlannedLetter) -> None:
            key = (item.case.id, item.language, item.label)
            if group[0] != key:
                group[:] = key, tuple(safe_cell(cell) for cell in key)
            shared: tuple[Cell, ...] = group[1]  # type: ignore[assignment]
            pending.append((*shared, item.signer_number or "", safe_cell(item.signer.name),
                            safe_cell(" ".join(item.files))))  # fmt: skip
            if len(pending) >= _ROWS_AT_ONCE:
                writer.safe_rows(pending)
                pending.clear()

        yield add
        writer.safe_rows(pending)
        text.flush()
        text.detach()


@contextlib.contextmanager
def print_pages(out: Path, paper: str) -> Iterator[Callable[[Letter], None]]:
    """A function taking each letter that is in the folder, in order, for print.html (every
    letter, one a page). Pages wait in an unnamed temp file in the folder until the document's
    head can be written (it names every case); print.html is replaced when the block ends
    without an error, and not written when no letter was given."""
    # Imported here: a batch without html needs none of the HTML export.
    from appeal_tui.export.html import PrintDocument

    document = PrintDocument(paper="letter" if paper == "letter" else "a4")
    count = 0
    with tempfile.TemporaryFile(dir=out) as spool:

        def add(letter: Letter) -> None:
            nonlocal count
            spool.write(document.page(letter).encode("utf-8"))
            count += 1

        yield add
        if not count:
            return
        spool.seek(0)
        with atomic_output(out / PRINT_FILE, sync=False) as target:
            target.write(document.head().encode("utf-8"))
            shutil.copyfileobj(spool, target, _COPY_CHUNK)
            target.write(PrintDocument.TAIL.encode("utf-8"))
