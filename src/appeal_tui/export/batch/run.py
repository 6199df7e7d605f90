"""Running a batch: every planned letter that is not in the folder yet, then the manifest and
print.html, all in one pass over the plan with memory flat in the number of letters.

A batch never replaces a letter: a file that exists is kept, so running the same batch again
into the same folder writes only what is missing (an interrupted batch is resumed, with the
date of its first run).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import signal
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import NotRequired, TypedDict

from appeal_tui.core.forked import Forked, can_fork
from appeal_tui.core.i18n import _
from appeal_tui.core.model import Case, Letter, Sender
from appeal_tui.export.batch.folder import (
    BatchError,
    FolderFiles,
    batch_date,
    check_output_folder,
    incomplete,
    manifest_rows,
    print_pages,
    start_folder,
)
from appeal_tui.export.batch.plan import PlannedLetter, folders, letter_count, plan
from appeal_tui.export.batch.signers import Composer, SignedComposer
from appeal_tui.export.batch.spec import BatchSpec
from appeal_tui.storage.atomic import create_in_place

# Fewer letters than this are written by one process (a copy costs a few milliseconds).
FORK_MIN_LETTERS = 1000
# The copy's share of a split batch, in sevenths: this process also walks the copy's letters
# for the manifest (reading each signer again and writing its row: about a third of what
# writing a letter costs), so an even split left the copy idle while this process finished.
COPY_SEVENTHS = 4

Renderer = Callable[[Letter, Case, Sender], bytes]


def default_renderers(paper: str = "a4") -> dict[str, Renderer]:
    """The file formats of a batch (`export.formats`): one letter per file (html on `paper`)."""
    from appeal_tui.export.formats import FORMATS, ExportOptions, render

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


class BatchSummary(TypedDict):
    """`BatchResult.summary`: what the batch command prints as JSON."""

    out: str
    letters: int
    files: int
    written: int
    existing: int
    complete: bool
    date: str
    dry_run: bool
    new_letters: int
    skipped: list[str]
    # Only for a dry run.
    would_write: NotRequired[list[str]]


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

    def summary(self) -> BatchSummary:
        """A JSON-ready summary (the command prints it when not on a terminal)."""
        summary = BatchSummary(
            out=str(self.out),
            letters=self.letters,
            files=self.files,
            written=self.written,
            existing=self.existing,
            complete=self.complete,
            date=self.date.isoformat(),
            dry_run=self.dry_run,
            new_letters=self.new_letters,
            skipped=list(self.skipped),
        )
        if self.dry_run:
            summary["would_write"] = list(self.would_write)
        return summary


class _Letters:
    """The bytes of each planned letter's files, composing once per group (one at a time)."""

    def __init__(
        self, spec: BatchSpec, compose: Composer, render: dict[str, Renderer], fast_text: bool,
        date: dt.date,
    ) -> None:  # fmt: skip
        self.spec = spec
        self.compose = compose
        self.render = render
        # Our own text renderer: the signer can be signed into the text (SignedText).
        self.fast_text = fast_text
        self.date = date
        self._composer: SignedComposer | None = None

    def composer(self, item: PlannedLetter) -> SignedComposer:
        found = self._composer
        if found is None or not (
            # Letters of one group share their case, language and keys objects (`plan`).
            (found.case is item.case and found.language is item.language
             and found.keys is item.recipient_keys)
            or (found.case.id, found.language, found.keys) == item.group
        ):  # fmt: skip
            found = self._composer = SignedComposer(
                self.compose, item.case, item.language, item.recipient_keys, self.spec.mode,
                self.date,
            )  # fmt: skip
        return found

    def letter(self, item: PlannedLetter) -> Letter:
        return self.composer(item).letters(item.signer)[0]

    def file(
        self, item: PlannedLetter, rel: str, letter: Letter | None
    ) -> tuple[bytes, Letter | None]:
        """The bytes of `rel`, one of `item`'s files, and the letter composed for it (passed
        back in so the next format of the same letter does not compose it again)."""
        fmt = rel.rpartition(".")[2]
        if fmt == "txt" and self.fast_text:
            return self.composer(item).text(item.signer), letter
        if letter is None:
            letter = self.letter(item)
        return self.render[fmt](letter, item.case, item.signer), letter


