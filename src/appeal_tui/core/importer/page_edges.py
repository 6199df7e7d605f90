"""Recipients at a page's edges: a web page's "take action" aside or footer.

A web page sets its boxes apart from the article with `<aside>` and `<footer>`: related
actions, a newsletter sign-up, the publisher's own address. Those are no part of the appeal and
the HTML reader drops them. But some pages put the action itself there ("Agir" / "Take action"
beside or under the article, after the comments and the share buttons): whom to write to, with
their addresses. Such a box says so by construction, in its own words, as every list of
recipients does: a "write to" or "copies to" heading, a "Destinataire" / "Recipient" role
heading, or a labelled salutation ("Salutation:", "Anrede:"), and it holds an address or a
contact field; or it holds an official's block under no heading (a line that is an office, an
address or a contact field a few lines below it). A publisher's footer (its name, street,
phone and e-mail) has the shape of an address but neither: it stays dropped.
"""

from __future__ import annotations

# Kinds of line (`layout.classify`) that say a list of recipients follows.
_INTRODUCING = frozenset({"write-to", "copies"})
# At most this much of an edge box is read to decide (a box longer than a page is no box).
_MAX_EDGE = 20_000
# How far below an office's line an address or contact line shows it heads a block.
_BLOCK_LINES = 7


def holds_recipients(text: str) -> bool:
    """The text of an aside or footer lists whom to write to: a line that introduces
    recipients or copies (or a labelled salutation) and a line that is an address's or a
    contact field's (`anchor`) after it, or an office's line with such a line below it."""
    if len(text) > _MAX_EDGE:
        return False
    # (Imported here: the HTML reader loads no line classifier for a page without edges.)
    from appeal_tui.core.importer.layout import document_lines
    from appeal_tui.core.importer.phrases import FIELD_LABEL, field_of_label
    from appeal_tui.core.importer.recipient_lines import looks_like_title

    lines = [line for line in document_lines(text) if line.kind != "blank"]
    introduced = False
    for i, line in enumerate(lines):
        if line.kind in _INTRODUCING:
            introduced = True
            continue
        label = FIELD_LABEL.match(line.text)
        if label is not None and field_of_label(label.group(1)) == "salutation":
            return True
        if introduced and line.kind == "anchor":
            return True
        if (
            line.kind == "short"
            and looks_like_title(line.text)
            and not _any_body_office(line.text)
            and any(below.kind == "anchor" for below in lines[i + 1 : i + 1 + _BLOCK_LINES])
        ):
            return True  # an official's block, though no heading introduces it
    return False


def _any_body_office(text: str) -> bool:
    """An office line of words every body has ("Executive Director", "Secretary General",
    "Presidenta"), naming no state's office or body: a team's own officer."""
    from appeal_tui.core.importer.language_rows import ANY_BODY_OFFICE_WORDS

    words = {w for ws in ANY_BODY_OFFICE_WORDS.values() for w in ws}
    found = [w.strip(",.:;()") for w in text.casefold().split()]
    return bool(found) and all(w in words for w in found if w)
