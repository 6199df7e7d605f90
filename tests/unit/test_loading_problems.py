"""Each kind of broken case file is reported at its exact line and column, and the good file in
the same folder still loads. The bad files are in tests/unit/bad_cases/ (readable text) or made
here (bytes no editor would show: control characters, other encodings, huge files)."""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from appeal_tui.core.library import CaseLibrary, load_library
from appeal_tui.core.loading import LoadResult, load_case_bytes
from appeal_tui.core.problems import Severity

BAD_CASES = Path(__file__).parent / "bad_cases"
GOOD = (BAD_CASES / "good.yaml").read_bytes()
E, W = Severity.ERROR, Severity.WARNING

# file -> every problem expected in it: (line, column, severity, words the message must contain)
EXPECTED: dict[str, list[tuple[int | None, int | None, Severity, str]]] = {
    "invalid-yaml.yaml": [(4, 5, E, "invalid YAML: did not find expected ',' or ']'")],
    "tab-indent.yaml": [(4, 1, E, "indent with spaces, not tabs")],
    "wrong-types.yaml": [
        (6, 12, E, "languages: must be a list, e.g. languages: [en, fa], not text"),
        (8, 3, E, "asks: must be a mapping"),
        (12, 11, E, "recipients[0].name: must be text, not a list"),
    ],
    "missing-keys.yaml": [
        (2, 1, E, "missing required key 'title'; add title:"),
        (2, 1, E, "missing required key 'summary'; add summary:"),
        (2, 1, E, "missing required key 'recipients'; add recipients:"),
    ],
    "unknown-keys.yaml": [
        (3, 1, W, "poeple: unknown key; did you mean 'people'?"),
        (19, 5, W, "recipients[1].salutaton: unknown key; did you mean 'salutation'?"),
        (20, 5, W, "recipients[1].colour: unknown key; it is ignored"),
    ],
    "unknown-languages.yaml": [
        (6, 17, E, "languages[1]: unknown language code 'persian'; did you mean 'fa'?"),
        (6, 26, E, "languages[2]: write the language code 'EN-gb' as 'en-GB'"),
        (10, 3, E, "asks.Farsi: unknown language code 'Farsi'; did you mean 'fa'?"),
        (13, 3, E, "letter.espanol: unknown language code 'espanol'; did you mean 'es'?"),
        (19, 39, E, "recipients[0].salutation.french: unknown language code 'french'; did you"),
        (20, 15, E, "recipients[0].language: unknown language code 'xx'; use a code such as"),
    ],
    "duplicate-keys.yaml": [
        (3, 1, E, "title: duplicate key; 'title' is already given on line 1"),
        (15, 5, E, "recipients[0].role: duplicate key; 'role' is already given on line 13"),
    ],
    "duplicate-recipient-keys.yaml": [
        (14, 10, E, "recipients[1].key: 'minister' is already used by another recipient (line 11)"),
    ],
    "no-primary.yaml": [(11, 3, E, "recipients: no recipient has role: primary")],
    "anchors.yaml": [
        (1, 8, E, "anchor &t is not allowed"),
        (5, 10, E, "alias *t is not allowed"),
    ],
    "bad-values.yaml": [
        (1, 5, E, "id: 'My_Case' may only use lowercase letters a-z, digits and hyphens"),
        (3, 9, E, "issued: '20 January 2016' is not a date; write it as YYYY-MM-DD"),
        (4, 11, E, "deadline: 2016-02-30 is not a real date"),
        (5, 9, E, "status: must be open or closed, not 'pending'"),
        (9, 5, E, "people[1]: give a name: (or a group:"),
        (16, 10, E, "recipients[0].key: 'Minister' may only use lowercase letters"),
        (17, 11, E, "recipients[0].role: must be primary or copy, not 'main'"),
        (19, 12, E, "recipients[0].email: must be a list"),
        (20, 28, E, "recipients[0].fax[1]: must be text, not a list"),
        (21, 9, E, "format: 2 is newer than this appeal-tui understands"),
    ],
    "escaped-control.yaml": [
        (1, 8, E, "title: control character U+001B (ESC) is not allowed"),
        (4, 11, E, "people[0].name: bidirectional control character U+202E"),
    ],
    "clash-b.yaml": [(1, 5, E, "case id 'same-id' is also used by")],
    "placeholders-and-contacts.yaml": [
        (2, 10, E, "country: 'TODO' is a placeholder, not a value"),
        (13, 11, E, "recipients[0].name: 'TODO' is a placeholder, not a value"),
        (14, 12, E, "recipients[0].email: 'not-an-email' is not an email address"),
        (15, 11, E, "recipients[0].fax[0]: 'call the office' is not a fax number"),
        (16, 14, E, "recipients[0].twitter: '@not a handle' is not a handle"),
        (20, 36, E, "recipients[1].email[1]: '[email protected]' is a placeholder"),
        (23, 12, E, "recipients[1].title: '[title]' is a placeholder, not a value"),
    ],
}


