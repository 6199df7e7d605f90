"""Does the importer read the same facts when a text is laid out a little differently?

First sight (how the importer does on a text it was not written against) is what issue 16
measures, and every labelled text we have has been looked at while rules were written. This
benchmark asks a question those texts can still answer honestly: each labelled document is
changed in ways a careful reader does not even notice (what a mail client, a word processor or
a web page does to a text), imported again, and scored against the SAME labels with
`import_accuracy.score_file`. A rule that fits one layout instead of what the text says loses
facts here.

The changes (each alone; plain-text documents only, Markdown and HTML keep their markup):

- `crlf`: Windows line ends.
- `indent`: every line indented by two spaces (a quoted e-mail, a word processor's margin).
- `blank-lines`: every blank line doubled (a forward that adds space between paragraphs).
- `headings-case`: a line in capitals that ends with a colon ("PLEASE WRITE TO:") in sentence
  case ("Please write to:"), as many sections print it.
- `bullets`: "-", "*" and "•" list markers swapped for one another.
- `quotes`: straight quotes and apostrophes as typographic ones, and back.
- `html`: the text as a web page: a paragraph per block of lines, `<br>` between its lines
  (a block laid out in columns, with runs of spaces, in `<pre>`).
- `nbsp`: the space after a colon a no-break space (what a word processor's export leaves).
- `page-breaks`: every 30 lines a page's footer ("Page 2 of 4") and a form feed, as a PDF's
  text layer has them, wherever the page happens to end.
- `reflow`: running text wrapped at the margin (a long line whose next line goes on with a
  lowercase word) on one line, as a web page or a word processor reflows it; names,
  addresses, labels and list items stay.
- `narrow`: the same running text wrapped at 60 characters instead.
- `caps-headings`: a heading line of two words or more ending with a colon ("Please write
  to:") in capitals ("PLEASE WRITE TO:").
- `pdf`: the text printed as a PDF (Courier, 64 lines a page, each run of text where the text
  file has it, so blocks side by side stay side by side), drawn line by line across the page:
  the text layer a word processor's table gives when it draws row by row. Texts the standard
  fonts cannot show (Chinese, Cyrillic ...) are left out of both columns.
- `pdf-cells`: the same PDF, but blocks side by side drawn a column at a time, as a table
  drawn cell by cell.
- `one-line`: every line break lost, the lines joined with a space (a blog repost or a web
  paste that kept no layout at all).
- `run-on-paragraphs`: single line breaks lost, blank lines kept (each paragraph one line:
  a menu, an address block and its labels run together).

Usage: python benchmarks/import_robustness.py [--samples DIR ...] [--only NAME ...] [--misses]
(skips with a message when ../shared/ua-samples is absent and no --samples is given).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import import_accuracy as accuracy  # noqa: E402

_CAPS_HEADING = re.compile(r"^(\s*)([^a-z\n]*[A-Z]{3}[^a-z\n]*:)\s*$", re.M)
_BULLET = re.compile(r"^(\s*)([-*•])(\s+)", re.M)
_SWAP = {"-": "•", "•": "*", "*": "-"}


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _indent(text: str) -> str:
    return "\n".join(f"  {line}" if line.strip() else line for line in text.split("\n"))


def _blank_lines(text: str) -> str:
    return re.sub(r"\n[ \t]*\n", "\n\n\n", text)


def _headings_case(text: str) -> str:
    def sentence(m: re.Match[str]) -> str:
        words = m.group(2).lower()
        return m.group(1) + words[:1].upper() + words[1:]

    return _CAPS_HEADING.sub(sentence, text)


def _bullets(text: str) -> str:
    return _BULLET.sub(lambda m: m.group(1) + _SWAP[m.group(2)] + m.group(3), text)


def _quotes(text: str) -> str:
    curly = "\u201c\u201d\u2018\u2019"
    if any(c in text for c in curly):
        straight = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"}
        return text.translate(str.maketrans(straight))
    text = re.sub(r'"(?=\w)', "\u201c", text).replace('"', "\u201d")
    return text.replace("'", "\u2019")


def _html(text: str) -> str:
    blocks = re.split(r"\n[ \t]*\n", text.strip("\n"))
    body = "\n".join(
        # Blocks laid out with runs of spaces (columns) need <pre> to look the same on a page.
        f"<pre>{html.escape(block)}</pre>"
        if re.search(r"\S {3,}\S", block)
        else "<p>" + "<br>\n".join(html.escape(line) for line in block.split("\n")) + "</p>"
        for block in blocks
    )
    head = "<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body>"
    return f"{head}\n{body}\n</body></html>\n"


def _page_breaks(text: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    for n, line in enumerate(lines, 1):
        out.append(line)
        if n % 30 == 0 and n < len(lines):
            out.extend([f"Page {n // 30} of {len(lines) // 30 + 1}", "\f"])
    return "\n".join(out)


def _paragraph_lines(text: str, join: Callable[[list[str]], list[str]]) -> str:
    """Each wrapped sentence given to `join`: a line of 50 characters or more whose next line
    goes on with a lowercase word (running text broken at the margin); names, addresses,
    labels and list items are not touched."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while (
            j + 1 < len(lines)
            and len(lines[j].strip()) >= 50
            and re.match(r"\s*[a-zà-ÿ]", lines[j + 1])
        ):
            j += 1
        out.extend(join(lines[i : j + 1]) if j > i else [lines[i]])
        i = j + 1
    return "\n".join(out)


