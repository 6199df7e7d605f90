"""A small PDF with a real text layer, written by hand for the importer's tests (no tool needed).

`text_pdf(lines)` gives the bytes of a one-page PDF (`pages_pdf` of several pages) whose content
stream shows each line with `Tj` in Helvetica (WinAnsi encoding, so Latin-1 text such as "Señor"
survives);
`image_only_pdf()` gives a page with no text at all, as a scan would be;
`placed_pdf(pages)` a PDF whose text runs are each put at a place of their own, in the order
given (`Run`: x and y in points from the bottom-left corner, the text, the font size), so a
test draws a box of columns row by row across the columns or cell by cell, as producers do;
`box_runs` gives the runs of such a box.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from appeal_tui.core.importer.pdf_layout import printed_width


class Run(NamedTuple):
    x: float
    y: float
    text: str
    size: float = 10


def _escape(line: str) -> bytes:
    data = line.encode("cp1252")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _pdf(
    *contents: bytes,
    with_font: bool = True,
    base_font: str = "Helvetica",
    resources: bytes | None = None,
    extra: tuple[bytes, ...] = (),
) -> bytes:
    """A PDF of one page per content stream (objects: catalog, pages, font, then each page and
    its content, then the `extra` objects); `resources` replaces each page's resources."""
    font = b"/Resources << /Font << /F1 3 0 R >> >> " if with_font else b""
    font = resources if resources is not None else font
    kids = b" ".join(f"{4 + 2 * n} 0 R".encode() for n in range(len(contents)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(contents)).encode() + b" >>",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{base_font} "
        "/Encoding /WinAnsiEncoding >>".encode(),
    ]
    for n, content in enumerate(contents):
        objects += [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            + font
            + f"/Contents {5 + 2 * n} 0 R >>".encode(),
            b"<< /Length "
            + str(len(content)).encode()
            + b" >>\nstream\n"
            + content
            + b"\nendstream",
        ]
    objects += extra
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def _page(lines: list[str]) -> bytes:
    parts = [b"BT /F1 11 Tf 14 TL 56 760 Td"]
    for line in lines:
        parts.append(b"(" + _escape(line) + b") Tj T*")
    parts.append(b"ET")
    return b"\n".join(parts)


def text_pdf(lines: list[str]) -> bytes:
    return _pdf(_page(lines))


def pages_pdf(pages: list[list[str]]) -> bytes:
    """A PDF of several pages, each showing its lines."""
    return _pdf(*(_page(lines) for lines in pages))


def image_only_pdf() -> bytes:
    # A grey rectangle and nothing else: what a scanned page looks like to a text extractor.
    return _pdf(b"0.5 g 56 56 500 680 re f", with_font=False)


def placed_pdf(pages: list[list[Run]], font: str = "Helvetica") -> bytes:
    """A PDF of one page per list of runs, each run shown where it says, in the order given
    (in Helvetica, or another of the standard fonts: "Courier" has every letter as wide)."""
    return _pdf(
        *(
            b"\n".join(
                f"BT /F1 {run.size:g} Tf {run.x:g} {run.y:g} Td (".encode()
                + _escape(run.text)
                + b") Tj ET"
                for run in runs
            )
            for runs in pages
        ),
        base_font=font,
    )


def word_runs(x: float, y: float, text: str, size: float = 10) -> list[Run]:
    """A line drawn a word at a time, as browsers draw text (each word where Helvetica puts it)."""
    runs: list[Run] = []
    for word in text.split():
        runs.append(Run(x, y, word, size))
        x += printed_width(word + " ", size)
    return runs


def box_runs(
    columns: list[list[str]],
    order: Literal["rows", "cells", "headed"],
    top: float = 600,
    left: float = 56,
    width: float = 180,
    leading: float = 12,
    size: float = 9,
) -> list[Run]:
    """The runs of a box of columns side by side (a column's lines top to bottom), drawn
    row by row across the columns ("rows"), a whole column after the other ("cells"), or as a
    table of two rows, cell by cell: the first line of each column (its heading), then the
    rest of each column ("headed")."""
    placed = [
        [Run(left + k * width, top - n * leading, line, size) for n, line in enumerate(column)]
        for k, column in enumerate(columns)
    ]
    if order == "cells":
        return [run for column in placed for run in column]
    if order == "headed":
        return [column[0] for column in placed] + [run for column in placed for run in column[1:]]
    depth = max(len(column) for column in placed)
    return [column[n] for n in range(depth) for column in placed if n < len(column)]


def content_pdf(*contents: bytes, font: str = "Helvetica") -> bytes:
    """A PDF of one page per content stream written by the test itself (its font `/F1`), for
    operators the helpers above do not write (several `Tj` in a row, `TJ` arrays)."""
    return _pdf(*contents, base_font=font)
