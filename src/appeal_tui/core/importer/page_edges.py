"""Recipients at a page's edges: a web page's "take action" aside or footer.

A web page sets its boxes apart from the article with `<aside>` and `<footer>`: related
actions, a newsletter sign-up, the publisher's own address. Those are no part of the appeal and
the HTML reader drops them. But some pages put the action itself there ("Agir" / "Take action"
beside or under the article, after the comments and the share buttons): whom to write to, with
their addresses. Such a box says so by construction, in its own words, as every list of
recipients does: a "write to" or "copies to" heading, a "Destinataire" / "Recipient" role
heading, or a labelled salutation ("Salutation:", "Anrede:"); and it holds an address or a
contact field. A publisher's footer (its name, street, phone and e-mail) has the shape of an
address but no such heading: it stays dropped.
"""

from __future__ import annotations

# Kinds of line (`layout.classify`) that say a list of recipients follows.
_INTRODUCING = frozenset({"write-to", "copies"})
# At most this much of an edge box is read to decide (a box longer than a page is no box).
_MAX_EDGE = 20_000


def holds_recipients(text: str) -> bool:
    """The text of an aside or footer lists whom to write to: a line that introduces
    recipients or copies (or a labelled salutation), and a line that is an address's or a
    contact field's (`anchor`) after it."""
    if len(text) > _MAX_EDGE:
        return False
    # (Imported here: the HTML reader loads no line classifier for a page without edges.)
    from appeal_tui.core.importer.layout import document_lines
    from appeal_tui.core.importer.phrases import FIELD_LABEL, field_of_label

    introduced = False
    for line in document_lines(text):
        if line.kind in _INTRODUCING:
            introduced = True
            continue
        label = FIELD_LABEL.match(line.text)
        if label is not None and field_of_label(label.group(1)) == "salutation":
            return True
        if introduced and line.kind == "anchor":
            return True
    return False