def _reflow(text: str) -> str:
    return _paragraph_lines(text, lambda lines: [" ".join(x.strip() for x in lines)])


def _narrow(text: str) -> str:
    import textwrap

    return _paragraph_lines(
        text, lambda lines: textwrap.wrap(" ".join(x.strip() for x in lines), width=60)
    )


def _caps_headings(text: str) -> str:
    return re.sub(
        r"(?m)^([^\n]{3,60}:)[ \t]*$",
        lambda m: m.group(1).upper() if len(m.group(1).split()) >= 2 else m.group(1),
        text,
    )


def _nbsp(text: str) -> str:
    return re.sub(r"(?<=\w):[ ](?=\S)", ":\u00a0", text)


def _one_line(text: str) -> str:
    return " ".join(line.strip() for line in text.replace("\r\n", "\n").split("\n") if line.strip())


def _run_on_paragraphs(text: str) -> str:
    blocks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").strip("\n"))
    return "\n\n".join(
        " ".join(line.strip() for line in block.split("\n") if line.strip()) for block in blocks
    )


# A text printed as a PDF: Courier 8 pt (every letter 0.6 em wide, so a run of text parted
# from the next by three spaces or more, a column of a side-by-side layout, stays where the
# text file had it), a line every 11.5 pt, 64 lines a page (a form feed starts a page too).
_PDF_SEGMENT = re.compile(r"\S+(?: {1,2}\S+)*")
_PDF_LINES = 64


def _pdf(text: str, order: str) -> bytes | None:
    """The text as a PDF's text layer, each run of text shown where it is printed; "rows"
    draws the page line by line, "cells" draws each run of side-by-side lines (a box of
    columns) a column at a time, as a table's cells are drawn. None for a text the
    standard fonts' encoding cannot show (the tiny PDF writer has no other)."""
    sys.path.insert(0, str(HERE.parent / "tests" / "unit"))
    from importer_pdf import Run, placed_pdf

    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    pages: list[list[Run]] = []
    for sheet in text.replace("\r\n", "\n").expandtabs(8).split("\f"):
        lines = sheet.strip("\n").split("\n")
        for first in range(0, len(lines), _PDF_LINES):
            placed = [
                [Run(36 + m.start() * 4.8, 770 - 11.5 * n, m.group(0), 8) for m in
                 _PDF_SEGMENT.finditer(line)]
                for n, line in enumerate(lines[first : first + _PDF_LINES])
            ]  # fmt: skip
            pages.append(_drawn(placed, order))
    return placed_pdf(pages, font="Courier")


def _drawn(placed: list[list[Any]], order: str) -> list[Any]:
    if order == "rows":
        return [run for line in placed for run in line]
    out: list[Any] = []
    i = 0
    while i < len(placed):
        j = i
        while j < len(placed) and len(placed[j]) >= 2:
            j += 1
        if j - i >= 2:
            width = max(len(line) for line in placed[i:j])
            out += [line[k] for k in range(width) for line in placed[i:j] if k < len(line)]
            i = j
        else:
            out += placed[i]
            i += 1
    return out


CHANGES: dict[str, tuple[Callable[[str], str | bytes | None], str]] = {
    "crlf": (_crlf, ""),
    "indent": (_indent, ""),
    "blank-lines": (_blank_lines, ""),
    "headings-case": (_headings_case, ""),
    "bullets": (_bullets, ""),
    "quotes": (_quotes, ""),
    "html": (_html, ".html"),
    "nbsp": (_nbsp, ""),
    "page-breaks": (_page_breaks, ""),
    "reflow": (_reflow, ""),
    "narrow": (_narrow, ""),
    "caps-headings": (_caps_headings, ""),
    "pdf": (lambda text: _pdf(text, "rows"), ".pdf"),
    "pdf-cells": (lambda text: _pdf(text, "cells"), ".pdf"),
    "one-line": (_one_line, ""),
    "run-on-paragraphs": (_run_on_paragraphs, ""),
}


