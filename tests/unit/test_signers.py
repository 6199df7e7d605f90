"""Signers CSV for batches: what an organiser sees when a row is wrong, by file and line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from appeal_tui.core.model import Sender
from appeal_tui.core.signers import SignersResult, read_signers_file


@pytest.fixture
def parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes, str], SignersResult]:
    """Read `data` as the signers file `name` (in a fresh folder), as the batch reads it."""
    monkeypatch.chdir(tmp_path)

    def read(data: bytes, name: str) -> SignersResult:
        Path(name).write_bytes(data)
        return read_signers_file(Path(name))

    return read


def test_reads_every_column_and_multi_line_addresses(tmp_path: Path) -> None:
    f = tmp_path / "signers.csv"
    f.write_text(
        "Name,Address,City,Country,Email\n"
        'Ana Pérez,"Calle 1\nPiso 2",Madrid,Spain,ana@example.org\n'
        "Bob Smith,1 High St; Flat 3,Leeds,UK,\n"
        "\n"
        "زهرا احمدی,,,,\n",
        encoding="utf-8",
    )
    result = read_signers_file(f)
    assert result.problems == ()
    assert result.signers == (
        Sender("Ana Pérez", ("Calle 1", "Piso 2"), "Madrid", "Spain", "ana@example.org"),
        Sender("Bob Smith", ("1 High St", "Flat 3"), "Leeds", "UK", None),
        Sender("زهرا احمدی"),
    )


def test_columns_in_any_order_and_semicolon_files(
    parse: Callable[[bytes, str], SignersResult],
) -> None:
    result = parse(b"email;name\nx@example.org;Xavier\n", "s.csv")
    assert result.signers == (Sender("Xavier", email="x@example.org"),)


def test_bad_rows_are_reported_with_their_lines_and_nothing_is_returned(
    parse: Callable[[bytes, str], SignersResult],
) -> None:
    data = (
        b"name,city\n"  # line 1
        b"Ana,Madrid\n"  # 2
        b',"Multi\nline"\n'  # 3-4: no name
        b"Bob,Leeds,extra\n"  # 5: too many fields
        b"Cleo,Paris\n"  # 6
    )
    result = parse(data, "signers.csv")
    assert result.signers == ()
    assert [p.format() for p in result.problems] == [
        "signers.csv:3:1: error: this row has no name",
        "signers.csv:5: error: this row has 3 fields but the header has 2; "
        "put a value that contains a comma in double quotes",
    ]


def test_not_utf8_names_the_line(parse: Callable[[bytes, str], SignersResult]) -> None:
    data = b"name\nAna\nJos" + "é".encode("latin-1") + b"\n"
    result = parse(data, "s.csv")
    assert result.signers == ()
    (problem,) = result.problems
    assert (problem.line, problem.column) == (3, 4)
    assert "not UTF-8" in problem.message


def test_missing_name_column_and_typo_hint(parse: Callable[[bytes, str], SignersResult]) -> None:
    result = parse(b"nmae,city\nAna,Madrid\n", "s.csv")
    messages = [p.message for p in result.problems]
    assert any("did you mean 'name'" in m for m in messages)
    assert any("no 'name' column" in m for m in messages)
    assert result.has_errors


def test_hidden_characters_and_bad_email_are_errors(
    parse: Callable[[bytes, str], SignersResult],
) -> None:
    result = parse("name,email\nAna\u202e,ana@example.org\nBob,not-an-email\n".encode(), "s")
    assert [(p.line, p.column) for p in result.problems] == [(2, 1), (3, 2)]


def test_empty_file_and_header_only(parse: Callable[[bytes, str], SignersResult]) -> None:
    assert parse(b"", "s").has_errors
    assert parse(b"name\n", "s").problems[0].message == ("the file has a header row but no signers")


def test_unreadable_file(tmp_path: Path) -> None:
    result = read_signers_file(tmp_path / "missing.csv")
    assert result.has_errors and "cannot read" in result.problems[0].message


def test_spreadsheet_line_ends_are_fine_and_hidden_characters_still_found(
    parse: Callable[[bytes, str], SignersResult],
) -> None:
    ok = parse(b"name,city\r\nAna,Madrid\r\nBob,Leeds\r\n", "s.csv")
    assert [s.name for s in ok.signers] == ["Ana", "Bob"] and ok.problems == ()
    bad = parse(b"name,city\r\nAna,Madrid\r\nBob\x1b,Leeds\r\n", "s.csv")
    assert [(p.line, p.column) for p in bad.problems] == [(3, 1)]


def test_a_checked_file_gives_its_signers_one_at_a_time_and_notices_a_change(
    tmp_path: Path,
) -> None:
    """`check_signers_file` keeps no signer: walking the result reads the file again, the
    same signers as `read_signers_file`; a file edited after the check is refused."""
    from appeal_tui.core.signers import SignersFileChanged, check_signers_file

    f = tmp_path / "signers.csv"
    f.write_text("name,city\nAna,Madrid\nBob,Leeds\nAna,Paris\n", encoding="utf-8")
    seen: list[str] = []
    checked = check_signers_file(f, lambda s: seen.append(s.name))
    assert checked.signers is not None and len(checked.signers) == 3
    assert seen == ["Ana", "Bob", "Ana"]
    assert [p.line for p in checked.problems] == [4]  # the same name twice: a warning
    assert tuple(checked.signers) == read_signers_file(f).signers
    assert tuple(checked.signers) == read_signers_file(f).signers  # walked again
    f.write_text("name,city\nAna,Madrid\nBob,Leeds\nCleo,Oslo\n", encoding="utf-8")
    with pytest.raises(SignersFileChanged):
        list(checked.signers)
    bad = tmp_path / "bad.csv"
    bad.write_text("name,email\nAna,not-an-email\n", encoding="utf-8")
    assert check_signers_file(bad).signers is None


CHECKED_FILES = {
    "every column, quoted lines": "Name,Address,City,Country,Email\n"
    'Ana Pérez,"Calle 1\nPiso 2",Madrid,Spain,ana@example.org\n'
    "Bob Smith,1 High St; Flat 3,Leeds,UK,\n\n\n"
    "زهرا احمدی,,,,\n",
    "semicolons, any order": "email;name;city\nx@example.org;Xavier;\n;Yan;Oslo\n",
    "byte-order mark and CR LF": "\ufeffname,city\r\nAna,Madrid\r\n\r\nBob,Leeds\r\n",
    "short rows, few columns": "name,country,unknown\nAna\nBob,UK\nCleo,,x\n  ,  \n",
    "spaces and blanks": " NAME , Email \n  Ana  ,  a@example.org \n,\n\t,\nBob,\n",
    "a blank last line without end": "name\nAna\nBob\n ",
    "quotes everywhere": '"name","address"\n"Ann ""Nan"" Lee","1 Road;;2 Lane"\n',
}


@pytest.mark.parametrize("name", list(CHECKED_FILES))
def test_walking_a_checked_file_gives_what_the_check_read(tmp_path: Path, name: str) -> None:
    """A batch walks a checked file the quick way (`_walk_checked`): the same signers, in the
    same order, as the check itself read and as `read_signers_file` gives."""
    from appeal_tui.core.signers import check_signers_file

    f = tmp_path / "signers.csv"
    f.write_bytes(CHECKED_FILES[name].encode("utf-8"))
    seen: list[Sender] = []
    checked = check_signers_file(f, seen.append)
    assert checked.signers is not None, checked.problems
    assert list(checked.signers) == seen == list(read_signers_file(f).signers)
    assert seen


_PIECES = ["name", ",", "city", "email", "\n", "\r\n", "\r", "Ana", "Bob", '"', ";", " ", "\t",
           "\ufeff", "x@y.org", "a\r\nb", "\x1b", "é"]  # fmt: skip


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.booleans(), st.lists(st.sampled_from(_PIECES), max_size=16))
def test_any_file_the_check_takes_walks_to_the_same_signers(
    tmp_path: Path, header: bool, pieces: list[str]
) -> None:
    """Line ends of every kind, quotes, byte-order marks and hidden characters anywhere: when
    the check takes a file, the batch's quick walk of it gives the signers the check read."""
    from appeal_tui.core.signers import check_signers_file

    f = tmp_path / "signers.csv"
    f.write_bytes((("name,city,email\n" if header else "") + "".join(pieces)).encode("utf-8"))
    seen: list[Sender] = []
    checked = check_signers_file(f, seen.append)
    if checked.signers is not None:
        assert list(checked.signers) == seen


def test_a_plain_line_is_told_as_the_pattern_tells_it() -> None:
    """`_plain` (no search for lines of printable ASCII) never calls a line plain that the
    pattern finds a hidden character in: every character up to U+3000, with each line end."""
    from appeal_tui.core.signers import _HIDDEN_IN_FILE, _plain

    for code in range(0x3000):
        for end in ("\r\n", "\n", "", "\r", "\r\r\n"):
            line = f"Jonas Berg,Ringvägen{chr(code)}\t4,{chr(code)}{end}"
            if _plain(line):
                assert not _HIDDEN_IN_FILE.search(line), (code, end)
    assert _plain("Jonas Berg,Ringvagen 4,Lund\r\n") and _plain("a\tb\n")
