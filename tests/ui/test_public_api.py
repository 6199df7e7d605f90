"""appeal_tui uses Textual's and Rich's public API only, outside `ui/textual_compat.py`.

The package's source is read (not imported): any private Textual or Rich name outside that one
module fails this test, so does an upgrade of Textual that nobody checked the compat module
against. Private means a name with one leading underscore (or a name-mangled `_Class__name`)
that Textual or Rich defines: a module, a function, a class, a method or an attribute.
"""

from __future__ import annotations

import ast
import functools
import importlib
import tomllib
from importlib import metadata
from pathlib import Path

import rich
import textual

import appeal_tui
from appeal_tui.ui import textual_compat

PACKAGE = Path(appeal_tui.__file__).resolve().parent
COMPAT = PACKAGE / "ui" / "textual_compat.py"
PYPROJECT = PACKAGE.parent.parent / "pyproject.toml"
LIBRARIES = ("textual", "rich")


def _is_private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__") and name.strip("_") != ""


def _mangled(name: str) -> bool:
    return name.startswith("__") and not name.endswith("__")


def _defined_name(node: ast.AST) -> str | None:
    """The name `node` defines, if it defines one."""
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return node.name
    if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
        return node.attr
    return None


def _class_names(cls: ast.ClassDef) -> set[str]:
    """Private names a class defines: in its body, and as `self.x` in its methods."""
    names: set[str] = set()
    for node in ast.walk(cls):
        name = _defined_name(node)
        if name is None:
            continue
        if _mangled(name):
            names.add(f"_{cls.name.lstrip('_')}{name}")
        elif _is_private(name) and (
            node in cls.body
            or any(node in getattr(statement, "targets", ()) for statement in cls.body)
            or isinstance(node, ast.Attribute)
        ):
            names.add(name)
    return names


@functools.cache
def _library() -> tuple[frozenset[str], dict[tuple[str, str], frozenset[str]]]:
    """Every private name Textual and Rich define, and each of their classes' own."""
    everything: set[str] = set()
    classes: dict[tuple[str, str], frozenset[str]] = {}
    for library in (textual, rich):
        root = Path(library.__file__).resolve().parent
        for path in root.rglob("*.py"):
            parts = path.relative_to(root.parent).with_suffix("").parts
            module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                name = _defined_name(node)
                if name and _is_private(name):
                    everything.add(name)
                if isinstance(node, ast.ClassDef):
                    own = _class_names(node)
                    classes[(module, node.name)] = frozenset(own)
                    everything.update(own)
    return frozenset(everything), classes


def _inherited(cls: type) -> frozenset[str]:
    """The private names of the Textual and Rich classes `cls` is built on."""
    _, classes = _library()
    names: set[str] = set()
    for base in cls.__mro__:
        names |= classes.get((base.__module__, base.__name__), frozenset())
    return frozenset(names)


def _from_library(module: str | None) -> bool:
    return module is not None and module.split(".")[0] in LIBRARIES


def private_uses(
    source: str, namespace: dict[str, object], own_names: frozenset[str] = frozenset()
) -> list[str]:
    """Private Textual/Rich names `source` uses (line: what). `namespace`: the module run, for
    its classes. `own_names`: private names the package defines itself (which may share a name
    with one of Textual's, as long as it is not on a class built on Textual's or Rich's)."""
    everything, _ = _library()
    tree = ast.parse(source)
    found: list[str] = []
    other_modules = {
        (alias.asname or alias.name).split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
        if not _from_library(alias.name)
    }
    in_library_class: dict[int, frozenset[str]] = {}
    for cls in ast.walk(tree):
        runtime = namespace.get(cls.name) if isinstance(cls, ast.ClassDef) else None
        if not isinstance(cls, ast.ClassDef) or not isinstance(runtime, type):
            continue
        inherited = _inherited(runtime)
        if not inherited:
            continue
        for node in ast.walk(cls):
            in_library_class[id(node)] = inherited
            name = _defined_name(node)
            if name and name in inherited:
                found.append(f"{getattr(node, 'lineno', 0)}: {cls.name} defines {name}")
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.ImportFrom) and _from_library(node.module):
            assert node.module is not None
            if any(_is_private(part) for part in node.module.split(".")):
                found.append(f"{line}: imports private module {node.module}")
            for alias in node.names:
                if _is_private(alias.name):
                    found.append(f"{line}: imports {node.module}.{alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if _from_library(alias.name) and any(
                    _is_private(part) for part in alias.name.split(".")
                ):
                    found.append(f"{line}: imports private module {alias.name}")
        elif isinstance(node, ast.Attribute) and _is_private(node.attr):
            owner = node.value
            if isinstance(owner, ast.Name) and owner.id in other_modules:
                continue  # os._exit and the like
            if isinstance(owner, ast.Name) and owner.id == "self" and id(node) in in_library_class:
                if node.attr in in_library_class[id(node)]:
                    found.append(f"{line}: uses {node.attr}")
            elif node.attr in everything and node.attr not in own_names:
                found.append(f"{line}: uses {node.attr}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "super"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and isinstance(namespace.get(node.args[0].id), type)
            and _inherited(namespace[node.args[0].id])  # type: ignore[arg-type]
            and namespace[node.args[0].id].__module__.split(".")[0] in LIBRARIES  # type: ignore[attr-defined]
        ):
            found.append(
                f"{line}: skips a method of {node.args[0].id} (super({node.args[0].id}, …))"
            )
    return sorted(set(found), key=lambda entry: int(entry.split(":")[0]))


