"""A first start lists the case files from a glance at each (issue 18): only the keys the list
shows are read, a few times quicker than checking the file, and every file glanced at is checked
next. A glance must give exactly the row that checking gives, or decline (the file is then
checked at once); the checked listing must be exactly what listing without glancing gives."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from test_load_helpers import BAD_CASES, GOOD, _folder  # the same folder of good and bad cases

from appeal_tui.core.case_row import glance_case_file, list_case_file
from appeal_tui.core.library import iter_listing, scan_case_files
from appeal_tui.core.load_helpers import list_files
from appeal_tui.storage.paths import Paths
from appeal_tui.ui.case_index import CaseIndex

REPO = Path(__file__).resolve().parents[2]
EVERY_CASE_FILE = sorted(
    [
        *(REPO / "cases").glob("*.yaml"),
        *(REPO / "tests" / "ui" / "fixture_cases").glob("*.yaml"),
        *BAD_CASES.glob("*.yaml"),
    ]
)


@pytest.mark.parametrize("path", EVERY_CASE_FILE, ids=lambda p: p.name)
def test_a_glance_gives_the_row_checking_gives_or_declines(path: Path) -> None:
    glanced, checked = glance_case_file(path), list_case_file(path)
    if glanced.checked:
        assert glanced == checked
    else:
        assert glanced.row is not None and glanced.problems == ()
        # A file with errors may be glanced at (its errors are not in what the list shows):
        # the check that follows drops its row.
        assert checked.row is None or glanced.row == checked.row
        assert glanced.stamp == checked.stamp


def test_the_bundled_cases_are_glanced_at() -> None:
    bundled = sorted((REPO / "cases").glob("*.yaml"))
    assert bundled and not any(glance_case_file(p).checked for p in bundled)


@pytest.mark.parametrize(
    "text",
    [
        GOOD.replace("title: A good", "# A comment first\n\ntitle: A good"),
        GOOD.replace("title: A good case beside the bad ones", 'title: "A quoted: title"'),
        GOOD.replace("title: A good case beside the bad ones", "title: >\n  A folded\n  title"),
        GOOD.replace("country: Norway", "country: Norway  # a comment\nid: a-case-id"),
        GOOD.replace("languages: [en, fa]", "languages:\n  - en\n  - fa\nstatus: closed"),
        GOOD.replace("  - name: Kari Nordmann", "  - group: {en: A union, fa: اتحادیه}"),
        GOOD + "tags: [land, water]\ndeadline: 2030-01-02\nreference: AB 1/23\n",
    ],
    ids=["comment", "quoted", "folded", "id", "status", "group", "more"],
)
def test_a_glance_reads_the_keys_as_checking_does(tmp_path: Path, text: str) -> None:
    path = tmp_path / "variant.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    glanced, checked = glance_case_file(path), list_case_file(path)
    assert not glanced.checked and checked.row is not None and not checked.has_errors
    assert glanced.row == checked.row


@pytest.mark.parametrize(
    "text",
    [
        GOOD.replace("country: Norway\n", ""),  # a required key missing
        GOOD.replace("title: A good", "id: Not An Id\ntitle: A good"),
        GOOD + "deadline: 2030-02-30\n",
        GOOD.replace("title: A good case beside the bad ones", "title: TODO"),
        GOOD.replace("title: A good case", "title: A good\u202ecase"),
        GOOD.replace("title: A good case beside the bad ones", "title: Caf\xe9").encode("latin-1"),
        "---\n" + GOOD,
        GOOD.replace("title: A good case beside the bad ones", 'title: "runs on\nat the margin"'),
        GOOD.replace("title: A good case beside the bad ones", "title: &t A title"),
        GOOD.replace("country: Norway", "country: Norway\ncountry: Sweden"),
        "  " + GOOD.replace("\n", "\n  "),
        "{" + GOOD.replace("\n", ", ").rstrip(", ") + "}",
        GOOD.replace("\n", "\r\n"),  # (a carriage return: looked for as checking does)
    ],
    ids=[
        "missing",
        "bad-id",
        "bad-date",
        "placeholder",
        "bidi",
        "latin-1",
        "document-start",
        "quoted-on-margin",
        "anchor",
        "duplicate",
        "indented",
        "flow",
        "crlf",
    ],
)
def test_a_glance_declines_what_it_cannot_be_sure_of(tmp_path: Path, text: str | bytes) -> None:
    path = tmp_path / "variant.yaml"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    assert glance_case_file(path) == list_case_file(path)  # checked at once


def test_a_bom_is_dropped_as_when_checking(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(codecs.BOM_UTF8 + GOOD.encode("utf-8"))
    glanced = glance_case_file(path)
    assert not glanced.checked and glanced.row == list_case_file(path).row


def _scan_parts(index: CaseIndex) -> tuple[object, ...]:
    scan = index.load()
    assert scan is not None
    return [p for p, _ in scan.files], scan.rows, scan.where, scan.broken, scan.unchecked


def test_a_first_start_ends_with_what_checking_every_file_gives(tmp_path: Path) -> None:
    first = _folder(tmp_path, "first")
    second = _folder(tmp_path, "second", count=130)  # its cases replace the first folder's
    (second / "clash-a.yaml").write_text((BAD_CASES / "clash-a.yaml").read_text())
    (second / "clash-b.yaml").write_text((BAD_CASES / "clash-b.yaml").read_text())
    sources = [first, second]
    reported = []
    index = CaseIndex(sources, Paths(tmp_path / "data"))
    index.start_reading()
    scan = index.load(progress=reported.append)
    assert scan is not None and not scan.unchecked
    # Every case listed before the files were checked; those of the first folder only were
    # only glanced at (no problems known yet: the others replace a case, which reads both).
    listed = reported[-1]
    assert listed.complete and {f"case-{n}" for n in range(130, 150)} <= listed.unchecked
    assert all(listed.where[case_id][1] == () for case_id in listed.unchecked)
    # What listing without a glance gives (each file checked as it is listed).
    full = CaseIndex._scan(
        iter_listing(sources, list_files(scan_case_files(sources), helpers=0, glance=False))
    )
    assert scan.rows == full.rows and scan.where == full.where and scan.broken == full.broken
    assert [p for p, _ in scan.files] == [p for p, _ in full.files]
    # A file whose errors only the check finds (no primary recipient) was listed, then is
    # listed among the files with errors.
    no_primary = next(r.path for r in scan.broken if r.path.endswith("no-primary.yaml"))
    assert any(where[0] == no_primary for where in listed.where.values())
    assert all(where[0] != no_primary for where in scan.where.values())
