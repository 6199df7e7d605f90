"""The layer rules of docs/architecture.md, for every layer: who may import whom.

Two checks. Statically, every `import` in every module (those inside functions too: a lazy
import is still a dependency) is read from the source and checked against its layer's rule.
At run time, each layer's modules are imported in a fresh interpreter, which catches a library
loaded indirectly (core importing a module that imports rich).
"""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import appeal_tui

SRC = Path(appeal_tui.__file__).resolve().parent


@dataclass(frozen=True)
class Layer:
    # The parts of the app this layer may import (a layer always imports itself).
    uses: frozenset[str]
    # Libraries it must not import, statically or at run time.
    banned: frozenset[str]
    # Libraries its own modules must not import (the layers below it may).
    not_itself: frozenset[str] = frozenset()


_UI_LIBRARIES = frozenset({"rich", "textual"})
LAYERS: dict[str, Layer] = {
    "core": Layer(frozenset(), _UI_LIBRARIES | {"platformdirs", "click"}),
    "storage": Layer(frozenset({"core"}), _UI_LIBRARIES | {"click"}),
    "export": Layer(frozenset({"core"}), _UI_LIBRARIES | {"platformdirs", "click"}),
    "render": Layer(frozenset({"core"}), frozenset({"textual", "platformdirs", "click"})),
    "cli": Layer(frozenset({"core", "storage", "export", "render"}), frozenset()),
    # The app shows what the layers below make: no case parsing, no file formats of its own.
    "ui": Layer(
        frozenset({"core", "storage", "export", "render"}),
        frozenset({"click"}),
        not_itself=frozenset({"yaml", "csv", "email", "pickle", "zipfile"}),
    ),
    "__main__": Layer(frozenset({"cli"}), frozenset()),
    # The package's __init__: the version, nothing else.
    "(package)": Layer(frozenset(), _UI_LIBRARIES | {"platformdirs", "click"}),
}

# A module a whole layer may use besides its layers, with the reason: (layer, module).
LAYER_ALLOWED = {
    # The one file-writing module (docs/files.md), standard library only: letters, exports and
    # batches are written with it as drafts are.
    ("export", "appeal_tui.storage.atomic"),
}

# Exceptions, each with its reason: (importing module, imported module).
ALLOWED = {
    # The cache is dropped when the app's version changes.
    ("appeal_tui.storage.case_cache", "appeal_tui"),
    ("appeal_tui.cli.app", "appeal_tui"),
    # The two commands that start the app (lazily: the rest of the CLI never loads textual).
    ("appeal_tui.cli.tui", "appeal_tui.ui.app"),
    ("appeal_tui.cli.tui", "appeal_tui.ui.config"),
    # The app's case index, made (and a first start's files given to helper processes) before
    # Textual is imported: the files are read while it is (issue 18).
    ("appeal_tui.cli.tui", "appeal_tui.ui.case_index"),
    ("appeal_tui.cli.write_cmd", "appeal_tui.ui.app"),
    ("appeal_tui.cli.write_cmd", "appeal_tui.ui.config"),
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "(package)"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            if node.module == "appeal_tui":
                found.update(f"appeal_tui.{alias.name}" for alias in node.names)
    return found


def _violations(path: Path) -> list[str]:
    return _violations_of(_module_name(path), _imports(path))


def _violations_of(module: str, imports: set[str]) -> list[str]:
    layer_name = _layer_of(module)
    layer = LAYERS.get(layer_name)
    if layer is None:
        return [f"{module}: in no layer; add it to LAYERS and docs/architecture.md"]
    problems: list[str] = []
    for imported in sorted(imports):
        top = imported.split(".")[0]
        if top != "appeal_tui":
            if top in layer.banned | layer.not_itself:
                problems.append(f"{module} imports {imported} ({layer_name} must not)")
            continue
        target = _layer_of(imported)
        if target == layer_name or target in layer.uses:
            continue
        if (module, imported) in ALLOWED or (module, imported.rsplit(".", 1)[0]) in ALLOWED:
            continue
        if (layer_name, imported) in LAYER_ALLOWED:
            continue
        problems.append(f"{module} imports {imported} ({layer_name} may not use {target})")
    return problems


def _sources() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


def test_every_module_is_in_a_layer_that_keeps_its_rules() -> None:
    problems = [p for path in _sources() for p in _violations(path)]
    assert problems == []


@pytest.mark.parametrize(
    ("module", "text", "message"),
    [
        ("appeal_tui.core.probe", "from appeal_tui.storage import paths", "may not use storage"),
        ("appeal_tui.core.probe", "def f():\n    import rich.text\n", "core must not"),
        ("appeal_tui.export.probe", "from appeal_tui.ui.app import AppealApp", "may not use ui"),
        ("appeal_tui.ui.probe", "import yaml", "ui must not"),
        ("appeal_tui.render", "import appeal_tui.cli", "may not use cli"),
        ("appeal_tui.gadgets.probe", "", "in no layer"),
    ],
)
def test_the_check_sees_a_broken_rule(tmp_path: Path, module: str, text: str, message: str) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(text, encoding="utf-8")
    problems = _violations_of(module, _imports(probe))
    assert any(message in p for p in problems), problems


def _modules_of(layer: str) -> list[str]:
    if layer == "render":
        return ["appeal_tui.render"]
    package = __import__(f"appeal_tui.{layer}", fromlist=["__path__"])
    found = pkgutil.walk_packages(package.__path__, prefix=f"appeal_tui.{layer}.")
    return [f"appeal_tui.{layer}", *sorted(m.name for m in found)]


@pytest.mark.parametrize("layer", ["core", "storage", "export", "render", "ui"])
def test_importing_a_layer_loads_no_banned_library(layer: str) -> None:
    modules = _modules_of(layer)
    assert len(modules) > 1 or layer == "render"
    banned = sorted(LAYERS[layer].banned)
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(','.join(m for m in {banned!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "", f"{layer} loaded {out.stdout.strip()}"


def test_the_command_line_imports_textual_only_to_start_the_tui() -> None:
    modules = [m for m in _modules_of("cli") if m not in ("appeal_tui.cli.tui",)]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(m for m in ('textual',) if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == ""
