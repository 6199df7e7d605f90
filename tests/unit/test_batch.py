"""Batches: the folder layout, the manifest, resuming an interrupted batch, never overwriting."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from batch_fakes import FAKE_RENDERERS, fake_compose, fake_parts

from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Case, Letter, Sender
from appeal_tui.export.batch import (
    BatchError,
    BatchSpec,
    SignedComposer,
    plan,
    run_batch,
    signers_digest,
)

SEED = "ir-hossein-ronaghi-maleki"
OTHER = "co-example-la-esperanza-council"
SIGNERS = (
    Sender("Ana Pérez", ("Calle 1", "Piso 2"), "Madrid", "Spain", "ana@example.org"),
    Sender("Bob Smith", (), "Leeds", None, None),
    Sender("Cleo", (), None, None, "cleo@example.org"),
)


def _cases(*ids: str) -> tuple[Case, ...]:
    library = load_library([bundled_cases_dir()])
    return tuple(library.cases[i] for i in ids)


def _spec(out: Path, *, signers: tuple[Sender, ...] = SIGNERS, **kw: object) -> BatchSpec:
    cases = _cases(SEED, OTHER)
    options: dict[str, object] = {
        "cases": cases,
        "languages": ("en", "es"),
        "recipients": {c.id: tuple(r.key for r in c.primary_recipients) for c in cases},
        "mode": "post",
        "formats": ("txt", "md"),
        "out": out,
        "signers": signers,
        "signers_digest": signers_digest(signers),
    }
    options.update(kw)
    return BatchSpec(**options)  # type: ignore[arg-type]


def _run(spec: BatchSpec, **kw: object):  # type: ignore[no-untyped-def]
    kw.setdefault("today", dt.date(2024, 5, 15))
    return run_batch(spec, compose=fake_compose, renderers=FAKE_RENDERERS, **kw)  # type: ignore[arg-type]


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(folder)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and p.parent != folder
    }


def test_layout_and_manifest(tmp_path: Path) -> None:
    out = tmp_path / "batch"
    result = _run(_spec(out))
    # 2 cases × 2 languages × their primary recipients × 3 signers.
    primaries = sum(len(c.primary_recipients) for c in _cases(SEED, OTHER))
    assert result.letters == primaries * 2 * 3
    assert result.complete and result.written == result.files == result.letters * 2
    assert (out / SEED / "es" / "supreme-leader-1.txt").is_file()
    assert (out / SEED / "es" / "supreme-leader-3.md").is_file()
    letter = (out / SEED / "en" / "supreme-leader-1.txt").read_text(encoding="utf-8")
    assert letter.startswith("Ana Pérez\nCalle 1\nPiso 2\nMadrid, Spain\nana@example.org\n")
    bob = (out / SEED / "en" / "supreme-leader-2.txt").read_text(encoding="utf-8")
    assert bob.startswith("Bob Smith\nLeeds\n2024")
    assert stat.S_IMODE((out / SEED / "en" / "supreme-leader-1.txt").stat().st_mode) == 0o600

    rows = list(csv.reader(io.StringIO((out / "manifest.csv").read_text(encoding="utf-8"))))
    assert rows[0] == ["case", "language", "recipient", "signer_number", "signer", "files"]
    assert rows[1] == [
        SEED, "en", "supreme-leader", "1", "Ana Pérez",
        f"{SEED}/en/supreme-leader-1.txt {SEED}/en/supreme-leader-1.md",
    ]  # fmt: skip
    assert len(rows) == result.letters + 1
    assert not any(p.name.startswith(".tmp-") for p in out.rglob("*"))


@pytest.mark.parametrize("given", [0o600, 0o644, 0o400])
def test_every_letter_is_owner_only_whatever_creating_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, given: int
) -> None:
    """Letters carry a signer's name and address: each is readable and writable by its owner
    only, also where creating a file gives it another mode (a umask, a file system that
    ignores the mode asked for): the mode is then set on every letter, not only on the first
    of a folder, whose mode says whether creating gives it."""
    import appeal_tui.storage.atomic as atomic

    class _Creating:
        """`os` as `storage.atomic` sees it, where a new file gets the mode `given`."""

        def __getattr__(self, name: str) -> object:
            return getattr(os, name)

        def open(self, path: str, flags: int, mode: int = 0o777) -> int:
            fd = os.open(path, flags, mode)
            if flags & os.O_CREAT:
                os.fchmod(fd, given)
            return fd

    monkeypatch.setattr(atomic, "os", _Creating())
    out = tmp_path / "batch"
    _run(_spec(out))
    letters = [p for p in out.rglob("*") if p.is_file() and p.parent != out]
    assert len(letters) > 10
    assert {stat.S_IMODE(p.stat().st_mode) for p in letters} == {0o600}


def test_without_signers_letters_are_for_signing_by_hand(tmp_path: Path) -> None:
    out = tmp_path / "b"
    result = _run(_spec(out, signers=(), formats=("txt",)))
    assert result.letters == sum(len(c.primary_recipients) for c in _cases(SEED, OTHER)) * 2
    text = (out / SEED / "en" / "supreme-leader.txt").read_text(encoding="utf-8")
    assert "Ana Pérez" not in text and text.startswith("2024-05-15\n")


def test_email_mode_one_letter_per_case_and_language(tmp_path: Path) -> None:
    out = tmp_path / "b"
    result = _run(_spec(out, mode="email", signers=(), formats=("txt",)))
    assert result.letters == 4
    assert sorted(p.name for p in (out / SEED).rglob("*.txt")) == ["email.txt", "email.txt"]


def test_resume_after_limit_equals_a_clean_run_and_rewrites_nothing(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    _run(_spec(clean))
    out = tmp_path / "resumed"
    first = _run(_spec(out), limit=5)
    assert (first.complete, first.written) == (False, 10)
    before = _stamps(out)
    assert len(before) == 10
    # Resumed on another day: the letters still carry the date of the first run.
    second = _run(_spec(out), today=dt.date(2024, 6, 1))
    assert second.complete and second.existing == 10
    assert second.written == second.files - 10
    after = _stamps(out)
    assert {k: after[k] for k in before} == before  # not one file rewritten
    assert _tree(out) == _tree(clean)
    third = _run(_spec(out))
    assert (third.written, third.existing) == (0, third.files)


def test_resume_after_the_process_is_killed(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    _run(_spec(clean))
    out = tmp_path / "killed"
    here = Path(__file__).parent
    script = textwrap.dedent(
        f"""
        import sys, time
        sys.path.insert(0, {str(here)!r})
        from batch_fakes import FAKE_RENDERERS, fake_compose, fake_parts
        from test_batch import _spec
        from pathlib import Path
        from appeal_tui.export.batch import run_batch

        def slow(letter, case, signer):
            time.sleep(0.02)
            return FAKE_RENDERERS["txt"](letter, case, signer)

        import datetime as dt
        run_batch(_spec(Path({str(out)!r})), compose=fake_compose,
                  renderers={{"txt": slow, "md": slow}}, today=dt.date(2024, 5, 15))
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script])
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(list(out.rglob("*.md"))) >= 3:
            break
        time.sleep(0.01)
    child.send_signal(signal.SIGKILL)
    child.wait()
    written = _stamps(out)
    sizes_after_kill = {k: (out / k).stat().st_size for k in written}
    assert 0 < len(written) < len(_tree(clean))
    assert not (out / "manifest.csv").exists()

    result = _run(_spec(out))
    assert result.complete
    assert not any(p.name.startswith(".tmp-") for p in out.rglob("*"))
    after = _stamps(out)
    clean_tree = _tree(clean)
    # Every letter the kill left whole is untouched; only one it cut short (at most one, the
    # last being written) may have been written again.
    changed = [k for k in written if after[k] != written[k]]
    assert len(changed) <= 1
    assert all(sizes_after_kill[k] < len(clean_tree[k]) for k in changed)
    assert _tree(out) == clean_tree


