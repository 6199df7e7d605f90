"""Rich rendering: a letter on a page, RTL right-aligned, visual reordering per wrapped line."""

from __future__ import annotations

import datetime as dt

from bidi import get_display
from rich.console import Console, RenderableType

from appeal_tui.core.compose import compose_letters
from appeal_tui.core.model import Case, Person, Recipient, Sender
from appeal_tui.render import render_letter, render_letters

DAY = dt.date(2016, 1, 20)
HOSTILE = "[bold]x[/] [@click=app.quit]y[/]"
PERSIAN_ASK = (
    "از جنابعالی درخواست می‌کنم اجازه فرمایید سارا نمونه آزاد بماند و بی‌درنگ از درمان تخصصی "
    "در بیمارستانی خارج از زندان برخوردار شود."
)


def _case(name: str = "Sara Example") -> Case:
    return Case(
        id="xx-test",
        title=f"Title {HOSTILE}",
        country="Iran",
        people=(Person(name=name),),
        summary="Line one\nwraps here.\n\nSecond **paragraph**.",
        languages=("fa", "en"),
        asks={"en": ("Please release her.",), "fa": (PERSIAN_ASK,)},
        recipients=(
            Recipient(
                key="leader",
                role="primary",
                name=f"Leader {HOSTILE}",
                address=("1 Main Street",),
                salutation="Your Excellency",
            ),
        ),
    )


def _plain(renderable: RenderableType, width: int = 60) -> str:
    console = Console(width=width, color_system=None, record=True, file=None, legacy_windows=False)
    with console.capture() as capture:
        console.print(renderable)
    return capture.get()


def test_a_letter_shows_every_part_on_a_page() -> None:
    sender = Sender(name="Ana Example", city="Berlin")
    (letter,) = compose_letters(_case(), "en", ["leader"], sender, today=DAY, own_text="Mine.")
    out = _plain(render_letter(letter))
    lines = out.splitlines()
    assert lines[0].startswith("╭") and lines[-1].startswith("╰")
    for part in ("Ana Example", "20 January 2016", "Your Excellency,", "Please release her.",
                 "Mine.", "Yours sincerely,", "Re: Sara Example"):  # fmt: skip
        assert part in out
    # Case text is shown as written, never read as markup.
    assert f"Leader {HOSTILE}" in out
    # The sender block sits at the right of a left-to-right letter, the recipient at the left.
    sender_line = next(ln for ln in lines if "Ana Example" in ln)
    recipient_line = next(ln for ln in lines if "Leader" in ln)
    assert sender_line.index("Ana") > recipient_line.index("Leader")
    assert all(len(line) <= 60 for line in lines)


def test_a_persian_letter_is_right_aligned_in_logical_order() -> None:
    (letter,) = compose_letters(_case(), "fa", ["leader"], Sender(name="Ana"), today=DAY)
    out = _plain(render_letter(letter), width=50)
    ask_lines = [ln for ln in out.splitlines() if "جنابعالی" in ln or "بیمارستانی" in ln]
    assert ask_lines
    for line in ask_lines:
        inner = line[1:-1]  # inside the panel's borders
        # Right-aligned: every line ends at the page's right padding (3 columns).
        assert len(inner) - len(inner.rstrip()) == 3
    # A short line (the closing) starts well to the right.
    closing = next(ln for ln in out.splitlines() if "با تقدیم احترام" in ln)[1:-1]
    assert len(closing) - len(closing.lstrip()) > 20
    assert len(closing) - len(closing.rstrip()) == 3
    assert "از جنابعالی" in out  # logical order: the words as stored


def test_visual_rtl_reorders_each_wrapped_line() -> None:
    (letter,) = compose_letters(_case(), "fa", ["leader"], Sender(name="Ana"), today=DAY)
    logical = _plain(render_letter(letter), width=50).splitlines()
    visual = _plain(render_letter(letter, visual_rtl=True), width=50).splitlines()
    assert len(logical) == len(visual)
    pairs = [
        (a.strip(" │"), b.strip(" │"))
        for a, b in zip(logical, visual, strict=True)
        if "بیمارستانی" in a or "جنابعالی" in a
    ]
    assert pairs
    for logical_line, visual_line in pairs:
        # Each line of a right-to-left paragraph is right-to-left, even one that wraps to start
        # with a Latin name (the line's own first letter would say left-to-right).
        assert visual_line == get_display(logical_line, base_dir="R")
        assert visual_line != logical_line
    # The first wrapped line still holds the paragraph's first words.
    first = next(b for a, b in pairs)
    assert "جنابعالی" in first or "جنابعالی"[::-1] in first


def test_placeholders_are_marked_and_letters_are_titled() -> None:
    letters = compose_letters(_case(), "es", ["leader"], Sender(), today=DAY)
    out = _plain(render_letters(letters), width=80)
    assert "[Reword in your own words]" in out
    assert "1/1 · leader" in out
    assert "________" in out  # room to sign by hand


def test_control_and_bidi_characters_never_reach_the_terminal() -> None:
    """A letter built from a bundle's draft could carry ESC/OSC sequences or a bidi override:
    the rendering shows the words around them and none of the characters."""
    import dataclasses

    from appeal_tui.core.model import Paragraph

    hostile = "\x1b]0;pwned\x07Free\u202e him\x1b[2J now\x9b"
    (base,) = compose_letters(_case(), "en", ["leader"], Sender(name="Ana"), today=DAY)
    letter = dataclasses.replace(
        base,
        salutation=hostile,
        paragraphs=(*base.paragraphs, Paragraph(hostile, "own")),
        sender_block=(hostile,),
    )
    shown = _plain(render_letter(letter), width=100)
    assert "]0;pwnedFree him[2J now" in shown
    for ch in ("\x1b", "\x07", "\u202e", "\x9b"):
        assert ch not in shown