def _plain(path: Path) -> bool:
    """A plain-text document: not Markdown or HTML, whatever its name says (some samples are
    web pages saved as .txt)."""
    from appeal_tui.core.importer.text_extract import detect_kind

    if path.suffix.lower() not in {".txt", ".text", ""}:
        return False
    return detect_kind(path.read_bytes().decode("utf-8", "replace")) == "text"


def score(labels: list[dict[str, Any]], folder: Path) -> tuple[int, int, list[str]]:
    right = total = 0
    misses: list[str] = []
    for entry in labels:
        s = accuracy.score_file(entry, folder)
        right += sum(s.right.values())
        total += sum(s.total.values())
        misses += [f"{entry['file']}: {m}" for m in s.misses]
    return right, total, misses


def changed_folder(
    labels: list[dict[str, Any]], source: Path, change: str, into: Path
) -> list[dict[str, Any]]:
    """The plain-text documents of `labels` changed by `change` in `into`, with their labels."""
    apply, suffix = CHANGES[change]
    out: list[dict[str, Any]] = []
    for entry in labels:
        path = source / entry["file"]
        if not _plain(path):
            continue
        changed = apply(path.read_bytes().decode("utf-8"))
        if changed is None:
            continue
        name = path.stem + (suffix or path.suffix)
        if isinstance(changed, bytes):
            (into / name).write_bytes(changed)
        else:
            (into / name).write_text(changed, encoding="utf-8", newline="")
        out.append({**entry, "file": name})
    (into / "labels.json").write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def run_folders(
    folders: list[Path], only: list[str] | None = None, misses: bool = False
) -> dict[str, tuple[int, int, int, int]]:
    """Per change: (right, total) of the changed texts, then (right, total) of the same texts
    unchanged."""
    results: dict[str, tuple[int, int, int, int]] = {}
    pairs = [(folder, accuracy.load_labels(folder)) for folder in folders]
    for change in only or list(CHANGES):
        r = t = r0 = t0 = 0
        for folder, labels in pairs:
            with tempfile.TemporaryDirectory(prefix="appeal-robust-") as tmp:
                changed = changed_folder(labels, folder, change, Path(tmp))
                if not changed:
                    continue
                kept = {Path(e["file"]).stem for e in changed}
                a, b, lost = score(changed, Path(tmp))
                c, d, before = score([e for e in labels if Path(e["file"]).stem in kept], folder)
                r, t, r0, t0 = r + a, t + b, r0 + c, t0 + d
                if misses:
                    for line in sorted(set(lost) - {_renamed(m, change) for m in before}):
                        print(f"    {change}: {line}")
        results[change] = (r, t, r0, t0)
    return results


def _renamed(miss: str, change: str) -> str:
    name, _, rest = miss.partition(": ")
    suffix = CHANGES[change][1]
    return f"{Path(name).stem + suffix if suffix else name}: {rest}"


def run(quick: bool = False) -> dict[str, Any]:
    """For benchmarks/run.py: facts kept across every change, against the unchanged texts."""
    if not (accuracy.SAMPLES / "labels.json").is_file():
        return {"name": "import_robustness", "note": f"skipped: {accuracy.SAMPLES} is absent"}
    results = run_folders([accuracy.SAMPLES], only=["crlf", "html"] if quick else None)
    r = sum(v[0] for v in results.values())
    r0 = sum(v[2] for v in results.values())
    return {
        "name": "import_robustness",
        "value": r,
        "baseline": r0,
        "ratio": r / r0,
        "unit": "facts right after the change / facts right unchanged",
        "target": "1.0",
        "note": ", ".join(f"{k} {v[0]}/{v[2]}" for k, v in results.items()),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--samples", type=Path, nargs="+", default=[accuracy.SAMPLES])
    parser.add_argument("--only", nargs="+", choices=list(CHANGES))
    parser.add_argument("--misses", action="store_true", help="facts lost by each change")
    args = parser.parse_args(argv)
    folders = [f.resolve() for f in args.samples if (f / "labels.json").is_file()]
    if not folders:
        print("import_robustness: skipped: no labels.json in the folders given")
        return 0
    results = run_folders(folders, args.only, args.misses)
    print(f"{'change':14} {'changed':>12} {'unchanged':>12}")
    for change, (r, t, r0, t0) in results.items():
        print(f"{change:14} {r:5}/{t:<5}  {r0:5}/{t0:<5}  {r - r0:+d}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent / "src"))
    raise SystemExit(main())
