"""The format registry: names, extensions, one file or one per letter, safe file names."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from export_samples import sample_case, sample_letter

from appeal_tui.export.files import write_new
from appeal_tui.export.formats import FORMATS, ExportOptions, export_files, get_format, render


def test_the_formats_on_offer() -> None:
    assert {name: f.extension for name, f in FORMATS.items()} == {
        "txt": "txt",
        "md": "md",
        "html": "html",
        "eml": "eml",
    }
    assert get_format("HTML") is FORMATS["html"]
    assert get_format(".eml") is FORMATS["eml"]
    with pytest.raises(KeyError, match="txt, md, html, eml"):
        get_format("pdf")


@pytest.mark.parametrize("name", ["txt", "md", "html"])
def test_several_letters_go_in_one_file(name: str) -> None:
    letters = [sample_letter(1), sample_letter(2)]
    files = export_files(name, letters, ExportOptions(case=sample_case()))
    assert [f.name for f in files] == [f"xx-sample-case-letters-2024-05-15.{name}"]
    text = files[0].data.decode("utf-8")
    assert "ZZADDR1" in text and "ZZADDR2" in text


def test_eml_is_one_file_per_letter_named_for_its_recipient() -> None:
    letters = [sample_letter(1), sample_letter(2)]
    files = export_files("eml", letters, ExportOptions(case=sample_case()))
    assert [f.name for f in files] == ["xx-sample-case-minister-2024-05-15.eml"] * 2
    for f in files:
        message = email.message_from_bytes(f.data, policy=email.policy.default)
        assert message["To"] == "Minister of Justice <minister@example.org>"


def test_eml_needs_the_case_and_one_letter() -> None:
    with pytest.raises(ValueError, match="case"):
        render("eml", [sample_letter()])
    with pytest.raises(ValueError, match="one letter"):
        render("eml", [sample_letter(1), sample_letter(2)], ExportOptions(case=sample_case()))


def test_paper_option_reaches_the_html() -> None:
    assert b"size: letter" in render("html", [sample_letter()], ExportOptions(paper="letter"))


def test_exported_files_are_written_side_by_side(tmp_path: Path) -> None:
    files = export_files("eml", [sample_letter(1), sample_letter(2)], ExportOptions(sample_case()))
    paths = [write_new(tmp_path, f.name, f.data) for f in files]
    assert [p.name for p in paths] == [
        "xx-sample-case-minister-2024-05-15.eml",
        "xx-sample-case-minister-2024-05-15-2.eml",
    ]