def run_batch(
    spec: BatchSpec,
    *,
    compose: Composer | None = None,
    renderers: dict[str, Renderer] | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
    helpers: int = 0,
) -> BatchResult:
    """Write the batch `spec`. Raises BatchError before writing anything when the output folder
    cannot be used; OSError (a full disk) leaves every letter written so far complete.

    `limit`: write at most this many new letters, then stop (the rest can be written by a
    later run). `progress(done, total)` is called now and then, never per letter. `helpers`:
    with 1, a batch of FORK_MIN_LETTERS or more (and no `limit`) is written by this process and
    a forked copy (the copy four sevenths: this process also writes the manifest), when no
    other thread runs (a command; `core.forked`).
    """
    from appeal_tui.core.signers import SignersFileChanged

    try:
        return _run(spec, compose, renderers, today, limit, dry_run, progress, helpers)
    except SignersFileChanged as e:
        raise BatchError(
            _(
                "{error}: it changed while the batch was written. The letters written so "
                "far are complete; with the file as it is now, the batch is another "
                "one: choose a new folder"
            ).format(error=e)
        ) from e


def _run(
    spec: BatchSpec,
    compose: Composer | None,
    renderers: dict[str, Renderer] | None,
    today: dt.date | None,
    limit: int | None,
    dry_run: bool,
    progress: Callable[[int, int], None] | None,
    helpers: int,
) -> BatchResult:
    state = check_output_folder(spec.out, spec.state())
    date = batch_date(state, today)
    total = letter_count(spec)
    total_files = total * len(spec.formats)
    if dry_run:
        return _dry_run(spec, total, total_files, date, limit)
    if compose is None:
        from appeal_tui.core.compose import compose_letters

        compose = compose_letters
    letters = _Letters(spec, compose, renderers or default_renderers(spec.paper),
                       renderers is None, date)  # fmt: skip
    out = spec.out
    start_folder(out, date, spec.state())
    files = FolderFiles(out, make=True)
    _repair_cut(spec, files, letters)

    written = kept = new_letters = done = 0
    # Per folder: whether creating a file there gives it its mode (`create_in_place`).
    modes: dict[str, bool] = {}
    step = max(1, total // 200)
    stopped = False
    # A large batch with a spare core: a forked copy of this process writes the first part's
    # letters while this one writes the rest (each composes and creates its own files; the
    # manifest and print.html are written here, in order).
    split = (
        total * COPY_SEVENTHS // 7 if helpers and limit is None and total >= FORK_MIN_LETTERS else 0
    )
    copy = _start_copy(spec, files, letters, split)
    if copy is None:
        split = 0
    try:
        with ExitStack() as stack:
            add_row = stack.enter_context(manifest_rows(out))
            add_page = (
                stack.enter_context(print_pages(out, spec.paper))
                if "html" in spec.formats
                else None
            )
            for index, item in enumerate(plan(spec)):
                if index < split:
                    done += 1
                    add_row(item)
                    if add_page is not None:
                        add_page(letters.letter(item))
                    continue
                if progress is not None and index % step == 0:
                    # This process's part, scaled to the whole (the copy keeps pace).
                    progress((index - split) * total // (total - split), total)
                missing = [rel for rel in item.files if not files.exists(rel)]
                kept += len(item.files) - len(missing)
                letter: Letter | None = None
                if missing:
                    if limit is not None and new_letters >= limit:
                        stopped = True
                        break
                    letter = _create(item, missing, files, letters, modes)
                    written += len(missing)
                    new_letters += 1
                done += 1
                add_row(item)
                if add_page is not None:
                    # A letter found in the folder is composed again for print.html.
                    add_page(letter or letters.letter(item))
            if copy is not None:
                part = _part_written(copy, spec, out, letters, split)
                written, kept, new_letters = (
                    written + part[0], kept + part[1], new_letters + part[2]
                )  # fmt: skip
                copy = None
            if progress is not None:
                progress(done, total)
    finally:
        if copy is not None:
            copy.stop()  # this process failed or was interrupted: the copy stops too
    return BatchResult(
        out,
        total,
        total_files,
        written,
        kept,
        not stopped and done == total,
        date,
        new_letters=new_letters,
        skipped=spec.skipped,
    )


def _create(
    item: PlannedLetter, missing: list[str], files: FolderFiles, letters: _Letters,
    modes: dict[str, bool],
) -> Letter | None:  # fmt: skip
    """Create `item`'s `missing` files; the letter composed for them, if one was."""
    letter: Letter | None = None
    for rel in missing:
        data, letter = letters.file(item, rel, letter)
        # Written in place and not fsynced one by one (10,000 fsyncs took 20 s on a busy
        # disk, staging doubles the system calls): a failed write removes its file, and a
        # file a killed run cut short is repaired on rerun (`_repair_cut`).
        folder = rel.rpartition("/")[0]
        modes[folder] = create_in_place(files.where(rel), data, open_gives_mode=modes.get(folder))
    return letter


def _write_part(part: tuple[BatchSpec, FolderFiles, _Letters, int]) -> tuple[int, int, int]:
    """In a forked copy: the missing files of the batch's first `stop` letters, in order;
    (files written, files kept, letters written). It stops after the file being written when
    told to (SIGTERM) or when the process that forked it is gone."""
    spec, files, letters, stop = part
    parent = os.getppid()
    signal.signal(signal.SIGTERM, _stop_here)
    written = kept = new_letters = 0
    modes: dict[str, bool] = {}
    for index, item in enumerate(plan(spec)):
        if index >= stop or (index % 256 == 0 and os.getppid() != parent):
            break
        missing = [rel for rel in item.files if not files.exists(rel)]
        kept += len(item.files) - len(missing)
        if missing:
            _create(item, missing, files, letters, modes)
            written += len(missing)
            new_letters += 1
    return written, kept, new_letters


def _stop_here(signum: int, frame: object) -> None:
    # Raised between two steps of the copy: a file being created is removed (`atomic`).
    raise SystemExit(1)


def _start_copy(
    spec: BatchSpec, files: FolderFiles, letters: _Letters, split: int
) -> Forked | None:
    """A forked copy writing the first `split` letters, or None (no split, or no copy made)."""
    if not split or not can_fork():
        return None
    copy = Forked(_write_part, (spec, files, letters, split))
    return copy if copy.started else None


def _part_written(
    copy: Forked, spec: BatchSpec, out: Path, letters: _Letters, split: int
) -> tuple[int, int, int]:
    """What the copy wrote; when it failed or died, the first part is written here instead
    (a file it cut short is repaired first; the error it met, such as a full disk, is met
    again here and raised)."""
    got = copy.result()
    if isinstance(got, tuple) and len(got) == 3 and all(isinstance(n, int) for n in got):
        return got
    files = FolderFiles(out, make=True)
    _repair_cut(spec, files, letters, stop=split)
    written = kept = new_letters = 0
    modes: dict[str, bool] = {}
    for item in itertools.islice(plan(spec), split):
        missing = [rel for rel in item.files if not files.exists(rel)]
        kept += len(item.files) - len(missing)
        if missing:
            _create(item, missing, files, letters, modes)
            written += len(missing)
            new_letters += 1
    return written, kept, new_letters


def _repair_cut(
    spec: BatchSpec, files: FolderFiles, letters: _Letters, stop: int | None = None
) -> None:
    """A killed run can leave a file cut short where each of its writers stopped: the last file
    of each run of files in the folder (in the batch's order). Such a file, a strict beginning
    of what it should hold, is removed to be written again; any other is kept as it is."""
    if not any(files.holds_any(folder) for folder in folders(spec)):
        return  # a new folder: nothing to look through (each signer would be read again)
    ends: list[tuple[PlannedLetter, str]] = []
    last: tuple[PlannedLetter, str] | None = None
    for item in itertools.islice(plan(spec), stop):
        for rel in item.files:
            if files.exists(rel):
                last = (item, rel)
            elif last is not None:
                ends.append(last)
                last = None
    if last is not None:
        ends.append(last)
    for item, rel in ends:
        if incomplete(files.where(rel), letters.file(item, rel, None)[0]):
            os.unlink(files.where(rel))
            files.forget(rel)


def _dry_run(
    spec: BatchSpec, total: int, total_files: int, date: dt.date, limit: int | None
) -> BatchResult:
    """What a run with the same options would do, counted the way the run counts: files
    already in the folder are kept, and `limit` stops after that many new letters. The files
    it would write are listed in `would_write`. Reads the folder, writes nothing."""
    files = FolderFiles(spec.out, make=False)
    to_write = kept = new_letters = 0
    would: list[str] = []
    stopped = False
    for item in plan(spec):
        missing = [rel for rel in item.files if not files.exists(rel)]
        kept += len(item.files) - len(missing)
        if not missing:
            continue
        if limit is not None and new_letters >= limit:
            stopped = True
            break
        to_write += len(missing)
        would.extend(missing)
        new_letters += 1
    return BatchResult(
        spec.out,
        total,
        total_files,
        to_write,
        kept,
        not stopped,
        date,
        dry_run=True,
        new_letters=new_letters,
        skipped=spec.skipped,
        would_write=tuple(would),
    )