@pytest.fixture(scope="module")
def library() -> CaseLibrary:
    return load_library([BAD_CASES])


def _result(library: CaseLibrary, name: str) -> LoadResult:
    return next(f for f in library.files if Path(f.path).name == name)


def _found(result: LoadResult) -> list[tuple[int | None, int | None, Severity]]:
    return [(p.line, p.column, p.severity) for p in result.problems]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_reported_at_exact_line_and_column(library: CaseLibrary, name: str) -> None:
    result = _result(library, name)
    expected = EXPECTED[name]
    assert _found(result) == [(line, col, sev) for line, col, sev, _ in expected]
    for problem, (_, _, _, words) in zip(result.problems, expected, strict=True):
        assert words in problem.message
        assert problem.path == str(BAD_CASES / name)
    has_error = any(sev is E for *_, sev, _ in expected)
    assert (result.case is None) == has_error


def test_good_file_beside_the_bad_ones_still_loads(library: CaseLibrary) -> None:
    good = _result(library, "good.yaml")
    assert good.problems == ()
    assert library.get("good") is not None
    assert library.get("good") is good.case
    # Only warnings: a file with an unknown key still loads.
    assert library.get("unknown-keys") is not None
    assert library.get("same-id") is not None
    assert library.get("same-id").title == "First file with this id"  # type: ignore[union-attr]


def test_broken_lists_the_files_with_errors(library: CaseLibrary) -> None:
    broken = {Path(f.path).name for f in library.broken}
    expected = {n for n, probs in EXPECTED.items() if any(p[2] is E for p in probs)}
    assert broken == expected | {"billion-laughs.yaml"}


def test_billion_laughs_is_rejected_without_expanding(library: CaseLibrary) -> None:
    result = _result(library, "billion-laughs.yaml")
    assert result.case is None
    errors = [p for p in result.problems if p.is_error]
    # The first anchors and aliases by position, then one line for the rest.
    assert [(p.line, p.column) for p in errors[:4]] == [(3, 6), (4, 6), (4, 10), (4, 13)]
    assert errors[0].message.startswith("anchor &a is not allowed")
    assert errors[2].message.startswith("alias *a is not allowed")
    assert errors[-1].line is None
    assert errors[-1].message == "75 more anchors or aliases; remove them all"


# --- files made here: bytes that are awkward to keep in a text file -------------------------


def _beside_good(tmp_path: Path, name: str, data: bytes) -> tuple[LoadResult, CaseLibrary]:
    """Load `data` as `name` in a folder that also holds a good case; check the good one loads."""
    shutil.copy(BAD_CASES / "good.yaml", tmp_path / "good.yaml")
    (tmp_path / name).write_bytes(data)
    library = load_library([tmp_path])
    assert library.get("good") is not None
    return next(f for f in library.files if Path(f.path).name == name), library


def _only_problem(result: LoadResult) -> tuple[int | None, int | None, str]:
    assert result.case is None
    assert len(result.problems) == 1, result.problems
    p = result.problems[0]
    assert p.is_error
    return p.line, p.column, p.message


def test_raw_control_character_in_a_value(tmp_path: Path) -> None:
    data = GOOD.replace(b"country: Norway", b"country: Nor\x1b]0;pwned\x07way")
    result, _ = _beside_good(tmp_path, "esc.yaml", data)
    assert [(p.line, p.column) for p in result.problems] == [(2, 13), (2, 22)]
    assert "control character U+001B (ESC) is not allowed" in result.problems[0].message
    assert "U+0007 (BEL)" in result.problems[1].message
    assert result.case is None


@pytest.mark.parametrize(
    ("char", "label"), [("\x7f", "U+007F (DEL)"), ("\x9b", "U+009B (CSI)"), ("\r", "U+000D")]
)
def test_del_c1_and_lone_carriage_return(tmp_path: Path, char: str, label: str) -> None:
    data = GOOD.replace(b"A short summary.", f"A short{char} summary.".encode())
    result, _ = _beside_good(tmp_path, "ctrl.yaml", data)
    line, column, message = _only_problem(result)
    assert (line, column) == (6, 10)
    assert label in message


def test_raw_bidi_override_in_a_value(tmp_path: Path) -> None:
    data = GOOD.replace(b"name: Kari Nordmann", "name: Kari \u202eNordmann".encode())
    result, _ = _beside_good(tmp_path, "bidi.yaml", data)
    line, column, message = _only_problem(result)
    assert (line, column) == (4, 16)
    assert "U+202E (RIGHT-TO-LEFT OVERRIDE)" in message


