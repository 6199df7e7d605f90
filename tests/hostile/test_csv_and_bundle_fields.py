"""Spreadsheet formulas and bad fields from bundles (issue 17, findings 2 and 9).

Every cell of every CSV the app writes is neutralised; a bundle whose drafts carry a case id,
language or recipient key the case format does not allow is refused; tally.html forbids fetching.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from appeal_tui.cli import main
from appeal_tui.core.draft import new_draft, to_json
from appeal_tui.core.library import bundled_cases_dir
from appeal_tui.core.tally import Tally, TallyRow
from appeal_tui.export.csv_cells import csv_bytes
from appeal_tui.export.tally import tally_to_csv, tally_to_html
from appeal_tui.storage.bundles import bundle_bytes

FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\t=1"]
CASE = "ir-hossein-ronaghi-maleki"


def _cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


def _runs_as_formula(cell: str) -> bool:
    return cell[:1] in ("=", "+", "-", "@", "\t", "\r")


def test_tally_csv_neutralises_keys_and_labels() -> None:
    rows = tuple(TallyRow(f, f, 1) for f in FORMULAS)
    tally = Tally(1, 1, 1, by_case=rows, by_language=rows, by_recipient=rows, by_status=rows)
    cells = [c for row in _cells(tally_to_csv(tally)) for c in row]
    assert not [c for c in cells if _runs_as_formula(c)]
    assert '\'=HYPERLINK("http://x","y")' in cells and "'+cmd|' /C calc'!A0" in cells


@given(st.lists(st.lists(st.text(max_size=12) | st.integers(), min_size=1, max_size=4)))
def test_no_cell_of_any_csv_runs_as_a_formula(rows: list[list[Any]]) -> None:
    for row in _cells(csv_bytes(("a",), rows))[1:]:
        assert not [c for c in row if _runs_as_formula(c) and not re.fullmatch(r"-\d+", c)]


def test_batch_manifest_neutralises_case_recipient_and_signer(tmp_path: Path) -> None:
    text = (bundled_cases_dir() / f"{CASE}.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: .*$", "", text)
    text = text.replace("key: supreme-leader", "key: -leader")
    case = tmp_path / "-case.yaml"
    case.write_text(text, encoding="utf-8")
    signers = tmp_path / "signers.csv"
    signers.write_text('name,city\n"=HYPERLINK(""http://x"")",Leeds\n', encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["batch", str(case), "--lang", "en", "--signers", str(signers), "--out", str(out)],
    )
    assert result.exit_code == 0, result.output
    rows = _cells((out / "manifest.csv").read_bytes())
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if _runs_as_formula(c)], rows
    assert "'-case" in cells and '\'=HYPERLINK("http://x")' in cells


def test_tally_html_forbids_fetching() -> None:
    row = (TallyRow("x", "x", 1),)
    html = tally_to_html(Tally(1, 1, 1, row, row, row, row)).decode("utf-8")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert policy is not None and "default-src 'none'" in policy.group(1)
    assert html.index("Content-Security-Policy") < html.index("<style>")


def _bundle(tmp_path: Path, **fields: Any) -> Path:
    draft = new_draft(CASE, language="en", recipients=["supreme-leader"])
    data = bundle_bytes([draft])
    # Rewrite the draft's JSON and its checksum, as a hostile laptop would.
    import hashlib
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(data))
    draft_json = {**to_json(draft), **fields}
    draft_bytes = json.dumps(draft_json).encode("utf-8")
    manifest = json.loads(source.read("manifest.json"))
    manifest["drafts"][0]["sha256"] = hashlib.sha256(draft_bytes).hexdigest()
    path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(f"drafts/{draft.id}.json", draft_bytes)
        zf.writestr("manifest.json", json.dumps(manifest))
    return path


@pytest.mark.parametrize(
    "fields",
    [
        {"case_id": '=HYPERLINK("http://x")'},
        {"case_id": "ir-x\x1b]0;t\x07"},
        {"case_id": ""},
        {"language": "+cmd|' /C calc'!A0"},
        {"language": "xx-not-a-language"},
        {"recipients": ["supreme-leader", "@SUM(A1)"]},
        {"recipients": ["a" * 1000]},
        {"revision": 10**250},
        {"revision": -1},
    ],
    ids=lambda f: next(iter(f)) + "-" + re.sub(r"\W", "", str(next(iter(f.values()))))[:12],
)
def test_bundle_drafts_with_fields_the_case_format_forbids_are_refused(
    tmp_path: Path, data_dir: Path, fields: dict[str, Any]
) -> None:
    path = _bundle(tmp_path, **fields)
    result = CliRunner().invoke(main, ["drafts", "import", str(path)])
    assert result.exit_code == 1, result.output
    assert "is not a valid draft" in result.output and "nothing was imported" in result.output
    assert "Traceback" not in result.output and "\x1b" not in result.output
    assert not list((data_dir / "drafts").glob("*.json"))


def test_a_valid_bundle_still_imports(tmp_path: Path, data_dir: Path) -> None:
    path = _bundle(tmp_path, updated=dt.datetime.now(dt.UTC).isoformat())
    result = CliRunner().invoke(main, ["drafts", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert len(list((data_dir / "drafts").glob("*.json"))) == 1
