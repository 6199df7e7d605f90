"""A signer listed twice in a signers CSV is a warning naming both lines; the batch still runs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.problems import Severity
from appeal_tui.core.signers import SignersResult, read_signers_file


@pytest.fixture
def parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes, str], SignersResult]:
    """Read `data` as the signers file `name` (in a fresh folder), as the batch reads it."""
    monkeypatch.chdir(tmp_path)

    def read(data: bytes, name: str) -> SignersResult:
        Path(name).write_bytes(data)
        return read_signers_file(Path(name))

    return read


def test_the_same_name_or_email_twice_is_a_warning_with_both_lines(
    parse: Callable[[bytes, str], SignersResult],
) -> None:
    data = (
        "name,email\n"
        "Ana Pérez,ana@example.org\n"
        "Bob,bob@example.org\n"
        "ana  PÉREZ,\n"  # the same name, spaced and cased otherwise
        "Robert,BOB@example.org\n"  # the same email
        '"Cy",\n'
    ).encode()
    result = parse(data, "s.csv")
    assert len(result.signers) == 5 and not result.has_errors
    warnings = [p for p in result.problems if p.severity == Severity.WARNING]
    assert [(p.line, p.message.split(";")[0]) for p in warnings] == [
        (4, "the same name as on line 2"),
        (5, "the same email as on line 3"),
    ]


def test_no_warning_for_distinct_signers(parse: Callable[[bytes, str], SignersResult]) -> None:
    result = parse(b"name,email\nAna,a@example.org\nBo,b@example.org\n", "s.csv")
    assert result.problems == ()


def test_batch_prints_the_warning_and_writes_every_set(tmp_path: Path) -> None:
    signers = tmp_path / "s.csv"
    signers.write_text("name\nAna\nBo\nAna\n", encoding="utf-8")
    out = tmp_path / "b"
    result = CliRunner().invoke(
        main,
        ["batch", "ir-hossein-ronaghi-maleki", "--lang", "en", "--to", "primary",
         "--signers", str(signers), "--out", str(out)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"{signers}:4: warning: the same name as on line 2" in result.output
    assert len(list(out.glob("*/en/*.txt"))) == 3


def _one_reading(path: Path) -> list[object]:
    """The problems as the check made them before (every name and email kept, one reading)."""
    from appeal_tui.core import signers

    problems: list[object] = []
    with open(path, "rb") as raw:
        exact = signers._Duplicates(str(path), problems)  # type: ignore[arg-type]
        for _ in signers._walk_lines(raw, str(path), problems, duplicates=exact):  # type: ignore[arg-type]
            pass
    return problems


@pytest.mark.parametrize("most", [None, 0, 5])
@pytest.mark.parametrize("bits", [1 << 24, 64, 8])
def test_two_readings_warn_exactly_as_one_reading_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, bits: int, most: int | None
) -> None:
    """Signers listed twice are found with a fixed-size sketch and a second reading (memory
    flat in the number of signers, issue 18): the same warnings, at the same places among
    the other problems, as keeping every name and email; a tiny sketch (every signer a
    candidate) changes nothing either. `most`: how many names and emails are held exactly
    before the sketch takes over (None: the default, every name here; 0: the sketch from
    the first signer; 5: the switch in the middle of most files)."""
    import random

    from appeal_tui.core import signers

    real_sketch = signers._Sketch
    monkeypatch.setattr(signers, "_Sketch", lambda: real_sketch(bits))
    if most is not None:
        monkeypatch.setattr(signers, "EXACT_KEYS", most)
    rng = random.Random(bits)
    names = ["Ana Pérez", "ana  PÉREZ", "Bob", "Cy", "Dee", "Émile", "ÉMILE", "Fay"]
    emails = ["", "", "a@example.org", "A@example.org", "b@example.org", "not-an-email", "c@x.io"]
    for round_ in range(20):
        rows = ["name,email"]
        for _ in range(rng.randint(1, 40)):
            roll = rng.random()
            if roll < 0.05:
                rows.append("")  # a blank line
            elif roll < 0.1:
                rows.append(',"x@example.org"')  # a row without a name: an error
            else:
                rows.append(f'"{rng.choice(names)}",{rng.choice(emails)}')
        path = tmp_path / f"s{round_}.csv"
        path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        assert list(read_signers_file(path).problems) == _one_reading(path), rows


def test_the_sketch_is_the_same_size_for_any_number_of_signers() -> None:
    from appeal_tui.core.model import Sender
    from appeal_tui.core.signers import _Sketch

    sketch = _Sketch()
    size = len(sketch.table)
    for n in range(100_000):
        sketch.check(Sender(f"Signer {n}", (), None, None, f"s{n}@example.org"), n + 2)
    assert len(sketch.table) == size
    assert len(sketch.candidates) < 10  # by chance only: none was listed twice


def test_names_are_held_exactly_up_to_a_bound_then_in_the_sketch() -> None:
    """Memory stays bounded: past `most` names and emails the exact table is let go and the
    sketch holds them; a name first seen before the switch is still caught after it."""
    from appeal_tui.core.model import Sender
    from appeal_tui.core.signers import _Seen

    seen = _Seen("s.csv", most=100)
    for n in range(40):
        seen.check(Sender(f"Signer {n}", (), None, None, f"s{n}@example.org"), n + 2)
    assert seen.sketch is None and seen.exact is not None
    for n in range(40, 3000):
        seen.check(Sender(f"Signer {n}", (), None, None, f"s{n}@example.org"), n + 2)
    assert seen.exact is None and seen.sketch is not None
    assert seen.switched_at == 52  # the 51st signer (line 52): 102 names and emails
    assert seen.warnings == []
    before = set(seen.sketch.candidates)
    seen.check(Sender("signer 7", (), None, None, None), 5000)  # listed before the switch
    assert seen.sketch.candidates - before


@pytest.mark.parametrize("most", [0, 2, 3, 5])
def test_an_email_on_a_row_whose_name_was_a_repeat_is_not_noted_across_the_switch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, most: int
) -> None:
    """One reading never notes the email of a row warned about for its name; the second
    reading after the switch to the sketch must not note it either, or a later row with that
    email is warned against the wrong line, and twice."""
    from appeal_tui.core import signers

    monkeypatch.setattr(signers, "EXACT_KEYS", most)
    rows = ["name,email", "Vera Lind,v@example.org", "vera  LIND ,w@example.org"]
    rows += [f"Filler {n},f{n}@example.org" for n in range(4)]
    rows += ["Oskar Holm,w@example.org", "Pia Berg,W@example.org"]
    path = tmp_path / "signers.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    problems = list(read_signers_file(path).problems)
    assert problems == _one_reading(path)
    assert [(p.line, p.message.split(";")[0]) for p in problems] == [
        (3, "the same name as on line 2"),
        (9, "the same email as on line 8"),
    ]
