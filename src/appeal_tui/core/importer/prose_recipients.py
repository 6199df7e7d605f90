"""Recipients given only inside running sentences: "Send your appeal to the Minister of
Justice, Mr X, Ministry of Justice, 14 Some Boulevard, Capital, Country, by email at ...".

Read only when the document has no recipient block at all. The address is the comma run after
"send/write ... to" up to the part that names a country; an e-mail address in the same
sentence after it is the recipient's; "copy" between the verb and "to" makes a copy; a
sentence that says how to begin the letter ('Begin your letter "Dear Minister"') gives the
salutation of the first recipient. The words are tables here, like the other steps'.
"""

from __future__ import annotations

import re

from appeal_tui.core.importer.contact_fields import EMAIL, add_email
from appeal_tui.core.importer.countries import country_in, split_country
from appeal_tui.core.importer.recipient_blocks import Block

# "Send your appeal to", "write to", "send a copy to", "envoyez votre lettre à", "escriban a".
_SEND_TO = re.compile(
    r"\b(?:send|write|address|post|mail|email|envoyez|écrivez|envíen|envíe|escriban|escriba"
    r"|schreiben|schicken)\b(?P<between>[^.!?\n]{0,60}?)\s(?:to|à|a|an)\s+(?:the\s+)?(?-i:(?=[A-ZÀ-Ý]))",
    re.IGNORECASE,
)
_COPY = re.compile(r"\bcop(?:y|ies|ia|ie)\b", re.IGNORECASE)
_BEGIN_WITH = re.compile(
    r"\b(?:begin|start|open)\s+(?:your\s+)?(?:letters?|appeals?|emails?)\s+(?:with\s+)?"
    r"[\"“„«]([^\"”“»\n]{3,50}?)[,:]?[\"”“»]",
    re.IGNORECASE,
)
MAX_PARTS = 9


def _run(text: str) -> tuple[list[str], int] | None:
    """The comma-separated parts from the start of `text` up to the one naming a country, and
    where that part ends."""
    parts: list[str] = []
    position = 0
    for piece in re.finditer(r"[^,()]+", text):
        part = " ".join(piece.group(0).split()).strip(" .;")
        if not part or len(part) > 80:
            return None
        parts.append(part)
        position = piece.end()
        found = split_country(part)
        if (found is not None and not found[0]) or (country_in(part) and len(part.split()) <= 3):
            return (parts, position) if len(parts) >= 3 else None
        if len(parts) >= MAX_PARTS or text[piece.end() : piece.end() + 1] == "(":
            return None
    return None


def prose_blocks(text: str) -> list[Block]:
    """The recipients of the sentences in `text` (its paragraphs joined), in order."""
    blocks: list[Block] = []
    for paragraph in re.split(r"\n\s*\n", text):
        joined = " ".join(paragraph.split())
        for match in _SEND_TO.finditer(joined):
            found = _run(joined[match.end() :])
            if found is None:
                continue
            parts, end = found
            block = Block("copy" if _COPY.search(match.group("between")) else "primary")
            block.lines = parts
            block.vouched = True
            after = joined[match.end() + end : match.end() + end + 160]
            sentence_end = re.search(r"[.!?](?:\s|$)(?![^()]*\))", after)
            email = EMAIL.search(after[: sentence_end.start()] if sentence_end else after)
            if email is not None:
                add_email(block.contacts, email.group(0))
                block.has_fields = True
            blocks.append(block)
    begin = _BEGIN_WITH.search(text)
    primaries = [b for b in blocks if b.role == "primary"]
    if begin is not None and primaries:
        primaries[0].salutation = begin.group(1).strip()
    return blocks
