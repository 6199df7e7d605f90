"""Print-ready HTML: standalone, escaped, one article per letter with its language and direction."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from export_samples import sample_letter

from appeal_tui.core.model import Paragraph
from appeal_tui.export.html import MIN_ADDRESS_FONT_PT, address_fits, letters_to_html


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.articles: list[dict[str, str | None]] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "article":
            self.articles.append(dict(attrs))


def _parse(document: str) -> _Collector:
    collector = _Collector()
    collector.feed(document)
    return collector


def test_fetches_nothing_from_anywhere() -> None:
    document = letters_to_html([sample_letter(1), sample_letter(2, language="fa")])
    assert not re.search(r"https?://", document)
    assert "@import" not in document
    assert "url(" not in document
    # Fonts only from the machine itself: every @font-face source is local().
    for sources in re.findall(r"@font-face \{[^}]*src: ([^;]*);", document):
        assert set(re.findall(r"([\w-]+)\(", sources)) == {"local"}
    tags = set(_parse(document).tags)
    assert not tags & {"img", "script", "link", "iframe", "object", "embed"}


def test_case_text_is_escaped() -> None:
    hostile = '<script>alert("x")</script>'
    letter = dataclasses.replace(
        sample_letter(),
        subject=hostile,
        recipient_block=(hostile, '" onmouseover="x'),
        paragraphs=(Paragraph(hostile, "ask"),),
        notes=(hostile,),
        copies=(hostile,),
    )
    document = letters_to_html([letter])
    assert "<script>" not in document
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in document
    assert '" onmouseover' not in document
    assert "script" not in _parse(document).tags


def test_one_article_per_letter_with_language_and_direction() -> None:
    letters = [sample_letter(1), sample_letter(2, language="fa"), sample_letter(3, language="es")]
    articles = _parse(letters_to_html(letters)).articles
    assert [(a["lang"], a["dir"]) for a in articles] == [
        ("en", "ltr"),
        ("fa", "rtl"),
        ("es", "ltr"),
    ]


@pytest.mark.parametrize(("paper", "size"), [("a4", "size: A4"), ("letter", "size: letter")])
def test_page_size(paper: str, size: str) -> None:
    document = letters_to_html([sample_letter()], paper=paper)  # type: ignore[arg-type]
    assert size in document
    assert "break-before: page" in document


def test_placeholder_keeps_its_mark_and_is_highlighted_on_screen_only() -> None:
    document = letters_to_html([sample_letter()])
    assert (
        '<p class="paragraph placeholder"><span class="placeholder-mark">'
        "[Reword in your own words]</span> Put this in your own words.</p>"
    ) in document
    print_rules = document.split("@media print", 1)[1].split("</style>", 1)[0]
    assert ".placeholder { background: none; outline: none; }" in print_rules
    assert "placeholder-mark" not in print_rules  # the mark itself prints


def test_writer_notes_do_not_print() -> None:
    document = letters_to_html([sample_letter()])
    assert 'class="screen-only writer-notes"' in document
    assert ".screen-only { display: none; }" in document.split("@media print", 1)[1]


def test_fonts_cover_arabic_script_and_cjk() -> None:
    document = letters_to_html([sample_letter(language="fa")])
    assert "Noto Naskh Arabic" in document
    assert "Vazirmatn" in document
    assert "Noto Serif CJK SC" in document


def test_a_long_address_is_set_smaller_to_fit_the_window() -> None:
    short = letters_to_html([sample_letter(recipient_block=("A", "B", "C"))])
    long_block = tuple(f"Line {i} of a long address" for i in range(7))
    long = letters_to_html([sample_letter(recipient_block=long_block)])
    size = re.compile(r'class="recipient" style="font-size: ([\d.]+)pt; line-height: ([\d.]+)mm"')
    short_match, long_match = size.search(short), size.search(long)
    assert short_match and long_match
    assert float(long_match.group(2)) < float(short_match.group(2))
    assert float(long_match.group(2)) * 7 <= 27.3 + 1e-9
    assert float(long_match.group(1)) >= MIN_ADDRESS_FONT_PT
    assert "too long for the envelope window" not in long


def test_an_address_too_long_for_the_window_is_reported_never_shrunk_below_8_pt() -> None:
    block = tuple(f"Line {i} of a very long address, with many words in it" for i in range(9))
    letter = sample_letter(recipient_block=block)
    document = letters_to_html([letter])
    match = re.search(r'class="recipient" style="font-size: ([\d.]+)pt', document)
    assert match and float(match.group(1)) >= MIN_ADDRESS_FONT_PT
    assert not address_fits(letter)
    assert "too long for the envelope window" in document
    assert address_fits(sample_letter(recipient_block=("A", "B", "C")))


def test_wide_capitals_are_measured_not_averaged() -> None:
    # 30 capital Ws overflow one row of the window at 10 pt (75 mm ≈ 26.7 em of 10-pt type);
    # 30 small ls do not. An average width would treat them alike.
    wide = sample_letter(recipient_block=("W" * 30, "B", "C", "D", "E", "F"))
    narrow = sample_letter(recipient_block=("l" * 30, "B", "C", "D", "E", "F"))
    size = re.compile(r'class="recipient" style="font-size: ([\d.]+)pt')
    wide_pt = size.search(letters_to_html([wide]))
    narrow_pt = size.search(letters_to_html([narrow]))
    assert wide_pt and narrow_pt
    assert float(wide_pt.group(1)) < float(narrow_pt.group(1))


def test_no_letters_and_unknown_paper_are_errors() -> None:
    with pytest.raises(ValueError):
        letters_to_html([])
    with pytest.raises(ValueError):
        letters_to_html([sample_letter()], paper="a5")  # type: ignore[arg-type]