def test_a_letter_cut_short_is_completed_and_no_other_is_touched(tmp_path: Path) -> None:
    clean = tmp_path / "clean"
    _run(_spec(clean))
    out = tmp_path / "cut"
    _run(_spec(out), limit=4)
    planned = [f for item in plan(_spec(out)) for f in item.files]
    last = out / [f for f in planned if (out / f).exists()][-1]
    last.write_bytes(last.read_bytes()[:10])  # as if killed while writing it
    stamps = {k: v for k, v in _stamps(out).items() if out / k != last}
    _run(_spec(out))
    assert _tree(out) == _tree(clean)
    after = _stamps(out)
    assert {k: after[k] for k in stamps} == stamps
    # A file someone changed (not a cut-short beginning) is kept as it is.
    edited = out / planned[0]
    edited.write_text("my own version", encoding="utf-8")
    _run(_spec(out))
    assert edited.read_text(encoding="utf-8") == "my own version"


def test_refuses_other_folders_and_changes_nothing(tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(BatchError, match="holds no batch"):
        _run(_spec(busy))
    assert _tree(busy) == {"notes.txt": b"mine"}

    done = tmp_path / "done"
    _run(_spec(done))
    before = _tree(done)
    with pytest.raises(BatchError, match="holds another batch"):
        _run(_spec(done, languages=("en", "fr")))
    with pytest.raises(BatchError, match="holds another batch"):
        _run(_spec(done, signers=SIGNERS[:2], signers_digest=signers_digest(SIGNERS[:2])))
    assert _tree(done) == before

    a_file = tmp_path / "file"
    a_file.write_text("x")
    with pytest.raises(BatchError, match="is a file"):
        _run(_spec(a_file))


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "dry"
    result = _run(_spec(out), dry_run=True)
    assert result.dry_run and result.letters == sum(1 for _ in plan(_spec(out)))
    assert not out.exists()


def test_print_html_has_every_letter(tmp_path: Path) -> None:
    out = tmp_path / "html"
    result = _run(_spec(out, formats=("html",)), limit=2)
    _run(_spec(out, formats=("html",)))
    html = (out / "print.html").read_text(encoding="utf-8")
    assert html.count("Bob Smith") >= result.letters // 3


@pytest.mark.parametrize("signer", [*SIGNERS, Sender("Dan", ("1 Road",), None, "UK", None)])
def test_swapped_signer_equals_composing_directly(signer: Sender) -> None:
    (case,) = _cases(SEED)
    day = dt.date(2024, 5, 15)
    composer = SignedComposer(
        fake_compose, case, "en", ("supreme-leader",), "post", day, fake_parts
    )
    composer.letters(Sender("Base Signer", (), "Oslo"))  # the letter the others are signed from
    first = composer.letters(signer)  # composed directly, and the signed copy checked against it
    assert first == fake_compose(case, "en", ("supreme-leader",), signer, today=day)
    # The copy agreed, so the next signer of this shape gets a signed copy.
    assert list(composer._trusted.values()) == [True]
    again = composer.letters(signer)
    assert again == first


@pytest.mark.parametrize("language", ["en", "es", "fr", "fa", "de"])
def test_fast_text_equals_composing_each_letter(language: str) -> None:
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.export.text import letter_to_text

    (case,) = _cases(SEED)
    day = dt.date(2024, 5, 15)
    composer = SignedComposer(compose_letters, case, language, ("supreme-leader",), "post", day)
    people = [
        *SIGNERS,
        Sender("زهرا احمدی", ("خیابان ۱",), "تهران", None, None),
        Sender("Ann  O'Neil", (), "Cork", "Ireland", "ann@example.org"),
        Sender(" padded ", (), None, None, None),  # spaces around: compose strips them
    ]
    for signer in people * 2:  # the second round takes the fast path where it was checked
        direct = letter_to_text(compose_letters(case, language, ("supreme-leader",), signer,
                                                today=day)[0])  # fmt: skip
        assert composer.text(signer).decode("utf-8") == direct
        assert composer.letters(signer) == compose_letters(
            case, language, ("supreme-leader",), signer, today=day
        )
    assert composer._trusted and all(composer._trusted.values())


def test_a_composer_that_puts_the_signer_elsewhere_is_composed_directly() -> None:
    """The signed copy is checked: a composer whose letters carry the signer outside the
    sender block and signature (here in the closing) gets each signer's letter composed."""
    (case,) = _cases(SEED)
    day = dt.date(2024, 5, 15)

    def compose(*args: object, **kw: object) -> list[Letter]:
        letters = fake_compose(*args, **kw)  # type: ignore[arg-type]
        signer = args[3]
        assert isinstance(signer, Sender)
        return [dataclasses.replace(x, closing=f"From {signer.city}") for x in letters]

    composer = SignedComposer(compose, case, "en", ("supreme-leader",), "post", day, fake_parts)
    same_shape = Sender("Zed", ("1 Road", "Flat 2"), "Oslo", "Norway", "z@example.org")
    for signer in (SIGNERS[0], same_shape, dataclasses.replace(same_shape, city="Bergen")):
        assert composer.letters(signer) == compose(case, "en", ("supreme-leader",), signer,
                                                   today=day)  # fmt: skip
        assert composer.text(signer).decode("utf-8").count(f"From {signer.city}") == 1
    assert False in composer._trusted.values()


@pytest.mark.parametrize(
    ("block", "signed_by"),
    [
        ((), ()),
        (("Ann",), ("Ann",)),
        (("زهرا احمدی", "خیابان ۱", "تهران"), ("زهرا احمدی",)),
        (("E\x1b[2Jve", "\u202eroad"), ("", "", "")),
        (("",), ("\f",)),
    ],
)
def test_signed_bytes_are_the_signed_text_encoded(
    block: tuple[str, ...], signed_by: tuple[str, ...]
) -> None:
    """A batch's letters are signed as bytes, the shared parts encoded once: the same bytes as
    the signed text encoded whole, with and without copies, in any script."""
    from appeal_tui.core.compose import compose_letters
    from appeal_tui.export.text import SignedText

    (case,) = _cases(SEED)
    for language in ("en", "fa"):
        for letter in compose_letters(case, language, ("supreme-leader",), SIGNERS[0]):
            for text in (SignedText.of(letter), SignedText(None, None), SignedText("é", "\u00e9")):
                assert text.signed_bytes(block, signed_by) == text.signed(block, signed_by).encode()


def test_manifest_rows_written_in_chunks_are_those_written_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest's rows wait and are written many at a time: any chunk size gives the same
    file, a batch stopped by --limit included."""
    from appeal_tui.export.batch import folder as batch_folder

    whole = _run(_spec(tmp_path / "whole"))
    part = _run(_spec(tmp_path / "part"), limit=3)
    for size in (1, 2, 5):
        monkeypatch.setattr(batch_folder, "_ROWS_AT_ONCE", size)
        assert _run(_spec(tmp_path / f"whole{size}")) == dataclasses.replace(
            whole, out=tmp_path / f"whole{size}"
        )
        assert _tree(tmp_path / f"whole{size}") == _tree(tmp_path / "whole")
        _run(_spec(tmp_path / f"part{size}"), limit=3)
        assert _tree(tmp_path / f"part{size}") == _tree(tmp_path / "part")
    assert part.new_letters == 3 and not part.complete
