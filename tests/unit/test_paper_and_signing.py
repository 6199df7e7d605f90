"""Paper sizes (A4 with a DL window, US Letter with a #10 window) in `letter` and `batch`,
letters to sign by hand (lines and fold marks), and `batch --dry-run`'s list of files."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_samples import sample_letter

from appeal_tui.cli import main
from appeal_tui.export.html import LAYOUTS, letters_to_html

SEED = "ir-hossein-ronaghi-maleki"


def _invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_letter_paper_moves_the_address_to_the_us_window() -> None:
    a4 = letters_to_html([sample_letter(1)])
    us = letters_to_html([sample_letter(1)], paper="letter")
    assert "size: A4" in a4 and "top: 25.0mm" in a4 and "height: 17.7mm" in a4
    assert "size: letter" in us and "top: 30.8mm" in us and "height: 12.7mm" in us
    assert LAYOUTS["letter"].recipient_zone == pytest.approx(19.05)


def test_a_letter_to_sign_by_hand_gets_lines_and_fold_marks_and_a_named_one_not() -> None:
    by_hand = dataclasses.replace(sample_letter(1), signature=("", "", ""), sender_block=())
    page = letters_to_html([by_hand, sample_letter(2)])
    assert page.count('<div class="sign-by-hand">') == 1
    assert page.count('class="fold-mark"') == 2 and page.count('"fold-mark punch-mark"') == 1
    assert 'style="top: 85.00mm"' in page and 'style="top: 190.00mm"' in page
    named = letters_to_html([sample_letter(2)])
    assert "fold-mark" not in named and "sign-by-hand" not in named
    marked = letters_to_html([sample_letter(2)], fold_marks=True)
    assert marked.count('class="fold-mark"') == 2 and 'class="sign-by-hand"' not in marked
    us = letters_to_html([by_hand], paper="letter")
    assert 'style="top: 73.13mm"' in us and 'style="top: 166.27mm"' in us


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_letter_command_prints_on_either_paper(paper: str, tmp_path: Path) -> None:
    out = tmp_path / "l.html"
    code, output = _invoke(
        "letter", SEED, "--lang", "en", "--to", "primary", "--format", "html",
        "--paper", paper, "-o", str(out),
    )  # fmt: skip
    assert code == 0, output
    page = out.read_text(encoding="utf-8")
    assert ("size: A4" if paper == "a4" else "size: letter") in page
    assert 'class="sign-by-hand"' in page  # no --name: lines to sign on
    code, output = _invoke("letter", SEED, "--lang", "en", "--paper", "b5")
    assert code == 2 and "Traceback" not in output


def test_batch_on_letter_paper_and_its_resume(tmp_path: Path) -> None:
    out = tmp_path / "us"
    args = ("batch", SEED, "--lang", "en", "--format", "html", "--out", str(out))
    code, output = _invoke(*args, "--paper", "letter", "--limit", "1")
    assert code == 0, output
    code, output = _invoke(*args, "--paper", "letter")
    assert code == 0, output
    assert "size: letter" in (out / "print.html").read_text(encoding="utf-8")
    html_files = sorted(out.glob("*/en/*.html"))
    assert html_files and all("size: letter" in p.read_text("utf-8") for p in html_files)
    # Another paper is another batch: refused, nothing written over.
    code, output = _invoke(*args)
    assert code == 2 and "holds another batch" in output


def test_dry_run_lists_the_files_and_counts_those_there(tmp_path: Path) -> None:
    out = tmp_path / "b"
    args = ("batch", SEED, "--lang", "en,es", "--format", "txt,html", "--out", str(out))
    code, output = _invoke(*args, "--dry-run")
    assert code == 0, output
    summary = json.loads(output)
    assert summary["existing"] == 0 and len(summary["would_write"]) == summary["files"]
    assert "ir-hossein-ronaghi-maleki/es/supreme-leader.html" in summary["would_write"]
    assert not out.exists()
    code, output = _invoke(*args, "--limit", "3")
    assert code == 0, output
    code, output = _invoke(*args, "--dry-run")
    summary = json.loads(output)
    assert summary["existing"] == 6 and len(summary["would_write"]) == summary["files"] - 6
    assert not any(rel.startswith("ir-hossein-ronaghi-maleki/en/supreme") for rel in
                   summary["would_write"])  # fmt: skip
    written = {p.relative_to(out).as_posix() for p in out.rglob("*.*") if p.parent != out}
    assert written.isdisjoint(summary["would_write"]) and len(written) == 6
    code, output = _invoke(*args, "--dry-run", "--limit", "1")
    assert len(json.loads(output)["would_write"]) == 2  # one letter, two formats


def test_the_paper_setting_for_the_apps_export(data_dir: Path) -> None:
    from appeal_tui.export.formats import ExportOptions, render
    from appeal_tui.storage.paths import Paths
    from appeal_tui.storage.profile import load_paper, load_settings, save_settings

    paths = Paths(data_dir)
    assert load_paper(paths) == "a4"
    save_settings(paths, {**load_settings(paths), "paper": "letter"})
    assert load_paper(paths) == "letter"
    page = render("html", [sample_letter(1)], ExportOptions(paper=load_paper(paths)))
    assert b"size: letter" in page and b"top: 30.8mm" in page
    save_settings(paths, {"paper": "<b>"})
    assert load_paper(paths) == "a4"
