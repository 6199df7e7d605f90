"""Terminal escapes from case files, bundles and file names never reach the terminal through the
command line (issue 17, finding 1): keys and names are printed the way `repr` writes them.

A case file whose keys set the window title (OSC 0) and the clipboard (OSC 52), with a file name
holding ESC, is given to every command that prints case text or file names.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from appeal_tui.cli import main
from appeal_tui.core.library import bundled_cases_dir

CASE = "ir-hossein-ronaghi-maleki"
TITLE = "\x1b]0;PWNED\x07"
CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
# What may never be printed raw: ESC, BEL, NUL, C1 CSI, a bidi override.
RAW = ("\x1b", "\x07", "\x00", "\x9b", "\u202e")


def _assert_inert(output: str) -> None:
    for char in RAW:
        assert char not in output, (repr(char), output)


def _hostile_case(folder: Path, *, broken: bool) -> Path:
    """The seed case with two hostile keys (warnings); `broken` adds an error quoting them."""
    text = (bundled_cases_dir() / f"{CASE}.yaml").read_text(encoding="utf-8")
    text += '"\\e]0;PWNED\\a": 1\n"\\e]52;c;ZWNobyBwd25lZA==\\a": 2\n'
    if broken:
        text += 'recipients_x\\e: "\\e[2J\\u202e"\n'
        text = text.replace("\ntitle:", "\ntitle_gone:", 1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"case-{TITLE}{'-broken' if broken else ''}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _run(*args: str, input: str | None = None) -> str:
    result = CliRunner().invoke(main, list(args), input=input)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.output


@pytest.mark.parametrize("broken", [False, True], ids=["warnings", "errors"])
def test_validate_prints_keys_and_file_names_escaped(tmp_path: Path, broken: bool) -> None:
    path = _hostile_case(tmp_path / "cases", broken=broken)
    output = _run("validate", str(path))
    _assert_inert(output)
    assert "\\x1b]0;PWNED\\x07" in output  # the key, recognisable
    assert "case-\\x1b]0;PWNED\\x07" in output  # the file name


def test_validate_of_the_library_with_a_hostile_cases_folder(tmp_path: Path) -> None:
    _hostile_case(tmp_path / "cases", broken=True)
    output = _run("--cases", str(tmp_path / "cases"), "validate")
    _assert_inert(output)
    assert "\\x1b]52;c;" in output


@pytest.mark.parametrize(
    "command",
    [
        ["letter", "{case}", "--lang", "en"],
        ["sheets", "{case}", "-o", "{out}/sheets.html"],
        ["batch", "{case}", "--lang", "en", "--out", "{out}/batch"],
        ["envelopes", "{case}", "-o", "{out}/envelopes.html"],
    ],
    ids=["letter", "sheets", "batch", "envelopes"],
)
@pytest.mark.parametrize("broken", [False, True], ids=["warnings", "errors"])
def test_commands_given_the_hostile_file(tmp_path: Path, command: list[str], broken: bool) -> None:
    path = _hostile_case(tmp_path / "cases", broken=broken)
    args = [a.format(case=path, out=tmp_path) for a in command]
    output = _run(*args)
    _assert_inert(output)
    if broken:
        assert "\\x1b" in output  # the problem was reported, escaped


def test_letter_text_on_stdout_carries_no_control_characters(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(f"My own words {TITLE}{CLIPBOARD} \x9b2J \u202eend\x00.", encoding="utf-8")
    for fmt in ("txt", "md", "rich", "html"):
        output = _run("letter", CASE, "--lang", "en", "--format", fmt, "--note-file", str(note))
        _assert_inert(output)
        assert "My own words" in output


def test_drafts_import_refusal_names_the_bundle_escaped(tmp_path: Path) -> None:
    bundle = tmp_path / f"bundle-{TITLE}.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("drafts/\x1b]0;x\x07\x00.json", "{}")
    output = _run("drafts", "import", str(bundle))
    _assert_inert(output)
    assert "bundle-\\x1b]0;PWNED\\x07.zip" in output


def test_import_names_the_document_escaped(tmp_path: Path) -> None:
    document = tmp_path / f"ua-{TITLE}.txt"
    document.write_bytes(b"\xff\xfe not text" * 3)
    output = _run("import", str(document), "-o", str(tmp_path / f"out-{CLIPBOARD}.yaml"))
    _assert_inert(output)
    missing = _run("import", str(tmp_path / f"missing-{TITLE}.txt"))
    _assert_inert(missing)
    assert "\\x1b]0;PWNED\\x07" in missing


def test_tally_and_drafts_list_of_hostile_drafts(tmp_path: Path) -> None:
    from appeal_tui.core.draft import from_json, new_draft, to_json
    from appeal_tui.storage.bundles import bundle_bytes

    draft = from_json({**to_json(new_draft(CASE, language="en", recipients=["supreme-leader"]))})
    bundle = tmp_path / "ok.zip"
    bundle.write_bytes(bundle_bytes([draft]))
    _run("drafts", "import", str(bundle))
    for args in (["tally"], ["tally", "--format", "csv"], ["drafts", "list"]):
        _assert_inert(_run(*args))
    exported = _run("drafts", "export", "-o", str(tmp_path / f"out-{TITLE}.zip"))
    _assert_inert(exported)
    assert "out-\\x1b]0;PWNED\\x07.zip" in exported
    output = _run("drafts", "show", f"missing-{TITLE}")
    _assert_inert(output)
    output = _run("tally", "-o", str(tmp_path / f"nowhere-{TITLE}" / "t.csv"))
    _assert_inert(output)