@pytest.mark.parametrize("char", ["\u202a", "\u202d", "\u2066", "\u2069"])
def test_every_bidi_embedding_and_isolate_is_reported(tmp_path: Path, char: str) -> None:
    data = GOOD.replace(b"title: A good", f"title: A{char} good".encode())
    line, column, message = _only_problem(load_case_bytes(data, "x.yaml"))
    assert (line, column) == (1, 9)
    assert "bidirectional control character" in message


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    data = GOOD.replace(b"country: Norway", "country: Norvège".encode("latin-1"))
    result, _ = _beside_good(tmp_path, "latin1.yaml", data)
    line, column, message = _only_problem(result)
    assert (line, column) == (2, 14)  # "country: Norv" is 13 characters
    offset = data.index(b"\xe8")
    assert f"byte 0xE8 at offset {offset}" in message
    assert "save the file as UTF-8" in message


def test_utf16_file_says_so(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + GOOD.decode().encode("utf-16-le")
    result, _ = _beside_good(tmp_path, "utf16.yaml", data)
    line, column, message = _only_problem(result)
    assert (line, column) == (1, 1)
    assert "UTF-16" in message


def test_file_over_one_mebibyte(tmp_path: Path) -> None:
    data = GOOD + b"background: |\n" + b"  " + b"x" * (1024 * 1024) + b"\n"
    result, _ = _beside_good(tmp_path, "huge.yaml", data)
    line, column, message = _only_problem(result)
    assert (line, column) == (None, None)
    assert "larger than 1 MiB" in message


def test_file_of_exactly_one_mebibyte_is_read(tmp_path: Path) -> None:
    padding = 1024 * 1024 - len(GOOD) - len(b"background: x\n# \n")
    data = GOOD + b"background: x\n# " + b"y" * padding + b"\n"
    assert len(data) == 1024 * 1024
    assert load_case_bytes(data, "big.yaml").case is not None


def test_empty_file_and_a_list_at_the_top(tmp_path: Path) -> None:
    result, _ = _beside_good(tmp_path, "empty.yaml", b"# nothing here\n")
    assert _only_problem(result)[2].startswith("the file is empty")
    result, _ = _beside_good(tmp_path, "list.yaml", b"\n- title: x\n")
    line, column, message = _only_problem(result)
    assert (line, column) == (2, 1)
    assert "must be a mapping of keys" in message


def test_file_name_that_makes_no_valid_id(tmp_path: Path) -> None:
    result, library = _beside_good(tmp_path, "My Case!.yaml", GOOD)
    line, column, message = _only_problem(result)
    assert (line, column) == (1, 1)
    assert "add id: my-case" in message
    assert len(library.cases) == 1


def test_upper_case_file_name_is_lowercased_into_the_id(tmp_path: Path) -> None:
    _, library = _beside_good(tmp_path, "UA-2024.yaml", GOOD)
    assert library.get("ua-2024") is not None


def test_empty_required_values(tmp_path: Path) -> None:
    data = GOOD.replace(b"title: A good case beside the bad ones", b"title:").replace(
        b"languages: [en, fa]", b"languages: []"
    )
    result = load_case_bytes(data, "x.yaml")
    assert [(p.line, p.column, p.message.split(";")[0]) for p in result.problems] == [
        (1, 1, "title: empty"),
        (7, 12, "languages: empty"),
    ]


def test_unreadable_file_is_a_problem_not_an_exception(tmp_path: Path) -> None:
    folder = tmp_path / "case.yaml"
    folder.mkdir()
    from appeal_tui.core.loading import load_case_file

    result = load_case_file(folder)
    assert result.case is None
    assert result.problems[0].message.startswith("cannot read the file")


def test_character_yaml_refuses_is_reported_where_it_is() -> None:
    data = GOOD.replace(b"country: Norway", "country: Nor\uffffway".encode())
    line, column, message = _only_problem(load_case_bytes(data, "x.yaml"))
    assert (line, column) == (2, 13)
    assert message == "character U+FFFF is not allowed in YAML; remove it"


def test_pure_python_yaml_reports_the_same_problems() -> None:
    """Without libyaml the loader falls back to PyYAML's pure loader: same cases, same lines."""
    code = (
        "import sys\n"
        "sys.modules['yaml._yaml'] = None  # as if PyYAML had been built without libyaml\n"
        "from pathlib import Path\n"
        "from appeal_tui.core import yaml_nodes\n"
        "from appeal_tui.core.library import load_library\n"
        "assert not yaml_nodes.HAVE_LIBYAML\n"
        f"lib = load_library([Path({str(BAD_CASES)!r})])\n"
        "for f in lib.files:\n"
        "    print(Path(f.path).name, f.case is None, [(p.line, p.column) for p in f.problems])\n"
    )
    fallback = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    library = load_library([BAD_CASES])
    with_libyaml = [
        f"{Path(f.path).name} {f.case is None} {[(p.line, p.column) for p in f.problems]}"
        for f in library.files
    ]
    # libyaml and PyYAML word (and place) some syntax errors differently; all else must match.
    syntax = {"invalid-yaml.yaml", "tab-indent.yaml"}
    assert [x for x in fallback if x.split()[0] not in syntax] == [
        x for x in with_libyaml if x.split()[0] not in syntax
    ]
    assert len(fallback) == len(with_libyaml)
