"""Every message a user reads goes through the catalog (issue 21).

An AST scan of src/appeal_tui: a string literal (or f-string) with letters, passed directly to a
function that shows text to the user, fails the test unless it is wrapped in `_()`, `ngettext`,
`pgettext`, `npgettext` or `N_`. The functions ("sinks") are listed in SINKS below; the few
literals that are rightly not translated are in ALLOWED, each with its reason.

What the scan does not see: a message built in a variable first and passed on (the variable is
not followed), and words in tables (those are marked `N_` by the modules' own tests). Case text,
phrasebooks (the letter's language) and machine-readable outputs (CSV, JSON) are not messages.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "appeal_tui"

# The gettext functions: a literal inside one of these calls is marked.
MARKERS = frozenset({"_", "N_", "ngettext", "pgettext", "npgettext"})


@dataclass(frozen=True)
class Sink:
    """A callable that shows text: the positions and keywords of its text arguments; when
    `receiver` is set, only method calls on a name containing it count (`report.check`)."""

    positions: tuple[int, ...] = (0,)
    keywords: tuple[str, ...] = ()
    receiver: str = ""


SINKS: dict[str, Sink] = {
    # cli/common: every line a command prints of its own, and its errors.
    "say": Sink(keywords=("message",)),
    "fail": Sink(keywords=("message",)),
    # click's printing (a command printing directly, not through say).
    "echo": Sink(keywords=("message",)),
    "secho": Sink(keywords=("message",)),
    # Textual: notifications, and the widgets that show a text given when made.
    "notify": Sink(keywords=("message", "title")),
    "Label": Sink(keywords=("renderable", "content")),
    "Static": Sink(keywords=("renderable", "content")),
    "Button": Sink(keywords=("label", "tooltip")),
    "Checkbox": Sink(keywords=("label",)),
    "RadioButton": Sink(keywords=("label",)),
    "TabPane": Sink(keywords=("title",)),
    "Input": Sink(positions=(), keywords=("placeholder", "tooltip")),
    "TextArea": Sink(positions=(), keywords=("placeholder", "tooltip")),
    # A key binding's description (the footer), and the palette's commands.
    "Binding": Sink(positions=(2,), keywords=("description", "tooltip")),
    "Hit": Sink(positions=(3,), keywords=("text", "help")),
    "DiscoveryHit": Sink(positions=(0,), keywords=("display", "help")),
    # core/problems: a problem's message (path, line, column, message, ...).
    "Problem": Sink(positions=(3,), keywords=("message",)),
    # core/loading and core/signers: a file that failed, with its message.
    "_failed": Sink(positions=(2,), keywords=("message",)),
    # The import report's "check:" lines and its found values (ImportReport.check / .add).
    "check": Sink(receiver="report"),
    "add": Sink(positions=(1,), receiver="report"),
    # storage/bundles: a bundle refused, and core/draft's field errors.
    "refuse": Sink(),
    "_fail": Sink(positions=(1,)),
}

# Exceptions whose message is printed by the CLI (`fail(str(e))`) or shown in the app: every
# class of our own whose name ends in "Error" (found in the source, see _our_errors), and these.
SHOWN_BUILTIN_ERRORS = frozenset({"NotADirectoryError", "FileExistsError"})
# ValueError is Python's own too (int("x")), so it counts only where ours reach the user: the
# export formats' refusals, shown by the export dialog ("Cannot export in this format: ...").
VALUE_ERROR_SHOWN_UNDER = ("export/",)

# Literals rightly left as they are: (file under src/appeal_tui, the literal's text) -> why.
ALLOWED: dict[tuple[str, str], str] = {
    # Raised for a wrong call, never for a user's input: `envelopes` offers only the listed
    # layouts and airmail choices (click.Choice), `--paper` too, and a batch checks its paper
    # before it prints.
    ("export/envelopes.py", "unknown airmail choice {}: use auto, always or never"): "click.Choice",
    ("export/envelopes.py", "unknown layout {}: choose one of {}"): "click.Choice",
    ("export/html.py", "unknown paper size {}: use 'a4' or 'letter'"): "click.Choice",
    # Examples of what to type: language codes and format names, the same in every language.
    ("ui/screens/organiser.py", "en,es"): "language codes",
    ("ui/screens/organiser.py", "txt,md,html,eml"): "format names",
    # The preview skips a recipient without a usable handle (`except ValueError: continue`):
    # never shown; the case file's handle is reported by the case check in the user's words.
    ("export/social.py", "not a social media handle: {}"): "caught, never shown",
    ("export/social.py", "{} has no social media handle"): "caught, never shown",
}


def _has_letters(text: str) -> bool:
    return re.search(r"[^\W\d_]", text) is not None


def _shape(node: ast.expr) -> str:
    """A literal's text, f-string fields shown as {} (how ALLOWED names it)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "{}"
            for v in node.values
        )
    return ""


