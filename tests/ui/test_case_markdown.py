"""Case text is Markdown (docs/case-format.md): details and tips show it as such, safely.

A case file's summary, background and tips are wrapped wherever the organiser's editor wrapped
them; on screen the lines of one paragraph join, `**bold**` is bold and not asterisks, `- `
items are bullets, and a link shows its address but never becomes something to click.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from pilot_support import FIXTURE_CASES, TODAY, screen_lines, settled, type_keys, wait_for_cases
from rich.segment import Segment
from textual.app import App

from appeal_tui.storage.paths import default_paths
from appeal_tui.ui.app import make_app
from appeal_tui.ui.case_markdown import markdown_blocks
from appeal_tui.ui.screens.recipients import RecipientsScreen
from appeal_tui.ui.screens.write import WriteScreen

SUMMARY = """\
  *This is an example case for practising.* Two **river defenders** were detained
  after a peaceful protest against a dam that would flood their village.

  - They have not been allowed to
    see a lawyer.
  - Read more at [the report](https://example.org/report) or <b>here</b>
    [@click=app.quit]quit[/] [link=https://evil.example]y[/link]
"""

TIPS = """\
  - This is an **example case** for practice sessions: write the letter,
    but do not post it.
  - Keep it polite.
"""


def markdown_case(folder: Path) -> Path:
    """The river fixture case with Markdown, wrapped like a YAML file, in its summary and tips."""
    text = (FIXTURE_CASES / "xx-river-defenders.yaml").read_text(encoding="utf-8")
    start = text.index("summary: |\n")
    end = text.index("background: |\n")
    text = text[:start] + "summary: |\n" + SUMMARY + text[end:]
    start = text.index("tips: |\n")
    end = text.index("recipients:\n")
    text = text[:start] + "tips: |\n" + TIPS + text[end:]
    text = text.replace("note: Send a copy here;", "note: Send a **copy** here;")
    folder.mkdir()
    (folder / "xx-river-defenders.yaml").write_text(text, encoding="utf-8")
    return folder


def segments(app: App[object]) -> list[Segment]:
    return [s for strip in app.screen._compositor.render_strips() for s in strip]


def styled(app: App[object], words: str) -> list[Segment]:
    """The segments on screen whose text contains `words`."""
    return [s for s in segments(app) if words in s.text]


def test_wrapped_lines_join_and_lists_are_bullets() -> None:
    blocks = markdown_blocks(SUMMARY.replace("\n  ", "\n").removeprefix("  "))
    assert [block.lead + block.text.plain for block in blocks] == [
        "This is an example case for practising. Two river defenders were detained after a "
        "peaceful protest against a dam that would flood their village.",
        "• They have not been allowed to see a lawyer.",
        "• Read more at the report (https://example.org/report) or <b>here</b> "
        "[@click=app.quit]quit[/] [link=https://evil.example]y[/link]",
    ]
    assert blocks[1].gap and not blocks[2].gap  # a tight list: no blank line between items
    bold = [span for span in blocks[0].text.spans if span.style and "bold" in str(span.style)]
    assert [blocks[0].text.plain[s.start : s.end] for s in bold] == ["river defenders"]


def test_no_link_or_control_survives() -> None:
    blocks = markdown_blocks("[x](javascript:alert(1)) <https://a.example> \x1b]0;pwned\x07 ok")
    text = blocks[0].text
    assert "\x1b" not in text.plain and "\x07" not in text.plain
    # A javascript: link is not a link at all; an autolink's address is shown, once.
    assert text.plain.startswith("[x](javascript:alert(1)) https://a.example")
    assert all(span.style is None or "link" not in str(span.style) for span in text.spans)


def test_details_and_tips_show_markdown(tmp_path: Path) -> None:
    asyncio.run(_details_and_tips_show_markdown(tmp_path))


async def _details_and_tips_show_markdown(tmp_path: Path) -> None:
    app = make_app(
        case_sources=[markdown_case(tmp_path / "cases")], paths=default_paths(), today=TODAY
    )
    # Wide enough that the pane's line goes on past where the YAML file broke it.
    async with app.run_test(size=(200, 50)) as pilot:
        await wait_for_cases(app)
        text = "\n".join(screen_lines(app))
        # One paragraph, joined where the YAML file wrapped it (the pane wraps it anew).
        assert "Two river defenders were detained after a" in text
        assert "**" not in text and "*This" not in text
        assert "• They have not been allowed to see a lawyer." in text
        assert "the report (https://example.org/report)" in text
        assert "[@click=app.quit]quit[/]" in text
        assert all(s.style and s.style.bold for s in styled(app, "river defenders"))
        assert all(s.style and s.style.italic for s in styled(app, "for practising."))
        # No segment is a terminal link or carries an action: nothing in a case is clickable.
        for segment in segments(app):
            style = segment.style
            assert style is None or (not style.link and not (style.meta or {}).get("@click"))

        await type_keys(pilot, "enter", "enter", "ctrl+n")
        await settled(pilot)
        assert isinstance(app.screen, WriteScreen)
        await type_keys(pilot, "f4")
        await settled(pilot)
        text = "\n".join(screen_lines(app))
        assert "• This is an example case for practice sessions: write the letter, but do" in text
        assert "**" not in text
        assert all(s.style and s.style.bold for s in styled(app, "example case"))


def test_recipient_note_is_markdown(tmp_path: Path) -> None:
    async def run() -> None:
        app = make_app(
            case_sources=[markdown_case(tmp_path / "cases")], paths=default_paths(), today=TODAY
        )
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_cases(app)
            await type_keys(pilot, "enter", "enter", "down", "down")
            await settled(pilot)
            assert isinstance(app.screen, RecipientsScreen)
            text = "\n".join(screen_lines(app))
            assert "Note: Send a copy here; it reaches the government faster." in text
            assert any(s.text == "copy" and s.style and s.style.bold for s in segments(app))

    asyncio.run(run())
