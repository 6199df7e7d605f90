"""Does the importer read the same facts from a document printed to PDF by a real tool?

Most urgent actions reach volunteers as PDFs that a publisher printed from a web page or a
word processor. `import_robustness.py`'s `pdf` change draws a text file with a tiny PDF
writer of our own; this benchmark prints the labelled documents with the tools publishers
use, and scores each PDF against the SAME labels (`import_accuracy.score_file`), beside the
document it was printed from:

- web pages (HTML, and `.txt` files that are web pages) through headless Chromium
  (`--print-to-pdf`, no header or footer), as a browser's "Save as PDF" prints them;
- plain text and Markdown through LibreOffice (`--convert-to pdf`: Writer's text import,
  Liberation Mono, lines longer than the page wrapped by Writer; Markdown's marks print as
  typed).

The PDFs are cached outside the repository (`$APPEAL_PRINT_CACHE`, else the system's temp
folder `appeal-printed/`), by the tool and the document's bytes, so a second run prints
nothing. A tool that is not installed is skipped with a message.

Usage: python benchmarks/import_printed.py [--samples DIR ...] [--only chromium libreoffice]
       [--files] [--misses]
(default: every folder of tests/fixtures/import-fresh with a labels.json).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import import_accuracy as accuracy  # noqa: E402

FRESH = HERE.parent / "tests" / "fixtures" / "import-fresh"
TOOLS = ("chromium", "libreoffice")


def cache_dir() -> Path:
    where = os.environ.get("APPEAL_PRINT_CACHE")
    path = Path(where) if where else Path(tempfile.gettempdir()) / "appeal-printed"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _tool(name: str) -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome") if name == "chromium" else (
        "libreoffice", "soffice")  # fmt: skip
    return next((shutil.which(n) for n in names if shutil.which(n)), None)


def printer(path: Path) -> str | None:
    """The tool a publisher would print this document with (None: not printed, a PDF)."""
    from appeal_tui.core.importer.text_extract import detect_kind

    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return None
    if suffix in {".html", ".htm"}:
        return "chromium"
    kind = detect_kind(path.read_bytes().decode("utf-8", "replace"))
    return "chromium" if kind == "html" else "libreoffice"


def _key(tool: str, data: bytes) -> str:
    return hashlib.sha256(tool.encode() + b"\0" + data).hexdigest()[:24]


def _chromium(exe: str, source: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="appeal-chromium-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_bytes(source.read_bytes())
        subprocess.run(
            [
                exe,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={out}",
                "--no-pdf-header-footer",
                page.as_uri(),
            ],
            check=False,
            capture_output=True,
            timeout=120,
        )


def _libreoffice(exe: str, sources: list[tuple[Path, Path]]) -> None:
    """Every (source, out) in one LibreOffice run (its start is most of the time)."""
    if not sources:
        return
    with tempfile.TemporaryDirectory(prefix="appeal-lo-") as tmp:
        inputs = []
        for n, (source, _) in enumerate(sources):
            # Writer's text import by name: a copy named .txt, whatever the document's suffix.
            copy = Path(tmp) / f"doc{n:04}.txt"
            copy.write_bytes(source.read_bytes())
            inputs.append(copy)
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation={Path(tmp, 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                str(Path(tmp) / "out"),
                *map(str, inputs),
            ],
            check=False,
            capture_output=True,
            timeout=600,
        )
        for copy, (_, out) in zip(inputs, sources, strict=True):
            made = Path(tmp) / "out" / f"{copy.stem}.pdf"
            if made.is_file():
                shutil.copyfile(made, out)


def printed(entries: list[tuple[Path, str]], tools: dict[str, str]) -> dict[Path, Path]:
    """Each (document, tool) printed to a PDF in the cache (printed only once)."""
    cache = cache_dir()
    result: dict[Path, Path] = {}
    batch: list[tuple[Path, Path]] = []
    for source, tool in entries:
        out = cache / f"{_key(tool, source.read_bytes())}.pdf"
        if not out.is_file():
            if tool == "chromium":
                _chromium(tools[tool], source, out)
            else:
                batch.append((source, out))
        result[source] = out
    _libreoffice(tools.get("libreoffice", ""), batch)
    return {s: p for s, p in result.items() if p.is_file()}


def run_folders(
    folders: list[Path], only: tuple[str, ...] = TOOLS, misses: bool = False
) -> list[tuple[str, str, str, int, int, int, int, list[str]]]:
    """Per document printed: (folder, file, tool, right, total as PDF, right, total as the
    document, facts the PDF loses)."""
    tools = {name: exe for name in only if (exe := _tool(name))}
    for name in only:
        if name not in tools:
            print(f"import_printed: {name} is not installed: its documents are skipped")
    rows = []
    for folder in folders:
        labels = accuracy.load_labels(folder)
        todo = [
            (folder / e["file"], tool)
            for e in labels
            if (tool := printer(folder / e["file"])) in tools
        ]
        pdfs = printed(todo, tools)
        with tempfile.TemporaryDirectory(prefix="appeal-printed-") as tmp:
            for entry in labels:
                source = folder / entry["file"]
                if source not in pdfs:
                    continue
                name = f"{source.stem}.pdf"
                shutil.copyfile(pdfs[source], Path(tmp) / name)
                as_pdf = accuracy.score_file({**entry, "file": name}, Path(tmp))
                as_doc = accuracy.score_file(entry, folder)
                lost = sorted(set(as_pdf.misses) - set(as_doc.misses)) if misses else []
                rows.append(
                    (
                        folder.name,
                        entry["file"],
                        printer(source) or "",
                        sum(as_pdf.right.values()),
                        sum(as_pdf.total.values()),
                        sum(as_doc.right.values()),
                        sum(as_doc.total.values()),
                        lost,
                    )
                )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = sorted(p for p in FRESH.iterdir() if (p / "labels.json").is_file())
    parser.add_argument("--samples", type=Path, nargs="+", default=default)
    parser.add_argument("--only", nargs="+", choices=TOOLS, default=list(TOOLS))
    parser.add_argument("--files", action="store_true", help="a line per document")
    parser.add_argument("--misses", action="store_true", help="facts each PDF loses")
    parser.add_argument("--json", type=Path, help="write the rows to this file")
    args = parser.parse_args(argv)
    folders = [f.resolve() for f in args.samples if (f / "labels.json").is_file()]
    if not folders:
        print("import_printed: skipped: no labels.json in the folders given")
        return 0
    rows = run_folders(folders, tuple(args.only), args.misses)
    if not rows:
        print("import_printed: skipped: nothing printed (no tool installed?)")
        return 0
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    groups: dict[str, list[int]] = {}
    for folder, file, tool, r, t, r0, t0, lost in rows:
        if args.files or args.misses:
            print(f"{tool[:6]:6} {folder}/{file[:44]:44} {r:3}/{t:<3} {r0:3}/{t0:<3} {r - r0:+d}")
            for line in lost:
                print(f"      ✗ {line}")
        kind = Path(file).suffix.lower().lstrip(".") or "text"
        g = groups.setdefault(f"{tool} ({kind})", [0, 0, 0, 0, 0])
        for i, v in enumerate((1, r, t, r0, t0)):
            g[i] += v
    print(f"\n{'printed by (source)':26} {'docs':>4} {'as PDF':>11} {'as source':>11}")
    everything = [0, 0, 0, 0, 0]
    for name, g in [*sorted(groups.items()), ("all", everything)]:
        if name != "all":
            everything[:] = [a + b for a, b in zip(everything, g, strict=True)]
        print(
            f"{name:26} {g[0]:4} {g[1]:5}/{g[2]:<5} {g[3]:5}/{g[4]:<5} "
            f"{g[1] - g[3]:+d} ({g[1] / max(g[2], 1):.1%} vs {g[3] / max(g[4], 1):.1%})"
        )
    return 0


def run(quick: bool = False) -> dict[str, Any]:
    """For benchmarks/run.py: facts right as printed PDFs against the documents themselves."""
    if quick:
        return {"name": "import_printed", "note": "skipped in quick mode (prints documents)"}
    folders = sorted(p for p in FRESH.iterdir() if (p / "labels.json").is_file())
    rows = run_folders(folders)
    if not rows:
        return {"name": "import_printed", "note": "skipped: no printing tool installed"}
    r, r0 = sum(x[3] for x in rows), sum(x[5] for x in rows)
    return {
        "name": "import_printed",
        "value": r,
        "baseline": r0,
        "ratio": r / max(r0, 1),
        "unit": "facts right as printed PDFs / facts right in the documents",
        "target": "1.0",
    }


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    raise SystemExit(main())
