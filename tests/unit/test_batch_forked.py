"""A large batch written by the command and a forked copy of it (`helpers=1`):
the same files, manifest and summary as one process writes, and the same promises when a
writer is killed or fails."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from batch_fakes import FAKE_RENDERERS, fake_compose
from test_batch import _run, _spec, _stamps, _tree

import appeal_tui.export.batch.run as batch_run
from appeal_tui.core.model import Case, Letter, Sender
from appeal_tui.export.batch import plan

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")


@pytest.fixture
def forked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The copy is made for the small test batches, and each copy leaves a mark (its pid) in
    the returned folder, so a test knows the copy really wrote its part."""
    marks = tmp_path / "copies"
    marks.mkdir()
    monkeypatch.setattr(batch_run, "FORK_MIN_LETTERS", 2)
    real = batch_run._write_part

    def marked(part: tuple[object, ...]) -> tuple[int, int, int]:
        (marks / str(os.getpid())).touch()
        return real(part)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_run, "_write_part", marked)
    return marks


def test_two_writers_write_what_one_writes(tmp_path: Path, forked: Path) -> None:
    one = _run(_spec(tmp_path / "one"))
    two = _run(_spec(tmp_path / "two"), helpers=1)
    copies = list(forked.iterdir())
    assert [p.name for p in copies] != [str(os.getpid())] and len(copies) == 1
    assert _tree(tmp_path / "two") == _tree(tmp_path / "one")  # letters, manifest, batch.json
    assert {k: v for k, v in two.summary().items() if k != "out"} == {
        k: v for k, v in one.summary().items() if k != "out"
    }
    assert two.written == two.files and two.complete
    # Run again: everything is there, nothing is written, by either writer.
    stamps = _stamps(tmp_path / "two")
    again = _run(_spec(tmp_path / "two"), helpers=1)
    assert (again.written, again.existing, again.new_letters) == (0, again.files, 0)
    assert _stamps(tmp_path / "two") == stamps


