"""A stand-in for compose and the renderers, so the batch's folder logic is tested on its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from appeal_tui.core.model import Case, Letter, Mode, Paragraph, Sender, direction_of


def fake_compose(
    case: Case,
    language: str,
    recipient_keys: Sequence[str],
    sender: Sender,
    *,
    mode: Mode = "post",
    today: dt.date | None = None,
) -> list[Letter]:
    """Letters shaped like the real ones: the sender's details in the block and the signature."""
    day = today or dt.date(2024, 5, 15)
    block, signature = fake_parts(sender)
    groups = [tuple(recipient_keys)] if mode == "email" else [(k,) for k in recipient_keys]
    return [
        Letter(
            case_id=case.id,
            language=language,
            direction=direction_of(language),
            mode=mode,
            to_keys=keys,
            copy_keys=(),
            sender_block=block,
            date=day,
            date_text=day.isoformat(),
            recipient_block=tuple(case.recipient(k).name for k in keys),  # type: ignore[union-attr]
            subject=case.title,
            salutation="Dear Sir or Madam,",
            paragraphs=(Paragraph(case.asks.get(language, ("Please act.",))[0], "ask"),),
            closing="Yours sincerely,",
            signature=signature,
        )
        for keys in groups
    ]


def fake_parts(sender: Sender) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sender block and signature `fake_compose` gives `sender` (city and country on one
    line, unlike the real composer)."""
    place = ", ".join(x for x in (sender.city, sender.country) if x)
    block = tuple(x for x in (sender.name, *sender.address, place, sender.email or "") if x)
    return block, ((sender.name,) if sender.name else ("", ""))


def fake_text(letter: Letter, case: Case, signer: Sender) -> bytes:
    lines = [*letter.sender_block, letter.date_text, *letter.recipient_block,
             letter.salutation, letter.body_text, letter.closing, *letter.signature]  # fmt: skip
    return ("\n".join(lines) + "\n").encode("utf-8")


FAKE_RENDERERS = {fmt: fake_text for fmt in ("txt", "md", "html", "eml")}
