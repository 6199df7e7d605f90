"""Hidden characters are defined once (`core.hidden_text`): every module that cleans or refuses
text uses that definition, and the uses that need more (or less) say so by name."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from appeal_tui.core.compose import compose_letters
from appeal_tui.core.hidden_text import HIDDEN_CHARACTERS, in_file_pattern, without_hidden
from appeal_tui.core.library import bundled_cases_dir, load_library
from appeal_tui.core.model import Sender
from appeal_tui.core.problems import shown
from appeal_tui.export.email import header_text
from appeal_tui.export.text import letters_to_text

SRC = Path(__file__).resolve().parents[2] / "src" / "appeal_tui"
NASTY = "a\x1b]0;owned\x07b\u202ec\x9bd\x00e"


def test_the_definition_covers_controls_and_bidi_but_not_tab_or_newline() -> None:
    assert without_hidden(NASTY) == "a]0;ownedbcde"
    assert without_hidden("one\ttwo\nthree\x0c") == "one\ttwo\nthree"
    assert without_hidden("page\x0cbreak", keep="\x0c") == "page\x0cbreak"
    assert without_hidden("a\u2028b\u200fc", also="\u2028\u200f") == "abc"
    # A CR is hidden in a file only when it is not part of a CRLF line end.
    assert [m.start() for m in in_file_pattern().finditer("a\r\nb\rc")] == [4]


def test_exports_and_messages_use_it() -> None:
    case = load_library([bundled_cases_dir()]).get("ir-hossein-ronaghi-maleki")
    assert case is not None
    letters = compose_letters(case, "en", ["all"], Sender(name="Ana"), own_text=f"Hi {NASTY}")
    text = letters_to_text(letters)
    assert "Hi a]0;ownedbcde" in text
    assert not any(ch in HIDDEN_CHARACTERS for ch in text.replace("\f", ""))
    assert "\f" in text  # the page break between letters stays
    assert header_text("Re:\nBcc: x\u202e") == "Re: Bcc: x"
    assert shown("a\x1bb\u202e") == "a\\x1bb\\u202e"


def _spelled_out(value: str) -> bool:
    """True when a string constant spells out a set of hidden characters: a range ending in one
    (`\\x00-\\x1f`), or three or more of them, written as characters or as regex escapes."""
    decoded = re.sub(
        r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4}))",
        lambda m: chr(int(m[1] or m[2], 16)),
        value,
    )
    hidden = {ch for ch in decoded if ch in HIDDEN_CHARACTERS}
    ranges = re.findall(r"(.)-(.)", decoded, re.DOTALL)
    return len(hidden) >= 3 or any(
        a in HIDDEN_CHARACTERS or b in HIDDEN_CHARACTERS for a, b in ranges
    )


def test_no_other_module_defines_its_own_set() -> None:
    offenders: list[str] = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "hidden_text.py":
            continue
        source = path.read_text(encoding="utf-8")
        where = path.relative_to(SRC)
        tree = ast.parse(source)
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        offenders.extend(
            f"{where}:{node.lineno}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and _spelled_out(node.value)
        )
        # Unicode's category of controls ("Cc") is a set of hidden characters by another name.
        offenders.extend(
            f"{where}: category 'Cc'"
            for _ in re.finditer(r"""category\([^)]*\)[^\n]*["']Cc["']""", source)
        )
    assert offenders == [], "use appeal_tui.core.hidden_text instead: " + ", ".join(offenders)


def test_the_check_would_catch_a_set() -> None:
    assert _spelled_out("[\x00-\x1f\x7f]")
    assert _spelled_out(r"[\x00-\x08\x0b]")
    assert _spelled_out("\u202a\u202b\u202c")
    assert not _spelled_out("\x00{key}\x00")
    assert not _spelled_out("a-z")


def test_without_hidden_skips_no_hidden_character() -> None:
    """The quick paths for printable ASCII (and lines of it, with tabs) give what the pattern
    gives, for every character up to U+3000 alone and in text, with and without `keep` and
    `also`."""
    from appeal_tui.core.hidden_text import hidden_pattern

    for options in ({}, {"keep": "\x0c"}, {"also": "\u2028\u200f"}, {"keep": "\r", "also": "\t"}):
        pattern = hidden_pattern(**options)
        for code in range(0x3000):
            for text in (chr(code), f"Dear Minister{chr(code)}, release her",
                         f"Ana\tRuiz\n{chr(code)}Calle 1\n"):  # fmt: skip
                assert without_hidden(text, **options) == pattern.sub("", text), (code, options)