def _call_name(func: ast.expr) -> tuple[str, str]:
    """(name, receiver) of a call: `click.echo` -> ("echo", "click")."""
    if isinstance(func, ast.Name):
        return func.id, ""
    if isinstance(func, ast.Attribute):
        receiver = func.value
        while isinstance(receiver, ast.Attribute):
            receiver = receiver.value
        return func.attr, receiver.id if isinstance(receiver, ast.Name) else ""
    return "", ""


def unmarked(node: ast.expr) -> Iterator[ast.expr]:
    """The literals with letters in `node` that no gettext call wraps: the expression itself,
    a `"..." + x`, a `"...".format(...)` or `"..." % x`, either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_letters(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if _has_letters(_shape(node)):
            yield node
    elif isinstance(node, ast.BinOp):
        yield from unmarked(node.left)
        yield from unmarked(node.right)
    elif isinstance(node, ast.IfExp):
        yield from unmarked(node.body)
        yield from unmarked(node.orelse)
    elif isinstance(node, ast.Call):
        name, _receiver = _call_name(node.func)
        if name in MARKERS:
            return
        # "...".format(x) and "sep".join(...): the literal is the receiver.
        if isinstance(node.func, ast.Attribute) and name == "format":
            yield from unmarked(node.func.value)


def _our_errors(trees: dict[str, ast.Module]) -> set[str]:
    """Our exception classes: named "...Error", or made from one (`SignersFileChanged`)."""
    classes = {
        node.name: {_call_name(base)[0] for base in node.bases}
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    errors = {name for name in classes if name.endswith("Error")}
    exceptions = {"Exception", "LookupError", "ValueError", "OSError", "RuntimeError"}
    while True:
        more = {n for n, bases in classes.items() if bases & (errors | exceptions)} - errors
        if not more:
            return errors
        errors |= more


def _assignments(tree: ast.Module) -> dict[tuple[int, str], list[ast.expr]]:
    """(id of a call, name) -> the values assigned to `name` in the function around the call."""
    found: dict[tuple[int, str], list[ast.expr]] = {}
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        values: dict[str, list[ast.expr]] = {}
        for node in ast.walk(function):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target = node.targets[0]
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                target = node.target
            else:
                continue
            if isinstance(target, ast.Name) and node.value is not None:
                values.setdefault(target.id, []).append(node.value)
        for node in ast.walk(function):
            if isinstance(node, ast.Call):
                for name, assigned in values.items():
                    found.setdefault((id(node), name), []).extend(assigned)
    return found


def _text_arguments(call: ast.Call, sink: Sink) -> Iterator[ast.expr]:
    for position in sink.positions:
        if position < len(call.args):
            yield call.args[position]
    for keyword in call.keywords:
        if keyword.arg in sink.keywords:
            yield keyword.value


def findings(tree: ast.Module, where: str, errors: set[str]) -> list[str]:
    """'file:line: text' for each unmarked message in `tree` (`where`: its path under
    src/appeal_tui, as ALLOWED names it)."""
    found: list[tuple[int, int, str]] = []
    shown_errors = errors | SHOWN_BUILTIN_ERRORS
    if where.startswith(VALUE_ERROR_SHOWN_UNDER):
        shown_errors = shown_errors | {"ValueError"}
    assigned = _assignments(tree)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name, receiver = _call_name(call.func)
        if name in SINKS and receiver.lower().find(SINKS[name].receiver) >= 0:
            arguments = list(_text_arguments(call, SINKS[name]))
        elif name in shown_errors:
            # The message: the first argument, or the second after an errno (OSError's form).
            arguments = list(call.args[:2])
        else:
            continue
        # A name given as the message: what was assigned to it in the same function.
        arguments += [
            value
            for argument in arguments
            if isinstance(argument, ast.Name)
            for value in assigned.get((id(call), argument.id), ())
        ]
        for argument in arguments:
            for literal in unmarked(argument):
                text = _shape(literal)
                if (where, text) not in ALLOWED:
                    found.append(
                        (
                            literal.lineno,
                            literal.col_offset,
                            f"{where}:{literal.lineno}: {name}({text!r})",
                        )
                    )
    return [line for _line, _column, line in sorted(found)]


def _trees() -> dict[str, ast.Module]:
    return {
        path.relative_to(SRC).as_posix(): ast.parse(path.read_text("utf-8"), str(path))
        for path in sorted(SRC.rglob("*.py"))
    }


def test_every_message_shown_to_a_user_is_marked_for_translation() -> None:
    trees = _trees()
    errors = _our_errors(trees)
    found = [line for where, tree in trees.items() for line in findings(tree, where, errors)]
    assert not found, "messages not marked for translation (wrap in _()):\n" + "\n".join(found)


def test_every_allowed_literal_is_still_there() -> None:
    # An allow-list entry whose literal is gone (fixed or reworded) must go too.
    trees = _trees()
    present = {
        (where, _shape(node))
        for where, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant | ast.JoinedStr)
    }
    assert not set(ALLOWED) - present, sorted(set(ALLOWED) - present)


SYNTHETIC = """
import click
from appeal_tui.core.i18n import _, ngettext