def test_the_copy_writes_four_sevenths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The command also walks the copy's letters for the manifest, so the copy takes the
    larger share (an even split left it idle while the command finished)."""
    monkeypatch.setattr(batch_run, "FORK_MIN_LETTERS", 2)
    marks = tmp_path / "stops"
    marks.mkdir()
    real = batch_run._write_part

    def marked(part: tuple[object, ...]) -> tuple[int, int, int]:
        (marks / str(part[3])).touch()
        return real(part)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_run, "_write_part", marked)
    signers = tuple(Sender(f"Signer {n}", city="Tartu") for n in range(7))
    result = _run(_spec(tmp_path / "two", signers=signers), helpers=1)
    assert result.complete and result.letters % 14 == 0  # 8 of every 14 letters to the copy
    assert [p.name for p in marks.iterdir()] == [str(result.letters * 4 // 7)]


def test_resuming_a_half_written_batch_with_two_writers(tmp_path: Path, forked: Path) -> None:
    _run(_spec(tmp_path / "clean"))
    out = tmp_path / "out"
    _run(_spec(out), limit=3)
    stamps = _stamps(out)
    result = _run(_spec(out), helpers=1)
    assert result.complete and result.existing == 3 * 2
    assert _tree(out) == _tree(tmp_path / "clean")
    after = _stamps(out)
    assert {k: after[k] for k in stamps} == stamps


def test_a_file_cut_short_where_each_writer_stopped_is_completed(
    tmp_path: Path, forked: Path
) -> None:
    """A kill stops both writers: each may leave its last file cut short, in the middle of the
    batch (the copy's part) and at the end of what this process wrote. Both are written again
    on rerun; every other file is kept as it is."""
    _run(_spec(tmp_path / "clean"))
    clean = _tree(tmp_path / "clean")
    out = tmp_path / "cut"
    _run(_spec(out))
    planned = [f for item in plan(_spec(out)) for f in item.files]
    assert len(planned) >= 12
    # The copy stopped after its fourth file, this process after the ninth: the rest is gone.
    for rel in planned[4:7] + planned[10:]:
        (out / rel).unlink()
    (out / "manifest.csv").unlink()
    cut = [out / planned[3], out / planned[9]]
    for path in cut:
        path.write_bytes(path.read_bytes()[:7])
    # A file someone edited at the end of a run is kept (it is not a beginning of the letter).
    (out / planned[0]).unlink()
    edited = out / planned[1]
    edited.write_text("my own version", encoding="utf-8")
    kept = {k: v for k, v in _stamps(out).items() if out / k not in (*cut, edited)}
    result = _run(_spec(out), helpers=1)
    assert result.complete
    tree = _tree(out)
    assert tree.pop(planned[1]) == b"my own version"
    assert tree == {k: v for k, v in clean.items() if k != planned[1]}
    after = _stamps(out)
    assert {k: after[k] for k in kept} == kept


def test_a_copy_that_dies_has_its_part_written_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy dies after cutting a letter short (killed, out of memory): this process repairs
    that letter and writes the copy's part itself."""
    monkeypatch.setattr(batch_run, "FORK_MIN_LETTERS", 2)
    _run(_spec(tmp_path / "clean"))

    def dies(part: tuple[object, ...]) -> tuple[int, int, int]:
        spec, files, letters, _stop = part
        item = next(plan(spec))  # type: ignore[arg-type]
        data = letters.file(item, item.files[0], None)[0]  # type: ignore[attr-defined]
        Path(files.where(item.files[0])).write_bytes(data[:5])  # type: ignore[attr-defined]
        os._exit(9)

    monkeypatch.setattr(batch_run, "_write_part", dies)
    out = tmp_path / "out"
    result = _run(_spec(out), helpers=1)
    assert result.complete and result.written == result.files
    assert _tree(out) == _tree(tmp_path / "clean")


def test_when_this_process_fails_the_copy_stops_and_no_letter_is_left_cut(
    tmp_path: Path, forked: Path
) -> None:
    """A full disk in this process's part while the copy is still writing: the error is
    raised, the copy is stopped (between two files) and reaped, no manifest is written, and
    every letter in the folder is complete; running the batch again finishes it."""
    _run(_spec(tmp_path / "clean"))
    clean = _tree(tmp_path / "clean")
    out = tmp_path / "full"
    last = list(plan(_spec(out)))[-1]
    here = os.getpid()

    def render(name: str):  # type: ignore[no-untyped-def]
        def one(letter: Letter, case: Case, signer: Sender) -> bytes:
            if os.getpid() != here:
                time.sleep(0.5)  # the copy is slow: it is still writing when this one fails
            elif signer == last.signer and case.id == last.case.id and name == "md":
                deadline = time.monotonic() + 60
                while not any(forked.iterdir()) and time.monotonic() < deadline:
                    time.sleep(0.01)  # the copy is under way
                raise OSError(28, "No space left on device")
            return FAKE_RENDERERS[name](letter, case, signer)

        return one

    with pytest.raises(OSError, match="No space"):
        batch_run.run_batch(
            _spec(out), compose=fake_compose, renderers={n: render(n) for n in FAKE_RENDERERS},
            today=dt.date(2024, 5, 15), helpers=1,
        )  # fmt: skip
    copies = [int(p.name) for p in forked.iterdir()]
    assert len(copies) == 1 and copies[0] != here
    with pytest.raises(ChildProcessError):
        os.waitpid(copies[0], os.WNOHANG)  # stopped and reaped, not left running
    planned = [f for item in plan(_spec(out)) for f in item.files]
    assert not all((out / rel).exists() for rel in planned[: len(planned) // 2])
    assert not (out / "manifest.csv").exists()
    for rel, data in _tree(out).items():
        if rel != "batch.json":
            assert data == clean[rel], rel
    _run(_spec(out), helpers=1)
    assert _tree(out) == clean


def test_resume_after_both_writers_are_killed(tmp_path: Path) -> None:
    """Ctrl-C's harsher cousin: SIGKILL to the command and its copy at once, mid-batch. The
    rerun completes the batch, rewriting at most the one file each writer was cutting short."""
    _run(_spec(tmp_path / "clean"))
    clean = _tree(tmp_path / "clean")
    out = tmp_path / "killed"
    here = Path(__file__).parent
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(here)!r})
        from batch_fakes import FAKE_RENDERERS, fake_compose
        from test_batch import _spec
        from pathlib import Path
        import appeal_tui.export.batch.run as batch_run

        def slow(letter, case, signer):
            time.sleep(0.02)
            return FAKE_RENDERERS["txt"](letter, case, signer)

        import datetime as dt
        batch_run.FORK_MIN_LETTERS = 2
        batch_run.run_batch(_spec(Path({str(out)!r})), compose=fake_compose,
                            renderers={{"txt": slow, "md": slow}},
                            today=dt.date(2024, 5, 15), helpers=1)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], start_new_session=True)
    planned = [f for item in plan(_spec(out)) for f in item.files]
    half = len(planned) // 2
    deadline = time.monotonic() + 60
    # Both writers under way: a file in each half.
    while time.monotonic() < deadline:
        if any((out / f).exists() for f in planned[half:]) and (out / planned[1]).exists():
            break
        time.sleep(0.005)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    written = _stamps(out)
    sizes = {k: (out / k).stat().st_size for k in written}
    assert 0 < len(written) < len(planned)
    assert not (out / "manifest.csv").exists()
    assert _run(_spec(out)).complete
    after = _stamps(out)
    changed = [k for k in written if after[k] != written[k]]
    assert len(changed) <= 2
    assert all(sizes[k] < len(clean[k]) for k in changed)
    assert _tree(out) == clean


