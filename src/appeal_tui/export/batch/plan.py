"""The letters of a batch, in a stable order, with the files each becomes.

`plan` is a generator: a batch of 100,000 letters is walked, never held in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from appeal_tui.core.model import Case, Sender
from appeal_tui.export.batch.spec import BatchSpec
from appeal_tui.export.files import safe_filename


@dataclass(frozen=True)
class PlannedLetter:
    """One letter of the batch and the files it becomes (relative to the output folder)."""

    case: Case
    language: str
    recipient_keys: tuple[str, ...]
    label: str
    signer_number: int
    signer: Sender
    files: tuple[str, ...]

    @property
    def group(self) -> tuple[str, str, tuple[str, ...]]:
        """What one composition serves: case, language and recipients."""
        return self.case.id, self.language, self.recipient_keys


def _pad(count: int) -> int:
    return max(1, len(str(count)))


def _groups(spec: BatchSpec) -> Iterator[tuple[Case, str, tuple[str, ...], str]]:
    """(case, language, recipient keys for one compose call, file label) in output order."""
    for case in spec.cases:
        keys = spec.recipients[case.id]
        for language in spec.languages_for(case):
            if spec.mode == "email":
                yield case, language, keys, "email"
            else:
                for key in keys:
                    yield case, language, (key,), key


def _folder(case: Case, language: str) -> str:
    return f"{safe_filename(case.id)}/{safe_filename(language)}"


def folders(spec: BatchSpec) -> set[str]:
    """The folders (relative to the output folder) that the batch's files go in."""
    return {_folder(case, language) for case, language, _keys, _label in _groups(spec)}


def plan(spec: BatchSpec) -> Iterator[PlannedLetter]:
    """Every letter of the batch, in a stable order, with its file names."""
    width = _pad(len(spec.signers))
    for case, language, keys, label in _groups(spec):
        folder = _folder(case, language)
        # Made safe once per group: adding "-<digits>.<ext>" keeps a safe name safe.
        safe_label = safe_filename(label)
        for number, signer in spec.signer_slots():
            stem = safe_label if number == 0 else f"{safe_label}-{number:0{width}d}"
            files = tuple(f"{folder}/{stem}.{fmt}" for fmt in spec.formats)
            yield PlannedLetter(case, language, keys, label, number, signer, files)


def letter_count(spec: BatchSpec) -> int:
    """How many letters the batch holds (without planning each)."""
    groups = sum(1 for _ in _groups(spec))
    return groups * spec.signer_count
