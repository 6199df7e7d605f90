"""The frame of every HTML page the app writes (letters, envelopes, case sheets, the tally).

One frame, so every page gets the same safety: UTF-8, and a Content-Security-Policy that forbids
every fetch (no script, image, font or style from anywhere), so a page prints the same with no
network and tells nobody it was opened. Text is escaped here; `body` and `style` are the
caller's markup.
"""

from __future__ import annotations

import html

from appeal_tui.export.text import without_controls

# Nothing may be fetched; only the page's own <style> applies.
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def escape(text: str) -> str:
    """`text` for HTML (quotes too), without hidden characters."""
    return html.escape(without_controls(text), quote=True)


def html_page(
    *, title: str, style: str, body: str, lang: str = "en", direction: str = "ltr"
) -> str:
    """A whole HTML document: `title` (plain text), `style` (CSS) and `body` (markup)."""
    head, tail = html_page_frame(title=title, style=style, lang=lang, direction=direction)
    return f"{head}{body}{tail}"


def html_page_frame(
    *, title: str, style: str, lang: str = "en", direction: str = "ltr"
) -> tuple[str, str]:
    """`html_page` without its body: what goes before it and after it, for a document written
    piece by piece (a batch's print.html of 100,000 letters)."""
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(lang)}" dir="{escape(direction)}">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>{style}</style>\n"
        "</head>\n"
        "<body>\n"
    )
    return head, "\n</body>\n</html>\n"