def _package_modules() -> dict[Path, tuple[str, dict[str, object]]]:
    """Each module of the package: its source and what it defines (imported)."""
    found: dict[Path, tuple[str, dict[str, object]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name.endswith("__main__"):
            namespace: dict[str, object] = {}
        else:
            namespace = vars(importlib.import_module(name))
        found[path] = (path.read_text(encoding="utf-8"), namespace)
    return found


def _own_private_names(modules: dict[Path, tuple[str, dict[str, object]]]) -> frozenset[str]:
    """Private names the package defines outside its classes built on Textual's or Rich's."""
    names: set[str] = set()
    for source, namespace in modules.values():
        tree = ast.parse(source)
        on_library = {
            id(node)
            for cls in ast.walk(tree)
            if isinstance(cls, ast.ClassDef)
            and isinstance(namespace.get(cls.name), type)
            and _inherited(namespace[cls.name])  # type: ignore[arg-type]
            for node in ast.walk(cls)
        }
        for node in ast.walk(tree):
            name = _defined_name(node)
            if name and _is_private(name) and id(node) not in on_library:
                names.add(name)
    return frozenset(names)


def test_no_private_textual_or_rich_name_outside_the_compat_module() -> None:
    modules = _package_modules()
    own = _own_private_names(modules)
    problems = {
        str(path.relative_to(PACKAGE)): uses
        for path, (source, namespace) in modules.items()
        if path != COMPAT and (uses := private_uses(source, namespace, own))
    }
    assert problems == {}


def test_the_compat_module_is_small_and_is_used() -> None:
    # Small enough to read whole against a new Textual before changing the pin (80 lines until
    # notifications needed their toasts drawn in visual order: `draw_toasts_through`; 100 until
    # Escape typed just before another key needed reading as Escape: `keep_escape_apart`).
    assert len(COMPAT.read_text(encoding="utf-8").splitlines()) < 125
    users = [
        path
        for path, (source, _) in _package_modules().items()
        if path != COMPAT and "textual_compat" in source
    ]
    assert users


def test_the_check_finds_private_uses() -> None:
    source = """
from textual._two_way_dict import TwoWayDict
from textual.widgets import Static, TextArea
from textual.widget import _Styled


class Page(Static):
    def clear(self) -> None:
        self._Static__content = None
        self._render_cache.lines.clear()


class Editor(TextArea):
    _line_cache = None

    def render_lines(self, crop):
        self._build_highlight_map()
        return super(TextArea, self).render_lines(crop)


def peek(widget):
    return widget.screen._selecting
"""
    namespace: dict[str, object] = {}
    exec(compile(source, "example", "exec"), namespace)
    found = "\n".join(private_uses(source, namespace))
    for expected in (
        "imports private module textual._two_way_dict",
        "imports textual.widget._Styled",
        "uses _Static__content",
        "uses _render_cache",
        "Editor defines _line_cache",
        "uses _build_highlight_map",
        "super(TextArea",
        "uses _selecting",
    ):
        assert expected in found, found


def test_textual_is_the_version_the_compat_module_was_checked_against() -> None:
    # An upgrade: read ui/textual_compat.py against the new Textual, then change both pins.
    assert metadata.version("textual") == textual_compat.TEXTUAL_VERSION
    pinned = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert f"textual=={textual_compat.TEXTUAL_VERSION}" in pinned