SIGNERS_CSV = (
    'name,address,city,country,email\nAna Pérez,"Calle 1\nPiso 2",Madrid,Spain,'
    "ana@example.org\nBob Smith,,Leeds,UK,\nCleo,,,,cleo@example.org\n"
    "Ana Pérez,,Madrid,Spain,ana@example.org\n"
)
BAD_CSV = "name,email\nAna,ana@example.org\n,nobody@example.org\nBob,not-an-address\n"


@pytest.mark.parametrize("rows", [SIGNERS_CSV, BAD_CSV], ids=["warned", "refused"])
def test_the_command_with_copies_says_and_writes_what_it_does_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str
) -> None:
    """`appeal-tui batch` with a core to spare: the signers file is checked in a copy and the
    letters written by two; the output, warnings, errors and files are those of one process."""
    from click.testing import CliRunner

    import appeal_tui.core.forked as forked_module
    import appeal_tui.core.signers as batch_spec
    from appeal_tui.cli import main

    signers = tmp_path / "signers.csv"
    signers.write_text(rows, encoding="utf-8")
    marks = tmp_path / "copies"
    marks.mkdir()
    monkeypatch.setattr(batch_run, "FORK_MIN_LETTERS", 2)
    real_check, real_part = batch_spec._check_in_copy, batch_run._write_part

    def check(path: str) -> tuple[object, ...]:
        (marks / f"check-{os.getpid()}").touch()
        return real_check(path)

    def part(work: tuple[object, ...]) -> tuple[int, int, int]:
        (marks / f"write-{os.getpid()}").touch()
        return real_part(work)  # type: ignore[arg-type]

    monkeypatch.setattr(batch_spec, "_check_in_copy", check)
    monkeypatch.setattr(batch_run, "_write_part", part)
    seen = []
    for spare in (0, 1):
        monkeypatch.setattr(forked_module, "spare_cores", lambda most=3, spare=spare: spare)
        out = tmp_path / f"letters-{spare}"
        result = CliRunner().invoke(main, [
            "batch", "ir-hossein-ronaghi-maleki", "co-example-la-esperanza-council",
            "--lang", "en,es", "--signers", str(signers), "--format", "txt,md",
            "--out", str(out),
        ])  # fmt: skip
        output = result.output.replace(str(out), "OUT")
        seen.append((result.exit_code, output, _tree(out) if out.exists() else None))
    kinds = sorted(p.name.split("-")[0] for p in marks.iterdir())
    assert seen[0] == seen[1]
    if rows == BAD_CSV:
        assert seen[0][0] != 0 and seen[0][2] is None
        assert "signers.csv:3" in seen[0][1] and "signers.csv:4" in seen[0][1]
        assert kinds == ["check"]
    else:
        assert seen[0][0] == 0 and "signers.csv:6" in seen[0][1]  # listed twice: a warning
        assert kinds == ["check", "write"]