class PaperError(Exception):
    pass

def run(n, path, report):
    say("Saved the letter.")
    fail(f"cannot read {path}")
    click.echo("Done: " + str(n))
    self.notify("Exported {n} letters".format(n=n))
    yield Label("Recipients" if n else "None")
    Problem(str(path), 1, None, "unknown key")
    report.check("asks: none found")
    raise PaperError(f"no paper in {path}")
    raise FileExistsError(17, f"no free name in {path}")
    what = "no such case file" if n else _("no case")
    Problem(str(path), None, None, what)
    raise FileChanged(f"{path} changed")


class FileChanged(PaperError):
    pass
"""

MARKED = """
import click
from appeal_tui.core.i18n import _, ngettext

class PaperError(Exception):
    pass

def run(n, path, report, key):
    say(_("Saved the letter."))
    fail(_("cannot read {path}").format(path=path))
    click.echo(_("Done: {n}").format(n=n))
    self.notify(ngettext("Exported {n} letter", "Exported {n} letters", n).format(n=n))
    yield Label(_("Recipients") if n else _("None"))
    Problem(str(path), 1, None, _("unknown key"))
    report.check(_("asks: none found") + where.near("asks"))
    raise PaperError(_("no paper in {path}").format(path=path))
    say(f"{path}: {n}")
    click.echo(", ".join(key))
    yield Button("→", id="next")
    status.add("draft")
"""


@pytest.mark.parametrize("snippet", [SYNTHETIC])
def test_the_scan_finds_unmarked_messages(snippet: str) -> None:
    tree = ast.parse(snippet)
    found = findings(tree, "ui/example.py", _our_errors({"x": tree}))
    assert [line.split(": ", 1)[1] for line in found] == [
        "say('Saved the letter.')",
        "fail('cannot read {}')",
        "echo('Done: ')",
        "notify('Exported {n} letters')",
        "Label('Recipients')",
        "Label('None')",
        "Problem('unknown key')",
        "check('asks: none found')",
        "PaperError('no paper in {}')",
        "FileExistsError('no free name in {}')",
        "Problem('no such case file')",
        "FileChanged('{} changed')",
    ]


def test_the_scan_passes_marked_messages() -> None:
    tree = ast.parse(MARKED)
    assert findings(tree, "ui/example.py", _our_errors({"x": tree})) == []


def _marked_inside_fstrings(tree: ast.AST) -> Iterator[int]:
    """Lines where a gettext call with a literal sits inside an f-string's braces: Babel's
    extractor reads an f-string as one token before Python 3.12, so that message never reaches
    the catalog and shows in English whatever the language."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Name)
                and inner.func.id in MARKERS
                and any(isinstance(a, ast.Constant) for a in inner.args)
            ):
                yield inner.lineno


def test_no_message_is_marked_inside_an_f_string() -> None:
    found = [
        f"{path.relative_to(SRC)}:{line}"
        for path in sorted(SRC.rglob("*.py"))
        for line in _marked_inside_fstrings(ast.parse(path.read_text("utf-8")))
    ]
    assert not found, (
        "a message marked inside an f-string is never extracted into the catalog; "
        "mark it outside the f-string: " + ", ".join(found)
    )


def test_the_f_string_scan_finds_one() -> None:
    snippet = 'x = f"<h2>{escape(_(\'Heading\'))}</h2>"\ny = f"<h2>{escape(_(name))}</h2>"\n'
    assert list(_marked_inside_fstrings(ast.parse(snippet))) == [1]
