"""One composed letter, signed by signer after signer.

A letter depends on its signer only through two of its fields: the sender block at the top and
the signature (`core.compose.sender_block` and `signature`). So a batch composes once per case,
language and recipients, and gives each signer a copy with those two fields made for them
(`Letter` fields replaced, `export.text.SignedText` for plain text). The first signer of each
shape (which details they give) other than the one the copies come from is also composed directly
and compared; if the copy differs, every signer of that shape is composed directly.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from appeal_tui.core.compose import sender_block, signature
from appeal_tui.core.model import Case, Letter, Mode, Sender
from appeal_tui.export.text import SignedText, letter_to_text


class Composer(Protocol):
    """`core.compose.compose_letters`, or a stand-in with the same signature."""

    def __call__(
        self,
        case: Case,
        language: str,
        recipient_keys: Sequence[str],
        sender: Sender,
        *,
        mode: Mode = ...,
        today: dt.date | None = ...,
    ) -> list[Letter]: ...


# A signer's own parts of a letter: (sender block, signature).
SignerParts = Callable[[Sender], tuple[tuple[str, ...], tuple[str, ...]]]
Shape = tuple[bool, int, bool, bool, bool]


def compose_parts(signer: Sender) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The sender block and signature `core.compose.compose_letters` gives `signer`."""
    return sender_block(signer), signature(signer)


def _shape(signer: Sender) -> Shape:
    return (bool(signer.name), len(signer.address), bool(signer.city), bool(signer.country),
            bool(signer.email))  # fmt: skip


@dataclass
class SignedComposer:
    """Letters for one case, language and recipients, for signer after signer, fast.

    `parts` says what the composer writes for a signer in the two signer fields; the default is
    `compose_letters`'s. A composer that puts a signer's details anywhere else is noticed by the
    check and composed directly for every signer."""

    compose: Composer
    case: Case
    language: str
    keys: tuple[str, ...]
    mode: Mode
    today: dt.date
    parts: SignerParts = compose_parts
    _base: list[Letter] | None = None
    _base_signer: Sender | None = None
    _base_text: SignedText | None = None
    _trusted: dict[Shape, bool] = field(default_factory=dict)

    def _direct(self, signer: Sender) -> list[Letter]:
        return self.compose(
            self.case, self.language, self.keys, signer, mode=self.mode, today=self.today
        )

    def _signed(self, signer: Sender) -> list[Letter]:
        assert self._base is not None
        block, signature = self.parts(signer)
        return [
            dataclasses.replace(letter, sender_block=block, signature=signature)
            for letter in self._base
        ]

    def _trust(self, signer: Sender) -> list[Letter] | None:
        """The letters composed directly when `signer`'s shape is not checked yet or failed
        its check (None: the signed copy can be used)."""
        if not signer.name:
            # Unsigned letters carry a note to sign by hand: composed directly.
            return self._direct(signer)
        shape = _shape(signer)
        trusted = self._trusted.get(shape)
        if trusted is True:
            return None
        direct = self._direct(signer)
        if trusted is None:
            if self._base is None:
                self._base, self._base_signer = direct, signer
            elif signer != self._base_signer:
                # Checked against a signer other than the one the copies come from, so a
                # composer that writes the signer anywhere else is caught.
                self._trusted[shape] = self._signed(signer) == direct
        return direct

    def letters(self, signer: Sender) -> list[Letter]:
        """The letters for `signer`, as `compose` would give them."""
        direct = self._trust(signer)
        return direct if direct is not None else self._signed(signer)

    def text(self, signer: Sender) -> bytes:
        """The first letter for `signer` as plain text (`export.text.letter_to_text`)."""
        direct = self._trust(signer)
        if direct is not None:
            return letter_to_text(direct[0]).encode("utf-8")
        if self._base_text is None:
            assert self._base is not None
            self._base_text = SignedText.of(self._base[0])
        return self._base_text.signed_bytes(*self.parts(signer))
